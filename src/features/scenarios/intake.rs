//! Scenarios brought into a view that gathers several (Vergelijken, De
//! zaal): files chosen or dropped, and share links pasted as they come out
//! of a chat ("Links plakken"). Every link is read like a link opened in
//! the address bar; each that fails is named with its number and message,
//! the others still come in. Nothing is stored here: the view decides.

use jeugdscenario_engine::pasted::links_in_text;
use jeugdscenario_engine::view::room::{add_participants, Participant};
use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

use super::{read_scenario_files, scenario_from_link, DropCatcher, ScenarioFilesField};
use crate::i18n::{use_i18n, Text};
use crate::ui::unique_id;

/// Found scenarios with where each came from ("anna.json", "link 3").
pub type Found = Vec<(String, Scenario)>;

/// Adds a batch to a list of scenarios by the engine's rule for a room
/// (each scenario once, at most 50); what was not added joins `problems`.
pub fn add_batch(list: RwSignal<Vec<Participant>>, problems: RwSignal<Vec<Text>>, found: Found) {
    let batch = found
        .into_iter()
        .map(|(name, scenario)| Participant { name, scenario })
        .collect();
    let mut said = Vec::new();
    list.update(|l| said = add_participants(l, batch));
    if !said.is_empty() {
        problems.update(|p| p.extend(said));
    }
}

/// The scenarios of every share link in `text`, and a message for each
/// link (or text) that gives none.
pub async fn scenarios_from_pasted(text: &str) -> (Found, Vec<Text>) {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let pasted = links_in_text(text, &page);
    let mut problems = pasted.problems;
    let mut found = Vec::new();
    for link in pasted.links {
        // Every link found has a scenario fragment, so it is read (Some).
        match scenario_from_link(&link.fragment).await {
            Some(Ok(scenario)) => found.push((format!("link {}", link.number), scenario)),
            Some(Err(error)) => {
                let what = format!("Link {}", link.number);
                problems.push(error.refusal(&Text::new(what.clone(), what)));
            }
            None => {}
        }
    }
    (found, problems)
}

/// A file field and a paste box. `on_found` gets each batch (a later batch
/// adds to what the view has); `problems` shows what did not come in.
#[component]
pub fn ScenarioIntake(
    /// The file field's visible label in Dutch and English.
    label: (&'static str, &'static str),
    on_found: Callback<Found>,
    problems: RwSignal<Vec<Text>>,
    /// Files dropped anywhere on the page come here while this is shown
    /// (De zaal), not into the library.
    #[prop(optional)]
    catch_page_drops: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let id = unique_id("links");
    let hint = unique_id("links-uitleg");
    let on_files = move |picked: Vec<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let (found, refused) = read_scenario_files(picked).await;
            problems.set(refused);
            on_found.run(found);
        });
    };
    if let Some(catcher) = use_context::<DropCatcher>().filter(|_| catch_page_drops) {
        catcher.0.set(Some(Callback::new(on_files)));
        on_cleanup(move || catcher.0.set(None));
    }
    let add_links = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let pasted = text.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let (found, refused) = scenarios_from_pasted(&pasted).await;
            if !found.is_empty() {
                text.set(String::new());
            }
            problems.set(refused);
            busy.set(false);
            on_found.run(found);
        });
    };
    view! {
        <div class="intake">
            <ScenarioFilesField label=label on_files=Callback::new(on_files) problems=problems />
            <form class="intake__links" on:submit=add_links>
                <div class="field">
                    <label for=id.clone()>{move || i18n.t("Links plakken", "Paste links")}</label>
                    <textarea id=id rows="3" spellcheck="false"
                        aria-describedby=hint.clone()
                        prop:value=move || text.get()
                        on:input=move |e| text.set(event_target_value(&e))></textarea>
                    <p class="panel__hint" id=hint>{move || i18n.t(
                        "Eén of meer links uit een chat of mail; andere tekst eromheen wordt overgeslagen.",
                        "One or more links from a chat or mail; other text around them is skipped.",
                    )}</p>
                </div>
                <button type="submit" class="button" prop:disabled=move || busy.get() || text.with(|t| t.trim().is_empty())>
                    {move || i18n.t("Links toevoegen", "Add links")}
                </button>
            </form>
        </div>
    }
}

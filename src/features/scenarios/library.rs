//! "Mijn scenario's": save, save as, open, rename, duplicate and delete (with
//! undo) in local storage, and the two-tab rule: a save never silently
//! overwrites what another tab saved in the meantime.

use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::storage::{self, LibraryEntry};
use crate::ui::unique_id;

/// The library as this tab sees it; `refresh` re-reads local storage (after
/// a save here or a `storage` event from another tab).
#[derive(Clone, Copy)]
pub struct Library {
    pub entries: RwSignal<Vec<LibraryEntry>>,
}

impl Library {
    pub fn new() -> Library {
        Library {
            entries: RwSignal::new(Vec::new()),
        }
    }

    pub fn refresh(self, state: AppState) {
        let (entries, notices) = storage::list_library();
        self.entries.set(entries);
        // Every entry that was put aside is named, in one message.
        if !notices.is_empty() {
            let nl: Vec<String> = notices.iter().map(|n| n.nl.clone()).collect();
            let en: Vec<String> = notices.iter().map(|n| n.en.clone()).collect();
            state.say(Toast::error(nl.join(" "), en.join(" ")));
        }
    }

    pub(super) fn names(self) -> Vec<String> {
        self.entries
            .with_untracked(|e| e.iter().map(|e| e.scenario.name.clone()).collect())
    }

    pub(super) fn fresh_entry_id(self) -> String {
        let stem = format!("s{}", storage::now_ms() as u64);
        let ids: Vec<String> = self
            .entries
            .with_untracked(|e| e.iter().map(|e| e.id.clone()).collect());
        if ids.contains(&stem) {
            Scenario::fresh_id(&stem, ids.iter().map(String::as_str))
        } else {
            stem
        }
    }

    /// Saves `scenario` as a new entry under a name no other entry has,
    /// leaving the working copy and its source as they are (a snapshot in a
    /// workshop). Returns the name it got.
    pub fn save_snapshot(self, state: AppState, mut scenario: Scenario) -> Option<String> {
        let names = self.names();
        scenario.name = Scenario::unique_name(&scenario.name, names.iter().map(String::as_str));
        match storage::save_entry(&self.fresh_entry_id(), &scenario) {
            Ok(_) => {
                self.refresh(state);
                Some(scenario.name)
            }
            Err(notice) => {
                state.say(Toast::error(notice.nl, notice.en));
                None
            }
        }
    }

    /// Saves `scenario` as a new entry with a name no other entry has, and
    /// makes it the working copy's source.
    pub fn save_as_new(self, state: AppState, mut scenario: Scenario) -> Option<String> {
        let was_draft = state.draft.get_untracked();
        let names = self.names();
        scenario.name = Scenario::unique_name(&scenario.name, names.iter().map(String::as_str));
        let id = self.fresh_entry_id();
        match storage::save_entry(&id, &scenario) {
            Ok(entry) => {
                if !state.replace(
                    scenario.clone(),
                    Some((entry.id.clone(), entry.saved_at_ms)),
                    false,
                ) {
                    return None;
                }
                storage::set_working_source(Some(&entry.id));
                if was_draft {
                    // Saved: a reload should show the saved copy, not the link.
                    super::clear_link_from_location();
                }
                self.refresh(state);
                Some(scenario.name)
            }
            Err(notice) => {
                state.say(Toast::error(notice.nl, notice.en));
                None
            }
        }
    }

    /// "Opslaan": back into the entry the working copy came from; as a copy
    /// when another tab changed or removed that entry since.
    pub fn save(self, state: AppState) {
        let scenario = state.scenario.get_untracked();
        let Some(id) = state
            .source_id
            .get_untracked()
            .filter(|_| !state.draft.get_untracked())
        else {
            if let Some(name) = self.save_as_new(state, scenario) {
                state.say(Toast::info(
                    format!("Bewaard als \"{name}\"."),
                    format!("Saved as \"{name}\"."),
                ));
            }
            return;
        };
        let known = state.source_saved_at.get_untracked();
        if storage::stored_saved_at(&id) != known {
            if let Some(name) = self.save_as_new(state, scenario) {
                state.say(Toast::error(
                    format!("Dit scenario is intussen in een ander tabblad gewijzigd of verwijderd. Uw versie is bewaard als \"{name}\"; er is niets overschreven."),
                    format!("This scenario was changed or deleted in another tab meanwhile. Your version was saved as \"{name}\"."),
                ));
            }
            return;
        }
        match storage::save_entry(&id, &scenario) {
            Ok(entry) => {
                state.source_saved_at.set(Some(entry.saved_at_ms));
                self.refresh(state);
                state.say(Toast::info(
                    format!("\"{}\" is bewaard.", scenario.name),
                    format!("\"{}\" saved.", scenario.name),
                ));
            }
            Err(notice) => state.say(Toast::error(notice.nl, notice.en)),
        }
    }
}

pub fn use_library() -> Library {
    expect_context::<Library>()
}

/// Day-month-year hour:minute in the browser's time zone.
pub(super) fn format_date(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The inline "Opslaan als" form: a name field and a button.
#[component]
pub fn SaveAsForm(on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let field_id = unique_id("opslaan-als");
    let name = RwSignal::new(state.scenario.with_untracked(|s| s.name.clone()));
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wanted = name.get_untracked().trim().to_string();
        if wanted.is_empty() {
            error.set(Some(
                i18n.t("Geef het scenario een naam.", "Give the scenario a name.")
                    .into(),
            ));
            return;
        }
        let mut scenario = state.scenario.get_untracked();
        scenario.name = wanted.chars().take(200).collect();
        if let Some(saved) = library.save_as_new(state, scenario) {
            state.say(Toast::info(
                format!("Bewaard als \"{saved}\"."),
                format!("Saved as \"{saved}\"."),
            ));
            on_done.run(());
        }
    };
    view! {
        <form class="inline-form" on:submit=submit>
            <div class="field">
                <label for=field_id.clone()>{move || i18n.t("Naam van het scenario", "Scenario name")}</label>
                <input
                    type="text"
                    id=field_id
                    maxlength="200"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="button">{move || i18n.t("Bewaren", "Save")}</button>
            <button type="button" class="button button--quiet" on:click=move |_| on_done.run(())>
                {move || i18n.t("Annuleren", "Cancel")}
            </button>
            <p class="lever__error" role="alert">{move || error.get()}</p>
        </form>
    }
}

//! Replacing the care forms of the current scenario (going on from the
//! example or a plan instead of from scratch), from a Zorgvormen table or
//! derived from the region's own administration ("Uit de administratie":
//! the allocations, toewijzingen, with the Terugblik against past years):
//! the import worker reads the file and puts the forms into the scenario
//! through the engine's own edit; the preview shows every value, what goes
//! and what stays, before "Overnemen". Allocation rows never leave the
//! worker: only the figures per care form and year come back.

use jeugdscenario_engine::region_csv::protocol::{Reply, Request};
use jeugdscenario_engine::region_csv::Table;
use jeugdscenario_engine::scenario::Scenario;
use jeugdscenario_engine::{load_scenario, scenario_to_json, Edit, Text};
use leptos::prelude::*;

use super::lookback::lookback_view;
use super::mapping::{in_use, mapping_view, Changed, InUse};
use super::preview::{notices_view, preview_table, problems_view};
use super::table_file::{Chosen, TableFile};
use crate::browser::today_iso;
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::ui::Section;
use crate::worker::{ask_with, bytes_part};

/// The worker's answer for the chosen file on the current scenario, with
/// the mapping as the user `changed` it (allocations), its progress set
/// into `progress`.
async fn replaced(
    state: AppState,
    (name, chosen): (String, web_sys::File),
    table: Table,
    changed: Changed,
    progress: RwSignal<u8>,
) -> Reply {
    let json = state.scenario.with_untracked(scenario_to_json);
    let (file, date) = (name, today_iso());
    let request = if table == Table::Allocations {
        Request::Calibrate {
            base_year: None,
            file,
            date,
            rules: changed.rules,
        }
    } else {
        Request::ReplaceCareForms { file, date }
    };
    progress.set(0);
    let mapping = changed.file.map_or_else(|| bytes_part(b""), Into::into);
    let parts = [bytes_part(json.as_bytes()), chosen.into(), mapping];
    ask_with(&request, &parts, Some(progress)).await
}

/// How far the worker is with a file, as a progress bar named by what
/// happens.
fn progress_view(progress: RwSignal<u8>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p role="status">{i18n.t("Wordt ingelezen…", "Reading…")}</p>
        <progress class="own-region__progress" max="100" value=move || progress.get() aria-label=move || i18n.t("Voortgang van het inlezen", "Reading progress")>
            {move || format!("{}%", progress.get())}
        </progress>
    }
}

/// Replacing the care forms from one table: the file chosen, the mapping
/// as the user changed it (allocations), the worker's latest answer and its
/// progress.
#[derive(Clone, Copy)]
struct Replacing {
    state: AppState,
    table: Table,
    chosen: RwSignal<Chosen>,
    changed: RwSignal<Changed>,
    reply: RwSignal<Option<Reply>>,
    progress: RwSignal<u8>,
    busy: RwSignal<bool>,
    /// The scenario the shown answer was made on.
    asked_on: StoredValue<Option<Scenario>>,
    /// The number of the latest question: an earlier, slower answer is not
    /// shown over it.
    asked: StoredValue<u32>,
}

impl Replacing {
    /// The worker's answer for `file` on the scenario as it is now; None
    /// when a later question overtook it.
    async fn ask(self, file: (String, web_sys::File)) -> Option<Reply> {
        let number = self.asked.get_value() + 1;
        self.asked.set_value(number);
        self.busy.set(true);
        let on = self.state.scenario.get_untracked();
        let changed = self.changed.get_untracked();
        let answer = replaced(self.state, file, self.table, changed, self.progress).await;
        let latest = self.asked.get_value() == number;
        if latest {
            self.busy.set(false);
            self.asked_on.set_value(Some(on));
            self.reply.set(Some(answer.clone()));
        }
        latest.then_some(answer)
    }

    /// Asks again for every file chosen and every change of the mapping. A
    /// new file: its own answer only. A changed mapping: the old answer
    /// stays in view until the new one comes.
    fn follow_choices(self) {
        Effect::new(move |last: Option<Option<String>>| {
            let file = self.chosen.get();
            self.changed.track();
            let name = file.as_ref().map(|(n, _)| n.clone());
            if last.is_some_and(|l| l != name) {
                self.reply.set(None);
            }
            if let Some(file) = file {
                leptos::task::spawn_local(async move {
                    self.ask(file).await;
                });
            } else {
                self.busy.set(false);
            }
            name
        });
    }

    /// Opens the care forms through the engine's edit. The preview's answer
    /// holds the scenario made from the scenario as it was then; asked again
    /// only when a lever moved since (a large file takes a second or two,
    /// shown by the progress bar).
    fn apply(self) {
        let Some(file) = self.chosen.get_untracked() else {
            return;
        };
        let name = file.0.clone();
        let unchanged = self
            .state
            .scenario
            .with_untracked(|s| self.asked_on.with_value(|a| a.as_ref() == Some(s)));
        let shown = self
            .reply
            .get_untracked()
            .filter(|r| unchanged && r.scenario.is_some());
        leptos::task::spawn_local(async move {
            let answer = match shown {
                Some(answer) => answer,
                None => match self.ask(file).await {
                    Some(answer) => answer,
                    None => return,
                },
            };
            if apply_answer(self.state, &name, &answer) {
                self.chosen.set(None);
            }
        });
    }
}

#[component]
pub fn ReplaceCareForms(
    /// `Table::CareForms`, or `Table::Allocations` for Uit de administratie.
    table: Table,
) -> impl IntoView {
    let from_allocations = table == Table::Allocations;
    let i18n = use_i18n();
    let r = Replacing {
        state: use_state(),
        table,
        chosen: RwSignal::new(None),
        changed: RwSignal::new(Changed::default()),
        reply: RwSignal::new(None),
        progress: RwSignal::new(0),
        busy: RwSignal::new(false),
        asked_on: StoredValue::new(None),
        asked: StoredValue::new(0),
    };
    r.follow_choices();
    let Replacing {
        chosen,
        changed,
        reply,
        progress,
        busy,
        ..
    } = r;
    let name =
        move || chosen.with(|c: &Chosen| c.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    let apply = move |_| r.apply();
    // The mapping in use; a refused one (a mapping file with a bad line)
    // leaves the last one in view, to change or choose again.
    let mapping = Memo::new(move |last: Option<&Option<InUse>>| {
        let shown = chosen.with(Option::is_some);
        reply
            .with(|r| r.as_ref().and_then(in_use))
            .or_else(|| last.cloned().flatten())
            .filter(|_| from_allocations && shown)
    });
    // Rebuilt on a change of language too: the preview's words are plain text.
    let body = move || {
        match (i18n.get(), reply.get()).1 {
        Some(r) if !r.problems.is_empty() => problems_view(&name(), &r.problems).into_any(),
        Some(r) if r.preview.is_some() => view! {
            <ReplacePreview reply=r name=name() from_allocations=from_allocations apply=Callback::new(apply) cancel=Callback::new(move |_| chosen.set(None)) />
        }
        .into_any(),
        _ => ().into_any(),
    }
    };
    let (id, title, hint) = wording(table);
    let (input_label, template_label) = if from_allocations {
        (
            Table::Allocations.file_input(),
            Text::new(
                "Sjabloon downloaden (toewijzingen, CSV)",
                "Download template (allocations, CSV)",
            ),
        )
    } else {
        (
            Text::new("Zorgvormen importeren (CSV)", "Import care forms (CSV)"),
            Text::new("Sjabloon downloaden (CSV)", "Download template (CSV)"),
        )
    };
    view! {
        <Section id=id class="own-region" title=title hint=hint sub=true>
            <TableFile table=table input_label=input_label template_label=template_label chosen=chosen>
                {move || busy.get().then(|| progress_view(progress))}
                {move || mapping.get().map(|m| mapping_view(m, changed))}
                {body}
            </TableFile>
        </Section>
    }
}

/// The section's id, title and hint for the care-forms table or the
/// allocations (Uit de administratie).
type Words = (
    &'static str,
    (&'static str, &'static str),
    (&'static str, &'static str),
);

fn wording(table: Table) -> Words {
    if table == Table::Allocations {
        (
            "uit-de-administratie-titel",
            ("Uit de administratie", "From the administration"),
            (
                "Uit de toewijzingen (iJw 301, een rij per toewijzing: client, productcategorie, productcode, begindatum, einddatum, bedrag) leidt de planner per zorgvorm en jaar af: cliënten op 1 januari, instroom, cliëntmaanden, gemiddelde duur en kosten per cliëntmaand, en zet die voor het basisjaar in de zorgvormen; de Terugblik rekent het model over de afgelopen jaren na. De rijen worden alleen in deze browser gelezen en nooit bewaard, geëxporteerd of verstuurd: alleen de cijfers per zorgvorm en jaar blijven. Gebruik pseudoniemen, nooit een BSN.",
                "From the allocations the planner derives each care form's figures per year for the base year, and checks the model against past years (Terugblik). Rows stay in this browser, never stored or sent. Use pseudonyms, never a BSN.",
            ),
        )
    } else {
        (
            "zorgvormen-vervangen-titel",
            ("Alleen de zorgvormen van dit scenario vervangen", "Replace only this scenario's care forms"),
            (
                "Liever verder vanuit het voorbeeld of een plan? Vervang dan alleen de zorgvormen. De begroting, de gemeenten, de knoppen, investeringen en doelen van dit scenario blijven staan; wat vervalt staat hieronder voordat u iets overneemt, en de kop van de pagina noemt daarna wat uit het voorbeeld of plan komt.",
                "Rather go on from the example or a plan? Replace only the care forms; budget, municipalities, levers, investments and targets stay, and what goes is listed before you apply.",
            ),
        )
    }
}

/// Opens the scenario of the worker's `answer` for the file `name` through
/// the engine's edit, and says what happened; true when it was opened.
fn apply_answer(state: AppState, name: &str, answer: &Reply) -> bool {
    let next = answer
        .scenario
        .as_deref()
        .map(|json| load_scenario(json.as_bytes()));
    let outcome = match next {
        Some(Ok(next)) => state.apply(Edit::Replace(Box::new(next))).map_err(|e| e.nl),
        Some(Err(e)) => Err(e.to_string()),
        None => Err(answer
            .problems
            .first()
            .map(|p| p.message.nl.clone())
            .unwrap_or_default()),
    };
    match outcome {
        Err(why) => {
            state.say(Toast::error(
                format!("De zorgvormen uit \"{name}\" zijn niet overgenomen: {why} Er is niets veranderd."),
                format!("The care forms from \"{name}\" were not applied. Nothing changed."),
            ));
            false
        }
        Ok(_) => {
            let note = if answer.goes.is_empty() {
                String::new()
            } else {
                format!(
                    " Vervallen knoppen (hun zorgvorm bestaat niet meer): {}.",
                    answer.goes.join(", ")
                )
            };
            state.say(Toast::info(
                format!("De zorgvormen uit \"{name}\" zijn overgenomen.{note} Ongedaan maken zet de oude terug."),
                format!("The care forms from \"{name}\" were applied.{note}"),
            ));
            true
        }
    }
}

/// Every value of the care forms as they would be, what goes and what stays,
/// and the buttons to take them over or not.
#[component]
fn ReplacePreview(
    reply: Reply,
    name: String,
    from_allocations: bool,
    apply: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lookback = from_allocations.then(|| lookback_view(&name, &reply));
    let Reply {
        preview,
        notices,
        goes,
        stays,
        ..
    } = reply;
    view! {
        <div class="csv-preview">
            {preview.map(|t| { let count = Table::CareForms.counted(t.rows.len()); preview_table(&name, t, count, Text::new("Controleer en neem ze over.", "Check and apply them.")) })}
            {notices_view(&notices)}
            {lookback}
            <p>{stays.map(|s| i18n.show(&s))}</p>
            {(!goes.is_empty()).then(|| view! {
                <p>{i18n.t("Vervallen, omdat hun zorgvorm niet meer bestaat:", "Removed, as their care form is gone:")}</p>
                <ul>{goes.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
            })}
            <div class="add-row">
                <button type="button" class="button" on:click=move |_| apply.run(())>{i18n.t("Zorgvormen overnemen", "Apply care forms")}</button>
                <button type="button" class="button button--quiet" on:click=move |_| cancel.run(())>{i18n.t("Annuleren", "Cancel")}</button>
            </div>
        </div>
    }
}

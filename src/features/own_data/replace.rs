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

use super::mapping::{in_use, mapping_view, Changed, InUse};
use super::preview::{notices_view, preview_table, problems_view};
use super::table_file::{Chosen, TableFile};
use crate::browser::today_iso;
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::ui::{track_open, Hint};
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

/// "12 rijen in de Terugblik", "1 row in the look back".
fn lookback_rows(n: usize) -> Text {
    let (nl, en) = if n == 1 {
        ("rij", "row")
    } else {
        ("rijen", "rows")
    };
    Text::new(
        format!("{n} {nl} in de Terugblik"),
        format!("{n} {en} in the look back"),
    )
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

/// The Terugblik's charts: per measure a fold (the first open) with a chart
/// per care form, the worker's SVG under the care form's name. A closed
/// fold's charts are put on the page when it is opened, so a large region's
/// answer lands in one short task.
fn lookback_charts(charts: &[(Text, String, String)]) -> impl IntoView {
    let i18n = use_i18n();
    let mut measures: Vec<&Text> = Vec::new();
    for (measure, _, _) in charts {
        if !measures.contains(&measure) {
            measures.push(measure);
        }
    }
    let folds = measures
        .into_iter()
        .enumerate()
        .map(|(i, measure)| {
            let figures: Vec<(String, String)> = charts
                .iter()
                .filter(|(m, _, _)| m == measure)
                .map(|(_, title, svg)| (title.clone(), svg.clone()))
                .collect();
            let figures = StoredValue::new(figures);
            let open = RwSignal::new(i == 0);
            view! {
                <details class="lookback-charts" open=i == 0 on:toggle=track_open(open)>
                    <summary>{format!("{}: {}", i18n.t("Terugblik", "Look back"), i18n.show(measure))}</summary>
                    <Show when=move || open.get()>
                        <div class="lookback-charts__grid">
                            {figures.with_value(|f| f.iter().map(|(title, svg)| view! {
                                <figure class="lookback-chart"><figcaption>{title.clone()}</figcaption><div inner_html=svg.clone()></div></figure>
                            }).collect_view())}
                        </div>
                    </Show>
                </details>
            }
        })
        .collect_view();
    view! {
        <p class="lookback-legend">{i18n.t(
            "Doorgetrokken lijn met rondjes: de administratie. Gestippelde lijn met driehoekjes: het model, gerekend vanaf het eerste jaar.",
            "Solid line with dots: the administration. Dashed line with triangles: the model, run from the first year.",
        )}</p>
        {folds}
    }
}

/// What the administration showed: categories no care form takes, large
/// differences in words, and the Terugblik per care form and year.
fn lookback_view(name: &str, r: &Reply) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(!r.unmapped.is_empty()).then(|| view! {
            <p>{i18n.t("Productcategorieën zonder zorgvorm (niet meegeteld):", "Product categories without a care form (not counted):")}</p>
            <ul>{r.unmapped.iter().map(|(c, n)| {
                let rows = if *n == 1 { i18n.t("rij", "row") } else { i18n.t("rijen", "rows") };
                let count = jeugdscenario_engine::nl::format_number(rust_decimal::Decimal::from(*n), 0);
                view! { <li>{format!("{c}: {count} {rows}")}</li> }
            }).collect_view()}</ul>
        })}
        {notices_view(&r.findings)}
        {lookback_charts(&r.charts)}
        {r.lookback.clone().map(|t| { let count = lookback_rows(t.rows.len()); preview_table(name, t, count, Text::new("Het model vanaf het eerste jaar tegenover wat de administratie per jaar laat zien.", "The model from the first year against what the administration shows per year.")) })}
    }
}

#[component]
pub fn ReplaceCareForms(
    /// `Table::CareForms`, or `Table::Allocations` for Uit de administratie.
    table: Table,
) -> impl IntoView {
    let from_allocations = table == Table::Allocations;
    let state = use_state();
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<(String, web_sys::File)>);
    let changed = RwSignal::new(Changed::default());
    let reply = RwSignal::new(None::<Reply>);
    let (progress, busy) = (RwSignal::new(0u8), RwSignal::new(false));
    // The scenario the shown answer was made on, and the number of the
    // latest question (an earlier, slower answer is not shown over it).
    let asked_on = StoredValue::new(None::<Scenario>);
    let asked = StoredValue::new(0u32);
    let ask = move |file: (String, web_sys::File)| async move {
        let number = asked.get_value() + 1;
        asked.set_value(number);
        busy.set(true);
        let on = state.scenario.get_untracked();
        let answer = replaced(state, file, table, changed.get_untracked(), progress).await;
        let latest = asked.get_value() == number;
        if latest {
            busy.set(false);
            asked_on.set_value(Some(on));
            reply.set(Some(answer.clone()));
        }
        latest.then_some(answer)
    };
    // A new file: its own answer only. A changed mapping: the old answer
    // stays in view until the new one comes.
    Effect::new(move |last: Option<Option<String>>| {
        let file = chosen.get();
        changed.track();
        let name = file.as_ref().map(|(n, _)| n.clone());
        if last.is_some_and(|l| l != name) {
            reply.set(None);
        }
        if let Some(file) = file {
            leptos::task::spawn_local(async move {
                ask(file).await;
            });
        } else {
            busy.set(false);
        }
        name
    });
    let name =
        move || chosen.with(|c: &Chosen| c.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    // Opened through the engine's edit. The preview's answer holds the
    // scenario made from the scenario as it was then; asked again only when
    // a lever moved since (a large file takes a second or two, shown by the
    // progress bar).
    let apply = move |_| {
        let Some(file) = chosen.get_untracked() else {
            return;
        };
        let name = file.0.clone();
        let unchanged = state
            .scenario
            .with_untracked(|s| asked_on.with_value(|a| a.as_ref() == Some(s)));
        let shown = reply
            .get_untracked()
            .filter(|r| unchanged && r.scenario.is_some());
        leptos::task::spawn_local(async move {
            let answer = match shown {
                Some(answer) => answer,
                None => match ask(file).await {
                    Some(answer) => answer,
                    None => return,
                },
            };
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
                Err(why) => state.say(Toast::error(
                    format!("De zorgvormen uit \"{name}\" zijn niet overgenomen: {why} Er is niets veranderd."),
                    format!("The care forms from \"{name}\" were not applied. Nothing changed."),
                )),
                Ok(_) => {
                    chosen.set(None);
                    let note = if answer.goes.is_empty() { String::new() } else { format!(" Vervallen knoppen (hun zorgvorm bestaat niet meer): {}.", answer.goes.join(", ")) };
                    state.say(Toast::info(
                        format!("De zorgvormen uit \"{name}\" zijn overgenomen.{note} Ongedaan maken zet de oude terug."),
                        format!("The care forms from \"{name}\" were applied.{note}"),
                    ));
                }
            }
        });
    };
    // The mapping in use; a refused one (a mapping file with a bad line)
    // leaves the last one in view, to change or choose again.
    let mapping = Memo::new(move |last: Option<&Option<InUse>>| {
        let shown = chosen.with(Option::is_some);
        reply
            .with(|r| r.as_ref().and_then(in_use))
            .or_else(|| last.cloned().flatten())
            .filter(|_| from_allocations && shown)
    });
    let body = move || match reply.get() {
        Some(r) if !r.problems.is_empty() => problems_view(&name(), &r.problems).into_any(),
        Some(
            r @ Reply {
                preview: Some(_), ..
            },
        ) => {
            let Reply {
                preview,
                notices,
                goes,
                stays,
                ..
            } = r.clone();
            view! {
            <div class="csv-preview">
                {preview.map(|t| { let count = Table::CareForms.counted(t.rows.len()); preview_table(&name(), t, count, Text::new("Controleer en neem ze over.", "Check and apply them.")) })}
                {notices_view(&notices)}
                {from_allocations.then(|| lookback_view(&name(), &r))}
                <p>{stays.map(|s| i18n.show(&s))}</p>
                {(!goes.is_empty()).then(|| view! {
                    <p>{i18n.t("Vervallen, omdat hun zorgvorm niet meer bestaat:", "Removed, as their care form is gone:")}</p>
                    <ul>{goes.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                })}
                <div class="add-row">
                    <button type="button" class="button" on:click=apply>{i18n.t("Zorgvormen overnemen", "Apply care forms")}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| chosen.set(None)>{i18n.t("Annuleren", "Cancel")}</button>
                </div>
            </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    let (id, title, hint, input_label, template_label) = if from_allocations {
        (
            "uit-de-administratie-titel",
            ("Uit de administratie", "From the administration"),
            (
                "Uit de toewijzingen (iJw 301, een rij per toewijzing: client, productcategorie, productcode, begindatum, einddatum, bedrag) leidt de planner per zorgvorm en jaar af: cliënten op 1 januari, instroom, cliëntmaanden, gemiddelde duur en kosten per cliëntmaand, en zet die voor het basisjaar in de zorgvormen; de Terugblik rekent het model over de afgelopen jaren na. De rijen worden alleen in deze browser gelezen en nooit bewaard, geëxporteerd of verstuurd: alleen de cijfers per zorgvorm en jaar blijven. Gebruik pseudoniemen, nooit een BSN.",
                "From the allocations the planner derives each care form's figures per year for the base year, and checks the model against past years (Terugblik). Rows stay in this browser, never stored or sent. Use pseudonyms, never a BSN.",
            ),
            Table::Allocations.file_input(),
            Text::new(
                "Sjabloon downloaden (toewijzingen, CSV)",
                "Download template (allocations, CSV)",
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
            Text::new("Zorgvormen importeren (CSV)", "Import care forms (CSV)"),
            Text::new("Sjabloon downloaden (CSV)", "Download template (CSV)"),
        )
    };
    view! {
        <section class="own-region" aria-labelledby=id>
            <h3 id=id>{move || i18n.t(title.0, title.1)}</h3>
            <Hint nl=hint.0 en=hint.1 />
            <TableFile table=table input_label=input_label template_label=template_label chosen=chosen>
                {move || busy.get().then(|| progress_view(progress))}
                {move || mapping.get().map(|m| mapping_view(m, changed))}
                {body}
            </TableFile>
        </section>
    }
}

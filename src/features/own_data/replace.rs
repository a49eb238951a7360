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
use jeugdscenario_engine::{load_scenario, scenario_to_json, Edit};
use leptos::prelude::*;

use super::preview::{notices_view, preview_table, problems_view};
use super::table_file::{Chosen, TableFile};
use crate::browser::today_iso;
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::worker::{ask_with, bytes_part};

/// The worker's answer for the chosen file on the current scenario.
async fn replaced(state: AppState, name: String, chosen: web_sys::File, table: Table) -> Reply {
    let json = state.scenario.with_untracked(scenario_to_json);
    let (file, date) = (name, today_iso());
    let request = if table == Table::Allocations {
        Request::Calibrate {
            base_year: None,
            file,
            date,
        }
    } else {
        Request::ReplaceCareForms { file, date }
    };
    let parts = [bytes_part(json.as_bytes()), chosen.into(), bytes_part(b"")];
    ask_with(&request, &parts).await
}

/// What the administration showed: categories no care form takes, large
/// differences in words, and the Terugblik per care form and year.
fn lookback_view(name: &str, r: &Reply) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(!r.unmapped.is_empty()).then(|| view! {
            <p>{i18n.t("Productcategorieën zonder zorgvorm (niet meegeteld):", "Product categories without a care form (not counted):")}</p>
            <ul>{r.unmapped.iter().map(|(c, n)| view! { <li>{format!("{c}: {n} {}", i18n.t("rijen", "rows"))}</li> }).collect_view()}</ul>
        })}
        {notices_view(&r.findings)}
        {r.lookback.clone().map(|t| preview_table(name, t, ("rijen in de Terugblik", "Het model vanaf het eerste jaar tegenover wat de administratie per jaar laat zien.")))}
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
    let reply = RwSignal::new(None::<Reply>);
    Effect::new(move |_| {
        reply.set(None);
        if let Some((name, file)) = chosen.get() {
            leptos::task::spawn_local(async move {
                let answer = replaced(state, name.clone(), file, table).await;
                if chosen.with_untracked(|c: &Chosen| c.as_ref().is_some_and(|(n, _)| *n == name)) {
                    reply.set(Some(answer));
                }
            });
        }
    });
    let name =
        move || chosen.with(|c: &Chosen| c.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    // Asked again on the scenario as it is now (a lever may have moved
    // since the preview), then opened through the engine's edit.
    let apply = move |_| {
        let Some((name, file)) = chosen.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let answer = replaced(state, name.clone(), file, table).await;
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
    let body = move || match reply.get() {
        None if chosen.with(Option::is_some) => {
            view! { <p role="status">{i18n.t("Wordt ingelezen…", "Reading…")}</p> }.into_any()
        }
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
                {preview.map(|t| preview_table(&name(), t, ("zorgvormen", "Controleer en neem ze over.")))}
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
            "Toewijzingen (CSV)",
            "Sjabloon downloaden (toewijzingen, CSV)",
        )
    } else {
        (
            "zorgvormen-vervangen-titel",
            ("Alleen de zorgvormen van dit scenario vervangen", "Replace only this scenario's care forms"),
            (
                "Liever verder vanuit het voorbeeld of een plan? Vervang dan alleen de zorgvormen. De begroting, de gemeenten, de knoppen, investeringen en doelen van dit scenario blijven staan; wat vervalt staat hieronder voordat u iets overneemt, en de kop van de pagina noemt daarna wat uit het voorbeeld of plan komt.",
                "Rather go on from the example or a plan? Replace only the care forms; budget, municipalities, levers, investments and targets stay, and what goes is listed before you apply.",
            ),
            "Zorgvormen importeren (CSV)",
            "Sjabloon downloaden (CSV)",
        )
    };
    view! {
        <section class="own-region" aria-labelledby=id>
            <h3 id=id>{move || i18n.t(title.0, title.1)}</h3>
            <p class="panel__hint">{move || i18n.t(hint.0, hint.1)}</p>
            <TableFile table=table input_label=input_label template_label=template_label chosen=chosen>
                {body}
            </TableFile>
        </section>
    }
}

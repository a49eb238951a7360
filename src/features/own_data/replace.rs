//! Replacing the care forms of the current scenario (going on from the
//! example or a plan instead of from scratch): the import worker reads the
//! file and puts the forms into the scenario through the engine's own edit;
//! the preview shows every value, what goes and what stays, before
//! "Overnemen".

use jeugdscenario_engine::region_csv::protocol::{Reply, Request};
use jeugdscenario_engine::region_csv::Table;
use jeugdscenario_engine::{load_scenario, scenario_to_json, Edit};
use leptos::prelude::*;

use super::preview::{notices_view, preview_table, problems_view};
use super::table_file::{Chosen, TableFile};
use crate::browser::today_iso;
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::worker::ask;

/// The worker's answer for the chosen file on the current scenario.
async fn replaced(state: AppState, name: String, bytes: &[u8]) -> Reply {
    let json = state.scenario.with_untracked(scenario_to_json);
    let request = Request::ReplaceCareForms {
        file: name,
        date: today_iso(),
    };
    ask(&request, &[json.as_bytes(), bytes]).await
}

#[component]
pub fn ReplaceCareForms() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<(String, Vec<u8>)>);
    let reply = RwSignal::new(None::<Reply>);
    Effect::new(move |_| {
        reply.set(None);
        if let Some((name, bytes)) = chosen.get() {
            leptos::task::spawn_local(async move {
                let answer = replaced(state, name.clone(), &bytes).await;
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
        let Some((name, bytes)) = chosen.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let answer = replaced(state, name.clone(), &bytes).await;
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
    let body = move || {
        match reply.get() {
        None if chosen.with(Option::is_some) => view! { <p role="status">{i18n.t("Wordt ingelezen…", "Reading…")}</p> }.into_any(),
        Some(r) if !r.problems.is_empty() => problems_view(&name(), &r.problems).into_any(),
        Some(Reply { preview: Some(table), notices, goes, stays, .. }) => view! {
            <div class="csv-preview">
                {preview_table(&name(), table, ("zorgvormen", "Controleer en neem ze over."))}
                {notices_view(&notices)}
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
        .into_any(),
        _ => ().into_any(),
    }
    };
    view! {
        <section class="own-region" aria-labelledby="zorgvormen-vervangen-titel">
            <h3 id="zorgvormen-vervangen-titel">{move || i18n.t("Alleen de zorgvormen van dit scenario vervangen", "Replace only this scenario's care forms")}</h3>
            <p class="panel__hint">{move || i18n.t(
                "Liever verder vanuit het voorbeeld of een plan? Vervang dan alleen de zorgvormen. De begroting, de gemeenten, de knoppen, investeringen en doelen van dit scenario blijven staan; wat vervalt staat hieronder voordat u iets overneemt, en de kop van de pagina noemt daarna wat uit het voorbeeld of plan komt.",
                "Rather go on from the example or a plan? Replace only the care forms; budget, municipalities, levers, investments and targets stay, and what goes is listed before you apply.",
            )}</p>
            <TableFile table=Table::CareForms input_label="Zorgvormen importeren (CSV)" template_label="Sjabloon downloaden (CSV)" chosen=chosen>
                {body}
            </TableFile>
        </section>
    }
}

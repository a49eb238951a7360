//! Replacing the care forms of the current scenario (starting from the
//! example or a plan instead of from scratch): the file is read and shown
//! value by value, with what goes and what stays, before "Overnemen".

use jeugdscenario_engine::region_csv::{parse_care_forms_csv, Table};
use jeugdscenario_engine::view::own_data::{care_forms_preview, replacement};
use jeugdscenario_engine::Edit;
use leptos::prelude::*;

use super::new_region::template;
use super::preview::preview_table;
use super::table_file::{notices_view, problems_view, Chosen, TableFile};
use crate::browser::today_iso;
use crate::i18n::use_i18n;
use crate::state::{use_state, Toast};

#[component]
pub fn ReplaceCareForms() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<(String, Vec<u8>)>);
    let read = Memo::new(move |_| {
        chosen.with(|c: &Chosen| c.as_ref().map(|(_, b)| parse_care_forms_csv(b)))
    });
    let apply = move |_| {
        let (Some((name, _)), Some(Ok(imported))) = (chosen.get_untracked(), read.get_untracked())
        else {
            return;
        };
        let provenance = state
            .scenario
            .with_untracked(|s| s.provenance.after_import("zorgvormen", &name, &today_iso()));
        match state.apply(Edit::ReplaceCareForms { forms: imported.rows, provenance }) {
            Err(problem) => state.say(Toast::error(
                format!("De zorgvormen uit \"{name}\" passen niet bij dit scenario: {} Er is niets veranderd.", problem.nl),
                format!("The care forms from \"{name}\" do not fit this scenario: {} Nothing changed.", problem.en),
            )),
            Ok(applied) => {
                chosen.set(None);
                let note = if applied.dropped.is_empty() { String::new() } else { format!(" Vervallen: {}.", applied.dropped.join(", ")) };
                state.say(Toast::info(
                    format!("De zorgvormen uit \"{name}\" zijn overgenomen.{note} Ongedaan maken zet de oude terug."),
                    format!("The care forms from \"{name}\" were applied.{note}"),
                ));
            }
        }
    };
    let name = move || chosen.with(|c| c.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    let body = move || match read.get() {
        None => ().into_any(),
        Some(Err(problems)) => problems_view(&name(), &problems).into_any(),
        Some(Ok(imported)) => {
            let change = state
                .scenario
                .with(|s| replacement(s, imported.rows.clone()));
            view! {
                <div class="csv-preview">
                    {preview_table(&name(), care_forms_preview(&imported.rows), ("zorgvormen", "Controleer en neem ze over."))}
                    {notices_view(&imported.notices)}
                    <p>{i18n.show(&change.stays)}</p>
                    {(!change.goes.is_empty()).then(|| view! {
                        <p>{i18n.t("Vervallen, omdat hun zorgvorm niet meer bestaat:", "Removed, as their care form is gone:")}</p>
                        <ul>{change.goes.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ul>
                    })}
                    <div class="add-row">
                        <button type="button" class="button" on:click=apply>{i18n.t("Zorgvormen overnemen", "Apply care forms")}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| chosen.set(None)>{i18n.t("Annuleren", "Cancel")}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="own-region" aria-labelledby="zorgvormen-vervangen-titel">
            <h3 id="zorgvormen-vervangen-titel">{move || i18n.t("Alleen de zorgvormen van dit scenario vervangen", "Replace only this scenario's care forms")}</h3>
            <p class="panel__hint">{move || i18n.t(
                "Liever verder vanuit het voorbeeld of een plan? Vervang dan alleen de zorgvormen. De begroting, de gemeenten, de knoppen, investeringen en doelen van dit scenario blijven staan; wat daarvan vervalt staat hieronder voordat u iets overneemt, en de kop van de pagina noemt wat uit het voorbeeld of plan komt.",
                "Rather go on from the example or a plan? Replace only the care forms; budget, municipalities, levers, investments and targets stay, and what goes is listed before you apply.",
            )}</p>
            <TableFile table=Table::CareForms input_label="Zorgvormen importeren (CSV)" template_label="Sjabloon downloaden (CSV)" chosen=chosen on_template=template(Table::CareForms)>
                {body}
            </TableFile>
        </section>
    }
}

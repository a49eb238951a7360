//! Eigen gegevens: a municipality's own care forms from a CSV (as kept in
//! Excel), with a preview and every error by line and column before anything
//! changes; the template is the current care forms in the same columns.

use jeugdscenario_engine::care_forms_csv::{care_forms_template, parse_care_forms_csv, CsvProblem};
use jeugdscenario_engine::nl::{format_euro_cents, format_number};
use jeugdscenario_engine::scenario::CareForm;
use jeugdscenario_engine::Edit;
use leptos::prelude::*;

use crate::browser::{download_text, file_stem, today_iso};
use crate::features::levers::unique_id;
use crate::features::scenarios::read_file_bytes;
use crate::i18n::use_i18n;
use crate::state::{use_state, Toast};

/// What the last chosen CSV gave.
#[derive(Clone)]
enum Preview {
    None,
    Forms(String, Vec<CareForm>),
    Problems(String, Vec<CsvProblem>),
}

#[component]
pub fn OwnDataView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let preview = RwSignal::new(Preview::None);
    let input_id = unique_id("csv-import");

    let template = move |_| {
        state.scenario.with_untracked(|s| {
            let _ = download_text(
                &format!("{}-zorgvormen.csv", file_stem(&s.name)),
                "text/csv;charset=utf-8",
                &care_forms_template(&s.care_forms),
            );
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let name = file.name();
            match read_file_bytes(&file).await {
                Ok(bytes) => preview.set(match parse_care_forms_csv(&bytes) {
                    Ok(forms) => Preview::Forms(name, forms),
                    Err(problems) => Preview::Problems(name, problems),
                }),
                Err(message) => preview.set(Preview::Problems(
                    name,
                    vec![CsvProblem {
                        line: 0,
                        column: String::new(),
                        message,
                    }],
                )),
            }
        });
    };
    let apply = move |_| {
        let Preview::Forms(name, forms) = preview.get_untracked() else {
            return;
        };
        let provenance = state
            .scenario
            .with_untracked(|s| s.provenance.after_import("zorgvormen", &name, &today_iso()));
        let dropped = match state.apply(Edit::ReplaceCareForms { forms, provenance }) {
            Ok(applied) => applied.dropped,
            Err(problem) => {
                state.say(Toast::error(
                    format!(
                        "De zorgvormen uit \"{name}\" passen niet bij dit scenario: {}",
                        problem.nl
                    ),
                    problem.en,
                ));
                return;
            }
        };
        preview.set(Preview::None);
        let note = if dropped.is_empty() {
            String::new()
        } else {
            format!(
                " Vervallen knoppen (hun zorgvorm bestaat niet meer): {}.",
                dropped.join(", ")
            )
        };
        state.say(Toast::info(
            format!("De zorgvormen uit \"{name}\" zijn overgenomen.{note} Ongedaan maken zet de oude terug."),
            format!("The care forms from \"{name}\" were applied.{note}"),
        ));
    };
    let body = move || {
        match preview.get() {
        Preview::None => ().into_any(),
        Preview::Problems(name, problems) => view! {
            <div class="csv-problems" role="alert">
                <p><strong>{format!("\"{name}\" {}", i18n.t("is niet overgenomen; er is niets veranderd:", "was not applied; nothing changed:"))}</strong></p>
                <ul>
                    {problems.iter().take(30).map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                </ul>
                {(problems.len() > 30).then(|| format!("… {} {}", problems.len() - 30, i18n.t("meer problemen", "more problems")))}
            </div>
        }.into_any(),
        Preview::Forms(name, forms) => view! {
            <div class="csv-preview">
                <p>{format!("{} \"{name}\": {} {}", i18n.t("Voorbeeld van", "Preview of"), forms.len(), i18n.t("zorgvormen. Controleer en neem ze over.", "care forms. Check and apply."))}</p>
                <div class="table-wrap" tabindex="0">
                    <table class="data-table">
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("Code", "Code")}</th>
                                <th scope="col">{i18n.t("Zorgvorm", "Care form")}</th>
                                <th scope="col">{i18n.t("Groep", "Group")}</th>
                                <th scope="col">{i18n.t("Cliënten 1 jan", "Clients 1 Jan")}</th>
                                <th scope="col">{i18n.t("Duur (mnd)", "Duration (mo)")}</th>
                                <th scope="col">{i18n.t("Tarief / prijs", "Tariff / price")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {forms.iter().map(|f| view! {
                                <tr>
                                    <td>{f.id.clone()}</td>
                                    <th scope="row">{f.label.clone()}</th>
                                    <td>{f.group.label_nl()}</td>
                                    <td>{format_number(f.clients_start, 1)}</td>
                                    <td>{format_number(f.duration_months, 1)}</td>
                                    <td>{f.tariff_per_month.or(f.price_per_trajectory).map(format_euro_cents)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="add-row">
                    <button type="button" class="button" on:click=apply>{i18n.t("Zorgvormen overnemen", "Apply care forms")}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| preview.set(Preview::None)>{i18n.t("Annuleren", "Cancel")}</button>
                </div>
            </div>
        }.into_any(),
    }
    };
    view! {
        <section class="panel view" aria-labelledby="eigen-gegevens-titel">
            <h2 id="eigen-gegevens-titel">{move || i18n.t("Eigen gegevens", "Own data")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Vervang de voorbeeldcijfers door die van uw gemeente of regio: download het sjabloon (de huidige zorgvormen), vul het in Excel in en importeer het. Puntkomma of komma, decimale komma of punt: beide mag. Losse cijfers wijzigt u ook per zorgvorm onder 'Per zorgvorm'.",
                    "Replace the example figures by your own: download the template (the current care forms), fill it in Excel and import it. Single figures can also be edited per care form.",
                )}
            </p>
            <div class="add-row">
                <button type="button" class="button button--quiet" on:click=template>{move || i18n.t("Sjabloon downloaden (CSV)", "Download template (CSV)")}</button>
                <label class="button file-button" for=input_id.clone()>{move || i18n.t("Zorgvormen importeren (CSV)", "Import care forms (CSV)")}</label>
                <input type="file" id=input_id class="visually-hidden" accept=".csv,text/csv,text/plain" on:change=on_pick />
            </div>
            {body}
        </section>
    }
}

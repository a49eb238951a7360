//! "Eigen regio beginnen": a region of one's own from scratch, its name and
//! horizon and three tables read from CSV files, each shown value by value
//! before the region is made. Nothing of the example is kept.

use jeugdscenario_engine::own_region::OwnRegion;
use jeugdscenario_engine::region_csv::{
    budget_lines_template, care_forms_template, municipalities_template, parse_budget_lines_csv,
    parse_care_forms_csv, parse_municipalities_csv, CsvProblem, Table,
};
use jeugdscenario_engine::view::own_data::{
    budget_lines_preview, care_forms_preview, municipalities_preview,
};
use jeugdscenario_engine::Text;
use leptos::prelude::*;

use super::preview::{read_view, ReadTable};
use super::table_file::{Chosen, TableFile};
use crate::browser::{download_text, file_stem, today_iso};
use crate::features::levers::unique_id;
use crate::features::scenarios::use_library;
use crate::i18n::use_i18n;
use crate::state::{use_state, StartOwnRegion, Toast};

/// Downloads a table's template with the current scenario's rows.
pub(super) fn template(table: Table) -> Callback<()> {
    let state = use_state();
    Callback::new(move |_| {
        state.scenario.with_untracked(|s| {
            let text = match table {
                Table::CareForms => care_forms_template(&s.care_forms),
                Table::BudgetLines => budget_lines_template(&s.budget_lines, s.base_year, s.years),
                Table::Municipalities => municipalities_template(&s.municipalities),
            };
            let _ = download_text(
                &table.template_name(&file_stem(&s.name)),
                "text/csv;charset=utf-8",
                &text,
            );
        });
    })
}

/// The intro's request under each table's preview.
const CHECK: &str = "Controleer ze voordat u de regio aanmaakt.";

/// The name of the chosen file.
fn file_name(chosen: RwSignal<Chosen>) -> Option<String> {
    chosen.with(|c| c.as_ref().map(|(name, _)| name.clone()))
}

/// The rows of an optional table: none when no file was chosen; a file that
/// was not read is named in `missing`.
fn taken<T>(
    read: Option<Result<Vec<T>, Vec<CsvProblem>>>,
    label: &str,
    missing: &mut Vec<Text>,
) -> Vec<T> {
    match read {
        None => Vec::new(),
        Some(Ok(rows)) => rows,
        Some(Err(_)) => {
            missing.push(Text::new(
                format!("Het bestand bij {label} is niet gelezen: verbeter het of kies een ander."),
                format!("The {label} file was not read: fix it or choose another."),
            ));
            Vec::new()
        }
    }
}

/// A whole number typed in a field, or None.
fn whole(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

#[component]
pub fn NewRegion() -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let next_year = (today_iso()[..4].parse::<i32>().unwrap_or(2026) + 1).to_string();
    let name = RwSignal::new(String::new());
    let base_year = RwSignal::new(next_year);
    let years = RwSignal::new("10".to_string());
    let source = RwSignal::new(String::new());
    let files: [RwSignal<Chosen>; 3] = std::array::from_fn(|_| RwSignal::new(None));
    let problems = RwSignal::new(Vec::<Text>::new());
    let ids = ["regio-naam", "regio-basisjaar", "regio-jaren", "regio-bron"].map(unique_id);
    let horizon = Memo::new(move |_| {
        let year = whole(&base_year.get()).and_then(|y| i32::try_from(y).ok());
        let count = whole(&years.get()).and_then(|n| u32::try_from(n).ok());
        year.zip(count)
    });
    let care =
        Memo::new(move |_| files[0].with(|f| f.as_ref().map(|(_, b)| parse_care_forms_csv(b))));
    let budget = Memo::new(move |_| {
        let (year, count) = horizon.get().unwrap_or((0, 0));
        files[1].with(|f| {
            f.as_ref()
                .map(|(_, b)| parse_budget_lines_csv(b, year, count))
        })
    });
    let municipalities =
        Memo::new(move |_| files[2].with(|f| f.as_ref().map(|(_, b)| parse_municipalities_csv(b))));

    // Asked from the header: show this form, its first field focused.
    if let Some(start) = use_context::<StartOwnRegion>() {
        let first = ids[0].clone();
        Effect::new(move |_| {
            if start.0.get() > 0 {
                crate::browser::focus_later(&first);
            }
        });
    }

    let create = move |_| {
        let rows = (
            care.get_untracked(),
            budget.get_untracked(),
            municipalities.get_untracked(),
        );
        let mut missing = Vec::new();
        let care_forms = match rows.0 {
            Some(Ok(read)) => read.rows,
            _ => {
                missing.push(Text::new(
                    "Kies eerst een bestand met zorgvormen dat gelezen kan worden (Zorgvormen (CSV)).",
                    "First choose a readable care forms file (Zorgvormen (CSV)).",
                ));
                Vec::new()
            }
        };
        let budget_lines = taken(
            rows.1.map(|r| r.map(|i| i.rows)),
            "Begrotingsposten",
            &mut missing,
        );
        let municipality_rows = taken(rows.2.map(|r| r.map(|i| i.rows)), "Gemeenten", &mut missing);
        let Some((year, count)) = horizon.get_untracked() else {
            missing.push(Text::new(
                "Het basisjaar en het aantal jaren zijn hele getallen.",
                "Base year and number of years are whole numbers.",
            ));
            problems.set(missing);
            return;
        };
        if !missing.is_empty() {
            problems.set(missing);
            return;
        }
        let named: Vec<String> = files
            .iter()
            .filter_map(|f| f.with_untracked(|f| f.as_ref().map(|(n, _)| format!("\"{n}\""))))
            .collect();
        let source = match source.get_untracked().trim() {
            "" => format!("bestanden {}", named.join(", ")),
            given => given.to_string(),
        };
        let region = OwnRegion {
            name: name.get_untracked(),
            base_year: year,
            years: count,
            source,
            imported: today_iso(),
            care_forms,
            budget_lines,
            municipalities: municipality_rows,
        };
        match region.scenario() {
            Err(refused) => problems.set(refused.iter().map(|p| p.message.clone()).collect()),
            Ok(scenario) => {
                problems.set(Vec::new());
                if let Some(saved) = library.save_as_new(state, scenario) {
                    files.iter().for_each(|f| f.set(None));
                    state.say(Toast::info(
                        format!("De regio \"{saved}\" is aangemaakt en geopend, zonder knoppen, investeringen of doelen. Ongedaan maken brengt uw vorige scenario terug."),
                        format!("The region \"{saved}\" was created and opened, without levers, investments or targets."),
                    ));
                }
            }
        }
    };

    let field = move |id: String,
                      label: (&'static str, &'static str),
                      value: RwSignal<String>,
                      kind: &'static str| {
        view! {
            <div class="field">
                <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
                <input id=id type=kind inputmode=if kind == "text" { "text" } else { "numeric" } prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <section class="own-region" aria-labelledby="eigen-regio-titel">
            <h3 id="eigen-regio-titel">{move || i18n.t("Eigen regio beginnen", "Start your own region")}</h3>
            <p class="panel__hint">{move || i18n.t(
                "Een regio met uw eigen cijfers, vanaf nul: geef de naam en de jaren, en lees drie tabellen in uit Excel (opgeslagen als CSV). Alleen de zorgvormen zijn nodig; begroting en gemeenten kunnen ook later. De nieuwe regio begint zonder knoppen, investeringen en doelen: van het voorbeeld blijft niets over.",
                "A region with your own figures, from scratch: its name and years, and three tables from Excel (saved as CSV). Only the care forms are needed. Nothing of the example is kept.",
            )}</p>
            <div class="own-region__fields">
                {field(ids[0].clone(), ("Naam van de regio", "Name of the region"), name, "text")}
                {field(ids[1].clone(), ("Basisjaar", "Base year"), base_year, "number")}
                {field(ids[2].clone(), ("Aantal jaren (1 tot en met 15)", "Number of years (1 to 15)"), years, "number")}
                {field(ids[3].clone(), ("Bron van de cijfers (bijvoorbeeld: begroting 2027, administratie 2025)", "Source of the figures"), source, "text")}
            </div>
            <TableFile table=Table::CareForms input_label=Table::CareForms.file_label() template_label="Sjabloon downloaden: Zorgvormen" chosen=files[0] on_template=template(Table::CareForms)>
                {move || read_view(file_name(files[0]), care.get().map(|r| r.map(|i| ReadTable::of(care_forms_preview(&i.rows), i.notices))), ("zorgvormen", CHECK))}
            </TableFile>
            <TableFile table=Table::BudgetLines input_label=Table::BudgetLines.file_label() template_label="Sjabloon downloaden: Begrotingsposten" chosen=files[1] on_template=template(Table::BudgetLines)>
                {move || read_view(file_name(files[1]), budget.get().map(|r| r.map(|i| ReadTable::of(budget_lines_preview(&i.rows), i.notices))), ("begrotingsposten", CHECK))}
            </TableFile>
            <TableFile table=Table::Municipalities input_label=Table::Municipalities.file_label() template_label="Sjabloon downloaden: Gemeenten" chosen=files[2] on_template=template(Table::Municipalities)>
                {move || read_view(file_name(files[2]), municipalities.get().map(|r| r.map(|i| ReadTable::of(municipalities_preview(&i.rows), i.notices))), ("gemeenten", CHECK))}
            </TableFile>
            {move || problems.with(|p| (!p.is_empty()).then(|| view! {
                <div class="csv-problems" role="alert">
                    <p><strong>{i18n.t("De regio is niet aangemaakt:", "The region was not created:")}</strong></p>
                    <ul>{p.iter().map(|m| view! { <li>{i18n.show(m)}</li> }).collect_view()}</ul>
                </div>
            }))}
            <div class="add-row">
                <button type="button" class="button" on:click=create>{move || i18n.t("Regio aanmaken", "Create region")}</button>
            </div>
        </section>
    }
}

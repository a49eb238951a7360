//! "Eigen regio beginnen": a region of one's own from scratch, its name and
//! horizon and three tables read from CSV files, each shown value by value
//! before the region is made. Nothing of the example is kept.

use jeugdscenario_engine::region_csv::protocol::{Reply, Request};
use jeugdscenario_engine::region_csv::Table;
use jeugdscenario_engine::{load_scenario, Text};
use leptos::prelude::*;

use super::preview::read_view;
use super::table_file::{read_by_worker, Chosen, TableFile};
use super::worker::ask;
use crate::browser::{focus_later, today_iso};
use crate::features::levers::unique_id;
use crate::features::scenarios::use_library;
use crate::i18n::use_i18n;
use crate::state::{use_state, StartOwnRegion, Toast};

/// The intro's request under each table's preview.
const CHECK: &str = "Controleer ze voordat u de regio aanmaakt.";

/// The name of the chosen file.
fn file_name(chosen: RwSignal<Chosen>) -> Option<String> {
    chosen.with(|c| c.as_ref().map(|(name, _)| name.clone()))
}

/// A whole number typed in a field, or None.
fn whole<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.trim().parse().ok()
}

/// Why no region can be made yet: no care forms, a table that did not
/// read, a horizon that is no number.
fn not_ready(replies: [Option<Reply>; 3], chosen: [bool; 3], horizon: bool) -> Vec<Text> {
    let mut missing = Vec::new();
    for ((reply, chosen), table) in replies.into_iter().zip(chosen).zip(Table::ALL) {
        let read = reply.is_some_and(|r| r.problems.is_empty());
        if table == Table::CareForms && !read {
            missing.push(Text::new(
                "Kies eerst een bestand met zorgvormen dat gelezen kan worden (Zorgvormen (CSV)).",
                "First choose a readable care forms file (Zorgvormen (CSV)).",
            ));
        } else if chosen && !read {
            missing.push(Text::new(
                format!(
                    "Het bestand bij {} is niet gelezen: verbeter het of kies een ander.",
                    table.label_nl()
                ),
                format!(
                    "The {} file was not read: fix it or choose another.",
                    table.label_en()
                ),
            ));
        }
    }
    if !horizon {
        missing.push(Text::new(
            "Het basisjaar en het aantal jaren zijn hele getallen.",
            "Base year and number of years are whole numbers.",
        ));
    }
    missing
}

#[component]
pub fn NewRegion() -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let next_year = (whole::<i32>(&today_iso()[..4]).unwrap_or(2026) + 1).to_string();
    let name = RwSignal::new(String::new());
    let base_year = RwSignal::new(next_year);
    let years = RwSignal::new("10".to_string());
    let source = RwSignal::new(String::new());
    let files: [RwSignal<Chosen>; 3] = std::array::from_fn(|_| RwSignal::new(None));
    let problems = RwSignal::new(Vec::<Text>::new());
    let ids = ["regio-naam", "regio-basisjaar", "regio-jaren", "regio-bron"].map(unique_id);
    let horizon = Memo::new(move |_| whole(&base_year.get()).zip(whole(&years.get())));
    let replies = [Table::CareForms, Table::BudgetLines, Table::Municipalities]
        .map(|t| read_by_worker(t, files[t as usize], horizon));

    // Asked from the header: show this form, its first field focused.
    if let Some(start) = use_context::<StartOwnRegion>() {
        let first = ids[0].clone();
        Effect::new(move |_| {
            if start.0.get() > 0 {
                focus_later(&first);
            }
        });
    }

    let create = move |_| {
        let chosen = files.map(|f| f.with_untracked(Option::is_some));
        let horizon = horizon.get_untracked();
        let missing = not_ready(
            replies.map(|r| r.get_untracked()),
            chosen,
            horizon.is_some(),
        );
        let Some((base_year, years)) = horizon.filter(|_| missing.is_empty()) else {
            problems.set(missing);
            return;
        };
        let named: Vec<String> = files
            .iter()
            .filter_map(|f| file_name(*f).map(|n| format!("\"{n}\"")))
            .collect();
        let request = Request::Region {
            name: name.get_untracked(),
            base_year,
            years,
            source: match source.get_untracked().trim() {
                "" => format!("bestanden {}", named.join(", ")),
                given => given.to_string(),
            },
            imported: today_iso(),
        };
        let bytes = files
            .map(|f| f.with_untracked(|c| c.as_ref().map(|(_, b)| b.clone()).unwrap_or_default()));
        leptos::task::spawn_local(async move {
            let reply = ask(&request, &bytes.each_ref().map(Vec::as_slice)).await;
            let scenario = reply
                .scenario
                .as_deref()
                .map(|json| load_scenario(json.as_bytes()));
            match scenario {
                Some(Ok(scenario)) => {
                    problems.set(Vec::new());
                    if let Some(saved) = library.save_as_new(state, scenario) {
                        files.iter().for_each(|f| f.set(None));
                        state.say(Toast::info(
                            format!("De regio \"{saved}\" is aangemaakt en geopend, zonder knoppen, investeringen of doelen. Ongedaan maken brengt uw vorige scenario terug."),
                            format!("The region \"{saved}\" was created and opened, without levers, investments or targets."),
                        ));
                    }
                }
                Some(Err(e)) => {
                    problems.set(e.problems.iter().map(|p| p.message.clone()).collect())
                }
                None => problems.set(reply.problems.into_iter().map(|p| p.message).collect()),
            }
        });
    };

    let field = move |id: String,
                      label: (&'static str, &'static str),
                      value: RwSignal<String>,
                      kind: &'static str| {
        view! {
            <div class="field">
                <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    let table = move |t: Table, label: &'static str, what: &'static str| {
        let chosen = files[t as usize];
        let reply = replies[t as usize];
        view! {
            <TableFile table=t input_label=t.file_label() template_label=label chosen=chosen>
                {move || read_view(file_name(chosen), reply.get(), (what, CHECK))}
            </TableFile>
        }
    };
    view! {
        <section class="own-region" aria-labelledby="eigen-regio-titel">
            <h3 id="eigen-regio-titel">{move || i18n.t("Eigen regio beginnen", "Start your own region")}</h3>
            <p class="panel__hint">{move || i18n.t(
                "Een regio met uw eigen cijfers, vanaf nul: geef de naam en de jaren, en lees drie tabellen in uit Excel (opgeslagen als CSV). Alleen de zorgvormen zijn nodig; zonder begrotingsposten is er geen inkomen, dus is het saldo min de kosten. De nieuwe regio begint zonder knoppen, investeringen en doelen: van het voorbeeld blijft niets over.",
                "A region with your own figures, from scratch: its name and years, and three tables from Excel (saved as CSV). Only the care forms are needed; without budget lines there is no income. Nothing of the example is kept.",
            )}</p>
            <div class="own-region__fields">
                {field(ids[0].clone(), ("Naam van de regio", "Name of the region"), name, "text")}
                {field(ids[1].clone(), ("Basisjaar", "Base year"), base_year, "number")}
                {field(ids[2].clone(), ("Aantal jaren (1 tot en met 15)", "Number of years (1 to 15)"), years, "number")}
                {field(ids[3].clone(), ("Bron van de cijfers", "Source of the figures"), source, "text")}
            </div>
            {table(Table::CareForms, "Sjabloon downloaden: Zorgvormen", "zorgvormen")}
            {table(Table::BudgetLines, "Sjabloon downloaden: Begrotingsposten", "begrotingsposten")}
            {table(Table::Municipalities, "Sjabloon downloaden: Gemeenten", "gemeenten")}
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

//! Eigen regio beginnen: a region of one's own from scratch, its name,
//! horizon and where its figures come from, and three tables read from the
//! region's own CSV files by the import worker. Each table is previewed
//! value by value as soon as it is chosen; "Regio aanmaken" asks the worker
//! for the scenario and opens it through the engine's edit (undo brings the
//! previous one back). Nothing of the example is kept.

use jeugdscenario_engine::region_csv::protocol::{Reply, Request};
use jeugdscenario_engine::region_csv::Table;
use jeugdscenario_engine::{load_scenario, Text};
use leptos::prelude::*;

use super::preview::{notices_view, preview_table, problems_view};
use super::table_file::{Chosen, TableFile};
use crate::browser::{scroll_to_top, today_iso};
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::storage;
use crate::ui::{unique_id, Hint};
use crate::worker::{ask_with, bytes_part};

/// Asks for the form: the header's "Eigen regio beginnen" bumps it and the
/// tabs open Eigen gegevens.
#[derive(Clone, Copy)]
pub struct StartOwnRegion(pub RwSignal<u32>);

/// The form's horizon: the base year as typed (checked by the worker with
/// the loader's rules) and the number of years.
#[derive(Clone, Copy)]
struct Horizon {
    base_year: RwSignal<String>,
    years: RwSignal<u32>,
}

impl Horizon {
    /// The base year, or the Dutch message when it is not a year.
    fn base_year(self) -> Result<i32, Text> {
        self.base_year.with(|y| y.trim().parse()).map_err(|_| {
            Text::new(
                "Basisjaar: vul een jaartal in, bijvoorbeeld 2027.",
                "Base year: enter a year, for example 2027.",
            )
        })
    }
}

/// One table of the new region: its file and what the worker read of it,
/// read again when the horizon changes (budget lines per year need it).
#[component]
fn RegionTable(table: Table, chosen: RwSignal<Chosen>, horizon: Horizon) -> impl IntoView {
    let reply = RwSignal::new(None::<Reply>);
    // Only budget lines are read by the horizon (their year columns); the
    // other tables are not read again while the year is typed.
    let by_horizon = table == Table::BudgetLines;
    Effect::new(move |_| {
        reply.set(None);
        let Some((name, file)) = chosen.get() else {
            return;
        };
        let (typed, years) = if by_horizon {
            (horizon.base_year.get(), horizon.years.get())
        } else {
            (String::new(), 0)
        };
        let base_year = match typed.trim().parse() {
            Ok(year) => year,
            Err(_) if by_horizon => return,
            Err(_) => 0,
        };
        leptos::task::spawn_local(async move {
            let request = Request::Read {
                table,
                base_year,
                years,
            };
            let answer = ask_with(&request, &[file.into()], None).await;
            let current = chosen.with_untracked(|c| c.as_ref().is_some_and(|(n, _)| *n == name));
            let same = !by_horizon
                || (horizon.base_year.with_untracked(|y| *y == typed)
                    && horizon.years.get_untracked() == years);
            if current && same {
                reply.set(Some(answer));
            }
        });
    });
    let name = move || chosen.with(|c| c.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    let body = move || match reply.get() {
        Some(r) if !r.problems.is_empty() => problems_view(&name(), &r.problems).into_any(),
        Some(Reply {
            preview: Some(rows),
            notices,
            ..
        }) => {
            let counted = table.counted(rows.rows.len());
            view! {
            <div class="csv-preview">
                {preview_table(&name(), rows, counted, Text::new("Controleer ze voordat u de regio aanmaakt.", "Check them before you create the region."))}
                {notices_view(&notices)}
            </div>
        }
        .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <TableFile table input_label=table.file_input() template_label=table.template_button() chosen>
            {body}
        </TableFile>
    }
}

/// What the form for a new region holds: its name, the source of its
/// figures, its horizon and the three files (care forms, budget lines,
/// municipalities), and the worker's refusal if any.
#[derive(Clone, Copy)]
struct RegionForm {
    name: RwSignal<String>,
    source: RwSignal<String>,
    horizon: Horizon,
    files: [RwSignal<Chosen>; 3],
    problems: RwSignal<Option<Reply>>,
    busy: RwSignal<bool>,
}

impl RegionForm {
    fn refuse(self, why: Text) {
        self.problems.set(Some(Reply::refused(why)));
    }

    /// The worker's request for the region, or why there is none yet.
    fn request(self, chosen: &[Chosen]) -> Result<Request, Text> {
        let base_year = self.horizon.base_year()?;
        if chosen[0].is_none() {
            return Err(Text::new(
                "Kies eerst het bestand met de zorgvormen (Zorgvormen (CSV)): een regio heeft ten minste één zorgvorm. Begrotingsposten en gemeenten mogen later.",
                "First choose the care forms file: a region needs at least one care form.",
            ));
        }
        // Named by the user, or by the files read.
        let named = self.source.get_untracked().trim().to_string();
        let source = if named.is_empty() {
            let names: Vec<&str> = chosen.iter().flatten().map(|(n, _)| n.as_str()).collect();
            names.join(", ")
        } else {
            named
        };
        Ok(Request::Region {
            name: self.name.get_untracked(),
            base_year,
            years: self.horizon.years.get_untracked(),
            source,
            imported: today_iso(),
        })
    }

    /// Asks the worker for the region and opens it, as an undo step.
    fn create(self, state: AppState) {
        self.problems.set(None);
        let chosen: Vec<Chosen> = self.files.iter().map(|f| f.get_untracked()).collect();
        let request = match self.request(&chosen) {
            Ok(request) => request,
            Err(why) => return self.refuse(why),
        };
        self.busy.set(true);
        leptos::task::spawn_local(async move {
            let parts: Vec<wasm_bindgen::JsValue> = chosen
                .iter()
                .map(|c| {
                    c.as_ref()
                        .map_or_else(|| bytes_part(b""), |(_, f)| f.into())
                })
                .collect();
            let answer = ask_with(&request, &parts, None).await;
            self.busy.set(false);
            match answer
                .scenario
                .as_deref()
                .map(|j| load_scenario(j.as_bytes()))
            {
                Some(Ok(scenario)) => {
                    let title = scenario.name.clone();
                    if !state.replace(scenario, None, false) {
                        return;
                    }
                    storage::set_working_source(None);
                    state.say(Toast::info(
                        format!("Regio \"{title}\" is aangemaakt uit uw eigen bestanden, zonder knoppen, investeringen of doelen. Ongedaan maken brengt uw vorige scenario terug."),
                        format!("Region \"{title}\" was made from your own files, without levers, investments or targets. Undo brings your previous scenario back."),
                    ));
                    // The new title and the notice are at the top.
                    scroll_to_top();
                    self.files.iter().for_each(|f| f.set(None));
                }
                Some(Err(e)) => self.refuse(Text::same(e.to_string())),
                None => self.problems.set(Some(answer)),
            }
        });
    }
}

#[component]
pub fn NewRegion() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let form = RegionForm {
        name: RwSignal::new(String::new()),
        source: RwSignal::new(String::new()),
        horizon: state.scenario.with_untracked(|s| Horizon {
            base_year: RwSignal::new(s.base_year.to_string()),
            years: RwSignal::new(s.years),
        }),
        files: std::array::from_fn(|_| RwSignal::new(None)),
        problems: RwSignal::new(None),
        busy: RwSignal::new(false),
    };
    let (files, horizon) = (form.files, form.horizon);
    view! {
        <section class="own-region" aria-labelledby="eigen-regio-titel">
            <h3 id="eigen-regio-titel" tabindex="-1">{move || i18n.t("Eigen regio beginnen", "Start your own region")}</h3>
            <Hint
                nl="Een regio van uzelf, vanaf nul: de naam, het basisjaar en het aantal jaren, en drie tabellen uit uw eigen bestanden. Alleen de zorgvormen zijn nodig. De nieuwe regio begint zonder knoppen, investeringen of doelen: niets van het voorbeeld blijft over."
                en="A region of your own, from scratch: its name, base year and number of years, and three tables from your own files. Only the care forms are needed. The new region starts without levers, investments or targets: nothing of the example remains."
            />
            <RegionFields form=form />
            <RegionTable table=Table::CareForms chosen=files[0] horizon />
            <RegionTable table=Table::BudgetLines chosen=files[1] horizon />
            <RegionTable table=Table::Municipalities chosen=files[2] horizon />
            {move || form.problems.get().map(|r| problems_view(&form.name.get(), &r.problems))}
            <div class="add-row">
                <button type="button" class="button" disabled=move || form.busy.get() on:click=move |_| form.create(state)>
                    {move || i18n.t("Regio aanmaken", "Create region")}
                </button>
            </div>
        </section>
    }
}

/// The region's name, base year, number of years and the source of its
/// figures.
#[component]
fn RegionFields(form: RegionForm) -> impl IntoView {
    let i18n = use_i18n();
    let (year_id, years_id) = (unique_id("basisjaar"), unique_id("jaren"));
    let horizon = form.horizon;
    let field = move |label: (&'static str, &'static str),
                      value: RwSignal<String>,
                      hint: &'static str| {
        let id = unique_id("regio");
        view! {
            <div class="field">
                <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
                <input id=id type="text" maxlength="200" placeholder=hint prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <div class="own-region__fields">
            {field(("Naam van de regio", "Name of the region"), form.name, "Regio Noord")}
            <div class="field">
                <label for=year_id.clone()>{move || i18n.t("Basisjaar", "Base year")}</label>
                <input id=year_id type="text" inputmode="numeric" maxlength="4" prop:value=move || horizon.base_year.get()
                    on:input=move |ev| horizon.base_year.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for=years_id.clone()>{move || i18n.t("Aantal jaren", "Number of years")}</label>
                <select id=years_id on:change=move |ev| horizon.years.set(event_target_value(&ev).parse().unwrap_or(10))>
                    {(1..=15u32).map(|n| view! { <option value=n.to_string() selected=move || horizon.years.get() == n>{n}</option> }).collect_view()}
                </select>
            </div>
            {field(("Bron van de cijfers", "Source of the figures"), form.source, "Begroting 2027, administratie 2025")}
        </div>
    }
}

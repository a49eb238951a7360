//! De zaal: the facilitator adds the participants' scenario files at once
//! (up to 50; a bad file is named with its message and the rest still load)
//! and sees per knob where the room stands (min, median, max, who chose
//! what) and the spread of the balance per year beside the baseline. One
//! click takes a participant's scenario, or the median of every knob, as the
//! working scenario (undoable). Files are read in the browser, never sent.

use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::view::room::{room, Participant, Room, YearSpread};
use jeugdscenario_engine::{Scenario, Text};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::features::scenarios::{drop_zone, read_scenario_files, ScenarioFilesField};
use crate::features::year_plot::YearPlot;
use crate::i18n::use_i18n;
use crate::state::{use_state, Toast};

/// At most this many files at once.
const MAX_FILES: usize = 50;
/// Knobs listed before "Toon alle".
const FIRST_KNOBS: usize = 15;

/// The spread of the balance per year as a band, with the median and the
/// baseline: an SVG with a text alternative.
fn band_svg(r: &Room, description: &str) -> String {
    let f = |v: Decimal| v.to_f64().unwrap_or(0.0);
    let series =
        |g: fn(&YearSpread) -> Decimal| r.years.iter().map(|y| f(g(y))).collect::<Vec<_>>();
    let (min, median, max, baseline) = (
        series(|y| y.min),
        series(|y| y.median),
        series(|y| y.max),
        series(|y| y.baseline),
    );
    let years: Vec<i32> = r.years.iter().map(|y| y.year).collect();
    let plot = YearPlot::new(
        640.0,
        240.0,
        years.len(),
        min.iter().chain(&max).chain(&baseline).copied(),
        true,
    );
    let mut svg = plot.open("compare-chart", description, &years);
    svg.push_str(&format!(
        r##"<polygon points="{}" fill="#0072b2" fill-opacity="0.25"/>"##,
        plot.band(&max, &min)
    ));
    svg.push_str(&format!(
        r##"<polyline points="{}" fill="none" stroke="#005a8c" stroke-width="3"/>"##,
        plot.points(&median)
    ));
    svg.push_str(&format!(r##"<polyline points="{}" fill="none" stroke="#222" stroke-width="2" stroke-dasharray="3 5"/>"##, plot.points(&baseline)));
    svg.push_str("</svg>");
    svg
}

#[component]
pub fn RoomView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let participants = RwSignal::new(Vec::<Participant>::new());
    let problems = RwSignal::new(Vec::<Text>::new());
    let show_all = RwSignal::new(false);
    let result = Memo::new(move |_| participants.with(|p| (!p.is_empty()).then(|| room(p))));

    let add_files = move |picked: Vec<web_sys::File>| {
        let count = picked.len();
        leptos::task::spawn_local(async move {
            let (found, mut refused) =
                read_scenario_files(picked.into_iter().take(MAX_FILES).collect()).await;
            if count > MAX_FILES {
                refused.insert(0, Text::new(
                    format!("Dat zijn {count} bestanden; De zaal neemt er hooguit {MAX_FILES}. De eerste {MAX_FILES} zijn gelezen."),
                    format!("That is {count} files; at most {MAX_FILES} are read. The first {MAX_FILES} were read."),
                ));
            }
            participants.set(
                found
                    .into_iter()
                    .map(|(name, scenario)| Participant { name, scenario })
                    .collect(),
            );
            problems.set(refused);
        });
    };
    let (drag_over, dropped) = drop_zone(add_files);
    let take = move |scenario: Scenario, what: Text| {
        if state.replace(scenario, None, false) {
            state.say(Toast::info(
                format!(
                    "{} is nu de werkversie. Ongedaan maken brengt de vorige terug.",
                    what.nl
                ),
                format!(
                    "{} is now the working copy. Undo brings the previous one back.",
                    what.en
                ),
            ));
        }
    };
    let take_median = move |_| {
        let median = participants.with_untracked(|p| {
            result.with_untracked(|r| r.as_ref().and_then(|r| r.median_scenario(p)))
        });
        if let Some((scenario, skipped)) = median {
            take(
                scenario,
                Text::new("De mediaan van de zaal", "The room's median"),
            );
            if !skipped.is_empty() {
                let nl: Vec<String> = skipped.iter().map(|t| t.nl.clone()).collect();
                let en: Vec<String> = skipped.iter().map(|t| t.en.clone()).collect();
                state.say(Toast::info(
                    format!("De mediaan van de zaal is de werkversie; niet overgenomen (de rekenkern weigert ze samen): {}", nl.join(" · ")),
                    format!("The room's median is the working copy; not taken over (refused together): {}", en.join(" · ")),
                ));
            }
        }
    };
    let body = move || {
        result.with(|r| {
            let Some(r) = r else {
                return view! { <p class="panel__hint" role="status">{i18n.t("Nog geen scenario's van deelnemers.", "No participants' scenarios yet.")}</p> }.into_any();
            };
            let names = r.names.clone();
            let knob_rows = r.knobs.iter().take(if show_all.get() { usize::MAX } else { FIRST_KNOBS }).map(|k| {
                let who = k.choices.iter().zip(&names).map(|(c, n)| format!("{n}: {}", c.map_or_else(|| "—".to_string(), |v| k.knob.show(v)))).collect::<Vec<_>>().join(" · ");
                view! {
                    <tr>
                        <th scope="row">{i18n.show(&k.knob.full_label())}</th>
                        <td>{k.knob.show(k.min)}</td>
                        <td>{k.knob.show(k.median)}</td>
                        <td>{k.knob.show(k.max)}</td>
                        <td class="room__who">{who}</td>
                    </tr>
                }
            }).collect_view();
            let many = r.knobs.len() > FIRST_KNOBS;
            let count = r.knobs.len();
            let year_rows = r.years.iter().map(|y| view! {
                <tr>
                    <th scope="row">{y.year}</th>
                    <td>{format_euro(y.min)}</td><td>{format_euro(y.median)}</td><td>{format_euro(y.max)}</td><td>{format_euro(y.baseline)}</td>
                </tr>
            }).collect_view();
            let people = participants.get().into_iter().map(|p| {
                let label = p.name.clone();
                let scenario = StoredValue::new(p.scenario);
                let what = Text::new(format!("\"{label}\""), format!("\"{label}\""));
                view! {
                    <li>
                        {label.clone()}
                        " "
                        <button type="button" class="button button--quiet button--small"
                            aria-label=format!("{} {label}", i18n.t("Overnemen:", "Take over:"))
                            on:click=move |_| take(scenario.get_value(), what.clone())>
                            {i18n.t("Overnemen", "Take over")}
                        </button>
                    </li>
                }
            }).collect_view();
            let description = i18n.t(
                "Saldo per jaar in de zaal: de band van laagste tot hoogste, de mediaan als lijn en gestippeld de basislijn",
                "Balance per year in the room: the band from lowest to highest, the median as a line and dotted the baseline",
            );
            view! {
                <p class="analysis-sentence">{format!("{} {}", r.names.len(), i18n.t("scenario's van deelnemers.", "participants' scenarios."))}</p>
                <button type="button" class="button" on:click=take_median>{i18n.t("Mediaan van elke knop overnemen", "Take the median of every lever")}</button>
                <h3>{i18n.t("Waar staat de zaal per knop?", "Where does the room stand per lever?")}</h3>
                <div class="table-wrap" tabindex="0">
                    <table class="data-table room-table">
                        <caption>{i18n.t("Per knop: laagste, mediaan en hoogste keuze, en wie wat koos (grootste spreiding eerst)", "Per lever: lowest, median and highest choice, and who chose what (widest spread first)")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("Knop", "Lever")}</th>
                            <th scope="col">{i18n.t("Laagste", "Lowest")}</th>
                            <th scope="col">{i18n.t("Mediaan", "Median")}</th>
                            <th scope="col">{i18n.t("Hoogste", "Highest")}</th>
                            <th scope="col">{i18n.t("Wie koos wat", "Who chose what")}</th>
                        </tr></thead>
                        <tbody>{knob_rows}</tbody>
                    </table>
                </div>
                {(many && !show_all.get()).then(|| view! {
                    <button type="button" class="button button--quiet" on:click=move |_| show_all.set(true)>{format!("{} ({count})", i18n.t("Toon alle knoppen", "Show all levers"))}</button>
                })}
                <h3>{i18n.t("Saldo per jaar in de zaal", "Balance per year in the room")}</h3>
                <figure class="chart">
                    <div inner_html=band_svg(r, description)></div>
                    <figcaption class="panel__hint">{description}</figcaption>
                </figure>
                <div class="table-wrap" tabindex="0">
                    <table class="data-table">
                        <caption>{i18n.t("Saldo per jaar (€): laagste, mediaan en hoogste in de zaal, en de basislijn", "Balance per year (EUR): lowest, median and highest in the room, and the baseline")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("Jaar", "Year")}</th>
                            <th scope="col">{i18n.t("Laagste", "Lowest")}</th>
                            <th scope="col">{i18n.t("Mediaan", "Median")}</th>
                            <th scope="col">{i18n.t("Hoogste", "Highest")}</th>
                            <th scope="col">{i18n.t("Basislijn", "Baseline")}</th>
                        </tr></thead>
                        <tbody>{year_rows}</tbody>
                    </table>
                </div>
                <h3>{i18n.t("Deelnemers", "Participants")}</h3>
                <ul class="room__people">{people}</ul>
            }.into_any()
        })
    };
    view! {
        <section class="panel view" aria-labelledby="zaal-titel" on:dragover=drag_over on:drop=dropped>
            <h2 id="zaal-titel">{move || i18n.t("De zaal", "The room")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Deelnemers maken elk een scenario en sturen het bestand. Kies of sleep ze hier allemaal tegelijk heen (hooguit 50): per knop ziet u waar de zaal staat. Alles blijft in deze browser; er wordt niets verstuurd.",
                    "Participants each make a scenario and send the file. Choose or drag them all here at once (at most 50): per lever you see where the room stands. Everything stays in this browser; nothing is sent.",
                )}
            </p>
            <ScenarioFilesField label=("Scenario's van de deelnemers", "Participants' scenarios") on_files=Callback::new(add_files) problems=problems />
            {body}
        </section>
    }
}

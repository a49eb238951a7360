//! Vergelijken: two to four scenarios side by side (the working copy, saved
//! scenarios, files added here): their balance per year in one chart with
//! the baseline, a table of differences per year and per care form, the
//! knobs that differ in words, and a CSV for Dutch Excel. The figures come
//! from the engine's `view::compare`; files added here are only read, never
//! stored.

use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::region_csv::protocol::Request;
use jeugdscenario_engine::scenario_to_json;
use jeugdscenario_engine::view::chart::compare_chart;
use jeugdscenario_engine::view::compare::{side_by_side, Entry, MeasureRows, SideBySide};
use jeugdscenario_engine::view::room::Participant;
use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

use crate::browser::{download_text, file_stem};
use crate::features::charts::LineFigure;
use crate::features::scenarios::{add_batch, use_library, Found, ScenarioIntake};
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::Section;

/// At most this many scenarios side by side.
const MAX_CHOSEN: usize = 4;
fn letter(i: usize) -> char {
    (b'A' + i as u8) as char
}

/// A scenario that can be chosen: a key, what the list calls it, the scenario.
type Candidate = (String, String, Scenario);

#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let files = RwSignal::new(Vec::<Participant>::new());
    let file_problems = RwSignal::new(Vec::<Text>::new());
    let chosen = RwSignal::new(vec!["werkversie".to_string()]);
    let candidates = candidates(files);
    let entries = move || -> Vec<Entry> {
        let keys = chosen.get();
        candidates.with(|all| {
            keys.iter()
                .filter_map(|k| all.iter().find(|(key, _, _)| key == k))
                .enumerate()
                .map(|(i, (_, label, s))| Entry {
                    name: format!("{}: {label}", letter(i)),
                    scenario: s.clone(),
                })
                .collect()
        })
    };
    let result = Memo::new(move |_| {
        let entries = entries();
        (entries.len() >= 2).then(|| side_by_side(&entries))
    });
    let toggle = move |key: String, on: bool| {
        chosen.update(|c| {
            if on && !c.contains(&key) && c.len() < MAX_CHOSEN {
                c.push(key);
            } else if !on {
                c.retain(|k| *k != key);
            }
        })
    };
    // Files and links add to the list (the same scenario once) and are chosen while there is room.
    let add = move |found: Found| {
        let before = files.with_untracked(Vec::len);
        add_batch(files, file_problems, found);
        for key in before..files.with_untracked(Vec::len) {
            toggle(format!("bestand:{key}"), true);
        }
    };
    let download = move |_| {
        let stem = state.scenario.with_untracked(|s| file_stem(&s.name));
        download_comparison(untrack(entries), stem);
    };
    view! {
        <Section id="vergelijken-titel" class="panel view" title=("Vergelijken", "Compare")
            hint=(
                "Zet twee tot vier scenario's naast elkaar: de werkversie, opgeslagen scenario's, bestanden (kiezen of hierheen slepen) of links (plakken). Bestanden en links worden alleen gelezen, niet bewaard. Verschillende regio's of looptijden worden vergeleken op wat ze gemeen hebben.",
                "Put two to four scenarios side by side: the working copy, saved scenarios, files (choose or drag them here) or links (paste). Files and links are only read, not stored. Different regions or horizons are compared on what they share.",
            )>
            <fieldset class="mix compare-choice">
                <legend>{move || i18n.t("Scenario's (twee tot vier)", "Scenarios (two to four)")}</legend>
                {move || candidates.get().into_iter().map(|(key, label, _)| {
                    let position = chosen.with(|c| c.iter().position(|k| *k == key));
                    let full = chosen.with(|c| c.len() >= MAX_CHOSEN) && position.is_none();
                    let key = StoredValue::new(key);
                    view! {
                        <label class="checkbox">
                            <input type="checkbox" prop:checked=position.is_some() disabled=full
                                on:change=move |ev| toggle(key.get_value(), event_target_checked(&ev)) />
                            {position.map(|p| format!("{}: ", letter(p)))}{label}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <ScenarioIntake label=("Scenariobestanden toevoegen", "Add scenario files") on_found=Callback::new(add) problems=file_problems catch_page_drops=true />
            // Rebuilt on a change of language too: the comparison's words are plain text.
            {move || match (i18n.get(), result.get()).1 {
                Some(c) => view! { <Comparison c=c /> {download_button(download)} }.into_any(),
                None => view! {
                    <p class="panel__hint" role="status">{i18n.t("Kies twee tot vier scenario's om te vergelijken.", "Choose two to four scenarios to compare.")}</p>
                }.into_any(),
            }}
        </Section>
    }
}

/// The comparison as a CSV for Dutch Excel, written by the worker from the
/// same entries (the writer is not in the app's wasm).
fn download_comparison(chosen: Vec<Entry>, stem: String) {
    let names = chosen.iter().map(|e| e.name.clone()).collect();
    let files: Vec<String> = chosen
        .iter()
        .map(|e| scenario_to_json(&e.scenario))
        .collect();
    leptos::task::spawn_local(async move {
        let files: Vec<&[u8]> = files.iter().map(String::as_bytes).collect();
        let reply = crate::worker::ask(&Request::Compare { names }, &files).await;
        if let Some(csv) = reply.export {
            let _ = download_text(
                &format!("{stem}-vergelijking.csv"),
                "text/csv;charset=utf-8",
                &csv,
            );
        }
    });
}

fn download_button(download: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="button" on:click=download>{i18n.t("Vergelijking downloaden (CSV)", "Download comparison (CSV)")}</button>
    }
}

/// What can be compared: the working copy, the saved scenarios and the files
/// added here, as (key, name in the list, scenario).
fn candidates(files: RwSignal<Vec<Participant>>) -> Memo<Vec<Candidate>> {
    let state = use_state();
    let i18n = use_i18n();
    let library = use_library();
    Memo::new(move |_| {
        let mut out: Vec<Candidate> = vec![(
            "werkversie".into(),
            state
                .scenario
                .with(|s| format!("{} ({})", i18n.t("Werkversie", "Working copy"), s.name)),
            state.scenario.get(),
        )];
        library.entries.with(|entries| {
            out.extend(entries.iter().map(|e| {
                (
                    format!("opgeslagen:{}", e.id),
                    e.scenario.name.clone(),
                    e.scenario.clone(),
                )
            }));
        });
        files.with(|files| {
            out.extend(
                files
                    .iter()
                    .enumerate()
                    .map(|(i, Participant { name, scenario: s })| {
                        (
                            format!("bestand:{i}"),
                            format!("{} ({name})", s.name),
                            s.clone(),
                        )
                    }),
            );
        });
        out
    })
}

/// The comparison: its sentences, where the figures come from, the two
/// charts, a table per measure, the cost per care form in the last year and
/// the knobs that differ.
#[component]
fn Comparison(c: SideBySide) -> impl IntoView {
    let i18n = use_i18n();
    let differences = c
        .differences
        .iter()
        .map(|d| view! { <li>{i18n.show(&d.sentence)}</li> })
        .collect_view();
    let no_differences = c.differences.is_empty();
    view! {
        <div class="compare-sentences">
            {c.sentences.iter().map(|t| view! { <p class="analysis-sentence">{i18n.show(t)}</p> }).collect_view()}
        </div>
        {c.notes.iter().map(|n| view! { <p class="notice notice--info" role="status">{i18n.show(n)}</p> }).collect_view()}
        <ul class="compare-provenance" aria-label=i18n.t("Herkomst van de cijfers", "Where the figures come from")>
            {c.provenance.iter().map(|p| view! { <li>{i18n.show(p)}</li> }).collect_view()}
        </ul>
        {(!c.years.is_empty()).then(|| view! {
        <LineFigure id="vergelijk-kosten" chart=Signal::stored(compare_chart(&c, 0)) stem="vergelijking-kosten" />
        <LineFigure id="vergelijk-grafiek" chart=Signal::stored(compare_chart(&c, 2)) stem="vergelijking-saldo" />
        })}
        {c.measures.iter().map(|m| measure_table(m, &c.years)).collect_view()}
        {form_cost_table(&c)}
        <h3>{i18n.t("Knoppen die verschillen", "Levers that differ")}</h3>
        {if no_differences {
            view! { <p>{i18n.t("Geen: de scenario's hebben dezelfde knoppen en cijfers.", "None: the scenarios have the same levers and figures.")}</p> }.into_any()
        } else {
            view! { <ul class="differences">{differences}</ul> }.into_any()
        }}
    }
}

/// A measure with the years down and the scenarios and their differences
/// from A across, so the differences stay in sight at 1366 px (the CSV has
/// the same rows the other way).
fn measure_table(m: &MeasureRows, years: &[i32]) -> impl IntoView {
    let i18n = use_i18n();
    let n = m.values.len();
    let head = (0..n)
        .map(|i| view! { <th scope="col">{letter(i).to_string()}</th> })
        .collect_view();
    let gap_head = (1..n)
        .map(|i| view! { <th scope="col">{format!("{} − {}", letter(i), letter(0))}</th> })
        .collect_view();
    let rows = years.iter().enumerate().map(|(y, year)| view! {
        <tr>
            <th scope="row">{*year}</th>
            {m.values.iter().map(|v| view! { <td>{format_euro(v[y])}</td> }).collect_view()}
            {m.values.iter().skip(1).map(|v| view! { <td class="data-table__total">{format_euro(v[y] - m.values[0][y])}</td> }).collect_view()}
        </tr>
    }).collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption>{format!("{} (€) {}", i18n.show(&m.label), i18n.t("per jaar, en het verschil met A", "per year, and the difference from A"))}</caption>
                <thead><tr><th scope="col">{i18n.t("Jaar", "Year")}</th>{head}{gap_head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The cost per care form of each scenario in the last year.
fn form_cost_table(c: &SideBySide) -> impl IntoView {
    let i18n = use_i18n();
    let last = c.years.last().copied()?;
    let rows = c
        .form_costs
        .iter()
        .map(|(label, costs)| {
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    {costs.iter().map(|v| view! { <td>{format_euro(*v)}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let names = c
        .names
        .iter()
        .map(|n| view! { <th scope="col">{n.clone()}</th> })
        .collect_view();
    Some(view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption>{format!("{} {last} (€)", i18n.t("Kosten per zorgvorm in", "Cost per care form in"))}</caption>
                <thead><tr><th scope="col">{i18n.t("Zorgvorm", "Care form")}</th>{names}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

//! De zaal: the facilitator gathers the participants' scenarios, as files
//! (chosen, or dropped anywhere on the page while De zaal is open) and as
//! share links pasted from a chat, in batches that add up (each scenario
//! once, up to 50; a bad file or link is named with its message and the rest
//! still come in; a participant can be removed). Per knob the room's spread
//! (lowest, median, highest, who chose what), the knobs everyone agreed on
//! folded away, and the spread of the balance per year beside the baseline.
//! One click takes a participant's scenario, or the median of every knob, as
//! the working scenario (undoable). Nothing is sent anywhere.

mod dots;
mod table;

use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::view::chart::room_chart;
use jeugdscenario_engine::view::room::{participant_names, room, Participant, Room};
use jeugdscenario_engine::{Scenario, Text};
use leptos::prelude::*;

use crate::features::charts::LineFigure;
use crate::features::scenarios::{add_batch, Found, ScenarioIntake};
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};
use crate::ui::Section;
use table::knob_table;

#[component]
pub fn RoomView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let participants = RwSignal::new(Vec::<Participant>::new());
    let problems = RwSignal::new(Vec::<Text>::new());
    let show_all = RwSignal::new(false);
    let result = Memo::new(move |_| participants.with(|p| (!p.is_empty()).then(|| room(p))));

    // A batch adds to the room; what it could not add joins the batch's messages.
    let add = move |found: Found| add_batch(participants, problems, found);
    let take_median = move |_| {
        let median = participants.with_untracked(|p| {
            result.with_untracked(|r| r.as_ref().and_then(|r| r.median_scenario(p)))
        });
        if let Some((scenario, skipped)) = median {
            take_median_over(state, scenario, &skipped);
        }
    };
    let body = move || {
        result.with(|r| {
            let Some(r) = r else {
                return view! { <p class="panel__hint" role="status">{i18n.t("Nog geen scenario's van deelnemers.", "No participants' scenarios yet.")}</p> }.into_any();
            };
            view! {
                <p class="analysis-sentence">{format!("{} {}", r.names.len(), i18n.t("scenario's van deelnemers.", "participants' scenarios."))}</p>
                <button type="button" class="button" on:click=take_median>{i18n.t("Mediaan van elke knop overnemen", "Take the median of every lever")}</button>
                <h3>{i18n.t("Waar staat de zaal per knop?", "Where does the room stand per lever?")}</h3>
                {knob_table(r, show_all)}
                <LineFigure id="zaal-saldo" chart=Signal::stored(room_chart(r)) stem="zaal-saldo" />
                {band_table(r)}
                <h3>{i18n.t("Deelnemers", "Participants")}</h3>
                {people(participants)}
            }.into_any()
        })
    };
    view! {
        <Section id="zaal-titel" class="panel view" title=("De zaal", "The room")
            hint=(
                "Deelnemers maken elk een scenario en sturen het bestand of de link (Deel via link). Kies of sleep de bestanden hierheen, of plak de links uit de chat; een volgende keer komen er deelnemers bij (hooguit 50). Per knop ziet u waar de zaal staat. Alles blijft in deze browser; er wordt niets verstuurd.",
                "Participants each make a scenario and send the file or the link (Share by link). Choose or drag the files here, or paste the links from the chat; a next batch adds participants (at most 50). Per lever you see where the room stands. Everything stays in this browser; nothing is sent.",
            )>
            <ScenarioIntake label=("Scenario's van de deelnemers", "Participants' scenarios") on_found=Callback::new(add) problems=problems catch_page_drops=true />
            {body}
        </Section>
    }
}

/// A participant's scenario (or the room's median) becomes the working
/// copy, as an undo step.
fn take_over(state: AppState, scenario: Scenario, what: &Text) -> bool {
    let taken = state.replace(scenario, None, false);
    if taken {
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
    taken
}

/// The room's median becomes the working copy; the knobs the engine refused
/// together are named.
fn take_median_over(state: AppState, median: Scenario, skipped: &[Text]) {
    let what = Text::new("De mediaan van de zaal", "The room's median");
    if take_over(state, median, &what) && !skipped.is_empty() {
        let nl: Vec<String> = skipped.iter().map(|t| t.nl.clone()).collect();
        let en: Vec<String> = skipped.iter().map(|t| t.en.clone()).collect();
        state.say(Toast::info(
            format!("De mediaan van de zaal is de werkversie; niet overgenomen (de rekenkern weigert ze samen): {}", nl.join(" · ")),
            format!("The room's median is the working copy; not taken over (refused together): {}", en.join(" · ")),
        ));
    }
}

/// The balance per year: lowest, median and highest in the room, and the
/// baseline.
fn band_table(r: &Room) -> impl IntoView {
    let i18n = use_i18n();
    let rows = r.years.iter().map(|y| view! {
        <tr>
            <th scope="row">{y.year}</th>
            <td>{format_euro(y.min)}</td><td>{format_euro(y.median)}</td><td>{format_euro(y.max)}</td><td>{format_euro(y.baseline)}</td>
        </tr>
    }).collect_view();
    view! {
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
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Every participant, to take over as the working copy or to remove.
fn people(participants: RwSignal<Vec<Participant>>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let remove = move |index: usize| {
        participants.update(|p| {
            if index < p.len() {
                p.remove(index);
            }
        });
    };
    let items = participants.with(|all| {
        participant_names(all)
            .into_iter()
            .zip(all.iter())
            .enumerate()
            .map(|(index, (label, p))| {
                let scenario = StoredValue::new(p.scenario.clone());
                let what = Text::same(format!("\"{label}\""));
                view! {
                    <li>
                        <span class="room__name">{label.clone()}</span>
                        <button type="button" class="button button--quiet button--small"
                            aria-label=format!("{} {label}", i18n.t("Overnemen:", "Take over:"))
                            on:click=move |_| { take_over(state, scenario.get_value(), &what); }>
                            {i18n.t("Overnemen", "Take over")}
                        </button>
                        <button type="button" class="button button--quiet button--small"
                            aria-label=format!("{} {label}", i18n.t("Verwijderen:", "Remove:"))
                            on:click=move |_| remove(index)>
                            {i18n.t("Verwijderen", "Remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    });
    view! { <ul class="room__people">{items}</ul> }
}

//! Doel zoeken: which value of this knob reaches this target? Solved by the
//! engine within the knob's allowed range; the answer is applied as an
//! ordinary, undoable edit and confirmed in words (the lever, its old and new
//! value, the goal checked again). Opened from the Doelen tab for a target
//! that is not met (`SeekTarget`), it chooses that target and a fitting lever
//! and searches at once. The form's choices and the goal it makes come from
//! the engine (`goal_seek::form`).

use jeugdscenario_engine::analysis::goal_seek::{
    goal_choices, goal_seek, seekable_knobs, suggest_knob, Goal, GoalSeek, Outcome,
};
use jeugdscenario_engine::knobs::Address;
use jeugdscenario_engine::view::year_choices;
use jeugdscenario_engine::{Edit, Text};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, SeekTarget};
use crate::ui::{show_refusal, unique_id, ErrorMessage, Section, SelectField};

/// The question: which knob, which goal, in which year, to which value;
/// and what the search answered.
#[derive(Clone, Copy)]
struct Question {
    state: AppState,
    knob: RwSignal<String>,
    goal: RwSignal<Goal>,
    year: RwSignal<i32>,
    amount: RwSignal<String>,
    error: RwSignal<Option<Text>>,
    found: RwSignal<Option<GoalSeek>>,
    applied: RwSignal<Option<Text>>,
}

impl Question {
    fn search(self) {
        self.found.set(None);
        self.applied.set(None);
        self.error.set(None);
        let Ok(address) = self.knob.get_untracked().parse::<Address>() else {
            return self
                .error
                .set(Some(Text::new("Kies een knop.", "Choose a lever.")));
        };
        let (year, amount) = (self.year.get_untracked(), self.amount.get_untracked());
        let result = self.state.scenario.with_untracked(|s| {
            let target = self.goal.with_untracked(|g| g.target(s, year, &amount))?;
            goal_seek(s, &address, target).ok_or_else(|| {
                Text::new(
                    "Deze knop bestaat niet (meer).",
                    "This lever no longer exists.",
                )
            })
        });
        match result {
            Ok(r) => self.found.set(Some(r)),
            Err(problem) => self.error.set(Some(problem)),
        }
    }

    /// Arrived from "Doel zoeken" in Doelen: that target, a lever that moves
    /// it, and the search at once (after the first render, so the selects
    /// have their options), with the section in view.
    fn take_request(self) {
        let request = use_context::<SeekTarget>()
            .and_then(|r| r.0.try_update_untracked(Option::take).flatten());
        let Some(id) = request else {
            return;
        };
        Effect::new(move |_| {
            self.goal.set(Goal::Plan(id.clone()));
            let lever = self.state.scenario.with_untracked(|s| suggest_knob(s, &id));
            if let Some(address) = lever {
                self.knob.set(address.to_string());
                self.search();
            }
            if let Some(el) = document().get_element_by_id("doelzoeken-titel") {
                el.scroll_into_view();
            }
        });
    }
}

#[component]
pub fn GoalSeekPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let q = Question {
        state,
        knob: RwSignal::new(String::new()),
        goal: RwSignal::new(Goal::Balance),
        year: RwSignal::new(state.scenario.with_untracked(|s| s.last_year())),
        amount: RwSignal::new(Goal::Balance.first_value().to_string()),
        error: RwSignal::new(None),
        found: RwSignal::new(None),
        applied: RwSignal::new(None),
    };
    // A chosen plan target that is removed (or a scenario without it
    // opened) falls back to the first goal, as the select then shows.
    Effect::new(move |_| {
        let gone = state.scenario.with(|s| {
            q.goal
                .with_untracked(|g| matches!(g, Goal::Plan(id) if s.target(id).is_none()))
        });
        if gone {
            q.goal.set(Goal::Balance);
        }
    });
    q.take_request();
    view! {
        <Section id="doelzoeken-titel" class="analysis-part" title=("Doel zoeken", "Goal seek")
            hint=(
                "Welke waarde van één knop haalt het doel? De rekenkern zoekt binnen het toegestane bereik de kleinste verschuiving vanaf de huidige waarde.",
                "Which value of one lever meets the target? The engine searches within the allowed range for the smallest move from the current value.",
            ) sub=true>
            <GoalForm q=q />
            <ErrorMessage error=q.error />
            {move || q.applied.get().map(|words| view! {
                <p class="notice notice--info" role="status" data-testid="doel-toegepast">{move || i18n.show(&words)}</p>
            })}
            {move || q.found.get().map(|result| view! { <GoalResult result=result found=q.found applied=q.applied error=q.error /> })}
        </Section>
    }
}

/// The knob, the goal, its year and value, and "Zoeken".
#[component]
fn GoalForm(q: Question) -> impl IntoView {
    let state = q.state;
    let i18n = use_i18n();
    let from_scenario = move |f: fn(&jeugdscenario_engine::Scenario) -> Vec<(String, Text)>| {
        Signal::derive(move || state.scenario.with(f))
    };
    let Question {
        knob,
        goal,
        year,
        amount,
        ..
    } = q;
    let value_id = unique_id("doelwaarde");
    view! {
        <div class="goal-form">
            <SelectField label=("Knop", "Lever") value=knob options=from_scenario(seekable_knobs) on_pick=move |v| knob.set(v) unchosen=true />
            <SelectField label=("Doel", "Target") value=Signal::derive(move || goal.with(Goal::id)) options=from_scenario(goal_choices)
                on_pick=move |v: String| {
                    let chosen = Goal::from_id(&v);
                    amount.set(chosen.first_value().to_string());
                    goal.set(chosen);
                } />
            <Show when=move || goal.with(Goal::has_year)>
                <SelectField label=("Jaar", "Year") value=Signal::derive(move || year.get().to_string()) options=from_scenario(year_choices)
                    on_pick=move |v: String| year.set(v.parse().unwrap_or_default()) />
            </Show>
            <Show when=move || goal.with(Goal::has_value)>
                <div class="field">
                    <label for=value_id.clone()>{move || format!("{} ({})", i18n.t("Waarde", "Value"), goal.with(Goal::unit))}</label>
                    <input type="text" inputmode="decimal" id=value_id.clone() class="lever__number"
                        prop:value=move || amount.get() on:change=move |ev| amount.set(event_target_value(&ev)) />
                </div>
            </Show>
            <button type="button" class="button" on:click=move |_| q.search()>{move || i18n.t("Zoeken", "Search")}</button>
        </div>
    }
}

/// What the search found, in a sentence, and the button that applies it as
/// an ordinary edit; what the edit did is then said in `applied`.
#[component]
fn GoalResult(
    result: GoalSeek,
    found: RwSignal<Option<GoalSeek>>,
    applied: RwSignal<Option<Text>>,
    error: RwSignal<Option<Text>>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let sentence = result.sentence();
    let value = match result.outcome {
        Outcome::Found { value, .. } => Some(value),
        _ => None,
    };
    let result = StoredValue::new(result);
    let apply = move |value| {
        let (address, was) = result.with_value(|r| (r.knob.address.clone(), r.knob.value));
        let before = state
            .scenario
            .with_untracked(|s| s.knob_value(&address))
            .unwrap_or(was);
        show_refusal(error, state.apply(Edit::set(address, value)));
        if error.with_untracked(Option::is_none) {
            found.set(None);
            // Checked on the scenario as it now is, not assumed.
            let words = state
                .scenario
                .with_untracked(|s| result.with_value(|r| r.applied(before, s)));
            applied.set(Some(words));
        }
    };
    view! {
        <div class="goal-result" role="status">
            <p>{move || i18n.show(&sentence)}</p>
            {value.map(|value| view! {
                <button type="button" class="button" on:click=move |_| apply(value)>
                    {move || i18n.t("Waarde toepassen", "Apply value")}
                </button>
            })}
        </div>
    }
}

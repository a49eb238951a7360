//! Doel zoeken: which value of this knob reaches this target? Solved by the
//! engine within the knob's allowed range; the answer is applied as an
//! ordinary, undoable edit and confirmed in words (the lever, its old and new
//! value, the goal checked again). Opened from the Doelen tab for a target
//! that is not met (`SeekTarget`), it chooses that target and a fitting lever
//! and searches at once.

use jeugdscenario_engine::analysis::fields::{goal_amount_field, goal_share_field};
use jeugdscenario_engine::analysis::goal_seek::{
    goal_seek, suggest_knob, GoalSeek, Outcome, Target,
};
use jeugdscenario_engine::analysis::sensitivity::is_key;
use jeugdscenario_engine::knobs::{Address, BudgetField};
use jeugdscenario_engine::{Edit, Text};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::{use_state, SeekTarget};
use crate::ui::{show_refusal, unique_id, ChoiceField, ErrorMessage, Section};

/// What the user wants to reach.
#[derive(Clone, PartialEq, Eq)]
enum Goal {
    Balance,
    Cumulative,
    Residential,
    /// One of the scenario's own targets (Doelen), by id.
    Plan(String),
}

impl Goal {
    /// The goal's value in the select.
    fn id(&self) -> String {
        match self {
            Goal::Balance => "saldo".into(),
            Goal::Cumulative => "cumulatief".into(),
            Goal::Residential => "verblijf".into(),
            Goal::Plan(id) => format!("doel:{id}"),
        }
    }

    fn from_id(id: &str) -> Goal {
        match id {
            "cumulatief" => Goal::Cumulative,
            "verblijf" => Goal::Residential,
            _ => id
                .strip_prefix("doel:")
                .map_or(Goal::Balance, |t| Goal::Plan(t.to_string())),
        }
    }

    fn has_year(&self) -> bool {
        matches!(self, Goal::Balance | Goal::Residential)
    }
}

#[component]
pub fn GoalSeekPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let knobs = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.knobs()
                .into_iter()
                .filter(|k| {
                    is_key(k)
                        || matches!(
                            k.address,
                            Address::BudgetLine {
                                field: BudgetField::BaseAmount,
                                ..
                            }
                        )
                })
                .map(|k| (k.address.to_string(), k.full_label()))
                .collect::<Vec<_>>()
        })
    });
    let years = Memo::new(move |_| state.scenario.with(|s| s.year_range().collect::<Vec<_>>()));
    let plan_targets = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.targets
                .iter()
                .map(|t| (t.id.clone(), t.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    let knob = RwSignal::new(String::new());
    let goal = RwSignal::new(Goal::Balance);
    let year = RwSignal::new(state.scenario.with_untracked(|s| s.last_year()));
    let amount = RwSignal::new("0".to_string());
    let error = RwSignal::new(None::<Text>);
    let found = RwSignal::new(None::<GoalSeek>);
    let applied = RwSignal::new(None::<Text>);
    // A chosen plan target that is removed (or a scenario without it
    // opened) falls back to the first goal, as the select then shows.
    Effect::new(move |_| {
        let gone = plan_targets.with(|targets| {
            goal.with_untracked(
                |g| matches!(g, Goal::Plan(id) if !targets.iter().any(|(t, _)| t == id)),
            )
        });
        if gone {
            goal.set(Goal::Balance);
        }
    });
    let knob_choices = Signal::derive(move || {
        knobs.with(|k| {
            k.iter()
                .map(|(address, label)| (address.clone(), i18n.show(label)))
                .collect()
        })
    });
    let ids = (
        unique_id("doel"),
        unique_id("doeljaar"),
        unique_id("doelwaarde"),
    );

    let seek = move |address: Address, target: Target| {
        error.set(None);
        let result = state
            .scenario
            .with_untracked(|s| goal_seek(s, &address, target));
        match result {
            Some(r) => found.set(Some(r)),
            None => error.set(Some(Text::new(
                "Deze knop bestaat niet (meer).",
                "This lever no longer exists.",
            ))),
        }
    };
    let search = move || {
        found.set(None);
        applied.set(None);
        let Ok(address) = knob.get_untracked().parse::<Address>() else {
            error.set(Some(Text::new("Kies een knop.", "Choose a lever.")));
            return;
        };
        let goal = goal.get_untracked();
        if let Goal::Plan(id) = &goal {
            let target = state
                .scenario
                .with_untracked(|s| Target::plan_target(s, id));
            let Some(target) = target else {
                error.set(Some(Text::new(
                    "Dit doel bestaat niet (meer). Kies een ander doel.",
                    "This target no longer exists. Choose another one.",
                )));
                return;
            };
            return seek(address, target);
        }
        let text = amount.get_untracked();
        let field = if goal == Goal::Residential {
            goal_share_field()
        } else {
            goal_amount_field()
        };
        let value = match field.parse(&text) {
            Ok(value) => value,
            Err(problem) => return error.set(Some(problem)),
        };
        let target = match goal {
            Goal::Balance => Target::BalanceAtLeast {
                year: year.get_untracked(),
                amount: value,
            },
            Goal::Cumulative => Target::CumulativeAtLeast { amount: value },
            Goal::Residential => Target::ResidentialShareAtMost {
                year: year.get_untracked(),
                share: value,
            },
            Goal::Plan(_) => return,
        };
        seek(address, target);
    };
    let apply = move |_| {
        let Some(result) = found.get_untracked() else {
            return;
        };
        let Outcome::Found { value, .. } = result.outcome else {
            return;
        };
        let address = &result.knob.address;
        let before = state
            .scenario
            .with_untracked(|s| s.knob_value(address))
            .unwrap_or(result.knob.value);
        show_refusal(error, state.apply(Edit::set(address.clone(), value)));
        if error.with_untracked(Option::is_none) {
            found.set(None);
            // Checked on the scenario as it now is, not assumed.
            let words = state.scenario.with_untracked(|s| result.applied(before, s));
            applied.set(Some(words));
        }
    };
    // Arrived from "Doel zoeken" in Doelen: that target, a lever that moves
    // it, and the search at once (after the first render, so the selects
    // have their options), with the section in view.
    let request =
        use_context::<SeekTarget>().and_then(|r| r.0.try_update_untracked(Option::take).flatten());
    if let Some(id) = request {
        Effect::new(move |_| {
            goal.set(Goal::Plan(id.clone()));
            let lever = state.scenario.with_untracked(|s| suggest_knob(s, &id));
            if let Some(address) = lever {
                knob.set(address.to_string());
                search();
            }
            if let Some(el) = document().get_element_by_id("doelzoeken-titel") {
                el.scroll_into_view();
            }
        });
    }
    let unit = move || match goal.get() {
        Goal::Residential => "%",
        _ => "€",
    };
    let is_plan = move || goal.with(|g| matches!(g, Goal::Plan(_)));
    view! {
        <Section id="doelzoeken-titel" class="analysis-part" title=("Doel zoeken", "Goal seek")
            hint=(
                "Welke waarde van één knop haalt het doel? De rekenkern zoekt binnen het toegestane bereik de kleinste verschuiving vanaf de huidige waarde.",
                "Which value of one lever meets the target? The engine searches within the allowed range for the smallest move from the current value.",
            ) sub=true>
            <div class="goal-form">
                <ChoiceField label=("Knop", "Lever") value=knob choices=knob_choices />
                <div class="field">
                    <label for=ids.0.clone()>{move || i18n.t("Doel", "Target")}</label>
                    <select id=ids.0.clone() prop:value=move || goal.with(Goal::id) on:change=move |ev| {
                        goal.set(Goal::from_id(&event_target_value(&ev)));
                        amount.set(if goal.get_untracked() == Goal::Residential { "15".into() } else { "0".into() });
                    }>
                        <option value="saldo">{move || i18n.t("Saldo in een jaar ten minste", "Balance in a year at least")}</option>
                        <option value="cumulatief">{move || i18n.t("Cumulatief saldo ten minste", "Cumulative balance at least")}</option>
                        <option value="verblijf">{move || i18n.t("Aandeel residentiële zorg in een jaar hooguit", "Share in residential care in a year at most")}</option>
                        {move || plan_targets.get().into_iter().map(|(id, label)| {
                            view! {
                                <option value=format!("doel:{id}")>
                                    {move || format!("{}: {label}", i18n.t("Doel uit het plan", "Plan target"))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <Show when=move || goal.with(Goal::has_year)>
                    <div class="field">
                        <label for=ids.1.clone()>{move || i18n.t("Jaar", "Year")}</label>
                        <select id=ids.1.clone() prop:value=move || year.get().to_string()
                            on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or_default())>
                            {move || years.get().into_iter().map(|y| view! { <option value=y.to_string() selected=y == year.get_untracked()>{y}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Show when=move || !is_plan()>
                    <div class="field">
                        <label for=ids.2.clone()>{move || format!("{} ({})", i18n.t("Waarde", "Value"), unit())}</label>
                        <input type="text" inputmode="decimal" id=ids.2.clone() class="lever__number"
                            prop:value=move || amount.get() on:change=move |ev| amount.set(event_target_value(&ev)) />
                    </div>
                </Show>
                <button type="button" class="button" on:click=move |_| search()>{move || i18n.t("Zoeken", "Search")}</button>
            </div>
            <ErrorMessage error=error />
            {move || applied.get().map(|words| view! {
                <p class="notice notice--info" role="status" data-testid="doel-toegepast">{move || i18n.show(&words)}</p>
            })}
            {move || found.get().map(|result| {
                let can_apply = matches!(result.outcome, Outcome::Found { .. });
                let sentence = result.sentence();
                view! {
                    <div class="goal-result" role="status">
                        <p>{move || i18n.show(&sentence)}</p>
                        {can_apply.then(|| view! {
                            <button type="button" class="button" on:click=apply>
                                {move || i18n.t("Waarde toepassen", "Apply value")}
                            </button>
                        })}
                    </div>
                }
            })}
        </Section>
    }
}

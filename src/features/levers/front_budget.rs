//! Budget naar de voorkant: a share of the youth-care budget (or of a
//! group's care cost) spent on lighter help, up to a ceiling the plan sets
//! (seed 004: 13%). The share's slider stops at the ceiling; a typed value
//! above it is refused at the control.

use jeugdscenario_engine::knobs::{LeverField, LeverList};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;

use super::control::{timing_knobs, KnobControl};
use super::panel::{care_form_choices, ids_of, RemoveButton};
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, ErrorMessage, Section, SelectField, StartParts};

#[component]
pub fn FrontBudgetPanel() -> impl IntoView {
    let ids = ids_of(StartParts::LEVER_LISTS, |s| {
        s.levers
            .front_budgets
            .iter()
            .map(|b| b.id.clone())
            .collect()
    });
    view! {
        <Section class="panel"
            id="panel-voorkant"
            title=("Budget naar de voorkant", "Budget to the front")
            hint=(
                "Een deel van het jeugdhulpbudget gaat naar lichtere hulp aan de voorkant, tot het plafond uit het plan. Dat zijn kosten; of de regionale zorgmarkt daardoor kleiner wordt, zet u met een substitutieregel.",
                "A share of the youth-care budget goes to lighter help at the front, up to the plan's ceiling. That is cost; whether the regional care market shrinks as a result is a substitution rule.",
            )
        >
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <FrontBudgetLever id=id />
            </For>
            <AddFrontBudget />
        </Section>
    }
}

#[component]
fn FrontBudgetLever(id: String) -> impl IntoView {
    let state = use_state();
    let key = StoredValue::new(id.clone());
    let title = Signal::derive(move || {
        state
            .scenario
            .with(|s| key.with_value(|k| s.front_budget(k).map(|b| b.label.clone())))
    });
    let share = Address::lever(LeverList::FrontBudgets, &id, LeverField::Share);
    view! {
        <article class="lever-group">
            <h3 class="lever-group__title">{title}</h3>
            <KnobControl address=share />
            {timing_knobs(LeverList::FrontBudgets, &id)}
            <RemoveButton
                remove=Edit::RemoveFrontBudget { id }
                label=("Verwijder", "Remove")
                subject=title
            />
        </article>
    }
}

/// The lighter help the money goes to, and a button that adds the lever at
/// 0% with a ceiling of 13% (seed 004's).
#[component]
fn AddFrontBudget() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let add = move |_| {
        let to = to.get_untracked();
        if to.is_empty() {
            error.set(Some(Text::new(
                "Kies de zorgvorm aan de voorkant.",
                "Choose the care form at the front.",
            )));
            return;
        }
        show_refusal(error, state.apply(Edit::AddFrontBudget { to }));
    };
    view! {
        <div class="add-row">
            <SelectField label=("Naar zorgvorm (voorkant)", "To care form (front)") value=to options=care_form_choices() on_pick=move |v| to.set(v) unchosen=true />
            <button type="button" class="button" on:click=add>
                {move || i18n.t("Budget naar de voorkant toevoegen", "Add budget to the front")}
            </button>
            <ErrorMessage error=error />
        </div>
    }
}

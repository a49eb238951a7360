//! Substitutie: rules that send a share of one care form's inflow to another,
//! with terugval (relapse), start year and ramp; add and remove rules.

use jeugdscenario_engine::knobs::LeverList;
use jeugdscenario_engine::scenario::Substitution;
use jeugdscenario_engine::Edit;
use leptos::prelude::*;

use super::control::inflow_knobs;
use super::panel::{care_form_choices, ids_of, RemoveButton};
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, ErrorMessage, Section, SelectField, StartParts};

#[component]
pub fn SubstitutionPanel() -> impl IntoView {
    let ids = ids_of(StartParts::LEVERS, |s| {
        s.levers
            .substitutions
            .iter()
            .map(|r| r.id.clone())
            .collect()
    });
    view! {
        <Section class="panel"
            id="panel-substitutie"
            title=("Substitutie", "Substitution")
            hint=(
                "Een deel van de instroom van een zorgvorm krijgt lichtere of andere hulp. Terugval: het deel dat daarna toch de oorspronkelijke zorg nodig heeft.",
                "A share of a care form's inflow gets lighter or other help instead. Relapse: the share that still needs the original care afterwards.",
            )
        >
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <SubstitutionRule id=id />
            </For>
            <AddSubstitution />
        </Section>
    }
}

/// "Jeugd-GGZ → POH-jeugd".
fn rule_title(s: &jeugdscenario_engine::Scenario, rule: &Substitution) -> String {
    let label = |f: &str| s.care_form(f).map_or(f.to_string(), |f| f.label.clone());
    format!("{} → {}", label(&rule.from), label(&rule.to))
}

#[component]
fn SubstitutionRule(id: String) -> impl IntoView {
    let state = use_state();
    let key = StoredValue::new(id.clone());
    let title = Signal::derive(move || {
        state
            .scenario
            .with(|s| key.with_value(|k| s.substitution(k).map(|r| rule_title(s, r))))
    });
    view! {
        <article class="lever-group">
            <h3 class="lever-group__title">{title}</h3>
            {inflow_knobs(LeverList::Substitutions, &id)}
            <RemoveButton
                remove=Edit::RemoveSubstitution { id }
                label=("Verwijder regel", "Remove rule")
                subject=title
            />
        </article>
    }
}

/// Two choices (van, naar) and a button that adds a rule at 10% from next year.
#[component]
fn AddSubstitution() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let forms = care_form_choices();
    let add = move |_| {
        let (from, to) = (from.get_untracked(), to.get_untracked());
        if from.is_empty() || to.is_empty() {
            error.set(Some(Text::new(
                "Kies een zorgvorm bij van én naar.",
                "Choose both care forms.",
            )));
            return;
        }
        show_refusal(error, state.apply(Edit::AddSubstitution { from, to }));
    };
    view! {
        <div class="add-row">
            <SelectField label=("Van zorgvorm", "From care form") value=from options=forms on_pick=move |v| from.set(v) unchosen=true />
            <SelectField label=("Naar zorgvorm", "To care form") value=to options=forms on_pick=move |v| to.set(v) unchosen=true />
            <button type="button" class="button" on:click=add>
                {move || i18n.t("Substitutieregel toevoegen", "Add substitution rule")}
            </button>
            <ErrorMessage error=error />
        </div>
    }
}

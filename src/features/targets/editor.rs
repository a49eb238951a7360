//! One target's editor in the Doelen tab: its name, measure, scope,
//! reference and level, each change an engine edit.

use jeugdscenario_engine::knobs::TargetField;
use jeugdscenario_engine::scenario::{Measure, Target};
use jeugdscenario_engine::targets::reshape;
use jeugdscenario_engine::view::target_form::{
    comparison_choices, comparison_of, comparison_value, earlier_year_choices, measure_choices,
    reference_choices, reference_of, reference_value, scope_choices, scope_of, scope_value, Choice,
};
use jeugdscenario_engine::view::year_choices;
use jeugdscenario_engine::{Address, Edit, Scenario};
use leptos::prelude::*;

use crate::features::levers::KnobControl;
use crate::features::levers::RemoveButton;
use crate::i18n::{use_i18n, Text};
use crate::state::{use_state, AppState};
use crate::ui::{show_refusal, ErrorMessage, SelectField, TextField};

/// One target being edited: every part changes through one edit of the
/// whole target, made consistent first (`reshape`), so a choice never
/// leaves the target invalid; a refusal is shown in `error`.
#[derive(Clone, Copy)]
struct TargetForm {
    state: AppState,
    target: Memo<Option<Target>>,
    error: RwSignal<Option<Text>>,
}

impl TargetForm {
    fn change(self, f: impl FnOnce(&mut Target)) {
        let Some(mut t) = self.target.get_untracked() else {
            return;
        };
        f(&mut t);
        let state = self.state;
        let t = state
            .scenario
            .with_untracked(|s| state.projection.with_untracked(|p| reshape(s, p, t)));
        show_refusal(self.error, state.apply(Edit::SetTarget(Box::new(t))));
    }

    /// A part of the target, as a select's value or a field's text.
    fn part(self, f: fn(&Target) -> String) -> Signal<String> {
        let target = self.target;
        Signal::derive(move || target.with(|t| t.as_ref().map(f).unwrap_or_default()))
    }

    /// Choices that depend on the scenario and the target, from the engine.
    fn choices(self, f: fn(&Scenario, &Target) -> Vec<Choice>) -> Signal<Vec<Choice>> {
        let (state, target) = (self.state, self.target);
        Signal::derive(move || {
            state
                .scenario
                .with(|s| target.with(|t| t.as_ref().map(|t| f(s, t)).unwrap_or_default()))
        })
    }

    fn has(self, f: fn(&Target) -> bool) -> bool {
        self.target.with(|t| t.as_ref().is_some_and(f))
    }
}

#[component]
pub(super) fn TargetEditor(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id.clone());
    let target = Memo::new(move |_| {
        state
            .scenario
            .with(|s| key.with_value(|k| s.target(k).cloned()))
    });
    let form = TargetForm {
        state,
        target,
        error: RwSignal::new(None),
    };
    let measure = move || target.with(|t| t.as_ref().map_or(Measure::Cost, |t| t.measure));
    let reference_id = id.clone();
    view! {
        <details class="fold">
            <summary class="fold__summary">
                <span>{move || target.with(|t| t.as_ref().map(|t| t.label.clone()))}</span>
                <span class="badge">{move || i18n.t("doel", "target")}</span>
            </summary>
            <div class="fold__body targets__editor">
                <TextField label=("Omschrijving", "Description") maxlength=200 value=form.part(|t| t.label.clone())
                    on_commit=move |v: String| form.change(|t| t.label = v) />
                <SelectField label=("Wat wordt gemeten", "What is measured") value=form.part(|t| t.measure.id().to_string())
                    options=Signal::derive(measure_choices)
                    on_pick=move |v: String| { if let Ok(m) = v.parse::<Measure>() { form.change(|t| t.measure = m) } } />
                <Show when=move || measure().counts_forms()>
                    <SelectField label=("Zorgvormen", "Care forms") value=form.part(|t| scope_value(&t.scope)) options=form.choices(scope_choices)
                        on_pick=move |v: String| form.change(|t| t.scope = scope_of(&v)) />
                </Show>
                <Show when=move || measure() == Measure::BudgetLine>
                    <SelectField label=("Begrotingspost", "Budget line") value=form.part(|t| t.budget_line.clone().unwrap_or_default())
                        options=form.choices(|s, _| s.budget_lines.iter().map(|l| (l.id.clone(), Text::same(l.label.clone()))).collect())
                        on_pick=move |v: String| form.change(|t| t.budget_line = Some(v)) />
                </Show>
                <SelectField label=("Jaar", "Year") value=form.part(|t| t.year.to_string()) options=form.choices(|s, _| year_choices(s))
                    on_pick=move |v: String| { if let Ok(y) = v.parse::<i32>() { form.change(|t| t.year = y) } } />
                <label class="checkbox">
                    <input type="checkbox" prop:checked=move || form.has(|t| t.every_year_from)
                        on:change=move |ev| { let on = event_target_checked(&ev); form.change(|t| t.every_year_from = on) } />
                    {move || i18n.t("Elk jaar vanaf dit jaar", "Every year from this year")}
                </label>
                <SelectField label=("Vergelijking", "Comparison") value=form.part(|t| comparison_value(t.comparison).to_string())
                    options=Signal::derive(comparison_choices)
                    on_pick=move |v: String| form.change(|t| t.comparison = comparison_of(&v)) />
                <Show when=move || measure() != Measure::Balance>
                    <ReferenceFields form=form id=reference_id.clone() />
                </Show>
                <KnobControl address=Address::target(&id, TargetField::Value) />
                <TextField label=("Bron van het doel", "Source of the target") maxlength=1000 value=form.part(|t| t.source.clone())
                    on_commit=move |v: String| form.change(|t| t.source = v) />
                <RemoveButton remove=Edit::RemoveTarget { id: id.clone() } label=("Doel verwijderen", "Remove target") />
                <ErrorMessage error=form.error />
            </div>
        </details>
    }
}

/// What the target is measured against: nothing, a projected year, or a
/// year before the base year with its level and the level's source.
#[component]
fn ReferenceFields(form: TargetForm, id: String) -> impl IntoView {
    let has_level = move || form.has(|t| t.reference.as_ref().is_some_and(|r| r.level.is_some()));
    let state = form.state;
    view! {
        <SelectField label=("Referentie", "Reference") value=form.part(reference_value) options=form.choices(reference_choices)
            on_pick=move |v: String| {
                let reference = state.scenario.with_untracked(|s| reference_of(s, &v));
                form.change(|t| t.reference = reference)
            } />
        <Show when=has_level>
            <SelectField label=("Referentiejaar", "Reference year")
                value=form.part(|t| t.reference.as_ref().map(|r| r.year.to_string()).unwrap_or_default())
                options=form.choices(|s, _| earlier_year_choices(s))
                on_pick=move |v: String| { if let Ok(y) = v.parse::<i32>() { form.change(|t| if let Some(r) = &mut t.reference { r.year = y }) } } />
            <KnobControl address=Address::target(&id, TargetField::ReferenceLevel) />
            <TextField label=("Bron van het referentieniveau", "Source of the reference level") maxlength=1000
                value=form.part(|t| t.reference.as_ref().map(|r| r.source.clone()).unwrap_or_default())
                on_commit=move |v: String| form.change(|t| if let Some(r) = &mut t.reference { r.source = v }) />
        </Show>
    }
}

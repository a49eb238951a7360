//! One target's editor in the Doelen tab: its name, measure, scope,
//! reference and level, each change an engine edit.

use jeugdscenario_engine::knobs::TargetField;
use jeugdscenario_engine::scenario::{CareGroup, Comparison, Measure, Reference, Scope, Target};
use jeugdscenario_engine::targets::reshape;
use jeugdscenario_engine::view::tables::group_label;
use jeugdscenario_engine::view::targets::{comparison_word, measure_word, scope_words};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;

use crate::features::levers::KnobControl;
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, unique_id, ErrorMessage};

/// Which care forms a scope option stands for, as a select's value.
fn scope_value(scope: &Scope) -> String {
    match scope {
        Scope::All => "alle".into(),
        Scope::Group(g) => format!("groep:{}", g.id()),
        Scope::Forms(ids) => format!("vormen:{}", ids.join(",")),
    }
}

fn scope_of(value: &str) -> Scope {
    if let Some(g) = value.strip_prefix("groep:") {
        if let Ok(group) = g.parse::<CareGroup>() {
            return Scope::Group(group);
        }
    }
    match value.strip_prefix("vormen:") {
        Some(ids) => Scope::Forms(ids.split(',').map(String::from).collect()),
        None => Scope::All,
    }
}

/// The kind of reference, as a select's value: none (a level), a projected
/// year, or a year before the base year with its level as data.
fn reference_value(t: &Target) -> String {
    match &t.reference {
        None => "geen".into(),
        Some(r) if r.level.is_some() => "eerder".into(),
        Some(r) => r.year.to_string(),
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
    let error = RwSignal::new(None::<Text>);
    // Every part changes through one edit of the whole target, made
    // consistent first, so a choice never leaves the target invalid.
    let change = move |f: &dyn Fn(&mut Target)| {
        let Some(mut t) = target.get_untracked() else {
            return;
        };
        f(&mut t);
        let t = state
            .scenario
            .with_untracked(|s| state.projection.with_untracked(|p| reshape(s, p, t)));
        show_refusal(error, state.apply(Edit::SetTarget(Box::new(t))));
    };
    let remove = move |_| {
        show_refusal(
            error,
            state.apply(Edit::RemoveTarget {
                id: key.get_value(),
            }),
        );
    };
    let field = |stem: &str| unique_id(stem);
    let (
        label_id,
        measure_id,
        scope_id,
        line_id,
        year_id,
        cmp_id,
        ref_id,
        ref_year_id,
        ref_source_id,
        source_id,
    ) = (
        field("doel-naam"),
        field("doel-grootheid"),
        field("doel-zorgvormen"),
        field("doel-post"),
        field("doel-jaar"),
        field("doel-vergelijking"),
        field("doel-referentie"),
        field("doel-referentiejaar"),
        field("doel-referentiebron"),
        field("doel-bron"),
    );
    let years = Memo::new(move |_| state.scenario.with(|s| s.year_range().collect::<Vec<_>>()));
    let base_year = Memo::new(move |_| state.scenario.with(|s| s.base_year));
    let part = move |f: fn(&Target) -> String| {
        move || target.with(|t| t.as_ref().map(f).unwrap_or_default())
    };
    let measure = move || target.with(|t| t.as_ref().map_or(Measure::Cost, |t| t.measure));
    let scope_options = move || {
        state.scenario.with(|s| {
            let mut options: Vec<(String, Text)> = vec![(
                "alle".into(),
                Text::new("Alle zorgvormen", "All care forms"),
            )];
            options.extend(CareGroup::ALL.into_iter().map(|g| {
                let label = group_label(g);
                (
                    format!("groep:{}", g.id()),
                    Text::new(format!("Groep {}", label.nl), format!("Group {}", label.en)),
                )
            }));
            options.extend(
                s.care_forms
                    .iter()
                    .map(|f| (format!("vormen:{}", f.id), Text::same(f.label.clone()))),
            );
            // A list of several forms (as in a preset) stays choosable.
            if let Some(Target {
                scope: Scope::Forms(ids),
                ..
            }) = target.get()
            {
                if ids.len() > 1 {
                    let names = scope_words(s, &Scope::Forms(ids.clone()));
                    options.push((format!("vormen:{}", ids.join(",")), names));
                }
            }
            options
        })
    };
    let reference_options = move || {
        let Some(t) = target.get() else {
            return Vec::new();
        };
        let base = base_year.get();
        let mut options = vec![(
            "geen".to_string(),
            Text::new(
                "Geen: de doelwaarde is een niveau",
                "None: the value is a level",
            ),
        )];
        options.extend(years.get().into_iter().filter(|y| *y < t.year).map(|y| {
            (
                y.to_string(),
                Text::new(
                    format!("Verandering ten opzichte van {y}"),
                    format!("Change against {y}"),
                ),
            )
        }));
        options.push((
            "eerder".into(),
            Text::new(
                format!("Verandering ten opzichte van een jaar vóór {base} (niveau als gegeven)"),
                format!("Change against a year before {base} (level as data)"),
            ),
        ));
        options
    };
    let has_reference_level = move || {
        target.with(|t| {
            t.as_ref()
                .is_some_and(|t| t.reference.as_ref().is_some_and(|r| r.level.is_some()))
        })
    };
    let value_address = Address::target(&id, TargetField::Value);
    let level_address = Address::target(&id, TargetField::ReferenceLevel);
    view! {
        <details class="fold">
            <summary class="fold__summary">
                <span>{move || target.with(|t| t.as_ref().map(|t| t.label.clone()))}</span>
                <span class="badge">{move || i18n.t("doel", "target")}</span>
            </summary>
            <div class="fold__body targets__editor">
                <div class="field">
                    <label for=label_id.clone()>{move || i18n.t("Omschrijving", "Description")}</label>
                    <input type="text" id=label_id maxlength="200" prop:value=part(|t| t.label.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); change(&|t| t.label = v.trim().to_string()) } />
                </div>
                <div class="field">
                    <label for=measure_id.clone()>{move || i18n.t("Wat wordt gemeten", "What is measured")}</label>
                    <select id=measure_id prop:value=part(|t| t.measure.id().to_string())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Ok(m) = v.parse::<Measure>() {
                                change(&|t| t.measure = m);
                            }
                        }>
                        {Measure::ALL.into_iter().map(|m| view! { <option value=m.id()>{move || i18n.show(&measure_word(m))}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=move || measure().counts_forms()>
                    <div class="field">
                        <label for=scope_id.clone()>{move || i18n.t("Zorgvormen", "Care forms")}</label>
                        <select id=scope_id.clone() prop:value=part(|t| scope_value(&t.scope))
                            on:change=move |ev| { let v = event_target_value(&ev); change(&|t| t.scope = scope_of(&v)) }>
                            {move || scope_options().into_iter().map(|(value, label)| view! { <option value=value>{i18n.show(&label)}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Show when=move || measure() == Measure::BudgetLine>
                    <div class="field">
                        <label for=line_id.clone()>{move || i18n.t("Begrotingspost", "Budget line")}</label>
                        <select id=line_id.clone() prop:value=part(|t| t.budget_line.clone().unwrap_or_default())
                            on:change=move |ev| { let v = event_target_value(&ev); change(&|t| t.budget_line = Some(v.clone())) }>
                            {move || state.scenario.with(|s| s.budget_lines.iter().map(|l| view! { <option value=l.id.clone()>{l.label.clone()}</option> }).collect_view())}
                        </select>
                    </div>
                </Show>
                <div class="field">
                    <label for=year_id.clone()>{move || i18n.t("Jaar", "Year")}</label>
                    <select id=year_id prop:value=part(|t| t.year.to_string())
                        on:change=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse::<i32>() { change(&|t| t.year = y) }
                        }>
                        {move || years.get().into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
                    </select>
                </div>
                <label class="checkbox">
                    <input type="checkbox" prop:checked=move || target.with(|t| t.as_ref().is_some_and(|t| t.every_year_from))
                        on:change=move |ev| { let on = event_target_checked(&ev); change(&|t| t.every_year_from = on) } />
                    {move || i18n.t("Elk jaar vanaf dit jaar", "Every year from this year")}
                </label>
                <div class="field">
                    <label for=cmp_id.clone()>{move || i18n.t("Vergelijking", "Comparison")}</label>
                    <select id=cmp_id prop:value=part(|t| match t.comparison { Comparison::AtMost => "ten-hoogste".into(), Comparison::AtLeast => "ten-minste".into() })
                        on:change=move |ev| {
                            let c = if event_target_value(&ev) == "ten-minste" { Comparison::AtLeast } else { Comparison::AtMost };
                            change(&|t| t.comparison = c)
                        }>
                        <option value="ten-hoogste">{move || i18n.show(&comparison_word(Comparison::AtMost))}</option>
                        <option value="ten-minste">{move || i18n.show(&comparison_word(Comparison::AtLeast))}</option>
                    </select>
                </div>
                <Show when=move || measure() != Measure::Balance>
                    <div class="field">
                        <label for=ref_id.clone()>{move || i18n.t("Referentie", "Reference")}</label>
                        <select id=ref_id.clone() prop:value=part(reference_value)
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let base = base_year.get_untracked();
                                change(&|t| t.reference = match v.as_str() {
                                    "geen" => None,
                                    "eerder" => Some(Reference { year: base - 1, level: None, source: String::new() }),
                                    year => year.parse().ok().map(|year| Reference { year, level: None, source: String::new() }),
                                })
                            }>
                            {move || reference_options().into_iter().map(|(value, label)| view! { <option value=value>{i18n.show(&label)}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Show when=has_reference_level>
                    <div class="field">
                        <label for=ref_year_id.clone()>{move || i18n.t("Referentiejaar", "Reference year")}</label>
                        <select id=ref_year_id.clone() prop:value=part(|t| t.reference.as_ref().map(|r| r.year.to_string()).unwrap_or_default())
                            on:change=move |ev| {
                                if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                                    change(&|t| if let Some(r) = &mut t.reference { r.year = y })
                                }
                            }>
                            {move || { let base = base_year.get(); (base - 20..base).rev().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view() }}
                        </select>
                    </div>
                    <KnobControl address=level_address.clone() />
                    <div class="field">
                        <label for=ref_source_id.clone()>{move || i18n.t("Bron van het referentieniveau", "Source of the reference level")}</label>
                        <input type="text" id=ref_source_id.clone() maxlength="1000"
                            prop:value=part(|t| t.reference.as_ref().map(|r| r.source.clone()).unwrap_or_default())
                            on:change=move |ev| { let v = event_target_value(&ev); change(&|t| if let Some(r) = &mut t.reference { r.source = v.trim().to_string() }) } />
                    </div>
                </Show>
                <KnobControl address=value_address />
                <div class="field">
                    <label for=source_id.clone()>{move || i18n.t("Bron van het doel", "Source of the target")}</label>
                    <input type="text" id=source_id maxlength="1000" prop:value=part(|t| t.source.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); change(&|t| t.source = v.trim().to_string()) } />
                </div>
                <button type="button" class="button button--quiet" on:click=remove>
                    {move || i18n.t("Doel verwijderen", "Remove target")}
                </button>
                <ErrorMessage error=error />
            </div>
        </details>
    }
}

//! Doelen: the plan's targets checked against the scenario and against the
//! same scenario without its measures (the baseline): gehaald or niet
//! gehaald in words, the figure reached and the gap. Targets are added,
//! edited and removed here, each change an engine edit (`Edit::AddTarget`,
//! `SetTarget`, `RemoveTarget`, the knob `targets.ID.value`). The rows come
//! from the engine's view model (`view::targets`).

use jeugdscenario_engine::knobs::TargetField;
use jeugdscenario_engine::scenario::{CareGroup, Comparison, Measure, Reference, Scope, Target};
use jeugdscenario_engine::targets::{reshape, Verdict};
use jeugdscenario_engine::view::tables::group_label;
use jeugdscenario_engine::view::targets::{
    comparison_word, measure_word, rows_of, scope_words, Outcome, TargetRow,
};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;

use crate::features::levers::{show_refusal, unique_id, ErrorMessage, KnobControl};
use crate::i18n::{use_i18n, Text};
use crate::state::{use_state, SeekTarget};

#[component]
pub fn TargetsView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let rows = use_target_rows();
    let ids = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.targets.iter().map(|t| t.id.clone()).collect::<Vec<_>>())
    });
    let error = RwSignal::new(None::<Text>);
    let seek = use_context::<SeekTarget>();
    let add = move |_| show_refusal(error, state.apply(Edit::AddTarget));
    let summary = move || {
        rows.with(|rows| {
            let met = |of: fn(&TargetRow) -> &Outcome| {
                rows.iter().filter(|r| of(r).verdict == Verdict::Met).count()
            };
            let (scenario, baseline, n) = (met(|r| &r.scenario), met(|r| &r.baseline), rows.len());
            i18n.show(&Text::new(
                format!("Met de maatregelen {scenario} van de {n} doelen gehaald; zonder maatregelen {baseline} van de {n}."),
                format!("With the measures {scenario} of {n} targets met; without them {baseline} of {n}."),
            ))
        })
    };
    view! {
        <section class="panel view targets" aria-labelledby="doelen-titel">
            <h2 id="doelen-titel">{move || i18n.t("Doelen", "Targets")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Een doel is een toets, geen knop: het verandert geen cijfer. Elk doel wordt getoetst met de maatregelen (scenario) en zonder (basislijn), zodat u ziet of de maatregelen het verschil maken.",
                    "A target is a check, not a lever: it changes no figure. Each target is checked with the measures (scenario) and without them (baseline), so you see whether the measures make the difference.",
                )}
            </p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! {
                    <p>{move || i18n.t(
                        "Dit scenario heeft nog geen doelen. Voeg er een toe, bijvoorbeeld: de zorgkosten in het laatste jaar niet hoger dan in het basisjaar.",
                        "This scenario has no targets yet. Add one, for example: care cost in the last year no higher than in the base year.",
                    )}</p>
                }
            >
                <p class="targets__summary">{summary}</p>
                <TargetsTable rows=rows labelled_by="doelen-titel" seek=seek />
            </Show>
            <h3 class="panel__subtitle">{move || i18n.t("Doelen bewerken", "Edit targets")}</h3>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <TargetEditor id=id />
            </For>
            <div class="add-row">
                <button type="button" class="button" on:click=add>
                    {move || i18n.t("Doel toevoegen", "Add target")}
                </button>
                <ErrorMessage error=error />
            </div>
        </section>
    }
}

/// The targets with their outcomes, on screen in Doelen and in the printed
/// report; with `seek`, a target the scenario misses has a "Doel zoeken"
/// button that opens goal seek for it.
#[component]
pub fn TargetsTable(
    rows: Memo<Vec<TargetRow>>,
    labelled_by: &'static str,
    #[prop(optional_no_strip)] seek: Option<SeekTarget>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby=labelled_by>
                    <table class="data-table targets-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.t("Doel", "Target")}</th>
                                <th scope="col">{move || i18n.t("Norm", "Norm")}</th>
                                <th scope="col">{move || i18n.t("Met maatregelen", "With measures")}</th>
                                <th scope="col">{move || i18n.t("Zonder maatregelen", "Without measures")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|r| {
                                let id = r.id.clone();
                                let button = seek.filter(|_| r.scenario.verdict == Verdict::NotMet).map(|seek| view! {
                                    <button type="button" class="button button--quiet targets__seek"
                                        on:click=move |_| seek.0.set(Some(id.clone()))>
                                        {move || i18n.t("Doel zoeken", "Goal seek")}
                                    </button>
                                });
                                view! {
                                    <tr data-doel=r.id.clone()>
                                        <th scope="row">
                                            {r.label}
                                            <span class="targets-table__source">{r.source}</span>
                                        </th>
                                        <td>{i18n.show(&r.norm)}</td>
                                        <td><OutcomeCell outcome=r.scenario />{button}</td>
                                        <td><OutcomeCell outcome=r.baseline /></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
    }
}

/// The rows of the Doelen table, following the scenario and both projections.
pub fn use_target_rows() -> Memo<Vec<TargetRow>> {
    let state = use_state();
    Memo::new(move |_| {
        state.scenario.with(|s| {
            state
                .projection
                .with(|p| state.baseline.with(|b| rows_of(s, p, b)))
        })
    })
}

/// The verdict in words with a mark (never colour alone), the figure
/// reached and the gap.
#[component]
fn OutcomeCell(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let mark = match outcome.verdict {
        Verdict::Met => "✓",
        Verdict::NotMet => "✗",
        Verdict::Undetermined => "?",
    };
    let class = format!("verdict verdict--{}", outcome.verdict.class());
    let Outcome {
        word,
        reached,
        gap,
        years,
        ..
    } = outcome;
    view! {
        <span class=class><span aria-hidden="true">{mark}" "</span>{move || i18n.show(&word)}</span>
        <span class="targets-table__figure">{move || format!("{} {reached}", i18n.t("bereikt", "reached"))}</span>
        <span class="targets-table__figure">{move || i18n.show(&gap)}</span>
        {(!years.is_empty()).then(|| view! { <span class="targets-table__figure">{move || i18n.show(&years)}</span> })}
    }
}

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
        if let Some(group) = CareGroup::ALL.into_iter().find(|c| c.id() == g) {
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
fn TargetEditor(id: String) -> impl IntoView {
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
                            if let Some(m) = Measure::ALL.into_iter().find(|m| m.id() == v) {
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

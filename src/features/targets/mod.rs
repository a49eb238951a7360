//! Doelen: the plan's targets checked against the scenario and against the
//! same scenario without its measures (the baseline): gehaald or niet
//! gehaald in words, the figure reached and the gap. Targets are added,
//! edited and removed here, each change an engine edit (`Edit::AddTarget`,
//! `SetTarget`, `RemoveTarget`, the knob `targets.ID.value`). The rows come
//! from the engine's view model (`view::targets`).

use jeugdscenario_engine::targets::Verdict;
use jeugdscenario_engine::view::targets::{rows_of, Outcome, TargetRow};
use jeugdscenario_engine::Edit;
use leptos::prelude::*;

use crate::i18n::{use_i18n, Text};
use crate::state::{use_state, SeekTarget};
use crate::ui::{show_refusal, ErrorMessage, Section};

mod editor;
use editor::TargetEditor;

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
        <Section id="doelen-titel" class="panel view targets" title=("Doelen", "Targets")
            hint=(
                "Een doel is een toets, geen knop: het verandert geen cijfer. Elk doel wordt getoetst met de maatregelen (scenario) en zonder (basislijn), zodat u ziet of de maatregelen het verschil maken.",
                "A target is a check, not a lever: it changes no figure. Each target is checked with the measures (scenario) and without them (baseline), so you see whether the measures make the difference.",
            )>
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
        </Section>
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

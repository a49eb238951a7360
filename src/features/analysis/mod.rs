//! Analyse: why the balance changes (a waterfall per lever with a sentence in
//! plain language), which number matters most (a tornado), and which value
//! of a knob reaches a target (goal seek, applied as an undoable edit). The
//! figures come from the engine's `analysis` module; this view lays them out.

mod goal;
mod tornado;
mod uncertainty;
mod waterfall;

use jeugdscenario_engine::analysis::uncertainty::Uncertainty;
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

pub use uncertainty::UncertaintyReport;

use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::{unique_id, Section};

/// The last uncertainty computed and the scenario it was computed for, kept
/// above the tabs (provided by the app), so it survives a tab switch and the
/// printed report can show it.
#[derive(Clone, Copy)]
pub struct UncertaintyResult(pub RwSignal<Option<(Scenario, Uncertainty)>>);

impl UncertaintyResult {
    pub fn new() -> UncertaintyResult {
        UncertaintyResult(RwSignal::new(None))
    }
}

impl Default for UncertaintyResult {
    fn default() -> UncertaintyResult {
        UncertaintyResult::new()
    }
}

/// "Cumulatief saldo" or "Saldo in JAAR": what the waterfall and the tornado
/// look at.
#[component]
fn MeasurePicker(measure: RwSignal<Measure>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let id = unique_id("maat");
    let years = Memo::new(move |_| state.scenario.with(|s| s.year_range().collect::<Vec<_>>()));
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = Measure::parse(&event_target_value(&ev)).unwrap_or(Measure::Cumulative);
        measure.set(chosen);
    };
    let value = move || match measure.get() {
        Measure::Cumulative => "cumulatief".to_string(),
        Measure::BalanceIn(year) => year.to_string(),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t("Kijk naar", "Look at")}</label>
            <select id=id prop:value=value on:change=on_change>
                <option value="cumulatief">{move || i18n.t("Cumulatief saldo (alle jaren)", "Cumulative balance (all years)")}</option>
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string()>{move || format!("{} {y}", i18n.t("Saldo in", "Balance in"))}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn AnalysisView() -> impl IntoView {
    let measure = RwSignal::new(Measure::Cumulative);
    view! {
        <Section id="analyse-titel" class="panel view" title=("Analyse", "Analysis")
            hint=(
                "Waarom verandert het saldo, welke knop of aanname weegt het zwaarst, en welke waarde van een knop haalt een doel? Alles rekent met dezelfde rekenkern, tot op de cent.",
                "Why does the balance change, which lever or assumption weighs most, and which value of a lever meets a target? Everything uses the same engine, to the cent.",
            )>
            <MeasurePicker measure=measure />
            <waterfall::WaterfallPanel measure=measure />
            <tornado::TornadoPanel measure=measure />
            <goal::GoalSeekPanel />
            <uncertainty::UncertaintyPanel />
        </Section>
    }
}

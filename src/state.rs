//! The working scenario and what is derived from it. The scenario is plain
//! data in one signal; the projection and its baseline are memos, so a lever
//! move re-projects once and every chart, card and table reads the result.

use jeugdscenario_engine::projection::{project, Comparison, Projection};
use jeugdscenario_engine::{validate, Problem, Scenario};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    /// The scenario's own projection.
    pub projection: Memo<Projection>,
    /// The baseline (levers off); recomputed only when the data changes,
    /// not when a lever moves.
    pub baseline: Memo<Projection>,
}

impl AppState {
    pub fn new(initial: Scenario) -> AppState {
        let scenario = RwSignal::new(initial);
        let projection = Memo::new(move |_| scenario.with(project));
        let baseline_input = Memo::new(move |_| scenario.with(Scenario::baseline));
        let baseline = Memo::new(move |_| baseline_input.with(project));
        AppState {
            scenario,
            projection,
            baseline,
        }
    }

    /// Applies an edit when the edited scenario is still valid; otherwise
    /// leaves the scenario as it was and returns the problems.
    pub fn try_edit(self, edit: impl FnOnce(&mut Scenario)) -> Result<(), Vec<Problem>> {
        let mut next = self.scenario.get_untracked();
        edit(&mut next);
        let problems = validate(&next);
        if problems.is_empty() {
            self.scenario.set(next);
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub fn comparison(self) -> Comparison {
        Comparison {
            scenario: self.projection.get(),
            baseline: self.baseline.get(),
        }
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

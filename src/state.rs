//! The working scenario and what is derived from it. The scenario is plain
//! data in one signal; the projection and its baseline are memos, so a lever
//! move re-projects once and every chart, card and table reads the result.
//! Every change is recorded for undo, whatever made it.

use jeugdscenario_engine::projection::{project, Comparison, Projection};
use jeugdscenario_engine::{validate, Problem, Scenario};
use leptos::prelude::*;

use crate::history::History;

/// A message to the user: storage faults, refused files, undoable deletes.
#[derive(Clone)]
pub struct Toast {
    pub nl: String,
    pub en: String,
    pub error: bool,
    /// An "Ongedaan maken" action (e.g. after deleting a saved scenario).
    /// A plain shared closure, not a reactive Callback: the row that made it
    /// may be gone (disposed) by the time the user clicks.
    pub undo: Option<std::sync::Arc<dyn Fn() + Send + Sync>>,
}

impl Toast {
    pub fn error(nl: impl Into<String>, en: impl Into<String>) -> Toast {
        Toast {
            nl: nl.into(),
            en: en.into(),
            error: true,
            undo: None,
        }
    }

    pub fn info(nl: impl Into<String>, en: impl Into<String>) -> Toast {
        Toast {
            nl: nl.into(),
            en: en.into(),
            error: false,
            undo: None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    /// The scenario's own projection.
    pub projection: Memo<Projection>,
    /// The baseline (levers off); recomputed only when the data changes,
    /// not when a lever moves.
    pub baseline: Memo<Projection>,
    /// The library entry the working copy was opened from or saved to.
    pub source_id: RwSignal<Option<String>>,
    /// When that entry was saved, as this tab knows it (two-tab check).
    pub source_saved_at: RwSignal<Option<f64>>,
    /// Opened from a link and not saved yet: the stored working copy is left
    /// alone until the user saves.
    pub draft: RwSignal<bool>,
    pub toast: RwSignal<Option<Toast>>,
    /// The scenario as it was opened (example, preset, file, link): the
    /// Bronnen view marks every figure that differs from it as changed.
    pub origin: RwSignal<Scenario>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Steps of (scenario, what it was opened as), so undo also restores
    /// the Bronnen view's reference.
    history: StoredValue<History<(Scenario, Scenario)>>,
    restoring: StoredValue<bool>,
    last: StoredValue<(Scenario, Scenario)>,
}

impl AppState {
    pub fn new(initial: Scenario) -> AppState {
        let scenario = RwSignal::new(initial.clone());
        let projection = Memo::new(move |_| scenario.with(project));
        let baseline_input = Memo::new(move |_| scenario.with(Scenario::baseline));
        let baseline = Memo::new(move |_| baseline_input.with(project));
        let state = AppState {
            scenario,
            projection,
            baseline,
            source_id: RwSignal::new(None),
            source_saved_at: RwSignal::new(None),
            draft: RwSignal::new(false),
            toast: RwSignal::new(None),
            origin: RwSignal::new(initial.clone()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            history: StoredValue::new(History::default()),
            restoring: StoredValue::new(false),
            last: StoredValue::new((initial.clone(), initial)),
        };
        Effect::new(move |_| state.record_change());
        state
    }

    fn record_change(self) {
        let current = (self.scenario.get(), self.origin.get_untracked());
        let previous = self.last.with_value(Clone::clone);
        self.last.set_value(current.clone());
        if self.restoring.get_value() {
            self.restoring.set_value(false);
        } else if previous.0 != current.0 {
            self.history
                .update_value(|h| h.record(previous, js_sys::Date::now()));
        }
        self.refresh_undo_flags();
    }

    fn refresh_undo_flags(self) {
        let (undo, redo) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.can_undo.set(undo);
        self.can_redo.set(redo);
    }

    pub fn undo(self) {
        let current = (self.scenario.get_untracked(), self.origin.get_untracked());
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.restore(previous);
        }
    }

    pub fn redo(self) {
        let current = (self.scenario.get_untracked(), self.origin.get_untracked());
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.restore(next);
        }
    }

    fn restore(self, (scenario, origin): (Scenario, Scenario)) {
        self.restoring.set_value(true);
        self.origin.set(origin);
        self.scenario.set(scenario);
    }

    /// Applies an edit when the edited scenario is still valid; otherwise
    /// leaves the scenario as it was and returns the problems.
    pub fn try_edit(self, edit: impl FnOnce(&mut Scenario)) -> Result<(), Vec<Problem>> {
        let mut next = self.scenario.get_untracked();
        edit(&mut next);
        let problems = validate(&next);
        if problems.is_empty() {
            // An edit that changes nothing (a slider pushed at its end) does
            // not re-project or redraw.
            if self.scenario.with_untracked(|current| *current != next) {
                self.scenario.set(next);
            }
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Replaces the working scenario by another one (opened, imported, from
    /// a link); undo brings the previous one back.
    pub fn replace(self, scenario: Scenario, source: Option<(String, f64)>, draft: bool) {
        // Opening another scenario is always its own undo step, however soon
        // after the last edit.
        self.history.update_value(History::break_step);
        self.origin.set(scenario.clone());
        self.scenario.set(scenario);
        self.source_id
            .set(source.as_ref().map(|(id, _)| id.clone()));
        self.source_saved_at.set(source.map(|(_, at)| at));
        self.draft.set(draft);
    }

    pub fn comparison(self) -> Comparison {
        Comparison {
            scenario: self.projection.get(),
            baseline: self.baseline.get(),
        }
    }

    pub fn say(self, toast: Toast) {
        self.toast.set(Some(toast));
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

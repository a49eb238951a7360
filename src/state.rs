//! The working scenario and what is derived from it. The scenario is plain
//! data in one signal that only [`AppState::apply`] (and undo/redo) writes:
//! every change is an engine [`Edit`], validated against every rule the file
//! loader checks, so the app never holds a scenario its own loader refuses.
//! The projection and its baseline are memos, so a lever move re-projects
//! once and every chart, card and table reads the result.

use jeugdscenario_engine::projection::{project, Projection};
use jeugdscenario_engine::{Address, Applied, Edit, Scenario, Text};
use leptos::prelude::*;

use rust_decimal::Decimal;

use crate::drag::Drag;
use crate::history::History;

/// What a message is about; behaviour (which notice an autosave clears, how
/// a screen reader announces it) depends on it, not on its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
    /// Writing the working copy failed (storage full or blocked); the next
    /// successful autosave clears it.
    StorageError,
}

/// A message to the user: storage faults, refused files, undoable deletes.
#[derive(Clone)]
pub struct Toast {
    pub text: Text,
    pub kind: NoticeKind,
    /// An "Ongedaan maken" action (e.g. after deleting a saved scenario).
    /// A plain shared closure, not a reactive Callback: the row that made it
    /// may be gone (disposed) by the time the user clicks.
    pub undo: Option<std::sync::Arc<dyn Fn() + Send + Sync>>,
}

impl Toast {
    pub fn error(nl: impl Into<String>, en: impl Into<String>) -> Toast {
        Toast::of(NoticeKind::Error, Text::new(nl, en))
    }

    pub fn info(nl: impl Into<String>, en: impl Into<String>) -> Toast {
        Toast::of(NoticeKind::Info, Text::new(nl, en))
    }

    pub fn of(kind: NoticeKind, text: Text) -> Toast {
        Toast {
            text,
            kind,
            undo: None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.kind != NoticeKind::Info
    }
}

/// A knob's move during a drag, with where its refusal is shown.
pub type Move = (Address, Decimal, RwSignal<Option<Text>>);

#[derive(Clone, Copy)]
pub struct AppState {
    /// The working scenario, read-only: change it with [`AppState::apply`].
    pub scenario: ReadSignal<Scenario>,
    set_scenario: WriteSignal<Scenario>,
    /// The scenario's own projection.
    pub projection: Memo<Projection>,
    /// The baseline (levers off); recomputed only when the data changes,
    /// not when a lever moves.
    pub baseline: Memo<Projection>,
    /// Notified by every change that may change the baseline: all but an
    /// edit of the levers alone.
    baseline_touched: Trigger,
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
    /// Notified by every change other than a knob's move (and by undo and
    /// redo): what a knob is called, its unit and bounds can only change
    /// then, so a control rebuilds its description on this and follows
    /// only its value on a move ([`crate::features::levers::KnobControl`]).
    pub reshaped: Trigger,
    /// Steps of (scenario, what it was opened as), so undo also restores
    /// the Bronnen view's reference.
    history: StoredValue<History<(Scenario, Scenario)>>,
    /// The drag going on, if any ([`crate::drag`]).
    pub(crate) drag: StoredValue<Drag<Move>>,
    /// A drag is going on: autosave waits for its end.
    pub dragging: RwSignal<bool>,
}

impl AppState {
    pub fn new(initial: Scenario) -> AppState {
        let (scenario, set_scenario) = signal(initial.clone());
        let projection = Memo::new(move |_| scenario.with(project));
        // The baseline (levers off) is projected again on any change but an
        // edit of the levers alone (`Edit::leaves_baseline`), and undo/redo.
        let baseline_touched = Trigger::new();
        let baseline = Memo::new(move |_| {
            baseline_touched.track();
            scenario.with_untracked(|s| project(&s.baseline()))
        });
        AppState {
            scenario,
            set_scenario,
            projection,
            baseline,
            baseline_touched,
            source_id: RwSignal::new(None),
            source_saved_at: RwSignal::new(None),
            draft: RwSignal::new(false),
            toast: RwSignal::new(None),
            origin: RwSignal::new(initial),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            reshaped: Trigger::new(),
            history: StoredValue::new(History::default()),
            drag: StoredValue::new(Drag::default()),
            dragging: RwSignal::new(false),
        }
    }

    /// Applies an edit when the engine accepts it, as an undo step of its
    /// own; otherwise changes nothing and returns the Dutch (and English)
    /// reason, to show at the control that caused it. A knob moved by a drag
    /// goes through [`AppState::drag_knob`].
    pub fn apply(self, edit: Edit) -> Result<Applied, Text> {
        self.end_drag();
        self.apply_as(edit, None)
    }

    /// Applies `edit`; `dragged` is the knob a drag moves, whose moves join
    /// one undo step until the drag ends.
    pub(crate) fn apply_as(self, edit: Edit, dragged: Option<Address>) -> Result<Applied, Text> {
        let opens = matches!(edit, Edit::Replace(_));
        let reshapes = !matches!(edit, Edit::SetKnob { .. });
        let leaves_baseline = edit.leaves_baseline();
        // A drag's later moves join its undo step and copy nothing; any
        // other change keeps the state before it as a step of its own.
        let joins = dragged
            .as_ref()
            .is_some_and(|knob| self.drag.with_value(|d| d.joins(knob)))
            && self.history.with_value(History::is_open);
        let previous =
            (!joins).then(|| (self.scenario.get_untracked(), self.origin.get_untracked()));
        // The edit is made in place (the engine puts back what it refuses):
        // a move copies nothing, and an edit that changes nothing (a slider
        // pushed at its end) does not re-project, redraw or make a step.
        let applied = self
            .set_scenario
            .try_maybe_update(|scenario| match scenario.apply(edit) {
                Ok(applied) => (applied.changed, Ok(applied)),
                Err(refusal) => (false, Err(refusal.text())),
            })
            .unwrap_or_else(|| Ok(Applied::default()))?;
        if opens {
            self.origin.set(self.scenario.get_untracked());
        }
        if !applied.changed {
            return Ok(applied);
        }
        self.history.update_value(|h| {
            h.record(previous);
            if dragged.is_none() {
                h.end_step();
            }
        });
        let dragging = dragged.is_some();
        self.drag.update_value(|d| d.moved(dragged));
        if self.dragging.get_untracked() != dragging {
            self.dragging.set(dragging);
        }
        if reshapes {
            self.reshaped.notify();
        }
        if !leaves_baseline {
            self.baseline_touched.notify();
        }
        self.refresh_undo_flags();
        Ok(applied)
    }

    /// A move of the knob at `address` during a drag, applied now: it joins
    /// the undo step of the drag's earlier moves of the same knob.
    pub fn drag_knob(self, address: Address, value: Decimal) -> Result<Applied, Text> {
        self.apply_as(Edit::set(address.clone(), value), Some(address))
    }

    /// As [`AppState::drag_knob`], for a slider's many input events: the
    /// first of a frame is applied at once, a later one only keeps its value
    /// until the next frame (or the drag's end), so the page never projects
    /// more than it can show. A refusal is shown in `error`.
    pub fn drag_knob_in_frame(
        self,
        address: Address,
        value: Decimal,
        error: RwSignal<Option<Text>>,
    ) {
        let Some(now) = self
            .drag
            .try_update_value(|d| d.arrive((address, value, error)))
            .flatten()
        else {
            return;
        };
        self.apply_move(now);
        request_animation_frame(move || {
            if let Some(Some(kept)) = self.drag.try_update_value(Drag::next_frame) {
                self.apply_move(kept);
            }
        });
    }

    fn apply_move(self, (address, value, error): Move) {
        error.set(self.drag_knob(address, value).err());
    }

    /// The drag ends: its last move is applied, its undo step is complete
    /// and autosave may write.
    pub fn end_drag(self) {
        if let Some(Some(kept)) = self.drag.try_update_value(Drag::take_kept) {
            self.apply_move(kept);
        }
        if self.drag.try_update_value(Drag::stop) == Some(true) {
            self.end_step();
        }
    }

    /// The step being recorded is complete (a drag ended).
    pub(crate) fn end_step(self) {
        self.history.update_value(History::end_step);
        if self.dragging.get_untracked() {
            self.dragging.set(false);
        }
    }

    fn refresh_undo_flags(self) {
        let (undo, redo) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.can_undo.set(undo);
        self.can_redo.set(redo);
    }

    pub fn undo(self) {
        self.end_drag();
        let current = (self.scenario.get_untracked(), self.origin.get_untracked());
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.restore(previous);
        }
    }

    pub fn redo(self) {
        self.end_drag();
        let current = (self.scenario.get_untracked(), self.origin.get_untracked());
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.restore(next);
        }
    }

    fn restore(self, (scenario, origin): (Scenario, Scenario)) {
        self.origin.set(origin);
        self.set_scenario.set(scenario);
        self.reshaped.notify();
        self.baseline_touched.notify();
        self.refresh_undo_flags();
    }

    /// Replaces the working scenario by another one (opened, imported, from
    /// a link), as its own undo step. Every such scenario has passed the
    /// loader; should the engine still refuse it, the reason is shown, nothing
    /// changes and the result is false.
    #[must_use = "on false the scenario was not opened: do not go on as if it was"]
    pub fn replace(self, scenario: Scenario, source: Option<(String, f64)>, draft: bool) -> bool {
        if let Err(problem) = self.apply(Edit::Replace(Box::new(scenario))) {
            self.say(Toast::of(NoticeKind::Error, problem));
            return false;
        }
        self.source_id
            .set(source.as_ref().map(|(id, _)| id.clone()));
        self.source_saved_at.set(source.map(|(_, at)| at));
        self.draft.set(draft);
        true
    }

    pub fn say(self, toast: Toast) {
        self.toast.set(Some(toast));
    }
}

/// A request from the Doelen tab to the results tabs: open Analyse with goal
/// seek set up for the plan target with this id. Provided by the tabs; a
/// type here, so the targets and analysis features need not know each other.
#[derive(Clone, Copy)]
pub struct SeekTarget(pub RwSignal<Option<String>>);

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jeugdscenario_engine::example::voorbeeldregio;
    use jeugdscenario_engine::knobs::{FormField, LeverField, LeverList};

    fn share() -> Address {
        Address::lever(LeverList::Substitutions, "ggz-naar-poh", LeverField::Share)
    }

    /// The memos hold what projecting the signal's scenario gives.
    fn derived_is_fresh(state: AppState) {
        let scenario = state.scenario.get_untracked();
        assert!(state.projection.get_untracked() == project(&scenario));
        assert!(state.baseline.get_untracked() == project(&scenario.baseline()));
    }

    #[test]
    fn moves_in_place_keep_the_projections_and_undo_right() {
        let owner = Owner::new();
        owner.set();
        let start = voorbeeldregio();
        let state = AppState::new(start.clone());
        derived_is_fresh(state);

        // A drag of a lever: three moves, one undo step, the baseline as it was.
        for value in [
            Decimal::new(18, 2),
            Decimal::new(20, 2),
            Decimal::new(25, 2),
        ] {
            assert!(state.drag_knob(share(), value).unwrap().changed);
            derived_is_fresh(state);
        }
        state.end_drag();
        assert!(state.baseline.get_untracked() == project(&start.baseline()));

        // A figure of the data changes the baseline too.
        let tariff = Address::care_form("pleegzorg", FormField::TariffPerMonth);
        let value = state.scenario.get_untracked().knob_value(&tariff).unwrap();
        assert!(
            state
                .apply(Edit::set(tariff.clone(), value * Decimal::TWO))
                .unwrap()
                .changed
        );
        derived_is_fresh(state);
        assert!(state.baseline.get_untracked() != project(&start.baseline()));

        // A refused move changes nothing and makes no step.
        assert!(state.apply(Edit::set(share(), Decimal::TEN)).is_err());
        derived_is_fresh(state);

        state.undo();
        derived_is_fresh(state);
        assert_eq!(
            state.scenario.get_untracked().knob_value(&tariff),
            Some(value)
        );
        state.undo();
        derived_is_fresh(state);
        assert!(
            state.scenario.get_untracked() == start,
            "the drag was one step"
        );
        assert!(!state.can_undo.get_untracked());
        state.redo();
        derived_is_fresh(state);
        assert_eq!(
            state.scenario.get_untracked().knob_value(&share()),
            Some(Decimal::new(25, 2))
        );
    }
}

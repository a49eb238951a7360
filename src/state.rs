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
        let baseline_input = Memo::new(move |_| scenario.with(Scenario::baseline));
        let baseline = Memo::new(move |_| baseline_input.with(project));
        AppState {
            scenario,
            set_scenario,
            projection,
            baseline,
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
        let mut next = self.scenario.get_untracked();
        let applied = next.apply(edit).map_err(|refusal| refusal.text())?;
        // An edit that changes nothing (a slider pushed at its end) does
        // not re-project, redraw or make an undo step.
        if !applied.changed {
            if opens {
                self.origin.set(next);
            }
            return Ok(applied);
        }
        let joins = dragged
            .as_ref()
            .is_some_and(|knob| self.drag.with_value(|d| d.joins(knob)));
        self.history.update_value(|h| {
            // The state before is copied only when a step starts.
            if !joins {
                h.end_step();
            }
            h.record_with(|| (self.scenario.get_untracked(), self.origin.get_untracked()));
            if dragged.is_none() {
                h.end_step();
            }
        });
        let dragging = dragged.is_some();
        self.drag.update_value(|d| d.moved(dragged));
        if self.dragging.get_untracked() != dragging {
            self.dragging.set(dragging);
        }
        if opens {
            self.origin.set(next.clone());
        }
        self.set_scenario.set(next);
        if reshapes {
            self.reshaped.notify();
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

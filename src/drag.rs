//! One notion of a drag: a knob moved while a pointer or a key is held. It
//! starts with the first move ([`AppState::drag_knob`]) and ends when the
//! pointer or key is released ([`listen_for_drag_ends`]); what the drag
//! changed is one undo step, the scenario is projected at most once a frame
//! meanwhile, and autosave writes when it ends. No clock decides: a slow
//! hand (or a switch or screen-reader user) gets the same steps as a fast
//! one.
//!
//! The end of a drag: the key or pointer going up, `change` when no key is
//! held (a mouse or touch drag on a slider ends with it; an assistive
//! technology moving a slider sends no keys), `pointercancel`, and the
//! window losing focus (the key-up then goes elsewhere).

use jeugdscenario_engine::{Address, Applied, Edit, Text};
use leptos::ev;
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::state::AppState;

/// A move waiting for the next frame, with where its refusal is shown.
type Pending = (Address, Decimal, RwSignal<Option<Text>>);

/// The drag going on, kept in [`AppState`].
#[derive(Default)]
pub struct Drag {
    /// The knob being dragged; its moves join one undo step.
    pub(crate) knob: Option<Address>,
    /// A key is down (a held arrow key sends `change` with every step).
    key_held: bool,
    /// This frame has projected a move already.
    frame_used: bool,
    /// The last move of this frame that came after the first, applied at the
    /// next frame or when the drag ends, whichever comes first.
    pending: Option<Pending>,
}

impl AppState {
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
        let wait = self.drag.with_value(|d| d.frame_used);
        if wait {
            self.drag
                .update_value(|d| d.pending = Some((address, value, error)));
            return;
        }
        self.drag.update_value(|d| d.frame_used = true);
        error.set(self.drag_knob(address, value).err());
        request_animation_frame(move || {
            let _ = self.drag.try_update_value(|d| d.frame_used = false);
            self.apply_pending();
        });
    }

    fn apply_pending(self) {
        if let Some(Some((address, value, error))) =
            self.drag.try_update_value(|d| d.pending.take())
        {
            error.set(self.drag_knob(address, value).err());
        }
    }

    /// The drag ends: its last move is applied, its undo step is complete
    /// and autosave may write.
    pub fn end_drag(self) {
        self.apply_pending();
        let was_dragging = self.drag.try_update_value(|d| d.knob.take()).flatten();
        if was_dragging.is_some() {
            self.end_step();
        }
    }
}

/// Listens for the end of every drag on the page; a key going down is told
/// by the page's one keydown listener ([`key_down`]).
pub fn listen_for_drag_ends(state: AppState) {
    let key_up = window_event_listener(ev::keyup, move |_| {
        state.drag.update_value(|d| d.key_held = false);
        state.end_drag();
    });
    let change = window_event_listener(ev::change, move |_| {
        if !state.drag.with_value(|d| d.key_held) {
            state.end_drag();
        }
    });
    let up = window_event_listener(ev::pointerup, move |_| state.end_drag());
    let cancel = window_event_listener(ev::pointercancel, move |_| state.end_drag());
    let blur = window_event_listener(ev::blur, move |_| {
        state.drag.update_value(|d| d.key_held = false);
        state.end_drag();
    });
    on_cleanup(move || {
        key_up.remove();
        change.remove();
        up.remove();
        cancel.remove();
        blur.remove();
    });
}

/// A key went down (told by the page's keydown listener): a slider's
/// `change` during a held key does not end the drag.
pub fn key_down(state: AppState) {
    state.drag.update_value(|d| d.key_held = true);
}

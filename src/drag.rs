//! One notion of a drag: a knob moved while a pointer or a key is held. It
//! starts with the first move (`AppState::drag_knob`) and ends when the
//! pointer or key is released (the page's listeners in `lib.rs`); what the
//! drag changed is one undo step, the scenario is projected at most once a
//! frame meanwhile, and autosave writes when it ends. No clock decides: a
//! slow hand (or a switch or screen-reader user) gets the same steps as a
//! fast one.
//!
//! The end of a drag: the key or pointer going up, `change` when no key is
//! held (a mouse or touch drag on a slider ends with it; an assistive
//! technology moving a slider sends no keys), `pointercancel`, and the
//! window losing focus (the key-up then goes elsewhere).
//!
//! This is the drag's state and its rules, pure (tested natively); `state.rs`
//! applies the moves it lets through.

use jeugdscenario_engine::Address;

/// The drag going on: which knob, whether a key is down, and the moves of
/// this frame (`M`: a move, kept until it is applied).
#[derive(Debug)]
pub struct Drag<M> {
    /// The knob being dragged; its moves join one undo step.
    knob: Option<Address>,
    /// A key is down (a held arrow key sends `change` with every step).
    key_held: bool,
    /// This frame has applied a move already.
    frame_used: bool,
    /// The last move of this frame that came after the first, applied at the
    /// next frame or when the drag ends, whichever comes first.
    pending: Option<M>,
}

impl<M> Default for Drag<M> {
    fn default() -> Self {
        Drag {
            knob: None,
            key_held: false,
            frame_used: false,
            pending: None,
        }
    }
}

impl<M> Drag<M> {
    /// A move of `knob` joins the undo step of the drag going on.
    pub fn joins(&self, knob: &Address) -> bool {
        self.knob.as_ref() == Some(knob)
    }

    /// A move was applied: of `knob` during a drag, or (None) an edit of
    /// its own, which ends any drag.
    pub fn moved(&mut self, knob: Option<Address>) {
        self.knob = knob;
    }

    /// A move arrives in a frame: returned to apply now when it is the
    /// frame's first (`first_of_frame` then says to look again at the next
    /// frame), otherwise kept, replacing an earlier one of the frame.
    pub fn arrive(&mut self, m: M) -> Option<M> {
        if self.frame_used {
            self.pending = Some(m);
            None
        } else {
            self.frame_used = true;
            Some(m)
        }
    }

    /// The next frame: the move kept in the last one, to apply now.
    pub fn next_frame(&mut self) -> Option<M> {
        self.frame_used = false;
        self.pending.take()
    }

    /// The drag is ending: the move still kept, to apply first (it joins
    /// the drag's step).
    pub fn take_kept(&mut self) -> Option<M> {
        self.pending.take()
    }

    /// The drag ends; true when one was going on (its undo step is then
    /// complete).
    pub fn stop(&mut self) -> bool {
        self.knob.take().is_some()
    }

    /// A key went down or up.
    pub fn key(&mut self, held: bool) {
        self.key_held = held;
    }

    /// A `change` event ends the drag unless a key is held (a held arrow key
    /// sends one with every step).
    pub fn change_ends(&self) -> bool {
        !self.key_held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn knob(text: &str) -> Address {
        text.parse().unwrap()
    }

    #[test]
    fn moves_of_one_knob_join_until_another_edit() {
        let share = knob("levers.substitutions.a.share");
        let mut drag = Drag::<u32>::default();
        assert!(!drag.joins(&share), "the first move starts a step");
        drag.moved(Some(share.clone()));
        assert!(drag.joins(&share));
        assert!(!drag.joins(&knob("levers.substitutions.a.relapse")));
        drag.moved(None);
        assert!(!drag.joins(&share), "an edit of its own ends the drag");
    }

    #[test]
    fn a_frame_applies_its_first_move_and_keeps_only_its_last() {
        let mut drag = Drag::default();
        assert_eq!(drag.arrive(1), Some(1));
        assert_eq!(drag.arrive(2), None);
        assert_eq!(drag.arrive(3), None);
        assert_eq!(drag.next_frame(), Some(3), "the last of the frame, once");
        assert_eq!(drag.next_frame(), None);
        assert_eq!(drag.arrive(4), Some(4), "a new frame applies at once");
    }

    #[test]
    fn the_end_applies_what_is_kept_and_completes_the_step() {
        let share = knob("levers.substitutions.a.share");
        let mut drag = Drag::default();
        drag.moved(Some(share.clone()));
        assert_eq!(drag.arrive(1), Some(1));
        assert_eq!(drag.arrive(2), None);
        assert_eq!(drag.take_kept(), Some(2));
        assert!(
            drag.joins(&share),
            "the kept move still joins the drag's step"
        );
        assert!(drag.stop());
        assert_eq!(
            (drag.take_kept(), drag.stop()),
            (None, false),
            "a second end has nothing to do"
        );
        assert!(!drag.joins(&share));
    }

    #[test]
    fn a_change_ends_the_drag_unless_a_key_is_held() {
        let mut drag = Drag::<u32>::default();
        assert!(
            drag.change_ends(),
            "a mouse or touch drag ends with its change"
        );
        drag.key(true);
        assert!(
            !drag.change_ends(),
            "a held arrow key sends change with every step"
        );
        drag.key(false);
        assert!(drag.change_ends());
    }
}

//! Undo and redo over every edit of the working scenario. Pure, so the
//! tests run natively: the caller says when a step ends (a drag ends when
//! the pointer or key is released, see [`crate::drag`]), so many changes of
//! one drag are one step however long it takes, and two edits are two steps
//! however quickly they follow each other. No clock decides.

/// At least 100 steps back, as promised to users.
pub const MAX_STEPS: usize = 200;

#[derive(Debug, Clone)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    /// The last step takes further changes (a drag still going on).
    open: bool,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            open: false,
        }
    }
}

impl<T> History<T> {
    /// The last step takes further changes: a change now joins it (a drag
    /// goes on) and needs no copy of the state before.
    pub fn is_open(&self) -> bool {
        self.open && !self.past.is_empty()
    }

    /// Records a change. `previous` is the state before it when the change
    /// starts a step; `None` joins the open step ([`History::is_open`]), so
    /// a drag's later moves copy nothing.
    pub fn record(&mut self, previous: Option<T>) {
        if let Some(previous) = previous {
            self.past.push(previous);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.open = true;
    }

    /// The last step is complete: the next change starts a new one.
    pub fn end_step(&mut self) {
        self.open = false;
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.open = false;
        Some(previous)
    }

    /// The state to go forward to, given the current one.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.open = false;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change from `previous`, recorded as the app records it: the state
    /// before is given only when the change starts a step.
    fn change<T>(h: &mut History<T>, previous: T) {
        let previous = (!h.is_open()).then_some(previous);
        h.record(previous);
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::default();
        for state in 0..3 {
            change(&mut h, state);
            h.end_step();
        }
        // current state is 3
        assert_eq!(h.undo(3), Some(2));
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), Some(3));
        assert_eq!(h.redo(3), None);
    }

    #[test]
    fn a_drag_is_one_step_until_it_ends() {
        let mut h = History::default();
        for state in 0..4 {
            change(&mut h, state);
        }
        h.end_step();
        change(&mut h, 4);
        assert_eq!(h.undo(5), Some(4), "the change after the drag is a step");
        assert_eq!(h.undo(4), Some(0), "the four moves of the drag are one");
        assert!(!h.can_undo());
    }

    #[test]
    fn after_an_undo_the_next_change_is_a_new_step() {
        let mut h = History::default();
        change(&mut h, 0);
        change(&mut h, 1);
        assert_eq!(h.undo(2), Some(0));
        change(&mut h, 0);
        change(&mut h, 7);
        assert_eq!(h.undo(8), Some(0));
        assert_eq!(h.redo(0), Some(8));
        change(&mut h, 8);
        assert_eq!(h.undo(9), Some(8), "a redo ends the step too");
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_steps() {
        let mut h = History::default();
        change(&mut h, 0);
        assert_eq!(h.undo(1), Some(0));
        change(&mut h, 0);
        assert!(!h.can_redo());
    }

    #[test]
    fn keeps_at_least_a_hundred_steps() {
        let mut h = History::default();
        for i in 0..150 {
            change(&mut h, i);
            h.end_step();
        }
        let mut current = 150;
        let mut steps = 0;
        while let Some(previous) = h.undo(current) {
            current = previous;
            steps += 1;
        }
        assert_eq!(steps, 150);
        assert_eq!(current, 0);
    }
}

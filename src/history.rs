//! Undo and redo over every edit of the working scenario. Pure: the caller
//! passes the time, so a slider drag (many changes in quick succession) is
//! one step, and the tests run natively.

/// Changes closer together than this form one undo step (a slider drag).
pub const COALESCE_MS: f64 = 700.0;
/// At least 100 steps back, as promised to users.
pub const MAX_STEPS: usize = 200;

#[derive(Debug, Clone)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    last_change_ms: Option<f64>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last_change_ms: None,
        }
    }
}

impl<T> History<T> {
    /// Records that the state changed from `previous` at `now_ms`. A change
    /// soon after the previous one joins its step.
    #[cfg(test)]
    pub fn record(&mut self, previous: T, now_ms: f64) {
        self.record_with(|| previous, now_ms);
    }

    /// As [`History::record`], but makes the previous state only when it
    /// starts a step: a drag's later moves join its step and copy nothing.
    pub fn record_with(&mut self, previous: impl FnOnce() -> T, now_ms: f64) {
        let joins = self
            .last_change_ms
            .is_some_and(|t| now_ms - t < COALESCE_MS)
            && !self.past.is_empty();
        if !joins {
            self.past.push(previous());
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last_change_ms = Some(now_ms);
    }

    /// The next change starts a new step, even if it comes soon.
    pub fn break_step(&mut self) {
        self.last_change_ms = None;
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_change_ms = None;
        Some(previous)
    }

    /// The state to go forward to, given the current one.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last_change_ms = None;
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

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::default();
        h.record(0, 0.0);
        h.record(1, 1_000.0);
        h.record(2, 2_000.0);
        // current state is 3
        assert_eq!(h.undo(3), Some(2));
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), Some(3));
        assert_eq!(h.redo(3), None);
    }

    #[test]
    fn a_slider_drag_is_one_step() {
        let mut h = History::default();
        for (i, t) in [0.0, 50.0, 100.0, 150.0].iter().enumerate() {
            h.record(i, *t);
        }
        assert_eq!(h.undo(4), Some(0));
        assert!(!h.can_undo());
    }

    #[test]
    fn a_break_starts_a_new_step_however_soon() {
        let mut h = History::default();
        h.record(0, 0.0);
        h.break_step();
        h.record(1, 100.0);
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.undo(1), Some(0));
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_steps() {
        let mut h = History::default();
        h.record(0, 0.0);
        assert_eq!(h.undo(1), Some(0));
        h.record(0, 5_000.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn keeps_at_least_a_hundred_steps() {
        let mut h = History::default();
        for i in 0..150 {
            h.record(i, f64::from(i) * 1_000.0);
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

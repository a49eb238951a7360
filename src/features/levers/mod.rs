//! The levers column: every control a user moves.

pub mod bind;
mod budget;
mod control;
mod form_changes;
mod shift;
mod substitution;

pub use bind::{bound_lever, Range, Scale};
pub use budget::BudgetPanel;
pub use control::unique_id;
pub use form_changes::FormChangesPanel;
pub use shift::ShiftPanel;
pub use substitution::SubstitutionPanel;

//! The levers column: every control a user moves. Each number is an engine
//! knob shown by one generic control (`control::KnobControl`); each add or
//! remove button sends an engine edit.

mod budget;
mod control;
mod form_changes;
mod front_budget;
mod panel;
mod shift;
mod substitution;

pub use budget::BudgetPanel;
pub use control::KnobControl;
pub use form_changes::FormChangesPanel;
pub use front_budget::FrontBudgetPanel;
pub use panel::RemoveButton;
pub use shift::ShiftPanel;
pub use substitution::SubstitutionPanel;

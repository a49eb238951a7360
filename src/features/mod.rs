//! One folder per feature of the screen.

pub mod analysis;
pub mod cards;
pub mod charts;
pub mod compare;
pub mod levers;
pub mod municipalities;
pub mod own_data;
pub mod report;
pub mod results;
pub mod room;
pub mod scenarios;
pub mod sources;
pub mod targets;
pub mod topbar;
pub mod workshop;

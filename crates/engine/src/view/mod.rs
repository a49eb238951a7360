//! View models: what the app shows, as display-ready data from pure
//! functions, tested natively. Components only lay these out.

pub mod cards;
pub mod chart;
pub mod compare;
pub mod legends;
pub mod own_data;
pub mod report;
pub mod room;
pub mod sources;
pub mod tables;
pub mod target_form;
pub mod targets;

pub use cards::{headline_cards, Card, Tone};
pub use sources::{source_rows, SourceRow};

/// The years of the horizon, to choose one from (a target's year, goal
/// seek's, the uncertainty's).
pub fn year_choices(s: &crate::scenario::Scenario) -> Vec<crate::text::Choice> {
    s.year_range()
        .map(|y| (y.to_string(), crate::text::Text::same(y.to_string())))
        .collect()
}

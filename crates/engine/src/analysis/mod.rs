//! Analyses on the engine: why the balance changes (a waterfall per lever),
//! which number matters most (sensitivity), and which value of a knob
//! reaches a target (goal seek). All exact, on the Decimal projection.

pub mod fast;
pub mod fields;
pub mod goal_seek;
pub mod report;
pub mod sensitivity;
pub mod uncertainty;
pub mod waterfall;

use rust_decimal::Decimal;

use crate::projection::{project, Projection};
use crate::scenario::Scenario;
use crate::text::Text;

/// The figure an analysis looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The balance summed over every year of the horizon.
    Cumulative,
    /// The balance (income minus cost) of one year.
    BalanceIn(i32),
}

impl Measure {
    /// The measure of a projection; a year outside it counts as 0.
    pub fn of(self, p: &Projection) -> Decimal {
        match self {
            Measure::Cumulative => p.last().map_or(Decimal::ZERO, |y| y.cumulative_balance),
            Measure::BalanceIn(year) => p.year(year).map_or(Decimal::ZERO, |y| y.balance),
        }
    }

    /// The measure of a scenario's own projection.
    pub fn of_scenario(self, s: &Scenario) -> Decimal {
        self.of(&project(s))
    }

    pub fn label(self) -> Text {
        match self {
            Measure::Cumulative => Text::new("cumulatief saldo", "cumulative balance"),
            Measure::BalanceIn(year) => {
                Text::new(format!("saldo in {year}"), format!("balance in {year}"))
            }
        }
    }

    /// "cumulatief" or a year, as a command-line argument reads it.
    pub fn parse(text: &str) -> Option<Measure> {
        match text {
            "cumulatief" | "cumulative" => Some(Measure::Cumulative),
            year => year.parse().ok().map(Measure::BalanceIn),
        }
    }
}

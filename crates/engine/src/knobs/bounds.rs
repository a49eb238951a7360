//! The allowed range of every number a user can move: one source of truth for
//! the slider, the typed field, the file loader (`validate`) and the analyses.

use rust_decimal::Decimal;

use crate::scenario::{BudgetKind, Measure, Scenario, Target};
use crate::validate::ranges;

/// Allowed values of a knob, in the units the file stores (fractions for
/// percentages), and a sensible step for a slider or an arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub min: Decimal,
    pub max: Decimal,
    pub step: Decimal,
}

const fn bounds(min: Decimal, max: Decimal, step: Decimal) -> Bounds {
    Bounds { min, max, step }
}

fn whole(n: i64) -> Decimal {
    Decimal::from(n)
}

impl Bounds {
    pub fn contains(self, value: Decimal) -> bool {
        value >= self.min && value <= self.max
    }

    /// A share of inflow, a relapse, a mix share, the insured share: 0 to
    /// 100%, in steps of 0.5%.
    pub fn share() -> Bounds {
        bounds(Decimal::ZERO, Decimal::ONE, Decimal::new(5, 3))
    }

    /// A front budget's share: 0 to its ceiling, in steps of 0.5%.
    pub fn front_share(ceiling: Decimal) -> Bounds {
        bounds(
            Decimal::ZERO,
            ceiling.clamp(Decimal::ZERO, Decimal::ONE),
            Decimal::new(5, 3),
        )
    }

    /// Autonomous growth and indexation per year: -50% to +100%, in steps of
    /// 0.1%.
    pub fn trend() -> Bounds {
        bounds(Decimal::new(-5, 1), Decimal::ONE, Decimal::new(1, 3))
    }

    /// A per-form change of inflow, duration, tariff or intensity: -100% to
    /// +500%, in steps of 0.5%.
    pub fn change() -> Bounds {
        bounds(-Decimal::ONE, whole(5), Decimal::new(5, 3))
    }

    /// Years over which a lever grows to its target.
    pub fn ramp() -> Bounds {
        bounds(
            Decimal::ZERO,
            whole(ranges::MAX_RAMP_YEARS.into()),
            Decimal::ONE,
        )
    }

    /// A lever starts within the horizon.
    pub fn start_year(s: &Scenario) -> Bounds {
        bounds(
            whole(s.base_year.into()),
            whole(s.last_year().max(s.base_year).into()),
            Decimal::ONE,
        )
    }

    /// Clients on 1 January or inflow per year.
    pub fn clients() -> Bounds {
        bounds(Decimal::ZERO, whole(ranges::MAX_CLIENTS), Decimal::ONE)
    }

    pub fn duration_months() -> Bounds {
        bounds(
            Decimal::ONE,
            whole(ranges::MAX_DURATION_MONTHS),
            Decimal::ONE,
        )
    }

    /// A tariff per month or a price per trajectory.
    pub fn price() -> Bounds {
        bounds(Decimal::ZERO, whole(ranges::MAX_PRICE), Decimal::ONE)
    }

    /// An amount of a budget line: income may be negative (a cut), an
    /// expense not.
    pub fn budget_amount(kind: BudgetKind) -> Bounds {
        let max = whole(ranges::MAX_AMOUNT);
        let min = match kind {
            BudgetKind::Income => -max,
            BudgetKind::Expense => Decimal::ZERO,
        };
        bounds(min, max, Decimal::ONE)
    }

    pub fn investment_amount() -> Bounds {
        bounds(Decimal::ZERO, whole(ranges::MAX_AMOUNT), Decimal::ONE)
    }

    /// A municipality's weight in the key or its own use (normalised, so any
    /// scale works).
    pub fn weight() -> Bounds {
        bounds(Decimal::ZERO, whole(ranges::MAX_AMOUNT), Decimal::new(1, 3))
    }

    /// A target's threshold: a change against its reference (-100% to
    /// +500%), or a level in the measure's unit.
    pub fn target_value(target: &Target) -> Bounds {
        if target.reference.is_some() {
            return Bounds::change();
        }
        match target.measure {
            Measure::Balance => {
                let max = whole(ranges::MAX_AMOUNT);
                bounds(-max, max, Decimal::ONE)
            }
            measure => Bounds::level(measure),
        }
    }

    /// A reference level given as data: a measured level above 0 (a change
    /// against 0 does not exist), so one step is the least.
    pub fn reference_level(measure: Measure) -> Bounds {
        let level = Bounds::level(measure);
        bounds(level.step, level.max, level.step)
    }

    /// A measured level: a share, a number of clients or an amount.
    pub fn level(measure: Measure) -> Bounds {
        match measure {
            Measure::ClientsShare | Measure::CostShare => Bounds::share(),
            Measure::Clients | Measure::ClientsYearEnd | Measure::Inflow => {
                bounds(Decimal::ZERO, whole(ranges::MAX_CLIENTS), Decimal::ONE)
            }
            Measure::Cost | Measure::BudgetLine | Measure::Balance => {
                bounds(Decimal::ZERO, whole(ranges::MAX_AMOUNT), Decimal::ONE)
            }
        }
    }
}

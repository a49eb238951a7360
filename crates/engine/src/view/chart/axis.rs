//! A chart's y axis: from zero (a difference or a bar is never read larger
//! than it is), about five round ticks at 1, 2 or 5 times a power of ten,
//! and their labels as nl-NL numbers with the decimals the step needs.

use rust_decimal::Decimal;

use crate::nl::format_number;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Axis {
    /// From the lowest to the highest; zero among them.
    pub ticks: Vec<Decimal>,
    /// Decimals of every label: as many as the step has.
    pub decimals: u32,
}

impl Axis {
    /// The axis over `values` and zero, with a twenty-fifth of the range
    /// free above the highest value, so a line never runs along the frame.
    pub fn spanning(values: impl IntoIterator<Item = Decimal>) -> Axis {
        let (lo, hi) = values
            .into_iter()
            .fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let hi = hi + (hi - lo) / Decimal::from(25);
        Axis::between(lo, hi)
    }

    /// Round ticks from at or below `lo` to at or above `hi`.
    pub fn between(lo: Decimal, hi: Decimal) -> Axis {
        let hi = if hi > lo { hi } else { lo + Decimal::ONE };
        let step = round_step((hi - lo) / Decimal::from(5));
        let start = (lo / step).floor() * step;
        let end = (hi / step).ceil() * step;
        let mut ticks = vec![start];
        while let Some(&last) = ticks.last().filter(|&&t| t < end) {
            ticks.push(last + step);
        }
        Axis {
            ticks,
            decimals: step.normalize().scale(),
        }
    }

    pub fn low(&self) -> Decimal {
        self.ticks[0]
    }

    pub fn high(&self) -> Decimal {
        self.ticks[self.ticks.len() - 1]
    }

    /// The ticks with their labels: `1.250`, `-12,5`, `0`.
    pub fn labelled(&self) -> impl Iterator<Item = (Decimal, String)> + '_ {
        self.ticks.iter().map(|&t| {
            let label = if t.is_zero() {
                "0".to_string()
            } else {
                format_number(t, self.decimals)
            };
            (t, label)
        })
    }
}

/// The round step at or above `raw`: 1, 2, 5 or 10 times a power of ten.
fn round_step(raw: Decimal) -> Decimal {
    let ten = Decimal::TEN;
    // The power of ten at or below `raw` (raw is positive: hi > lo).
    let mut magnitude = Decimal::ONE;
    while magnitude * ten <= raw {
        magnitude *= ten;
    }
    while magnitude > raw && magnitude.scale() < 20 {
        magnitude /= ten;
    }
    let ratio = raw / magnitude;
    let factor = if ratio < Decimal::new(15, 1) {
        1
    } else if ratio < Decimal::from(3) {
        2
    } else if ratio < Decimal::from(7) {
        5
    } else {
        10
    };
    magnitude * Decimal::from(factor)
}

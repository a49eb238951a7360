//! The Analyse tab's bars: the waterfall (from the baseline to the scenario)
//! and the tornado (each knob down and up). Both are tables with a bar per
//! row, laid out here as percentages of the row's track, so the shell only
//! writes them as widths.

use rust_decimal::Decimal;

use crate::analysis::sensitivity::{Sensitivity, Swing};
use crate::analysis::waterfall::{Row, Waterfall};

/// Which way a bar goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarKind {
    /// Baseline and scenario, standing on zero.
    Total,
    Up,
    Down,
}

impl BarKind {
    /// The CSS modifier (`waterfall__bar--up`).
    pub fn class(self) -> &'static str {
        match self {
            BarKind::Total => "total",
            BarKind::Up => "up",
            BarKind::Down => "down",
        }
    }
}

/// A waterfall row with its bar: `left` and `width` in percent of the
/// span from the lowest to the highest point (zero among them), two
/// decimals, at least 0,4 wide so a step of nothing still shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaterfallBar {
    pub row: Row,
    pub left: Decimal,
    pub width: Decimal,
    pub kind: BarKind,
}

/// The least width of a bar, in percent.
fn least_width() -> Decimal {
    Decimal::new(4, 1)
}

pub fn waterfall_bars(w: &Waterfall) -> Vec<WaterfallBar> {
    // Totals stand on zero; a step floats from the level before.
    let mut level = Decimal::ZERO;
    let spans: Vec<(Row, Decimal, Decimal)> = w
        .rows()
        .into_iter()
        .map(|row| {
            let start = if row.total { Decimal::ZERO } else { level };
            let end = start + row.amount;
            level = end;
            (row, start, end)
        })
        .collect();
    let points = spans.iter().flat_map(|(_, a, b)| [*a, *b]);
    let (lo, hi) = points.fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let span = (hi - lo).max(Decimal::ONE);
    let at = |v: Decimal| ((v - lo) / span * Decimal::ONE_HUNDRED).round_dp(2);
    spans
        .into_iter()
        .map(|(row, start, end)| {
            let (a, b) = (at(start), at(end));
            let kind = if row.total {
                BarKind::Total
            } else if row.amount < Decimal::ZERO {
                BarKind::Down
            } else {
                BarKind::Up
            };
            WaterfallBar {
                row,
                left: a.min(b),
                width: (a - b).abs().max(least_width()),
                kind,
            }
        })
        .collect()
}

/// A tornado row's two bars, the effect down and up, in percent of the
/// widest knob's span (all rows of both tables on one scale), two decimals.
pub fn tornado_widths(s: &Sensitivity, swing: &Swing) -> (Decimal, Decimal) {
    let widest = s
        .swings
        .first()
        .map_or(Decimal::ONE, |w| w.span(s.base))
        .max(Decimal::ONE);
    let (down, up) = swing.effects(s.base);
    let width = |v: Decimal| (v.abs() / widest * Decimal::ONE_HUNDRED).round_dp(2);
    (width(down), width(up))
}

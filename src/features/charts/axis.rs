//! The y axis of the plotters charts: the engine's [`Axis`] (from zero,
//! round ticks, nl-NL labels) as coordinates to draw.

use jeugdscenario_engine::view::chart::Axis;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

/// The engine's axis over values computed in f64 for drawing (bars
/// stacked by adding, small multiples).
pub(super) fn axis_over(values: impl Iterator<Item = f64>) -> Axis {
    Axis::spanning(
        values
            .filter(|v| v.is_finite())
            .filter_map(Decimal::from_f64),
    )
}

/// An axis drawn: the range and each tick where it goes, with its label.
pub(super) struct Ticks {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<(f64, String)>,
}

impl From<&Axis> for Ticks {
    fn from(axis: &Axis) -> Ticks {
        let f = |v: Decimal| v.to_f64().unwrap_or(0.0);
        Ticks {
            lo: f(axis.low()),
            hi: f(axis.high()),
            ticks: axis.labelled().map(|(t, label)| (f(t), label)).collect(),
        }
    }
}

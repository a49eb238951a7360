//! The y axis of the plotters charts: the engine's [`Axis`] (from zero,
//! round ticks, nl-NL labels) as coordinates to draw.

use jeugdscenario_engine::view::chart::Axis;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A value of the engine's view models as a drawing coordinate.
pub(super) fn to_f64(v: &Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

/// An axis drawn: the range and each tick where it goes, with its label.
pub(super) struct Ticks {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<(f64, String)>,
}

impl From<&Axis> for Ticks {
    fn from(axis: &Axis) -> Ticks {
        Ticks {
            lo: to_f64(&axis.low()),
            hi: to_f64(&axis.high()),
            ticks: axis
                .labelled()
                .map(|(t, label)| (to_f64(&t), label))
                .collect(),
        }
    }
}

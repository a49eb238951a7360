//! The dot plot of one knob's choices in the knob table (the balance's
//! band is the engine's `room_chart`, drawn as every line chart is).

use jeugdscenario_engine::view::room::KnobSpread;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::fixed::fixed;

fn one(v: f64) -> String {
    fixed(v, 1)
}

/// Each participant's choice as a dot from the lowest (left) to the highest
/// (right), the median as a bar. Decoration only: the figures are in the
/// row's cells.
pub fn dots_svg(k: &KnobSpread) -> String {
    // The drawing is 120 x 24 with 6 on either side (the numbers in the SVG below).
    let (w, pad) = (120.0, 6.0);
    let span = (k.max - k.min).to_f64().unwrap_or(0.0);
    let x = |v: Decimal| {
        if span <= 0.0 {
            w / 2.0
        } else {
            pad + (w - 2.0 * pad) * (v - k.min).to_f64().unwrap_or(0.0) / span
        }
    };
    let mut svg = String::from(
        r##"<svg viewBox="0 0 120 24" width="120" height="24" aria-hidden="true" focusable="false"><line x1="6" x2="114" y1="12" y2="12" stroke="#8a96a0"/>"##,
    );
    for v in k.choices.iter().flatten() {
        svg.push_str(&format!(
            r##"<circle cx="{}" cy="12" r="4" fill="#0072b2" fill-opacity="0.55"/>"##,
            one(x(*v))
        ));
    }
    svg.push_str(&format!(
        r##"<rect x="{}" y="3" width="3" height="18" fill="#222"/></svg>"##,
        one(x(k.median) - 1.5)
    ));
    svg
}

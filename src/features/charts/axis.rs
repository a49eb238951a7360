//! The y axis of the plotters charts: round ticks, Dutch axis numbers, the
//! range a series needs.

/// Dutch axis numbers: 1.234 and -12,5.
pub(super) fn number_label(y: f64) -> String {
    let text = if y.abs() >= 100.0 || y.fract().abs() < 1e-9 {
        crate::fixed::fixed(y, 0)
    } else {
        crate::fixed::fixed(y, 1)
    };
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) if sign == "-" || grouped != "0" || f != "0" => format!("{sign}{grouped},{f}"),
        Some(_) => "0".into(),
        None if grouped == "0" => "0".into(),
        None => format!("{sign}{grouped}"),
    }
}

/// A "nice" axis from `lo` to `hi`: about five ticks at 1, 2 or 5 times a
/// power of ten, the range widened to whole ticks.
pub fn nice_axis(lo: f64, hi: f64) -> (f64, f64, Vec<f64>) {
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo, lo + 1.0) };
    let raw = (hi - lo) / 5.0;
    // The power of ten at or below `raw`, by steps: `powf` and `log10`
    // brought about 3 KB of libm into the wasm for this one line.
    let mut magnitude = 1.0f64;
    for _ in 0..40 {
        if magnitude * 10.0 <= raw {
            magnitude *= 10.0;
        } else if magnitude > raw {
            magnitude /= 10.0;
        } else {
            break;
        }
    }
    let step = magnitude
        * match raw / magnitude {
            n if n < 1.5 => 1.0,
            n if n < 3.0 => 2.0,
            n if n < 7.0 => 5.0,
            _ => 10.0,
        };
    let (start, end) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let count = ((end - start) / step).round() as usize;
    let ticks = (0..=count).map(|i| start + step * i as f64).collect();
    (start, end, ticks)
}

/// The values' range from zero, finite values only, with 4% room above.
pub(super) fn value_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| {
        if v.is_finite() {
            (lo.min(v), hi.max(v))
        } else {
            (lo, hi)
        }
    });
    (lo, hi + (hi - lo) * 0.04)
}

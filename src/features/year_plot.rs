//! A small SVG frame for charts of euros per year drawn by hand (fans,
//! bands and lines that plotters' series do not offer): the scale from
//! zero, the axes with round ticks in € mln (the unit written at the axis),
//! and points as SVG coordinates. The caller adds its polygons and lines and
//! closes the `<svg>`.

use jeugdscenario_engine::nl::format_number;
use rust_decimal::Decimal;

use crate::features::charts::nice_axis;
/// An SVG coordinate with one decimal.
pub fn one(v: f64) -> String {
    crate::fixed::fixed(v, 1)
}

pub struct YearPlot {
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
    steps: usize,
}

impl YearPlot {
    /// A frame of `width` x `height` for `years` years spanning `values`
    /// and zero, so a bar or a gap is never read larger than it is.
    pub fn new(
        width: f64,
        height: f64,
        years: usize,
        values: impl Iterator<Item = f64>,
    ) -> YearPlot {
        let (lo, hi) = values
            .filter(|v| v.is_finite())
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        // No values at all (no shared year): an empty frame, not NaN.
        let hi = if hi - lo < 1.0 { lo + 1.0 } else { hi };
        let (lo, hi, ticks) = nice_axis(lo, hi);
        YearPlot {
            width,
            height,
            left: 72.0,
            right: 24.0,
            top: 24.0,
            bottom: 28.0,
            lo,
            hi,
            ticks,
            steps: years.max(2) - 1,
        }
    }

    pub fn x(&self, i: usize) -> f64 {
        self.left + (self.width - self.left - self.right) * i as f64 / self.steps as f64
    }

    pub fn y(&self, v: f64) -> f64 {
        self.top + (self.height - self.top - self.bottom) * (self.hi - v) / (self.hi - self.lo)
    }

    /// `x,y x,y ...` of one value per year.
    pub fn points(&self, values: &[f64]) -> String {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", one(self.x(i)), one(self.y(*v))))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A closed band between two series of one value per year.
    pub fn band(&self, upper: &[f64], lower: &[f64]) -> String {
        let mut points: Vec<String> = upper
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", one(self.x(i)), one(self.y(*v))))
            .collect();
        points.extend(
            lower
                .iter()
                .enumerate()
                .rev()
                .map(|(i, v)| format!("{},{}", one(self.x(i)), one(self.y(*v)))),
        );
        points.join(" ")
    }

    /// The tick labels: millions, with a decimal when the step is smaller.
    pub fn tick_labels(&self) -> Vec<(f64, String)> {
        let step = match self.ticks.as_slice() {
            [a, b, ..] => b - a,
            _ => 1e6,
        };
        let decimals = if step < 1e6 { 1 } else { 0 };
        self.ticks
            .iter()
            .map(|v| {
                let millions =
                    Decimal::from_f64_retain((v / 1e5).round() / 10.0).unwrap_or_default();
                (*v, format_number(millions, decimals))
            })
            .collect()
    }

    /// The opening `<svg>` with its text alternative, the gridlines at round
    /// values from zero with their € mln (zero darker), the unit, and the years.
    pub fn open(&self, class: &str, description: &str, years: &[i32]) -> String {
        let (w, h, left) = (one(self.width), one(self.height), one(self.left));
        let label_x = one(self.left - 6.0);
        let mut svg = format!(
            r##"<svg class="{class}" viewBox="0 0 {w} {h}" role="img" aria-label="{description}" xmlns="http://www.w3.org/2000/svg"><text x="{label_x}" y="14" text-anchor="end" font-size="13" fill="#3d4a55">€ mln</text>"##,
        );
        for (v, label) in self.tick_labels() {
            let y = one(self.y(v));
            let stroke = if v == 0.0 { "#3d4a55" } else { "#c8cdd2" };
            svg.push_str(&format!(
                r##"<line x1="{left}" x2="{}" y1="{y}" y2="{y}" stroke="{stroke}"/><text x="{label_x}" y="{}" text-anchor="end" font-size="13" fill="#3d4a55">{label}</text>"##,
                one(self.width - self.right),
                one(self.y(v) + 4.0),
            ));
        }
        let every = if years.len() > 10 { 2 } else { 1 };
        for (i, year) in years.iter().enumerate().filter(|(i, _)| i % every == 0) {
            svg.push_str(&format!(
                r##"<text x="{}" y="{}" text-anchor="middle" font-size="13" fill="#3d4a55">{year}</text>"##,
                one(self.x(i)),
                one(self.height - 8.0)
            ));
        }
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_values_give_an_empty_frame_without_nan() {
        let plot = YearPlot::new(440.0, 200.0, 0, std::iter::empty());
        assert!(plot.y(0.0).is_finite() && plot.x(0).is_finite());
        assert!(!plot.open("fan", "leeg", &[]).contains("NaN"));
    }

    #[test]
    fn the_scale_starts_at_zero_with_round_ticks_in_millions() {
        // Costs of 190 to 290 million: the axis runs from 0 to 300 million
        // by 50, labelled 0, 50, ..., 300 with the unit beside it.
        let plot = YearPlot::new(440.0, 200.0, 2, [190e6, 290e6].into_iter());
        let labels: Vec<String> = plot.tick_labels().into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, ["0", "50", "100", "150", "200", "250", "300"]);
        assert_eq!(plot.y(300e6), 24.0);
        assert_eq!(plot.y(0.0), 200.0 - 28.0);
        assert!(plot
            .open("fan", "x", &[2026, 2027])
            .contains(">€ mln</text>"));
    }

    #[test]
    fn negative_values_keep_zero_at_the_top_and_small_steps_a_decimal() {
        let plot = YearPlot::new(440.0, 200.0, 3, [-1.2e6, -0.5e6].into_iter());
        assert_eq!(
            plot.y(0.0),
            24.0,
            "zero is the top when all values are negative"
        );
        let labels: Vec<String> = plot.tick_labels().into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels.first().map(String::as_str), Some("-1,2"));
        assert_eq!(labels.last().map(String::as_str), Some("0,0"));
        assert_eq!(plot.x(0), 72.0);
        assert_eq!(plot.x(2), 440.0 - 24.0);
        let svg = plot.open("fan", "beschrijving", &[2026, 2027, 2028]);
        assert!(svg.contains(r#"role="img" aria-label="beschrijving""#));
        assert!(svg.contains(">2027</text>"));
    }
}

//! A small SVG frame for charts of euros per year drawn by hand (fans,
//! bands and lines that plotters' series do not offer): the scale, the
//! axes with labels in € mln, and points as SVG coordinates. The caller
//! adds its polygons and lines and closes the `<svg>`.

use jeugdscenario_engine::nl::format_euro_millions;
use rust_decimal::Decimal;

pub struct YearPlot {
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    lo: f64,
    hi: f64,
    steps: usize,
}

impl YearPlot {
    /// A frame of `width` x `height` for `years` years spanning `values`,
    /// and zero where `with_zero` (a balance: is it above or below zero?).
    pub fn new(
        width: f64,
        height: f64,
        years: usize,
        values: impl Iterator<Item = f64>,
        with_zero: bool,
    ) -> YearPlot {
        let zero = with_zero.then_some(0.0);
        let (lo, hi) = values
            .chain(zero)
            .filter(|v| v.is_finite())
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        // No values at all (no shared year): an empty frame, not NaN.
        let (lo, hi) = if lo > hi { (0.0, 1.0) } else { (lo, hi) };
        YearPlot {
            width,
            height,
            left: 72.0,
            right: 24.0,
            top: 12.0,
            bottom: 28.0,
            lo,
            hi: if hi - lo < 1.0 { lo + 1.0 } else { hi },
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
            .map(|(i, v)| format!("{:.1},{:.1}", self.x(i), self.y(*v)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A closed band between two series of one value per year.
    pub fn band(&self, upper: &[f64], lower: &[f64]) -> String {
        let mut points: Vec<String> = upper
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", self.x(i), self.y(*v)))
            .collect();
        points.extend(
            lower
                .iter()
                .enumerate()
                .rev()
                .map(|(i, v)| format!("{:.1},{:.1}", self.x(i), self.y(*v))),
        );
        points.join(" ")
    }

    /// The opening `<svg>` with its text alternative, the gridlines at the
    /// highest, lowest and zero value with their € mln, and the years.
    pub fn open(&self, class: &str, description: &str, years: &[i32]) -> String {
        let (w, h, left) = (self.width, self.height, self.left);
        let mut svg = format!(
            r#"<svg class="{class}" viewBox="0 0 {w} {h}" role="img" aria-label="{description}" xmlns="http://www.w3.org/2000/svg">"#
        );
        let mut ticks = vec![self.hi, self.lo];
        if self.lo < 0.0 && self.hi > 0.0 {
            ticks.push(0.0);
        }
        for v in ticks {
            let y = self.y(v);
            let label =
                format_euro_millions(Decimal::from_f64_retain(v.round()).unwrap_or_default())
                    .replace(" mln", "");
            svg.push_str(&format!(
                r##"<line x1="{left}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#c8cdd2"/><text x="{}" y="{:.1}" text-anchor="end" font-size="13" fill="#3d4a55">{label}</text>"##,
                w - self.right,
                left - 6.0,
                y + 4.0,
            ));
        }
        let every = if years.len() > 10 { 2 } else { 1 };
        for (i, year) in years.iter().enumerate().filter(|(i, _)| i % every == 0) {
            svg.push_str(&format!(
                r##"<text x="{:.1}" y="{}" text-anchor="middle" font-size="13" fill="#3d4a55">{year}</text>"##,
                self.x(i),
                h - 8.0
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
        let plot = YearPlot::new(440.0, 200.0, 0, std::iter::empty(), false);
        assert!(plot.y(0.0).is_finite() && plot.x(0).is_finite());
        assert!(!plot.open("fan", "leeg", &[]).contains("NaN"));
    }

    #[test]
    fn without_zero_the_scale_spans_the_values_alone() {
        let plot = YearPlot::new(440.0, 200.0, 2, [190.0, 290.0].into_iter(), false);
        assert_eq!(plot.y(290.0), 12.0);
        assert_eq!(plot.y(190.0), 200.0 - 28.0);
    }

    #[test]
    fn the_scale_spans_the_values_and_zero() {
        let plot = YearPlot::new(440.0, 200.0, 3, [-10.0, -5.0].into_iter(), true);
        assert_eq!(
            plot.y(0.0),
            12.0,
            "zero is the top when all values are negative"
        );
        assert_eq!(plot.y(-10.0), 200.0 - 28.0);
        assert_eq!(plot.x(0), 72.0);
        assert_eq!(plot.x(2), 440.0 - 24.0);
        let svg = plot.open("fan", "beschrijving", &[2026, 2027, 2028]);
        assert!(svg.contains(r#"role="img" aria-label="beschrijving""#));
        assert!(svg.contains(">2027</text>"));
    }
}

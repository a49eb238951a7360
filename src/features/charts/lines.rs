//! Line charts on the plotters path: lines told apart by dash and marker
//! (never colour alone), one chart or a group of small multiples.

use plotters::prelude::*;

use super::axis::{nice_axis, value_range};
use super::draw::{
    axes, full_chart, year_bounds, year_step, Area, DrawResult, Labels, LABEL_SIZE, WIDTH,
};
use super::drawing::Anchor;

/// Marker shapes that tell lines apart without colour.
#[derive(Clone, Copy, PartialEq)]
pub enum Marker {
    Circle,
    Triangle,
}

#[derive(Clone, PartialEq)]
pub struct Line {
    pub colour: RGBColor,
    pub marker: Marker,
    pub dashed: bool,
    pub values: Vec<f64>,
}

pub(super) fn draw_lines(
    root: &Area,
    labels: &mut Labels,
    years: &[i32],
    lines: &[Line],
    y_desc: &str,
    label: u32,
) -> DrawResult {
    // The axis starts at zero: a difference between lines is not made to
    // look larger than it is.
    let values = lines.iter().flat_map(|l| l.values.iter().copied());
    let mut chart = full_chart(root, labels, years, values.chain([0.0]), 0.4, y_desc, label)?;
    for line in lines {
        // A year without a figure (NaN) is left out of the line.
        let points: Vec<(f64, f64)> = years
            .iter()
            .zip(&line.values)
            .filter(|(_, v)| v.is_finite())
            .map(|(y, v)| (f64::from(*y), *v))
            .collect();
        let style = line.colour.stroke_width(if line.dashed { 3 } else { 4 });
        if line.dashed {
            chart.draw_series(DashedLineSeries::new(points.clone(), 10, 7, style))?;
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style))?;
        }
        let fill = line.colour.filled();
        match line.marker {
            Marker::Circle => chart.draw_series(points.iter().map(|p| Circle::new(*p, 6, fill)))?,
            // An upward triangle around the point, in pixels: plotters'
            // TriangleMarker works its corners out with sin and cos, which
            // cost the wasm libm's trigonometry (5 KB) for three constants.
            Marker::Triangle => chart.draw_series(points.iter().map(|p| {
                EmptyElement::at(*p) + Polygon::new(vec![(0, -8), (7, 4), (-7, 4)], fill)
            }))?,
        };
    }
    Ok(())
}

/// One small chart of a group of small multiples.
#[derive(Clone, PartialEq)]
pub struct Panel {
    pub title: String,
    pub colour: RGBColor,
    pub values: Vec<f64>,
}

pub(super) fn small_multiples(
    root: &Area,
    labels: &mut Labels,
    years: &[i32],
    panels: &[Panel],
    label: u32,
) -> DrawResult {
    // A panel's labels are smaller than a full chart's (16 units) where
    // the chart is shown at its own size; shown small or read from afar
    // they are as large as the full chart's, which is the smallest readable.
    let tick = if label > LABEL_SIZE { label } else { 16 };
    let (title, sized) = (tick + 3, |base: u32| base * tick / 16);
    let y_area = sized(58);
    let step = year_step(years, tick, WIDTH / 3 - y_area - 20);
    for (area, panel) in root.split_evenly((2, 3)).iter().zip(panels) {
        let (lo, hi) = value_range(panel.values.iter().copied());
        let (lo, hi, ticks) = nice_axis(lo, hi);
        let (x0, x1) = year_bounds(years, 0.4);
        let (columns, rows) = area.get_pixel_range();
        let mut chart = ChartBuilder::on(area)
            .margin_top(sized(34))
            .margin_right(14)
            .margin_left(6)
            .x_label_area_size(sized(30))
            .y_label_area_size(y_area)
            .build_cartesian_2d(x0..x1, lo..hi)?;
        labels.push(
            (
                (columns.start + columns.end) / 2,
                rows.start + sized(18) as i32,
            ),
            Anchor::Middle,
            title,
            true,
            &panel.title,
        );
        let every = if tick > 16 { 2 } else { 1 };
        axes(&mut chart, labels, years, &ticks, "", (step, every), tick)?;
        let points: Vec<(f64, f64)> = years
            .iter()
            .zip(&panel.values)
            .map(|(y, v)| (f64::from(*y), *v))
            .collect();
        chart.draw_series(AreaSeries::new(points.clone(), 0.0, panel.colour.mix(0.18)))?;
        chart.draw_series(LineSeries::new(
            points.clone(),
            panel.colour.stroke_width(4),
        ))?;
        chart.draw_series(
            points
                .iter()
                .map(|p| Circle::new(*p, 4, panel.colour.filled())),
        )?;
    }
    Ok(())
}

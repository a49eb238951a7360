//! Line charts on the plotters path: lines told apart by dash and marker
//! (never colour alone), one chart or a group of small multiples.

use jeugdscenario_engine::text::Lang;
use jeugdscenario_engine::view::chart::{ClientsChart, Dash, LineChart, Marker};
use plotters::prelude::*;

use super::axis::{to_f64, Ticks};
use super::drawing::{Anchor, WIDTH};
use super::layout::{
    axes, full_chart, year_bounds, year_step, Area, DrawResult, Labels, LABEL_SIZE,
};
use super::palette::{group_colour, tone_colour, INK};

/// An engine line chart: its bands under its lines, on the engine's axis.
pub(super) fn draw_lines(
    root: &Area,
    labels: &mut Labels,
    line_chart: &LineChart,
    lang: Lang,
    label: u32,
) -> DrawResult {
    let years = &line_chart.years;
    let ticks = Ticks::from(&line_chart.axis());
    let unit = line_chart.unit.get(lang);
    let mut chart = full_chart(root, labels, years, &ticks, 0.4, unit, label)?;
    let x = |i: usize| f64::from(years[i]);
    for band in &line_chart.bands {
        let mut outline: Vec<(f64, f64)> = band
            .upper
            .iter()
            .enumerate()
            .map(|(i, v)| (x(i), to_f64(v)))
            .collect();
        outline.extend(
            band.lower
                .iter()
                .enumerate()
                .rev()
                .map(|(i, v)| (x(i), to_f64(v))),
        );
        let shade = if band.strong { 0.36 } else { 0.18 };
        chart.draw_series(std::iter::once(Polygon::new(
            outline,
            tone_colour(band.tone).mix(shade).filled(),
        )))?;
    }
    for line in &line_chart.lines {
        // A year without a figure is left out of the line.
        let points: Vec<(f64, f64)> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((x(i), to_f64(v.as_ref()?))))
            .collect();
        let colour = tone_colour(line.style.tone);
        let solid = line.style.dash == Dash::Solid;
        let style = colour.stroke_width(if solid { 4 } else { 3 });
        match line.style.dash {
            Dash::Solid => chart.draw_series(LineSeries::new(points.clone(), style))?,
            Dash::Dashed => {
                chart.draw_series(DashedLineSeries::new(points.clone(), 10, 7, style))?
            }
            Dash::Dotted => {
                chart.draw_series(DashedLineSeries::new(points.clone(), 3, 6, style))?
            }
            Dash::Long => chart.draw_series(DashedLineSeries::new(points.clone(), 18, 5, style))?,
        };
        let fill = colour.filled();
        // Shapes around the point, in pixels: plotters' TriangleMarker works
        // its corners out with sin and cos, which cost the wasm libm's
        // trigonometry (5 KB) for three constants.
        let shape = |corners: &[(i32, i32)]| {
            let corners = corners.to_vec();
            points
                .iter()
                .map(move |p| EmptyElement::at(*p) + Polygon::new(corners.clone(), fill))
        };
        match line.style.marker {
            Marker::None => {}
            Marker::Circle => {
                chart.draw_series(points.iter().map(|p| Circle::new(*p, 6, fill)))?;
            }
            Marker::Triangle => {
                chart.draw_series(shape(&[(0, -8), (7, 4), (-7, 4)]))?;
            }
            Marker::Square => {
                chart.draw_series(shape(&[(-6, -6), (6, -6), (6, 6), (-6, 6)]))?;
            }
            Marker::Diamond => {
                chart.draw_series(shape(&[(0, -8), (8, 0), (0, 8), (-8, 0)]))?;
            }
        }
    }
    Ok(())
}

/// Small multiples: a chart per care group and one for all groups, each
/// on its own axis (3 columns, 2 rows).
pub(super) fn small_multiples(
    root: &Area,
    labels: &mut Labels,
    clients: &ClientsChart,
    lang: Lang,
    label: u32,
) -> DrawResult {
    let years = &clients.years;
    // A panel's labels are smaller than a full chart's (16 units) where
    // the chart is shown at its own size; shown small or read from afar
    // they are as large as the full chart's, which is the smallest readable.
    let tick = if label > LABEL_SIZE { label } else { 16 };
    let (title, sized) = (tick + 3, |base: u32| base * tick / 16);
    let y_area = sized(58);
    let step = year_step(years, tick, WIDTH / 3 - y_area - 20);
    for (area, panel) in root.split_evenly((2, 3)).iter().zip(&clients.panels) {
        let ticks = Ticks::from(&panel.axis());
        let colour = panel.group.map_or(INK, group_colour);
        let (lo, hi) = (ticks.lo, ticks.hi);
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
            panel.title.get(lang),
        );
        let every = if tick > 16 { 2 } else { 1 };
        axes(&mut chart, labels, years, &ticks, "", (step, every), tick)?;
        let points: Vec<(f64, f64)> = years
            .iter()
            .zip(&panel.values)
            .map(|(y, v)| (f64::from(*y), to_f64(v)))
            .collect();
        chart.draw_series(AreaSeries::new(points.clone(), 0.0, colour.mix(0.18)))?;
        chart.draw_series(LineSeries::new(points.clone(), colour.stroke_width(4)))?;
        chart.draw_series(points.iter().map(|p| Circle::new(*p, 4, colour.filled())))?;
    }
    Ok(())
}

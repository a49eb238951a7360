//! The charts laid out with plotters into a [`Drawing`] (shapes and labels),
//! from one description of each chart ([`Figure`]); `drawing.rs` paints it
//! on a canvas on screen and writes it as SVG for downloads and print, so
//! both show the same. Coordinates are f64 for drawing only; every figure a
//! user reads as a number comes from the Decimal tables beside the charts.
//!
//! Axis labels are kept apart from plotters ([`Labels`]) and written as
//! text that the browser aligns. (Plotters' own labels measure every string
//! by adding a span to the page and reading its size, which forces a layout
//! of the whole page per label: tens per slider step.) This also keeps the
//! charts free of any font measuring, so they lay out natively.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use jeugdscenario_engine::text::Lang;
use jeugdscenario_engine::view::chart::{ClientsChart, CostChart, LineChart};

use super::axis::{to_f64, Ticks};
use super::drawing::{Anchor, Colour, Label, Recorder};
pub use super::drawing::{Drawing, HEIGHT, WIDTH};
use super::lines::{draw_lines, small_multiples};
use super::palette::{GAP, GRID, INK};

/// The labels' size in the drawing's units when the chart is shown at
/// about its own width (downloads, print, a laptop).
pub const LABEL_SIZE: u32 = 21;
/// The largest label size: shown small (a phone) or read from afar (a
/// projector) the labels grow, and the plot area gives them room.
pub const MAX_LABEL_SIZE: u32 = 64;

/// A length of the layout that holds labels, grown with the label size.
fn grown(base: u32, label: u32) -> u32 {
    base * label / LABEL_SIZE
}

pub(super) type Area = DrawingArea<Recorder, Shift>;
type Chart<'a> = ChartContext<'a, Recorder, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
pub(super) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// The labels of one chart, gathered while plotters lays it out.
#[derive(Default)]
pub(super) struct Labels(Vec<Label>);

impl Labels {
    pub(super) fn push(
        &mut self,
        at: (i32, i32),
        anchor: Anchor,
        size: u32,
        bold: bool,
        content: &str,
    ) {
        self.0.push(Label {
            at,
            anchor,
            size,
            bold,
            upright: false,
            content: content.to_string(),
        });
    }

    fn push_upright(&mut self, at: (i32, i32), size: u32, content: &str) {
        self.0.push(Label {
            at,
            anchor: Anchor::Middle,
            size,
            bold: false,
            upright: true,
            content: content.to_string(),
        });
    }
}

/// A chart's drawing: what `svg` writes and `paint` puts on a canvas.
#[derive(Clone, PartialEq)]
pub struct Figure {
    /// What the chart shows, for screen readers.
    pub description: String,
    pub plot: Plot,
}

/// The three kinds of chart.
#[derive(Clone, PartialEq)]
pub enum Plot {
    /// Stacked bars of cost per year (one segment per series) with the
    /// income as a line over them; where cost rises above income the gap is
    /// shaded.
    /// The engine's cost chart, each stack in the colour of its legend
    /// entry.
    Cost(CostChart, Vec<RGBColor>, Lang),
    /// An engine line chart: bands and lines told apart by dash and
    /// marker, its unit in the language shown.
    Lines(LineChart, Lang),
    /// Small multiples: one line chart per panel, each with its own y axis,
    /// so a small group is not flattened by a large one (3 columns, 2 rows).
    Panels(ClientsChart, Lang),
}

impl Plot {
    fn years(&self) -> &[i32] {
        match self {
            Plot::Cost(chart, ..) => &chart.years,
            Plot::Lines(chart, _) => &chart.years,
            Plot::Panels(chart, _) => &chart.years,
        }
    }

    fn draw(&self, root: &Area, labels: &mut Labels, label: u32) -> DrawResult {
        if self.years().is_empty() {
            return Ok(());
        }
        match self {
            Plot::Cost(chart, colours, lang) => {
                stacked_cost(root, labels, chart, colours, *lang, label)
            }
            Plot::Lines(chart, lang) => draw_lines(root, labels, chart, *lang, label),
            Plot::Panels(chart, lang) => small_multiples(root, labels, chart, *lang, label),
        }
    }
}

impl Figure {
    /// An engine line chart in the language shown.
    pub fn of_lines(chart: LineChart, lang: Lang) -> Figure {
        Figure {
            description: chart.description.get(lang).to_string(),
            plot: Plot::Lines(chart, lang),
        }
    }

    /// The chart's shapes and labels: what the canvas shows and the SVG
    /// holds.
    pub fn drawing(&self) -> Drawing {
        self.drawing_at(LABEL_SIZE)
    }

    /// The same with labels of `label` units, the layout making room for them.
    pub fn drawing_at(&self, label: u32) -> Drawing {
        let recorder = Rc::new(RefCell::new(Recorder::default()));
        let mut labels = Labels::default();
        // The recorder cannot fail; a layout plotters refuses (no room)
        // leaves the chart blank, and the table beside it still holds every
        // number.
        let _ = self
            .plot
            .draw(&DrawingArea::from(&recorder), &mut labels, label);
        let shapes = std::mem::take(&mut recorder.borrow_mut().shapes);
        Drawing {
            shapes,
            labels: labels.0,
            ink: Colour::of(INK.to_backend_color()),
        }
    }

    /// The chart as SVG, named by its description.
    pub fn svg(&self) -> String {
        self.drawing().svg(&self.description)
    }
}

/// Grid lines, axis lines, year and value labels and the axis title.
pub(super) fn axes(
    chart: &mut Chart,
    labels: &mut Labels,
    years: &[i32],
    ticks: &Ticks,
    y_desc: &str,
    // A label on every n-th year and every n-th tick.
    (year_step, tick_every): (usize, usize),
    label_size: u32,
) -> DrawResult {
    let x_range = chart.x_range();
    let (x0, x1) = (x_range.start, x_range.end);
    // Every tick a grid line; a label on every `tick_every`-th (large labels
    // in a small panel would touch).
    for (i, (t, text)) in ticks.ticks.iter().enumerate() {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x0, *t), (x1, *t)],
            GRID.stroke_width(1),
        )))?;
        if i % tick_every != 0 {
            continue;
        }
        let (px, py) = chart.backend_coord(&(x0, *t));
        labels.push((px - 8, py), Anchor::End, label_size, false, text);
    }
    let (bottom, top) = (ticks.lo, ticks.hi);
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(x0, bottom), (x1, bottom)],
        INK.stroke_width(2),
    )))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(x0, bottom), (x0, top)],
        INK.stroke_width(2),
    )))?;
    if bottom < 0.0 && top > 0.0 {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x0, 0.0), (x1, 0.0)],
            INK.stroke_width(2),
        )))?;
    }
    for (i, year) in years.iter().enumerate() {
        if i % year_step.max(1) != 0 {
            continue;
        }
        let (px, py) = chart.backend_coord(&(f64::from(*year), bottom));
        labels.push(
            (px, py + label_size as i32),
            Anchor::Middle,
            label_size,
            false,
            &year.to_string(),
        );
    }
    if !y_desc.is_empty() {
        let (_, y_top) = chart.backend_coord(&(x0, top));
        let (px, y_bottom) = chart.backend_coord(&(x0, bottom));
        let offset = grown(62, label_size) as i32;
        labels.push_upright((px - offset, (y_top + y_bottom) / 2), label_size, y_desc);
    }
    Ok(())
}

/// A chart filling the whole drawing on the y axis `ticks`, with grid,
/// axes and labels drawn; `pad` is the room left and right of the first
/// and last year.
pub(super) fn full_chart<'a>(
    root: &'a Area,
    labels: &mut Labels,
    years: &[i32],
    ticks: &Ticks,
    pad: f64,
    y_desc: &str,
    label: u32,
) -> Result<Chart<'a>, Box<dyn std::error::Error>> {
    let (lo, hi) = (ticks.lo, ticks.hi);
    let (x0, x1) = year_bounds(years, pad);
    let y_area = grown(84, label);
    let mut chart = ChartBuilder::on(root)
        .margin(14)
        .x_label_area_size(grown(44, label))
        .y_label_area_size(y_area)
        .build_cartesian_2d(x0..x1, lo..hi)?;
    let step = year_step(years, label, WIDTH.saturating_sub(y_area + 28));
    axes(&mut chart, labels, years, ticks, y_desc, (step, 1), label)?;
    Ok(chart)
}

pub(super) fn year_bounds(years: &[i32], pad: f64) -> (f64, f64) {
    let first = f64::from(years[0]);
    let last = f64::from(*years.last().unwrap_or(&years[0]));
    (first - pad, last + pad)
}

/// Every year, or every second, third, ... year, so that year labels of
/// `label` units never collide across a plot `width` units wide (a year
/// takes about 2.8 label heights: four digits and a gap).
pub(super) fn year_step(years: &[i32], label: u32, width: u32) -> usize {
    let per_year = f64::from(width) / years.len().max(1) as f64;
    let needed = 2.8 * f64::from(label);
    ((needed / per_year).ceil() as usize).max(1)
}

fn stacked_cost(
    root: &Area,
    labels: &mut Labels,
    cost: &CostChart,
    colours: &[RGBColor],
    lang: Lang,
    label: u32,
) -> DrawResult {
    let years = &cost.years;
    let totals: Vec<f64> = cost.totals().iter().map(to_f64).collect();
    let income: Vec<f64> = cost.income.iter().map(to_f64).collect();
    let ticks = Ticks::from(&cost.axis());
    let unit = cost.unit.get(lang);
    let mut chart = full_chart(root, labels, years, &ticks, 0.6, unit, label)?;
    // Series by series (segments of a stack never overlap), so a painter
    // changes colour once per series, not once per segment.
    let mut bottoms = vec![0.0; years.len()];
    for (stack, colour) in cost.stacks.iter().zip(colours) {
        chart.draw_series(years.iter().zip(&mut bottoms).enumerate().map(
            |(i, (year, bottom))| {
                let x = f64::from(*year);
                let top = *bottom + to_f64(&stack.values[i]);
                let bar = Rectangle::new([(x - 0.34, *bottom), (x + 0.34, top)], colour.filled());
                *bottom = top;
                bar
            },
        ))?;
    }
    for (i, year) in years.iter().enumerate() {
        if cost.totals()[i] > cost.income[i] {
            let x = f64::from(*year);
            let gap = [(x - 0.42, income[i]), (x + 0.42, totals[i])];
            chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.mix(0.28).filled())))?;
            chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.stroke_width(2))))?;
        }
    }
    let points: Vec<(f64, f64)> = years
        .iter()
        .zip(&income)
        .map(|(y, v)| (f64::from(*y), *v))
        .collect();
    chart.draw_series(LineSeries::new(points.clone(), INK.stroke_width(4)))?;
    chart.draw_series(points.iter().map(|p| Circle::new(*p, 6, INK.filled())))?;
    Ok(())
}

#[cfg(test)]
#[path = "draw_tests.rs"]
mod tests;

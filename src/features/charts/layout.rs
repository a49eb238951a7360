//! The layout every chart shares: label sizes, the labels gathered beside
//! plotters' shapes, the axes with their grid and labels, a chart filling
//! the drawing, and how many year labels fit.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::axis::Ticks;
use super::drawing::{Anchor, Label, Recorder, WIDTH};
use super::palette::{GRID, INK};

/// The labels' size in the drawing's units when the chart is shown at
/// about its own width (downloads, print, a laptop).
pub const LABEL_SIZE: u32 = 21;
/// The largest label size: shown small (a phone) or read from afar (a
/// projector) the labels grow, and the plot area gives them room.
pub const MAX_LABEL_SIZE: u32 = 64;

/// A length of the layout that holds labels, grown with the label size.
pub(super) fn grown(base: u32, label: u32) -> u32 {
    base * label / LABEL_SIZE
}

pub(super) type Area = DrawingArea<Recorder, Shift>;
type Chart<'a> = ChartContext<'a, Recorder, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
pub(super) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// The labels of one chart, gathered while plotters lays it out.
#[derive(Default)]
pub(super) struct Labels(pub(super) Vec<Label>);

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

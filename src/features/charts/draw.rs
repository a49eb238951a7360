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

use plotters::prelude::*;

use jeugdscenario_engine::text::Lang;
use jeugdscenario_engine::view::chart::{ClientsChart, CostChart, LineChart};

use super::bars::stacked_cost;
use super::drawing::{Colour, Recorder};
pub use super::drawing::{Drawing, HEIGHT, WIDTH};
use super::layout::{Area, DrawResult, Labels};
pub use super::layout::{LABEL_SIZE, MAX_LABEL_SIZE};
use super::lines::{draw_lines, small_multiples};
use super::palette::INK;

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

#[cfg(test)]
#[path = "draw_tests.rs"]
mod tests;

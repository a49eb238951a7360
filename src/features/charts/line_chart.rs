//! An engine line chart (`view::chart::LineChart`) laid out with the
//! charts' own plot of lines, as SVG: the import worker draws the
//! Terugblik's charts with it, so the app's wasm carries none of this.

use jeugdscenario_engine::view::chart::LineChart;
use rust_decimal::prelude::ToPrimitive;

use super::draw::{Figure, Line, Marker, Plot, SCENARIO_COLOUR};
use super::palette::INK;

/// `chart` as SVG with labels of `label` units (see `frame::label_units`),
/// named for screen readers by its Dutch description.
pub fn line_chart_svg(chart: &LineChart, label: u32) -> String {
    let lines = chart
        .lines
        .iter()
        .map(|line| Line {
            colour: if line.dashed { SCENARIO_COLOUR } else { INK },
            marker: if line.dashed {
                Marker::Triangle
            } else {
                Marker::Circle
            },
            dashed: line.dashed,
            values: line
                .values
                .iter()
                .map(|v| v.and_then(|v| v.to_f64()).unwrap_or(f64::NAN))
                .collect(),
        })
        .collect();
    let figure = Figure {
        description: chart.description.nl.clone(),
        plot: Plot::Lines {
            years: chart.years.clone(),
            lines,
            y_desc: chart.unit.nl.clone(),
        },
    };
    figure.drawing_at(label).svg(&figure.description)
}

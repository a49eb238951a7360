//! An engine line chart (`view::chart::LineChart`) laid out with the
//! charts' own plot of lines, as SVG: the import worker draws the
//! Terugblik's charts with it, so the app's wasm carries none of this.

use jeugdscenario_engine::text::Lang;
use jeugdscenario_engine::view::chart::LineChart;

use super::draw::Figure;

/// `chart` as SVG with labels of `label` units (see `frame::label_units`),
/// named for screen readers by its Dutch description.
pub fn line_chart_svg(chart: &LineChart, label: u32) -> String {
    Figure::of_lines(chart.clone(), Lang::Nl)
        .drawing_at(label)
        .svg(&chart.description.nl)
}

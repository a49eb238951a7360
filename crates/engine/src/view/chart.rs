//! A line chart as data: what a chart shows, decided here and tested
//! natively; the shell (or the import worker) only lays it out and draws
//! it. Values stay Decimal: drawing turns them into coordinates.

use rust_decimal::Decimal;

use crate::text::Text;

/// One line of a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLine {
    /// The line's name in the legend.
    pub name: Text,
    /// One value per year of the chart; None where there is none.
    pub values: Vec<Option<Decimal>>,
    /// Dashed with triangles instead of solid with dots: told apart without
    /// colour.
    pub dashed: bool,
}

/// Lines over the years, on one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineChart {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the chart shows, for screen readers: the figures in words.
    pub description: Text,
    /// The y axis's unit ("cliënten").
    pub unit: Text,
    pub years: Vec<i32>,
    pub lines: Vec<ChartLine>,
}

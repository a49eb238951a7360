//! Charts as data (every chart of the app: [`LineChart`], [`CostChart`],
//! [`ClientsChart`]): what a chart shows, decided here and tested natively;
//! the shell (or the import worker) only lays it out with plotters and
//! paints or writes it. Values stay Decimal, in the unit the axis shows
//! (millions of euros for money): drawing turns them into coordinates.
//!
//! Every line and band has a name (the legend) and a style that tells it
//! apart without colour (dash and marker; a band's shade and its name), and
//! every chart a text alternative with its figures in words, in both
//! languages. The axis ([`Axis`]) runs from zero, with round ticks and
//! nl-NL labels.

mod analysis;
mod axis;
mod bars;
mod views;

pub use analysis::{tornado_widths, waterfall_bars, BarKind, WaterfallBar};
pub use axis::Axis;
pub use bars::{clients_chart, cost_chart, ClientsChart, CostChart, Panel, Stack};
pub use views::{balance_chart, compare_chart, fan_chart, room_chart, FanMeasure};

use rust_decimal::Decimal;

use crate::nl::format_number;
use crate::text::Text;

/// A line's colour, chosen by the shell's palette: the ink of reference
/// lines (a baseline, the projection without uncertainty), the scenario's
/// blue, or the n-th of the colours that tell scenarios apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Ink,
    Scenario,
    /// 0: the scenario's blue, then orange, green, purple.
    Nth(u8),
}

/// The stroke of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
    /// Long dashes with short gaps.
    Long,
}

/// The mark at each value of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    None,
    Circle,
    Triangle,
    Square,
    Diamond,
}

/// How a line is drawn: never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineStyle {
    pub tone: Tone,
    pub dash: Dash,
    pub marker: Marker,
}

impl LineStyle {
    pub const fn new(tone: Tone, dash: Dash, marker: Marker) -> LineStyle {
        LineStyle { tone, dash, marker }
    }

    /// The n-th of four styles that tell scenarios apart (A, B, C, D):
    /// colour, dash and marker all differ.
    pub fn nth(n: usize) -> LineStyle {
        const STYLES: [(Dash, Marker); 4] = [
            (Dash::Solid, Marker::Circle),
            (Dash::Dashed, Marker::Square),
            (Dash::Dotted, Marker::Triangle),
            (Dash::Long, Marker::Diamond),
        ];
        let (dash, marker) = STYLES[n % STYLES.len()];
        LineStyle::new(Tone::Nth((n % STYLES.len()) as u8), dash, marker)
    }
}

/// One line of a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLine {
    /// The line's name in the legend.
    pub name: Text,
    /// One value per year of the chart; None where there is none.
    pub values: Vec<Option<Decimal>>,
    pub style: LineStyle,
}

/// A band between two values per year (a spread, a range of outcomes),
/// drawn under the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartBand {
    pub name: Text,
    pub upper: Vec<Decimal>,
    pub lower: Vec<Decimal>,
    pub tone: Tone,
    /// A darker shade (an inner band over an outer one).
    pub strong: bool,
}

/// Lines and bands over the years, on one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineChart {
    /// The chart's title, drawn above it.
    pub title: Text,
    /// What the chart shows, for screen readers: the figures in words.
    pub description: Text,
    /// The y axis's unit ("€ mln", "cliënten").
    pub unit: Text,
    pub years: Vec<i32>,
    pub bands: Vec<ChartBand>,
    pub lines: Vec<ChartLine>,
}

impl LineChart {
    /// The y axis: from zero over every value of its lines and bands.
    pub fn axis(&self) -> Axis {
        let lines = self.lines.iter().flat_map(|l| l.values.iter().flatten());
        let bands = self
            .bands
            .iter()
            .flat_map(|b| b.upper.iter().chain(&b.lower));
        Axis::spanning(lines.chain(bands).copied())
    }
}

/// Euros in millions, as a money chart's axis counts them (exact: a
/// division by a power of ten).
pub fn in_millions(euros: Decimal) -> Decimal {
    euros / Decimal::from(1_000_000)
}

/// `€ 12,3 mln` of a value already in millions.
fn millions_said(millions: Decimal) -> String {
    format!("€ {} mln", format_number(millions, 1))
}

#[cfg(test)]
mod tests;

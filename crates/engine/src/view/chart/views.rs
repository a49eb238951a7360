//! The line charts of each view: the cumulative balance beside the cards,
//! Vergelijken's two charts, De zaal's band and the uncertainty's fans.

use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;

use super::{
    in_millions, millions_said, ChartBand, ChartLine, Dash, LineChart, LineStyle, Marker, Tone,
};
use crate::analysis::uncertainty::{Band, Uncertainty};
use crate::projection::{Projection, YearResult};
use crate::text::Text;
use crate::view::compare::SideBySide;
use crate::view::room::Room;

fn euro_unit() -> Text {
    Text::new("€ mln", "EUR million")
}

/// The scenario's solid blue line with dots.
const SCENARIO: LineStyle = LineStyle::new(Tone::Scenario, Dash::Solid, Marker::Circle);
/// A reference: a baseline, the projection without uncertainty.
const REFERENCE: LineStyle = LineStyle::new(Tone::Ink, Dash::Dashed, Marker::Triangle);

fn line(name: Text, values: impl IntoIterator<Item = Decimal>, style: LineStyle) -> ChartLine {
    ChartLine {
        name,
        values: values.into_iter().map(|v| Some(in_millions(v))).collect(),
        style,
    }
}

/// "van € 1,0 mln (2026) naar € -3,5 mln (2035)" of a line, in millions.
fn course(years: &[i32], values: &[Option<Decimal>], to: &str, from: &str) -> String {
    let ends = years
        .iter()
        .zip(values)
        .filter_map(|(y, v)| Some((y, (*v)?)));
    let (Some(first), Some(last)) = (ends.clone().next(), ends.clone().next_back()) else {
        return "-".into();
    };
    format!(
        "{from} {} ({}) {to} {} ({})",
        millions_said(first.1),
        first.0,
        millions_said(last.1),
        last.0
    )
}

/// Each line's course in words: "Scenario: van … naar …; Basislijn: …".
fn lines_said(years: &[i32], lines: &[ChartLine]) -> Text {
    let said = |nl: bool| {
        lines
            .iter()
            .map(|l| {
                let (name, from, to) = if nl {
                    (&l.name.nl, "van", "naar")
                } else {
                    (&l.name.en, "from", "to")
                };
                format!("{name}: {}", course(years, &l.values, to, from))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    Text::new(said(true), said(false))
}

/// The cumulative balance of the scenario against its baseline.
pub fn balance_chart(p: &Projection, baseline: &Projection) -> LineChart {
    let years: Vec<i32> = p.years.iter().map(|y| y.year).collect();
    let of = |q: &Projection| {
        q.years
            .iter()
            .map(|y| y.cumulative_balance)
            .collect::<Vec<_>>()
    };
    let lines = vec![
        line(
            Text::new("Basislijn (zonder maatregelen)", "Baseline (no measures)"),
            of(baseline),
            REFERENCE,
        ),
        line(
            Text::new("Scenario (met maatregelen)", "Scenario (with measures)"),
            of(p),
            SCENARIO,
        ),
    ];
    let said = lines_said(&years, &lines);
    LineChart {
        title: Text::new(
            "Cumulatief saldo: scenario en basislijn",
            "Cumulative balance: scenario and baseline",
        ),
        description: Text::new(
            format!("Cumulatief saldo per jaar in € mln. {}.", said.nl),
            format!("Cumulative balance per year in EUR million. {}.", said.en),
        ),
        unit: euro_unit(),
        years,
        bands: Vec::new(),
        lines,
    }
}

/// Vergelijken: one measure (0: total cost, 1: balance, 2: cumulative
/// balance) of each scenario under its name (which the shell letters A to
/// D), told apart by colour, dash and marker, and the first scenario's
/// baseline of it dotted.
pub fn compare_chart(c: &SideBySide, measure: usize) -> LineChart {
    let rows = &c.measures[measure];
    let mut lines: Vec<ChartLine> = rows
        .values
        .iter()
        .enumerate()
        .map(|(k, values)| {
            let name = c.names.get(k).cloned().unwrap_or_default();
            line(Text::same(name), values.iter().copied(), LineStyle::nth(k))
        })
        .collect();
    let baseline: Vec<Decimal> = match measure {
        0 => c.baseline_cost.clone(),
        1 => c.baseline_balance.clone(),
        _ => c
            .baseline_balance
            .iter()
            .scan(Decimal::ZERO, |sum, v| {
                *sum += v;
                Some(*sum)
            })
            .collect(),
    };
    lines.push(line(
        Text::new("Basislijn van A", "Baseline of A"),
        baseline,
        LineStyle::new(Tone::Ink, Dash::Dotted, Marker::None),
    ));
    let said = lines_said(&c.years, &lines);
    LineChart {
        title: Text::new(
            format!("{} per scenario", rows.label.nl),
            format!("{} per scenario", rows.label.en),
        ),
        description: Text::new(
            format!(
                "{} per jaar in € mln, per scenario een eigen lijnstijl en vorm. {}.",
                rows.label.nl, said.nl
            ),
            format!(
                "{} per year in EUR million, each scenario its own line style and marker. {}.",
                rows.label.en, said.en
            ),
        ),
        unit: euro_unit(),
        years: c.years.clone(),
        bands: Vec::new(),
        lines,
    }
}

/// De zaal: the balance per year from the lowest to the highest scenario
/// in the room as a band, the median as a line, the baseline dashed.
pub fn room_chart(r: &Room) -> LineChart {
    let years: Vec<i32> = r.years.iter().map(|y| y.year).collect();
    let band = ChartBand {
        name: Text::new("Van laagste tot hoogste", "From lowest to highest"),
        upper: r.years.iter().map(|y| in_millions(y.max)).collect(),
        lower: r.years.iter().map(|y| in_millions(y.min)).collect(),
        tone: Tone::Scenario,
        strong: false,
    };
    let lines = vec![
        line(
            Text::new("Mediaan", "Median"),
            r.years.iter().map(|y| y.median),
            SCENARIO,
        ),
        line(
            Text::new("Basislijn", "Baseline"),
            r.years.iter().map(|y| y.baseline),
            REFERENCE,
        ),
    ];
    let said = lines_said(&years, &lines);
    let spread = r.years.last().map(|y| {
        (
            y.year,
            millions_said(in_millions(y.min)),
            millions_said(in_millions(y.max)),
        )
    });
    let (spread_nl, spread_en) = spread.map_or_else(Default::default, |(year, lo, hi)| {
        (
            format!(" In {year} van {lo} tot {hi}."),
            format!(" In {year} from {lo} to {hi}."),
        )
    });
    LineChart {
        title: Text::new("Saldo per jaar in de zaal", "Balance per year in the room"),
        description: Text::new(
            format!("Saldo per jaar in de zaal in € mln: de band van laagste tot hoogste, de mediaan als lijn en gestreept de basislijn.{spread_nl} {}.", said.nl),
            format!("Balance per year in the room in EUR million: the band from lowest to highest, the median as a line and dashed the baseline.{spread_en} {}.", said.en),
        ),
        unit: euro_unit(),
        years,
        bands: vec![band],
        lines,
    }
}

/// Which figure a fan shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FanMeasure {
    Cost,
    Balance,
}

/// A sampled figure in whole euros (the f64 path is never shown finer),
/// in millions.
fn sampled(v: f64) -> Decimal {
    in_millions(Decimal::from_f64(v.round()).unwrap_or_default())
}

/// The uncertainty's fan of cost or balance per year: the bands 10-90% and
/// 25-75%, the median, and dashed the projection without uncertainty
/// (`exact`, from the Decimal engine).
pub fn fan_chart(u: &Uncertainty, exact: &Projection, measure: FanMeasure) -> LineChart {
    let years: Vec<i32> = u.years.iter().map(|y| y.year).collect();
    let pick = |y: &crate::analysis::uncertainty::YearBands| match measure {
        FanMeasure::Cost => y.cost,
        FanMeasure::Balance => y.balance,
    };
    let series = |g: fn(&Band) -> f64| -> Vec<Decimal> {
        u.years.iter().map(|y| sampled(g(&pick(y)))).collect()
    };
    let band = |name: Text, upper, lower, strong| ChartBand {
        name,
        upper,
        lower,
        tone: Tone::Scenario,
        strong,
    };
    let bands = vec![
        band(
            Text::new("10 tot 90% van de doorrekeningen", "10 to 90% of the runs"),
            series(|b| b.p90),
            series(|b| b.p10),
            false,
        ),
        band(
            Text::new("25 tot 75%", "25 to 75%"),
            series(|b| b.p75),
            series(|b| b.p25),
            true,
        ),
    ];
    let exact_of = |f: fn(&YearResult) -> Decimal| -> Vec<Option<Decimal>> {
        years
            .iter()
            .map(|&y| exact.year(y).map(|r| in_millions(f(r))))
            .collect()
    };
    let lines = vec![
        ChartLine {
            name: Text::new("Mediaan", "Median"),
            values: series(|b| b.p50).into_iter().map(Some).collect(),
            style: LineStyle::new(Tone::Scenario, Dash::Solid, Marker::None),
        },
        ChartLine {
            name: Text::new(
                "Projectie zonder onzekerheid",
                "Projection without uncertainty",
            ),
            values: exact_of(match measure {
                FanMeasure::Cost => |r| r.total_cost,
                FanMeasure::Balance => |r| r.balance,
            }),
            style: LineStyle::new(Tone::Ink, Dash::Dashed, Marker::None),
        },
    ];
    let (title, what) = match measure {
        FanMeasure::Cost => (
            Text::new("Kosten per jaar", "Cost per year"),
            Text::new("Waaier van de kosten per jaar", "Fan of cost per year"),
        ),
        FanMeasure::Balance => (
            Text::new("Saldo per jaar", "Balance per year"),
            Text::new(
                "Waaier van het saldo per jaar",
                "Fan of the balance per year",
            ),
        ),
    };
    let last = u.years.last().map(|y| {
        let b = pick(y);
        (
            y.year,
            millions_said(sampled(b.p10)),
            millions_said(sampled(b.p90)),
        )
    });
    let (last_nl, last_en) = last.map_or_else(Default::default, |(year, lo, hi)| {
        (
            format!(" In {year} ligt 80% van de doorrekeningen tussen {lo} en {hi}."),
            format!(" In {year} 80% of the runs lie between {lo} and {hi}."),
        )
    });
    let said = lines_said(&years, &lines);
    LineChart {
        title,
        description: Text::new(
            format!("{} in € mln: banden 10-90% en 25-75%, de mediaan, gestreept de projectie zonder onzekerheid.{last_nl} {}.", what.nl, said.nl),
            format!("{} in EUR million: bands 10-90% and 25-75%, the median, dashed the projection without uncertainty.{last_en} {}.", what.en, said.en),
        ),
        unit: euro_unit(),
        years,
        bands,
        lines,
    }
}

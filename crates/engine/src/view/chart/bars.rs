//! The two main charts that are not lines: cost stacked by care form
//! against the income, and clients per care group as small multiples.

use rust_decimal::Decimal;

use super::{in_millions, millions_said, Axis};
use crate::nl::format_number;
use crate::projection::Projection;
use crate::scenario::{CareGroup, Scenario};
use crate::text::Text;
use crate::view::legends::Series;
use crate::view::tables::group_clients;

/// One segment of every year's bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stack {
    /// Which series it is, so the shell can colour it as the legend does.
    pub series: Series,
    /// Per year, in millions of euros.
    pub values: Vec<Decimal>,
}

/// Cost per year stacked (care forms from the bottom, then other expenses
/// and investments), the income as a line over it, and where cost rises
/// above income the gap shaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostChart {
    pub description: Text,
    pub unit: Text,
    pub years: Vec<i32>,
    pub stacks: Vec<Stack>,
    /// Per year, in millions of euros.
    pub income: Vec<Decimal>,
}

impl CostChart {
    /// Each year's whole bar.
    pub fn totals(&self) -> Vec<Decimal> {
        (0..self.years.len())
            .map(|i| self.stacks.iter().map(|s| s.values[i]).sum())
            .collect()
    }

    /// From zero over every bar (`totals`, as [`CostChart::totals`] gives
    /// them) and the income.
    pub fn axis(&self, totals: &[Decimal]) -> Axis {
        Axis::spanning(totals.iter().chain(&self.income).copied())
    }
}

pub fn cost_chart(s: &Scenario, p: &Projection) -> CostChart {
    let per_year = |f: &dyn Fn(&crate::projection::YearResult) -> Decimal| -> Vec<Decimal> {
        p.years.iter().map(|y| in_millions(f(y))).collect()
    };
    let mut stacks: Vec<Stack> = (0..s.care_forms.len())
        .map(|i| Stack {
            series: Series::Form(i),
            values: per_year(&|y| y.forms[i].cost),
        })
        .collect();
    stacks.push(Stack {
        series: Series::OtherExpenses,
        values: per_year(&|y| y.other_expenses),
    });
    stacks.push(Stack {
        series: Series::Investments,
        values: per_year(&|y| y.investment_cost),
    });
    let (said_nl, said_en) = p.years.last().map_or_else(Default::default, |y| {
        let (cost, income) = (
            millions_said(in_millions(y.total_cost)),
            millions_said(in_millions(y.income)),
        );
        let gap = y.total_cost - y.income;
        let gap_said = millions_said(in_millions(gap.abs()));
        let (rest_nl, rest_en) = if gap > Decimal::ZERO {
            (
                format!("een tekort van {gap_said}"),
                format!("a deficit of {gap_said}"),
            )
        } else {
            (
                format!("een overschot van {gap_said}"),
                format!("a surplus of {gap_said}"),
            )
        };
        (
            format!(
                " In {}: kosten {cost}, inkomsten {income}, {rest_nl}.",
                y.year
            ),
            format!(" In {}: cost {cost}, income {income}, {rest_en}.", y.year),
        )
    });
    CostChart {
        description: Text::new(
            format!("Kosten per jaar in € mln, gestapeld per zorgvorm, met de inkomsten als lijn; gearceerd: tekort.{said_nl}"),
            format!("Cost per year in EUR million, stacked by care form, with income as a line; shaded: deficit.{said_en}"),
        ),
        unit: Text::new("€ mln", "EUR million"),
        years: p.years.iter().map(|y| y.year).collect(),
        stacks,
        income: per_year(&|y| y.income),
    }
}

/// One small chart: a care group's clients (or all of them), on its own
/// axis, so a small group is not flattened by a large one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub title: Text,
    /// The group, for its colour; None: all groups.
    pub group: Option<CareGroup>,
    pub values: Vec<Decimal>,
}

impl Panel {
    pub fn axis(&self) -> Axis {
        Axis::spanning(self.values.iter().copied())
    }
}

/// Average clients per care group per year, a panel per group and one for
/// all groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientsChart {
    pub description: Text,
    pub years: Vec<i32>,
    pub panels: Vec<Panel>,
}

/// A group's short name, as a panel's title.
fn short_name(group: CareGroup) -> Text {
    match group {
        CareGroup::Lokaal => Text::new("Lokaal", "Local"),
        CareGroup::Ambulant => Text::same("Ambulant"),
        CareGroup::Verblijf => Text::new("Verblijf", "Residential"),
        CareGroup::Jbjr => Text::new("JB en JR", "Protection/probation"),
        CareGroup::Crisis => Text::same("Crisis"),
    }
}

pub fn clients_chart(s: &Scenario, p: &Projection) -> ClientsChart {
    let mut panels: Vec<Panel> = CareGroup::ALL
        .iter()
        .map(|&g| Panel {
            title: short_name(g),
            group: Some(g),
            values: group_clients(s, p, g),
        })
        .collect();
    panels.push(Panel {
        title: Text::new("Alle groepen", "All groups"),
        group: None,
        values: p
            .years
            .iter()
            .map(|y| y.forms.iter().map(|f| f.avg_clients).sum())
            .collect(),
    });
    let last = p.years.len().checked_sub(1);
    let said = |lang_nl: bool| {
        let Some(last) = last else {
            return String::new();
        };
        let each = panels
            .iter()
            .map(|panel| {
                let name = if lang_nl {
                    &panel.title.nl
                } else {
                    &panel.title.en
                };
                format!("{name} {}", format_number(panel.values[last], 0))
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(" In {}: {each}.", p.years[last].year)
    };
    ClientsChart {
        description: Text::new(
            format!(
                "Gemiddeld aantal cliënten per groep per jaar, een kleine grafiek per groep.{}",
                said(true)
            ),
            format!(
                "Average clients per group per year, one small chart per group.{}",
                said(false)
            ),
        ),
        years: p.years.iter().map(|y| y.year).collect(),
        panels,
    }
}

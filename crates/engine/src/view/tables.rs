//! The data tables beside the charts: one row per series, one column per
//! year. The cost rows' totals are the same measures the CSV export writes.

use rust_decimal::Decimal;

use crate::nl::{format_euro, format_number};
use crate::projection::{split_by_municipality, MunicipalityYear, Projection, YearResult};
use crate::scenario::{CareGroup, Scenario};
use crate::text::Text;

/// How a table's cells read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellFormat {
    /// Whole euros with thousands dots: "€ 1.234.567".
    Euro,
    /// Thousands of euros, whole: "1.235" for € 1.234.567 (the printed
    /// report, where ten years must fit an A4 page).
    EuroThousands,
    /// Clients with one decimal: "1.234,5".
    Clients,
}

impl CellFormat {
    pub fn show(self, value: Decimal) -> String {
        match self {
            CellFormat::Euro => format_euro(value),
            CellFormat::EuroThousands => format_number(value / Decimal::ONE_THOUSAND, 0),
            CellFormat::Clients => format_number(value, 1),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub label: Text,
    pub values: Vec<Decimal>,
    /// A total or key row, shown emphasised.
    pub total: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTable {
    pub caption: Text,
    pub years: Vec<i32>,
    pub format: CellFormat,
    pub rows: Vec<TableRow>,
}

impl YearTable {
    /// The same table in thousands of euros, its caption saying so ("× €
    /// 1.000", as council documents write it); a table of clients stays.
    pub fn in_thousands(mut self) -> YearTable {
        if self.format == CellFormat::Euro {
            self.format = CellFormat::EuroThousands;
            self.caption = Text::new(
                self.caption.nl.replace("(€)", "(× € 1.000)"),
                self.caption.en.replace("(EUR)", "(EUR thousand)"),
            );
        }
        self
    }
}

/// A yearly total of a projection: its label, the figure, and whether a
/// table emphasises it.
pub type Measure = (Text, fn(&YearResult) -> Decimal, bool);

/// Cost, income and balance totals per year, in the order the cost table
/// and the CSV export list them.
pub fn cost_totals() -> [Measure; 6] {
    [
        (Text::new("Zorgkosten", "Care cost"), |y| y.care_cost, true),
        (
            Text::new("Overige uitgaven", "Other expenses"),
            |y| y.other_expenses,
            false,
        ),
        (
            Text::new("Investeringen", "Investments"),
            |y| y.investment_cost,
            false,
        ),
        (
            Text::new("Totale kosten", "Total cost"),
            |y| y.total_cost,
            true,
        ),
        (Text::new("Inkomsten", "Income"), |y| y.income, true),
        (
            Text::new("Saldo (inkomsten - kosten)", "Balance (income - cost)"),
            |y| y.balance,
            true,
        ),
    ]
}

fn row(label: Text, p: &Projection, f: impl Fn(&YearResult) -> Decimal, total: bool) -> TableRow {
    TableRow {
        label,
        values: p.years.iter().map(f).collect(),
        total,
    }
}

fn years(p: &Projection) -> Vec<i32> {
    p.years.iter().map(|y| y.year).collect()
}

/// Cost per care form, then the totals, income and balance.
pub fn cost_table(s: &Scenario, p: &Projection) -> YearTable {
    let mut rows: Vec<TableRow> = s
        .care_forms
        .iter()
        .enumerate()
        .map(|(i, f)| row(Text::same(f.label.clone()), p, |y| y.forms[i].cost, false))
        .collect();
    rows.extend(
        cost_totals()
            .into_iter()
            .map(|(label, f, total)| row(label, p, f, total)),
    );
    YearTable {
        caption: Text::new(
            "Kosten en begroting per jaar (€)",
            "Cost and budget per year (EUR)",
        ),
        years: years(p),
        format: CellFormat::Euro,
        rows,
    }
}

/// Balance and cumulative balance of scenario and baseline, and the savings.
pub fn balance_table(p: &Projection, b: &Projection) -> YearTable {
    let savings = TableRow {
        label: Text::new("Besparing t.o.v. basislijn", "Savings against baseline"),
        values: p
            .years
            .iter()
            .zip(&b.years)
            .map(|(s, b)| b.total_cost - s.total_cost)
            .collect(),
        total: true,
    };
    YearTable {
        caption: Text::new("Saldo per jaar (€)", "Balance per year (EUR)"),
        years: years(p),
        format: CellFormat::Euro,
        rows: vec![
            row(
                Text::new("Saldo scenario", "Balance, scenario"),
                p,
                |y| y.balance,
                false,
            ),
            row(
                Text::new("Cumulatief saldo scenario", "Cumulative balance, scenario"),
                p,
                |y| y.cumulative_balance,
                true,
            ),
            row(
                Text::new("Saldo basislijn", "Balance, baseline"),
                b,
                |y| y.balance,
                false,
            ),
            row(
                Text::new("Cumulatief saldo basislijn", "Cumulative balance, baseline"),
                b,
                |y| y.cumulative_balance,
                true,
            ),
            savings,
        ],
    }
}

/// A care group's name as the plans write it, and in English.
pub fn group_label(group: CareGroup) -> Text {
    let en = match group {
        CareGroup::Lokaal => "Local / free access",
        CareGroup::Ambulant => "Ambulant",
        CareGroup::Verblijf => "Residential",
        CareGroup::Jbjr => "Child protection and youth probation",
        CareGroup::Crisis => "Crisis",
    };
    Text::new(group.label_nl(), en)
}

/// Average clients per year of the care forms in `group`.
pub fn group_clients(s: &Scenario, p: &Projection, group: CareGroup) -> Vec<Decimal> {
    p.years
        .iter()
        .map(|y| {
            s.care_forms
                .iter()
                .zip(&y.forms)
                .filter(|(f, _)| f.group == group)
                .map(|(_, fy)| fy.avg_clients)
                .sum()
        })
        .collect()
}

/// Average clients per care group.
pub fn clients_table(s: &Scenario, p: &Projection) -> YearTable {
    YearTable {
        caption: Text::new(
            "Gemiddeld aantal cliënten per groep",
            "Average clients per group",
        ),
        years: years(p),
        format: CellFormat::Clients,
        rows: CareGroup::ALL
            .iter()
            .map(|g| TableRow {
                label: group_label(*g),
                values: group_clients(s, p, *g),
                total: false,
            })
            .collect(),
    }
}

/// Each municipality's share of the cost, the income and the balance per
/// year: three tables, a row per municipality.
pub fn municipality_tables(s: &Scenario, p: &Projection) -> [YearTable; 3] {
    type Part = fn(&MunicipalityYear) -> Decimal;
    let split = split_by_municipality(s, p);
    let table = |caption: Text, part: Part| YearTable {
        caption,
        years: years(p),
        format: CellFormat::Euro,
        rows: s
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| TableRow {
                label: Text::same(m.name.clone()),
                values: split
                    .iter()
                    .map(|year| year.get(i).map(part).unwrap_or_default())
                    .collect(),
                total: false,
            })
            .collect(),
    };
    [
        table(
            Text::new(
                "Aandeel in de kosten per jaar (€)",
                "Share of cost per year (EUR)",
            ),
            |m| m.cost,
        ),
        table(
            Text::new(
                "Aandeel in de inkomsten per jaar (€)",
                "Share of income per year (EUR)",
            ),
            |m| m.income,
        ),
        table(
            Text::new(
                "Saldo per gemeente per jaar (€)",
                "Balance per municipality per year (EUR)",
            ),
            |m| m.balance,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::projection::{project, project_with_baseline};

    #[test]
    fn the_cost_table_adds_up_per_year() {
        let s = voorbeeldregio();
        let c = project_with_baseline(&s);
        let t = cost_table(&s, &c.scenario);
        assert_eq!(t.years.len(), 10);
        assert_eq!(t.rows.len(), s.care_forms.len() + 6);
        for (i, year) in c.scenario.years.iter().enumerate() {
            let forms: Decimal = t.rows[..s.care_forms.len()]
                .iter()
                .map(|r| r.values[i])
                .sum();
            assert_eq!(forms, year.care_cost, "care cost {}", year.year);
        }
        let labels: Vec<&str> = t.rows[s.care_forms.len()..]
            .iter()
            .map(|r| r.label.nl.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "Zorgkosten",
                "Overige uitgaven",
                "Investeringen",
                "Totale kosten",
                "Inkomsten",
                "Saldo (inkomsten - kosten)"
            ]
        );
        assert_eq!(t.format.show(Decimal::from(1_234_567)), "€ 1.234.567");
    }

    #[test]
    fn savings_are_baseline_cost_minus_scenario_cost() {
        let c = project_with_baseline(&voorbeeldregio());
        let t = balance_table(&c.scenario, &c.baseline);
        let savings = &t.rows[4];
        assert_eq!(savings.label.nl, "Besparing t.o.v. basislijn");
        // The levers change costs, not the income (MODEL.md): what the
        // scenario saves is what its balance gains over the baseline's.
        let (scenario, baseline) = (&t.rows[0], &t.rows[2]);
        assert_eq!(
            (scenario.label.nl.as_str(), baseline.label.nl.as_str()),
            ("Saldo scenario", "Saldo basislijn")
        );
        for (i, saved) in savings.values.iter().enumerate() {
            assert_eq!(*saved, scenario.values[i] - baseline.values[i], "year {i}");
        }
        assert!(savings.values.iter().any(|v| *v != Decimal::ZERO));
    }

    #[test]
    fn clients_per_group_add_up_to_all_clients() {
        let s = voorbeeldregio();
        let c = project_with_baseline(&s);
        let t = clients_table(&s, &c.scenario);
        assert_eq!(t.rows.len(), 5);
        let all: Decimal = c.scenario.years[0]
            .forms
            .iter()
            .map(|f| f.avg_clients)
            .sum();
        assert_eq!(t.rows.iter().map(|r| r.values[0]).sum::<Decimal>(), all);
        assert_eq!(t.format.show(Decimal::new(12345, 1)), "1.234,5");
    }

    #[test]
    fn a_euro_table_in_thousands_rounds_to_whole_thousands_and_says_so() {
        let p = crate::project(&crate::example::voorbeeldregio());
        let table = balance_table(&p, &p).in_thousands();
        assert_eq!(table.format, CellFormat::EuroThousands);
        assert_eq!(table.caption.nl, "Saldo per jaar (× € 1.000)");
        assert_eq!(table.caption.en, "Balance per year (EUR thousand)");
        assert_eq!(
            CellFormat::EuroThousands.show(Decimal::new(-2_702_401_890, 2)),
            "-27.024"
        );
        assert_eq!(CellFormat::EuroThousands.show(Decimal::new(1_500, 0)), "2");
    }

    #[test]
    fn the_municipalities_shares_add_up_to_the_regions_figures() {
        let s = voorbeeldregio();
        let p = project(&s);
        let [cost, income, balance] = municipality_tables(&s, &p);
        assert_eq!(cost.rows.len(), s.municipalities.len());
        assert_eq!(cost.rows[0].label.nl, s.municipalities[0].name);
        for (y, year) in p.years.iter().enumerate() {
            let sum = |t: &YearTable| t.rows.iter().map(|r| r.values[y]).sum::<Decimal>();
            assert_eq!(sum(&cost), year.total_cost, "{}", year.year);
            assert_eq!(sum(&income), year.income, "{}", year.year);
            assert_eq!(sum(&balance), year.balance, "{}", year.year);
        }
    }
}

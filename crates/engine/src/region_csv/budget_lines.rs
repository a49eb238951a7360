//! The budget lines table (begrotingsposten): income and expense with a
//! base-year amount and indexation, or amounts per year in year columns.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use super::check::finish;
use super::columns::Key;
use super::row::Row;
use super::sheet::{read_sheet, Sheet};
use super::table::Table;
use super::template::{number, optional, percent, template};
use super::{problem, CsvProblem, Imported};
use crate::knobs::Bounds;
use crate::nl::format_number;
use crate::scenario::{BudgetKind, BudgetLine};
use crate::validate::ranges;

/// The words for each kind, compared in lower case.
const KIND_WORDS: [(&str, BudgetKind); 12] = [
    ("inkomsten", BudgetKind::Income),
    ("inkomst", BudgetKind::Income),
    ("inkomen", BudgetKind::Income),
    ("baten", BudgetKind::Income),
    ("income", BudgetKind::Income),
    ("uitgaven", BudgetKind::Expense),
    ("uitgave", BudgetKind::Expense),
    ("lasten", BudgetKind::Expense),
    ("kosten", BudgetKind::Expense),
    ("expense", BudgetKind::Expense),
    ("expenses", BudgetKind::Expense),
    ("uitgaaf", BudgetKind::Expense),
];

/// The years of the horizon: `base_year` and the `years - 1` after it.
fn horizon(base_year: i32, years: u32) -> RangeInclusive<i32> {
    let last = i32::try_from(years.max(1) - 1)
        .ok()
        .and_then(|n| base_year.checked_add(n))
        .unwrap_or(i32::MAX);
    base_year..=last
}

/// Reads budget lines from a CSV for a scenario from `base_year` over
/// `years` years: year columns must lie within them. All problems at once.
pub fn parse_budget_lines_csv(
    bytes: &[u8],
    base_year: i32,
    years: u32,
) -> Result<Imported<BudgetLine>, Vec<CsvProblem>> {
    let sheet = read_sheet(bytes, Table::BudgetLines)?;
    refuse_bad_year_columns(&sheet, horizon(base_year, years))?;
    let mut problems = sheet.problems.clone();
    let mut lines = Vec::new();
    let mut rows = Vec::new();
    for (line, cells) in &sheet.rows {
        let mut row = Row::new(&sheet, *line, cells);
        match read_line(&mut row) {
            Some(budget_line) if row.problems.is_empty() => {
                rows.push(budget_line);
                lines.push(*line);
            }
            _ => problems.extend(row.problems),
        }
    }
    finish(
        Table::BudgetLines,
        (base_year, years),
        |s| &mut s.budget_lines,
        rows,
        &lines,
        problems,
        sheet.notices,
    )
}

/// Amounts need a base-year column or year columns, and year columns
/// within the scenario's years.
fn refuse_bad_year_columns(
    sheet: &Sheet,
    years: RangeInclusive<i32>,
) -> Result<(), Vec<CsvProblem>> {
    let year_columns: Vec<(usize, i32)> = sheet
        .keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| match k {
            Key::Year(y) => Some((i, *y)),
            _ => None,
        })
        .collect();
    if year_columns.is_empty() && !sheet.keys.contains(&Key::Field("base_amount")) {
        return Err(vec![problem(
            1,
            "bedrag basisjaar (€)",
            format!(
                "Er is geen kolom \"bedrag basisjaar (€)\" en geen kolom per jaar ({}, {}, …). Daarin hoort het bedrag van elke post in euro. Download het sjabloon (knop 'Sjabloon downloaden') voor de juiste kolommen.",
                years.start(),
                years.start().saturating_add(1)
            ),
            "There is no base-year amount column and no year column. Download the template for the right columns.".into(),
        )]);
    }
    let outside: Vec<CsvProblem> = year_columns
        .iter()
        .filter(|(_, y)| !years.contains(y))
        .map(|(i, y)| {
            problem(
                1,
                sheet.headers[*i].trim(),
                format!(
                    "Het jaar {y} ligt buiten de looptijd van het scenario ({} tot en met {}); laat deze kolom weg of pas eerst de looptijd aan.",
                    years.start(),
                    years.end()
                ),
                format!("The year {y} is outside the scenario's years."),
            )
        })
        .collect();
    if outside.is_empty() {
        Ok(())
    } else {
        Err(outside)
    }
}

/// One row as a budget line; None (with the row's problems) when it does
/// not read.
fn read_line(row: &mut Row) -> Option<BudgetLine> {
    let id = row.text("id", "De code");
    let label = row.text("label", "De naam van de begrotingspost");
    let kind = read_kind(row);
    let base = row.number("base_amount", false);
    let trend = Bounds::trend();
    let index = row.percent("index", trend.min, trend.max);
    let mut amounts = BTreeMap::new();
    for (year, header, text) in row.year_cells() {
        if let Some(amount) = row.number_at(header, text) {
            amounts.insert(year, (amount, header, text));
        }
    }
    let kind = kind?;
    if let (Some(amount), Some(text)) = (base, row.cell("base_amount")) {
        let column = Table::BudgetLines.header("base_amount");
        check_amount(row, kind, amount, column, text);
    }
    for (amount, header, text) in amounts.values() {
        check_amount(row, kind, *amount, header, text);
    }
    if base.is_none() && amounts.is_empty() && row.problems.is_empty() {
        row.push(
            "base_amount",
            "Er is geen bedrag basisjaar en geen bedrag per jaar; vul een bedrag in (0 voor een post zonder bedrag).".into(),
            "No amount.".into(),
        );
    }
    let source = row
        .cell("source")
        .unwrap_or("eigen gegevens (CSV-import)")
        .to_string();
    let mut sources = BTreeMap::new();
    for (field, given) in [
        ("base_amount", base.is_some()),
        ("index", index.is_some()),
        ("amounts", !amounts.is_empty()),
    ] {
        if given {
            sources.insert(field.to_string(), source.clone());
        }
    }
    Some(BudgetLine {
        id,
        label,
        kind,
        base_amount: base.unwrap_or_default(),
        index: index.unwrap_or_default(),
        amounts: amounts.into_iter().map(|(y, (a, _, _))| (y, a)).collect(),
        sources,
    })
}

fn read_kind(row: &mut Row) -> Option<BudgetKind> {
    let written = row.cell("kind").unwrap_or_default();
    let lower = written.to_lowercase();
    let kind = KIND_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, k)| *k);
    if kind.is_none() {
        row.push(
            "kind",
            format!("\"{written}\" is geen soort; kies inkomsten of uitgaven (ook goed: inkomen, baten, income; uitgave, lasten, kosten, expense)."),
            format!("\"{written}\" is not income or expense."),
        );
    }
    kind
}

/// An amount within the engine's bounds: any sign for income (a cut is a
/// negative income), 0 or more for an expense.
fn check_amount(row: &mut Row, kind: BudgetKind, amount: Decimal, column: &str, text: &str) {
    let max = Decimal::from(ranges::MAX_AMOUNT);
    if kind == BudgetKind::Expense && amount < Decimal::ZERO {
        row.push_at(
            column,
            format!("\"{text}\" is negatief; een uitgavenpost kan niet negatief zijn: boek een opbrengst als inkomsten."),
            "An expense cannot be negative.".into(),
        );
    } else if amount.abs() > max {
        row.push_at(
            column,
            format!(
                "\"{text}\" is te groot; een bedrag ligt tussen -{0} en {0} euro.",
                format_number(max, 0)
            ),
            "The amount is too large.".into(),
        );
    }
}

/// The template: the budget lines with a column for each year from
/// `base_year` over `years` years, filled where a line has an amount of
/// its own for that year. The "bron" column holds the source of the base
/// amount, else of the amounts per year, else of the indexation.
pub fn budget_lines_template(lines: &[BudgetLine], base_year: i32, years: u32) -> String {
    let years: Vec<i32> = horizon(base_year, years).take(64).collect();
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            let source = ["base_amount", "amounts", "index"]
                .iter()
                .find_map(|k| l.sources.get(*k))
                .cloned()
                .unwrap_or_default();
            let kind = match l.kind {
                BudgetKind::Income => "inkomsten",
                BudgetKind::Expense => "uitgaven",
            };
            let mut row = vec![
                l.id.clone(),
                l.label.clone(),
                kind.to_string(),
                number(l.base_amount),
                percent(l.index),
                source,
            ];
            row.extend(years.iter().map(|y| optional(l.amounts.get(y).copied())));
            row
        })
        .collect();
    let extra: Vec<String> = years.iter().map(ToString::to_string).collect();
    template(Table::BudgetLines, &extra, &rows)
}

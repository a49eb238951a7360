//! One data row of a [`Sheet`]: its cells by key, numbers read and checked
//! in the CSV's own words, and the problems found, by line and column.

use rust_decimal::Decimal;

use super::columns::Key;
use super::numbers::parse_cell_number;
use super::sheet::Sheet;
use super::{problem, CsvProblem};
use crate::nl::format_number;

pub(crate) struct Row<'a> {
    pub line: usize,
    cells: &'a [String],
    sheet: &'a Sheet,
    pub problems: Vec<CsvProblem>,
}

impl<'a> Row<'a> {
    pub fn new(sheet: &'a Sheet, line: usize, cells: &'a [String]) -> Row<'a> {
        Row {
            line,
            cells,
            sheet,
            problems: Vec::new(),
        }
    }

    /// The trimmed cell of a field; None when empty or absent.
    pub fn cell(&self, key: &str) -> Option<&'a str> {
        self.cell_at(self.sheet.field(key))
    }

    /// The trimmed cell in a column found once with [`Sheet::field`] (a
    /// file of 200,000 rows looks its columns up once, not per row).
    pub fn cell_at(&self, column: Option<usize>) -> Option<&'a str> {
        self.filled(column?)
    }

    /// A filled cell, trimmed, and without the apostrophe our templates
    /// put before text Excel would take for a formula (`'=x` is `=x`;
    /// see `export::defuse`), so a template reads back as it was.
    fn filled(&self, i: usize) -> Option<&'a str> {
        let cell = self.cells.get(i)?.trim();
        let cell = match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => cell,
        };
        Some(cell).filter(|c| !c.is_empty())
    }

    /// The filled year cells: (year, its header, the cell).
    pub fn year_cells(&self) -> Vec<(i32, &'a str, &'a str)> {
        let sheet: &'a Sheet = self.sheet;
        sheet
            .keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| match k {
                Key::Year(y) => Some((*y, sheet.headers[i].trim(), self.filled(i)?)),
                _ => None,
            })
            .collect()
    }

    /// A problem in the column of `key`.
    pub fn push(&mut self, key: &str, nl: String, en: String) {
        let column = self.sheet.table.header(key).to_string();
        self.push_at(&column, nl, en);
    }

    /// A problem in the column named `column`.
    pub fn push_at(&mut self, column: &str, nl: String, en: String) {
        self.problems.push(problem(self.line, column, nl, en));
    }

    /// A text cell that must be filled; `what` names it ("De code").
    pub fn text(&mut self, key: &str, what_nl: &str) -> String {
        match self.cell(key) {
            Some(text) => text.to_string(),
            None => {
                self.push(key, format!("{what_nl} is leeg."), "Empty.".into());
                String::new()
            }
        }
    }

    /// The number in a field's cell; an empty cell is None, and a
    /// problem when `required`.
    pub fn number(&mut self, key: &str, required: bool) -> Option<Decimal> {
        let Some(text) = self.cell(key) else {
            if required {
                self.push(key, "Dit veld is leeg.".into(), "Empty.".into());
            }
            return None;
        };
        let column = self.sheet.table.header(key).to_string();
        self.number_at(&column, text)
    }

    /// The number in a cell of the column named `column`.
    pub fn number_at(&mut self, column: &str, text: &str) -> Option<Decimal> {
        let value = parse_cell_number(text, self.sheet.decimal_comma);
        if value.is_none() {
            self.push_at(
                column,
                format!("\"{text}\" is geen getal."),
                format!("\"{text}\" is not a number."),
            );
        }
        value
    }

    /// A number of 0 or more (a count, a tariff, a weight).
    pub fn non_negative(&mut self, key: &str, required: bool) -> Option<Decimal> {
        let value = self.number(key, required)?;
        if value < Decimal::ZERO {
            let text = self.cell(key).unwrap_or_default();
            self.push(
                key,
                format!("\"{text}\" is negatief; hier horen alleen getallen van 0 of meer."),
                "Negative value.".into(),
            );
            return None;
        }
        Some(value)
    }

    /// A percentage as a fraction (`2,5` is 0.025), within `min`..=`max`
    /// percent: the engine's bounds in the CSV's unit.
    pub fn percent(&mut self, key: &str, min: Decimal, max: Decimal) -> Option<Decimal> {
        let value = self.number(key, false)?;
        let percent = |v: Decimal| format_number(v * Decimal::ONE_HUNDRED, 0);
        let fraction = value / Decimal::ONE_HUNDRED;
        if fraction < min || fraction > max {
            let text = self.cell(key).unwrap_or_default();
            self.push(
                key,
                format!(
                    "\"{text}\" ligt buiten {}% tot {}%.",
                    percent(min),
                    percent(max)
                ),
                format!("\"{text}\" is outside {min} to {max}."),
            );
            return None;
        }
        Some(fraction)
    }
}

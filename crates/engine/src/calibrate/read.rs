//! Reading the allocations (toewijzingen) through the region tables' own
//! reading (`region_csv`: encodings, separators, forgiving headers, total
//! rows, lines): each row's client pseudonym (as a number, the text is not
//! kept), category, product code, dates and amount; a column of
//! burgerservicenummers is refused.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::dates::{dutch, parse_date, year_of, Day};
use super::mapping::{read_category, Lookup};
use crate::region_csv::columns::Key;
use crate::region_csv::row::Row;
use crate::region_csv::sheet::{read_sheet, Sheet};
use crate::region_csv::{problem, CsvProblem, Table};
use crate::text::Text;

/// One allocation as read; the client only as a number.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Allocation {
    pub line: usize,
    /// None: no client column, or an empty cell (a trajectory of its own).
    pub client: Option<u32>,
    pub category: u8,
    /// The care form, by its position in the mapping; None: unmapped.
    pub form: Option<usize>,
    pub start: Day,
    /// None: still running.
    pub end: Option<Day>,
    pub amount: Option<Decimal>,
}

/// The rows of a file that reads, with its notices.
pub(super) struct Read {
    pub rows: Vec<Allocation>,
    pub notices: Vec<Text>,
}

/// How far the work is, in percent, once the file is read into rows and
/// once every row is checked; between them every `PROGRESS_EVERY` rows.
pub(super) const PROGRESS_READ: u8 = 40;
pub(super) const PROGRESS_CHECKED: u8 = 75;
const PROGRESS_EVERY: usize = 10_000;

/// The most problems listed; a file with more gets one line saying so.
const MAX_LISTED: usize = 100;

/// Reads the allocations; `latest_start` (31 December of the base year,
/// when the user chose one) bounds the start dates.
pub(super) fn read_allocations(
    bytes: &[u8],
    latest_start: Option<Day>,
    lookup: &Lookup,
    progress: &mut dyn FnMut(u8),
) -> Result<Read, Vec<CsvProblem>> {
    let sheet = read_sheet(bytes, Table::Allocations)?;
    progress(PROGRESS_READ);
    refuse_bsn(&sheet)?;
    let column = |key| (key, sheet.field(key));
    let (category, start, end, client, code) = (
        column("category"),
        column("start"),
        column("end"),
        column("client"),
        column("code"),
    );
    let mut problems = sheet.problems.clone();
    let mut clients: HashMap<&str, u32> = HashMap::new();
    let mut rows = Vec::with_capacity(sheet.rows.len());
    let total = sheet.rows.len().max(1);
    for (i, (line, cells)) in sheet.rows.iter().enumerate() {
        if i % PROGRESS_EVERY == 0 {
            let done = (PROGRESS_CHECKED - PROGRESS_READ) as usize * i / total;
            progress(PROGRESS_READ + done as u8);
        }
        let mut row = Row::new(&sheet, *line, cells);
        let cat = read_category(&mut row, category.1);
        let start = date(&mut row, start, true).flatten();
        let end = date(&mut row, end, false);
        if let (Some(s), Some(Some(e))) = (start, end) {
            if e < s {
                row.push(
                    "end",
                    format!(
                        "De einddatum {} ligt vóór de begindatum {}.",
                        dutch(e),
                        dutch(s)
                    ),
                    "The end date lies before the start date.".into(),
                );
            }
        }
        if let (Some(s), Some(latest)) = (start, latest_start) {
            if s > latest {
                row.push(
                    "start",
                    format!(
                        "De begindatum {} ligt na het basisjaar {}: een toewijzing die nog moet beginnen hoort niet in de administratie van het verleden. Kies een later basisjaar of haal de regel weg.",
                        dutch(s),
                        year_of(latest)
                    ),
                    "The start date lies after the base year.".into(),
                );
            }
        }
        let amount = row.non_negative("amount", false);
        let client = row.cell_at(client.1).map(|c| {
            let next = clients.len() as u32;
            *clients.entry(c).or_insert(next)
        });
        match (cat, start, end) {
            (Some(category), Some(start), Some(end)) if row.problems.is_empty() => {
                rows.push(Allocation {
                    line: *line,
                    client,
                    category,
                    form: lookup.form(category, row.cell_at(code.1)),
                    start,
                    end,
                    amount,
                })
            }
            _ => problems.extend(row.problems),
        }
        if problems.len() > MAX_LISTED {
            break;
        }
    }
    if problems.len() > MAX_LISTED {
        problems.truncate(MAX_LISTED);
        problems.push(problem(
            0,
            "",
            format!("En meer: de eerste {MAX_LISTED} problemen staan hierboven; verbeter die en lees het bestand opnieuw in."),
            "And more: the first problems are listed above.".into(),
        ));
    }
    if problems.is_empty() {
        Ok(Read {
            rows,
            notices: sheet.notices,
        })
    } else {
        Err(problems)
    }
}

/// A date cell: Some(None) for an empty cell that may be empty (a running
/// allocation); None when it is no date.
fn date(
    row: &mut Row,
    (key, column): (&str, Option<usize>),
    required: bool,
) -> Option<Option<Day>> {
    let Some(text) = row.cell_at(column) else {
        if required {
            row.push(
                key,
                "De begindatum is leeg.".into(),
                "Empty start date.".into(),
            );
            return None;
        }
        return Some(None);
    };
    match parse_date(text) {
        Some(day) => Some(Some(day)),
        None => {
            row.push(
                key,
                format!("\"{text}\" is geen datum; schrijf dag-maand-jaar (31-12-2024) of jaar-maand-dag (2024-12-31)."),
                format!("\"{text}\" is not a date."),
            );
            None
        }
    }
}

/// A burgerservicenummer: eight or nine digits (Excel drops a leading
/// zero) that pass the elfproef.
pub fn looks_like_bsn(cell: &str) -> bool {
    let t = cell.trim();
    if !(t.len() == 8 || t.len() == 9) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits: Vec<i64> = format!("{t:0>9}")
        .bytes()
        .map(|b| i64::from(b - b'0'))
        .collect();
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum != 0 && sum % 11 == 0
}

/// Refuses a column (other than the dates and the amount) most of whose
/// filled cells look like a BSN: personal numbers must not be read here.
fn refuse_bsn(sheet: &Sheet) -> Result<(), Vec<CsvProblem>> {
    let skipped = |k: &Key| matches!(k, Key::Field("start" | "end" | "amount"));
    for (i, key) in sheet.keys.iter().enumerate() {
        if skipped(key) {
            continue;
        }
        let (mut filled, mut bsn, mut first) = (0usize, 0usize, 0usize);
        for (line, cells) in &sheet.rows {
            let Some(cell) = cells.get(i).filter(|c| !c.trim().is_empty()) else {
                continue;
            };
            filled += 1;
            if looks_like_bsn(cell) {
                bsn += 1;
                if first == 0 {
                    first = *line;
                }
            }
        }
        if bsn > 0 && bsn * 2 > filled {
            let column = sheet.headers[i].trim();
            return Err(vec![problem(
                first,
                column,
                format!("De kolom \"{column}\" lijkt burgerservicenummers te bevatten ({bsn} van de {filled} waarden zijn negen cijfers die de elfproef doorstaan, de eerste op regel {first}). Lees geen BSN in: vervang ze eerst door een pseudoniem (bijvoorbeeld een volgnummer per cliënt) of laat de kolom weg."),
                format!("Column \"{column}\" looks like citizen service numbers (BSN). Replace them by a pseudonym first, or leave the column out."),
            )]);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_elfproef() {
        assert!(looks_like_bsn("111222333"));
        assert!(looks_like_bsn("123456782"));
        assert!(!looks_like_bsn("123456789"));
        assert!(!looks_like_bsn("000000000"));
        assert!(!looks_like_bsn("12345678a"));
        assert!(!looks_like_bsn("1234567"));
    }
}

//! What every table's CSV goes through before its own columns are read:
//! size, encoding, separator, row count, header, missing and unused
//! columns, total rows. The result is a [`Sheet`]: the recognised columns
//! and the data rows with their lines.

use rust_decimal::Decimal;

use super::columns::{column_key, Key};
use super::decode::{decode, NotText};
use super::records::{detect_delimiter, records};
use super::table::Table;
use super::{problem, CsvProblem};
use crate::text::Text;

/// A CSV whose header has been read.
pub(crate) struct Sheet {
    pub table: Table,
    /// Numbers use a decimal comma (a semicolon or tab separated file).
    pub decimal_comma: bool,
    /// What each header cell names, by column index.
    pub keys: Vec<Key>,
    pub headers: Vec<String>,
    /// The data rows (header, blank and total rows left out), with lines.
    pub rows: Vec<(usize, Vec<String>)>,
    /// Total rows found, as problems: the table adds its own to them.
    pub problems: Vec<CsvProblem>,
    /// Unused columns, in words.
    pub notices: Vec<Text>,
}

impl Sheet {
    /// The column of a field, when the header has it.
    pub fn field(&self, key: &str) -> Option<usize> {
        self.keys
            .iter()
            .position(|k| matches!(k, Key::Field(f) if *f == key))
    }
}

fn whole(nl: impl Into<String>, en: &str) -> Vec<CsvProblem> {
    vec![problem(0, "", nl.into(), en.into())]
}

/// Reads the bytes as far as every table does; refuses the whole file
/// when it is not a CSV of this table.
pub(crate) fn read_sheet(bytes: &[u8], table: Table) -> Result<Sheet, Vec<CsvProblem>> {
    if bytes.len() > table.max_bytes() {
        return Err(whole(
            format!(
                "Het bestand is te groot; een CSV met {} is hooguit {} MB.",
                table.rows_nl(),
                table.max_bytes() / 1_048_576
            ),
            "The file is too large.",
        ));
    }
    let text = decode(bytes).map_err(|NotText::Binary| {
        whole(
            "Dit is geen CSV maar een spreadsheet of ander bestand: sla het in Excel op als CSV (Bestand > Opslaan als > CSV).",
            "This is not a CSV but a spreadsheet or other file: save it in Excel as CSV (File > Save as > CSV).",
        )
    })?;
    if text.trim().is_empty() {
        return Err(whole("Het bestand is leeg.", "The file is empty."));
    }
    let header_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let Some(delimiter) = detect_delimiter(header_line) else {
        return Err(whole(
            "Het scheidingsteken van de kopregel wordt niet herkend: gebruik een puntkomma, komma of tab tussen de kolommen (zoals Excel bij 'CSV' opslaat).",
            "The separator is not recognised; use semicolons, commas or tabs.",
        ));
    };
    refuse_too_many_rows(&text, table)?;
    let mut all = records(&text, delimiter).into_iter();
    let Some((_, headers)) = all.next() else {
        return Err(whole("Het bestand is leeg.", "The file is empty."));
    };
    let keys: Vec<Key> = headers.iter().map(|h| column_key(table, h)).collect();
    refuse_unknown_header(table, &keys, delimiter)?;
    refuse_missing_columns(table, &keys)?;
    refuse_twice_named_columns(&headers, &keys)?;
    let mut sheet = Sheet {
        table,
        decimal_comma: delimiter != ',',
        notices: unused_notices(&headers, &keys),
        keys,
        headers,
        rows: Vec::new(),
        problems: Vec::new(),
    };
    for (line, cells) in all {
        if is_total_row(&cells, sheet.decimal_comma) {
            sheet.problems.push(problem(
                line,
                "",
                "Dit is een totaalregel; laat totalen weg, de planner telt zelf op.".into(),
                "This is a total; leave totals out, the planner adds up itself.".into(),
            ));
        } else {
            sheet.rows.push((line, cells));
        }
    }
    if sheet.rows.is_empty() && sheet.problems.is_empty() {
        return Err(whole(
            format!(
                "Het bestand bevat geen {} onder de kopregel.",
                table.rows_nl()
            ),
            "No rows under the header.",
        ));
    }
    Ok(sheet)
}

/// Bounds the work before splitting a huge file into records: counts
/// non-blank lines only as far as one past the limit, then all of them
/// for the message.
fn refuse_too_many_rows(text: &str, table: Table) -> Result<(), Vec<CsvProblem>> {
    let max = table.max_rows();
    let filled = || text.lines().filter(|l| !l.trim().is_empty());
    if filled().take(max + 2).count() <= max + 1 {
        return Ok(());
    }
    let rows = filled().count() - 1;
    Err(whole(
        format!(
            "Te veel regels: {} {}; de planner neemt er hooguit {max}.",
            crate::nl::format_number(Decimal::from(rows), 0),
            table.rows_nl()
        ),
        "Too many rows.",
    ))
}

/// A header with at most one known column is not this table's header.
fn refuse_unknown_header(
    table: Table,
    keys: &[Key],
    delimiter: char,
) -> Result<(), Vec<CsvProblem>> {
    let known = keys
        .iter()
        .filter(|k| matches!(k, Key::Field(_) | Key::Year(_)))
        .count();
    if known > 1 {
        return Ok(());
    }
    let separator = match delimiter {
        '\t' => "tab".to_string(),
        d => d.to_string(),
    };
    let names: Vec<&str> = table.columns().iter().map(|c| c.header).collect();
    Err(whole(
        format!(
            "De kopregel wordt niet herkend (scheidingsteken '{separator}'). Gebruik de kolomnamen van het sjabloon: {}.",
            names.join("; ")
        ),
        "The header row is not recognised.",
    ))
}

/// Every required column the header lacks, named with what it holds.
fn refuse_missing_columns(table: Table, keys: &[Key]) -> Result<(), Vec<CsvProblem>> {
    let missing: Vec<CsvProblem> = table
        .columns()
        .iter()
        .filter(|c| c.required && !keys.contains(&Key::Field(c.key)))
        .map(|c| missing_column(c.header, c.holds_nl, c.holds_en))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

/// Two header cells for the same field or year: which one counts?
fn refuse_twice_named_columns(headers: &[String], keys: &[Key]) -> Result<(), Vec<CsvProblem>> {
    let twice: Vec<CsvProblem> = keys
        .iter()
        .enumerate()
        .filter(|(i, k)| matches!(k, Key::Field(_) | Key::Year(_)) && keys[..*i].contains(k))
        .map(|(i, _)| {
            let h = headers[i].trim();
            problem(
                1,
                h,
                format!("De kolom \"{h}\" staat twee keer in de kopregel (of onder een andere naam); laat er één staan."),
                format!("Column \"{h}\" appears twice in the header."),
            )
        })
        .collect();
    if twice.is_empty() {
        Ok(())
    } else {
        Err(twice)
    }
}

/// The problem of a missing column, on the header line.
pub(super) fn missing_column(header: &str, holds_nl: &str, holds_en: &str) -> CsvProblem {
    problem(
        1,
        header,
        format!(
            "De kolom \"{header}\" ontbreekt. Daarin hoort {holds_nl}. Download het sjabloon (knop 'Sjabloon downloaden') voor de juiste kolommen."
        ),
        format!("Column \"{header}\" is missing; it holds {holds_en}. Download the template for the right columns."),
    )
}

fn unused_notices(headers: &[String], keys: &[Key]) -> Vec<Text> {
    headers
        .iter()
        .zip(keys)
        .filter(|(_, k)| **k == Key::Unused)
        .map(|(h, _)| {
            let h = h.trim();
            Text::new(
                format!("Kolom \"{h}\" is niet gebruikt."),
                format!("Column \"{h}\" is not used."),
            )
        })
        .collect()
}

/// A row whose first text cell (not a number) starts with "totaal",
/// "subtotaal" or "total", in any case.
fn is_total_row(cells: &[String], decimal_comma: bool) -> bool {
    cells
        .iter()
        .map(|c| c.trim())
        .find(|c| !c.is_empty() && super::numbers::parse_cell_number(c, decimal_comma).is_none())
        .is_some_and(|c| {
            let c = c.to_lowercase();
            ["totaal", "subtotaal", "total"]
                .iter()
                .any(|w| c.starts_with(w))
        })
}

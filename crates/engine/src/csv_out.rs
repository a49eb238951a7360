//! Rows written as CSV for Dutch Excel: a byte-order mark, semicolons,
//! CRLF, cells quoted where they must be and formulas defused. A leaf: the
//! exports, the views' tables, the analyses and the templates write with it.

/// The byte-order mark that makes Excel read UTF-8.
pub(crate) const BOM: &str = "\u{feff}";

/// Rows as a CSV for Dutch Excel (BOM, semicolons, CRLF); the first row is
/// the header. Numbers in the rows are written by `excel_number`.
pub fn csv_table(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

/// Appends one row: cells defused (`defuse`), separated by semicolons,
/// quoted where they hold a separator, quote or line break, ended by CRLF.
pub(crate) fn push_row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        let cell = defuse(cell);
        // Quoted as RFC 4180 asks (and the `csv` crate, which reads our
        // imports, writes): only a cell with a separator, quote or line
        // break, its quotes doubled. Written by hand: the crate's writer
        // cost about 3 KB of the app's gzipped wasm for these lines.
        if cell.contains([';', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// Defuses text that Excel would run as a formula (=, +, -, @ at the start)
/// by a leading apostrophe. Numbers never pass through here with a sign of
/// their own: they are written by `excel_number`, and only text is defused.
pub fn defuse(cell: &str) -> String {
    let is_number = !cell.is_empty()
        && cell
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || c == ',' || (i == 0 && c == '-'));
    if !is_number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

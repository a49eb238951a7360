//! Writing a table as its template: UTF-8 with a byte order mark,
//! semicolons and decimal commas, which Dutch Excel opens as it is, and
//! which reads back as the same rows.

use rust_decimal::Decimal;

use super::table::Table;
use crate::csv_out::push_row;

/// The template of `table`: its header (with `extra` columns after it, the
/// budget lines' years), then `rows`.
pub(crate) fn template(table: Table, extra: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    let mut header: Vec<String> = table
        .columns()
        .iter()
        .map(|c| c.header.to_string())
        .collect();
    header.extend_from_slice(extra);
    push_row(&mut out, &header);
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

/// A number exactly, with a decimal comma and no grouping: `1234,5`. Exact
/// rather than rounded, so the template reads back as the same figures.
pub(crate) fn number(value: Decimal) -> String {
    value.normalize().to_string().replace('.', ",")
}

/// An optional number; empty when absent.
pub(crate) fn optional(value: Option<Decimal>) -> String {
    value.map(number).unwrap_or_default()
}

/// A fraction as a percentage under a "(%)" header: 0.125 is `12,5`.
pub(crate) fn percent(fraction: Decimal) -> String {
    number(fraction * Decimal::ONE_HUNDRED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_with_a_decimal_comma() {
        assert_eq!(number("1234.500".parse().unwrap()), "1234,5");
        assert_eq!(number("-14870000".parse().unwrap()), "-14870000");
        assert_eq!(percent("0.0275".parse().unwrap()), "2,75");
        assert_eq!(optional(None), "");
    }
}

//! Recognising a header cell: forgiving of case, accents, spacing,
//! punctuation and units, by the template's name or another name
//! controllers use.

use super::table::Table;

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// A field of the table (`clients_start`).
    Field(&'static str),
    /// An amount for this year (budget lines).
    Year(i32),
    /// A named column the table does not use: a notice.
    Unused,
    /// An empty header cell: ignored silently.
    Blank,
}

/// Lower case, accents off, only letters and digits: "Cliënten op 1 januari"
/// and "clienten_op_1_januari" both become "clientenop1januari".
pub(crate) fn normalise(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(fold_accent)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'ë' | 'é' | 'è' | 'ê' => 'e',
        'ï' | 'í' | 'ì' | 'î' => 'i',
        'ö' | 'ó' | 'ò' | 'ô' => 'o',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'á' | 'à' | 'ä' | 'â' => 'a',
        'ç' => 'c',
        other => other,
    }
}

/// Units a header may end in ("(€)" and "(%)" are gone already, being
/// punctuation), longest first so "inmaanden" goes before "maanden".
const UNITS: [&str; 10] = [
    "inprocenten",
    "inmaanden",
    "procent",
    "maanden",
    "ineuro",
    "ineur",
    "euro",
    "eur",
    "mnd",
    "pct",
];

/// A normalised header without its unit at the end.
fn without_unit(normalised: &str) -> &str {
    UNITS
        .iter()
        .find_map(|u| normalised.strip_suffix(u).filter(|rest| !rest.is_empty()))
        .unwrap_or(normalised)
}

/// What a header cell of `table` names.
pub(super) fn column_key(table: Table, header: &str) -> Key {
    let n = normalise(header);
    if n.is_empty() {
        return Key::Blank;
    }
    if let Some(year) = year_of(table, &n) {
        return Key::Year(year);
    }
    let bare = without_unit(&n);
    let by_header = table.columns().iter().find(|c| {
        let h = normalise(c.header);
        h == n || without_unit(&h) == bare
    });
    if let Some(column) = by_header {
        return Key::Field(column.key);
    }
    table
        .aliases()
        .iter()
        .find(|(_, a)| *a == n || *a == bare)
        .map_or(Key::Unused, |(k, _)| Key::Field(k))
}

/// A year column: "2026", "bedrag 2026", "2026 (€)".
fn year_of(table: Table, normalised: &str) -> Option<i32> {
    if !table.has_year_columns() {
        return None;
    }
    let bare = without_unit(normalised);
    let digits = ["bedrag", "jaar"]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .unwrap_or(bare);
    if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_by_name_alias_or_without_their_unit() {
        let care = |h| column_key(Table::CareForms, h);
        assert_eq!(
            normalise("\u{feff}Cliënten op 1 januari"),
            "clientenop1januari"
        );
        assert_eq!(care("clienten_op_1_januari"), Key::Field("clients_start"));
        assert_eq!(care("Tarief per maand (€)"), Key::Field("tariff_per_month"));
        assert_eq!(care("Tarief per maand EUR"), Key::Field("tariff_per_month"));
        assert_eq!(care("Duur (maanden)"), Key::Field("duration_months"));
        assert_eq!(
            care("Gemiddelde duur in maanden"),
            Key::Field("duration_months")
        );
        assert_eq!(care("Naam"), Key::Field("label"));
        assert_eq!(care("onzin"), Key::Unused);
        assert_eq!(care("  "), Key::Blank);
        assert_eq!(care("2026"), Key::Unused);
    }

    #[test]
    fn budget_lines_have_year_columns() {
        let budget = |h| column_key(Table::BudgetLines, h);
        assert_eq!(budget("2026"), Key::Year(2026));
        assert_eq!(budget("Bedrag 2027 (€)"), Key::Year(2027));
        assert_eq!(budget("Bedrag basisjaar (€)"), Key::Field("base_amount"));
        assert_eq!(
            budget("Indexatie per jaar in procenten"),
            Key::Field("index")
        );
        assert_eq!(budget("SOORT"), Key::Field("kind"));
        assert_eq!(budget("20266"), Key::Unused);
    }
}

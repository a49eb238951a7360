//! The columns of the care-forms CSV: their keys and Dutch headers, the
//! other names controllers use for them, and how a header is recognised.

/// The columns, in template order: (key, Dutch header, required).
pub(super) const COLUMNS: [(&str, &str, bool); 11] = [
    ("id", "code", true),
    ("label", "zorgvorm", true),
    ("group", "groep", true),
    ("clients_start", "cliënten op 1 januari", true),
    ("inflow_per_year", "instroom per jaar", false),
    ("duration_months", "gemiddelde duur (maanden)", true),
    ("tariff_per_month", "tarief per maand (€)", false),
    ("price_per_trajectory", "prijs per traject (€)", false),
    ("inflow_growth", "groei instroom (%)", false),
    ("price_index", "prijsindex (%)", false),
    ("source", "bron", false),
];

/// Other names controllers use for the same columns (already normalised).
const ALIASES: [(&str, &str); 14] = [
    ("id", "id"),
    ("label", "naam"),
    ("label", "omschrijving"),
    ("clients_start", "clienten"),
    ("clients_start", "aantalclienten"),
    ("clients_start", "clienten1januari"),
    ("inflow_per_year", "instroom"),
    ("duration_months", "duurmaanden"),
    ("duration_months", "duur"),
    ("tariff_per_month", "tarief"),
    ("tariff_per_month", "tariefpermaand"),
    ("price_per_trajectory", "prijspertraject"),
    ("inflow_growth", "groei"),
    ("price_index", "index"),
];

/// Lower case, accents off, only letters and digits: "Cliënten op 1 januari"
/// and "clienten_op_1_januari" both become "clientenop1januari".
pub(super) fn normalise(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ë' | 'é' | 'è' | 'ê' => 'e',
            'ï' | 'í' => 'i',
            'ö' | 'ó' => 'o',
            'ü' | 'ú' => 'u',
            'á' | 'à' | 'ä' => 'a',
            other => other,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

pub(super) fn column_key(header: &str) -> Option<&'static str> {
    let n = normalise(header);
    let without_unit = n
        .trim_end_matches("eur")
        .trim_end_matches("maanden")
        .to_string();
    COLUMNS
        .iter()
        .find(|(_, h, _)| {
            let hn = normalise(h);
            hn == n || hn.trim_end_matches("eur") == without_unit
        })
        .map(|(k, _, _)| *k)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(_, a)| *a == n || *a == without_unit)
                .map(|(k, _)| *k)
        })
}

/// The Dutch column name for a field key (the key itself when unknown).
pub(super) fn header_name(key: &str) -> &str {
    COLUMNS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or(key, |(_, h, _)| *h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_by_name_alias_or_without_their_unit() {
        assert_eq!(
            normalise("\u{feff}Cliënten op 1 januari"),
            "clientenop1januari"
        );
        assert_eq!(column_key("clienten_op_1_januari"), Some("clients_start"));
        assert_eq!(column_key("Tarief per maand (€)"), Some("tariff_per_month"));
        assert_eq!(column_key("Tarief per maand EUR"), Some("tariff_per_month"));
        assert_eq!(column_key("Duur (maanden)"), Some("duration_months"));
        assert_eq!(column_key("Naam"), Some("label"));
        assert_eq!(column_key("onzin"), None);
    }

    #[test]
    fn a_key_has_its_dutch_header_name() {
        assert_eq!(header_name("clients_start"), "cliënten op 1 januari");
        assert_eq!(header_name("unknown"), "unknown");
    }
}

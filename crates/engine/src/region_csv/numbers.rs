//! Numbers in cells as Excel writes them in either locale.

use rust_decimal::Decimal;

/// A number as Excel writes it in either locale: `1.234,5`, `1234.5`,
/// `12,5%`, `€ 900`, `900 €`, `€ -5` or `-€ 5`, with a minus sign (U+2212)
/// or a hyphen. A dot is a thousands dot next to a decimal comma, in
/// `1.234.567` form, and in `1.700` form when the file uses decimal commas
/// (`decimal_comma`: a semicolon or tab separated file, as Dutch Excel
/// writes it); otherwise it is a decimal point.
pub(crate) fn parse_cell_number(text: &str, decimal_comma: bool) -> Option<Decimal> {
    if let Some(plain) = plain_number(text) {
        return Some(plain);
    }
    // A cell with a letter is text (a name, a pseudonym): known without
    // the copies below, which a total-row check makes for every row.
    let numeric = |c: char| c.is_ascii_digit() || c.is_whitespace() || ".,-%€\u{2212}".contains(c);
    if !text.chars().all(numeric) {
        return None;
    }
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let t = without_euro(t.strip_suffix('%').unwrap_or(&t));
    let t = t.as_str();
    if t.is_empty() {
        return None;
    }
    let grouped = |s: &str| {
        let digits = s.trim_start_matches('-');
        let parts: Vec<&str> = digits.split('.').collect();
        (parts.len() > 2 || (decimal_comma && parts.len() == 2))
            && parts[0].len() <= 3
            && !parts[0].is_empty()
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let normalised = if t.contains(',') {
        if t.matches(',').count() > 1 {
            return None;
        }
        t.replace('.', "").replace(',', ".")
    } else if grouped(t) {
        t.replace('.', "")
    } else {
        t.to_string()
    };
    let ok = normalised
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && c == '-'));
    if !ok {
        return None;
    }
    normalised.parse().ok()
}

/// The common case without allocating (200,000 amounts in a file of
/// allocations): digits, with one decimal comma or none: `1234,56`. The
/// same value and scale the general reading gives; anything else is None.
fn plain_number(text: &str) -> Option<Decimal> {
    let (whole, fraction) = text.split_once(',').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() + fraction.len() > 18 || !digits(whole) || !digits(fraction)
    {
        return None;
    }
    if text.ends_with(',') {
        return None;
    }
    let mut n: i64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        n = n * 10 + i64::from(b - b'0');
    }
    Some(Decimal::new(n, fraction.len() as u32))
}

/// The number without a euro sign before it (after a minus sign or not)
/// or after it.
fn without_euro(t: &str) -> String {
    let t = t.strip_suffix('€').unwrap_or(t);
    match t.strip_prefix('-') {
        Some(rest) => format!("-{}", rest.strip_prefix('€').unwrap_or(rest)),
        None => t.strip_prefix('€').unwrap_or(t).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_files_read_a_thousands_dot() {
        assert_eq!(parse_cell_number("1.700", true), Some(Decimal::from(1700)));
        assert_eq!(
            parse_cell_number("1.700", false),
            Some("1.7".parse().unwrap())
        );
        assert_eq!(parse_cell_number("1.5", true), Some("1.5".parse().unwrap()));
        assert_eq!(
            parse_cell_number("1.234,5", true),
            Some("1234.5".parse().unwrap())
        );
    }

    #[test]
    fn the_plain_fast_path_reads_as_the_general_reading() {
        for text in ["1234,56", "007", "0", "5,0", "123456789012345678", "1,5"] {
            let general: Decimal = text.replace(',', ".").parse().unwrap();
            let plain = plain_number(text).unwrap();
            assert_eq!((plain, plain.scale()), (general, general.scale()), "{text}");
        }
        for text in [
            "",
            ",5",
            "5,",
            "1.5",
            "-5",
            " 5",
            "1,2,3",
            "1234567890123456789",
        ] {
            assert_eq!(plain_number(text), None, "{text}");
        }
    }

    #[test]
    fn euro_signs_percent_and_minus_signs_are_read() {
        let n = |s: &str| s.parse::<Decimal>().ok();
        assert_eq!(parse_cell_number("€ 1.234,50", true), n("1234.50"));
        assert_eq!(parse_cell_number("1.234,50 €", true), n("1234.50"));
        assert_eq!(parse_cell_number("-€ 5", true), n("-5"));
        assert_eq!(parse_cell_number("\u{2212}5", true), n("-5"));
        assert_eq!(parse_cell_number("12,5%", true), n("12.5"));
        assert_eq!(parse_cell_number("1.5", false), n("1.5"));
        assert_eq!(parse_cell_number("€", true), None);
        assert_eq!(parse_cell_number("1€5", true), None);
        assert_eq!(parse_cell_number("5-", true), None);
        assert_eq!(parse_cell_number("1,2,3", true), None);
    }
}

//! Dutch (nl-NL) display of numbers and money: decimal comma, dot as
//! thousands separator, "€ -1.234,56" as Intl.NumberFormat("nl-NL") writes it.
//! Pure functions, shared by the app, the CSV writer and the CLI.

use rust_decimal::{Decimal, RoundingStrategy};

/// `value` rounded half-even to `decimals` places, with thousands grouping:
/// `format_number(1234567.891, 2)` is `1.234.567,89`.
pub fn format_number(value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven);
    let negative = rounded < Decimal::ZERO;
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3 + 4);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped);
    if let Some(frac) = frac_part {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Whole euros: `€ 1.234.568`, `€ -12.000`.
pub fn format_euro(value: Decimal) -> String {
    format!("€ {}", format_number(value, 0))
}

/// Euros with cents: `€ 1.234,56`.
pub fn format_euro_cents(value: Decimal) -> String {
    format!("€ {}", format_number(value, 2))
}

/// Millions of euros with one decimal: `€ 12,3 mln`.
pub fn format_euro_millions(value: Decimal) -> String {
    format!(
        "€ {} mln",
        format_number(value / Decimal::from(1_000_000), 1)
    )
}

/// A fraction as a percentage: `format_percent(0.125, 1)` is `12,5%`.
pub fn format_percent(fraction: Decimal, decimals: u32) -> String {
    format!(
        "{}%",
        format_number(fraction * Decimal::ONE_HUNDRED, decimals)
    )
}

/// A plain decimal with comma and no grouping, as Dutch Excel reads it in
/// CSV: `1234567,89`. Trailing zeros beyond `min_decimals` are kept so a
/// column stays aligned.
pub fn excel_number(value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven);
    format!("{:.*}", decimals as usize, rounded).replace('.', ",")
}

/// Reads a number as a Dutch user types it: `12,5`, `1.234,5`, `-3`, `12.5`
/// (a single dot followed by other than exactly three digits is a decimal
/// point), with optional `€`, `%` and spaces around it. None when it is not a
/// number.
pub fn parse_number(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let normalised = if cleaned.contains(',') {
        // Dutch: dots group thousands, the comma is the decimal sign.
        if cleaned.matches(',').count() > 1 {
            return None;
        }
        cleaned.replace('.', "").replace(',', ".")
    } else if cleaned.matches('.').count() > 1 {
        cleaned.replace('.', "")
    } else if let Some((_, after)) = cleaned.split_once('.') {
        if after.len() == 3 && !cleaned.starts_with("0.") && !cleaned.starts_with("-0.") {
            cleaned.replace('.', "") // 1.234 = twelve hundred thirty-four
        } else {
            cleaned
        }
    } else {
        cleaned
    };
    let valid = normalised
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')));
    if !valid {
        return None;
    }
    normalised.parse::<Decimal>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn groups_thousands_with_dots_and_uses_a_decimal_comma() {
        assert_eq!(format_number(dec!(1234567.891), 2), "1.234.567,89");
        assert_eq!(format_number(dec!(999), 0), "999");
        assert_eq!(format_number(dec!(1000), 0), "1.000");
        assert_eq!(format_number(dec!(-1234.5), 1), "-1.234,5");
        assert_eq!(format_number(dec!(0.05), 1), "0,0"); // half-even
    }

    #[test]
    fn money_and_percent_read_as_in_dutch_reports() {
        assert_eq!(format_euro(dec!(1234567.49)), "€ 1.234.567");
        assert_eq!(format_euro(dec!(-12000)), "€ -12.000");
        assert_eq!(format_euro_cents(dec!(216387)), "€ 216.387,00");
        assert_eq!(format_euro_millions(dec!(12345678)), "€ 12,3 mln");
        assert_eq!(format_percent(dec!(0.125), 1), "12,5%");
    }

    #[test]
    fn excel_numbers_have_a_comma_and_no_grouping() {
        assert_eq!(excel_number(dec!(1234567.891), 2), "1234567,89");
        assert_eq!(excel_number(dec!(-0.5), 1), "-0,5");
        assert_eq!(excel_number(dec!(3), 2), "3,00");
    }

    #[test]
    fn parses_what_dutch_users_type() {
        assert_eq!(parse_number("12,5"), Some(dec!(12.5)));
        assert_eq!(parse_number("1.234,5"), Some(dec!(1234.5)));
        assert_eq!(parse_number("€ 1.234.567"), Some(dec!(1234567)));
        assert_eq!(parse_number("1.234"), Some(dec!(1234)));
        assert_eq!(parse_number("0.25"), Some(dec!(0.25)));
        assert_eq!(parse_number("12.5"), Some(dec!(12.5)));
        assert_eq!(parse_number("-15%"), Some(dec!(-15)));
        assert_eq!(parse_number("\u{2212}2,5"), Some(dec!(-2.5)));
        assert_eq!(parse_number("twaalf"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("1e5"), None);
    }
}

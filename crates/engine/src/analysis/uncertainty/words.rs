//! The bands and the ranges in words: where the projection lies in the
//! bands and why, in millions (never cents).

use super::*;

/// "€ -52,1 tot € -30,3 mln" (nl) and "€ -52,1 to € -30,3 mln" (en).
fn millions_between(low: f64, high: f64) -> (String, String) {
    let low = millions(low).replace(" mln", "");
    let high = millions(high);
    (format!("{low} tot {high}"), format!("{low} to {high}"))
}

/// Whole euros as "€ -27,0 mln": bands are never shown as cents.
pub(super) fn millions(v: f64) -> String {
    format_euro_millions(Decimal::from_f64(v.round()).unwrap_or_default())
}

/// Where `value` lies against the 10-90% band: below, inside or above,
/// allowing the f64 path's agreement with the Decimal engine.
fn position(value: f64, band: &Band, slack: f64) -> (&'static str, &'static str) {
    if value < band.p10 - slack {
        ("onder", "below")
    } else if value > band.p90 + slack {
        ("boven", "above")
    } else {
        ("binnen", "inside")
    }
}

/// "groei en prijsindex", "growth and price index".
fn names(which: &[Uncertain]) -> (String, String) {
    let join = |words: Vec<&str>, and: &str| match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        None => String::new(),
    };
    let texts: Vec<Text> = which.iter().map(|u| u.name()).collect();
    (
        join(texts.iter().map(|t| t.nl.as_str()).collect(), "en"),
        join(texts.iter().map(|t| t.en.as_str()).collect(), "and"),
    )
}

/// Why the bands lie where they do: which ranges are skewed, which way,
/// and which way that pushes cost; or that every range is centred.
pub(super) fn skew_sentence(ranges: &Ranges) -> Text {
    let skewed = |dir: i8| -> Vec<Uncertain> {
        Uncertain::ALL
            .into_iter()
            .filter(|u| ranges.get(*u).skew() == dir)
            .collect()
    };
    let (up, down) = (skewed(1), skewed(-1));
    if up.is_empty() && down.is_empty() {
        return Text::new(
            "Alle bereiken liggen evenwichtig rond hun waarschijnlijke waarde.",
            "Every range lies evenly around its likely value.",
        );
    }
    // One clause per direction: "de bereiken voor X zijn scheef: ze lopen
    // verder omhoog dan omlaag", the second shorter.
    let clause = |group: &[Uncertain], first: bool, dir: (&str, &str, &str, &str)| {
        let (nl, en) = names(group);
        let many = group.len() > 1;
        let (nl_lead, en_lead) = match (first, many) {
            (true, true) => (
                format!("De bereiken voor {nl} zijn scheef: ze lopen"),
                format!("The ranges for {en} are skewed: they reach"),
            ),
            (true, false) => (
                format!("Het bereik voor {nl} is scheef: het loopt"),
                format!("The range for {en} is skewed: it reaches"),
            ),
            (false, true) => (
                format!("de bereiken voor {nl} lopen"),
                format!("the ranges for {en} reach"),
            ),
            (false, false) => (
                format!("het bereik voor {nl} loopt"),
                format!("the range for {en} reaches"),
            ),
        };
        (
            format!("{nl_lead} verder {} dan {}", dir.0, dir.1),
            format!("{en_lead} further {} than {}", dir.2, dir.3),
        )
    };
    let up_words = ("omhoog", "omlaag", "up", "down");
    let down_words = ("omlaag", "omhoog", "down", "up");
    let mut parts = Vec::new();
    if !up.is_empty() {
        parts.push(clause(&up, true, up_words));
    }
    if !down.is_empty() {
        parts.push(clause(&down, up.is_empty(), down_words));
    }
    let cost: Vec<i8> = up
        .iter()
        .map(|u| u.cost_direction())
        .chain(down.iter().map(|u| -u.cost_direction()))
        .collect();
    let (nl_end, en_end) = if cost.iter().all(|c| *c > 0) {
        (
            ", dus vallen de kosten eerder hoger uit dan in de projectie.",
            ", so costs are more likely to come out higher than projected.",
        )
    } else if cost.iter().all(|c| *c < 0) {
        (
            ", dus vallen de kosten eerder lager uit dan in de projectie.",
            ", so costs are more likely to come out lower than projected.",
        )
    } else {
        (
            ". Ze trekken de kosten niet allemaal dezelfde kant op.",
            ". They do not all push costs the same way.",
        )
    };
    let (nl, en): (Vec<String>, Vec<String>) = parts.into_iter().unzip();
    Text::new(
        format!("{}{nl_end}", nl.join("; ")),
        format!("{}{en_end}", en.join("; ")),
    )
}

/// Where the projection without uncertainty (the exact Decimal projection
/// `central`) lies in the bands of `year`, balance and cost, with the
/// median, and why (the ranges' skew). None for a year outside either.
pub fn centre_sentence(u: &Uncertainty, central: &Projection, year: i32) -> Option<Text> {
    let bands = u.years.iter().find(|y| y.year == year)?;
    let exact = central.year(year)?;
    let (balance, cost) = (exact.balance.to_f64()?, exact.total_cost.to_f64()?);
    let slack = cost.abs() * 1e-4 + 1.0;
    let (b_nl, b_en) = position(balance, &bands.balance, slack);
    let (c_nl, c_en) = position(cost, &bands.cost, slack);
    let (b_band_nl, b_band_en) = millions_between(bands.balance.p10, bands.balance.p90);
    let (c_band_nl, c_band_en) = millions_between(bands.cost.p10, bands.cost.p90);
    // The projection's own figures are exact (Decimal); the bands rounded.
    let (b, c, median) = (
        format_euro_millions(exact.balance),
        format_euro_millions(exact.total_cost),
        millions(bands.balance.p50),
    );
    let why = skew_sentence(&u.ranges);
    Some(Text::new(
        format!(
            "Het saldo zonder onzekerheid ({b}) ligt in {year} {b_nl} de band van 10 tot 90% ({b_band_nl}); de mediaan is {median}. De kosten zonder onzekerheid ({c}) liggen {c_nl} hun band ({c_band_nl}). {}",
            why.nl
        ),
        format!(
            "The balance without uncertainty ({b}) lies {b_en} the 10 to 90% band in {year} ({b_band_en}); the median is {median}. The cost without uncertainty ({c}) lies {c_en} its band ({c_band_en}). {}",
            why.en
        ),
    ))
}

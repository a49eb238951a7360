//! The uncertainty sampled away from the page (the import worker runs it,
//! so the app's wasm holds no sampler and the page never samples): the
//! ranges as the app read them, the bands per year back as whole numbers
//! (euros, and the chance the budget holds in ten-thousandths), which the
//! app reads without a float parser and shows rounded to a tenth of a
//! million anyway.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{Band, Range, Ranges, Sampler, Uncertain, YearBands};
use crate::file::load_scenario;
use crate::text::Text;

/// Samples drawn between two progress reports.
const CHUNK: usize = 250;

/// The four ranges as decimal text (fractions: "-0.01"), low, likely,
/// high, in the order of [`Uncertain::ALL`].
pub type RangesText = [[String; 3]; 4];

/// `ranges` as text, for the request.
pub fn ranges_text(ranges: &Ranges) -> RangesText {
    Uncertain::ALL.map(|which| {
        let r = ranges.get(which);
        [r.low, r.likely, r.high].map(|v| {
            Decimal::try_from(v)
                .map(|d| d.round_dp(6).normalize().to_string())
                .unwrap_or_default()
        })
    })
}

fn ranges_of(text: &RangesText) -> Option<Ranges> {
    let range = |t: &[String; 3]| {
        let v = |s: &String| s.parse::<Decimal>().ok()?.to_f64();
        Some(Range {
            low: v(&t[0])?,
            likely: v(&t[1])?,
            high: v(&t[2])?,
        })
    };
    Some(Ranges {
        inflow_growth: range(&text[0])?,
        price_index: range(&text[1])?,
        relapse: range(&text[2])?,
        lever_effect: range(&text[3])?,
    })
}

/// The bands per year of `samples` samples of the scenario file `scenario`
/// within `ranges`, drawn from `seed`; `progress` hears how far, in
/// percent. Refused in Dutch and English as the app would refuse it.
pub fn sample(
    scenario: &[u8],
    ranges: &RangesText,
    samples: usize,
    seed: u64,
    progress: &mut dyn FnMut(u8),
) -> Result<Vec<YearBands>, Text> {
    let s = load_scenario(scenario).map_err(|e| Text::same(e.to_string()))?;
    let ranges = ranges_of(ranges).ok_or_else(|| {
        Text::new(
            "De bereiken zijn geen getallen.",
            "The ranges are not numbers.",
        )
    })?;
    let mut sampler = Sampler::new(&s, ranges, samples, seed).map_err(|e| e.text())?;
    while !sampler.is_finished() {
        sampler.step(CHUNK);
        progress((sampler.done() * 100 / sampler.target().max(1)) as u8);
    }
    Ok(sampler.result().years)
}

/// A year's bands as whole numbers: the year, cost p10 to p90, balance p10
/// to p90 (euros), the chance the budget holds (ten-thousandths).
pub fn year_to_wire(y: &YearBands) -> Vec<String> {
    let band =
        |b: &Band| [b.p10, b.p25, b.p50, b.p75, b.p90].map(|v| (v.round() as i64).to_string());
    std::iter::once(y.year.to_string())
        .chain(band(&y.cost))
        .chain(band(&y.balance))
        .chain([((y.budget_holds * 10_000.0).round() as i64).to_string()])
        .collect()
}

/// [`year_to_wire`] read back; None when it is not one.
pub fn year_from_wire(parts: &[String]) -> Option<YearBands> {
    let n = |i: usize| parts.get(i)?.parse::<i64>().ok();
    let band = |at: usize| {
        Some(Band {
            p10: n(at)? as f64,
            p25: n(at + 1)? as f64,
            p50: n(at + 2)? as f64,
            p75: n(at + 3)? as f64,
            p90: n(at + 4)? as f64,
        })
    };
    Some(YearBands {
        year: i32::try_from(n(0)?).ok()?,
        cost: band(1)?,
        balance: band(6)?,
        budget_holds: n(11)? as f64 / 10_000.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::uncertainty::uncertainty;
    use crate::example::voorbeeldregio;
    use crate::file::scenario_to_json;

    #[test]
    fn the_batch_gives_the_bands_of_the_same_seed_in_whole_euros() {
        let s = voorbeeldregio();
        let ranges = Ranges::default();
        let mut heard = Vec::new();
        let years = sample(
            scenario_to_json(&s).as_bytes(),
            &ranges_text(&ranges),
            500,
            7,
            &mut |p| heard.push(p),
        )
        .unwrap();
        let direct = uncertainty(&s, ranges, 500, 7).unwrap();
        assert_eq!(years, direct.years);
        assert_eq!(heard, [50, 100]);
        // Over the wire: whole euros, the chance in ten-thousandths.
        for (y, d) in years.iter().zip(&direct.years) {
            let back = year_from_wire(&year_to_wire(y)).unwrap();
            assert_eq!(back.cost.p50, d.cost.p50.round());
            assert_eq!(back.balance.p90, d.balance.p90.round());
            assert!((back.budget_holds - d.budget_holds).abs() <= 0.00005);
        }
    }

    #[test]
    fn bad_ranges_and_counts_are_refused_as_the_app_says() {
        let s = scenario_to_json(&voorbeeldregio());
        let mut text = ranges_text(&Ranges::default());
        let refused = sample(s.as_bytes(), &text, 10, 1, &mut |_| {}).unwrap_err();
        assert_eq!(refused.nl, "Kies 100 tot en met 100.000 doorrekeningen.");
        text[2] = ["0.2".into(), "0".into(), "0.1".into()];
        let refused = sample(s.as_bytes(), &text, 100, 1, &mut |_| {}).unwrap_err();
        assert!(refused.nl.starts_with("Bij terugval"), "{}", refused.nl);
        text[0][0] = "veel".into();
        assert!(sample(s.as_bytes(), &text, 100, 1, &mut |_| {}).is_err());
    }
}

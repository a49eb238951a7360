//! The sampling, its bands and its sentences, natively.

use super::*;
use crate::example::voorbeeldregio;
use crate::projection::project;
use rust_decimal::prelude::ToPrimitive;
use words::{millions, skew_sentence};

#[test]
fn the_same_seed_gives_the_same_bands_and_another_seed_others() {
    let s = voorbeeldregio();
    let a = uncertainty(&s, Ranges::default(), 500, 7).unwrap();
    let b = uncertainty(&s, Ranges::default(), 500, 7).unwrap();
    let c = uncertainty(&s, Ranges::default(), 500, 8).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn the_central_projection_lies_inside_the_10_90_band() {
    let s = voorbeeldregio();
    let exact = project(&s);
    let u = uncertainty(&s, Ranges::default(), 2_000, 1).unwrap();
    for (y, bands) in exact.years.iter().zip(&u.years) {
        let balance = y.balance.to_f64().unwrap();
        let cost = y.total_cost.to_f64().unwrap();
        // Within the f64 path's agreement with the Decimal engine (0.01%
        // of the cost): the base year has no spread at all.
        let slack = cost.abs() * 1e-4;
        assert!(
            bands.balance.p10 - slack <= balance && balance <= bands.balance.p90 + slack,
            "{}: {balance} not in {:?}",
            y.year,
            bands.balance
        );
        assert!(
            bands.cost.p10 - slack <= cost && cost <= bands.cost.p90 + slack,
            "{}",
            y.year
        );
        assert!(bands.balance.p10 <= bands.balance.p25 && bands.balance.p25 <= bands.balance.p50);
        assert!(bands.balance.p50 <= bands.balance.p75 && bands.balance.p75 <= bands.balance.p90);
    }
}

#[test]
fn ranges_of_one_point_give_bands_of_one_point() {
    let s = voorbeeldregio();
    let point = |v| Range {
        low: v,
        likely: v,
        high: v,
    };
    let ranges = Ranges {
        inflow_growth: point(0.0),
        price_index: point(0.0),
        relapse: point(0.0),
        lever_effect: point(1.0),
    };
    let u = uncertainty(&s, ranges, 100, 3).unwrap();
    let exact = project(&s);
    for (y, bands) in exact.years.iter().zip(&u.years) {
        let balance = y.balance.to_f64().unwrap();
        assert!(
            (bands.balance.p10 - balance).abs() < 1.0 && (bands.balance.p90 - balance).abs() < 1.0
        );
    }
}

#[test]
fn a_budget_that_always_holds_has_a_chance_of_one() {
    let mut s = voorbeeldregio();
    s.budget_lines[0].base_amount = rust_decimal::Decimal::from(1_000_000_000);
    let u = uncertainty(&s, Ranges::default(), 200, 1).unwrap();
    assert!(u.years.iter().all(|y| y.budget_holds == 1.0));
    let mut broke = voorbeeldregio();
    broke.budget_lines[0].base_amount = rust_decimal::Decimal::ZERO;
    let u = uncertainty(&broke, Ranges::default(), 200, 1).unwrap();
    assert!(u.years.iter().all(|y| y.budget_holds == 0.0));
}

#[test]
fn bad_ranges_and_sample_counts_are_refused_in_words() {
    let s = voorbeeldregio();
    let ranges = Ranges {
        relapse: Range {
            low: 0.2,
            likely: 0.0,
            high: 0.3,
        },
        ..Ranges::default()
    };
    let error = uncertainty(&s, ranges, 500, 1).unwrap_err();
    assert_eq!(
        error.text().nl,
        "Bij terugval moet laag ≤ waarschijnlijk ≤ hoog zijn."
    );
    assert_eq!(
        uncertainty(&s, Ranges::default(), 10, 1).unwrap_err(),
        UncertaintyError::Samples
    );
}

#[test]
fn the_default_ranges_are_skewed_toward_higher_cost_and_each_carries_its_source() {
    let r = Ranges::default();
    let skews: Vec<i8> = Uncertain::ALL.iter().map(|u| r.get(*u).skew()).collect();
    assert_eq!(skews, [1, 1, 1, -1]);
    for u in Uncertain::ALL {
        let source = u.source();
        assert!(source.nl.starts_with("Bron: ") && source.nl.ends_with("Breedte: aanname."));
        assert!(source.en.starts_with("Source: ") && source.en.ends_with("Width: assumption."));
    }
    let centred = Range {
        low: -0.01,
        likely: 0.0,
        high: 0.01,
    };
    assert_eq!(centred.skew(), 0);
}

#[test]
fn the_centre_sentence_places_the_projection_against_the_band_and_names_the_skew() {
    let s = voorbeeldregio();
    let u = uncertainty(&s, Ranges::default(), 1_000, 1).unwrap();
    let p = project(&s);
    let year = s.last_year();
    let text = centre_sentence(&u, &p, year).unwrap();
    let bands = u.years.iter().find(|y| y.year == year).unwrap();
    let exact = p.year(year).unwrap();
    let balance = exact.balance.to_f64().unwrap();
    let word = if balance < bands.balance.p10 {
        "onder"
    } else if balance > bands.balance.p90 {
        "boven"
    } else {
        "binnen"
    };
    let start = format!(
        "Het saldo zonder onzekerheid ({}) ligt in {year} {word} de band van 10 tot 90% ({} tot {}); de mediaan is {}. De kosten zonder onzekerheid ({}) liggen ",
        format_euro_millions(exact.balance),
        millions(bands.balance.p10).replace(" mln", ""),
        millions(bands.balance.p90),
        millions(bands.balance.p50),
        format_euro_millions(exact.total_cost),
    );
    assert!(text.nl.starts_with(&start), "{}", text.nl);
    assert!(text.nl.ends_with(" De bereiken voor groei van de instroom, prijsindex en terugval zijn scheef: ze lopen verder omhoog dan omlaag; het bereik voor het effect van de knoppen loopt verder omlaag dan omhoog, dus vallen de kosten eerder hoger uit dan in de projectie."), "{}", text.nl);
    assert!(text.en.ends_with(" The ranges for inflow growth, price index and relapse are skewed: they reach further up than down; the range for the effect of the levers reaches further down than up, so costs are more likely to come out higher than projected."), "{}", text.en);
    assert!(centre_sentence(&u, &p, year + 1).is_none());
}

#[test]
fn a_projection_outside_its_band_is_said_to_lie_above_or_below_it() {
    let s = voorbeeldregio();
    let p = project(&s);
    let year = s.last_year();
    // Growth only upward: every sample costs more than the projection.
    let ranges = Ranges {
        inflow_growth: Range {
            low: 0.01,
            likely: 0.02,
            high: 0.03,
        },
        ..Ranges::default()
    };
    let u = uncertainty(&s, ranges, 500, 1).unwrap();
    let text = centre_sentence(&u, &p, year).unwrap();
    assert!(
        text.nl.contains(&format!("ligt in {year} boven de band")),
        "{}",
        text.nl
    );
    assert!(text.nl.contains(") liggen onder hun band ("), "{}", text.nl);
    assert!(
        text.en
            .contains(&format!("lies above the 10 to 90% band in {year}")),
        "{}",
        text.en
    );
    // Ranges that are all centred say so, and the base year has no spread.
    let point = Range {
        low: 0.0,
        likely: 0.0,
        high: 0.0,
    };
    let even = Ranges {
        inflow_growth: point,
        price_index: point,
        relapse: point,
        lever_effect: Range {
            low: 0.9,
            likely: 1.0,
            high: 1.1,
        },
    };
    let u = uncertainty(&s, even, 200, 1).unwrap();
    let text = centre_sentence(&u, &p, s.base_year).unwrap();
    assert!(
        text.nl
            .contains(&format!("ligt in {} binnen de band", s.base_year)),
        "{}",
        text.nl
    );
    assert!(
        text.nl
            .ends_with(" Alle bereiken liggen evenwichtig rond hun waarschijnlijke waarde."),
        "{}",
        text.nl
    );
    // One skewed range alone, lowering cost.
    let lower = Ranges {
        lever_effect: Range {
            low: 0.9,
            likely: 1.0,
            high: 1.5,
        },
        ..even
    };
    let text = skew_sentence(&lower);
    assert_eq!(text.nl, "Het bereik voor het effect van de knoppen is scheef: het loopt verder omhoog dan omlaag, dus vallen de kosten eerder lager uit dan in de projectie.");
}

#[test]
fn sampling_in_chunks_gives_the_same_bands_as_at_once() {
    let s = voorbeeldregio();
    let mut chunked = Sampler::new(&s, Ranges::default(), 1_000, 5).unwrap();
    while !chunked.is_finished() {
        chunked.step(128);
    }
    assert_eq!(
        chunked.result(),
        uncertainty(&s, Ranges::default(), 1_000, 5).unwrap()
    );
}

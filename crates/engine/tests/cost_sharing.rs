//! Cost sharing over time: the key and the insured share per year, so a plan
//! that phases solidarity out (seed 004, gone from 2023) or changes its key
//! is expressed as it says; per municipality the figures follow, adding up
//! to the cent every year.

mod common;
use common::*;

use jeugdscenario_engine::edit::CostModel;
use jeugdscenario_engine::scenario::Scenario;
use jeugdscenario_engine::{
    load_scenario, project, scenario_to_json, split_by_municipality, validate, Edit,
    MunicipalityYear,
};
use rust_decimal::Decimal;

/// Three municipalities with own use unlike the key.
fn region() -> Scenario {
    let mut s = small_region();
    s.apply(Edit::SetCostModel(CostModel::Insurance)).unwrap();
    s.insured_share = Some(Decimal::ONE);
    for (m, own) in s.municipalities.iter_mut().zip(["1", "1", "5"]) {
        m.own_use = Some(d(own));
    }
    assert!(validate(&s).is_empty());
    s
}

/// Each year's parts per municipality.
fn split(s: &Scenario) -> Vec<Vec<MunicipalityYear>> {
    split_by_municipality(s, &project(s))
}

fn adds_up_every_year(s: &Scenario) {
    let p = project(s);
    let split = split_by_municipality(s, &p);
    assert_eq!(split.len(), p.years.len());
    for (y, parts) in p.years.iter().zip(&split) {
        assert_eq!(parts.len(), s.municipalities.len());
        let cost: Decimal = parts.iter().map(|m| m.cost).sum();
        let income: Decimal = parts.iter().map(|m| m.income).sum();
        assert_eq!(cost, y.total_cost, "{}", y.year);
        assert_eq!(income, y.income, "{}", y.year);
        for m in parts {
            assert_eq!(m.balance, m.income - m.cost);
        }
    }
}

#[test]
fn solidarity_phased_out_from_a_year_splits_by_own_use_from_that_year_on() {
    let mut s = region();
    let before = project(&s);
    let split_before = split(&s);
    let from = s.base_year + 2;
    s.apply(Edit::SetInsuredShareFrom {
        year: from,
        share: Some(Decimal::ZERO),
    })
    .unwrap();
    let after = project(&s);
    let split_after = split(&s);
    adds_up_every_year(&s);
    let years = before.years.iter().zip(&after.years);
    for ((b, a), (sb, sa)) in years.zip(split_before.iter().zip(&split_after)) {
        assert_eq!(b.total_cost, a.total_cost, "the region's figures stay");
        if b.year < from {
            assert_eq!(sb, sa, "{}: by the key", b.year);
        } else {
            // Own use 1 : 1 : 5 of the cost, exactly (largest remainder).
            let parts: Vec<Decimal> = sa.iter().map(|m| m.cost).collect();
            let exact = a.total_cost * d("5") / d("7");
            assert!(
                (parts[2] - exact).abs() <= d("0.01"),
                "{}: {parts:?}",
                a.year
            );
            // Income still follows the key.
            let income =
                |parts: &[MunicipalityYear]| parts.iter().map(|m| m.income).collect::<Vec<_>>();
            assert_eq!(income(sb), income(sa));
        }
    }
    // Back to solidarity in every year removes the phase-out too.
    s.apply(Edit::SetCostModel(CostModel::Solidarity)).unwrap();
    assert!(s.insured_share_from.is_empty());
}

#[test]
fn a_key_that_changes_in_a_year_splits_by_the_new_key_from_then_on() {
    let mut s = small_region();
    let id = s.municipalities[0].id.clone();
    let from = s.base_year + 1;
    s.apply(Edit::SetMunicipalityShareFrom {
        id: id.clone(),
        year: from,
        share: Some(Decimal::ZERO),
    })
    .unwrap();
    adds_up_every_year(&s);
    let split = split(&s);
    assert!(split[0][0].cost > Decimal::ZERO);
    for (k, parts) in split.iter().enumerate().skip(1) {
        assert_eq!(parts[0].cost, Decimal::ZERO, "year {k}");
        assert_eq!(parts[0].income, Decimal::ZERO);
    }
    // Kept in the file.
    let again = load_scenario(scenario_to_json(&s).as_bytes()).unwrap();
    assert_eq!(again.municipalities, s.municipalities);
}

#[test]
fn per_year_entries_are_refused_outside_the_horizon_out_of_range_or_emptying_the_key() {
    let s = region();
    let last = s.last_year();
    let refused = |edit: Edit, expected: &str| {
        let mut t = s.clone();
        let refusal = t.apply(edit).unwrap_err();
        assert_eq!(t, s, "unchanged");
        assert!(
            refusal.text().nl.contains(expected),
            "{}",
            refusal.text().nl
        );
    };
    refused(
        Edit::SetInsuredShareFrom {
            year: last + 1,
            share: Some(Decimal::ZERO),
        },
        "buiten de looptijd",
    );
    refused(
        Edit::SetInsuredShareFrom {
            year: last,
            share: Some(d("1.5")),
        },
        "tussen 0% en 100%",
    );
    let mut everyone_zero = s.clone();
    for id in s
        .municipalities
        .iter()
        .map(|m| m.id.clone())
        .collect::<Vec<_>>()
    {
        let result = everyone_zero.apply(Edit::SetMunicipalityShareFrom {
            id,
            year: last,
            share: Some(Decimal::ZERO),
        });
        if let Err(refusal) = result {
            assert!(refusal
                .text()
                .nl
                .contains(&format!("De verdeelsleutel vanaf {last} is leeg")));
            return;
        }
    }
    panic!("a key of zeros in {last} was accepted");
}

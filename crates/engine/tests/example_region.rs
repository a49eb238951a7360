//! The built-in example region (Voorbeeldregio): valid, every figure with
//! its source, plausible against national figures, and showing a plan's
//! effect and a deficit on the first screen.

mod common;
use common::figures;

use jeugdscenario_engine::example::{voorbeeldregio, VOORBEELDREGIO_JSON};
use jeugdscenario_engine::nl::parse_number;
use jeugdscenario_engine::{load_scenario, project_with_baseline};
use rust_decimal::Decimal;
use serde_json::Value;

fn example_json() -> Value {
    serde_json::from_str(VOORBEELDREGIO_JSON).expect("the example is JSON")
}

#[test]
fn the_embedded_example_loads_and_validates() {
    // Loading validates (a refusal would fail the expect).
    let s = load_scenario(VOORBEELDREGIO_JSON.as_bytes()).expect("the example loads");
    assert_eq!(s, voorbeeldregio());
    assert!(
        s.provenance.is_example(),
        "made-up data must be labelled illustrative"
    );
    assert!(s.description.contains("Illustratief"));
    assert_eq!((s.base_year, s.years), (2026, 10));
    assert!(s.care_forms.len() >= 10 && s.municipalities.len() >= 2);
}

#[test]
fn every_figure_of_the_example_names_its_source() {
    let json = example_json();
    let mut missing = Vec::new();
    let mut checked = 0;
    for list in ["care_forms", "budget_lines", "municipalities"] {
        for entity in json[list].as_array().expect(list) {
            for field in figures(entity) {
                checked += 1;
                let source = entity["sources"][&field].as_str().unwrap_or("");
                if source.trim().is_empty() {
                    missing.push(format!("{list} {}: {field}", entity["id"]));
                }
            }
        }
    }
    assert!(missing.is_empty(), "figures without a source: {missing:#?}");
    assert!(checked > 80, "only {checked} figures found");

    let levers = voorbeeldregio().levers;
    let sources = levers
        .substitutions
        .iter()
        .map(|l| (&l.id, &l.source))
        .chain(levers.residential_shifts.iter().map(|l| (&l.id, &l.source)))
        .chain(levers.form_changes.iter().map(|l| (&l.id, &l.source)))
        .chain(levers.investments.iter().map(|l| (&l.id, &l.source)));
    for (id, source) in sources {
        assert!(
            source.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "lever {id} has no source"
        );
    }
}

/// The scale factor the example's sources give ("Schaalfactor 2,91%"), as a
/// fraction.
fn scale_factor() -> Decimal {
    let region = voorbeeldregio().sources["region"].clone();
    let rest = region
        .split_once("Schaalfactor ")
        .expect("the region's source names its scale factor")
        .1;
    let percent = rest.split(':').next().expect("a percentage");
    parse_number(percent).expect("a Dutch percentage") / Decimal::ONE_HUNDRED
}

#[test]
fn the_example_scaled_up_to_the_country_costs_six_to_eight_billion() {
    // Reference: national jeugdzorg spending of EUR 6-8 bn a year
    // (shared/domain/reference-figures.md).
    assert_eq!(scale_factor(), Decimal::new(291, 4));
    let base_year = project_with_baseline(&voorbeeldregio()).baseline.years[0].clone();
    let national = base_year.care_cost / scale_factor();
    let bn = Decimal::from(1_000_000_000);
    assert!(
        national > Decimal::from(6) * bn && national < Decimal::from(8) * bn,
        "EUR {national} nationally"
    );
}

#[test]
fn the_first_screen_shows_the_plans_effect() {
    let c = project_with_baseline(&voorbeeldregio());
    assert_ne!(c.scenario, c.baseline);
    // The levers start in 2027: the base year is the same, later years differ.
    assert_eq!(c.scenario.years[0].care_cost, c.baseline.years[0].care_cost);
    let last = c.scenario.years.len() - 1;
    assert!(c.scenario.years[last].care_cost < c.baseline.years[last].care_cost);
    assert!(
        c.scenario.years[last].residential_share_cost
            < c.baseline.years[last].residential_share_cost
    );
    assert!(c.total_savings() > Decimal::ZERO, "the plan saves money");
}

#[test]
fn the_rijksbijdrage_falls_short_of_the_cost_in_the_base_year() {
    let s = voorbeeldregio();
    let c = project_with_baseline(&s);
    let base = &c.scenario.years[0];
    let rijksbijdrage = s
        .budget_lines
        .iter()
        .position(|l| l.id == "rijksbijdrage")
        .expect("a rijksbijdrage line");
    // The rijksbijdrage alone (EUR 190 mln) is below the total cost, and the
    // other income does not close the gap: a deficit, as in most regions.
    assert!(base.budget_lines[rijksbijdrage] < base.total_cost);
    assert!(base.balance < Decimal::ZERO, "balance {}", base.balance);
    assert!(c.scenario.last().unwrap().cumulative_balance < Decimal::ZERO);
}

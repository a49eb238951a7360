//! Budget naar de voorkant (seed 004's "13% van hun jeugdhulpbudget ... aan
//! de voorkant"): a share of the year's income or of a group's care cost,
//! spent on lighter help, refused above its ceiling with a Dutch message.

mod common;
use common::*;

use jeugdscenario_engine::knobs::{LeverField, LeverList};
use jeugdscenario_engine::money::round_cents;
use jeugdscenario_engine::scenario::{CareGroup, FrontBasis, Scenario, Timing};
use jeugdscenario_engine::{
    load_scenario, project, project_with_baseline, scenario_to_json, Address, Edit,
};
use rust_decimal::Decimal;

fn with_front(basis: FrontBasis, share: &str) -> (Scenario, String) {
    let mut s = small_region();
    let id = s
        .apply(Edit::AddFrontBudget {
            to: "generalistisch".into(),
        })
        .unwrap()
        .added
        .unwrap();
    let b = &mut s.levers.front_budgets[0];
    b.basis = basis;
    b.share = d(share);
    b.ramp_years = 2;
    (s, id)
}

#[test]
fn a_share_of_the_income_is_spent_at_the_front_from_its_start_ramping_up() {
    let (s, _) = with_front(FrontBasis::Income, "0.1");
    let c = project_with_baseline(&s);
    let to = s.care_form_index("generalistisch").unwrap();
    let timing = Timing {
        start_year: s.base_year + 1,
        ramp_years: 2,
    };
    for (y, b) in c.scenario.years.iter().zip(&c.baseline.years) {
        let expected = round_cents(timing.strength(d("0.1"), y.year) * y.income);
        assert_eq!(y.forms[to].cost - b.forms[to].cost, expected, "{}", y.year);
        assert_eq!(
            y.total_cost - b.total_cost,
            expected,
            "only the spending differs"
        );
        assert_eq!(
            y.forms[to].avg_clients, b.forms[to].avg_clients,
            "money, not clients"
        );
    }
    assert_eq!(
        c.scenario.years[0].total_cost,
        c.baseline.years[0].total_cost
    );
}

#[test]
fn a_share_of_a_groups_cost_is_taken_before_the_lever() {
    let (s, _) = with_front(FrontBasis::Group(CareGroup::Verblijf), "0.05");
    let c = project_with_baseline(&s);
    let last = c.scenario.last().unwrap();
    let base = c.baseline.last().unwrap();
    let group: Decimal = s
        .care_forms
        .iter()
        .zip(&base.forms)
        .filter(|(f, _)| f.group == CareGroup::Verblijf)
        .map(|(_, fy)| fy.cost)
        .sum();
    assert_eq!(
        last.total_cost - base.total_cost,
        round_cents(d("0.05") * group)
    );
}

#[test]
fn above_the_ceiling_is_refused_with_a_dutch_message_and_nothing_changes() {
    let (mut s, id) = with_front(FrontBasis::Income, "0");
    let address = Address::lever(LeverList::FrontBudgets, &id, LeverField::Share);
    let knob = s.knob(&address).unwrap();
    assert_eq!(knob.bounds.max, d("0.13"));
    assert_eq!(
        knob.label.nl,
        "Aandeel van het jeugdhulpbudget (plafond 13,0%)"
    );
    s.apply(Edit::set(address.clone(), d("0.13"))).unwrap();
    let before = s.clone();
    let refusal = s.apply(Edit::set(address, d("0.135"))).unwrap_err();
    assert_eq!(s, before);
    assert_eq!(
        refusal.text().nl,
        "\"Budget naar de voorkant\" mag hooguit 13% van het jeugdhulpbudget aan de voorkant inzetten (het plafond); nu 13,5%."
    );
    // The ceiling itself is from 0 (excluded) to 100%.
    let mut t = s.clone();
    t.levers.front_budgets[0].ceiling = Decimal::ZERO;
    assert!(jeugdscenario_engine::validate(&t)
        .iter()
        .any(|p| p.message.nl.contains("Het plafond")));
}

#[test]
fn a_front_budget_survives_its_file_and_goes_with_its_care_form() {
    let (s, id) = with_front(FrontBasis::Group(CareGroup::Ambulant), "0.02");
    let again = load_scenario(scenario_to_json(&s).as_bytes()).unwrap();
    assert_eq!(again.levers.front_budgets, s.levers.front_budgets);
    assert_eq!(project(&again), project(&s));

    let mut without = s.clone();
    let forms: Vec<_> = s
        .care_forms
        .iter()
        .filter(|f| f.id != "generalistisch")
        .cloned()
        .collect();
    let provenance = without.provenance.clone();
    let applied = without
        .apply(Edit::ReplaceCareForms {
            forms,
            provenance,
            mapping: None,
        })
        .unwrap();
    assert!(without.levers.front_budgets.is_empty());
    assert!(
        applied.dropped.iter().any(|d| d.contains("voorkant")),
        "{:?}",
        applied.dropped
    );

    let mut removed = s.clone();
    removed.apply(Edit::RemoveFrontBudget { id }).unwrap();
    assert!(removed.levers.front_budgets.is_empty());
}

//! Each lever of MODEL.md on a small region, checked against sums a
//! controller can redo.

mod common;
use common::*;
use jeugdscenario_engine::scenario::*;
use jeugdscenario_engine::{project, project_with_baseline, split_by_municipality};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const RES: usize = 0;
const PLEEG: usize = 1;
const SPEC: usize = 2;
const GEN: usize = 3;

#[test]
fn substitution_moves_inflow_from_one_form_to_another() {
    let mut s = small_region();
    s.levers.substitutions.push(substitution(
        "specialistisch",
        "generalistisch",
        "0.2",
        "0",
        2027,
        0,
    ));
    let p = project(&s);
    let base = project(&s.baseline());
    // Before the start year nothing changes.
    assert_eq!(p.years[0], base.years[0]);
    let (y, b) = (&p.years[1], &base.years[1]);
    assert_eq!(y.forms[SPEC].inflow, b.forms[SPEC].inflow * d("0.8"));
    assert_eq!(
        y.forms[GEN].inflow,
        b.forms[GEN].inflow + b.forms[SPEC].inflow * d("0.2")
    );
    let total =
        |r: &jeugdscenario_engine::YearResult| r.forms.iter().map(|f| f.inflow).sum::<Decimal>();
    assert_eq!(
        total(y),
        total(b),
        "without relapse no client is created or lost"
    );
    assert!(y.care_cost < b.care_cost, "the lighter form is cheaper");
}

#[test]
fn relapsed_clients_still_enter_the_original_form() {
    let mut s = small_region();
    s.levers.substitutions.push(substitution(
        "specialistisch",
        "generalistisch",
        "0.5",
        "0.4",
        2026,
        0,
    ));
    let (y, b) = (
        project(&s).years[0].clone(),
        project(&s.baseline()).years[0].clone(),
    );
    let pre = b.forms[SPEC].inflow; // 300 clients / 12 months = 300 a year
    assert_eq!(pre, d("300"));
    assert_eq!(y.forms[SPEC].inflow, d("150") + d("150") * d("0.4"));
    assert_eq!(y.forms[GEN].inflow, b.forms[GEN].inflow + d("150"));
}

#[test]
fn substitution_ramps_in_over_its_ramp_years() {
    let mut s = small_region();
    s.levers.substitutions.push(substitution(
        "specialistisch",
        "generalistisch",
        "0.3",
        "0",
        2027,
        3,
    ));
    let p = project(&s);
    let pre = d("300");
    let shares = ["0", "0.1", "0.2", "0.3", "0.3"];
    for (year, share) in p.years.iter().zip(shares) {
        assert_eq!(
            year.forms[SPEC].inflow,
            pre * (Decimal::ONE - d(share)),
            "year {}",
            year.year
        );
    }
}

#[test]
fn a_zero_share_substitution_changes_nothing() {
    let mut s = small_region();
    s.levers.substitutions.push(substitution(
        "specialistisch",
        "generalistisch",
        "0",
        "0.5",
        2026,
        0,
    ));
    assert_eq!(project(&s), project(&s.baseline()));
}

#[test]
fn residential_shift_sends_inflow_to_its_target_mix() {
    let mut s = small_region();
    s.levers.residential_shifts.push(ResidentialShift {
        id: "afschalen".into(),
        label: String::new(),
        from: vec!["residentieel".into()],
        share: d("0.2"),
        relapse: Decimal::ZERO,
        mix: vec![
            MixTarget {
                to: "pleegzorg".into(),
                share: d("0.75"),
            },
            MixTarget {
                to: "specialistisch".into(),
                share: d("0.25"),
            },
        ],
        start_year: 2026,
        ramp_years: 0,
        source: None,
    });
    let (y, b) = (
        project(&s).years[0].clone(),
        project(&s.baseline()).years[0].clone(),
    );
    let moved = b.forms[RES].inflow * d("0.2");
    assert_eq!(moved, d("20"));
    assert_eq!(y.forms[RES].inflow, d("80"));
    assert_eq!(y.forms[PLEEG].inflow, b.forms[PLEEG].inflow + d("15"));
    assert_eq!(y.forms[SPEC].inflow, b.forms[SPEC].inflow + d("5"));
    assert!(y.residential_share_cost < b.residential_share_cost);
}

#[test]
fn prevention_lowers_inflow_and_cost() {
    let mut s = small_region();
    s.levers.form_changes.push(change(
        "generalistisch",
        ChangeKind::Inflow,
        "-0.15",
        2026,
        0,
    ));
    let (y, b) = (
        project(&s).years[0].clone(),
        project(&s.baseline()).years[0].clone(),
    );
    assert_eq!(y.forms[GEN].inflow, b.forms[GEN].inflow * d("0.85"));
    assert!(y.forms[GEN].cost < b.forms[GEN].cost);
}

#[test]
fn inflow_changes_of_one_form_add_up() {
    // Zuid-Holland Zuid's GP referrals: -2.5%, then -7.5%, then -15% against 2015.
    let mut s = small_region();
    s.levers.form_changes.push(change(
        "generalistisch",
        ChangeKind::Inflow,
        "-0.025",
        2026,
        0,
    ));
    s.levers.form_changes.push(change(
        "generalistisch",
        ChangeKind::Inflow,
        "-0.05",
        2027,
        0,
    ));
    s.levers.form_changes.push(change(
        "generalistisch",
        ChangeKind::Inflow,
        "-0.075",
        2028,
        0,
    ));
    let p = project(&s);
    let pre = d("1200");
    let expected = ["0.975", "0.925", "0.85", "0.85"];
    for (year, factor) in p.years.iter().zip(expected) {
        assert_eq!(
            year.forms[GEN].inflow,
            pre * d(factor),
            "year {}",
            year.year
        );
    }
}

#[test]
fn shorter_duration_lowers_next_years_caseload() {
    let mut s = small_region();
    s.levers.form_changes.push(change(
        "residentieel",
        ChangeKind::Duration,
        "-0.25",
        2026,
        0,
    ));
    let (p, b) = (project(&s), project(&s.baseline()));
    assert!(p.years[0].forms[RES].clients_end < b.years[0].forms[RES].clients_end);
    assert!(p.years[1].forms[RES].avg_clients < b.years[1].forms[RES].avg_clients);
    // Inflow itself does not change: fewer clients come from leaving sooner.
    assert_eq!(p.years[1].forms[RES].inflow, b.years[1].forms[RES].inflow);
}

#[test]
fn tariff_and_intensity_changes_scale_the_price() {
    let mut s = small_region();
    s.levers
        .form_changes
        .push(change("pleegzorg", ChangeKind::Tariff, "-0.1", 2026, 0));
    s.levers
        .form_changes
        .push(change("pleegzorg", ChangeKind::Intensity, "-0.5", 2026, 0));
    let (y, b) = (
        project(&s).years[0].clone(),
        project(&s.baseline()).years[0].clone(),
    );
    assert_eq!(y.forms[PLEEG].price, d("2000") * d("0.9") * d("0.5"));
    assert_eq!(y.forms[PLEEG].cost, b.forms[PLEEG].cost * d("0.45"));
    assert_eq!(y.forms[PLEEG].avg_clients, b.forms[PLEEG].avg_clients);
}

#[test]
fn trajectory_forms_cost_inflow_times_price() {
    let mut s = small_region();
    s.care_forms[GEN].tariff_per_month = None;
    s.care_forms[GEN].price_per_trajectory = Some(d("900"));
    s.care_forms[GEN].price_index = d("0.03");
    let p = project(&s);
    assert_eq!(p.years[0].forms[GEN].cost, d("1200") * d("900"));
    assert_eq!(p.years[1].forms[GEN].cost, d("1200") * d("927"));
}

#[test]
fn investments_count_in_the_scenario_only() {
    let mut s = small_region();
    s.levers.investments.push(Investment {
        id: "pilot".into(),
        label: "Pilot POH-jeugd".into(),
        amounts: BTreeMap::from([(2027, d("500000")), (2028, d("250000.005"))]),
        source: None,
    });
    let c = project_with_baseline(&s);
    assert_eq!(c.scenario.years[1].investment_cost, d("500000"));
    assert_eq!(
        c.scenario.years[2].investment_cost,
        d("250000.00"),
        "half a cent rounds to even"
    );
    assert_eq!(c.baseline.years[1].investment_cost, Decimal::ZERO);
    assert_eq!(c.savings()[1], (2027, d("-500000")));
    assert_eq!(
        c.scenario.years[1].balance,
        c.baseline.years[1].balance - d("500000")
    );
}

#[test]
fn budget_lines_take_explicit_amounts_before_indexation() {
    let mut s = small_region();
    s.budget_lines[0].amounts.insert(2028, d("1"));
    let p = project(&s);
    assert_eq!(p.years[0].income, d("30000000"));
    assert_eq!(p.years[1].income, d("30600000"));
    assert_eq!(p.years[2].income, d("1"));
    assert_eq!(p.years[3].income, d("31836240"));
}

#[test]
fn balance_is_income_minus_all_cost_and_accumulates() {
    let mut s = small_region();
    s.budget_lines.push(BudgetLine {
        id: "uitvoering".into(),
        label: "Uitvoering".into(),
        kind: BudgetKind::Expense,
        base_amount: d("1000000"),
        index: Decimal::ZERO,
        amounts: BTreeMap::new(),
        sources: BTreeMap::new(),
    });
    let p = project(&s);
    let mut running = Decimal::ZERO;
    for y in &p.years {
        assert_eq!(y.care_cost, y.forms.iter().map(|f| f.cost).sum::<Decimal>());
        assert_eq!(y.other_expenses, d("1000000"));
        assert_eq!(
            y.total_cost,
            y.care_cost + y.other_expenses + y.investment_cost
        );
        assert_eq!(y.balance, y.income - y.total_cost);
        running += y.balance;
        assert_eq!(y.cumulative_balance, running);
    }
}

#[test]
fn municipalities_share_cost_and_income_by_their_key() {
    let s = small_region();
    let p = project(&s);
    for (y, parts) in p.years.iter().zip(split_by_municipality(&s, &p)) {
        let cost: Decimal = parts.iter().map(|m| m.cost).sum();
        let income: Decimal = parts.iter().map(|m| m.income).sum();
        assert_eq!(cost, y.total_cost);
        assert_eq!(income, y.income);
        // Weights 3:2:2 of the total, to the cent.
        let a = parts[0].cost;
        assert!((a - y.total_cost * d("3") / d("7")).abs() < d("0.01"));
    }
}

#[test]
fn residential_share_counts_residential_care_and_the_cbs_share_the_verblijf_group() {
    let y = project(&small_region()).years[0].clone();
    // Steady state: 100 residentieel of 1200 in all; pleegzorg (200) is
    // family-based verblijf, counted by CBS but not as residential care.
    assert_eq!(y.residential_share_clients.round_dp(6), d("0.083333"));
    assert_eq!(y.out_of_home_share_clients.round_dp(6), d("0.25"));
    // Cost: 100 x 10.000 of 100 x 10.000 + 200 x 2.000 + 300 x 2.000 + 600 x 1.000 a month.
    assert_eq!(y.residential_share_cost.round_dp(6), d("0.384615"));
    assert_eq!(y.out_of_home_share_cost.round_dp(6), d("0.538462"));
}

#[test]
fn insurance_model_charges_own_use_minus_the_insured_part() {
    let mut s = small_region();
    // Equal key, but A causes all use: with 40% insured, A pays
    // 0.4 * 1/3 + 0.6 * 1 = 73.33% of the cost; B and C 13.33% each.
    for m in &mut s.municipalities {
        m.share = d("1");
        m.own_use = Some(d("0"));
    }
    s.municipalities[0].own_use = Some(d("5"));
    s.insured_share = Some(d("0.4"));
    assert!(jeugdscenario_engine::validate(&s).is_empty());
    let p = project(&s);
    let (y, split) = (&p.years[0], &split_by_municipality(&s, &p)[0]);
    let parts: Vec<Decimal> = split.iter().map(|m| m.cost).collect();
    assert_eq!(parts.iter().copied().sum::<Decimal>(), y.total_cost);
    assert!((parts[0] - y.total_cost * d("0.733333333")).abs() < d("1"));
    assert_eq!(parts[1], parts[2]);
    // Income still follows the key.
    assert_eq!(split[1].income, split[2].income);
}

#[test]
fn full_insurance_is_the_plain_key() {
    let mut s = small_region();
    s.insured_share = Some(d("1"));
    let key = small_region();
    let p = project(&s);
    assert_eq!(p, project(&key));
    assert_eq!(
        split_by_municipality(&s, &p),
        split_by_municipality(&key, &p)
    );
}

#[test]
fn insurance_model_without_own_use_is_refused() {
    let mut s = small_region();
    s.insured_share = Some(d("0.5"));
    let problems = jeugdscenario_engine::validate(&s);
    assert!(
        problems
            .iter()
            .any(|p| p.path == "municipalities[0].own_use"),
        "{problems:?}"
    );
}

#[test]
fn a_residential_form_listed_twice_in_a_shift_is_refused() {
    let mut s = small_region();
    s.levers.residential_shifts.push(ResidentialShift {
        id: "dubbel".into(),
        label: String::new(),
        from: vec!["residentieel".into(), "residentieel".into()],
        share: d("0.1"),
        relapse: Decimal::ZERO,
        mix: vec![
            MixTarget {
                to: "pleegzorg".into(),
                share: d("0.5"),
            },
            MixTarget {
                to: "pleegzorg".into(),
                share: d("0.5"),
            },
        ],
        start_year: 2026,
        ramp_years: 0,
        source: None,
    });
    let paths: Vec<String> = jeugdscenario_engine::validate(&s)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert!(
        paths.contains(&"levers.residential_shifts[0].from[1]".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"levers.residential_shifts[0].mix[1].to".to_string()),
        "{paths:?}"
    );
}

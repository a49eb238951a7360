//! Invariants of the engine on random but valid scenarios: the small test
//! region or the example region, with random levers.

mod common;
use common::*;
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::file::APP_VERSION;
use jeugdscenario_engine::money::{allocate_largest_remainder, round_cents};
use jeugdscenario_engine::scenario::*;
use jeugdscenario_engine::{
    load_scenario, project, project_with_baseline, scenario_to_json, split_by_municipality,
    validate, Projection,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A decimal `lo..=hi` in steps of 10^-scale.
fn decimal(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (lo..=hi).prop_map(move |n| Decimal::new(n, scale))
}

/// When a lever acts, relative to the base year: any year of the (five-year)
/// horizon, the only start years a scenario allows, ramping in over 0 to 4
/// years.
fn timing() -> impl Strategy<Value = (i32, u32)> {
    (0i32..5, 0u32..5)
}

/// A lever described by indices into the scenario's care forms, so the same
/// description fits either region.
#[derive(Debug, Clone)]
enum LeverSpec {
    Substitution {
        from: usize,
        to: usize,
        share: Decimal,
        relapse: Decimal,
        timing: (i32, u32),
    },
    Shift {
        share: Decimal,
        relapse: Decimal,
        mix_weights: Vec<(usize, u32)>,
        timing: (i32, u32),
    },
    Change {
        form: usize,
        kind: usize,
        change: Decimal,
        timing: (i32, u32),
    },
    Investment {
        amounts: Vec<(i32, Decimal)>,
    },
}

fn lever_spec() -> impl Strategy<Value = LeverSpec> {
    prop_oneof![
        // At most 0.3 per substitution and three of them plus a shift of at
        // most 0.1: the shares leaving one form never pass 100%.
        (
            0usize..100,
            0usize..100,
            decimal(0, 3000, 4),
            decimal(0, 10000, 4),
            timing()
        )
            .prop_map(|(from, to, share, relapse, timing)| {
                LeverSpec::Substitution {
                    from,
                    to,
                    share,
                    relapse,
                    timing,
                }
            }),
        (
            decimal(0, 1000, 4),
            decimal(0, 10000, 4),
            prop::collection::vec((0usize..100, 1u32..10), 1..4),
            timing()
        )
            .prop_map(|(share, relapse, mix_weights, timing)| LeverSpec::Shift {
                share,
                relapse,
                mix_weights,
                timing,
            }),
        (0usize..100, 0usize..4, decimal(-10000, 10000, 4), timing()).prop_map(
            |(form, kind, change, timing)| LeverSpec::Change {
                form,
                kind,
                change,
                timing,
            }
        ),
        prop::collection::vec((0i32..6, decimal(0, 100_000_000, 2)), 0..3)
            .prop_map(|amounts| LeverSpec::Investment { amounts }),
    ]
}

/// Adds the levers to `s`; ids are unique, shares stay within their limits,
/// and a residential shift only takes residential forms to other forms.
fn with_levers(mut s: Scenario, specs: &[LeverSpec]) -> Scenario {
    s.levers = Levers::default();
    let n = s.care_forms.len();
    let id = |i: usize| s.care_forms[i % n].id.clone();
    let residential: Vec<String> = s
        .care_forms
        .iter()
        .filter(|f| f.is_residential())
        .map(|f| f.id.clone())
        .collect();
    let start = |(offset, _): (i32, u32)| s.base_year + offset;
    let mut substitutions = 0;
    let mut shifts = 0;
    for (k, spec) in specs.iter().enumerate() {
        match spec {
            LeverSpec::Substitution {
                from,
                to,
                share,
                relapse,
                timing,
            } if substitutions < 3 => {
                let (from, mut to) = (from % n, to % n);
                if from == to {
                    to = (to + 1) % n;
                }
                substitutions += 1;
                s.levers.substitutions.push(Substitution {
                    id: format!("sub-{k}"),
                    label: String::new(),
                    from: id(from),
                    to: id(to),
                    share: *share,
                    relapse: *relapse,
                    start_year: start(*timing),
                    ramp_years: timing.1,
                    source: None,
                });
            }
            LeverSpec::Shift {
                share,
                relapse,
                mix_weights,
                timing,
            } if shifts < 1 => {
                let from = vec![residential[k % residential.len()].clone()];
                let mut mix: Vec<MixTarget> = Vec::new();
                for (target, weight) in mix_weights {
                    let to = id(*target);
                    if !from.contains(&to) && !mix.iter().any(|m| m.to == to) {
                        mix.push(MixTarget {
                            to,
                            share: Decimal::from(*weight),
                        });
                    }
                }
                if mix.is_empty() {
                    continue;
                }
                // Normalise to fractions of four decimals that add up to 1.
                let total: Decimal = mix.iter().map(|m| m.share).sum();
                for m in mix.iter_mut() {
                    m.share = (m.share / total).round_dp(4);
                }
                let rest: Decimal = mix[1..].iter().map(|m| m.share).sum();
                mix[0].share = Decimal::ONE - rest;
                shifts += 1;
                s.levers.residential_shifts.push(ResidentialShift {
                    id: format!("shift-{k}"),
                    label: String::new(),
                    from,
                    share: *share,
                    relapse: *relapse,
                    mix,
                    start_year: start(*timing),
                    ramp_years: timing.1,
                    source: None,
                });
            }
            LeverSpec::Change {
                form,
                kind,
                change,
                timing,
            } => s.levers.form_changes.push(FormChange {
                id: format!("change-{k}"),
                label: String::new(),
                form: id(*form),
                kind: ChangeKind::ALL[*kind],
                change: *change,
                start_year: start(*timing),
                ramp_years: timing.1,
                source: None,
            }),
            LeverSpec::Investment { amounts } => s.levers.investments.push(Investment {
                id: format!("investment-{k}"),
                label: format!("Investering {k}"),
                amounts: amounts
                    .iter()
                    .map(|(offset, amount)| (s.base_year + offset, *amount))
                    .collect(),
                source: None,
            }),
            _ => {}
        }
    }
    s
}

/// The small test region or the example region, with random levers.
fn scenario() -> impl Strategy<Value = Scenario> {
    (any::<bool>(), prop::collection::vec(lever_spec(), 0..8)).prop_map(|(example, specs)| {
        let region = if example {
            voorbeeldregio()
        } else {
            small_region()
        };
        with_levers(region, &specs)
    })
}

fn total_inflow(projection: &Projection, year: usize) -> Decimal {
    projection.years[year].forms.iter().map(|f| f.inflow).sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_scenarios_are_valid(s in scenario()) {
        prop_assert_eq!(validate(&s), vec![]);
    }

    #[test]
    fn levers_off_equals_the_baseline(s in scenario()) {
        let comparison = project_with_baseline(&s);
        prop_assert_eq!(&project(&s.baseline()), &comparison.baseline);
        prop_assert_eq!(&project(&s), &comparison.scenario);
        let mut off = s.clone();
        off.levers = Levers::default();
        prop_assert_eq!(project(&off), comparison.baseline);
    }

    #[test]
    fn same_input_gives_the_same_output(s in scenario()) {
        prop_assert_eq!(project_with_baseline(&s), project_with_baseline(&s.clone()));
    }

    #[test]
    fn clients_and_inflow_are_never_negative(s in scenario()) {
        for year in project(&s).years {
            for (form, fy) in s.care_forms.iter().zip(&year.forms) {
                prop_assert!(fy.inflow >= Decimal::ZERO, "{} {}: {:?}", form.id, year.year, fy);
                prop_assert!(fy.avg_clients >= Decimal::ZERO, "{} {}: {:?}", form.id, year.year, fy);
                prop_assert!(fy.clients_end >= Decimal::ZERO, "{} {}: {:?}", form.id, year.year, fy);
                prop_assert!(fy.cost >= Decimal::ZERO, "{} {}: {:?}", form.id, year.year, fy);
            }
        }
    }

    #[test]
    fn every_total_is_the_sum_of_its_rounded_parts(s in scenario()) {
        let mut running = Decimal::ZERO;
        let p = project(&s);
        for y in &p.years {
            for cost in y.forms.iter().map(|f| f.cost).chain(y.budget_lines.iter().copied()).chain(y.investments.iter().copied()) {
                prop_assert_eq!(cost, round_cents(cost), "a part is not in whole cents");
            }
            prop_assert_eq!(y.care_cost, y.forms.iter().map(|f| f.cost).sum::<Decimal>());
            let of_kind = |kind: BudgetKind| -> Decimal {
                s.budget_lines.iter().zip(&y.budget_lines).filter(|(l, _)| l.kind == kind).map(|(_, a)| *a).sum()
            };
            prop_assert_eq!(y.income, of_kind(BudgetKind::Income));
            prop_assert_eq!(y.other_expenses, of_kind(BudgetKind::Expense));
            prop_assert_eq!(y.investment_cost, y.investments.iter().copied().sum::<Decimal>());
            prop_assert_eq!(y.total_cost, y.care_cost + y.other_expenses + y.investment_cost);
            prop_assert_eq!(y.balance, y.income - y.total_cost);
            running += y.balance;
            prop_assert_eq!(y.cumulative_balance, running);
        }
        // Each year's split over the municipalities adds up to the cent.
        let split = split_by_municipality(&s, &p);
        prop_assert_eq!(split.len(), p.years.len());
        for (y, parts) in p.years.iter().zip(&split) {
            prop_assert_eq!(parts.len(), s.municipalities.len());
            prop_assert_eq!(parts.iter().map(|m| m.cost).sum::<Decimal>(), y.total_cost);
            prop_assert_eq!(parts.iter().map(|m| m.income).sum::<Decimal>(), y.income);
            for m in parts {
                prop_assert_eq!(m.balance, m.income - m.cost);
            }
        }
    }

    #[test]
    fn a_lever_at_zero_changes_nothing(
        base in scenario(),
        kind in 0usize..3,
        relapse in decimal(0, 10000, 4),
        timing in timing(),
        form in 0usize..100,
    ) {
        // A lever at zero on top of random levers: the projection is unchanged.
        let mut s = base.clone();
        let n = s.care_forms.len();
        let start_year = s.base_year + timing.0;
        match kind {
            0 => s.levers.substitutions.push(Substitution {
                id: "nul".into(), label: String::new(),
                from: s.care_forms[form % n].id.clone(), to: s.care_forms[(form + 1) % n].id.clone(),
                share: Decimal::ZERO, relapse, start_year, ramp_years: timing.1, source: None,
            }),
            1 => s.levers.residential_shifts.push(ResidentialShift {
                id: "nul".into(), label: String::new(),
                from: vec!["residentieel".into()], share: Decimal::ZERO, relapse,
                mix: vec![MixTarget { to: "pleegzorg".into(), share: Decimal::ONE }],
                start_year, ramp_years: timing.1, source: None,
            }),
            _ => s.levers.form_changes.push(FormChange {
                id: "nul".into(), label: String::new(), form: s.care_forms[form % n].id.clone(),
                kind: ChangeKind::ALL[form % 4], change: Decimal::ZERO,
                start_year, ramp_years: timing.1, source: None,
            }),
        }
        prop_assert_eq!(project(&s), project(&base));
    }

    #[test]
    fn a_substitution_moves_inflow_and_relapse_adds_exactly_moved_times_relapse(
        from in 0usize..4,
        step in 1usize..4,
        share in decimal(0, 10000, 4),
        relapse in decimal(0, 10000, 4),
        timing in timing(),
        growth in decimal(-500, 1000, 4),
    ) {
        let mut s = small_region();
        for f in s.care_forms.iter_mut() {
            f.inflow_growth = growth;
        }
        let (from_id, to_id) = (s.care_forms[from].id.clone(), s.care_forms[(from + step) % 4].id.clone());
        let rule = substitution(&from_id, &to_id, "0", "0", s.base_year + timing.0, timing.1);
        s.levers.substitutions.push(Substitution { share, relapse, ..rule });
        let c = project_with_baseline(&s);
        for (k, year) in s.year_range().enumerate() {
            let moved = c.baseline.years[k].forms[from].inflow
                * s.levers.substitutions[0].timing().strength(share, year);
            let added = total_inflow(&c.scenario, k) - total_inflow(&c.baseline, k);
            // Exact up to Decimal's 28 significant digits.
            prop_assert!((added - moved * relapse).abs() < Decimal::new(1, 18), "{}: added {} moved {}", year, added, moved);
            if relapse.is_zero() {
                prop_assert_eq!(total_inflow(&c.scenario, k), total_inflow(&c.baseline, k));
            }
        }
    }

    #[test]
    fn a_scenario_survives_a_round_trip_through_its_file(s in scenario()) {
        let reloaded = load_scenario(scenario_to_json(&s).as_bytes());
        let mut expected = s.clone();
        expected.app_version = APP_VERSION.to_string();
        prop_assert_eq!(reloaded, Ok(expected));
    }

    #[test]
    fn allocation_parts_add_up_exactly_to_the_total(
        cents in -10_000_000_000_000i64..10_000_000_000_000,
        extra_digits in 0u32..3,
        weights in prop::collection::vec(decimal(0, 100_000_000, 4), 1..20),
    ) {
        // Amounts need not be in whole cents; the split rounds them first.
        let amount = Decimal::new(cents, 2 + extra_digits);
        let parts = allocate_largest_remainder(amount, &weights);
        prop_assert_eq!(parts.len(), weights.len());
        let total_weight: Decimal = weights.iter().sum();
        if total_weight.is_zero() {
            prop_assert!(parts.iter().all(|p| p.is_zero()));
            return Ok(());
        }
        let total = round_cents(amount);
        prop_assert_eq!(parts.iter().sum::<Decimal>(), total);
        for (part, weight) in parts.iter().zip(&weights) {
            prop_assert_eq!(*part, round_cents(*part));
            // Each part is within one cent of its exact share.
            let exact = total * weight / total_weight;
            prop_assert!((*part - exact).abs() < Decimal::new(1, 2), "part {} exact {}", part, exact);
        }
        let negated: Vec<Decimal> = allocate_largest_remainder(-amount, &weights).into_iter().map(|p| -p).collect();
        prop_assert_eq!(negated, parts);
    }
}

/// The care forms, levers and budget the validator allows at their largest,
/// stacked on one target form, and scaled down by ten until the validator
/// accepts them. Each figure is within its own range yet the product is not;
/// an accepted scenario must project without overflowing Decimal.
#[test]
fn the_largest_scenario_the_validator_accepts_projects_without_overflow() {
    let mut accepted = 0;
    for scale in 0..14 {
        let shrink = Decimal::from(10i64.pow(scale));
        let mut s = small_region();
        s.years = 15;
        s.care_forms = (0..100)
            .map(|i| {
                let mut f = form(
                    &format!("f{i}"),
                    CareGroup::Verblijf,
                    "10000000",
                    "600",
                    "10000000",
                );
                f.clients_start /= shrink;
                f.inflow_per_year = Some(d("10000000") / shrink);
                f.tariff_per_month = Some(d("10000000") / shrink);
                f.inflow_growth = d("1");
                f.price_index = d("1");
                f
            })
            .collect();
        s.budget_lines[0].base_amount = d("100000000000") / shrink;
        s.budget_lines[0].index = d("1");
        for (i, kind) in [
            ChangeKind::Inflow,
            ChangeKind::Tariff,
            ChangeKind::Intensity,
        ]
        .into_iter()
        .enumerate()
        {
            s.levers
                .form_changes
                .push(change("f0", kind, "5", s.base_year + i as i32, 0));
        }
        for i in 1..99 {
            s.levers.substitutions.push(substitution(
                &format!("f{i}"),
                "f0",
                "1",
                "1",
                s.base_year,
                0,
            ));
        }
        if !validate(&s).is_empty() {
            continue;
        }
        accepted += 1;
        let c = project_with_baseline(&s);
        let last = c.scenario.last().expect("15 years");
        let split = split_by_municipality(&s, &c.scenario);
        assert_eq!(
            split
                .last()
                .expect("15 years")
                .iter()
                .map(|m| m.cost)
                .sum::<Decimal>(),
            last.total_cost
        );
        assert!(last.total_cost > c.baseline.last().unwrap().total_cost);
    }
    assert!(accepted >= 1, "no scale was accepted");
    assert!(accepted < 14, "even the largest figures were accepted");
}

#[test]
fn the_scale_check_refuses_what_would_overflow_and_accepts_the_example() {
    assert!(validate(&voorbeeldregio()).is_empty());
    let mut s = small_region();
    s.years = 15;
    for f in s.care_forms.iter_mut() {
        f.clients_start = d("10000000");
        f.tariff_per_month = Some(d("10000000"));
        f.inflow_growth = d("1");
        f.price_index = d("1");
    }
    let problems = validate(&s);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "");
    assert!(problems[0]
        .message
        .nl
        .contains("te groot om door te rekenen"));
}

#[test]
fn an_investment_changes_only_the_scenario_and_its_own_year() {
    let specs = [LeverSpec::Investment {
        amounts: vec![(1, d("250000"))],
    }];
    let s = with_levers(small_region(), &specs);
    let c = project_with_baseline(&s);
    let savings: BTreeMap<i32, Decimal> = c.savings().into_iter().collect();
    assert_eq!(savings[&2027], d("-250000"));
    assert_eq!(
        savings.values().filter(|v| !v.is_zero()).count(),
        1,
        "{savings:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// What the app and the CSV show in nl-NL reads back as the same number:
    /// thousands dots, a decimal comma, a sign.
    #[test]
    fn a_dutch_number_reads_back_as_written(
        n in -99_999_999_999i64..=99_999_999_999,
        decimals in 0u32..=4,
    ) {
        let value = Decimal::new(n, decimals);
        let shown = jeugdscenario_engine::nl::format_number(value, decimals);
        prop_assert_eq!(jeugdscenario_engine::nl::parse_number(&shown), Some(value), "{}", shown);
        let euro = jeugdscenario_engine::nl::format_euro_cents(value.round_dp(2));
        prop_assert_eq!(jeugdscenario_engine::nl::parse_number(&euro), Some(value.round_dp(2)), "{}", euro);
    }

    /// Every knob's address, written as text (pins, share links, the CLI's
    /// `--knob`), reads back as the same address of the same knob.
    #[test]
    fn every_knob_address_reads_back_from_its_text(s in scenario()) {
        for knob in s.knobs() {
            let text = knob.address.to_string();
            let read: jeugdscenario_engine::knobs::Address = text.parse().expect("an address reads");
            prop_assert_eq!(&read, &knob.address, "{}", text);
            prop_assert_eq!(s.knob_value(&read), Some(knob.value), "{}", text);
        }
    }
}

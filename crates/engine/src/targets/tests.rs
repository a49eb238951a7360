//! Each measure and comparison against figures read straight off the
//! projection, a reference before the base year, every-year targets and
//! the rules that guard a target.

use rust_decimal::Decimal;

use super::*;
use crate::example::voorbeeldregio;
use crate::projection::project_with_baseline;
use crate::scenario::{CareGroup, Reference, Scope};
use crate::{validate, Edit};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn target(measure: Measure, scope: Scope, year: i32, cmp: Comparison, value: &str) -> Target {
    Target {
        id: "t".into(),
        label: "Doel".into(),
        measure,
        scope,
        budget_line: None,
        year,
        every_year_from: false,
        comparison: cmp,
        value: d(value),
        reference: None,
        source: "aanname".into(),
    }
}

fn residential_clients(s: &Scenario, p: &Projection, year: i32) -> Decimal {
    let y = p.year(year).unwrap();
    s.care_forms
        .iter()
        .zip(&y.forms)
        .filter(|(f, _)| f.group == CareGroup::Verblijf)
        .map(|(_, fy)| fy.avg_clients)
        .sum()
}

#[test]
fn an_absolute_target_compares_the_measure_with_its_value() {
    let s = voorbeeldregio();
    let p = crate::project(&s);
    let year = s.base_year + 3;
    let level = residential_clients(&s, &p, year);
    let scope = Scope::Group(CareGroup::Verblijf);
    let exactly = target(
        Measure::Clients,
        scope.clone(),
        year,
        Comparison::AtMost,
        "0",
    );
    assert_eq!(measure(&s, &exactly, p.year(year).unwrap()), level);

    let above = Target {
        value: level + Decimal::ONE,
        ..exactly.clone()
    };
    let c = check(&s, &p, &above);
    assert_eq!((c.verdict, c.gap), (Verdict::Met, Some(-Decimal::ONE)));
    let below = Target {
        value: level - Decimal::ONE,
        ..exactly.clone()
    };
    let c = check(&s, &p, &below);
    assert_eq!((c.verdict, c.gap), (Verdict::NotMet, Some(Decimal::ONE)));
    let at_least = Target {
        comparison: Comparison::AtLeast,
        ..below
    };
    assert_eq!(check(&s, &p, &at_least).verdict, Verdict::Met);
    // Equal is met either way.
    let equal = Target {
        value: level,
        ..exactly
    };
    assert_eq!(check(&s, &p, &equal).verdict, Verdict::Met);
}

#[test]
fn a_reference_before_the_base_year_is_the_level_given_with_its_source() {
    let s = voorbeeldregio();
    let p = crate::project(&s);
    let year = s.last_year();
    let level = residential_clients(&s, &p, year);
    let t = Target {
        reference: Some(Reference {
            year: 2014,
            level: Some(d("1000")),
            source: "aanname".into(),
        }),
        ..target(
            Measure::Clients,
            Scope::Group(CareGroup::Verblijf),
            year,
            Comparison::AtMost,
            "-0.30",
        )
    };
    let c = check(&s, &p, &t);
    let change = level / d("1000") - Decimal::ONE;
    assert_eq!(c.reference_level, Some(d("1000")));
    assert_eq!(c.reached, Some(change));
    assert_eq!(c.gap, Some(change + d("0.30")));
    let expected = if change <= d("-0.30") {
        Verdict::Met
    } else {
        Verdict::NotMet
    };
    assert_eq!(c.verdict, expected);
}

#[test]
fn a_reference_in_the_horizon_is_the_projected_level_of_that_year() {
    let mut s = voorbeeldregio();
    s.apply(Edit::AddTarget).unwrap();
    let p = project_with_baseline(&s);
    let t = &s.targets[0];
    // The added target: care cost in the last year at most that of the base year.
    let first = p.scenario.years[0].care_cost;
    let last = p.scenario.last().unwrap().care_cost;
    let c = check(&s, &p.scenario, t);
    assert_eq!(c.reference_level, Some(first));
    assert_eq!(c.reached, Some(last / first - Decimal::ONE));
    // Care cost grows with volume and prices in the baseline: not met.
    let results = check_targets(&s, &p);
    assert_eq!(results[0].baseline.verdict, Verdict::NotMet);
}

#[test]
fn every_year_from_shows_the_year_that_misses_most() {
    let s = voorbeeldregio();
    let p = crate::project(&s);
    let from = s.base_year + 1;
    // Care cost rises every year in the example, so the last year is worst.
    let t = Target {
        every_year_from: true,
        ..target(Measure::Cost, Scope::All, from, Comparison::AtMost, "1")
    };
    let c = check(&s, &p, &t);
    assert_eq!(c.year, s.last_year());
    assert_eq!(c.years_checked, (s.last_year() - from + 1) as usize);
    assert_eq!((c.years_met, c.verdict), (0, Verdict::NotMet));
    // Met every year: the year closest to missing is the last, too.
    let t = Target {
        value: d("100000000000"),
        ..t
    };
    let c = check(&s, &p, &t);
    assert_eq!(
        (c.year, c.verdict, c.years_met),
        (s.last_year(), Verdict::Met, c.years_checked)
    );
}

#[test]
fn shares_budget_lines_and_the_balance_read_the_projection() {
    let s = voorbeeldregio();
    let p = crate::project(&s);
    let y = p.year(s.base_year).unwrap();
    let share = target(
        Measure::ClientsShare,
        Scope::Group(CareGroup::Verblijf),
        s.base_year,
        Comparison::AtMost,
        "1",
    );
    // The group verblijf is verblijf as CBS counts it.
    assert_eq!(measure(&s, &share, y), y.out_of_home_share_clients);
    // Residentieel and gesloten together are the residential share.
    let residential = Target {
        scope: Scope::Forms(vec!["residentieel".into(), "gesloten".into()]),
        ..share.clone()
    };
    assert_eq!(measure(&s, &residential, y), y.residential_share_clients);
    let cost_share = Target {
        measure: Measure::CostShare,
        ..share
    };
    assert_eq!(measure(&s, &cost_share, y), y.out_of_home_share_cost);
    let line = Target {
        budget_line: Some(s.budget_lines[0].id.clone()),
        ..target(
            Measure::BudgetLine,
            Scope::All,
            s.base_year,
            Comparison::AtLeast,
            "0",
        )
    };
    assert_eq!(measure(&s, &line, y), y.budget_lines[0]);
    let balance = target(
        Measure::Balance,
        Scope::All,
        s.base_year,
        Comparison::AtLeast,
        "0",
    );
    assert_eq!(measure(&s, &balance, y), y.balance);
    let inflow = target(
        Measure::Inflow,
        Scope::Forms(vec![s.care_forms[0].id.clone()]),
        s.base_year,
        Comparison::AtLeast,
        "0",
    );
    assert_eq!(measure(&s, &inflow, y), y.forms[0].inflow);
}

#[test]
fn the_year_end_measure_is_the_stand_on_31_december_the_next_year_starts_from() {
    let s = voorbeeldregio();
    let p = crate::project(&s);
    let scope = Scope::Group(CareGroup::Verblijf);
    let t = target(
        Measure::ClientsYearEnd,
        scope.clone(),
        s.base_year,
        Comparison::AtMost,
        "0",
    );
    let stand = |year: i32| -> Decimal {
        let y = p.year(year).unwrap();
        s.care_forms
            .iter()
            .zip(&y.forms)
            .filter(|(f, _)| scope.includes(&f.id, f.group))
            .map(|(_, fy)| fy.clients_end)
            .sum()
    };
    for year in s.year_range() {
        let y = p.year(year).unwrap();
        let t = Target { year, ..t.clone() };
        assert_eq!(measure(&s, &t, y), stand(year), "{year}");
        // Not the year's average: the stock moves within the year.
        assert_ne!(
            measure(&s, &t, y),
            residential_clients(&s, &p, year),
            "{year}"
        );
    }
    // The stand on 31 December of the base year is where the next year
    // starts: projecting from it as 1 January gives the same next year.
    let mut next = s.clone();
    next.base_year += 1;
    next.years -= 1;
    for (form, fy) in next.care_forms.iter_mut().zip(&p.years[0].forms) {
        form.clients_start = fy.clients_end;
        form.inflow_per_year = Some(form.base_inflow() * (Decimal::ONE + form.inflow_growth));
        form.tariff_per_month = form
            .tariff_per_month
            .map(|t| t * (Decimal::ONE + form.price_index));
        form.price_per_trajectory = form
            .price_per_trajectory
            .map(|t| t * (Decimal::ONE + form.price_index));
    }
    let q = crate::project(&next);
    let shifted = Target {
        year: next.base_year,
        ..t.clone()
    };
    assert_eq!(
        measure(&next, &shifted, q.year(next.base_year).unwrap()),
        stand(s.base_year + 1)
    );
    // Validated like clients in care: a level of clients, any scope, and
    // written in a file as "clients_year_end".
    assert!(problems_of(Target {
        scope: Scope::All,
        value: d("250"),
        ..t.clone()
    })
    .is_empty());
    assert!(!problems_of(Target {
        value: d("-1"),
        ..t.clone()
    })
    .is_empty());
    assert_eq!(Measure::ClientsYearEnd.id(), "clients_year_end");
    assert_eq!(
        serde_json::to_value(Measure::ClientsYearEnd).unwrap(),
        serde_json::json!("clients_year_end")
    );
    assert!(Measure::ALL.contains(&Measure::ClientsYearEnd));
}

#[test]
fn a_zero_reference_cannot_tell() {
    let s = voorbeeldregio();
    let mut p = crate::project(&s);
    for f in &mut p.years[0].forms {
        f.cost = Decimal::ZERO;
    }
    let t = Target {
        reference: Some(Reference {
            year: s.base_year,
            level: None,
            source: String::new(),
        }),
        ..target(
            Measure::Cost,
            Scope::All,
            s.last_year(),
            Comparison::AtMost,
            "0",
        )
    };
    let c = check(&s, &p, &t);
    assert_eq!((c.verdict, c.reached), (Verdict::Undetermined, None));
}

fn problems_of(t: Target) -> Vec<String> {
    let mut s = voorbeeldregio();
    s.targets.push(t);
    validate(&s)
        .into_iter()
        .map(|p| format!("{}: {}", p.path, p.message.nl))
        .collect()
}

#[test]
fn the_rules_refuse_targets_that_cannot_be_checked() {
    let s = voorbeeldregio();
    let ok = target(
        Measure::Cost,
        Scope::All,
        s.last_year(),
        Comparison::AtMost,
        "1000000",
    );
    assert!(problems_of(ok.clone()).is_empty());
    let cases: Vec<(Target, &str)> = vec![
        (
            Target {
                year: s.last_year() + 1,
                ..ok.clone()
            },
            "buiten de looptijd",
        ),
        (
            Target {
                reference: Some(Reference {
                    year: 2014,
                    level: None,
                    source: String::new(),
                }),
                value: d("-0.3"),
                ..ok.clone()
            },
            "geef het niveau van toen",
        ),
        (
            Target {
                reference: Some(Reference {
                    year: 2014,
                    level: Some(d("1000")),
                    source: " ".into(),
                }),
                value: d("-0.3"),
                ..ok.clone()
            },
            "heeft geen bron",
        ),
        (
            Target {
                reference: Some(Reference {
                    year: s.base_year,
                    level: Some(d("1")),
                    source: "x".into(),
                }),
                value: d("-0.3"),
                ..ok.clone()
            },
            "laat level weg",
        ),
        (
            Target {
                reference: Some(Reference {
                    year: s.last_year(),
                    level: None,
                    source: String::new(),
                }),
                value: d("-0.3"),
                ..ok.clone()
            },
            "moet voor het jaar van het doel",
        ),
        (
            Target {
                reference: Some(Reference {
                    year: s.base_year,
                    level: None,
                    source: String::new(),
                }),
                value: d("-2"),
                ..ok.clone()
            },
            "De doelwaarde",
        ),
        (
            Target {
                measure: Measure::CostShare,
                value: d("0.5"),
                ..ok.clone()
            },
            "meet een aandeel",
        ),
        (
            Target {
                scope: Scope::Forms(vec!["bestaat-niet".into()]),
                ..ok.clone()
            },
            "bestaat niet",
        ),
        (
            Target {
                scope: Scope::Forms(vec![]),
                ..ok.clone()
            },
            "geen enkele zorgvorm",
        ),
        (
            Target {
                measure: Measure::BudgetLine,
                ..ok.clone()
            },
            "zegt niet welke",
        ),
        (
            Target {
                budget_line: Some("x".into()),
                ..ok.clone()
            },
            "laat budget_line weg",
        ),
        (
            Target {
                measure: Measure::Balance,
                scope: Scope::Group(CareGroup::Crisis),
                ..ok.clone()
            },
            "laat scope weg",
        ),
        (
            Target {
                label: String::new(),
                ..ok.clone()
            },
            "mag niet leeg",
        ),
    ];
    for (t, expected) in cases {
        let problems = problems_of(t.clone());
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{t:?}: expected \"{expected}\" in {problems:?}"
        );
    }
}

#[test]
fn targets_are_added_edited_and_removed_as_edits_and_refused_beyond_the_limit() {
    let mut s = voorbeeldregio();
    let added = s.apply(Edit::AddTarget).unwrap().added.unwrap();
    let mut t = s.target(&added).unwrap().clone();
    t.measure = Measure::ClientsShare;
    t.scope = Scope::Group(CareGroup::Verblijf);
    // Refused as a whole, the scenario unchanged: a share needs no reference
    // here, but -100% to +500% fits; a scope of all does not.
    let mut bad = t.clone();
    bad.scope = Scope::All;
    let before = s.clone();
    assert!(s.apply(Edit::SetTarget(Box::new(bad))).is_err());
    assert_eq!(s, before);
    s.apply(Edit::SetTarget(Box::new(t.clone()))).unwrap();
    assert_eq!(s.target(&added).unwrap().measure, Measure::ClientsShare);
    s.apply(Edit::set(
        crate::knobs::Address::target(&added, crate::knobs::TargetField::Value),
        d("-0.1"),
    ))
    .unwrap();
    assert_eq!(s.target(&added).unwrap().value, d("-0.1"));
    s.apply(Edit::RemoveTarget { id: added.clone() }).unwrap();
    assert!(s.targets.is_empty());
    assert!(s.apply(Edit::RemoveTarget { id: added }).is_err());

    for _ in 0..crate::file::limits::MAX_TARGETS {
        s.apply(Edit::AddTarget).unwrap();
    }
    let refusal = s.apply(Edit::AddTarget).unwrap_err();
    assert!(
        refusal.text().nl.contains("Te veel doelen"),
        "{}",
        refusal.text().nl
    );
}

#[test]
fn reshape_makes_every_change_of_a_part_a_valid_target() {
    let mut s = voorbeeldregio();
    let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
    let p = crate::project(&s);
    let base = s.target(&id).unwrap().clone();
    for measure in Measure::ALL {
        for reference in [
            None,
            Some(Reference {
                year: s.base_year,
                level: None,
                source: String::new(),
            }),
            Some(Reference {
                year: s.base_year - 2,
                level: None,
                source: String::new(),
            }),
        ] {
            for year in [s.base_year, s.last_year()] {
                let t = Target {
                    measure,
                    reference: reference.clone(),
                    year,
                    ..base.clone()
                };
                let shaped = reshape(&s, &p, t.clone());
                let mut probe = s.clone();
                let result = probe.apply(Edit::SetTarget(Box::new(shaped.clone())));
                assert!(result.is_ok(), "{t:?} became {shaped:?}: {result:?}");
            }
        }
    }
}

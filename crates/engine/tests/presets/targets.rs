//! Each plan's targets, checked against the years the plan compares with.

use super::*;

/// The sum over `forms` of one figure of the projected year `year`.
fn summed(
    s: &Scenario,
    p: &jeugdscenario_engine::Projection,
    forms: &[&str],
    year: i32,
    pick: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal,
) -> Decimal {
    let y = p.year(year).unwrap_or_else(|| panic!("{}: {year}", s.name));
    forms
        .iter()
        .map(|id| pick(&y.forms[s.care_form_index(id).expect(id)]))
        .sum()
}

/// The check of target `id` for the scenario and the baseline.
fn checked(s: &Scenario, id: &str) -> (Check, Check) {
    let r = check_targets(s, &project_with_baseline(s))
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{}: no target {id}", s.name));
    (r.scenario, r.baseline)
}

#[test]
fn every_preset_with_targets_is_format_version_2_and_its_targets_validate() {
    for p in plan_presets() {
        let json: Value = serde_json::from_str(p.json()).expect("JSON");
        assert_eq!(json["version"], 2, "{}", p.id);
    }
    let counts: Vec<usize> = (0..=4)
        .map(|seed| scenario_of_seed(seed).targets.len())
        .collect();
    // Seed 004 states no quantified aim (its shortfall is a budget figure,
    // its 13% a ceiling); the others' targets are listed in docs/presets.md
    // (seed 000: under 12 in 2020 and the two aims of 2021).
    assert_eq!(counts, [3, 1, 2, 7, 0]);
}

#[test]
fn seed_000s_under_12_target_is_checked_against_the_inflow_before_the_plan() {
    let s = scenario_of_seed(0);
    let (scenario, baseline) = checked(&s, "onder-12-niet-in-instellingen");
    let c = project_with_baseline(&s);
    let inflow = |p| summed(&s, p, &["residentieel"], 2020, |f| f.inflow);
    // The reference level (2018) is the base year's inflow without levers.
    let before = summed(&s, &c.baseline, &["residentieel"], 2019, |f| f.inflow);
    assert_eq!(before, d("555"));
    assert_eq!(scenario.reference_level, Some(d("555")));
    let reached = inflow(&c.scenario) / d("555") - Decimal::ONE;
    assert_eq!(scenario.reached, Some(reached));
    assert_eq!(scenario.gap, Some(reached + d("0.2")));
    // All under-12 inflow (20%, assumed) moves in 2020, but the rest grows
    // 1% a year: 0,8 x 1,01 - 1 = -19,2%, not -20%.
    assert_eq!(reached, d("0.8") * d("1.01") - Decimal::ONE);
    assert_eq!(scenario.verdict, Verdict::NotMet);
    let grown = inflow(&c.baseline) / d("555") - Decimal::ONE;
    assert_eq!(baseline.reached, Some(grown));
    assert_eq!(grown, d("0.01"));
    assert_eq!(baseline.verdict, Verdict::NotMet);
}

#[test]
fn seed_000s_aims_for_2021_are_checked_against_the_use_before_the_plan() {
    let s = scenario_of_seed(0);
    let c = project_with_baseline(&s);
    // "In 2021 is de vraag naar ... residentieel aanbod gedaald en naar
    // ambulant specialistisch toegenomen", without a number: at most and at
    // least 0% against 2018, whose level is assumed to be the stand on
    // 1-1-2019 (the forms are in their steady state then).
    for (id, form, level, comparison) in [
        (
            "residentieel-gedaald-2021",
            "residentieel",
            "555",
            Comparison::AtMost,
        ),
        (
            "ambulant-specialistisch-toegenomen-2021",
            "ambulant_specialistisch",
            "1929",
            Comparison::AtLeast,
        ),
    ] {
        let t = s.target(id).unwrap();
        assert_eq!((t.year, t.comparison, t.value), (2021, comparison, d("0")));
        assert_eq!(t.reference.as_ref().unwrap().level, Some(d(level)));
        assert_eq!(
            s.care_forms[s.care_form_index(form).unwrap()].clients_start,
            d(level)
        );
        let (scenario, baseline) = checked(&s, id);
        for (check, p) in [(&scenario, &c.scenario), (&baseline, &c.baseline)] {
            let reached = summed(&s, p, &[form], 2021, |f| f.avg_clients) / d(level) - Decimal::ONE;
            assert_eq!(check.reached, Some(reached), "{id}");
        }
    }
    // The under-12 lever takes residential care down 16% by 2021, and sends
    // 40% of it to specialised ambulant care; without it, residential care
    // grows with the assumed 1% a year, and so does ambulant care.
    let (scenario, baseline) = checked(&s, "residentieel-gedaald-2021");
    assert_eq!(scenario.reached.unwrap().round_dp(4), d("-0.1601"));
    assert_eq!(
        (scenario.verdict, baseline.verdict),
        (Verdict::Met, Verdict::NotMet)
    );
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0113"));
    let (scenario, baseline) = checked(&s, "ambulant-specialistisch-toegenomen-2021");
    assert_eq!(scenario.reached.unwrap().round_dp(4), d("0.0310"));
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0113"));
    assert_eq!(
        (scenario.verdict, baseline.verdict),
        (Verdict::Met, Verdict::Met)
    );
}

#[test]
fn seed_001s_residential_target_is_checked_every_year_against_2018() {
    let s = scenario_of_seed(1);
    let (scenario, baseline) = checked(&s, "residentieel-niet-toenemen");
    let p = project(&s);
    let forms = ["residentieel", "gesloten"];
    let level = |y| summed(&s, &p, &forms, y, |f| f.avg_clients);
    // The worst year is the one furthest above the 2018 level.
    let (worst, change) = (2019..=2023)
        .map(|y| (y, level(y) / level(2018) - Decimal::ONE))
        .max_by_key(|(_, c)| *c)
        .unwrap();
    assert_eq!(worst, 2023);
    assert_eq!((scenario.year, scenario.reached), (worst, Some(change)));
    assert_eq!((scenario.years_checked, scenario.years_met), (5, 0));
    assert!(change > Decimal::ZERO);
    assert_eq!(scenario.verdict, Verdict::NotMet);
    // The plan's levers are at 0, so scenario and baseline are the same.
    assert_eq!(baseline, scenario);
}

#[test]
fn seed_002s_targets_are_checked_against_the_assumed_levels_of_2014_and_2012() {
    let s = scenario_of_seed(2);
    let c = project_with_baseline(&s);
    let verblijf = ["residentieel", "gesloten"];
    // The assumed 1-1-2014 level is the preset's own stand on 1-1-2016.
    let start: Decimal = verblijf
        .iter()
        .map(|id| s.care_forms[s.care_form_index(id).unwrap()].clients_start)
        .sum();
    assert_eq!(start, d("159"));
    // "Aan het eind van de projectperiode" (31 December 2018) against
    // 1-1-2014 (31 December 2013): the stand on 31 December, not the average.
    let target = s.target("zeer-specialistisch-min-30").unwrap();
    assert_eq!(target.measure, Measure::ClientsYearEnd);
    assert_eq!(
        (target.year, target.reference.as_ref().unwrap().year),
        (2018, 2013)
    );
    let (scenario, baseline) = checked(&s, "zeer-specialistisch-min-30");
    let stand = summed(&s, &c.scenario, &verblijf, 2018, |f| f.clients_end);
    let reached = stand / start - Decimal::ONE;
    assert_eq!(scenario.reached, Some(reached));
    // By hand (docs/MODEL.md section 5): each year the stand goes from c(0)
    // to c(0) q^12 + a d (1 - q^12), q = 1 - 1/d, a the month's inflow; the
    // inflow is the steady state 12 c / d of 1-1-2016, growing 1% a year,
    // of which the lever keeps 90%, 80% and 70% in 2016, 2017 and 2018.
    let by_hand = |clients: &str, months: &str| -> Decimal {
        let (c0, months) = (d(clients), d(months));
        let q = Decimal::ONE - Decimal::ONE / months;
        let q12 = (0..12).fold(Decimal::ONE, |p, _| p * q);
        let mut stock = c0;
        let mut inflow = d("12") * c0 / months;
        for kept in ["0.9", "0.8", "0.7"] {
            let a = inflow * d(kept) / d("12");
            stock = stock * q12 + a * months * (Decimal::ONE - q12);
            inflow *= d("1.01");
        }
        stock
    };
    let hand = by_hand("152", "12") + by_hand("7", "6.2");
    assert_eq!(stand.round_dp(8), hand.round_dp(8));
    // The lever cuts the inflow by 30% in 2018, but the clients in care
    // follow with their stay: about -24% on 31 December 2018 (and -20% on
    // the year's average), against the assumed level.
    assert_eq!(reached.round_dp(4), d("-0.2387"));
    let average = summed(&s, &c.scenario, &verblijf, 2018, |f| f.avg_clients);
    assert_eq!((average / start - Decimal::ONE).round_dp(3), d("-0.198"));
    assert_eq!(scenario.verdict, Verdict::NotMet);
    assert_eq!(baseline.verdict, Verdict::NotMet);
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0155"));

    // The assumed 2012 budget is the base year's cost of the compulsory
    // framework without levers: 364 x 1.800 x 12 + 55 x 1.300 x 12.
    let jbjr = ["jeugdbescherming", "jeugdreclassering"];
    let budget = d("364") * d("1800") * d("12") + d("55") * d("1300") * d("12");
    assert_eq!(budget, d("8720400"));
    assert_eq!(summed(&s, &c.baseline, &jbjr, 2016, |f| f.cost), budget);
    let (scenario, baseline) = checked(&s, "gedwongen-kader-min-15");
    let cost = |p| summed(&s, p, &jbjr, 2018, |f| f.cost);
    assert_eq!(
        scenario.reached,
        Some(cost(&c.scenario) / budget - Decimal::ONE)
    );
    assert_eq!(
        baseline.reached,
        Some(cost(&c.baseline) / budget - Decimal::ONE)
    );
    // 15% less inflow, but indexed tariffs: far from a 15% saving.
    assert_eq!(scenario.reached.unwrap().round_dp(3), d("-0.023"));
    assert_eq!(scenario.verdict, Verdict::NotMet);
}

#[test]
fn seed_003s_targets_are_checked_against_the_projected_2015_and_2017() {
    let s = scenario_of_seed(3);
    let c = project_with_baseline(&s);
    let change = |p, forms: &[&str], year, reference, pick| {
        summed(&s, p, forms, year, pick) / summed(&s, p, forms, reference, pick) - Decimal::ONE
    };
    let inflow: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal = |f| f.inflow;
    let clients: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal = |f| f.avg_clients;
    for (id, forms, year, reference, pick, value) in [
        ("huisarts-2016", &["ggz"][..], 2016, 2015, inflow, "-0.025"),
        ("huisarts-2017", &["ggz"], 2017, 2015, inflow, "-0.075"),
        ("huisarts-2018", &["ggz"], 2018, 2015, inflow, "-0.15"),
        (
            "medisch-specialist-2018",
            &["ambulant_specialistisch"],
            2018,
            2017,
            inflow,
            "-0.05",
        ),
        (
            "rechterlijke-maatregelen-2018",
            &["jeugdbescherming"],
            2018,
            2015,
            clients,
            "-0.1",
        ),
        (
            "jeugdreclassering-2018",
            &["jeugdreclassering"],
            2018,
            2015,
            clients,
            "-0.05",
        ),
        ("crises-2018", &["crisis"], 2018, 2015, inflow, "-0.1"),
    ] {
        let (scenario, baseline) = checked(&s, id);
        let reached = change(&c.scenario, forms, year, reference, pick);
        assert_eq!(scenario.reached, Some(reached), "{id}");
        assert_eq!(scenario.gap, Some(reached - d(value)), "{id}");
        assert_eq!(
            baseline.reached,
            Some(change(&c.baseline, forms, year, reference, pick)),
            "{id}"
        );
        // Each lever takes the plan's percentage off the year's own,
        // grown inflow, so every target is missed, and by the baseline too.
        assert_eq!(scenario.verdict, Verdict::NotMet, "{id}");
        assert_eq!(baseline.verdict, Verdict::NotMet, "{id}");
    }
    // -15% on 2018's inflow, which grew 1% a year since 2015.
    let (gp, _) = checked(&s, "huisarts-2018");
    let by_hand = d("0.85") * d("1.01") * d("1.01") * d("1.01") - Decimal::ONE;
    assert_eq!(gp.reached.unwrap().round_dp(6), by_hand.round_dp(6));
}

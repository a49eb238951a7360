//! Each plan's budget lines and levers, as printed in the plan.

use super::*;

/// Projected amount of budget line `id` in each of `years`.
fn line_amounts(s: &Scenario, id: &str, years: &[i32]) -> Vec<Decimal> {
    let index = s
        .budget_lines
        .iter()
        .position(|l| l.id == id)
        .unwrap_or_else(|| panic!("{}: no budget line {id}", s.name));
    let projection = project(s);
    years
        .iter()
        .map(|y| {
            projection
                .year(*y)
                .unwrap_or_else(|| panic!("{}: {y} not projected", s.name))
                .budget_lines[index]
        })
        .collect()
}

/// Checks that the projection carries each printed amount per year.
fn assert_printed(s: &Scenario, printed: &[(&str, &[(i32, i64)])]) {
    for (id, amounts) in printed {
        let years: Vec<i32> = amounts.iter().map(|(y, _)| *y).collect();
        let expected: Vec<Decimal> = amounts.iter().map(|(_, a)| Decimal::from(*a)).collect();
        assert_eq!(line_amounts(s, id, &years), expected, "{}: {id}", s.name);
    }
}

#[test]
fn seed_000s_budget_lines_are_the_transformatiefonds_table() {
    let s = scenario_of_seed(0);
    assert_eq!((s.base_year, s.last_year()), (2019, 2024));
    let three = |a: i64, b: i64, c: i64| [(2019, a), (2020, b), (2021, c)];
    assert_printed(
        &s,
        &[
            (
                "transformatiefonds",
                &three(2_400_000, 2_400_000, 2_400_000),
            ),
            ("transformatiemanager", &three(100_000, 100_000, 100_000)),
            ("onderzoek-monitoring", &three(300_000, 300_000, 300_000)),
            ("out-of-pocket", &three(50_000, 50_000, 50_000)),
            ("training-lokale-teams", &three(750_000, 750_000, 600_000)),
            ("curriculum", &three(200_000, 300_000, 0)),
            ("wachtlijstbeheer", &three(300_000, 300_000, 300_000)),
            ("integrale-teams", &three(650_000, 650_000, 0)),
            ("transformatiefonds", &[(2022, 0)]),
        ],
    );
    // The printed column totals are 2,35 / 2,45 / 1,2 mln; the fund's own
    // lines add up to the first two, but to 1,35 mln in 2021.
    let fund_lines = [
        "transformatiemanager",
        "onderzoek-monitoring",
        "out-of-pocket",
        "training-lokale-teams",
        "curriculum",
        "wachtlijstbeheer",
        "integrale-teams",
    ];
    let totals: Vec<Decimal> = (2019..=2021)
        .map(|y| {
            fund_lines
                .iter()
                .map(|id| line_amounts(&s, id, &[y])[0])
                .sum()
        })
        .collect();
    assert_eq!(totals, [d("2350000"), d("2450000"), d("1350000")]);
    // From 2021 the integral teams run on the regular budget ("regulier").
    assert_eq!(
        line_amounts(&s, "integrale-teams-regulier", &[2020, 2021, 2024]),
        [d("0"), d("650000"), d("650000")]
    );
}

#[test]
fn seed_000s_under_12_target_is_a_residential_shift_reached_in_two_years() {
    let s = scenario_of_seed(0);
    let shift = s
        .levers
        .residential_shifts
        .iter()
        .find(|l| l.id == "onder-12-niet-in-instellingen")
        .expect("the under-12 lever");
    assert_eq!(shift.from, ["residentieel"]);
    assert_eq!(shift.timing().strength(shift.share, 2020), shift.share);
    assert_eq!(
        shift.timing().strength(shift.share, 2019),
        shift.share / d("2")
    );
    // "Over 2 jaar" in a plan of September 2018: 2020, the year the lever
    // reaches its full strength and the target is checked.
    assert!(shift.source.as_deref().unwrap().contains("over 2 jaar"));
    assert_eq!(
        s.target("onder-12-niet-in-instellingen").unwrap().year,
        2020
    );
    let c = project_with_baseline(&s);
    let residential = s.care_form_index("residentieel").unwrap();
    let last = c.scenario.years.len() - 1;
    assert!(
        c.scenario.years[last].forms[residential].inflow
            < c.baseline.years[last].forms[residential].inflow
    );
}

#[test]
fn seed_001s_budget_lines_are_the_plans_financial_overview() {
    let s = scenario_of_seed(1);
    assert_eq!((s.base_year, s.last_year()), (2018, 2023));
    assert_printed(
        &s,
        &[
            (
                "expertise-veiligheid",
                &[(2018, 0), (2019, 150_000), (2020, 250_000), (2021, 150_000)],
            ),
            (
                "digitale-wereld",
                &[(2018, 115_000), (2019, 150_000), (2020, 135_000), (2021, 0)],
            ),
        ],
    );
    // Totals over the plan as printed (p. 25), and EUR 3,440,000 in all.
    let all_years: Vec<i32> = (2018..=2023).collect();
    let total = |id: &str| -> Decimal { line_amounts(&s, id, &all_years).iter().sum() };
    let printed = [
        ("passend-onderwijs", "660000"),
        ("expertise-veiligheid", "550000"),
        ("toegang-huisartsen", "450000"),
        ("transformatie-verblijf", "1200000"),
        ("digitale-wereld", "400000"),
        ("onvoorzien", "180000"),
    ];
    for (id, amount) in printed {
        assert_eq!(total(id), d(amount), "{id}");
    }
    let plan: Decimal = printed.iter().map(|(id, _)| total(id)).sum();
    assert_eq!(plan, d("3440000"));
    assert_eq!(total("transformatiefonds"), d("3440000"));
}

#[test]
fn seed_002s_thirty_percent_lever_cuts_the_inflow_by_2018() {
    let s = scenario_of_seed(2);
    assert_eq!((s.base_year, s.last_year()), (2016, 2025));
    // The project leader's EUR 50.000 is for all 17 municipalities of
    // Noord-Holland Noord, charged by population; the preset books the
    // regio Alkmaar's assumed part: 300.000 of 660.000 inhabitants.
    let part = (d("50000") * d("300000") / d("660000")).round_dp(2);
    assert_eq!(part, d("22727.27"));
    assert_eq!(
        line_amounts(&s, "projectleider-bovenregionaal", &[2016, 2017]),
        [part, d("0")]
    );
    let leader = &s.budget_lines[s
        .budget_lines
        .iter()
        .position(|l| l.id == "projectleider-bovenregionaal")
        .unwrap()];
    assert!(leader.sources["amounts"].starts_with("aanname"));
    let shift = &s.levers.residential_shifts[0];
    assert_eq!(shift.from, ["residentieel", "gesloten"]);
    assert_eq!(shift.share, d("0.3"));
    let strength: Vec<Decimal> = (2015..=2019)
        .map(|y| shift.timing().strength(shift.share, y))
        .collect();
    assert_eq!(strength, [d("0"), d("0.1"), d("0.2"), d("0.3"), d("0.3")]);
    // The inflow into the very specialised forms is 30% below the baseline
    // from 2018 on.
    let c = project_with_baseline(&s);
    for id in ["residentieel", "gesloten"] {
        let i = s.care_form_index(id).unwrap();
        let year = 2018 - s.base_year;
        let ratio = c.scenario.years[year as usize].forms[i].inflow
            / c.baseline.years[year as usize].forms[i].inflow;
        assert_eq!(ratio.round_dp(10), d("0.7"), "{id}");
    }
}

/// The summed strength in `year` of the form changes of `kind` on `form`.
fn summed_change(s: &Scenario, form: &str, kind: ChangeKind, year: i32) -> Decimal {
    s.levers
        .form_changes
        .iter()
        .filter(|c| c.form == form && c.kind == kind)
        .map(|c| c.timing().strength(c.change, year))
        .sum()
}

#[test]
fn seed_003s_gp_referral_targets_add_up_to_the_printed_steps() {
    let s = scenario_of_seed(3);
    assert_eq!((s.base_year, s.last_year()), (2015, 2021));
    let gp: Vec<Decimal> = (2015..=2019)
        .map(|y| summed_change(&s, "ggz", ChangeKind::Inflow, y))
        .collect();
    assert_eq!(
        gp,
        [d("0"), d("-0.025"), d("-0.075"), d("-0.15"), d("-0.15")]
    );
    // The other targets of 1 januari 2018, each against 2015 (specialists
    // against 2017).
    for (form, change) in [
        ("ambulant_specialistisch", "-0.05"),
        ("jeugdbescherming", "-0.1"),
        ("jeugdreclassering", "-0.05"),
        ("crisis", "-0.1"),
    ] {
        assert_eq!(
            summed_change(&s, form, ChangeKind::Inflow, 2017),
            d("0"),
            "{form}"
        );
        assert_eq!(
            summed_change(&s, form, ChangeKind::Inflow, 2018),
            d(change),
            "{form}"
        );
    }
    // No amounts in the plan: the only budget line is the assumed one.
    assert_eq!(s.budget_lines.len(), 1);
    assert!(s.budget_lines[0].sources["base_amount"].starts_with("aanname"));
    let c = project_with_baseline(&s);
    assert!(c.total_savings() > Decimal::ZERO, "the targets save money");
}

#[test]
fn seed_004s_budget_lines_are_the_printed_programme_budget() {
    let s = scenario_of_seed(4);
    assert_eq!((s.base_year, s.last_year()), (2021, 2025));
    let printed: &[(&str, &[(i32, i64)])] = &[
        (
            "inleg-gemeenten",
            &[(2021, 103_550), (2022, 253_108), (2023, 50_000)],
        ),
        (
            "restantbudget-aanjaagteam",
            &[(2021, 30_000), (2022, 73_771)],
        ),
        (
            "leeromgeving-perspectiefbenadering",
            &[(2021, 30_000), (2022, 45_000), (2023, 0)],
        ),
        (
            "overige-activiteiten-leeromgeving",
            &[(2021, 0), (2022, 25_000), (2023, 25_000)],
        ),
        ("jeugdhulp-naar-de-voorkant", &[(2022, 28_466)]),
        ("afbakening-jeugdhulp", &[(2021, 56_600), (2022, 10_000)]),
        ("passend-zorglandschap", &[(2022, 50_000), (2023, 90_000)]),
        ("veilig-opgroeien", &[(2022, 10_000)]),
        (
            "strategisch-adviseur",
            &[(2021, 53_550), (2022, 151_600), (2023, 151_600)],
        ),
    ];
    assert_printed(&s, printed);

    // The programme's income, cost and saldo per year as printed (L1770,
    // L1801, L1803, L1853), and the 2023 shortfall as its cumulative saldo.
    let projection = project(&s);
    let mut by_year: BTreeMap<i32, (Decimal, Decimal)> = BTreeMap::new();
    for year in 2021..=2023 {
        let y = projection.year(year).unwrap();
        let (mut income, mut cost) = (Decimal::ZERO, Decimal::ZERO);
        for (line, amount) in s.budget_lines.iter().zip(&y.budget_lines) {
            if line.id == "rijksbijdrage" {
                continue;
            }
            match line.kind {
                jeugdscenario_engine::scenario::BudgetKind::Income => income += amount,
                jeugdscenario_engine::scenario::BudgetKind::Expense => cost += amount,
            }
        }
        by_year.insert(year, (income, cost));
    }
    assert_eq!(by_year[&2021], (d("133550"), d("140150")));
    assert_eq!(by_year[&2022], (d("326879"), d("320066")));
    assert_eq!(by_year[&2023], (d("50000"), d("266600")));
    let saldo: Decimal = by_year.values().map(|(i, c)| i - c).sum();
    assert_eq!(saldo, d("-216387"));
}

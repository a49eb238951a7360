//! The worked example of MODEL.md ("Uit de administratie"), computed by
//! hand, and every kind of bad input.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::region_csv::protocol::{answer, answer_with, Host, Reply, Request};
use crate::scenario::CareForm;
use crate::view::chart::{Dash, LineChart};

const WORKED: &[u8] =
    include_bytes!("../../../../tests/csv-files/allocations/good/worked-example.csv");

fn example() -> Calibration {
    calibrate(WORKED, &Mapping::default_for(&[]), None).expect("the worked example reads")
}

fn months(days: i64) -> Decimal {
    Decimal::from(days) / dec!(30.4375)
}

#[test]
fn the_worked_example_by_hand() {
    let c = example();
    // Starts: 2022 one, 2023 four, 2024 two: 2022 is a trajectory that ran
    // into the administration, which covers 2023 and 2024.
    assert_eq!((c.first_year, c.base_year, c.rows), (2023, 2025, 7));
    assert_eq!(
        c.unmapped,
        vec![Unmapped {
            category: "99".into(),
            rows: 1
        }]
    );
    assert_eq!(c.forms.len(), 1);
    let form = &c.forms[0];
    assert_eq!(form.form.id, "ambulant_specialistisch");
    // A's two allocations 20 days apart are one trajectory, B's 40 days
    // apart are two: A, B1, B2, C, D.
    assert_eq!((form.allocations, form.trajectories), (6, 5));
    let [y2023, y2024] = &form.years[..] else {
        panic!("two years: {:?}", form.years)
    };
    assert_eq!(y2023.year, 2023);
    assert_eq!(y2023.clients_start, 1, "A, begun in 2022");
    assert_eq!(y2023.inflow, 3, "B1, B2, C");
    // A 120 days (1 January to 30 April), B1 92, B2 53, C 92.
    assert_eq!(y2023.client_months, months(357));
    assert_eq!(y2023.duration_months, Some(months(357) / dec!(3)));
    assert_eq!(y2023.duration_months.unwrap().round_dp(1), dec!(3.9));
    // A (181 days, the gap counted), B1 (92) and B2 (53) ended.
    assert_eq!(y2023.ended, 3);
    assert_eq!(
        y2023.ended_mean_months,
        Some(dec!(326) / dec!(3) / dec!(30.4375))
    );
    // Ten euros a day for every allocation's own days: 31 + 70 + 92 + 53 + 92.
    assert_eq!(y2023.cost, Some(dec!(3380.00)));
    assert_eq!(y2023.cost_per_client_month, Some(dec!(288.18)));
    assert_eq!((y2024.clients_start, y2024.inflow), (1, 1), "C runs on; D");
    // C all of leap year 2024 (366 days), D 91.
    assert_eq!(y2024.client_months, months(457));
    assert_eq!(y2024.duration_months.unwrap().round_dp(1), dec!(15.0));
    assert_eq!((y2024.ended, y2024.cost), (1, Some(dec!(4570.00))));
    // 10 euros a day is 304.375 a month: half-even to 304.38.
    assert_eq!(y2024.cost_per_client_month, Some(dec!(304.38)));
    assert_eq!(form.clients_base, 1, "C, still running");
}

#[test]
fn model_md_shows_the_worked_example_file_verbatim() {
    let model = include_str!("../../../../docs/MODEL.md");
    let file = std::str::from_utf8(WORKED).unwrap().replace("\r\n", "\n");
    assert!(
        model.contains(&format!("```csv\n{file}```")),
        "docs/MODEL.md and worked-example.csv differ"
    );
}

#[test]
fn the_last_full_year_becomes_the_base_years_care_form_with_its_source() {
    let c = example();
    let forms = c.care_forms(&[]);
    let f: &CareForm = &forms[0];
    assert_eq!(f.clients_start, dec!(1));
    assert_eq!(f.inflow_per_year, Some(dec!(1)));
    assert_eq!(f.duration_months, dec!(15.0));
    assert_eq!(f.tariff_per_month, Some(dec!(304.38)));
    assert_eq!(f.price_per_trajectory, None);
    assert_eq!(
        f.sources["duration_months"],
        "eigen administratie, toewijzingen 2023-2024, 5 trajecten"
    );
    // A valid care form: a region of it passes every rule of the loader.
    let mut probe = crate::region_csv::check::probe(2025, 5);
    probe.care_forms = forms;
    let problems: Vec<_> = crate::validate::validate(&probe)
        .into_iter()
        .filter(|p| p.path.starts_with("care_forms"))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn the_lookback_runs_the_engines_model_from_the_first_year() {
    let c = example();
    let back = lookback(&c);
    let form = &back[0];
    assert_eq!(form.rows.len(), 2);
    let first = &form.rows[0];
    // The model starts from the first year's stock with the last year's
    // inflow (1), duration (15.0) and tariff: the engine's own year.
    let flow = crate::stockflow::simulate_year(dec!(1), dec!(1), dec!(15.0));
    assert_eq!(
        first.clients_start,
        Measured {
            actual: dec!(1),
            model: dec!(1.0)
        }
    );
    assert_eq!(first.inflow.model, dec!(1.0));
    assert_eq!(
        first.client_months.model,
        crate::money::round_clients(flow.client_months)
    );
    assert_eq!(first.client_months.actual, months(357).round_dp(1));
    assert_eq!(
        first.cost.unwrap().model,
        crate::money::round_cents(flow.client_months * dec!(304.38))
    );
    // Inflow 3 then 1: the model's constant 1 misses 2023 by two thirds.
    assert_eq!(
        form.mape_of(Measure::Inflow),
        Some(dec!(2) / dec!(3) / dec!(2))
    );
    assert_eq!(form.inflow_growth, Some(dec!(-0.667)));
    let finding = form.finding.as_ref().expect("a large difference is said");
    assert!(
        finding.nl.contains("daalde") && finding.nl.contains("autonome groei"),
        "{finding:?}"
    );
    assert!(!finding.en.is_empty());
    let table = lookback_table(&back);
    assert_eq!(table.rows.len(), 3, "two years and the mean");
    assert_eq!(table.rows[2][2], "gemiddeld");
}

#[test]
fn without_a_client_column_each_row_is_a_trajectory() {
    let text = std::str::from_utf8(WORKED).unwrap();
    let without: String = text
        .lines()
        .map(|l| l.split_once(';').unwrap().1.to_string() + "\n")
        .collect();
    let c = calibrate(without.as_bytes(), &Mapping::default_for(&[]), None).unwrap();
    assert_eq!(c.forms[0].trajectories, 6);
    assert_eq!(c.forms[0].years[0].inflow, 4, "A's second allocation too");
}

#[test]
fn the_years_table_has_the_templates_columns_and_its_base_year_rows_import_as_care_forms() {
    let c = example();
    let forms = c.care_forms(&[]);
    let table = years_table(&c, &forms);
    assert_eq!(table.headers[1].nl, "code");
    assert_eq!(table.rows.len(), 3);
    let mut csv = String::new();
    let header: Vec<String> = table.headers.iter().map(|h| h.nl.clone()).collect();
    crate::csv_out::push_row(&mut csv, &header);
    crate::csv_out::push_row(&mut csv, &table.rows[2]);
    let read = crate::region_csv::parse_care_forms_csv(csv.as_bytes()).expect("imports");
    assert_eq!(read.rows[0].duration_months, forms[0].duration_months);
    assert_eq!(read.rows[0].tariff_per_month, forms[0].tariff_per_month);
}

fn refused(csv: &str, base_year: Option<i32>) -> Vec<crate::region_csv::CsvProblem> {
    calibrate(csv.as_bytes(), &Mapping::default_for(&[]), base_year).expect_err(csv)
}

const HEADER: &str = "client;productcategorie;begindatum;einddatum\n";

#[test]
fn bad_input_is_refused_with_its_line_and_nothing_is_derived() {
    let one = |row: &str, year| {
        let p = refused(
            &format!("{HEADER}x;45;01-01-2024;31-01-2024\n{row}\n"),
            year,
        );
        assert_eq!(p.len(), 1, "{row}: {p:?}");
        p.into_iter().next().unwrap()
    };
    let p = one("y;45;01-03-2024;01-02-2024", None);
    assert_eq!((p.line, p.column.as_str()), (3, "einddatum"));
    assert!(p.message.nl.contains("vóór de begindatum"), "{p}");
    let p = one("y;45;31-02-2024;", None);
    assert_eq!((p.line, p.column.as_str()), (3, "begindatum"));
    assert!(p.message.nl.contains("geen datum"));
    let p = one("y;4x;01-02-2024;", None);
    assert_eq!((p.line, p.column.as_str()), (3, "productcategorie"));
    assert!(p.message.nl.contains("geen productcategorie"));
    let p = one("y;45;01-02-2027;", Some(2026));
    assert_eq!((p.line, p.column.as_str()), (3, "begindatum"));
    assert!(p.message.nl.contains("na het basisjaar 2026"), "{p}");
    // Within the base year is fine; a stray year far beyond the rest, too
    // without a chosen base year.
    assert!(calibrate(
        format!("{HEADER}x;45;01-01-2024;\ny;45;01-12-2026;\n").as_bytes(),
        &Mapping::default_for(&[]),
        Some(2026)
    )
    .is_ok());
    let mut csv = HEADER.to_string();
    for c in ["a", "b", "c", "d"] {
        csv.push_str(&format!("{c};45;01-01-2024;\n"));
    }
    csv.push_str("e;45;01-01-2094;\n");
    let p = refused(&csv, None);
    assert!(
        p[0].message.nl.contains("is het jaartal goed getypt"),
        "{p:?}"
    );
    let p = refused(&format!("{HEADER}x;45;01-01-2024;\n"), Some(1850));
    assert!(
        p[0].message
            .nl
            .contains("Het basisjaar moet tussen 2000 en 2100"),
        "{p:?}"
    );
    // Only a header.
    let p = refused(HEADER, None);
    assert!(
        p[0].message
            .nl
            .contains("geen toewijzingen onder de kopregel"),
        "{p:?}"
    );
    // A column of burgerservicenummers, whatever its name.
    let p = refused(
        &format!("{HEADER}111222333;45;01-01-2024;\n123456782;45;01-01-2024;\n"),
        None,
    );
    assert_eq!((p.len(), p[0].line, p[0].column.as_str()), (1, 2, "client"));
    assert!(p[0].message.nl.contains("pseudoniem") && !p[0].message.nl.contains("111222333"));
}

#[test]
fn more_than_200000_rows_are_refused_before_they_are_read() {
    let mut csv = String::from(HEADER);
    for i in 0..=MAX_ALLOCATIONS {
        csv.push_str(&format!("c{i};45;01-01-2024;\n"));
    }
    let p = refused(&csv, None);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].message
            .nl
            .contains("Te veel regels: 200.001 toewijzingen"),
        "{p:?}"
    );
}

#[test]
fn the_worker_answers_calibrate_with_aggregates_and_a_scenario_it_can_open() {
    let ask = |scenario: &[u8]| {
        let request = serde_json::to_string(&Request::Calibrate {
            base_year: None,
            file: "toewijzingen.csv".into(),
            date: "2026-12-06".into(),
            rules: None,
        })
        .unwrap();
        let files = vec![scenario.to_vec(), WORKED.to_vec(), Vec::new()];
        let wire: Vec<Vec<String>> = serde_json::from_str(&answer(&request, &files)).unwrap();
        let reply = Reply::from_wire(wire.clone()).expect("a reply");
        assert_eq!(reply.to_wire(), wire, "the wire round trip");
        // Privacy: no pseudonym or date of a row leaves the worker.
        let all = wire.concat().join("\n");
        assert!(!all.contains("10-07-2023") && !all.contains("\nB\n"));
        reply
    };
    // A new region.
    let reply = ask(b"");
    assert!(reply.problems.is_empty(), "{:?}", reply.problems);
    assert_eq!(reply.unmapped, vec![("99".to_string(), 1)]);
    assert_eq!(reply.years.as_ref().unwrap().rows.len(), 3);
    assert_eq!(reply.lookback.as_ref().unwrap().rows.len(), 3);
    assert_eq!(reply.findings.len(), 1);
    let own = crate::load_scenario(reply.scenario.unwrap().as_bytes()).unwrap();
    assert_eq!((own.base_year, own.care_forms.len()), (2025, 1));
    // The example's care forms replaced through the engine's edit: its
    // base year (2026) is the calibration's.
    let example = crate::scenario_to_json(&crate::example::voorbeeldregio());
    let reply = ask(example.as_bytes());
    assert!(reply.problems.is_empty(), "{:?}", reply.problems);
    assert!(!reply.goes.is_empty(), "levers on forms that are gone");
    let next = crate::load_scenario(reply.scenario.unwrap().as_bytes()).unwrap();
    assert_eq!(next.care_forms.len(), 1);
    // 2025 is a year without any allocation: no figure but C, still running.
    assert_eq!(next.care_forms[0].clients_start, dec!(1));
    assert_eq!(next.care_forms[0].inflow_per_year, Some(dec!(0)));
}

#[test]
fn the_worker_gives_both_templates_and_they_read_back() {
    let example = crate::scenario_to_json(&crate::example::voorbeeldregio());
    let template = |table| {
        let request = serde_json::to_string(&Request::Template { table }).unwrap();
        let wire = serde_json::from_str(&answer(&request, &[example.as_bytes().to_vec()])).unwrap();
        Reply::from_wire(wire)
            .unwrap()
            .template
            .expect("a template")
    };
    let allocations = template(crate::region_csv::Table::Allocations);
    let c = calibrate(allocations.as_bytes(), &Mapping::default_for(&[]), None).unwrap();
    assert_eq!((c.rows, c.forms.len()), (2, 2));
    let mapping = template(crate::region_csv::Table::Mapping);
    let example_forms = crate::example::voorbeeldregio().care_forms;
    assert_eq!(
        parse_mapping_csv(mapping.as_bytes(), &example_forms).unwrap(),
        Mapping::default_for(&example_forms)
    );
    // Neither is a table to show row by row.
    let read = serde_json::to_string(&Request::Read {
        table: crate::region_csv::Table::Allocations,
        base_year: 2026,
        years: 10,
    })
    .unwrap();
    let wire = serde_json::from_str(&answer(&read, &[allocations.into_bytes()])).unwrap();
    assert!(Reply::from_wire(wire).unwrap().problems[0]
        .message
        .nl
        .contains("Uit de administratie"));
}

/// A worker's host that records what it is asked.
#[derive(Default)]
struct Recording {
    progress: Vec<u8>,
    charts: Vec<LineChart>,
}

impl Host for Recording {
    fn progress(&mut self, percent: u8) {
        self.progress.push(percent);
    }

    fn draw(&mut self, chart: &LineChart) -> Option<String> {
        self.charts.push(chart.clone());
        Some(format!("<svg>{}</svg>", chart.title.nl))
    }
}

fn calibrate_on(scenario: &[u8], rules: Option<Vec<[String; 3]>>, host: &mut Recording) -> Reply {
    let request = serde_json::to_string(&Request::Calibrate {
        base_year: None,
        file: "toewijzingen.csv".into(),
        date: "2026-12-06".into(),
        rules,
    })
    .unwrap();
    let files = vec![scenario.to_vec(), WORKED.to_vec(), Vec::new()];
    let wire: Vec<Vec<String>> =
        serde_json::from_str(&answer_with(&request, &files, host)).unwrap();
    let reply = Reply::from_wire(wire.clone()).expect("a reply");
    assert_eq!(reply.to_wire(), wire, "the wire round trip");
    reply
}

#[test]
fn the_worker_says_how_far_it_is_and_draws_a_terugblik_chart_per_form_and_measure() {
    let mut host = Recording::default();
    let reply = calibrate_on(b"", None, &mut host);
    assert!(reply.problems.is_empty(), "{:?}", reply.problems);
    // Rising, from reading to the derived forms.
    assert!(
        host.progress.windows(2).all(|w| w[0] <= w[1]),
        "{:?}",
        host.progress
    );
    assert_eq!(host.progress.first(), Some(&super::read::PROGRESS_READ));
    assert_eq!(host.progress.last(), Some(&PROGRESS_DERIVED));
    // One care form (ambulant specialistisch), four measures: the file has amounts.
    assert_eq!(host.charts.len(), 4);
    assert_eq!(reply.charts.len(), 4);
    let clients = &host.charts[0];
    assert_eq!(clients.years, vec![2023, 2024]);
    assert_eq!(clients.lines.len(), 2);
    assert!(
        clients.lines[0].style.dash == Dash::Solid && clients.lines[1].style.dash == Dash::Dashed
    );
    // The administration's clients on 1 January: A on 1 January 2023
    // (started 2022), none on 1 January 2024 but C, still running.
    assert_eq!(clients.lines[0].values, vec![Some(dec!(1)), Some(dec!(1))]);
    assert!(
        clients
            .description
            .nl
            .contains("administratie 2023 1, 2024 1"),
        "{}",
        clients.description.nl
    );
    assert_eq!(reply.charts[0].0, Measure::ClientsStart.label());
    assert_eq!(
        reply.charts[0].2,
        format!("<svg>{}</svg>", clients.title.nl)
    );
}

#[test]
fn the_mapping_is_changed_by_its_rules_and_kept_with_the_scenario() {
    let example = crate::scenario_to_json(&crate::example::voorbeeldregio());
    let mut host = Recording::default();
    let first = calibrate_on(example.as_bytes(), None, &mut host);
    // The defaults, and category 99 that no rule takes, with its row.
    let rule_99 = [
        "99".to_string(),
        String::new(),
        String::new(),
        "1".to_string(),
    ];
    assert!(
        first.mapping_rules.contains(&rule_99),
        "{:?}",
        first.mapping_rules
    );
    assert!(first.mapping_rules.contains(&[
        "45".into(),
        String::new(),
        "ambulant_specialistisch".into(),
        "6".into()
    ]));
    assert!(first.mapping_forms.iter().any(|f| f[0] == "ggz"));
    // 99 counted as ggz, 45 as it was.
    let rules: Vec<[String; 3]> = first
        .mapping_rules
        .iter()
        .map(|r| {
            [
                r[0].clone(),
                r[1].clone(),
                if r[0] == "99" {
                    "ggz".into()
                } else {
                    r[2].clone()
                },
            ]
        })
        .collect();
    let second = calibrate_on(example.as_bytes(), Some(rules), &mut host);
    assert!(second.problems.is_empty(), "{:?}", second.problems);
    assert!(second.unmapped.is_empty());
    let next = crate::load_scenario(second.scenario.unwrap().as_bytes()).unwrap();
    let kept = next
        .allocation_mapping
        .clone()
        .expect("the mapping is kept");
    assert!(kept
        .rules
        .iter()
        .any(|r| r.category == "99" && r.form == "ggz"));
    assert_eq!(next.care_forms.len(), 2, "ambulant specialistisch and ggz");
    // Read again on that scenario without rules: its kept mapping counts 99 as ggz.
    let json = crate::scenario_to_json(&next);
    let third = calibrate_on(json.as_bytes(), None, &mut host);
    assert!(third.unmapped.is_empty(), "{:?}", third.unmapped);
    // A rule naming a care form nobody knows is refused, by name.
    let bad = vec![["45".to_string(), String::new(), "bestaat_niet".to_string()]];
    let refused = calibrate_on(example.as_bytes(), Some(bad), &mut host);
    assert!(
        refused.problems[0]
            .message
            .nl
            .contains("\"bestaat_niet\" bestaat niet"),
        "{:?}",
        refused.problems
    );
}

//! The worked example of docs/MODEL.md, to the cent: one care form over two
//! years, redone by hand in the document.

mod common;
use common::*;
use jeugdscenario_engine::money::round_clients;
use jeugdscenario_engine::nl::{format_euro_cents, format_number};
use jeugdscenario_engine::project;
use jeugdscenario_engine::scenario::CareGroup;

/// Pleegzorg: 100 clients, 30 new a year, 24 months, EUR 2000 a month, 3% index.
fn worked_example() -> jeugdscenario_engine::Scenario {
    let mut scenario = small_region();
    scenario.years = 2;
    scenario.budget_lines.clear();
    let mut pleegzorg = form("pleegzorg", CareGroup::Verblijf, "100", "24", "2000");
    pleegzorg.inflow_per_year = Some(d("30"));
    pleegzorg.price_index = d("0.03");
    scenario.care_forms = vec![pleegzorg];
    scenario
}

#[test]
fn worked_example_of_the_model_document_matches_to_the_cent() {
    let scenario = worked_example();
    let p = project(&scenario);
    let (y1, y2) = (&p.years[0].forms[0], &p.years[1].forms[0]);
    assert_eq!(y1.cost, d("2207872.98"));
    assert_eq!(round_clients(y1.avg_clients), d("92.0"));
    assert_eq!(round_clients(y1.clients_end), d("84.0"));
    assert_eq!(y2.price, d("2060"));
    assert_eq!(y2.cost, d("1957797.83"));
    assert_eq!(round_clients(y2.avg_clients), d("79.2"));
    assert_eq!(round_clients(y2.clients_end), d("74.4"));
    assert_eq!(p.years[1].total_cost, d("1957797.83"));
    assert_eq!(p.years[1].cumulative_balance, d("-4165670.81"));
}

#[test]
fn the_model_document_shows_the_figures_the_engine_computes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/MODEL.md");
    let doc = std::fs::read_to_string(path).expect("docs/MODEL.md");
    let p = project(&worked_example());
    let mut figures = Vec::new();
    for year in &p.years {
        let f = &year.forms[0];
        figures.push(format!("**{}**", format_euro_cents(f.cost)));
        figures.push(format!(
            "**{}**",
            format_number(round_clients(f.avg_clients), 1)
        ));
        figures.push(format!("**{}**", format_number(f.clients_end, 12)));
        figures.push(format!(
            "**{}**",
            format_number(f.avg_clients * d("12"), 12)
        ));
    }
    figures.push("**€ 2.060**".to_string());
    let cumulative = p.years[1].cumulative_balance;
    figures.push(format!("**−{}**", format_euro_cents(-cumulative)));
    for figure in figures {
        assert!(doc.contains(&figure), "docs/MODEL.md lacks {figure}");
    }
}

/// The target measure "stand op 31 december" is the stock the stock-flow
/// reaches at the end of the year's twelfth month: in the worked example
/// 84,002646163639 clients on 31 December 2026 and 74,403175571421 on
/// 31 December 2027, as docs/MODEL.md computes them by hand (§11), not the
/// year's average (92,0 and 79,2).
#[test]
fn the_year_end_measure_is_the_stand_the_model_document_computes_by_hand() {
    use jeugdscenario_engine::scenario::{Comparison, Measure, Reference, Scope, Target};
    use jeugdscenario_engine::targets::{check, measure, Verdict};
    use rust_decimal::Decimal;

    let scenario = worked_example();
    let p = project(&scenario);
    let year_end = Target {
        id: "stand".into(),
        label: "Stand op 31 december".into(),
        measure: Measure::ClientsYearEnd,
        scope: Scope::Forms(vec!["pleegzorg".into()]),
        budget_line: None,
        year: 2026,
        every_year_from: false,
        comparison: Comparison::AtMost,
        value: d("84"),
        reference: None,
        source: "aanname".into(),
    };
    let by_hand = [d("84.002646163639"), d("74.403175571421")];
    for (year, stand) in p.years.iter().zip(by_hand) {
        assert_eq!(measure(&scenario, &year_end, year), stand, "{}", year.year);
    }
    // The average of 2026 is 92,0, the stand on 31 December 84,0: at most
    // 84 clients is missed by 0,002646163639 of a client.
    let c = check(&scenario, &p, &year_end);
    assert_eq!(c.level, by_hand[0]);
    assert_eq!(c.gap, Some(d("0.002646163639")));
    assert_eq!(c.verdict, Verdict::NotMet);
    // The stand on 31 December is the next year's stock on 1 January: by
    // hand, 84,002646163639 x q^12 + 60 x (1 - q^12) with q = 23/24 is the
    // 2027 stand; against 2026 that is a change of 74,40.../84,00... - 1.
    let relative = Target {
        year: 2027,
        value: d("-0.1"),
        reference: Some(Reference {
            year: 2026,
            level: None,
            source: String::new(),
        }),
        ..year_end
    };
    let c = check(&scenario, &p, &relative);
    assert_eq!(c.reference_level, Some(by_hand[0]));
    assert_eq!(c.reached, Some(by_hand[1] / by_hand[0] - Decimal::ONE));
    assert_eq!(c.reached.unwrap().round_dp(4), d("-0.1143"));
    assert_eq!(c.verdict, Verdict::Met);
}

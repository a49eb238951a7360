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

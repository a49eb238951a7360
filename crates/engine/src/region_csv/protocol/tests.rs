//! The import worker's protocol, asked as the app asks: a request as JSON,
//! the reply read back from its wire.

use super::*;
use crate::edit::Edit;
use crate::example::voorbeeldregio;
use crate::view::own_data::{budget_lines_preview, care_forms_preview, municipalities_preview};

fn ask(request: &Request, files: &[&[u8]]) -> Reply {
    let request = serde_json::to_string(request).unwrap();
    let files: Vec<Vec<u8>> = files.iter().map(|f| f.to_vec()).collect();
    let reply = Reply::from_wire(serde_json::from_str(&answer(&request, &files)).unwrap())
        .expect("a reply");
    // What goes over the wire comes back the same.
    assert_eq!(Reply::from_wire(reply.to_wire()), Some(reply.clone()));
    reply
}

fn template(table: Table) -> String {
    let json = scenario_to_json(&voorbeeldregio());
    ask(&Request::Template { table }, &[json.as_bytes()])
        .template
        .expect("a template")
}

#[test]
fn every_table_read_by_the_worker_is_previewed_as_read_directly() {
    let s = voorbeeldregio();
    for table in Table::ALL {
        let text = template(table);
        let read = Request::Read {
            table,
            base_year: s.base_year,
            years: s.years,
        };
        let reply = ask(&read, &[text.as_bytes()]);
        assert!(reply.problems.is_empty(), "{table:?}: {:?}", reply.problems);
        let expected = match table {
            Table::CareForms => care_forms_preview(&s.care_forms),
            Table::BudgetLines => budget_lines_preview(&s.budget_lines),
            Table::Municipalities => municipalities_preview(&s.municipalities),
            Table::Allocations | Table::Mapping => unreachable!("not in Table::ALL"),
        };
        assert_eq!(reply.preview.unwrap().rows.len(), expected.rows.len());
    }
}

#[test]
fn a_new_region_from_the_three_files_opens_with_the_loader_and_keeps_no_lever() {
    let s = voorbeeldregio();
    let files = Table::ALL.map(template);
    let request = Request::Region {
        name: "Regio Noord".into(),
        base_year: s.base_year,
        years: s.years,
        source: "Begroting".into(),
        imported: "2026-12-05".into(),
    };
    let reply = ask(&request, &files.each_ref().map(|f| f.as_bytes()));
    let own = load_scenario(reply.scenario.expect("a scenario").as_bytes()).unwrap();
    assert_eq!(own.name, "Regio Noord");
    assert_eq!(own.care_forms.len(), s.care_forms.len());
    assert_eq!(own.budget_lines.len(), s.budget_lines.len());
    assert_eq!(own.municipalities.len(), s.municipalities.len());
    assert!(own.levers.substitutions.is_empty() && own.targets.is_empty());
    // Only the care forms: a region without budget or municipalities.
    let only = ask(&request, &[files[0].as_bytes(), b"", b""]);
    let own = load_scenario(only.scenario.unwrap().as_bytes()).unwrap();
    assert!(own.budget_lines.is_empty() && own.municipalities.is_empty());
    // A refused table refuses the region, named by its table.
    let refused = ask(&request, &[files[0].as_bytes(), b"onzin", b""]);
    assert!(refused.scenario.is_none());
    assert!(refused.problems[0]
        .message
        .nl
        .starts_with("Begrotingsposten: "));
}

#[test]
fn replacing_care_forms_goes_through_the_engines_edit() {
    let s = voorbeeldregio();
    let json = scenario_to_json(&s);
    let text = template(Table::CareForms);
    let without_poh: String = text
        .lines()
        .filter(|l| !l.starts_with("poh;"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let request = Request::ReplaceCareForms {
        file: "eigen.csv".into(),
        date: "2026-12-05".into(),
    };
    let reply = ask(&request, &[json.as_bytes(), without_poh.as_bytes()]);
    assert!(reply.problems.is_empty(), "{:?}", reply.problems);
    assert!(!reply.goes.is_empty());
    assert!(reply.stays.unwrap().nl.starts_with("Blijven staan"));
    let next = load_scenario(reply.scenario.unwrap().as_bytes()).unwrap();
    assert!(next.care_form("poh").is_none());
    assert!(!next.provenance.is_example());
}

#[test]
fn a_refused_file_and_a_garbled_request_come_back_as_problems() {
    let read = Request::Read {
        table: Table::CareForms,
        base_year: 2026,
        years: 10,
    };
    let empty = ask(&read, &[b""]);
    assert!(empty.problems[0].message.nl.contains("leeg") && empty.preview.is_none());
    let garbled = Reply::from_wire(serde_json::from_str(&answer("{", &[])).unwrap()).unwrap();
    assert_eq!(garbled.problems.len(), 1);
}

#[test]
fn the_worker_draws_a_qr_code_of_a_link_and_refuses_one_too_long() {
    let link = format!(
        "https://example.org/planner/#p=voorbeeldregio&v=0123abcd&{}",
        "x".repeat(220)
    );
    let reply = ask(&Request::Qr { text: link.clone() }, &[]);
    let qr = reply.qr.expect("a QR code");
    assert_eq!(qr, crate::qr::qr_matrix(&link).unwrap());
    assert!(reply.problems.is_empty());
    // The wire entry: the tag, the size, one character per module.
    let json = answer(
        &serde_json::to_string(&Request::Qr { text: link }).unwrap(),
        &[],
    );
    let wire: Vec<Vec<String>> = serde_json::from_str(&json).unwrap();
    assert_eq!(wire.len(), 1);
    assert_eq!(wire[0][0], "qr");
    assert_eq!(wire[0][1], qr.size.to_string());
    assert_eq!(wire[0][2].len(), (qr.size * qr.size) as usize);
    // A damaged entry is no reply.
    let mut damaged = wire.clone();
    damaged[0][2].pop();
    assert!(Reply::from_wire(damaged).is_none());
    let too_long = ask(
        &Request::Qr {
            text: "x".repeat(5_000),
        },
        &[],
    );
    assert!(too_long.qr.is_none());
    assert!(too_long.problems[0].message.nl.contains("QR-code"));
}

#[test]
fn the_exports_are_written_by_the_worker_as_the_cli_writes_them() {
    let s = voorbeeldregio();
    let json = scenario_to_json(&s);
    let both = crate::projection::project_with_baseline(&s);
    for (format, expected) in [
        ("csv", crate::export::projection_csv(&s, &both)),
        ("json", crate::export::projection_json(&s, &both)),
    ] {
        let reply = ask(
            &Request::Export {
                format: format.into(),
            },
            &[json.as_bytes()],
        );
        assert_eq!(reply.export.as_deref(), Some(expected.as_str()), "{format}");
    }
    let broken = ask(
        &Request::Export {
            format: "csv".into(),
        },
        &[b"{"],
    );
    assert!(broken.export.is_none() && !broken.problems.is_empty());
}

#[test]
fn short_links_are_written_and_opened_by_the_worker() {
    let example = crate::example::VOORBEELDREGIO_JSON.as_bytes();
    let mut s = voorbeeldregio();
    s.apply(Edit::set(
        "levers.substitutions.ggz-naar-poh.share".parse().unwrap(),
        rust_decimal::Decimal::new(3, 1),
    ))
    .unwrap();
    let json = scenario_to_json(&s);
    let write = Request::ShortLink {
        page: "http://127.0.0.1:8080/#s=oud".into(),
        presets: vec!["voorbeeldregio".into()],
    };
    let link = ask(&write, &[json.as_bytes(), example])
        .export
        .expect("a short link");
    assert!(
        link.starts_with("http://127.0.0.1:8080/#p=voorbeeldregio&"),
        "{link}"
    );
    let fragment = link.split_once('#').unwrap().1.to_string();
    let opened = ask(
        &Request::OpenShort {
            fragment: fragment.clone(),
        },
        &[example],
    );
    assert_eq!(
        load_scenario(opened.scenario.unwrap().as_bytes()).unwrap(),
        s
    );
    // Another version of the preset opens nothing and says so.
    let other = ask(&Request::OpenShort { fragment }, &[b"{}"]);
    assert!(other.scenario.is_none());
    assert!(other.problems[0].message.nl.contains("versie van het plan"));
    // Own figures have no short link.
    let mut own = s.clone();
    own.provenance = crate::scenario::Provenance::Own {
        source: "eigen".into(),
        imported: String::new(),
    };
    let none = ask(&write, &[scenario_to_json(&own).as_bytes(), example]);
    assert!(none.export.is_none());
}

#[test]
fn the_comparison_csv_is_written_by_the_worker() {
    let (a, mut b) = (voorbeeldregio(), voorbeeldregio());
    b.name = "Plan B".into();
    let entries = [
        crate::view::compare::Entry {
            name: "A: x".into(),
            scenario: a.clone(),
        },
        crate::view::compare::Entry {
            name: "B: y".into(),
            scenario: b.clone(),
        },
    ];
    let (ja, jb) = (scenario_to_json(&a), scenario_to_json(&b));
    let reply = ask(
        &Request::Compare {
            names: vec!["A: x".into(), "B: y".into()],
        },
        &[ja.as_bytes(), jb.as_bytes()],
    );
    assert_eq!(
        reply.export,
        Some(crate::view::compare::side_by_side(&entries).csv())
    );
}

#[test]
fn the_uncertainty_is_sampled_by_the_worker_and_comes_back_in_whole_euros() {
    use crate::analysis::uncertainty::{batch::ranges_text, uncertainty, Ranges};
    let s = voorbeeldregio();
    let json = scenario_to_json(&s);
    let request = Request::Uncertainty {
        ranges: Box::new(ranges_text(&Ranges::default())),
        samples: 300,
        seed: 42,
    };
    let reply = ask(&request, &[json.as_bytes()]);
    let direct = uncertainty(&s, Ranges::default(), 300, 42).unwrap();
    assert_eq!(reply.bands.len(), direct.years.len());
    for (got, want) in reply.bands.iter().zip(&direct.years) {
        assert_eq!(got.year, want.year);
        assert_eq!(got.balance.p10, want.balance.p10.round());
        assert_eq!(got.cost.p90, want.cost.p90.round());
    }
    let refused = ask(
        &Request::Uncertainty {
            ranges: Box::new(ranges_text(&Ranges::default())),
            samples: 5,
            seed: 1,
        },
        &[json.as_bytes()],
    );
    assert_eq!(
        refused.problems[0].message.nl,
        "Kies 100 tot en met 100.000 doorrekeningen."
    );
}

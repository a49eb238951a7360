//! The documents in docs/ against the code: the format document's example is
//! a real, loadable file, and it names every field and limit the code has.

mod common;
use common::*;
use jeugdscenario_engine::file::limits;
use jeugdscenario_engine::load_scenario;
use serde_json::Value;
use std::collections::BTreeSet;

fn document(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn format_example() -> String {
    std::fs::read_to_string(scenario_files("good").join("format-doc-example.json"))
        .expect("the example file")
}

#[test]
fn the_format_document_contains_its_example_file_verbatim() {
    let example = format_example();
    assert!(
        document("scenario-format.md").contains(&format!("```json\n{example}```")),
        "docs/scenario-format.md and tests/scenario-files/good/format-doc-example.json differ"
    );
}

#[test]
fn the_format_example_loads_with_one_lever_of_each_kind() {
    let s = load_scenario(format_example().as_bytes()).expect("the example loads");
    let levers = &s.levers;
    assert_eq!(
        [
            levers.substitutions.len(),
            levers.residential_shifts.len(),
            levers.form_changes.len(),
            levers.investments.len()
        ],
        [1, 1, 1, 1]
    );
    let bases: BTreeSet<bool> = s
        .care_forms
        .iter()
        .map(|f| f.price_per_trajectory.is_some())
        .collect();
    assert_eq!(bases.len(), 2, "both a tariff and a trajectory form");
    assert!(s.budget_lines.iter().any(|l| !l.amounts.is_empty()));
}

fn keys(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                // Per-year amounts and sources are keyed by data, not by field.
                if key.parse::<i32>().is_err() {
                    out.insert(key.clone());
                }
                if key != "sources" {
                    keys(inner, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
        _ => {}
    }
}

#[test]
fn the_format_document_names_every_field_a_file_can_hold() {
    // Every field, with the optional ones filled in, as the engine writes it.
    let mut s = load_scenario(format_example().as_bytes()).unwrap();
    s.care_forms[0].inflow_per_year = Some(d("1"));
    s.care_forms[0].sources.insert("x".into(), "y".into());
    s.budget_lines[0].amounts.insert(2027, d("1"));
    s.levers.form_changes[0].source = Some("aanname".into());
    s.levers.residential_shifts[0].source = Some("aanname".into());
    // The verzekeringsmodel's fields.
    s.insured_share = Some(d("0.5"));
    for m in &mut s.municipalities {
        m.own_use = Some(d("1"));
    }
    assert!(
        !s.municipalities.is_empty(),
        "the example has municipalities"
    );
    let written: Value = serde_json::from_str(&jeugdscenario_engine::scenario_to_json(&s)).unwrap();
    let mut fields = BTreeSet::new();
    keys(&written, &mut fields);
    let doc = document("scenario-format.md");
    let missing: Vec<_> = fields
        .iter()
        .filter(|f| !doc.contains(&format!("`{f}`")))
        .collect();
    assert!(missing.is_empty(), "fields not documented: {missing:?}");
    assert!(fields.len() > 40, "only {} fields", fields.len());
}

#[test]
fn the_format_document_states_the_limits_the_loader_applies() {
    let doc = document("scenario-format.md");
    for row in [
        format!(
            "| file size | {} MB (5 × 1024 × 1024 bytes) |",
            limits::MAX_FILE_BYTES / (1024 * 1024)
        ),
        format!(
            "| nesting of objects and arrays | {} levels",
            limits::MAX_NESTING
        ),
        format!("| care forms | {} |", limits::MAX_CARE_FORMS),
        format!("| budget lines | {} |", limits::MAX_BUDGET_LINES),
        format!("| municipalities | {} |", limits::MAX_MUNICIPALITIES),
        format!("| levers (all kinds together) | {} |", limits::MAX_LEVERS),
    ] {
        assert!(doc.contains(&row), "docs/scenario-format.md lacks {row:?}");
    }
}

#[test]
fn the_own_data_documents_example_files_read() {
    use jeugdscenario_engine::region_csv::{
        parse_budget_lines_csv, parse_care_forms_csv, parse_municipalities_csv,
    };
    let text = document("own-data.md");
    let examples: Vec<&str> = text
        .split("```csv\n")
        .skip(1)
        .map(|block| block.split("```").next().expect("a closed block"))
        .collect();
    assert_eq!(examples.len(), 3, "one example per table");
    let forms = parse_care_forms_csv(examples[0].as_bytes()).expect("care forms");
    assert_eq!(forms.rows.len(), 4);
    let lines = parse_budget_lines_csv(examples[1].as_bytes(), 2026, 10).expect("budget lines");
    assert_eq!(lines.rows.len(), 4);
    let municipalities = parse_municipalities_csv(examples[2].as_bytes()).expect("municipalities");
    assert_eq!(municipalities.rows.len(), 5);
    for notices in [&forms.notices, &lines.notices, &municipalities.notices] {
        assert!(notices.is_empty(), "{notices:?}");
    }
}

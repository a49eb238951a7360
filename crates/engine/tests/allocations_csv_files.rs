//! The corpus of allocation CSVs in tests/csv-files/allocations: every bad
//! file is refused with the line, column and Dutch message its manifest
//! (bad/expected.json) gives, the generated 200,001-row file too; every
//! good file gives the years, trajectories and figures good/expected.json
//! lists (the first is MODEL.md's worked example).

use std::path::PathBuf;

use jeugdscenario_engine::calibrate::{calibrate, Mapping};
use jeugdscenario_engine::region_csv::CsvProblem;
use serde_json::Value;

mod csv_manifest;
use csv_manifest::{assert_manifest_lists_the_folder, generate, mismatches};

fn folder(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/csv-files/allocations")
        .join(kind)
}

fn manifest(kind: &str) -> Value {
    let text = std::fs::read_to_string(folder(kind).join("expected.json")).expect("manifest");
    serde_json::from_str(&text).expect("manifest is JSON")
}

fn read(kind: &str, name: &str) -> Vec<u8> {
    std::fs::read(folder(kind).join(name)).unwrap_or_else(|e| panic!("{kind}/{name}: {e}"))
}

fn run(
    bytes: &[u8],
    spec: &Value,
) -> Result<jeugdscenario_engine::calibrate::Calibration, Vec<CsvProblem>> {
    let base_year = spec["base_year"].as_i64().map(|y| y as i32);
    calibrate(bytes, &Mapping::default_for(&[]), base_year)
}

#[test]
fn every_bad_allocations_csv_is_refused_with_its_line_column_and_dutch_message() {
    let manifest = manifest("bad");
    let mut wrong = Vec::new();
    for (name, expected) in manifest["files"].as_object().expect("files") {
        match run(&read("bad", name), expected) {
            Ok(_) => wrong.push(format!("{name}: read, but it is a bad file")),
            Err(problems) => wrong.extend(mismatches(name, expected, &problems)),
        }
    }
    for (name, spec) in manifest["generated"].as_object().expect("generated") {
        match run(&generate(spec), spec) {
            Ok(_) => wrong.push(format!("{name}: read, but it is a bad file")),
            Err(problems) => wrong.extend(mismatches(name, spec, &problems)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_good_allocations_csv_gives_its_listed_figures() {
    let mut wrong = Vec::new();
    for (name, want) in manifest("good")["files"].as_object().expect("files") {
        let c = match run(&read("good", name), want) {
            Ok(c) => c,
            Err(problems) => {
                wrong.push(format!("{name}: refused: {problems:#?}"));
                continue;
            }
        };
        let got = serde_json::json!({
            "first_year": c.first_year,
            "base_year": c.base_year,
            "unmapped": c.unmapped.iter().map(|u| (u.category.clone(), serde_json::json!(u.rows))).collect::<serde_json::Map<_, _>>(),
            "forms": c.forms.iter().map(|f| serde_json::json!({
                "id": f.form.id,
                "trajectories": f.trajectories,
                "years": f.years.iter().map(|y| serde_json::json!({
                    "year": y.year,
                    "clients_start": y.clients_start,
                    "inflow": y.inflow,
                    "client_months": format!("{:.1}", y.client_months.round_dp(1)),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        for key in ["first_year", "base_year", "unmapped", "forms"] {
            if got[key] != want[key] {
                wrong.push(format!(
                    "{name}.{key}: expected {}, got {}",
                    want[key], got[key]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_in_the_corpus_is_in_its_manifest_and_back() {
    for kind in ["bad", "good"] {
        assert_manifest_lists_the_folder(&folder(kind), &manifest(kind));
    }
}

#[path = "../../../fuzz/fuzz_targets/allocations_check.rs"]
mod allocations_check;

/// The fuzz target's checks, natively: on every corpus file and on seeded
/// mutations of the good ones (bytes changed, dropped, doubled).
#[test]
fn the_fuzz_targets_checks_hold_on_the_corpus_and_its_mutations() {
    let mut rng = oorandom::Rand32::new(24);
    for kind in ["bad", "good"] {
        for name in manifest(kind)["files"].as_object().expect("files").keys() {
            let bytes = read(kind, name);
            allocations_check::check(&bytes);
            if kind == "bad" {
                continue;
            }
            for _ in 0..300 {
                let mut m = bytes.clone();
                for _ in 0..1 + rng.rand_range(0..4) {
                    let at = rng.rand_range(0..m.len() as u32) as usize;
                    match rng.rand_range(0..3) {
                        0 => m[at] = b"0123456789;-,\n\"x"[rng.rand_range(0..16) as usize],
                        1 => {
                            m.remove(at);
                        }
                        _ => m.insert(at, m[at]),
                    }
                }
                allocations_check::check(&m);
            }
        }
    }
}

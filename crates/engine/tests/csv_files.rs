//! The corpus of care-form CSVs in tests/csv-files, natively: every bad file
//! is refused with the line, column and Dutch message its manifest
//! (bad/expected.json) gives, the generated 100,000-row file too; every good
//! file reads as the care forms good/expected.json lists. The browser tests
//! (tests/e2e/specs/own-data.test.js) run the same files through the app.

mod csv_manifest;
use csv_manifest::{assert_manifest_lists_the_folder, files_on_disk, generate, mismatches};
use jeugdscenario_engine::region_csv::{parse_care_forms_csv, CsvProblem};
use jeugdscenario_engine::scenario::CareForm;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::PathBuf;

fn csv_files(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/csv-files")
        .join(kind)
}

fn manifest(kind: &str) -> Value {
    let path = csv_files(kind).join("expected.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is JSON: {e}", path.display()))
}

fn read(kind: &str, name: &str) -> Vec<u8> {
    std::fs::read(csv_files(kind).join(name))
        .unwrap_or_else(|e| panic!("{kind}/{name} is listed but cannot be read: {e}"))
}

/// The text the app lists for a problem: "Regel N, kolom "…": …" with a
/// line and column, the bare message for the file as a whole.
fn shown_prefix(problem: &CsvProblem) -> String {
    match (problem.line, problem.column.as_str()) {
        (0, _) => String::new(),
        (line, "") => format!("Regel {line}: "),
        (line, column) => format!("Regel {line}, kolom \"{column}\": "),
    }
}

#[test]
fn every_bad_csv_is_refused_with_its_line_column_and_dutch_message() {
    let manifest = manifest("bad");
    let files = manifest["files"].as_object().expect("files");
    assert!(
        files.len() >= 16,
        "the corpus has shrunk to {}",
        files.len()
    );
    let mut wrong = Vec::new();
    for (name, expected) in files {
        match parse_care_forms_csv(&read("bad", name)) {
            Ok(forms) => wrong.push(format!(
                "{name}: read as {} care forms, but it is a bad file",
                forms.rows.len()
            )),
            Err(problems) => wrong.extend(mismatches(name, expected, &problems)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_in_the_bad_folder_is_in_the_manifest_and_back() {
    assert_manifest_lists_the_folder(&csv_files("bad"), &manifest("bad"));
    let on_disk = files_on_disk(&csv_files("bad"));
    for name in manifest("bad")["generated"]
        .as_object()
        .expect("generated")
        .keys()
    {
        assert!(
            !on_disk.contains(name),
            "{name} is generated at test time and must not be committed"
        );
    }
}

#[test]
fn every_problem_reads_as_the_app_lists_it_in_dutch() {
    for (name, _) in manifest("bad")["files"].as_object().expect("files") {
        for problem in parse_care_forms_csv(&read("bad", name)).expect_err(name) {
            let shown = problem.to_string();
            let prefix = shown_prefix(&problem);
            assert_eq!(
                shown,
                format!("{prefix}{}", problem.message.nl),
                "{name}: {problem:?}"
            );
            assert!(!problem.message.nl.trim().is_empty(), "{name}: {problem:?}");
            assert!(!problem.message.en.trim().is_empty(), "{name}: {problem:?}");
            for english in ["invalid", "expected", "Empty", "not a number", "Unknown"] {
                assert!(
                    !problem.message.nl.contains(english),
                    "{name}: English in the Dutch message: {problem:?}"
                );
            }
        }
    }
}

#[test]
fn the_generated_hundred_thousand_rows_are_refused_with_one_message() {
    let manifest = manifest("bad");
    let generated = manifest["generated"].as_object().expect("generated");
    assert!(generated.contains_key("hundred-thousand-rows.csv"));
    let mut wrong = Vec::new();
    for (name, spec) in generated {
        let bytes = generate(spec);
        assert!(
            bytes.len() < jeugdscenario_engine::file::limits::MAX_FILE_BYTES,
            "{name} must stay under the size limit, so the row count is what is refused"
        );
        match parse_care_forms_csv(&bytes) {
            Ok(forms) => wrong.push(format!("{name}: read as {} care forms", forms.rows.len())),
            Err(problems) => wrong.extend(mismatches(name, spec, &problems)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn decimal(value: &Value, what: &str) -> Option<Decimal> {
    value.as_str().map(|text| {
        text.parse()
            .unwrap_or_else(|e| panic!("{what}: {text:?} is not a decimal: {e}"))
    })
}

/// The manifest's form, compared with what was read: the mismatches.
fn form_mismatches(what: &str, want: &Value, got: &CareForm) -> Vec<String> {
    let mut wrong = Vec::new();
    let text = |key: &str| want[key].as_str().expect(key).to_string();
    let mut check = |field: &str, expected: String, actual: String| {
        if expected != actual {
            wrong.push(format!(
                "{what}.{field}: expected {expected}, read {actual}"
            ));
        }
    };
    check("id", text("id"), got.id.clone());
    check("label", text("label"), got.label.clone());
    check("group", text("group"), got.group.id().to_string());
    let numbers: [(&str, Option<Decimal>); 7] = [
        ("clients_start", Some(got.clients_start)),
        ("inflow_per_year", got.inflow_per_year),
        ("duration_months", Some(got.duration_months)),
        ("tariff_per_month", got.tariff_per_month),
        ("price_per_trajectory", got.price_per_trajectory),
        ("inflow_growth", Some(got.inflow_growth)),
        ("price_index", Some(got.price_index)),
    ];
    for (field, actual) in numbers {
        let expected = decimal(&want[field], &format!("{what}.{field}"));
        // Equal as numbers: 900.00 read is 900 expected.
        if expected.map(|d| d.normalize()) != actual.map(|d| d.normalize()) {
            check(field, format!("{expected:?}"), format!("{actual:?}"));
        }
    }
    let source = text("source");
    for (field, given) in &got.sources {
        check(&format!("sources.{field}"), source.clone(), given.clone());
    }
    if !got.sources.contains_key("clients_start") {
        check("sources.clients_start", source, "none".into());
    }
    wrong
}

#[test]
fn every_good_csv_reads_as_its_listed_care_forms() {
    let manifest = manifest("good");
    let files = manifest["files"].as_object().expect("files");
    let mut wrong = Vec::new();
    for (name, expected) in files {
        let forms = match parse_care_forms_csv(&read("good", name)) {
            Ok(imported) => imported.rows,
            Err(problems) => {
                wrong.push(format!("{name}: refused: {problems:#?}"));
                continue;
            }
        };
        let want = expected["forms"].as_array().expect("forms");
        if forms.len() != want.len() {
            wrong.push(format!(
                "{name}: {} care forms, expected {}",
                forms.len(),
                want.len()
            ));
        }
        for (i, (w, got)) in want.iter().zip(&forms).enumerate() {
            wrong.extend(form_mismatches(&format!("{name}[{i}]"), w, got));
        }
        let preview = expected["preview"].as_array().expect("preview");
        assert_eq!(preview.len(), want.len(), "{name}: a preview row per form");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_in_the_good_folder_is_in_the_manifest_and_back() {
    assert_manifest_lists_the_folder(&csv_files("good"), &manifest("good"));
}

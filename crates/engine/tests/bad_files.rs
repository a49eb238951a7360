//! The corpus of bad and good scenario files in tests/scenario-files: every
//! bad file is refused with a Dutch message naming the field, as its manifest
//! (bad/expected.json) says; every good file loads.

mod common;
use common::*;
use jeugdscenario_engine::file::limits;
use jeugdscenario_engine::{load_scenario, project_with_baseline, validate, Problem};
use serde_json::Value;
use std::collections::BTreeSet;

fn manifest() -> Value {
    let text = std::fs::read_to_string(scenario_files("bad").join("expected.json"))
        .expect("bad/expected.json is readable");
    serde_json::from_str(&text).expect("bad/expected.json is JSON")
}

/// What the manifest expects of one file, checked against what loading it
/// said; the mismatches, in words, or nothing.
fn mismatches(name: &str, expected: &Value, problems: &[Problem]) -> Vec<String> {
    let mut wrong = Vec::new();
    let count = expected["count"].as_u64().expect("count") as usize;
    if problems.len() != count {
        wrong.push(format!(
            "{name}: {} problems, expected {count}: {problems:#?}",
            problems.len()
        ));
    }
    for want in expected["problems"].as_array().expect("problems") {
        let path = want["path"].as_str().expect("path");
        let message = want["message"].as_str().expect("message");
        let found = problems
            .iter()
            .any(|p| p.path == path && p.message.nl.contains(message));
        if !found {
            wrong.push(format!(
                "{name}: no problem at path {path:?} saying {message:?}; got {problems:#?}"
            ));
        }
    }
    wrong
}

#[test]
fn every_bad_file_is_refused_with_its_dutch_message_and_field_path() {
    let manifest = manifest();
    let files = manifest["files"].as_object().expect("files");
    assert!(
        files.len() >= 30,
        "the corpus has shrunk to {}",
        files.len()
    );
    let mut wrong = Vec::new();
    for (name, expected) in files {
        let bytes = std::fs::read(scenario_files("bad").join(name))
            .unwrap_or_else(|e| panic!("{name} is listed but cannot be read: {e}"));
        match load_scenario(&bytes) {
            Ok(_) => wrong.push(format!("{name}: loaded, but it is a bad file")),
            Err(error) => wrong.extend(mismatches(name, expected, &error.problems)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_in_the_bad_folder_is_in_the_manifest_and_back() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(scenario_files("bad"))
        .expect("bad folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name != "expected.json")
        .collect();
    let listed: BTreeSet<String> = manifest()["files"]
        .as_object()
        .expect("files")
        .keys()
        .cloned()
        .collect();
    let unlisted: Vec<_> = on_disk.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&on_disk).collect();
    assert!(
        unlisted.is_empty(),
        "files without an entry in bad/expected.json: {unlisted:?}"
    );
    assert!(
        missing.is_empty(),
        "entries in bad/expected.json without a file: {missing:?}"
    );
}

#[test]
fn every_problem_has_a_dutch_and_an_english_message() {
    for (name, _) in manifest()["files"].as_object().expect("files") {
        let bytes = std::fs::read(scenario_files("bad").join(name)).expect("readable");
        for problem in load_scenario(&bytes).expect_err(name).problems {
            assert!(!problem.message.nl.trim().is_empty(), "{name}: {problem:?}");
            assert!(!problem.message.en.trim().is_empty(), "{name}: {problem:?}");
            assert!(
                !problem.path.contains('$') && !problem.path.ends_with('?') && problem.path != ".",
                "{name}: a path a user cannot find: {problem:?}"
            );
            // The parser's English must not leak into the Dutch message.
            for english in [
                "invalid", "expected", "Failed", " at line", "u128", "i32", "Decimal",
            ] {
                assert!(
                    !problem.message.nl.contains(english),
                    "{name}: English in the Dutch message: {problem:?}"
                );
            }
        }
    }
}

#[test]
fn a_file_with_several_problems_reports_all_of_them_at_once() {
    let bytes = std::fs::read(scenario_files("bad").join("several-problems.json")).unwrap();
    let error = load_scenario(&bytes).expect_err("several problems");
    let paths: BTreeSet<&str> = error.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        BTreeSet::from([
            "care_forms[0].clients_start",
            "care_forms[2].duration_months",
            "levers",
            "levers.form_changes[0].form",
            "levers.substitutions[0].share",
        ])
    );
    // The text shown to the user lists each problem on a line of its own.
    let text = error.to_string();
    assert_eq!(text.lines().count(), error.problems.len());
    assert!(text.contains("care_forms[2].duration_months: De gemiddelde duur"));
}

#[test]
fn validation_returns_every_problem_of_an_edited_scenario() {
    let mut s = small_region();
    s.name = " ".into();
    s.years = 0;
    s.care_forms[1].clients_start = d("-1");
    s.municipalities[0].share = d("-2");
    let paths: Vec<String> = validate(&s).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        [
            "name",
            "years",
            "care_forms[1].clients_start",
            "municipalities[0].share"
        ]
    );
}

#[test]
fn a_file_over_five_megabytes_is_refused_before_it_is_read() {
    let manifest = manifest();
    let expected = &manifest["generated"]["too-large-file.json"];
    let bytes = vec![b' '; limits::MAX_FILE_BYTES + 1];
    let error = load_scenario(&bytes).expect_err("too large");
    let wrong = mismatches("too-large-file.json", expected, &error.problems);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_valid_file_of_exactly_five_megabytes_still_loads() {
    let text = std::fs::read_to_string(scenario_files("good").join("format-doc-example.json"))
        .expect("good example");
    let mut bytes = text.into_bytes();
    bytes.resize(limits::MAX_FILE_BYTES, b' ');
    assert!(load_scenario(&bytes).is_ok());
}

#[test]
fn a_hundred_care_forms_load_and_a_hundred_and_one_do_not() {
    let with_forms = |n: usize| {
        let mut s = small_region();
        s.care_forms = (0..n)
            .map(|i| {
                form(
                    &format!("vorm-{i}"),
                    jeugdscenario_engine::scenario::CareGroup::Ambulant,
                    "10",
                    "12",
                    "1000",
                )
            })
            .collect();
        jeugdscenario_engine::scenario_to_json(&s)
    };
    assert!(load_scenario(with_forms(limits::MAX_CARE_FORMS).as_bytes()).is_ok());
    let error = load_scenario(with_forms(limits::MAX_CARE_FORMS + 1).as_bytes()).unwrap_err();
    assert_eq!(error.problems[0].path, "care_forms");
}

#[test]
fn nesting_up_to_the_limit_is_parsed_and_one_deeper_is_refused() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let at_limit = load_scenario(nested(limits::MAX_NESTING).as_bytes()).unwrap_err();
    assert!(
        at_limit.problems[0]
            .message
            .nl
            .contains("geen scenariobestand"),
        "parsed, then refused as not ours: {at_limit}"
    );
    let deeper = load_scenario(nested(limits::MAX_NESTING + 1).as_bytes()).unwrap_err();
    assert!(deeper.problems[0].message.nl.contains("te diep genest"));
}

fn good_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(scenario_files("good"))
        .expect("good folder")
        .map(|entry| entry.expect("entry").path())
        .collect();
    files.sort();
    files
}

#[test]
fn every_good_file_loads_and_projects() {
    let files = good_files();
    assert!(files.len() >= 3);
    for path in files {
        let bytes = std::fs::read(&path).expect("readable");
        let scenario =
            load_scenario(&bytes).unwrap_or_else(|e| panic!("{} is refused:\n{e}", path.display()));
        let comparison = project_with_baseline(&scenario);
        assert_eq!(comparison.scenario.years.len(), scenario.years as usize);
    }
}

#[test]
fn html_and_formulas_in_names_are_plain_text_kept_verbatim() {
    let bytes = std::fs::read(scenario_files("good").join("html-in-name.json")).unwrap();
    let s = load_scenario(&bytes).expect("names are not checked for markup");
    assert_eq!(s.name, "<script>alert('x')</script> & <b>vet</b>");
    assert_eq!(
        s.care_forms[0].label,
        "POH-jeugd <img src=x onerror=alert(1)>"
    );
    assert_eq!(
        s.municipalities[0].name,
        "=HYPERLINK(\"http://voorbeeld.invalid\";\"klik\")"
    );
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_accepted() {
    let plain = std::fs::read(scenario_files("good").join("format-doc-example.json")).unwrap();
    let windows = std::fs::read(scenario_files("good").join("with-bom-and-crlf.json")).unwrap();
    assert!(windows.starts_with(b"\xef\xbb\xbf") && windows.windows(2).any(|w| w == b"\r\n"));
    let (plain, mut windows) = (
        load_scenario(&plain).unwrap(),
        load_scenario(&windows).unwrap(),
    );
    assert_eq!(windows.name, "Opgeslagen met BOM en CRLF");
    windows.name = plain.name.clone();
    assert_eq!(windows, plain);
}

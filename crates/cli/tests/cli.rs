//! The built `jeugdscenario` binary, run as a user runs it: exit codes,
//! Dutch messages, Excel-ready CSV, JSON, and no panic on any bad file.

mod common;
use common::{run, run_with_input, stderr, stdout};

use std::path::{Path, PathBuf};
use std::process::Output;

use jeugdscenario_engine::export::projection_csv;
use jeugdscenario_engine::{load_scenario, project_with_baseline};

fn scenario_files(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenario-files")
        .join(folder)
}

fn good(name: &str) -> PathBuf {
    scenario_files("good").join(name)
}

/// A file in the system's temporary folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!(
            "jeugdscenario-cli-test-{}-{name}",
            std::process::id()
        ));
        std::fs::write(&path, contents).expect("temp file written");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn example_prints_a_file_that_validate_accepts() {
    let example = run(&["example"]);
    assert_eq!(example.status.code(), Some(0));
    let file = TempFile::new("voorbeeld.json", &example.stdout);
    let validated = run(&["validate", file.path()]);
    assert_eq!(validated.status.code(), Some(0), "{}", stderr(&validated));
    assert!(stdout(&validated).starts_with("In orde: \"Voorbeeldregio\""));
    // The same through standard input.
    let piped = run_with_input(&["validate", "-"], &example.stdout);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
}

#[test]
fn project_writes_csv_that_dutch_excel_opens() {
    let path = good("format-doc-example.json");
    let output = run(&["project", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let csv = stdout(&output);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte order mark first");
    assert!(csv.ends_with("\r\n"));
    assert_eq!(
        csv.matches('\n').count(),
        csv.matches("\r\n").count(),
        "every line ends in CRLF"
    );
    let header = csv.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert_eq!(
        header,
        "Variant;Onderdeel;Grootheid;Eenheid;2026;2027;2028;2029;2030"
    );
    let care_cost = csv
        .lines()
        .find(|l| l.starts_with("Scenario;Totaal;Zorgkosten;EUR;"))
        .expect("a care cost row");
    for cell in care_cost.split(';').skip(4) {
        let (euros, cents) = cell.split_once(',').expect("a decimal comma");
        assert!(
            euros.chars().all(|c| c.is_ascii_digit()),
            "{cell}: no grouping"
        );
        assert_eq!(cents.len(), 2, "{cell}");
    }
    // Byte for byte what the app's export writes.
    let scenario = load_scenario(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        csv,
        projection_csv(&scenario, &project_with_baseline(&scenario))
    );
}

#[test]
fn project_with_format_json_prints_json() {
    let path = good("format-doc-example.json");
    for args in [
        ["project", path.to_str().unwrap(), "--format", "json"],
        ["project", "--format", "json", path.to_str().unwrap()],
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let json: serde_json::Value =
            serde_json::from_str(&stdout(&output)).expect("stdout parses as JSON");
        assert_eq!(json["scenario"], "Kleine regio, alle knoppen");
        assert_eq!(json["scenario_years"].as_array().unwrap().len(), 5);
        assert_eq!(json["baseline_years"].as_array().unwrap().len(), 5);
        assert_eq!(json["scenario_years"][0]["year"], 2026);
    }
}

#[test]
fn validate_on_a_bad_file_exits_2_and_names_the_field() {
    let path = scenario_files("bad").join("negative-clients.json");
    let output = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("afgekeurd (1 probleem)"), "{message}");
    assert!(
        message.contains("care_forms[0].clients_start: Het aantal cliënten van Jeugd-GGZ"),
        "{message}"
    );
}

#[test]
fn every_problem_of_a_file_is_listed() {
    let path = scenario_files("bad").join("several-problems.json");
    let output = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("(5 problemen)"), "{message}");
    assert_eq!(message.lines().filter(|l| l.starts_with("  - ")).count(), 5);
}

#[test]
fn a_missing_file_exits_2_with_a_dutch_message() {
    for command in ["validate", "project"] {
        let output = run(&[command, "bestaat-niet.json"]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output).trim(),
            "Kan bestaat-niet.json niet openen: het bestand bestaat niet"
        );
    }
}

#[test]
fn wrong_usage_exits_64() {
    let unknown = run(&["doorrekenen", "x.json"]);
    assert_eq!(unknown.status.code(), Some(64));
    assert!(stderr(&unknown).contains("onbekende opdracht: doorrekenen x.json"));
    let format = run(&["project", "x.json", "--format", "xlsx"]);
    assert_eq!(format.status.code(), Some(64));
    assert!(stderr(&format).contains("onbekend formaat \"xlsx\""));
    let missing_argument = run(&["validate"]);
    assert_eq!(missing_argument.status.code(), Some(64));
    assert!(stderr(&missing_argument).contains("de opdracht mist BESTAND"));
    for (args, message) in [
        (
            &["explain", "x.json", "--jaar", "2028"][..],
            "onbekende optie \"--jaar\"",
        ),
        (
            &["explain", "x.json", "--yaer", "2028"][..],
            "onbekende optie \"--yaer\"; bedoelt u --year?",
        ),
        (
            &["explain", "x.json", "--year", "2028", "--year", "2029"][..],
            "--year staat er twee keer",
        ),
        (
            &["explain", "x.json", "--year"][..],
            "--year mist een waarde",
        ),
        (
            &["explain", "x.json", "--year", "volgend jaar"][..],
            "--year verwacht een jaartal",
        ),
        (
            &["uncertainty", "x.json", "--samples", "veel"][..],
            "--samples verwacht een heel getal",
        ),
        (&["presets", "extra"][..], "onverwacht argument \"extra\""),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(64), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn help_explains_each_command() {
    for flag in ["--help", "-h", "help"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        let help = stdout(&output);
        for usage in [
            "jeugdscenario project BESTAND [--format csv|json]",
            "jeugdscenario validate BESTAND",
            "jeugdscenario example",
            "Exitcodes: 0 goed, 1 doel niet gehaald (alleen met --check-targets), 2 onleesbaar",
        ] {
            assert!(help.contains(usage), "{flag}: no {usage:?} in\n{help}");
        }
    }
}

fn assert_refused_without_panic(what: &str, output: &Output) {
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{what}: {message}");
    assert!(!message.contains("panicked"), "{what}: {message}");
    assert!(message.contains("afgekeurd"), "{what}: {message}");
    assert!(output.stdout.is_empty(), "{what}: printed output");
}

#[test]
fn no_bad_file_makes_it_panic() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(scenario_files("bad"))
        .expect("bad folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| !path.ends_with("expected.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 30);
    for path in &files {
        let name = path.to_str().unwrap();
        for args in [
            vec!["validate", name],
            vec!["project", name],
            vec!["project", name, "--format", "json"],
        ] {
            assert_refused_without_panic(&args.join(" "), &run(&args));
        }
        let bytes = std::fs::read(path).unwrap();
        let piped = run_with_input(&["project", "-"], &bytes);
        assert_refused_without_panic(&format!("{name} on stdin"), &piped);
    }
}

#[test]
fn a_file_over_five_megabytes_is_refused_without_panic() {
    let huge = vec![b' '; jeugdscenario_engine::file::limits::MAX_FILE_BYTES + 1];
    let file = TempFile::new("te-groot.json", &huge);
    let output = run(&["validate", file.path()]);
    assert_refused_without_panic("huge file", &output);
    assert!(stderr(&output).contains("te groot"));
    let piped = run_with_input(&["validate", "-"], &huge);
    assert_refused_without_panic("huge file on stdin", &piped);
}

fn version_file(name: &str) -> String {
    scenario_files("versions")
        .join(name)
        .to_str()
        .expect("a UTF-8 path")
        .to_string()
}

#[test]
fn project_lists_the_targets_and_check_targets_sets_the_exit_status() {
    let v2 = version_file("v2.json");
    let out = run(&["project", &v2]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = stdout(&out);
    assert!(
        csv.contains("\r\n\r\nDoel;Omschrijving;Norm;Variant;Jaar;Uitkomst"),
        "{csv}"
    );
    assert!(csv.contains("saldo;Geen tekort in 2030;"), "{csv}");

    let json = run(&["project", &v2, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let targets = doc["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 5);
    assert_eq!(targets[2]["id"], "saldo");
    assert_eq!(targets[2]["scenario"]["verdict"], "gehaald");
    assert_eq!(targets[3]["scenario"]["verdict"], "niet_gehaald");

    // Some targets are missed: exit status 1, the missed ones on stderr.
    let checked = run(&["project", &v2, "--check-targets"]);
    assert_eq!(checked.status.code(), Some(1));
    let err = stderr(&checked);
    assert!(err.starts_with("4 van de 5 doelen niet gehaald"), "{err}");
    assert!(err.contains("Eigen middelen ten minste 1 mln"), "{err}");
    assert!(!err.contains("Geen tekort in 2030"), "{err}");

    // A file without targets meets them all.
    let v1 = version_file("v1.json");
    let none = run(&["project", &v1, "--check-targets", "--format", "json"]);
    assert_eq!(none.status.code(), Some(0), "{}", stderr(&none));
    assert!(stderr(&none).contains("Dit scenario heeft geen doelen."));
    assert!(!stdout(&run(&["project", &v1])).contains("Doel;"));
}

//! What a CSV corpus's manifest (tests/csv-files/*/bad/expected.json) says
//! of a bad file, checked against the problems reading it gave; and the
//! files it describes instead of keeping them. Shared by csv_files.rs
//! (care forms) and allocations_csv_files.rs.
#![allow(dead_code)]

use jeugdscenario_engine::region_csv::CsvProblem;
use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

/// What the manifest expects of one bad file, checked against what the
/// import said: the mismatches, in words, or nothing.
pub fn mismatches(name: &str, expected: &Value, problems: &[CsvProblem]) -> Vec<String> {
    let mut wrong = Vec::new();
    let count = expected["count"].as_u64().expect("count") as usize;
    if problems.len() != count {
        wrong.push(format!(
            "{name}: {} problems, expected {count}: {problems:#?}",
            problems.len()
        ));
    }
    for want in expected["problems"].as_array().expect("problems") {
        let line = want["line"].as_u64().expect("line") as usize;
        let column = want["column"].as_str().expect("column");
        let message = want["message"].as_str().expect("message");
        let found = problems
            .iter()
            .any(|p| p.line == line && p.column == column && p.message.nl.contains(message));
        if !found {
            wrong.push(format!(
                "{name}: no problem on line {line}, column {column:?} saying {message:?}; got {problems:#?}"
            ));
        }
    }
    wrong
}

/// A generated file as its manifest entry describes it.
pub fn generate(spec: &Value) -> Vec<u8> {
    let row = spec["row"].as_str().expect("row");
    let rows = spec["rows"].as_u64().expect("rows");
    let mut text = format!("{}\n", spec["header"].as_str().expect("header"));
    for i in 0..rows {
        text.push_str(&row.replace("{i}", &i.to_string()));
        text.push('\n');
    }
    text.into_bytes()
}

/// The files in a corpus folder, without its manifest.
pub fn files_on_disk(folder: &Path) -> BTreeSet<String> {
    std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name != "expected.json")
        .collect()
}

/// Fails when a file in the folder has no manifest entry, or the reverse.
pub fn assert_manifest_lists_the_folder(folder: &Path, manifest: &Value) {
    let kind = folder.display();
    let on_disk = files_on_disk(folder);
    let listed: BTreeSet<String> = manifest["files"]
        .as_object()
        .expect("files")
        .keys()
        .cloned()
        .collect();
    let report = |set: &BTreeSet<String>, other: &BTreeSet<String>| {
        set.difference(other).cloned().collect::<Vec<_>>()
    };
    assert!(
        on_disk == listed,
        "{kind}/: files without a manifest entry {:?}; entries without a file {:?}",
        report(&on_disk, &listed),
        report(&listed, &on_disk)
    );
}

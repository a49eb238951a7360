//! Every file format version keeps opening: a real file of each version
//! lives in tests/scenario-files/versions/ and is read with today's program.

mod common;
use common::*;
use jeugdscenario_engine::file::FORMAT_VERSION;
use jeugdscenario_engine::{load_scenario, project};

#[test]
fn a_file_of_every_format_version_still_opens() {
    let dir = scenario_files("versions");
    for version in 1..=FORMAT_VERSION {
        let path = dir.join(format!("v{version}.json"));
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("no file of version {version} ({}): {e}", path.display()));
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains(&format!("\"version\": {version},")),
            "{} is not a file of version {version}",
            path.display()
        );
        let scenario = load_scenario(&bytes)
            .unwrap_or_else(|e| panic!("version {version} no longer opens: {e}"));
        assert_eq!(scenario.version, FORMAT_VERSION);
        assert!(!project(&scenario).years.is_empty());
    }
}

#[test]
fn a_version_1_file_gives_the_same_figures_as_before_and_has_no_targets() {
    let v1 = std::fs::read(scenario_files("versions").join("v1.json")).unwrap();
    let old = load_scenario(&v1).unwrap();
    assert!(old.targets.is_empty());
    // The same file written as version 2 (which added only optional fields):
    // identical figures.
    let text = String::from_utf8(v1)
        .unwrap()
        .replacen("\"version\": 1,", "\"version\": 2,", 1);
    let current = load_scenario(text.as_bytes()).unwrap();
    assert_eq!(old, current);
    assert_eq!(project(&old), project(&current));
    // And the figures a version 1 file gave when version 1 was current.
    let last = project(&old).last().unwrap().clone();
    assert_eq!(last.year, 2030);
    assert_eq!(last.total_cost, V1_TOTAL_COST_2030.parse().unwrap());
}

/// The last year's total cost of v1.json, as version 1 of the format gave it
/// (the projection did not change with version 2).
const V1_TOTAL_COST_2030: &str = "12533986.11";

#[test]
fn the_version_2_file_keeps_its_targets_and_checks_them() {
    let v2 = std::fs::read(scenario_files("versions").join("v2.json")).unwrap();
    let s = load_scenario(&v2).unwrap();
    assert_eq!(s.targets.len(), 5);
    let results = jeugdscenario_engine::targets::check_targets(
        &s,
        &jeugdscenario_engine::project_with_baseline(&s),
    );
    assert_eq!(results.len(), 5);
    // Written and read back: the same targets.
    let again = load_scenario(jeugdscenario_engine::scenario_to_json(&s).as_bytes()).unwrap();
    assert_eq!(again.targets, s.targets);
}

#[test]
fn the_version_2_file_keeps_its_cost_sharing_per_year() {
    let v2 = std::fs::read(scenario_files("versions").join("v2.json")).unwrap();
    let s = load_scenario(&v2).unwrap();
    assert_eq!(s.insured_share_from.len(), 2);
    assert_eq!(s.insured_share_in(2027), None);
    assert_eq!(s.insured_share_in(2029), Some("0.5".parse().unwrap()));
    assert_eq!(s.municipalities[0].share_in(2030), "0.55".parse().unwrap());
}

#[test]
fn a_version_2_file_reads_pleegzorg_and_gezinshuis_as_family_based_by_their_words() {
    let v2 = std::fs::read(scenario_files("versions").join("v2.json")).unwrap();
    let s = load_scenario(&v2).unwrap();
    let family: Vec<&str> = s
        .care_forms
        .iter()
        .filter(|f| f.family_based)
        .map(|f| f.id.as_str())
        .collect();
    // v2.json has one verblijf form named Pleegzorg and one named Residentieel.
    assert_eq!(family, ["pleegzorg"]);
    // The version 3 file that says so explicitly reads the same.
    let v3 = std::fs::read(scenario_files("versions").join("v3.json")).unwrap();
    let explicit = load_scenario(&v3).unwrap();
    assert_eq!(explicit.care_forms, s.care_forms);
    assert_eq!(project(&explicit), project(&s));
}

#[test]
fn the_migration_leaves_a_form_outside_verblijf_and_a_residential_form_as_they_were() {
    let v2 = std::fs::read_to_string(scenario_files("versions").join("v2.json")).unwrap();
    // Pleegzorg put in the group lokaal is no verblijf form, so not family-based.
    let text = v2.replacen("\"group\": \"verblijf\"", "\"group\": \"lokaal\"", 1);
    let s = load_scenario(text.as_bytes()).unwrap();
    assert!(s.care_forms.iter().all(|f| !f.family_based));
}

#[test]
fn version_4_says_where_the_figures_come_from_and_older_files_are_read_by_their_flag() {
    use jeugdscenario_engine::scenario::Provenance;
    let read = |name: &str| {
        load_scenario(&std::fs::read(scenario_files("versions").join(name)).unwrap()).unwrap()
    };
    assert_eq!(
        read("v4.json").provenance,
        Provenance::Own {
            source: "Begroting 2026 en jaarcijfers 2025 (voorbeeld voor de test)".into(),
            imported: "2026-12-05".into(),
        }
    );
    // v3.json is marked illustrative and names no plan: the example.
    assert_eq!(read("v3.json").provenance, Provenance::Example);
    // A version 3 file that names its plan is that plan's; one that is not
    // illustrative is a region's own.
    let v3 = std::fs::read_to_string(scenario_files("versions").join("v3.json")).unwrap();
    let planned = v3.replacen(
        "\n  \"sources\": {",
        "\n  \"sources\": {\n    \"plan\": \"Transformatieplan 2018-2020\",",
        1,
    );
    assert!(
        planned.contains("Transformatieplan"),
        "v3.json has scenario sources"
    );
    assert_eq!(
        load_scenario(planned.as_bytes()).unwrap().provenance,
        Provenance::Plan {
            plan: "Transformatieplan 2018-2020".into()
        }
    );
    let own = v3.replacen("\"illustrative\": true", "\"illustrative\": false", 1);
    assert_eq!(
        load_scenario(own.as_bytes()).unwrap().provenance,
        Provenance::default()
    );
}

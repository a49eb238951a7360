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

//! Any bytes as a scenario file: loading never panics, and a file that loads
//! projects, exports, and survives being written and read again unchanged.
//!
//! Run from the repository root (docs/scenario-format.md, "Fuzzing"):
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run load_scenario fuzz/corpus/load_scenario
//! tests/scenario-files/good tests/scenario-files/bad crates/engine/data -- -max_total_time=600`

#![no_main]

use jeugdscenario_engine::export::{projection_csv, projection_json};
use jeugdscenario_engine::file::APP_VERSION;
use jeugdscenario_engine::{load_scenario, project_with_baseline, scenario_to_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(scenario) = load_scenario(data) else {
        return;
    };
    let comparison = project_with_baseline(&scenario);
    assert_eq!(comparison.scenario.years.len(), scenario.years as usize);
    for year in &comparison.scenario.years {
        let split: rust_decimal::Decimal = year.municipalities.iter().map(|m| m.cost).sum();
        if !scenario.municipalities.is_empty() {
            assert_eq!(split, year.total_cost, "the split adds up");
        }
    }
    projection_csv(&scenario, &comparison);
    projection_json(&scenario, &comparison);

    let written = scenario_to_json(&scenario);
    let reread = load_scenario(written.as_bytes()).expect("a written scenario loads");
    let mut expected = scenario;
    expected.app_version = APP_VERSION.to_string();
    assert_eq!(reread, expected, "the file round trip is lossless");
});

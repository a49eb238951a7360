//! The presets: one scenario per regional plan (seeds 000-004), embedded in
//! the build. Each loads and validates, names a source for every figure,
//! carries its plan's own municipalities, key, budget lines and targets, and
//! projects.
//!
//! One test binary in files by subject: `sources.rs` (every figure's source),
//! `municipalities.rs` (names and keys), `budgets.rs` (each plan's budget lines
//! and levers), `targets.rs` (each plan's targets).

#[path = "../common.rs"]
mod common;
use common::figures;

mod budgets;
mod municipalities;
mod sources;
mod targets;

use std::collections::BTreeMap;

use jeugdscenario_engine::money::allocate_largest_remainder;
use jeugdscenario_engine::presets::{find_preset, preset, presets, Preset, DEFAULT_PRESET};
use jeugdscenario_engine::scenario::{ChangeKind, Comparison, Measure, Provenance, Scenario};
use jeugdscenario_engine::targets::{check_targets, Check, Verdict};
use jeugdscenario_engine::{
    load_scenario, project, project_with_baseline, split_by_municipality, validate,
};
use rust_decimal::Decimal;
use serde_json::Value;

fn d(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

/// The presets that follow a plan (all but the example region).
fn plan_presets() -> impl Iterator<Item = &'static Preset> {
    presets().iter().filter(|p| p.seed.is_some())
}

fn scenario_of_seed(seed: u8) -> Scenario {
    let p = presets()
        .iter()
        .find(|p| p.seed == Some(seed))
        .expect("a preset for every seed 0-4");
    p.scenario()
}

#[test]
fn there_is_a_preset_for_every_plan_and_the_example_region() {
    let seeds: Vec<Option<u8>> = presets().iter().map(|p| p.seed).collect();
    assert_eq!(
        seeds,
        vec![None, Some(0), Some(1), Some(2), Some(3), Some(4)]
    );
    assert_eq!(presets()[0].id, DEFAULT_PRESET);
    let titles: Vec<&str> = plan_presets().map(|p| p.title).collect();
    for region in [
        "Haaglanden",
        "Holland Rijnland",
        "Regio Alkmaar",
        "Zuid-Holland Zuid",
    ] {
        assert!(
            titles.iter().any(|t| t.starts_with(region)),
            "no preset for {region}"
        );
    }
}

/// The app fetches `presets/FILE` (trunk copies `data/presets` into its
/// build) instead of the built-in text: both must be the same file.
#[test]
fn every_preset_names_the_file_it_is_built_from() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for p in presets() {
        let path = if p.is_built_in() {
            data.join(p.file)
        } else {
            data.join("presets").join(p.file)
        };
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {} ({e})", p.id, path.display()));
        assert_eq!(text, p.json(), "{}: {}", p.id, path.display());
    }
    let shipped = std::fs::read_dir(data.join("presets")).unwrap().count();
    assert_eq!(
        shipped,
        presets().len() - 1,
        "every file in data/presets is a preset"
    );
}

#[test]
fn every_preset_loads_through_the_file_loader_and_validates() {
    for p in presets() {
        let s = load_scenario(p.json().as_bytes())
            .unwrap_or_else(|e| panic!("preset {} does not load:\n{e}", p.id));
        assert_eq!(validate(&s), vec![], "preset {}", p.id);
        assert_eq!(preset(p.id).as_ref(), Some(&s));
        assert_eq!(find_preset(p.id).map(|f| f.title), Some(p.title));
        assert!(
            (1..=15).contains(&s.years),
            "{}: horizon of {} years",
            p.id,
            s.years
        );
    }
}

#[test]
fn a_projection_of_every_preset_runs_over_its_whole_horizon() {
    for p in presets() {
        let s = p.scenario();
        let c = project_with_baseline(&s);
        assert_eq!(c.scenario.years.len(), s.years as usize, "{}", p.id);
        let parts = split_by_municipality(&s, &c.scenario);
        for (y, parts) in c.scenario.years.iter().zip(&parts) {
            assert!(y.care_cost > Decimal::ZERO, "{} {}", p.id, y.year);
            let split: Decimal = parts.iter().map(|m| m.cost).sum();
            assert_eq!(split, y.total_cost, "{} {}: split adds up", p.id, y.year);
        }
        // Levers with a share of 0 (a direction without a size) change nothing;
        // the plans that size a target move the cost.
        let sized = p.seed.is_some_and(|seed| [0, 2, 3].contains(&seed));
        if sized {
            assert_ne!(c.scenario, c.baseline, "{}", p.id);
        }
    }
}

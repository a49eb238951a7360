//! Migration of older files: each format version's step, applied one
//! version at a time up to [`FORMAT_VERSION`] (docs/scenario-format.md,
//! Versions).

use serde_json::Value;

use super::FORMAT_VERSION;
use crate::scenario::{CareForm, CareGroup};

/// Migration steps: entry n turns a file of version n + 1 into version n + 2.
const MIGRATIONS: [fn(Value) -> Value; (FORMAT_VERSION - 1) as usize] =
    [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 adds `targets` (doelen); a version 1 file has none, and every
/// other field means what it meant, so the file opens unchanged.
fn v1_to_v2(value: Value) -> Value {
    value
}

/// Version 3 says which verblijf forms are family-based (`family_based`:
/// pleegzorg, gezinshuis), so the headline share counts residential care as
/// the plans mean it. An older file does not say it; a verblijf form whose id
/// or label names pleegzorg or a gezinshuis is read as family-based, as
/// every file this program wrote used those words.
fn v2_to_v3(mut value: Value) -> Value {
    let Some(forms) = value.get_mut("care_forms").and_then(Value::as_array_mut) else {
        return value;
    };
    for form in forms.iter_mut().filter_map(Value::as_object_mut) {
        let text = |key: &str| form.get(key).and_then(Value::as_str).unwrap_or_default();
        let family = text("group") == CareGroup::Verblijf.id()
            && CareForm::family_based_by_words(CareGroup::Verblijf, text("id"), text("label"));
        if family && !form.contains_key("family_based") {
            form.insert("family_based".into(), Value::Bool(true));
        }
    }
    value
}

/// Version 4 says where the figures come from (`provenance`) instead of a
/// flag `illustrative`: a file that names its plan (the source `plan`, as
/// every preset does) is a plan's, one marked illustrative is the example,
/// anything else a region's own.
fn v3_to_v4(mut value: Value) -> Value {
    let Value::Object(map) = &mut value else {
        return value;
    };
    let illustrative = map.remove("illustrative").and_then(|v| v.as_bool()) == Some(true);
    let plan = map
        .get("sources")
        .and_then(|s| s.get("plan"))
        .and_then(Value::as_str)
        .map(str::to_string);
    if !map.contains_key("provenance") {
        let provenance = match plan {
            Some(plan) => serde_json::json!({ "kind": "plan", "plan": plan }),
            None if illustrative => serde_json::json!({ "kind": "example" }),
            None => serde_json::json!({ "kind": "own" }),
        };
        map.insert("provenance".into(), provenance);
    }
    value
}

/// Version 5 may keep the mapping from product category to care form that
/// the care forms were derived from the allocations with
/// (`allocation_mapping`); an older file has none, and opens unchanged.
fn v4_to_v5(value: Value) -> Value {
    value
}

/// Brings a file of an older format version up to [`FORMAT_VERSION`], one
/// version at a time.
pub(super) fn migrate(value: Value, from_version: u32) -> Value {
    let first_step = from_version.saturating_sub(1) as usize;
    let mut value = MIGRATIONS[first_step.min(MIGRATIONS.len())..]
        .iter()
        .fold(value, |v, step| step(v));
    if let Value::Object(map) = &mut value {
        map.insert("version".into(), Value::from(FORMAT_VERSION));
    }
    value
}

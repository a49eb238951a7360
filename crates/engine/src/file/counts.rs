//! The count limits ([`super::limits`]) on a file's JSON, before it is
//! decoded: a hostile file with millions of entries is refused cheaply.

use serde_json::Value;

use super::{limits, LoadError};
use crate::validate::{
    too_many, Problem, LEVERS_NL, MAPPING_FORMS_NL, MAPPING_RULES_NL, TARGETS_NL,
};

pub(super) fn check_counts(value: &Value) -> Result<(), LoadError> {
    let count = |path: &[&str]| -> usize {
        let mut v = value;
        for key in path {
            match v.get(key) {
                Some(next) => v = next,
                None => return 0,
            }
        }
        v.as_array().map_or(0, Vec::len)
    };
    let levers: usize = [
        "substitutions",
        "residential_shifts",
        "form_changes",
        "investments",
        "front_budgets",
    ]
    .iter()
    .map(|kind| count(&["levers", kind]))
    .sum();
    // Counted on the JSON, before decoding, so a hostile file with millions
    // of entries is refused cheaply; `validate` checks the same limits on
    // every edit.
    let problems: Vec<Problem> = [
        (
            "care_forms",
            count(&["care_forms"]),
            limits::MAX_CARE_FORMS,
            "zorgvormen",
        ),
        (
            "budget_lines",
            count(&["budget_lines"]),
            limits::MAX_BUDGET_LINES,
            "begrotingsposten",
        ),
        (
            "municipalities",
            count(&["municipalities"]),
            limits::MAX_MUNICIPALITIES,
            "gemeenten",
        ),
        ("levers", levers, limits::MAX_LEVERS, LEVERS_NL),
        (
            "targets",
            count(&["targets"]),
            limits::MAX_TARGETS,
            TARGETS_NL,
        ),
        (
            "allocation_mapping.forms",
            count(&["allocation_mapping", "forms"]),
            limits::MAX_MAPPING_FORMS,
            MAPPING_FORMS_NL,
        ),
        (
            "allocation_mapping.rules",
            count(&["allocation_mapping", "rules"]),
            limits::MAX_MAPPING_RULES,
            MAPPING_RULES_NL,
        ),
    ]
    .into_iter()
    .filter(|(_, n, max, _)| n > max)
    .map(|(path, n, max, what)| too_many(path, n, max, what))
    .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(LoadError { problems })
    }
}

//! Any bytes as a budget-lines CSV, for a horizon taken from the first
//! bytes: reading never panics, a refusal names at least one problem, and
//! lines that read come back from their template unchanged (sources apart).
//!
//! Run from the repository root: `RUSTC_BOOTSTRAP=1 cargo fuzz run
//! budget_lines_csv fuzz/corpus/budget_lines_csv -- -max_total_time=600`

#![no_main]

use jeugdscenario_engine::region_csv::{budget_lines_template, parse_budget_lines_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (base_year, years, bytes) = match data {
        [a, b, rest @ ..] => (2000 + i32::from(*a % 101), 1 + u32::from(*b % 15), rest),
        _ => (2026, 10, data),
    };
    let imported = match parse_budget_lines_csv(bytes, base_year, years) {
        Ok(imported) => imported,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names its problems");
            return;
        }
    };
    assert!(!imported.rows.is_empty());
    let template = budget_lines_template(&imported.rows, base_year, years);
    let again =
        parse_budget_lines_csv(template.as_bytes(), base_year, years).expect("a template reads");
    let plain = |lines: &[jeugdscenario_engine::scenario::BudgetLine]| {
        let mut lines = lines.to_vec();
        lines.iter_mut().for_each(|l| l.sources.clear());
        lines
    };
    assert_eq!(plain(&again.rows), plain(&imported.rows), "the template round trip is lossless");
});

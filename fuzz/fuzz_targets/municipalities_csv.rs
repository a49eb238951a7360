//! Any bytes as a municipalities CSV: reading never panics, a refusal names
//! at least one problem, and municipalities that read come back from their
//! template unchanged (sources apart).
//!
//! Run from the repository root: `RUSTC_BOOTSTRAP=1 cargo fuzz run
//! municipalities_csv fuzz/corpus/municipalities_csv -- -max_total_time=600`

#![no_main]

use jeugdscenario_engine::region_csv::{municipalities_template, parse_municipalities_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let imported = match parse_municipalities_csv(data) {
        Ok(imported) => imported,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names its problems");
            return;
        }
    };
    assert!(!imported.rows.is_empty());
    let template = municipalities_template(&imported.rows);
    let again = parse_municipalities_csv(template.as_bytes()).expect("a template reads");
    let plain = |all: &[jeugdscenario_engine::scenario::Municipality]| {
        let mut all = all.to_vec();
        all.iter_mut().for_each(|m| m.sources.clear());
        all
    };
    assert_eq!(plain(&again.rows), plain(&imported.rows), "the template round trip is lossless");
});

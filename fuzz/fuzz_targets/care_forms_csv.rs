//! Any bytes as a care-forms CSV: reading never panics, a refusal names at
//! least one problem, and forms that read come back from their template
//! unchanged (sources apart: the template has one "bron" column).
//!
//! Run from the repository root: `RUSTC_BOOTSTRAP=1 cargo fuzz run
//! care_forms_csv fuzz/corpus/care_forms_csv tests/csv-files/good
//! tests/csv-files/bad -- -max_total_time=600`

#![no_main]

use jeugdscenario_engine::region_csv::{care_forms_template, parse_care_forms_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let imported = match parse_care_forms_csv(data) {
        Ok(imported) => imported,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names its problems");
            return;
        }
    };
    assert!(!imported.rows.is_empty());
    let template = care_forms_template(&imported.rows);
    let again = parse_care_forms_csv(template.as_bytes()).expect("a template reads");
    let plain = |forms: &[jeugdscenario_engine::scenario::CareForm]| {
        let mut forms = forms.to_vec();
        forms.iter_mut().for_each(|f| f.sources.clear());
        forms
    };
    assert_eq!(plain(&again.rows), plain(&imported.rows), "the template round trip is lossless");
});

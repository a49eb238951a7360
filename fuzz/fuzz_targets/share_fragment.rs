//! Any bytes as a share link's fragment (`#s=...`, from anyone who sends a
//! link) and as the JSON inside one: reading never panics, and a scenario
//! that reads comes back unchanged through its own link.
//!
//! Run from the repository root: `RUSTC_BOOTSTRAP=1 cargo fuzz run
//! share_fragment fuzz/corpus/share_fragment tests/scenario-files/good --
//! -max_total_time=600`

#![no_main]

use jeugdscenario_engine::share::{scenario_fragment, scenario_from_fragment, scenario_from_inflated};
use jeugdscenario_engine::file::APP_VERSION;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The bytes as the fragment's text: base64url, deflate and the loader.
    let _ = scenario_from_fragment(&String::from_utf8_lossy(data));
    // The bytes as the link's inflated JSON.
    if let Ok(scenario) = scenario_from_inflated(Some(data)) {
        let fragment = scenario_fragment(&scenario);
        let again = scenario_from_fragment(&fragment)
            .expect("a written fragment is a share link")
            .expect("a written fragment reads");
        // A link is stamped with the version of the app that made it.
        let mut expected = scenario;
        expected.app_version = APP_VERSION.to_string();
        assert_eq!(again, expected, "the link round trip keeps the scenario");
    }
});

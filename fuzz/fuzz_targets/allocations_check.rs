//! What the allocations fuzz target checks of any bytes, in a file of its
//! own so the engine's tests run it natively on the corpus and on seeded
//! mutations of it (crates/engine/tests/allocations_csv_files.rs) without
//! libFuzzer.

use jeugdscenario_engine::calibrate::{calibrate, lookback, Mapping};

/// Reading and deriving never panic, a refusal names at least one problem,
/// and what is derived holds together: every row is mapped or listed as
/// unmapped, the stock on 1 January of a year is that of the year before
/// plus its inflow minus the trajectories that ended in it, the base
/// year's care forms pass the loader's rules, and the Terugblik has a row
/// per care form.
pub fn check(data: &[u8]) {
    let mapping = Mapping::default_for(&[]);
    let c = match calibrate(data, &mapping, None) {
        Ok(c) => c,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names its problems");
            return;
        }
    };
    let mapped: usize = c.forms.iter().map(|f| f.allocations).sum();
    let unmapped: usize = c.unmapped.iter().map(|u| u.rows).sum();
    assert_eq!(mapped + unmapped, c.rows, "no row dropped silently");
    for form in &c.forms {
        for pair in form.years.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert_eq!(
                i64::from(b.clients_start),
                i64::from(a.clients_start) + i64::from(a.inflow) - i64::from(a.ended),
                "stock and flow add up"
            );
        }
    }
    let mut probe = jeugdscenario_engine::example::voorbeeldregio();
    probe.care_forms = c.care_forms(&[]);
    probe.levers = Default::default();
    probe.targets.clear();
    if !probe.care_forms.is_empty() {
        let problems = jeugdscenario_engine::validate(&probe);
        assert!(
            problems.iter().all(|p| !p.path.starts_with("care_forms")),
            "derived care forms are valid: {problems:?}"
        );
    }
    assert_eq!(lookback(&c).len(), c.forms.len());
}

//! The bench's 200,000 generated allocations read: every care form of the
//! default mapping found, the unmapped category listed with its rows, and
//! the figures consistent (stock and flow add up from year to year).

use jeugdscenario_engine::calibrate::{calibrate, lookback, Mapping, MAX_ALLOCATIONS};

mod allocations;

#[test]
fn two_hundred_thousand_allocations_read_and_add_up() {
    let csv = allocations::large_allocations(MAX_ALLOCATIONS);
    let started = std::time::Instant::now();
    let c = calibrate(csv.as_bytes(), &Mapping::default_for(&[]), Some(2026)).expect("reads");
    eprintln!(
        "200,000 allocations in {:?} (debug build)",
        started.elapsed()
    );
    assert_eq!(c.rows, MAX_ALLOCATIONS);
    assert_eq!((c.first_year, c.base_year), (2021, 2026));
    assert_eq!(c.unmapped.len(), 1);
    assert_eq!(c.unmapped[0].category, "40");
    let mapped: usize = c.forms.iter().map(|f| f.allocations).sum();
    assert_eq!(mapped + c.unmapped[0].rows, MAX_ALLOCATIONS);
    for form in &c.forms {
        assert_eq!(form.years.len(), 5, "{}", form.form.id);
        assert!(form.years.iter().all(|y| y.cost.is_some()));
    }
    assert_eq!(lookback(&c).len(), c.forms.len());
}

//! One projection of the example region with its baseline over 10 years: the
//! work behind every slider move. Target: under 1 ms natively.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::{project, project_with_baseline};

fn projection(c: &mut Criterion) {
    let scenario = voorbeeldregio();
    assert_eq!(scenario.years, 10);
    c.bench_function("voorbeeldregio_10y_with_baseline", |b| {
        b.iter(|| project_with_baseline(black_box(&scenario)))
    });
    c.bench_function("voorbeeldregio_10y_scenario_only", |b| {
        b.iter(|| project(black_box(&scenario)))
    });
}

criterion_group!(benches, projection);
criterion_main!(benches);

//! One projection with its baseline: the work behind every slider move, on
//! the example region (10 years; target under 1 ms natively) and on the
//! scenario at the format's limits (100 care forms, 15 years, 100
//! municipalities, 500 levers).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::{project, project_with_baseline};

#[path = "../tests/scale/mod.rs"]
mod scale;

fn projection(c: &mut Criterion) {
    let scenario = voorbeeldregio();
    assert_eq!(scenario.years, 10);
    c.bench_function("voorbeeldregio_10y_with_baseline", |b| {
        b.iter(|| project_with_baseline(black_box(&scenario)))
    });
    c.bench_function("voorbeeldregio_10y_scenario_only", |b| {
        b.iter(|| project(black_box(&scenario)))
    });
    let scale = scale::scale_scenario();
    c.bench_function("scale_15y_with_baseline", |b| {
        b.iter(|| project_with_baseline(black_box(&scale)))
    });
    c.bench_function("scale_15y_scenario_only", |b| {
        b.iter(|| project(black_box(&scale)))
    });
    // What the app derives besides the projection on a move: the baseline
    // scenario (its projection is a memo that a lever move leaves alone).
    c.bench_function("scale_baseline_scenario", |b| {
        b.iter(|| black_box(&scale).baseline())
    });
}

criterion_group!(benches, projection);
criterion_main!(benches);

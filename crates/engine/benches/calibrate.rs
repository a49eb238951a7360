//! Issue 24's budget: 200,000 allocations (a large region over five years)
//! read and aggregated natively in at most 300 ms: decoding, records,
//! trajectories, figures per care form and year, and the Terugblik.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jeugdscenario_engine::calibrate::{calibrate, lookback, Mapping};

#[path = "../tests/allocations/mod.rs"]
mod allocations;

fn calibrate_large_region(c: &mut Criterion) {
    let csv = allocations::large_allocations(200_000);
    let mapping = Mapping::default_for(&[]);
    let mut group = c.benchmark_group("calibrate");
    group.sample_size(10);
    group.bench_function("calibrate_200000_allocations", |b| {
        b.iter(|| {
            let calibration = calibrate(black_box(csv.as_bytes()), &mapping, Some(2026))
                .expect("the generated file reads");
            black_box(lookback(&calibration))
        })
    });
    group.finish();
}

criterion_group!(benches, calibrate_large_region);
criterion_main!(benches);

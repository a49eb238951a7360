//! The analyses of the example region: the waterfall (one projection per
//! lever), the tornado (two per key knob), and 10,000 uncertainty samples on
//! the f64 path (target: well under 500 ms in the browser).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jeugdscenario_engine::analysis::sensitivity::sensitivity;
use jeugdscenario_engine::analysis::uncertainty::{uncertainty, Ranges};
use jeugdscenario_engine::analysis::waterfall::waterfall;
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::example::voorbeeldregio;
use rust_decimal::Decimal;

fn analyses(c: &mut Criterion) {
    let scenario = voorbeeldregio();
    c.bench_function("waterfall_cumulative", |b| {
        b.iter(|| waterfall(black_box(&scenario), Measure::Cumulative))
    });
    let mut group = c.benchmark_group("slow");
    group.sample_size(10);
    group.bench_function("tornado_10_percent", |b| {
        b.iter(|| {
            sensitivity(
                black_box(&scenario),
                Measure::Cumulative,
                Decimal::new(1, 1),
            )
        })
    });
    group.bench_function("uncertainty_10000_samples", |b| {
        b.iter(|| uncertainty(black_box(&scenario), Ranges::default(), 10_000, 1))
    });
    group.finish();
}

criterion_group!(benches, analyses);
criterion_main!(benches);

//! One knob move through `Scenario::apply`, as a slider step makes it: a
//! lever (a substitution's share) and a figure of a care form (its tariff,
//! which the too-large-to-compute bound reads too), on the example region and
//! on the scenario at the format's limits. Each step moves the knob between
//! two values, so every one is accepted and changes the scenario.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::knobs::Address;
use jeugdscenario_engine::scenario::Scenario;
use jeugdscenario_engine::Edit;
use rust_decimal::Decimal;

#[path = "../tests/scale/mod.rs"]
mod scale;

fn knob_moves(c: &mut Criterion) {
    let knobs = [
        (
            "substitution_share",
            "levers.substitutions.ggz-naar-poh.share",
            [15, 16],
            2,
        ),
        (
            "care_form_tariff",
            "care_forms.ggz.tariff_per_month",
            [1700, 1701],
            0,
        ),
    ];
    for (region, scenario) in [
        ("voorbeeldregio", voorbeeldregio()),
        ("scale", scale::scale_scenario()),
    ] {
        for (name, address, values, scale) in knobs {
            let address: Address = address.parse().expect("a knob of both scenarios");
            let values = values.map(|v| Decimal::new(v, scale));
            let mut s: Scenario = scenario.clone();
            let mut step = 0usize;
            c.bench_function(&format!("apply_{name}_{region}"), |b| {
                b.iter(|| {
                    step += 1;
                    let edit = Edit::set(address.clone(), values[step % 2]);
                    black_box(s.apply(black_box(edit)).expect("a valid move"))
                })
            });
        }
    }
}

criterion_group!(benches, knob_moves);
criterion_main!(benches);

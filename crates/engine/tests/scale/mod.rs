//! The scenario at the format's limits, built as `tests/e2e/support/scale.js`
//! builds it: 100 care forms, 15 years, 100 municipalities, 500 levers. The
//! example region's 14 care forms repeated with other ids (the first copy
//! keeps the example's ids, so its levers stay valid), a substitution per
//! further copy and small per-form changes up to the lever limit. Shared by
//! the engine's tests and benches (`#[path]`), so both measure the same thing.
#![allow(dead_code)]

use std::collections::BTreeMap;

use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::file::limits;
use jeugdscenario_engine::scenario::{
    ChangeKind, FormChange, Municipality, Scenario, Substitution,
};
use rust_decimal::Decimal;

pub const CARE_FORMS: usize = 100;
pub const YEARS: u32 = 15;
pub const MUNICIPALITIES: usize = 100;

/// The scenario at the limits.
pub fn scale_scenario() -> Scenario {
    let example = voorbeeldregio();
    let mut s = example.clone();
    s.name = "Schaaltest: 100 zorgvormen, 15 jaar, 100 gemeenten, 500 knoppen".into();
    s.years = YEARS;
    let base = &example.care_forms;
    s.care_forms = (0..CARE_FORMS)
        .map(|i| {
            let copy = i / base.len();
            let mut form = base[i % base.len()].clone();
            if copy > 0 {
                form.id = format!("{}-{copy}", form.id);
                form.label = format!("{} {}", form.label, copy + 1);
            }
            form
        })
        .collect();
    s.municipalities = (1..=MUNICIPALITIES)
        .map(|i| Municipality {
            id: format!("gemeente-{i}"),
            name: format!("Gemeente {i}"),
            share: Decimal::new(1, 2),
            own_use: None,
            share_from: BTreeMap::new(),
            sources: BTreeMap::from([("share".into(), "schaaltest".into())]),
        })
        .collect();
    // Substitution rules from each copy's Jeugd-GGZ to its POH-jeugd.
    for copy in 1..CARE_FORMS / base.len() {
        s.levers.substitutions.push(Substitution {
            id: format!("ggz-naar-poh-{copy}"),
            label: format!("Jeugd-GGZ naar POH-jeugd {}", copy + 1),
            from: format!("ggz-{copy}"),
            to: format!("poh-{copy}"),
            share: Decimal::new(1, 1),
            relapse: Decimal::new(3, 1),
            start_year: s.base_year + 1,
            ramp_years: 2,
            source: Some("schaaltest".into()),
        });
    }
    // Small changes per care form, each kind in turn, up to the lever limit.
    let kinds = [
        ChangeKind::Inflow,
        ChangeKind::Duration,
        ChangeKind::Tariff,
        ChangeKind::Intensity,
    ];
    let mut n = 0;
    while s.levers.count() < limits::MAX_LEVERS {
        let form = s.care_forms[n % s.care_forms.len()].id.clone();
        s.levers.form_changes.push(FormChange {
            id: format!("verandering-{}", n + 1),
            label: format!("Verandering {}", n + 1),
            form,
            kind: kinds[n % kinds.len()],
            change: Decimal::new(-1, 3),
            start_year: s.base_year + 1 + (n % 5) as i32,
            ramp_years: (n % 3) as u32,
            source: Some("schaaltest".into()),
        });
        n += 1;
    }
    s
}

//! Small scenarios built in code for the engine tests.
#![allow(dead_code)]

use jeugdscenario_engine::scenario::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

pub fn d(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

pub fn form(id: &str, group: CareGroup, clients: &str, duration: &str, tariff: &str) -> CareForm {
    CareForm {
        id: id.into(),
        label: id.to_uppercase(),
        group,
        clients_start: d(clients),
        inflow_per_year: None,
        duration_months: d(duration),
        tariff_per_month: Some(d(tariff)),
        price_per_trajectory: None,
        inflow_growth: Decimal::ZERO,
        price_index: Decimal::ZERO,
        family_based: CareForm::family_based_by_words(group, id, id),
        sources: BTreeMap::new(),
    }
}

/// Two residential and two ambulant forms in steady state, no budget, no levers.
pub fn small_region() -> Scenario {
    Scenario {
        format: "jeugdscenario".into(),
        version: jeugdscenario_engine::file::FORMAT_VERSION,
        app_version: String::new(),
        name: "Testregio".into(),
        description: String::new(),
        provenance: Default::default(),
        base_year: 2026,
        years: 5,
        care_forms: vec![
            form("residentieel", CareGroup::Verblijf, "100", "12", "10000"),
            form("pleegzorg", CareGroup::Verblijf, "200", "48", "2000"),
            form("specialistisch", CareGroup::Ambulant, "300", "12", "2000"),
            form("generalistisch", CareGroup::Ambulant, "600", "6", "1000"),
        ],
        budget_lines: vec![BudgetLine {
            id: "rijksbijdrage".into(),
            label: "Rijksbijdrage".into(),
            kind: BudgetKind::Income,
            base_amount: d("30000000"),
            index: d("0.02"),
            amounts: BTreeMap::new(),
            sources: BTreeMap::new(),
        }],
        municipalities: vec![
            Municipality {
                id: "a".into(),
                name: "A".into(),
                share: d("3"),
                own_use: None,
                share_from: BTreeMap::new(),
                sources: BTreeMap::new(),
            },
            Municipality {
                id: "b".into(),
                name: "B".into(),
                share: d("2"),
                own_use: None,
                share_from: BTreeMap::new(),
                sources: BTreeMap::new(),
            },
            Municipality {
                id: "c".into(),
                name: "C".into(),
                share: d("2"),
                own_use: None,
                share_from: BTreeMap::new(),
                sources: BTreeMap::new(),
            },
        ],
        levers: Levers::default(),
        insured_share: None,
        insured_share_from: BTreeMap::new(),
        targets: Vec::new(),
        sources: BTreeMap::new(),
        allocation_mapping: None,
    }
}

pub fn substitution(
    from: &str,
    to: &str,
    share: &str,
    relapse: &str,
    start: i32,
    ramp: u32,
) -> Substitution {
    Substitution {
        id: format!("{from}-{to}"),
        label: String::new(),
        from: from.into(),
        to: to.into(),
        share: d(share),
        relapse: d(relapse),
        start_year: start,
        ramp_years: ramp,
        source: None,
    }
}

pub fn change(form: &str, kind: ChangeKind, value: &str, start: i32, ramp: u32) -> FormChange {
    FormChange {
        id: format!("{form}-{}-{start}", kind.id()),
        label: String::new(),
        form: form.into(),
        kind,
        change: d(value),
        start_year: start,
        ramp_years: ramp,
        source: None,
    }
}

/// The shared corpus of scenario files at the repository root
/// (tests/scenario-files), also used by the CLI and browser tests.
pub fn scenario_files(folder: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenario-files")
        .join(folder)
}

/// Fields of `entity` that hold a figure (a number, a number as text, or
/// amounts per year), apart from its sources.
pub fn figures(entity: &serde_json::Value) -> Vec<String> {
    entity
        .as_object()
        .expect("an object")
        .iter()
        .filter(|(key, value)| {
            *key != "sources"
                && (value.is_number()
                    || value.as_str().is_some_and(|t| t.parse::<Decimal>().is_ok())
                    || value
                        .as_object()
                        .is_some_and(|amounts| amounts.values().all(serde_json::Value::is_number)))
        })
        .map(|(key, _)| key.clone())
        .collect()
}

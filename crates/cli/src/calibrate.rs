//! `jeugdscenario calibrate TOEWIJZINGEN [--mapping KOPPELING] [--year JAAR]
//! [--format csv|json]`: the care forms derived from the administration's
//! allocations, per year, and the Terugblik, by the engine's `calibrate`
//! (the same code the app's import worker runs).

use std::io::Write;
use std::process::ExitCode;

use jeugdscenario_engine::calibrate::{
    calibrate, lookback, lookback_table, parse_mapping_csv, years_table, Calibration, FormLookback,
    Mapping, Measure, MAX_ALLOCATION_BYTES,
};
use jeugdscenario_engine::export::csv_table;
use jeugdscenario_engine::region_csv::CsvProblem;
use jeugdscenario_engine::view::own_data::PreviewTable;
use serde_json::{json, Value};

use crate::args::Format;

pub fn run(path: &str, mapping: Option<&str>, year: Option<i32>, format: Format) -> ExitCode {
    let mapping = match mapping {
        None => Mapping::default_for(&[]),
        Some(file) => match crate::read_bytes(file, MAX_ALLOCATION_BYTES)
            .and_then(|bytes| parse_mapping_csv(&bytes, &[]).map_err(|p| refused(file, &p)))
        {
            Ok(m) => m,
            Err(message) => return crate::fail(&message),
        },
    };
    let calibration = match crate::read_bytes(path, MAX_ALLOCATION_BYTES)
        .and_then(|bytes| calibrate(&bytes, &mapping, year).map_err(|p| refused(path, &p)))
    {
        Ok(c) => c,
        Err(message) => return crate::fail(&message),
    };
    for notice in &calibration.notices {
        eprintln!("{notice}");
    }
    for u in &calibration.unmapped {
        eprintln!(
            "Productcategorie {} heeft geen zorgvorm in de koppeling: {} regels niet meegeteld.",
            u.category, u.rows
        );
    }
    let back = lookback(&calibration);
    let output = match format {
        Format::Csv => csv(&calibration, &back),
        Format::Json => json_report(&calibration, &mapping, &back).to_string() + "\n",
    };
    let _ = std::io::stdout().write_all(output.as_bytes());
    ExitCode::SUCCESS
}

fn refused(path: &str, problems: &[CsvProblem]) -> String {
    let count = problems.len();
    let plural = if count == 1 { "probleem" } else { "problemen" };
    let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
    format!(
        "{path}: het bestand is afgekeurd ({count} {plural}):\n{}",
        lines.join("\n")
    )
}

fn rows(table: &PreviewTable) -> Vec<Vec<String>> {
    std::iter::once(table.headers.iter().map(|h| h.nl.clone()).collect())
        .chain(table.rows.iter().cloned())
        .collect()
}

/// The years table; after an empty line the Terugblik; then the
/// categories without a care form and the findings, when there are any.
fn csv(calibration: &Calibration, back: &[FormLookback]) -> String {
    let forms = calibration.care_forms(&[]);
    let mut all = rows(&years_table(calibration, &forms));
    all.push(Vec::new());
    all.extend(rows(&lookback_table(back)));
    if !calibration.unmapped.is_empty() {
        all.push(Vec::new());
        all.push(vec![
            "productcategorie zonder zorgvorm".into(),
            "regels".into(),
        ]);
        for u in &calibration.unmapped {
            all.push(vec![u.category.clone(), u.rows.to_string()]);
        }
    }
    let findings: Vec<Vec<String>> = back
        .iter()
        .filter_map(|f| Some(vec![f.finding.as_ref()?.nl.clone()]))
        .collect();
    if !findings.is_empty() {
        all.push(Vec::new());
        all.push(vec!["bevinding".into()]);
        all.extend(findings);
    }
    csv_table(&all)
}

fn json_report(calibration: &Calibration, mapping: &Mapping, back: &[FormLookback]) -> Value {
    let forms = calibration.care_forms(&[]);
    let derived: Vec<Value> = calibration
        .forms
        .iter()
        .map(|f| {
            let years: Vec<Value> = f
                .years
                .iter()
                .map(|y| {
                    json!({
                        "year": y.year,
                        "clients_start": y.clients_start,
                        "inflow": y.inflow,
                        "client_months": y.client_months.round_dp(4),
                        "duration_months": y.duration_months.map(|d| d.round_dp(4)),
                        "ended": y.ended,
                        "ended_mean_months": y.ended_mean_months.map(|d| d.round_dp(4)),
                        "cost": y.cost,
                        "cost_per_client_month": y.cost_per_client_month,
                    })
                })
                .collect();
            json!({
                "id": f.form.id,
                "label": f.form.label,
                "allocations": f.allocations,
                "trajectories": f.trajectories,
                "clients_base_year": f.clients_base,
                "source": calibration.source(f),
                "years": years,
            })
        })
        .collect();
    let measures = |row: &jeugdscenario_engine::calibrate::LookbackRow| {
        let mut out = serde_json::Map::new();
        for m in Measure::ALL {
            if let Some(v) = row.get(m) {
                out.insert(
                    key(m).into(),
                    json!({ "administration": v.actual, "model": v.model, "difference": v.difference() }),
                );
            }
        }
        Value::Object(out)
    };
    let lookback: Vec<Value> = back
        .iter()
        .map(|f| {
            let mape: serde_json::Map<String, Value> = f
                .mape
                .iter()
                .map(|(m, e)| (key(*m).to_string(), json!(e.map(|e| e.round_dp(4)))))
                .collect();
            json!({
                "id": f.id,
                "label": f.label,
                "years": f.rows.iter().map(|r| {
                    let mut v = measures(r);
                    v["year"] = json!(r.year);
                    v
                }).collect::<Vec<_>>(),
                "mean_absolute_percentage_error": mape,
                "inflow_growth": f.inflow_growth,
                "finding": f.finding.as_ref().map(|t| json!({ "nl": t.nl, "en": t.en })),
            })
        })
        .collect();
    json!({
        "base_year": calibration.base_year,
        "first_year": calibration.first_year,
        "rows": calibration.rows,
        "care_forms": forms,
        "derived": derived,
        "lookback": lookback,
        "unmapped": calibration.unmapped.iter().map(|u| json!({ "category": u.category, "rows": u.rows })).collect::<Vec<_>>(),
        "mapping": mapping,
    })
}

fn key(measure: Measure) -> &'static str {
    match measure {
        Measure::ClientsStart => "clients_start",
        Measure::Inflow => "inflow",
        Measure::ClientMonths => "client_months",
        Measure::Cost => "cost",
    }
}

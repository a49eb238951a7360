//! The analyses as CSV for Dutch Excel and as JSON, for the command-line
//! tool and the app's downloads. Amounts in euros with cents, shares as
//! fractions in JSON and as percentages in the CSV.

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::goal_seek::{GoalSeek, Outcome};
use super::sensitivity::Sensitivity;
use super::uncertainty::{Band, Uncertainty};
use super::waterfall::Waterfall;
use crate::csv_out::csv_table;
use crate::money::round_cents;
use crate::nl::excel_number;

/// Decimals a knob's value is written with: a percentage two more than its
/// control shows (10% of 2,5% is 0,25), anything else as its control.
fn shown_decimals(knob: &crate::knobs::Knob) -> u32 {
    match knob.unit {
        crate::knobs::Unit::Percent => knob.decimals + 2,
        _ => knob.decimals,
    }
}

fn euros(v: Decimal) -> String {
    excel_number(round_cents(v), 2)
}

fn json_euros(v: Decimal) -> Value {
    Value::String(round_cents(v).to_string())
}

pub fn waterfall_csv(w: &Waterfall) -> String {
    let mut rows = vec![vec![
        "Stap".to_string(),
        "Code".into(),
        format!("Effect op {} (EUR)", w.measure.label().nl),
    ]];
    rows.push(vec!["Basislijn".into(), String::new(), euros(w.baseline)]);
    for step in &w.steps {
        rows.push(vec![
            step.label.nl.clone(),
            step.id.clone(),
            euros(step.effect),
        ]);
    }
    rows.push(vec![
        "Samenspel van de knoppen".into(),
        String::new(),
        euros(w.interaction),
    ]);
    rows.push(vec!["Scenario".into(), String::new(), euros(w.scenario)]);
    csv_table(&rows)
}

pub fn waterfall_json(w: &Waterfall) -> String {
    let doc = json!({
        "measure": w.measure.label().en,
        "baseline": json_euros(w.baseline),
        "steps": w.steps.iter().map(|s| json!({
            "id": s.id, "label": s.label.nl, "effect": json_euros(s.effect),
        })).collect::<Vec<_>>(),
        "interaction": json_euros(w.interaction),
        "scenario": json_euros(w.scenario),
        "summary": w.sentence().nl,
    });
    serde_json::to_string_pretty(&doc).expect("always serialises") + "\n"
}

pub fn sensitivity_csv(s: &Sensitivity) -> String {
    let measure = s.measure.label().nl;
    let mut rows = vec![vec![
        "Knop".to_string(),
        "Adres".into(),
        "Waarde".into(),
        "Laag".into(),
        "Hoog".into(),
        format!("Effect laag op {measure} (EUR)"),
        format!("Effect hoog op {measure} (EUR)"),
        "Bereik (EUR)".into(),
    ]];
    for w in &s.swings {
        let (down, up) = w.effects(s.base);
        let shown = |v: Decimal| excel_number(w.knob.to_display(v), shown_decimals(&w.knob));
        rows.push(vec![
            w.knob.full_label().nl,
            w.knob.address.to_string(),
            shown(w.knob.value),
            shown(w.low_value),
            shown(w.high_value),
            w.low.map_or_else(|| "geweigerd".into(), |_| euros(down)),
            w.high.map_or_else(|| "geweigerd".into(), |_| euros(up)),
            euros(w.span(s.base)),
        ]);
    }
    csv_table(&rows)
}

pub fn sensitivity_json(s: &Sensitivity) -> String {
    let doc = json!({
        "measure": s.measure.label().en,
        "step": s.step.normalize().to_string(),
        "base": json_euros(s.base),
        "swings": s.swings.iter().map(|w| {
            let (down, up) = w.effects(s.base);
            json!({
                "knob": w.knob.address.to_string(),
                "label": w.knob.full_label().nl,
                "value": w.knob.value.to_string(),
                "low_value": w.low_value.to_string(),
                "high_value": w.high_value.to_string(),
                "low_effect": w.low.map(|_| json_euros(down)),
                "high_effect": w.high.map(|_| json_euros(up)),
                "span": json_euros(w.span(s.base)),
            })
        }).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&doc).expect("always serialises") + "\n"
}

fn outcome_parts(
    g: &GoalSeek,
) -> (
    &'static str,
    Option<Decimal>,
    Option<Decimal>,
    Option<Decimal>,
) {
    match g.outcome {
        Outcome::Found {
            value,
            reached,
            precision,
        } => ("gevonden", Some(value), Some(reached), Some(precision)),
        Outcome::AlreadyMet { reached } => ("al gehaald", Some(g.knob.value), Some(reached), None),
        Outcome::Unreachable { best_value, best } => {
            ("niet te halen", Some(best_value), Some(best), None)
        }
    }
}

pub fn goal_seek_csv(g: &GoalSeek) -> String {
    let (status, value, reached, precision) = outcome_parts(g);
    let number = |v: Option<Decimal>| {
        v.map_or(String::new(), |v| {
            excel_number(g.knob.to_display(v), shown_decimals(&g.knob) + 1)
        })
    };
    let rows = vec![
        vec![
            "Knop".to_string(),
            "Adres".into(),
            "Doel".into(),
            "Uitkomst".into(),
            "Waarde".into(),
            "Nauwkeurigheid".into(),
            "Bereikt".into(),
            "Toelichting".into(),
        ],
        vec![
            g.knob.full_label().nl,
            g.knob.address.to_string(),
            g.goal.nl.clone(),
            status.into(),
            number(value),
            number(precision),
            reached.map_or(String::new(), |r| g.target.show(r)),
            g.sentence().nl,
        ],
    ];
    csv_table(&rows)
}

pub fn goal_seek_json(g: &GoalSeek) -> String {
    let (status, value, reached, precision) = outcome_parts(g);
    let doc = json!({
        "knob": g.knob.address.to_string(),
        "target": g.goal.en,
        "outcome": status,
        "value": value.map(|v| v.to_string()),
        "precision": precision.map(|v| v.to_string()),
        "reached": reached.map(|v| v.to_string()),
        "summary": g.sentence().nl,
    });
    serde_json::to_string_pretty(&doc).expect("always serialises") + "\n"
}

/// Bands rounded to whole euros: sampled on the f64 path, never shown as cents.
fn rounded(v: f64) -> String {
    excel_number(Decimal::from_f64_retain(v.round()).unwrap_or_default(), 0)
}

pub fn uncertainty_csv(u: &Uncertainty) -> String {
    let mut rows = vec![vec![
        "Jaar".to_string(),
        "Kosten p10".into(),
        "Kosten p25".into(),
        "Kosten mediaan".into(),
        "Kosten p75".into(),
        "Kosten p90".into(),
        "Saldo p10".into(),
        "Saldo p25".into(),
        "Saldo mediaan".into(),
        "Saldo p75".into(),
        "Saldo p90".into(),
        "Kans dat de begroting sluit (%)".into(),
    ]];
    for y in &u.years {
        let mut row = vec![y.year.to_string()];
        for b in [y.cost, y.balance] {
            row.extend([b.p10, b.p25, b.p50, b.p75, b.p90].map(rounded));
        }
        row.push(excel_number(
            Decimal::from_f64_retain((y.budget_holds * 1000.0).round() / 10.0).unwrap_or_default(),
            1,
        ));
        rows.push(row);
    }
    csv_table(&rows)
}

pub fn uncertainty_json(u: &Uncertainty) -> String {
    let band = |b: &Band| {
        json!({
            "p10": b.p10.round(), "p25": b.p25.round(), "p50": b.p50.round(), "p75": b.p75.round(), "p90": b.p90.round(),
        })
    };
    let doc = json!({
        "samples": u.samples,
        "seed": u.seed,
        "distribution": "triangular, ranges sampled independently",
        "years": u.years.iter().map(|y| json!({
            "year": y.year,
            "cost": band(&y.cost),
            "balance": band(&y.balance),
            "budget_holds": (y.budget_holds * 1000.0).round() / 1000.0,
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&doc).expect("always serialises") + "\n"
}

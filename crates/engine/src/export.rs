//! The projection as CSV that Dutch Excel opens correctly (UTF-8 with a byte
//! order mark, semicolons, decimal comma, CRLF line ends) and as JSON. One
//! writer each for the command-line tool and the browser export, so both give
//! the same bytes.

use rust_decimal::Decimal;
use serde_json::{json, Value};

pub use crate::csv_out::{csv_table, defuse};
use crate::csv_out::{push_row, BOM};
use crate::money::round_clients;
use crate::nl::excel_number;
use crate::projection::{
    split_by_municipality, Comparison, MunicipalityYear, Projection, YearResult,
};
use crate::scenario::Scenario;
use crate::targets::{check_targets, Verdict};
use crate::view::tables::cost_totals;

const EOL: &str = "\r\n";

/// One table: a row per (variant, item, measure), a column per year.
pub fn projection_csv(scenario: &Scenario, comparison: &Comparison) -> String {
    let mut out = String::from(BOM);
    let mut header = vec![
        "Variant".to_string(),
        "Onderdeel".into(),
        "Grootheid".into(),
        "Eenheid".into(),
    ];
    header.extend(scenario.year_range().map(|y| y.to_string()));
    push_row(&mut out, &header);

    write_variant(&mut out, scenario, "Scenario", &comparison.scenario);
    write_variant(&mut out, scenario, "Basislijn", &comparison.baseline);

    let savings: Vec<String> = comparison
        .savings()
        .iter()
        .map(|(_, s)| excel_number(*s, 2))
        .collect();
    let mut row = vec![
        "Verschil".into(),
        "Totaal".into(),
        "Besparing t.o.v. basislijn".into(),
        "EUR".into(),
    ];
    row.extend(savings);
    push_row(&mut out, &row);
    // The targets follow as a table of their own, after an empty line.
    if !scenario.targets.is_empty() {
        out.push_str(EOL);
        for row in crate::view::targets::targets_table(scenario, comparison) {
            push_row(&mut out, &row);
        }
    }
    // Last, where the figures come from: an example is never taken for a region.
    out.push_str(EOL);
    push_row(
        &mut out,
        &[
            "Herkomst van de cijfers".to_string(),
            scenario.provenance.text().nl,
        ],
    );
    out
}

/// The projection as JSON: money as decimal strings in euros (cents exact),
/// clients with one decimal, shares as fractions.
pub fn projection_json(scenario: &Scenario, comparison: &Comparison) -> String {
    let variant = |projection: &Projection| -> Value {
        let split = split_by_municipality(scenario, projection);
        Value::Array(
            projection
                .years
                .iter()
                .zip(&split)
                .map(|(y, parts)| {
                    let forms: serde_json::Map<String, Value> = scenario
                        .care_forms
                        .iter()
                        .zip(&y.forms)
                        .map(|(form, fy)| {
                            (
                                form.id.clone(),
                                json!({
                                    "inflow": round_clients(fy.inflow),
                                    "avg_clients": round_clients(fy.avg_clients),
                                    "clients_end": round_clients(fy.clients_end),
                                    "cost": fy.cost,
                                }),
                            )
                        })
                        .collect();
                    let municipalities: serde_json::Map<String, Value> = scenario
                        .municipalities
                        .iter()
                        .zip(parts)
                        .map(|(m, my)| {
                            (m.id.clone(), json!({"cost": my.cost, "income": my.income, "balance": my.balance}))
                        })
                        .collect();
                    let budget_lines: serde_json::Map<String, Value> = scenario
                        .budget_lines
                        .iter()
                        .zip(&y.budget_lines)
                        .map(|(line, amount)| (line.id.clone(), json!(amount)))
                        .collect();
                    json!({
                        "year": y.year,
                        "care_forms": forms,
                        "budget_lines": budget_lines,
                        "care_cost": y.care_cost,
                        "other_expenses": y.other_expenses,
                        "investment_cost": y.investment_cost,
                        "total_cost": y.total_cost,
                        "income": y.income,
                        "balance": y.balance,
                        "cumulative_balance": y.cumulative_balance,
                        "residential_share_clients": y.residential_share_clients.round_dp(4),
                        "residential_share_cost": y.residential_share_cost.round_dp(4),
                        "out_of_home_share_clients": y.out_of_home_share_clients.round_dp(4),
                        "out_of_home_share_cost": y.out_of_home_share_cost.round_dp(4),
                        "municipalities": municipalities,
                    })
                })
                .collect(),
        )
    };
    let savings: Vec<Value> = comparison
        .savings()
        .into_iter()
        .map(|(year, saving)| json!({"year": year, "savings": saving}))
        .collect();
    let doc = json!({
        "scenario": scenario.name,
        "provenance": scenario.provenance.text().nl,
        "app_version": crate::file::APP_VERSION,
        "scenario_years": variant(&comparison.scenario),
        "baseline_years": variant(&comparison.baseline),
        "savings_against_baseline": savings,
        "targets": targets_json(scenario, comparison),
    });
    serde_json::to_string_pretty(&doc).expect("a projection always serialises")
}

/// The targets (doelen) checked against scenario and baseline: exact
/// figures (fractions for changes and shares, euros with cents for money).
pub fn targets_json(scenario: &Scenario, comparison: &Comparison) -> Value {
    let check = |c: &crate::targets::Check| {
        json!({
            "year": c.year,
            "verdict": match c.verdict {
                Verdict::Met => "gehaald",
                Verdict::NotMet => "niet_gehaald",
                Verdict::Undetermined => "niet_te_bepalen",
            },
            "level": c.level,
            "reference_level": c.reference_level,
            "reached": c.reached,
            "gap": c.gap,
            "years_checked": c.years_checked,
            "years_met": c.years_met,
        })
    };
    Value::Array(
        check_targets(scenario, comparison)
            .iter()
            .zip(&scenario.targets)
            .map(|(r, t)| {
                json!({
                    "id": t.id,
                    "label": t.label,
                    "norm": crate::view::targets::norm(scenario, t).nl,
                    "source": t.source,
                    "scenario": check(&r.scenario),
                    "baseline": check(&r.baseline),
                })
            })
            .collect(),
    )
}

fn write_variant(out: &mut String, scenario: &Scenario, variant: &str, projection: &Projection) {
    let mut row = |item: &str, measure: &str, unit: &str, values: Vec<String>| {
        let mut cells = vec![
            variant.to_string(),
            item.to_string(),
            measure.to_string(),
            unit.to_string(),
        ];
        cells.extend(values);
        push_row(out, &cells);
    };
    let years = &projection.years;
    let money = |f: &dyn Fn(&crate::projection::YearResult) -> Decimal| -> Vec<String> {
        years.iter().map(|y| excel_number(f(y), 2)).collect()
    };
    let clients = |f: &dyn Fn(&crate::projection::YearResult) -> Decimal| -> Vec<String> {
        years.iter().map(|y| excel_number(f(y), 1)).collect()
    };
    let percent = |f: &dyn Fn(&crate::projection::YearResult) -> Decimal| -> Vec<String> {
        years
            .iter()
            .map(|y| excel_number(f(y) * Decimal::ONE_HUNDRED, 1))
            .collect()
    };

    for (i, form) in scenario.care_forms.iter().enumerate() {
        row(
            &form.label,
            "Instroom",
            "cliënten per jaar",
            clients(&|y| y.forms[i].inflow),
        );
        row(
            &form.label,
            "Gemiddeld aantal cliënten",
            "cliënten",
            clients(&|y| y.forms[i].avg_clients),
        );
        row(
            &form.label,
            "Cliënten op 31 december",
            "cliënten",
            clients(&|y| y.forms[i].clients_end),
        );
        row(&form.label, "Kosten", "EUR", money(&|y| y.forms[i].cost));
    }
    // The same totals, in the same words, as the cost chart's table.
    for (label, measure, _) in cost_totals() {
        row("Totaal", &label.nl, "EUR", money(&measure));
    }
    row(
        "Totaal",
        "Cumulatief saldo",
        "EUR",
        money(&|y| y.cumulative_balance),
    );
    // Residential care as the plans mean it, then verblijf as CBS counts it.
    type Share = (&'static str, fn(&YearResult) -> Decimal);
    let shares: [Share; 4] = [
        (
            "Aandeel residentiële zorg (residentieel en gesloten) in cliënten",
            |y| y.residential_share_clients,
        ),
        (
            "Aandeel residentiële zorg (residentieel en gesloten) in zorgkosten",
            |y| y.residential_share_cost,
        ),
        (
            "Aandeel verblijf zoals CBS telt (met pleegzorg en gezinshuis) in cliënten",
            |y| y.out_of_home_share_clients,
        ),
        (
            "Aandeel verblijf zoals CBS telt (met pleegzorg en gezinshuis) in zorgkosten",
            |y| y.out_of_home_share_cost,
        ),
    ];
    for (measure, share) in shares {
        row("Totaal", measure, "%", percent(&share));
    }
    for (i, line) in scenario.budget_lines.iter().enumerate() {
        let measure = match line.kind {
            crate::scenario::BudgetKind::Income => "Inkomsten (begrotingspost)",
            crate::scenario::BudgetKind::Expense => "Uitgaven (begrotingspost)",
        };
        row(&line.label, measure, "EUR", money(&|y| y.budget_lines[i]));
    }
    for (i, inv) in scenario.levers.investments.iter().enumerate() {
        row(
            &inv.label,
            "Investering",
            "EUR",
            money(&|y| y.investments.get(i).copied().unwrap_or_default()),
        );
    }
    let split = split_by_municipality(scenario, projection);
    let part = |i: usize, f: fn(&MunicipalityYear) -> Decimal| -> Vec<String> {
        split
            .iter()
            .map(|year| excel_number(f(&year[i]), 2))
            .collect()
    };
    for (i, m) in scenario.municipalities.iter().enumerate() {
        row(&m.name, "Aandeel kosten", "EUR", part(i, |m| m.cost));
        row(&m.name, "Aandeel inkomsten", "EUR", part(i, |m| m.income));
        row(&m.name, "Saldo", "EUR", part(i, |m| m.balance));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One cell as written in a row.
    fn written(cell: &str) -> String {
        let mut out = String::new();
        push_row(&mut out, &[cell.to_string()]);
        out.trim_end_matches("\r\n").to_string()
    }

    #[test]
    fn both_exports_say_where_the_figures_come_from() {
        let example = crate::example::voorbeeldregio();
        let comparison = crate::projection::project_with_baseline(&example);
        let csv = projection_csv(&example, &comparison);
        assert!(csv.ends_with("Herkomst van de cijfers;Illustratief voorbeeld: verzonnen regio, cijfers geschaald uit landelijke bronnen en aannames.\r\n"));
        let mut own = example.clone();
        own.provenance = own
            .provenance
            .after_import("zorgvormen", "eigen.csv", "2026-12-05");
        let json: Value = serde_json::from_str(&projection_json(&own, &comparison)).unwrap();
        let text = json["provenance"].as_str().unwrap();
        assert!(
            text.contains("eigen.csv") && !text.contains("verzonnen"),
            "{text}"
        );
    }

    #[test]
    fn text_with_separators_is_quoted() {
        assert_eq!(written("a;b"), "\"a;b\"");
        assert_eq!(written("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
        assert_eq!(written("twee\nregels"), "\"twee\nregels\"");
        assert_eq!(written("gewoon"), "gewoon");
        let mut row = String::new();
        push_row(&mut row, &["a".into(), String::new(), "1,5".into()]);
        assert_eq!(row, "a;;1,5\r\n");
    }

    #[test]
    fn formulas_in_names_are_defused() {
        assert_eq!(written("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(written("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(written("-1234,50"), "-1234,50");
    }
}

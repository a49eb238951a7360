//! The derived figures and the Terugblik as tables of text (Dutch Excel's
//! numbers: a decimal comma, no grouping): the CLI prints them as CSV, the
//! worker sends them to the app. The per-year table has the Zorgvormen
//! template's columns, so its base-year rows import as care forms.

use rust_decimal::Decimal;

use super::lookback::{FormLookback, Measure, Measured};
use super::Calibration;
use crate::nl::{excel_number, format_number, format_percent};
use crate::region_csv::Table;
use crate::scenario::CareForm;
use crate::text::Text;
use crate::view::chart::{ChartLine, Dash, LineChart, LineStyle, Marker, Tone};
use crate::view::own_data::PreviewTable;

fn number(value: Decimal, decimals: u32) -> String {
    excel_number(value, decimals)
}

fn optional(value: Option<Decimal>, decimals: u32) -> String {
    value.map(|v| number(v, decimals)).unwrap_or_default()
}

/// Per care form a row per past year and one for the base year (its
/// starting values, `forms`, as [`Calibration::care_forms`] gives them):
/// jaar, the Zorgvormen template's columns, then cliëntmaanden, beëindigde
/// trajecten, hun gemiddelde duur, kosten.
pub fn years_table(calibration: &Calibration, forms: &[CareForm]) -> PreviewTable {
    let mut headers = vec![Text::new("jaar", "year")];
    headers.extend(
        Table::CareForms
            .columns()
            .iter()
            .map(|c| Text::new(c.header, c.key)),
    );
    for (nl, en) in [
        ("cliëntmaanden", "client-months"),
        ("beëindigde trajecten", "ended trajectories"),
        (
            "duur beëindigde trajecten (maanden)",
            "mean length of ended trajectories (months)",
        ),
        ("kosten (€)", "cost (€)"),
    ] {
        headers.push(Text::new(nl, en));
    }
    let mut rows = Vec::new();
    for (derived, form) in calibration.forms.iter().zip(forms) {
        let source = calibration.source(derived);
        let group = derived.form.group.id().to_string();
        for y in &derived.years {
            rows.push(vec![
                y.year.to_string(),
                derived.form.id.clone(),
                derived.form.label.clone(),
                group.clone(),
                y.clients_start.to_string(),
                y.inflow.to_string(),
                optional(y.duration_months, 1),
                optional(y.cost_per_client_month, 2),
                String::new(),
                String::new(),
                String::new(),
                source.clone(),
                number(y.client_months, 1),
                y.ended.to_string(),
                optional(y.ended_mean_months, 1),
                optional(y.cost, 2),
            ]);
        }
        let percent = |f: Decimal| number(f * Decimal::ONE_HUNDRED, 1);
        rows.push(vec![
            calibration.base_year.to_string(),
            form.id.clone(),
            form.label.clone(),
            group,
            number(form.clients_start, 0),
            optional(form.inflow_per_year, 0),
            number(form.duration_months, 1),
            optional(form.tariff_per_month, 2),
            optional(form.price_per_trajectory, 2),
            percent(form.inflow_growth),
            percent(form.price_index),
            source,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    PreviewTable { headers, rows }
}

/// Per care form and year the administration, the model and their
/// difference for each measure; after each care form a row with the mean
/// absolute percentage error ("gemiddeld" in the year column).
pub fn lookback_table(lookback: &[FormLookback]) -> PreviewTable {
    let mut headers = vec![
        Text::new("code", "code"),
        Text::new("zorgvorm", "care form"),
        Text::new("jaar", "year"),
    ];
    for m in Measure::ALL {
        let l = m.label();
        headers.push(Text::new(
            format!("{} administratie", l.nl),
            format!("{} administration", l.en),
        ));
        headers.push(Text::new(
            format!("{} model", l.nl),
            format!("{} model", l.en),
        ));
        headers.push(Text::new(
            format!("{} verschil (%)", l.nl),
            format!("{} difference (%)", l.en),
        ));
    }
    let decimals = |m: Measure| if m == Measure::Cost { 2 } else { 1 };
    let mut rows = Vec::new();
    for form in lookback {
        for row in &form.rows {
            let mut cells = vec![form.id.clone(), form.label.clone(), row.year.to_string()];
            for m in Measure::ALL {
                let measured = row.get(m);
                cells.push(optional(measured.map(|v| v.actual), decimals(m)));
                cells.push(optional(measured.map(|v| v.model), decimals(m)));
                cells.push(optional(
                    measured
                        .and_then(|v| v.relative())
                        .map(|r| r * Decimal::ONE_HUNDRED),
                    1,
                ));
            }
            rows.push(cells);
        }
        let mut cells = vec![form.id.clone(), form.label.clone(), "gemiddeld".to_string()];
        for m in Measure::ALL {
            cells.extend([String::new(), String::new()]);
            cells.push(optional(
                form.mape_of(m).map(|e| e * Decimal::ONE_HUNDRED),
                1,
            ));
        }
        rows.push(cells);
    }
    PreviewTable { headers, rows }
}

/// The Terugblik as charts: per measure (cost only when the administration
/// gives amounts) one chart per care form, the administration as a solid
/// line and the model dashed.
pub fn lookback_charts(lookback: &[FormLookback]) -> Vec<(Measure, Vec<LineChart>)> {
    Measure::ALL
        .into_iter()
        .filter(|&m| {
            lookback
                .iter()
                .any(|f| f.rows.iter().any(|r| r.get(m).is_some()))
        })
        .map(|m| (m, lookback.iter().map(|f| lookback_chart(f, m)).collect()))
        .collect()
}

fn lookback_chart(form: &FormLookback, measure: Measure) -> LineChart {
    let decimals = if measure == Measure::Cost { 2 } else { 0 };
    let series = |pick: fn(Measured) -> Decimal| -> Vec<Option<Decimal>> {
        form.rows.iter().map(|r| r.get(measure).map(pick)).collect()
    };
    let (actual, model) = (series(|v| v.actual), series(|v| v.model));
    let said = |values: &[Option<Decimal>]| {
        form.rows
            .iter()
            .zip(values)
            .filter_map(|(r, v)| Some(format!("{} {}", r.year, format_number((*v)?, decimals))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let label = measure.label();
    let error = form
        .mape_of(measure)
        .map(|e| format_percent(e, 1))
        .unwrap_or_else(|| "-".into());
    LineChart {
        title: Text::same(form.label.clone()),
        description: Text::new(
            format!(
                "{}, {}: administratie {}; model {}; gemiddeld verschil {error}.",
                form.label,
                label.nl,
                said(&actual),
                said(&model)
            ),
            format!(
                "{}, {}: administration {}; model {}; mean difference {error}.",
                form.label,
                label.en,
                said(&actual),
                said(&model)
            ),
        ),
        unit: label,
        years: form.rows.iter().map(|r| r.year).collect(),
        lines: vec![
            ChartLine {
                name: Text::new("administratie", "administration"),
                values: actual,
                style: LineStyle::new(Tone::Ink, Dash::Solid, Marker::Circle),
            },
            ChartLine {
                name: Text::new("model", "model"),
                values: model,
                style: LineStyle::new(Tone::Scenario, Dash::Dashed, Marker::Triangle),
            },
        ],
        bands: Vec::new(),
    }
}

/// The allocations file's template: its header and two example rows (a
/// pseudonym, never a BSN).
pub fn allocations_template() -> String {
    let rows = [
        [
            "c0001",
            "45",
            "45A01",
            "01-03-2024",
            "31-08-2024",
            "5400,00",
        ],
        ["c0002", "35", "", "15-01-2023", "", ""],
    ]
    .map(|r| r.map(str::to_string).to_vec());
    crate::region_csv::template::template(Table::Allocations, &[], &rows)
}

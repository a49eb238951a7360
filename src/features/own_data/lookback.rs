//! The Terugblik of Uit de administratie: the model run over past years
//! against what the allocations say happened, per care form, in charts and
//! a table.

use super::preview::{notices_view, preview_table};
use crate::i18n::use_i18n;
use crate::ui::track_open;
use jeugdscenario_engine::region_csv::protocol::Reply;
use jeugdscenario_engine::Text;
use leptos::prelude::*;

/// "12 rijen in de Terugblik", "1 row in the look back".
fn lookback_rows(n: usize) -> Text {
    let (nl, en) = if n == 1 {
        ("rij", "row")
    } else {
        ("rijen", "rows")
    };
    Text::new(
        format!("{n} {nl} in de Terugblik"),
        format!("{n} {en} in the look back"),
    )
}

/// The Terugblik's charts: per measure a fold (the first open) with a chart
/// per care form, the worker's SVG under the care form's name. A closed
/// fold's charts are put on the page when it is opened, so a large region's
/// answer lands in one short task.
fn lookback_charts(charts: &[(Text, String, String)]) -> impl IntoView {
    let i18n = use_i18n();
    let mut measures: Vec<&Text> = Vec::new();
    for (measure, _, _) in charts {
        if !measures.contains(&measure) {
            measures.push(measure);
        }
    }
    let folds = measures
        .into_iter()
        .enumerate()
        .map(|(i, measure)| {
            let figures: Vec<(String, String)> = charts
                .iter()
                .filter(|(m, _, _)| m == measure)
                .map(|(_, title, svg)| (title.clone(), svg.clone()))
                .collect();
            let figures = StoredValue::new(figures);
            let open = RwSignal::new(i == 0);
            view! {
                <details class="lookback-charts" open=i == 0 on:toggle=track_open(open)>
                    <summary>{format!("{}: {}", i18n.t("Terugblik", "Look back"), i18n.show(measure))}</summary>
                    <Show when=move || open.get()>
                        <div class="lookback-charts__grid">
                            {figures.with_value(|f| f.iter().map(|(title, svg)| view! {
                                <figure class="lookback-chart"><figcaption>{title.clone()}</figcaption><div inner_html=svg.clone()></div></figure>
                            }).collect_view())}
                        </div>
                    </Show>
                </details>
            }
        })
        .collect_view();
    view! {
        <p class="lookback-legend">{i18n.t(
            "Doorgetrokken lijn met rondjes: de administratie. Gestippelde lijn met driehoekjes: het model, gerekend vanaf het eerste jaar.",
            "Solid line with dots: the administration. Dashed line with triangles: the model, run from the first year.",
        )}</p>
        {folds}
    }
}

/// What the administration showed: categories no care form takes, large
/// differences in words, and the Terugblik per care form and year.
pub(super) fn lookback_view(name: &str, r: &Reply) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(!r.unmapped.is_empty()).then(|| view! {
            <p>{i18n.t("Productcategorieën zonder zorgvorm (niet meegeteld):", "Product categories without a care form (not counted):")}</p>
            <ul>{r.unmapped.iter().map(|(c, n)| {
                let rows = if *n == 1 { i18n.t("rij", "row") } else { i18n.t("rijen", "rows") };
                let count = jeugdscenario_engine::nl::format_number(rust_decimal::Decimal::from(*n), 0);
                view! { <li>{format!("{c}: {count} {rows}")}</li> }
            }).collect_view()}</ul>
        })}
        {notices_view(&r.findings)}
        {lookback_charts(&r.charts)}
        {r.lookback.clone().map(|t| { let count = lookback_rows(t.rows.len()); preview_table(name, t, count, Text::new("Het model vanaf het eerste jaar tegenover wat de administratie per jaar laat zien.", "The model from the first year against what the administration shows per year.")) })}
    }
}

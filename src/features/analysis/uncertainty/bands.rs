//! The uncertainty's result shown: fans of cost and balance per year (from
//! zero, a tenth of a million at most: the f64 path is never shown as cents),
//! the bands table, and the printed report's section.

use jeugdscenario_engine::analysis::uncertainty::{centre_sentence, Band, Uncertainty};
use jeugdscenario_engine::nl::{format_euro_millions, format_number};
use jeugdscenario_engine::{project, Scenario};
use leptos::prelude::*;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

use crate::features::analysis::UncertaintyResult;
use crate::features::year_plot::YearPlot;
use crate::i18n::{use_i18n, I18n, Lang};
use crate::state::use_state;

/// Euros from the f64 path in millions with one decimal, whole euros first.
fn millions(v: f64) -> String {
    format_euro_millions(Decimal::from_f64(v.round()).unwrap_or_default())
}

/// A fan: bands 10-90% and 25-75%, the median, and the central projection.
/// The scale runs from zero (cost and balance alike).
fn fan_svg(title: &str, years: &[i32], bands: &[Band], central: &[f64]) -> String {
    let series = |g: fn(&Band) -> f64| bands.iter().map(g).collect::<Vec<_>>();
    let (p10, p25, p50, p75, p90) = (
        series(|b| b.p10),
        series(|b| b.p25),
        series(|b| b.p50),
        series(|b| b.p75),
        series(|b| b.p90),
    );
    let plot = YearPlot::new(
        440.0,
        200.0,
        years.len(),
        p10.iter().chain(&p90).chain(central).copied(),
    );
    let mut svg = plot.open("fan", title, years);
    svg.push_str(&format!(
        r##"<polygon points="{}" fill="#0072b2" fill-opacity="0.18"/>"##,
        plot.band(&p90, &p10)
    ));
    svg.push_str(&format!(
        r##"<polygon points="{}" fill="#0072b2" fill-opacity="0.35"/>"##,
        plot.band(&p75, &p25)
    ));
    svg.push_str(&format!(
        r##"<polyline points="{}" fill="none" stroke="#005a8c" stroke-width="2.5"/>"##,
        plot.points(&p50)
    ));
    svg.push_str(&format!(r##"<polyline points="{}" fill="none" stroke="#222" stroke-width="2" stroke-dasharray="6 4"/>"##, plot.points(central)));
    svg.push_str("</svg>");
    svg
}

/// The fans of cost and balance and the bands table of one computed result,
/// with the projection without uncertainty (exact, from the Decimal engine)
/// dashed in the fans and in its own columns; on screen and in the report.
pub(super) fn bands_view(i18n: I18n, s: &Scenario, u: &Uncertainty) -> impl IntoView {
    let exact = project(s);
    let years: Vec<i32> = u.years.iter().map(|y| y.year).collect();
    let central = |f: fn(&jeugdscenario_engine::YearResult) -> Decimal| {
        exact
            .years
            .iter()
            .map(|y| f(y).to_f64().unwrap_or(0.0))
            .collect::<Vec<_>>()
    };
    let cost: Vec<Band> = u.years.iter().map(|y| y.cost).collect();
    let balance: Vec<Band> = u.years.iter().map(|y| y.balance).collect();
    let (t_cost, t_balance) = if i18n.get() == Lang::En {
        ("Fan of cost per year: 10-90% and 25-75% bands, median, dashed the projection without uncertainty", "Fan of the balance per year")
    } else {
        ("Waaier van de kosten per jaar: banden 10-90% en 25-75%, mediaan, gestreept de projectie zonder onzekerheid", "Waaier van het saldo per jaar")
    };
    let exact_in = |year: i32, f: fn(&jeugdscenario_engine::YearResult) -> Decimal| {
        exact
            .year(year)
            .map(|y| format_euro_millions(f(y)))
            .unwrap_or_default()
    };
    let rows = u.years.iter().map(|y| view! {
        <tr>
            <th scope="row">{y.year}</th>
            <td>{millions(y.cost.p10)}</td><td>{millions(y.cost.p50)}</td><td>{millions(y.cost.p90)}</td><td>{exact_in(y.year, |r| r.total_cost)}</td>
            <td>{millions(y.balance.p10)}</td><td>{millions(y.balance.p50)}</td><td>{millions(y.balance.p90)}</td><td>{exact_in(y.year, |r| r.balance)}</td>
            <td>{format!("{}%", format_number(Decimal::from_f64((y.budget_holds * 100.0).round()).unwrap_or_default(), 0))}</td>
        </tr>
    }).collect_view();
    view! {
        <div class="fans">
            <figure class="fan-figure">
                <figcaption>{i18n.t("Kosten per jaar (€ mln)", "Cost per year (EUR mln)")}</figcaption>
                <div inner_html=fan_svg(t_cost, &years, &cost, &central(|y| y.total_cost))></div>
            </figure>
            <figure class="fan-figure">
                <figcaption>{i18n.t("Saldo per jaar (€ mln)", "Balance per year (EUR mln)")}</figcaption>
                <div inner_html=fan_svg(t_balance, &years, &balance, &central(|y| y.balance))></div>
            </figure>
        </div>
        <p class="panel__hint">{i18n.t(
            "Licht: 10 tot 90% van de doorrekeningen; donker: 25 tot 75%; doorgetrokken lijn: de mediaan; gestreept: de projectie zonder onzekerheid.",
            "Light: 10 to 90% of the runs; dark: 25 to 75%; solid line: the median; dashed: the projection without uncertainty.",
        )}</p>
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption>{i18n.t("Banden per jaar (afgerond)", "Bands per year (rounded)")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("Jaar", "Year")}</th>
                    <th scope="col">{i18n.t("Kosten 10%", "Cost 10%")}</th><th scope="col">{i18n.t("Kosten mediaan", "Cost median")}</th><th scope="col">{i18n.t("Kosten 90%", "Cost 90%")}</th><th scope="col">{i18n.t("Kosten projectie", "Cost projection")}</th>
                    <th scope="col">{i18n.t("Saldo 10%", "Balance 10%")}</th><th scope="col">{i18n.t("Saldo mediaan", "Balance median")}</th><th scope="col">{i18n.t("Saldo 90%", "Balance 90%")}</th><th scope="col">{i18n.t("Saldo projectie", "Balance projection")}</th>
                    <th scope="col">{i18n.t("Kans begroting sluit", "Chance budget holds")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The uncertainty for the printed report: the centre sentence of the last
/// year, the fans and the bands table, without any control; nothing when no
/// result is computed or the scenario changed since. Ids carry `rapport-`.
#[component]
pub fn UncertaintyReport() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let result = use_context::<UncertaintyResult>().map(|r| r.0);
    move || {
        result?.with(|r| {
            let (s, u) = r
                .as_ref()
                .filter(|(s, _)| state.scenario.with(|now| now == s))?;
            let year = u.years.last()?.year;
            let centre = centre_sentence(u, &project(s), year).map(|t| i18n.show(&t));
            Some(view! {
                <section class="report__section print-uncertainty" aria-labelledby="rapport-onzekerheid-titel">
                    <h2 id="rapport-onzekerheid-titel">{i18n.t("Onzekerheid", "Uncertainty")}</h2>
                    <p class="analysis-sentence" data-testid="rapport-midden">{centre}</p>
                    {bands_view(i18n, s, u)}
                </section>
            })
        })
    }
}

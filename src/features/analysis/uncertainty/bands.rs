//! The uncertainty's result shown: fans of cost and balance per year (from
//! zero, a tenth of a million at most: the f64 path is never shown as cents),
//! the bands table, and the printed report's section.

use jeugdscenario_engine::analysis::uncertainty::{centre_sentence, Uncertainty};
use jeugdscenario_engine::nl::{format_euro_millions, format_number};
use jeugdscenario_engine::view::chart::{fan_chart, FanMeasure};
use jeugdscenario_engine::{project, Scenario};
use leptos::prelude::*;
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;

use crate::features::analysis::UncertaintyResult;
use crate::features::charts::LineFigure;
use crate::i18n::{use_i18n, I18n};
use crate::state::use_state;

/// Euros from the f64 path in millions with one decimal, whole euros first.
fn millions(v: f64) -> String {
    format_euro_millions(Decimal::from_f64(v.round()).unwrap_or_default())
}

/// The fans of cost and balance and the bands table of one computed result,
/// with the projection without uncertainty (exact, from the Decimal engine)
/// dashed in the fans and in its own columns; on screen and in the report.
pub(super) fn bands_view(i18n: I18n, s: &Scenario, u: &Uncertainty) -> impl IntoView {
    let exact = project(s);
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
            <LineFigure id="waaier-kosten" chart=Signal::stored(fan_chart(u, &exact, FanMeasure::Cost)) stem="waaier-kosten" />
            <LineFigure id="waaier-saldo" chart=Signal::stored(fan_chart(u, &exact, FanMeasure::Balance)) stem="waaier-saldo" />
        </div>
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

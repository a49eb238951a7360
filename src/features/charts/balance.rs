//! The cumulative balance of the scenario against its baseline.

use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::projection::Projection;
use jeugdscenario_engine::summary::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::draw::{self, Line, Marker};
use super::frame::{millions, year_table, years_of, ChartFigure, LegendItem};
use super::palette::{css, INK};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn BalanceChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let svg = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.projection.with(|p| {
            state.baseline.with(|b| {
                if p.years.is_empty() {
                    return String::new();
                }
                let line = |proj: &Projection, colour, marker, dashed| Line {
                    colour,
                    marker,
                    dashed,
                    values: proj
                        .years
                        .iter()
                        .map(|y| millions(y.cumulative_balance))
                        .collect(),
                };
                draw::lines(
                    &years_of(p),
                    &[
                        line(b, INK, Marker::Triangle, true),
                        line(p, draw::SCENARIO_COLOUR, Marker::Circle, false),
                    ],
                    if en { "EUR million" } else { "€ mln" },
                    if en {
                        "Cumulative balance of the scenario against the baseline"
                    } else {
                        "Cumulatief saldo van het scenario tegenover de basislijn"
                    },
                )
            })
        })
    });
    let legend_items = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        vec![
            LegendItem {
                colour: css(draw::SCENARIO_COLOUR),
                label: if en {
                    "Scenario (with measures)"
                } else {
                    "Scenario (met maatregelen)"
                }
                .into(),
                kind: "line",
            },
            LegendItem {
                colour: css(INK),
                label: if en {
                    "Baseline (no measures)"
                } else {
                    "Basislijn (zonder maatregelen)"
                }
                .into(),
                kind: "dashed",
            },
        ]
    });
    let table = move || {
        let en = i18n.get() == Lang::En;
        state.projection.with(|p| {
            state.baseline.with(|b| {
                let row = |label: &str,
                           proj: &Projection,
                           f: fn(&jeugdscenario_engine::YearResult) -> Decimal,
                           strong| {
                    (
                        label.to_string(),
                        proj.years.iter().map(|y| format_euro(f(y))).collect(),
                        strong,
                    )
                };
                let savings: Vec<String> = p
                    .years
                    .iter()
                    .zip(&b.years)
                    .map(|(s, b)| format_euro(b.total_cost - s.total_cost))
                    .collect();
                year_table(
                    if en {
                        "Balance per year (EUR)"
                    } else {
                        "Saldo per jaar (€)"
                    }
                    .into(),
                    years_of(p),
                    vec![
                        row(
                            if en {
                                "Balance, scenario"
                            } else {
                                "Saldo scenario"
                            },
                            p,
                            |y| y.balance,
                            false,
                        ),
                        row(
                            if en {
                                "Cumulative balance, scenario"
                            } else {
                                "Cumulatief saldo scenario"
                            },
                            p,
                            |y| y.cumulative_balance,
                            true,
                        ),
                        row(
                            if en {
                                "Balance, baseline"
                            } else {
                                "Saldo basislijn"
                            },
                            b,
                            |y| y.balance,
                            false,
                        ),
                        row(
                            if en {
                                "Cumulative balance, baseline"
                            } else {
                                "Cumulatief saldo basislijn"
                            },
                            b,
                            |y| y.cumulative_balance,
                            true,
                        ),
                        (
                            if en {
                                "Savings against baseline"
                            } else {
                                "Besparing t.o.v. basislijn"
                            }
                            .into(),
                            savings,
                            true,
                        ),
                    ],
                )
            })
        })
    };
    view! {
        <ChartFigure
            id="chart-saldo-titel"
            title=("Cumulatief saldo: scenario en basislijn", "Cumulative balance: scenario and baseline")
            svg=svg
            legend=Some(legend_items)
            stem="saldo"
        >
            {table}
        </ChartFigure>
    }
}

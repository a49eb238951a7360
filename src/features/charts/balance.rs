//! The cumulative balance of the scenario against its baseline.

use jeugdscenario_engine::projection::Projection;
use jeugdscenario_engine::summary::Lang;
use jeugdscenario_engine::view::legends::{balance_legend, Series};
use jeugdscenario_engine::view::tables::balance_table;
use leptos::prelude::*;

use super::draw::{self, Line, Marker};
use super::frame::{millions, year_table, years_of, ChartFigure, LegendItem};
use super::palette::{css, INK};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn BalanceChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // What the chart draws, compared before drawing: a step that leaves
    // it as it was does not redraw it.
    let figure = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.projection.with(|p| {
            state.baseline.with(|b| {
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
                let lines = [
                    line(b, INK, Marker::Triangle, true),
                    line(p, draw::SCENARIO_COLOUR, Marker::Circle, false),
                ];
                draw::Figure {
                    description: if en {
                        "Cumulative balance of the scenario against the baseline"
                    } else {
                        "Cumulatief saldo van het scenario tegenover de basislijn"
                    }
                    .into(),
                    plot: draw::Plot::Lines {
                        years: years_of(p),
                        lines: lines.to_vec(),
                        y_desc: if en { "EUR million" } else { "€ mln" }.into(),
                    },
                }
            })
        })
    });
    let legend_items = Memo::new(move |_| {
        balance_legend()
            .into_iter()
            .map(|entry| LegendItem {
                colour: css(match entry.series {
                    Series::Scenario => draw::SCENARIO_COLOUR,
                    _ => INK,
                }),
                entry,
            })
            .collect()
    });
    let table = move || {
        state
            .projection
            .with(|p| state.baseline.with(|b| year_table(balance_table(p, b))))
    };
    view! {
        <ChartFigure
            id="chart-saldo-titel"
            title=("Cumulatief saldo: scenario en basislijn", "Cumulative balance: scenario and baseline")
            figure=figure
            legend=Some(legend_items)
            stem="saldo"
        >
            {table}
        </ChartFigure>
    }
}

//! The cumulative balance of the scenario against its baseline: the
//! engine's `balance_chart`, laid out in the charts' frame.

use jeugdscenario_engine::view::chart::balance_chart;
use jeugdscenario_engine::view::tables::balance_table;
use leptos::prelude::*;

use super::draw::Figure;
use super::frame::{year_table, ChartFigure};
use super::line_figure::line_legend;
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn BalanceChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let chart = Memo::new(move |_| {
        state
            .projection
            .with(|p| state.baseline.with(|b| balance_chart(p, b)))
    });
    // What the chart draws, compared before drawing: a step that leaves
    // it as it was does not redraw it.
    let figure = Memo::new(move |_| chart.with(|c| Figure::of_lines(c.clone(), i18n.get())));
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
            legend=move || chart.with(line_legend)
            stem="saldo"
        >
            {table}
        </ChartFigure>
    }
}

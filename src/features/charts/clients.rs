//! Average clients per care group, one small chart per group: the
//! engine's `clients_chart`.

use jeugdscenario_engine::view::chart::clients_chart;
use jeugdscenario_engine::view::tables::clients_table;
use leptos::prelude::*;

use super::draw;
use super::frame::{year_table, ChartFigure};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn ClientsChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // What the chart draws, compared before drawing: a step that leaves
    // it as it was (a budget change) does not redraw it.
    let figure = Memo::new(move |_| {
        let lang = i18n.get();
        state.scenario.with(|s| {
            state.projection.with(|p| {
                let chart = clients_chart(s, p);
                draw::Figure {
                    description: chart.description.get(lang).to_string(),
                    plot: draw::Plot::Panels(chart, lang),
                }
            })
        })
    });
    let table = move || {
        state
            .scenario
            .with(|s| state.projection.with(|p| year_table(clients_table(s, p))))
    };
    view! {
        <ChartFigure
            id="chart-clienten-titel"
            title=("Cliënten per groep", "Clients per group")
            figure=figure
            legend=|| ()
            stem="clienten"
        >
            {table}
        </ChartFigure>
    }
}

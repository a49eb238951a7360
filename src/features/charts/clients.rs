//! Average clients per care group, one small chart per group: the
//! engine's `clients_chart`.

use jeugdscenario_engine::view::chart::clients_chart;
use jeugdscenario_engine::view::tables::clients_table;
use leptos::prelude::*;

use super::draw;
use super::frame::{projected_figure, projected_table, ChartFigure};

#[component]
pub fn ClientsChart() -> impl IntoView {
    let figure = projected_figure(|s, p, lang| {
        let chart = clients_chart(s, p);
        draw::Figure {
            description: chart.description.get(lang).to_string(),
            plot: draw::Plot::Panels(chart, lang),
        }
    });
    let table = projected_table(clients_table);
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

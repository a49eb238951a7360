//! Average clients per care group, one small chart per group.

use jeugdscenario_engine::scenario::CareGroup;
use jeugdscenario_engine::summary::Lang;
use jeugdscenario_engine::view::tables::{clients_table, group_clients};
use leptos::prelude::*;

use super::draw::{self, Panel};
use super::frame::{to_f64, year_table, years_of, ChartFigure};
use super::palette::{group_colour, INK};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn ClientsChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // What the chart draws, compared before drawing: a step that leaves
    // it as it was (a budget change) does not redraw it.
    let figure = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                let short = |g: CareGroup| match (g, en) {
                    (CareGroup::Lokaal, false) => "Lokaal",
                    (CareGroup::Lokaal, true) => "Local",
                    (CareGroup::Ambulant, _) => "Ambulant",
                    (CareGroup::Verblijf, false) => "Verblijf",
                    (CareGroup::Verblijf, true) => "Residential",
                    (CareGroup::Jbjr, false) => "JB en JR",
                    (CareGroup::Jbjr, true) => "Protection/probation",
                    (CareGroup::Crisis, _) => "Crisis",
                };
                let mut panels: Vec<Panel> = CareGroup::ALL
                    .iter()
                    .map(|g| Panel {
                        title: short(*g).to_string(),
                        colour: group_colour(*g),
                        values: group_clients(s, p, *g).into_iter().map(to_f64).collect(),
                    })
                    .collect();
                panels.push(Panel {
                    title: if en { "All groups" } else { "Alle groepen" }.to_string(),
                    colour: INK,
                    values: p
                        .years
                        .iter()
                        .map(|y| to_f64(y.forms.iter().map(|f| f.avg_clients).sum()))
                        .collect(),
                });
                draw::Figure {
                    description: if en {
                        "Average clients per group per year, one small chart per group"
                    } else {
                        "Gemiddeld aantal cliënten per groep per jaar, een kleine grafiek per groep"
                    }
                    .into(),
                    plot: draw::Plot::SmallMultiples {
                        years: years_of(p),
                        panels,
                    },
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

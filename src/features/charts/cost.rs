//! Cost per year stacked by care form, with the budget (income) over it
//! and the deficit shaded.

use jeugdscenario_engine::summary::Lang;
use jeugdscenario_engine::view::legends::{cost_legend, Series};
use jeugdscenario_engine::view::tables::cost_table;
use leptos::prelude::*;

use super::draw;
use super::frame::{legend_list, millions, year_table, years_of, ChartFigure, LegendItem};
use super::palette::{css, form_colours, GAP, INK, INVESTMENTS, OTHER_EXPENSES};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn CostChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // What the chart draws, compared before drawing: a step that leaves
    // it as it was does not redraw it.
    let figure = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                let colours = form_colours(&s.care_forms);
                let mut stacks: Vec<draw::Series> = s
                    .care_forms
                    .iter()
                    .enumerate()
                    .map(|(i, _)| draw::Series {
                        colour: colours[i],
                        values: p.years.iter().map(|y| millions(y.forms[i].cost)).collect(),
                    })
                    .collect();
                stacks.push(draw::Series {
                    colour: OTHER_EXPENSES,
                    values: p.years.iter().map(|y| millions(y.other_expenses)).collect(),
                });
                stacks.push(draw::Series {
                    colour: INVESTMENTS,
                    values: p
                        .years
                        .iter()
                        .map(|y| millions(y.investment_cost))
                        .collect(),
                });
                let income: Vec<f64> = p.years.iter().map(|y| millions(y.income)).collect();
                draw::Figure {
                    description: if en {
                        "Cost per year stacked by care form, with income as a line; shaded: deficit"
                    } else {
                        "Kosten per jaar gestapeld per zorgvorm, met de inkomsten als lijn; gearceerd: tekort"
                    }
                    .into(),
                    plot: draw::Plot::StackedCost {
                        years: years_of(p),
                        stacks,
                        income,
                        y_desc: if en { "EUR million" } else { "€ mln" }.into(),
                    },
                }
            })
        })
    });
    let legend_items = Memo::new(move |_| {
        state.scenario.with(|s| {
            let colours = form_colours(&s.care_forms);
            cost_legend(s)
                .into_iter()
                .map(|entry| LegendItem {
                    colour: css(match entry.series {
                        Series::Form(i) => colours[i],
                        Series::OtherExpenses => OTHER_EXPENSES,
                        Series::Investments => INVESTMENTS,
                        Series::Deficit => GAP,
                        _ => INK,
                    }),
                    entry,
                })
                .collect()
        })
    });
    let table = move || {
        state
            .scenario
            .with(|s| state.projection.with(|p| year_table(cost_table(s, p))))
    };
    view! {
        <ChartFigure
            id="chart-kosten-titel"
            title=("Kosten tegenover begroting", "Cost against budget")
            figure=figure
            legend=move || legend_list(legend_items.get())
            stem="kosten"
        >
            {table}
        </ChartFigure>
    }
}

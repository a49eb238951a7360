//! Cost per year stacked by care form, with the budget (income) over it
//! and the deficit shaded: the engine's `cost_chart`, coloured as its
//! legend.

use jeugdscenario_engine::view::chart::cost_chart;
use jeugdscenario_engine::view::legends::{cost_legend, Series};
use jeugdscenario_engine::view::tables::cost_table;
use leptos::prelude::*;
use plotters::style::RGBColor;

use super::draw;
use super::frame::{legend_list, projected_figure, projected_table, ChartFigure, LegendItem};
use super::palette::{css, form_colours, GAP, INK, INVESTMENTS, OTHER_EXPENSES};
use crate::state::use_state;

/// A series' colour: its care form's, or the colour of its kind.
fn colour(series: Series, forms: &[RGBColor]) -> RGBColor {
    match series {
        Series::Form(i) => forms[i],
        Series::OtherExpenses => OTHER_EXPENSES,
        Series::Investments => INVESTMENTS,
        Series::Deficit => GAP,
        Series::Income => INK,
    }
}

#[component]
pub fn CostChart() -> impl IntoView {
    let state = use_state();
    let figure = projected_figure(|s, p, lang| {
        let chart = cost_chart(s, p);
        let forms = form_colours(&s.care_forms);
        let colours = chart
            .stacks
            .iter()
            .map(|st| colour(st.series, &forms))
            .collect();
        draw::Figure {
            description: chart.description.get(lang).to_string(),
            plot: draw::Plot::Cost(chart, colours, lang),
        }
    });
    let legend_items = Memo::new(move |_| {
        state.scenario.with(|s| {
            let forms = form_colours(&s.care_forms);
            cost_legend(s)
                .into_iter()
                .map(|entry| LegendItem {
                    colour: css(colour(entry.series, &forms)),
                    entry,
                })
                .collect()
        })
    });
    let table = projected_table(cost_table);
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

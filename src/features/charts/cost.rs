//! Cost per year stacked by care form, with the budget (income) over it
//! and the deficit shaded.

use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::summary::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::draw::{self, Series};
use super::frame::{millions, year_table, years_of, ChartFigure, LegendItem};
use super::palette::{css, form_colours, INK, INVESTMENTS, OTHER_EXPENSES};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn CostChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let svg = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                if p.years.is_empty() {
                    return String::new();
                }
                let colours = form_colours(&s.care_forms);
                let mut stacks: Vec<Series> = s
                    .care_forms
                    .iter()
                    .enumerate()
                    .map(|(i, _)| Series {
                        colour: colours[i],
                        values: p.years.iter().map(|y| millions(y.forms[i].cost)).collect(),
                    })
                    .collect();
                stacks.push(Series {
                    colour: OTHER_EXPENSES,
                    values: p.years.iter().map(|y| millions(y.other_expenses)).collect(),
                });
                stacks.push(Series {
                    colour: INVESTMENTS,
                    values: p.years.iter().map(|y| millions(y.investment_cost)).collect(),
                });
                let income: Vec<f64> = p.years.iter().map(|y| millions(y.income)).collect();
                let description = if en {
                    "Cost per year stacked by care form, with income as a line; shaded: deficit"
                } else {
                    "Kosten per jaar gestapeld per zorgvorm, met de inkomsten als lijn; gearceerd: tekort"
                };
                draw::stacked_cost(&years_of(p), &stacks, &income, if en { "EUR million" } else { "€ mln" }, description)
            })
        })
    });
    let legend_items = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            let colours = form_colours(&s.care_forms);
            // Top to bottom as the bars stack: investments on top, the first
            // care form at the bottom.
            let mut items = vec![
                LegendItem {
                    colour: css(INVESTMENTS),
                    label: if en { "Investments" } else { "Investeringen" }.into(),
                    kind: "box",
                },
                LegendItem {
                    colour: css(OTHER_EXPENSES),
                    label: if en {
                        "Other expenses"
                    } else {
                        "Overige uitgaven"
                    }
                    .into(),
                    kind: "box",
                },
            ];
            items.extend(
                s.care_forms
                    .iter()
                    .zip(colours)
                    .rev()
                    .map(|(f, c)| LegendItem {
                        colour: css(c),
                        label: f.label.clone(),
                        kind: "box",
                    }),
            );
            items.push(LegendItem {
                colour: css(INK),
                label: if en {
                    "Income (budget)"
                } else {
                    "Inkomsten (begroting)"
                }
                .into(),
                kind: "line",
            });
            items.push(LegendItem {
                colour: css(super::palette::GAP),
                label: if en {
                    "Deficit: cost above income"
                } else {
                    "Tekort: kosten boven inkomsten"
                }
                .into(),
                kind: "gap",
            });
            items
        })
    });
    let table = move || {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                let money =
                    |f: &dyn Fn(&jeugdscenario_engine::YearResult) -> Decimal| -> Vec<String> {
                        p.years.iter().map(|y| format_euro(f(y))).collect()
                    };
                let mut rows: Vec<(String, Vec<String>, bool)> = s
                    .care_forms
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.label.clone(), money(&|y| y.forms[i].cost), false))
                    .collect();
                rows.push((
                    if en { "Care cost" } else { "Zorgkosten" }.into(),
                    money(&|y| y.care_cost),
                    true,
                ));
                rows.push((
                    if en {
                        "Other expenses"
                    } else {
                        "Overige uitgaven"
                    }
                    .into(),
                    money(&|y| y.other_expenses),
                    false,
                ));
                rows.push((
                    if en { "Investments" } else { "Investeringen" }.into(),
                    money(&|y| y.investment_cost),
                    false,
                ));
                rows.push((
                    if en { "Total cost" } else { "Totale kosten" }.into(),
                    money(&|y| y.total_cost),
                    true,
                ));
                rows.push((
                    if en { "Income" } else { "Inkomsten" }.into(),
                    money(&|y| y.income),
                    true,
                ));
                rows.push((
                    if en {
                        "Balance (income - cost)"
                    } else {
                        "Saldo (inkomsten - kosten)"
                    }
                    .into(),
                    money(&|y| y.balance),
                    true,
                ));
                year_table(
                    if en {
                        "Cost and budget per year (EUR)"
                    } else {
                        "Kosten en begroting per jaar (€)"
                    }
                    .into(),
                    years_of(p),
                    rows,
                )
            })
        })
    };
    view! {
        <ChartFigure
            id="chart-kosten-titel"
            title=("Kosten tegenover begroting", "Cost against budget")
            svg=svg
            legend=Some(legend_items)
            stem="kosten"
        >
            {table}
        </ChartFigure>
    }
}

//! The charts column: cost stacked by care form against the budget, the
//! cumulative balance against the baseline, clients per group. Each chart has
//! an HTML legend and a table of its numbers.

mod draw;
mod palette;

use jeugdscenario_engine::nl::{format_euro, format_number};
use jeugdscenario_engine::projection::Projection;
use jeugdscenario_engine::scenario::{CareGroup, Scenario};
use jeugdscenario_engine::summary::Lang;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::features::scenarios::{download_svg_as_png, download_text, file_stem};
use crate::i18n::use_i18n;
use crate::state::use_state;
use draw::{Line, Marker, Panel, Series};
use palette::{css, form_colours, group_colour, INK, INVESTMENTS, OTHER_EXPENSES};

fn millions(v: Decimal) -> f64 {
    (v / Decimal::from(1_000_000)).to_f64().unwrap_or(0.0)
}

fn to_f64(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

#[component]
pub fn ChartsPanel() -> impl IntoView {
    view! {
        <CostChart />
        <BalanceChart />
        <ClientsChart />
    }
}

/// True while the browser prints: folded tables render for the report.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// A folded table that is only built while open (or printing), so a lever
/// move does not rebuild hidden tables.
#[component]
fn TableDetails(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let printing = use_context::<Printing>().map(|p| p.0);
    let open = RwSignal::new(false);
    let shown = move || open.get() || printing.is_some_and(|p| p.get());
    view! {
        <details
            class="chart__table"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{move || i18n.t("Toon tabel", "Show table")}</summary>
            <Show when=shown>{children()}</Show>
        </details>
    }
}

/// A legend entry: swatch (or line sample) and text.
#[derive(Clone, PartialEq)]
struct LegendItem {
    colour: String,
    label: String,
    kind: &'static str,
}

fn legend_list(items: Vec<LegendItem>) -> impl IntoView {
    view! {
        <ul class="legend">
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <li class="legend__item">
                            <span class=format!("legend__swatch legend__swatch--{}", item.kind) style=format!("--swatch: {}", item.colour)></span>
                            {item.label}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A table with years as columns; `rows` are (label, values, emphasised).
fn year_table(
    caption: String,
    years: Vec<i32>,
    rows: Vec<(String, Vec<String>, bool)>,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        {years.into_iter().map(|y| view! { <th scope="col">{y}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(label, values, strong)| {
                            view! {
                                <tr class:data-table__total=strong>
                                    <th scope="row">{label}</th>
                                    {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// "SVG" and "PNG" downloads of a chart, named after the scenario.
#[component]
fn ChartDownloads(svg: Memo<String>, stem: &'static str) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let name = move || {
        state
            .scenario
            .with_untracked(|s| format!("{}-{stem}", file_stem(&s.name)))
    };
    let as_svg = move |_| {
        let sized = svg.get_untracked().replacen(
            "<svg ",
            &format!(
                "<svg width=\"{}\" height=\"{}\" ",
                draw::WIDTH,
                draw::HEIGHT
            ),
            1,
        );
        let _ = download_text(&format!("{}.svg", name()), "image/svg+xml", &sized);
    };
    let as_png = move |_| {
        let _ = download_svg_as_png(
            format!("{}.png", name()),
            &svg.get_untracked(),
            draw::WIDTH,
            draw::HEIGHT,
        );
    };
    view! {
        <div class="chart__downloads">
            <button type="button" class="button button--quiet button--small" on:click=as_svg>
                {move || i18n.t("Download SVG", "Download SVG")}
            </button>
            <button type="button" class="button button--quiet button--small" on:click=as_png>
                {move || i18n.t("Download PNG", "Download PNG")}
            </button>
        </div>
    }
}

/// The frame every chart shares: title, the SVG, its legend, the table
/// (folded) and the downloads.
#[component]
fn ChartFigure(
    /// Id of the title, which names the figure.
    id: &'static str,
    /// Title in Dutch and English.
    title: (&'static str, &'static str),
    svg: Memo<String>,
    legend: Option<Memo<Vec<LegendItem>>>,
    /// File name part of the downloads: `<scenario>-<stem>.svg`.
    stem: &'static str,
    /// The chart's numbers as a table.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <figure class="chart" aria-labelledby=id>
            <figcaption>
                <h2 id=id>{move || i18n.t(title.0, title.1)}</h2>
            </figcaption>
            <div class="chart__body">
                <div class="chart__plot" inner_html=move || svg.get()></div>
                {legend.map(|items| move || legend_list(items.get()))}
            </div>
            <div class="chart__footer">
                <TableDetails>{children()}</TableDetails>
                <ChartDownloads svg=svg stem=stem />
            </div>
        </figure>
    }
}

fn years_of(p: &Projection) -> Vec<i32> {
    p.years.iter().map(|y| y.year).collect()
}

#[component]
fn CostChart() -> impl IntoView {
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
                colour: css(palette::GAP),
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

#[component]
fn BalanceChart() -> impl IntoView {
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

fn group_clients(s: &Scenario, p: &Projection, group: CareGroup) -> Vec<Decimal> {
    p.years
        .iter()
        .map(|y| {
            s.care_forms
                .iter()
                .zip(&y.forms)
                .filter(|(f, _)| f.group == group)
                .map(|(_, fy)| fy.avg_clients)
                .sum()
        })
        .collect()
}

fn group_label(group: CareGroup, en: bool) -> &'static str {
    if !en {
        return group.label_nl();
    }
    match group {
        CareGroup::Lokaal => "Local / free access",
        CareGroup::Ambulant => "Ambulant",
        CareGroup::Verblijf => "Residential",
        CareGroup::Jbjr => "Child protection and youth probation",
        CareGroup::Crisis => "Crisis",
    }
}

#[component]
fn ClientsChart() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let svg = Memo::new(move |_| {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                if p.years.is_empty() {
                    return String::new();
                }
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
                draw::small_multiples(
                    &years_of(p),
                    &panels,
                    if en {
                        "Average clients per group per year, one small chart per group"
                    } else {
                        "Gemiddeld aantal cliënten per groep per jaar, een kleine grafiek per groep"
                    },
                )
            })
        })
    });
    let table = move || {
        let en = i18n.get() == Lang::En;
        state.scenario.with(|s| {
            state.projection.with(|p| {
                let rows = CareGroup::ALL
                    .iter()
                    .map(|g| {
                        let values = group_clients(s, p, *g)
                            .into_iter()
                            .map(|v| format_number(v, 1))
                            .collect();
                        (group_label(*g, en).to_string(), values, false)
                    })
                    .collect();
                year_table(
                    if en {
                        "Average clients per group"
                    } else {
                        "Gemiddeld aantal cliënten per groep"
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
            id="chart-clienten-titel"
            title=("Cliënten per groep", "Clients per group")
            svg=svg
            legend=None
            stem="clienten"
        >
            {table}
        </ChartFigure>
    }
}

//! Het rapport: what "Afdrukken" (or Ctrl+P) prints, the same from every
//! tab: a title block with provenance and versions, the summary sentence,
//! the cards, the measures in words, the three main charts with their
//! tables, the targets, the waterfall, per municipality, the uncertainty
//! bands when computed, and the sources as an appendix. Built only while the
//! browser prints (`beforeprint` to `afterprint`); print.css hides everything else, so no
//! control is printed. The figures come from the engine's view models.

use jeugdscenario_engine::analysis::waterfall::{waterfall, Waterfall};
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::summary::{describe_levers, Headline};
use jeugdscenario_engine::view::report::{municipality_totals, title_block};
use jeugdscenario_engine::view::{headline_cards, source_rows};
use leptos::prelude::*;

use crate::browser;
use crate::features::analysis::UncertaintyReport;
use crate::features::charts::{ChartsPanel, InReport};
use crate::features::targets::{use_target_rows, TargetsTable};
use crate::i18n::use_i18n;
use crate::state::use_state;

/// Whether the page is being printed: the report is built on `beforeprint`
/// (Afdrukken, Ctrl+P, the browser's menu) and dropped on `afterprint`.
pub fn follow_printing() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| set_printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| set_printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    printing
}

#[component]
pub fn Report() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    provide_context(InReport);
    // Each computed once per print, read by the parts that show them.
    let block = Memo::new(move |_| {
        state
            .scenario
            .with(|s| title_block(s, browser::build_version().as_deref()))
    });
    let cumulative = Memo::new(move |_| state.scenario.with(|s| waterfall(s, Measure::Cumulative)));
    let has_targets = move || state.scenario.with(|s| !s.targets.is_empty());
    let has_municipalities = move || state.scenario.with(|s| !s.municipalities.is_empty());
    view! {
        <article class="report" aria-labelledby="rapport-titel">
            <PageMargins />
            <header class="report__head">
                <p class="report__product">{move || i18n.t("Jeugdhulp scenarioplanner: rapport", "Youth care scenario planner: report")}</p>
                <h1 id="rapport-titel">{move || block.with(|b| b.name.clone())}</h1>
                <p class="report__horizon">{move || block.with(|b| b.horizon.clone())}</p>
                <p class="report__provenance">{move || block.with(|b| i18n.show(&b.provenance))}</p>
                <p class="report__meta">
                    {move || format!("{}{} · {}", i18n.t("Afgedrukt op ", "Printed on "), today(), block.with(|b| i18n.show(&b.versions)))}
                </p>
            </header>
            <p class="report__summary print-summary">
                {move || cumulative.with(|w| i18n.show(&w.sentence()))}
            </p>
            <ReportCards />
            <section class="report__section" aria-labelledby="rapport-maatregelen">
                <h2 id="rapport-maatregelen">{move || i18n.t("Maatregelen in woorden", "Measures in words")}</h2>
                <MeasuresList />
            </section>
            <ChartsPanel />
            <Show when=has_targets>
                <section class="report__section print-targets" aria-labelledby="rapport-doelen">
                    <h2 id="rapport-doelen">{move || i18n.t("Doelen", "Targets")}</h2>
                    <TargetsTable rows=use_target_rows() labelled_by="rapport-doelen" />
                </section>
            </Show>
            <WaterfallTable result=cumulative />
            <Show when=has_municipalities>
                <MunicipalityTable />
            </Show>
            <UncertaintyReport />
            <SourcesAppendix />
        </article>
    }
}

/// Page numbers and the scenario's name on every page, in the page margins
/// (CSS margin boxes; the name as a CSS string, escaped).
#[component]
fn PageMargins() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let css = move || {
        let (page, of) = (i18n.t("pagina ", "page "), i18n.t(" van ", " of "));
        let name = state.scenario.with(|s| css_string(&s.name));
        format!(
            "@page {{ @top-left {{ content: {name}; }} @bottom-right {{ content: \"{page}\" counter(page) \"{of}\" counter(pages); }} }}"
        )
    };
    view! { <style>{css}</style> }
}

/// A CSS string literal holding `text` and nothing else: every character
/// but letters, digits and spaces as a hexadecimal escape.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}-{:02}-{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// The four headline cards as the screen shows them, in words.
#[component]
fn ReportCards() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    move || {
        let cards = state.projection.with(|p| {
            state
                .baseline
                .with(|b| Headline::of_projections(p, b).map(|h| headline_cards(&h)))
        })?;
        Some(view! {
            <section class="report__cards" aria-label=i18n.t("Kerncijfers", "Headline figures")>
                {cards.into_iter().map(|c| view! {
                    <div class="report-card" data-testid=format!("rapport-kaart-{}", c.id)>
                        <h2 class="report-card__title">{i18n.show(&c.title)}</h2>
                        <p class="report-card__figure">{c.figure}</p>
                        <p class="report-card__sentence">{i18n.show(&c.sentence)}</p>
                    </div>
                }).collect_view()}
            </section>
        })
    }
}

#[component]
fn MeasuresList() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    move || {
        let lines = state.scenario.with(describe_levers);
        if lines.is_empty() {
            return view! {
                <p>{i18n.t("Geen maatregelen: het scenario is gelijk aan de basislijn.", "No measures: the scenario equals the baseline.")}</p>
            }
            .into_any();
        }
        view! { <ul>{lines.into_iter().map(|l| view! { <li>{i18n.show(&l)}</li> }).collect_view()}</ul> }
            .into_any()
    }
}

/// Why the cumulative balance changes: baseline, each lever alone, their
/// interaction and the scenario, adding up to the cent.
#[component]
fn WaterfallTable(result: Memo<Waterfall>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        result.with(|w| {
            w.rows()
                .into_iter()
                .map(|row| {
                    let amount = if row.total || row.amount.is_sign_negative() {
                        format_euro(row.amount)
                    } else {
                        format!("+{}", format_euro(row.amount))
                    };
                    view! {
                        <tr class:data-table__total=row.total>
                            <th scope="row">{i18n.show(&row.label)}</th>
                            <td>{amount}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="report__section" aria-labelledby="rapport-waterval">
            <h2 id="rapport-waterval">{move || i18n.t("Waarom verandert het cumulatief saldo?", "Why does the cumulative balance change?")}</h2>
            <table class="data-table report__narrow">
                <thead><tr>
                    <th scope="col">{move || i18n.t("Onderdeel", "Part")}</th>
                    <th scope="col">{move || i18n.t("Cumulatief saldo", "Cumulative balance")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="report__note">{move || i18n.t(
                "Elke knop apart: alleen die knop aan, de rest uit. Het verschil met alle knoppen samen staat als 'Samenspel van de knoppen' apart, zodat alles precies optelt.",
                "Each lever alone: that lever on, the others off. The difference with all levers together is shown as its own row, so everything adds up exactly.",
            )}</p>
        </section>
    }
}

/// Per municipality over the whole horizon: its part of the cost, cost,
/// income and balance.
#[component]
fn MunicipalityTable() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let horizon = move || {
        state
            .scenario
            .with(|s| format!("{}–{}", s.base_year, s.last_year()))
    };
    let rows = move || {
        state.scenario.with(|s| {
            state.projection.with(|p| {
                municipality_totals(s, p)
                    .into_iter()
                    .map(|r| {
                        let total = r.total;
                        view! {
                            <tr class:data-table__total=total>
                                <th scope="row">{if total { i18n.t("Totaal", "Total").to_string() } else { r.name }}</th>
                                <td>{r.cost_share}</td>
                                <td>{r.cost}</td>
                                <td>{r.income}</td>
                                <td>{r.balance}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="report__section" aria-labelledby="rapport-gemeenten">
            <h2 id="rapport-gemeenten">{move || format!("{} {}", i18n.t("Per gemeente, opgeteld over", "Per municipality, summed over"), horizon())}</h2>
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{move || i18n.t("Gemeente", "Municipality")}</th>
                    <th scope="col">{move || i18n.t("Deel van de kosten", "Part of the cost")}</th>
                    <th scope="col">{move || i18n.t("Kosten", "Cost")}</th>
                    <th scope="col">{move || i18n.t("Inkomsten", "Income")}</th>
                    <th scope="col">{move || i18n.t("Saldo", "Balance")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// Bijlage: every figure of the scenario with its source.
#[component]
fn SourcesAppendix() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let rows = move || {
        state.scenario.with(|s| {
            state.origin.with(|o| {
                source_rows(s, o)
                    .into_iter()
                    .map(|r| {
                        view! {
                            <tr>
                                <th scope="row">{r.item}</th>
                                <td>{i18n.show(&r.field)}</td>
                                <td>{r.value}</td>
                                <td>{r.source}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="report__section report__appendix" aria-labelledby="rapport-bronnen">
            <h2 id="rapport-bronnen">{move || i18n.t("Bijlage: bronnen", "Appendix: sources")}</h2>
            <p class="report__note">{move || i18n.t(
                "Elk cijfer van dit scenario met zijn bron. 'aanname' betekent: geen bron, een aanname.",
                "Every figure of this scenario with its source. 'aanname' means an assumption.",
            )}</p>
            <table class="data-table sources-table">
                <thead><tr>
                    <th scope="col">{move || i18n.t("Onderdeel", "Item")}</th>
                    <th scope="col">{move || i18n.t("Gegeven", "Figure")}</th>
                    <th scope="col">{move || i18n.t("Waarde", "Value")}</th>
                    <th scope="col">{move || i18n.t("Bron", "Source")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn a_name_becomes_a_css_string_that_cannot_end_early() {
        assert_eq!(css_string("Plan A"), "\"Plan A\"");
        assert_eq!(css_string("a\"b"), "\"a\\22 b\"");
        assert_eq!(
            css_string("x;}</style>"),
            "\"x\\3b \\7d \\3c \\2f style\\3e \""
        );
        assert_eq!(css_string("é"), "\"é\"");
    }
}

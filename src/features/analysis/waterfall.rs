//! Waarom verandert het saldo? Baseline, each lever alone, the interaction,
//! the scenario: bars that add up, with the amounts beside them.

use jeugdscenario_engine::analysis::waterfall::waterfall;
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::Text;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::i18n::use_i18n;
use crate::state::use_state;

/// One bar: from `start` to `end` on the measure's scale.
#[derive(Clone, PartialEq)]
struct Bar {
    label: Text,
    amount: Decimal,
    start: Decimal,
    end: Decimal,
    /// Baseline and scenario stand on zero; the steps float.
    total: bool,
}

#[component]
pub fn WaterfallPanel(measure: RwSignal<Measure>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // Cheap (one projection per lever): follows every lever move.
    let result = Memo::new(move |_| state.scenario.with(|s| waterfall(s, measure.get())));
    let bars = Memo::new(move |_| {
        result.with(|w| {
            let mut level = Decimal::ZERO;
            w.rows()
                .into_iter()
                .map(|row| {
                    // Totals stand on zero; a step floats from the level before.
                    let start = if row.total { Decimal::ZERO } else { level };
                    let end = start + row.amount;
                    level = end;
                    Bar {
                        label: row.label,
                        amount: row.amount,
                        start,
                        end,
                        total: row.total,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // Positions as percentages of the span from the lowest to the highest point (and zero).
    let scale = move || {
        bars.with(|bars| {
            let points = bars
                .iter()
                .flat_map(|b| [b.start, b.end])
                .chain([Decimal::ZERO]);
            let (lo, hi) = points.fold((Decimal::MAX, Decimal::MIN), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
            (lo, (hi - lo).max(Decimal::ONE))
        })
    };
    let position = move |v: Decimal| {
        let (lo, span) = scale();
        ((v - lo) / span * Decimal::ONE_HUNDRED)
            .to_f64()
            .unwrap_or(0.0)
    };
    view! {
        <section class="analysis-part" aria-labelledby="waterval-titel">
            <h3 id="waterval-titel">{move || i18n.t("Waarom verandert het saldo?", "Why does the balance change?")}</h3>
            <p class="analysis-sentence" data-testid="samenvatting">{move || result.with(|w| i18n.show(&w.sentence()))}</p>
            <div class="table-wrap" tabindex="0">
                <table class="data-table waterfall">
                    <caption>{move || result.with(|w| format!("{} {}", i18n.t("Van basislijn naar scenario:", "From baseline to scenario:"), i18n.show(&w.measure.label())))}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t("Onderdeel", "Part")}</th>
                            <th scope="col">{move || i18n.t("Bedrag", "Amount")}</th>
                            <th scope="col"><span class="visually-hidden">{move || i18n.t("Balk", "Bar")}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || bars.get().into_iter().map(|bar| {
                            let (a, b) = (position(bar.start), position(bar.end));
                            let (left, width) = (a.min(b), (a - b).abs().max(0.4));
                            let sign = if bar.total { "total" } else if bar.amount < Decimal::ZERO { "down" } else { "up" };
                            let shown = if bar.total || bar.amount < Decimal::ZERO {
                                format_euro(bar.amount)
                            } else {
                                format!("+{}", format_euro(bar.amount))
                            };
                            view! {
                                <tr class:data-table__total=bar.total>
                                    <th scope="row">{i18n.show(&bar.label)}</th>
                                    <td>{shown}</td>
                                    <td class="waterfall__track" aria-hidden="true">
                                        <span
                                            class=format!("waterfall__bar waterfall__bar--{sign}")
                                            style=format!("left: {}%; width: {}%", crate::fixed::fixed(left, 2), crate::fixed::fixed(width, 2))
                                        ></span>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="panel__hint">
                {move || i18n.t(
                    "Elke knop apart: alleen die knop aan, de rest uit. Samen werken knoppen anders dan los opgeteld; dat verschil staat als 'Samenspel van de knoppen' apart, zodat alles precies optelt.",
                    "Each lever alone: that lever on, the others off. Together levers act differently from their sum; that difference is shown as its own bar, so everything adds up exactly.",
                )}
            </p>
        </section>
    }
}

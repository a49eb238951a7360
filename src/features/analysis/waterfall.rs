//! Waarom verandert het saldo? Baseline, each lever alone, the interaction,
//! the scenario: bars that add up, with the amounts beside them.

use jeugdscenario_engine::analysis::waterfall::waterfall;
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::view::chart::{waterfall_bars, BarKind};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::{Hint, Section};

#[component]
pub fn WaterfallPanel(measure: RwSignal<Measure>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // Cheap (one projection per lever): follows every lever move.
    let result = Memo::new(move |_| state.scenario.with(|s| waterfall(s, measure.get())));
    let bars = Memo::new(move |_| result.with(waterfall_bars));
    view! {
        <Section id="waterval-titel" class="analysis-part" title=("Waarom verandert het saldo?", "Why does the balance change?") sub=true>
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
                            let shown = if bar.kind == BarKind::Up {
                                format!("+{}", format_euro(bar.row.amount))
                            } else {
                                format_euro(bar.row.amount)
                            };
                            view! {
                                <tr class:data-table__total=bar.row.total>
                                    <th scope="row">{i18n.show(&bar.row.label)}</th>
                                    <td>{shown}</td>
                                    <td class="waterfall__track" aria-hidden="true">
                                        <span
                                            class=format!("waterfall__bar waterfall__bar--{}", bar.kind.class())
                                            style=format!("left: {}%; width: {}%", bar.left, bar.width)
                                        ></span>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Hint
                nl="Elke knop apart: alleen die knop aan, de rest uit. Samen werken knoppen anders dan los opgeteld; dat verschil staat als 'Samenspel van de knoppen' apart, zodat alles precies optelt."
                en="Each lever alone: that lever on, the others off. Together levers act differently from their sum; that difference is shown as its own bar, so everything adds up exactly."
            />
        </Section>
    }
}

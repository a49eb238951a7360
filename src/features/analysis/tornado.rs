//! Gevoeligheid: each key knob moved down and up by a step, sorted by effect,
//! the amounts beside the bars. Computed on request (one projection per
//! end of every knob), so a lever move elsewhere stays quick.

use jeugdscenario_engine::analysis::sensitivity::{sensitivity, Sensitivity};
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::nl::{format_euro, parse_number};
use jeugdscenario_engine::{Scenario, Text};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::features::levers::{unique_id, ErrorMessage};
use crate::i18n::use_i18n;
use crate::state::use_state;

/// How many rows show before "Toon alle".
const FIRST_ROWS: usize = 12;

fn signed(v: Decimal) -> String {
    if v > Decimal::ZERO {
        format!("+{}", format_euro(v))
    } else {
        format_euro(v)
    }
}

#[component]
pub fn TornadoPanel(measure: RwSignal<Measure>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let step_text = RwSignal::new("10".to_string());
    let error = RwSignal::new(None::<Text>);
    let result = RwSignal::new(None::<(Scenario, Sensitivity)>);
    let show_all = RwSignal::new(false);
    let step_id = unique_id("stap");
    let compute = move |_| {
        let text = step_text.get_untracked();
        let step = match parse_number(&text) {
            Some(p) if p > Decimal::ZERO && p <= Decimal::ONE_HUNDRED => p / Decimal::ONE_HUNDRED,
            _ => {
                error.set(Some(Text::new(
                    format!("\"{text}\" is geen stap: kies een percentage boven 0 en hooguit 100."),
                    format!("\"{text}\" is no step: choose a percentage above 0 and at most 100."),
                )));
                return;
            }
        };
        error.set(None);
        let scenario = state.scenario.get_untracked();
        let computed = sensitivity(&scenario, measure.get_untracked(), step);
        result.set(Some((scenario, computed)));
    };
    let stale = move || {
        result.with(|r| {
            r.as_ref().is_some_and(|(s, computed)| {
                state.scenario.with(|now| now != s) || computed.measure != measure.get()
            })
        })
    };
    let rows = move || {
        result.with(|r| {
            let Some((_, computed)) = r else { return Vec::new() };
            let base = computed.base;
            let widest = computed.swings.first().map_or(Decimal::ONE, |w| w.span(base)).max(Decimal::ONE);
            computed
                .swings
                .iter()
                .take(if show_all.get() { usize::MAX } else { FIRST_ROWS })
                .map(|w| {
                    let (down, up) = w.effects(base);
                    let width = |v: Decimal| (v.abs() / widest * Decimal::ONE_HUNDRED).to_f64().unwrap_or(0.0);
                    let refused = Text::new("geweigerd", "refused");
                    let down_text = if w.low.is_some() { signed(down) } else { i18n.show(&refused) };
                    let up_text = if w.high.is_some() { signed(up) } else { i18n.show(&refused) };
                    view! {
                        <tr>
                            <th scope="row">{i18n.show(&w.knob.full_label())}</th>
                            <td>{down_text}</td>
                            <td>{up_text}</td>
                            <td class="tornado__track" aria-hidden="true">
                                <span class="tornado__bar tornado__bar--down" class:tornado__bar--worse=down < Decimal::ZERO
                                    style=format!("width: {:.2}%", width(down))></span>
                                <span class="tornado__bar tornado__bar--up" class:tornado__bar--worse=up < Decimal::ZERO
                                    style=format!("width: {:.2}%", width(up))></span>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let count = move || result.with(|r| r.as_ref().map_or(0, |(_, c)| c.swings.len()));
    view! {
        <section class="analysis-part" aria-labelledby="gevoeligheid-titel">
            <h3 id="gevoeligheid-titel">{move || i18n.t("Gevoeligheid", "Sensitivity")}</h3>
            <p class="panel__hint">
                {move || i18n.t(
                    "Elke knop en elke belangrijke aanname (groei, prijsindex, duur, tarief, terugval) een stap omlaag en omhoog, binnen het toegestane bereik. Bovenaan wat het zwaarst weegt.",
                    "Each lever and key assumption (growth, price index, duration, tariff, relapse) a step down and up, within its allowed range. What weighs most is on top.",
                )}
            </p>
            <div class="add-row">
                <div class="field">
                    <label for=step_id.clone()>{move || i18n.t("Stap (% van de waarde)", "Step (% of the value)")}</label>
                    <input type="text" inputmode="decimal" id=step_id class="lever__number"
                        prop:value=move || step_text.get()
                        on:change=move |ev| step_text.set(event_target_value(&ev)) />
                </div>
                <button type="button" class="button" on:click=compute>
                    {move || i18n.t("Gevoeligheid berekenen", "Compute sensitivity")}
                </button>
                <ErrorMessage error=error />
            </div>
            <Show when=stale>
                <p class="notice notice--info" role="status">
                    {move || i18n.t("Het scenario of de maat is veranderd sinds deze berekening; bereken opnieuw.", "The scenario or measure changed since this was computed; compute again.")}
                </p>
            </Show>
            <Show when=move || { count() > 0 }>
                <div class="table-wrap" tabindex="0">
                    <table class="data-table tornado">
                        <caption>{move || result.with(|r| r.as_ref().map(|(_, c)| format!(
                            "{} {} ({} {})",
                            i18n.t("Effect op het", "Effect on the"),
                            i18n.show(&c.measure.label()),
                            i18n.t("nu", "now"),
                            format_euro(c.base),
                        )))}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.t("Knop of aanname", "Lever or assumption")}</th>
                                <th scope="col">{move || result.with(|r| r.as_ref().map(|(_, c)| format!("{} {}%", i18n.t("Omlaag", "Down"), (c.step * Decimal::ONE_HUNDRED).normalize())))}</th>
                                <th scope="col">{move || result.with(|r| r.as_ref().map(|(_, c)| format!("{} {}%", i18n.t("Omhoog", "Up"), (c.step * Decimal::ONE_HUNDRED).normalize())))}</th>
                                <th scope="col"><span class="visually-hidden">{move || i18n.t("Balken", "Bars")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Show when=move || { !show_all.get() && count() > FIRST_ROWS }>
                    <button type="button" class="button button--quiet" on:click=move |_| show_all.set(true)>
                        {move || format!("{} ({})", i18n.t("Toon alle", "Show all"), count())}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

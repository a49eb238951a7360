//! Gevoeligheid: each key knob moved down and up by a step, sorted by effect,
//! the amounts beside the bars, the plan's choices apart from the
//! assumptions, and the values tried in each row. Computed on request (one
//! projection per end of every knob), so a lever move elsewhere stays quick.

use jeugdscenario_engine::analysis::fields::step_field;
use jeugdscenario_engine::analysis::sensitivity::{sensitivity, Sensitivity, Swing};
use jeugdscenario_engine::analysis::Measure;
use jeugdscenario_engine::nl::format_euro;
use jeugdscenario_engine::view::chart::tornado_widths;
use jeugdscenario_engine::{Scenario, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::{ErrorMessage, NumberField, Section};

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
    let compute = move |_| {
        let text = step_text.get_untracked();
        let step = match step_field().parse(&text) {
            Ok(step) => step,
            Err(problem) => return error.set(Some(problem)),
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
    view! {
        <Section id="gevoeligheid-titel" class="analysis-part" title=("Gevoeligheid", "Sensitivity")
            hint=(
                "Elke knop en elke belangrijke aanname (groei, prijsindex, duur, tarief, terugval) een stap omlaag en omhoog: een percentage van de huidige waarde, binnen het toegestane bereik. Bovenaan wat het zwaarst weegt.",
                "Each lever and key assumption (growth, price index, duration, tariff, relapse) a step down and up: a percentage of the current value, within its allowed range. What weighs most is on top.",
            ) sub=true>
            <div class="add-row">
                <NumberField label=("Stap (% van de waarde)", "Step (% of the value)") value=step_text />
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
            {move || result.get().filter(|(_, c)| !c.swings.is_empty()).map(|(_, computed)| view! { <Swings computed=computed /> })}
        </Section>
    }
}

/// The result: what is measured at which step, the legend, a table for the
/// plan's choices and one for the assumptions (bars on one scale across
/// both), the first rows of each until "Toon alle".
#[component]
fn Swings(computed: Sensitivity) -> impl IntoView {
    let i18n = use_i18n();
    let show_all = RwSignal::new(false);
    let count = computed.swings.len();
    let choices = computed.swings.iter().filter(|w| w.is_choice()).count();
    let longest = choices.max(count - choices);
    let computed = StoredValue::new(computed);
    // Closures, so a change of language redraws the words.
    let heading = move || {
        computed.with_value(|c| {
            format!(
                "{} {} ({} {}) {} {}",
                i18n.t("Effect op het", "Effect on the"),
                i18n.show(&c.measure.label()),
                i18n.t("nu", "now"),
                format_euro(c.base),
                i18n.t("bij", "at"),
                i18n.show(&c.heading()),
            )
        })
    };
    view! {
        <h4 class="tornado__heading">{heading}</h4>
        {move || computed.with_value(legend)}
        {move || computed.with_value(|c| swing_table(c, true, show_all.get()))}
        {move || computed.with_value(|c| swing_table(c, false, show_all.get()))}
        <Show when=move || { !show_all.get() && longest > FIRST_ROWS }>
            <button type="button" class="button button--quiet" on:click=move |_| show_all.set(true)>
                {move || format!("{} ({count})", i18n.t("Toon alle", "Show all"))}
            </button>
        </Show>
    }
}

/// What the bars stand for, by place and pattern, never by colour alone.
fn legend(c: &Sensitivity) -> impl IntoView {
    let i18n = use_i18n();
    let [down, up] = c.legend();
    view! {
        <ul class="tornado__legend">
            <li><span class="tornado__key tornado__key--down" aria-hidden="true"></span>{format!("{} {}", i18n.show(&down), i18n.t("(balk links van de middenlijn)", "(bar left of the centre line)"))}</li>
            <li><span class="tornado__key tornado__key--up" aria-hidden="true"></span>{format!("{} {}", i18n.show(&up), i18n.t("(balk rechts van de middenlijn)", "(bar right of the centre line)"))}</li>
            <li><span class="tornado__key tornado__bar--worse" aria-hidden="true"></span>{i18n.t("Gestreept: het saldo wordt lager; effen: hoger.", "Hatched: the balance gets lower; plain: higher.")}</li>
        </ul>
    }
}

/// The plan's choices (levers) or the assumptions (data and trends), most
/// weighty first.
fn swing_table(computed: &Sensitivity, choices: bool, show_all: bool) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let base = computed.base;
    let group: Vec<&Swing> = computed
        .swings
        .iter()
        .filter(|w| w.is_choice() == choices)
        .collect();
    if group.is_empty() {
        return None;
    }
    let rows = group
        .into_iter()
        .take(if show_all { usize::MAX } else { FIRST_ROWS })
        .map(|w| {
            let (down, up) = w.effects(base);
            let (down_width, up_width) = tornado_widths(computed, w);
            let refused = Text::new("geweigerd", "refused");
            let down_text = if w.low.is_some() { signed(down) } else { i18n.show(&refused) };
            let up_text = if w.high.is_some() { signed(up) } else { i18n.show(&refused) };
            view! {
                <tr>
                    <th scope="row">{i18n.show(&w.knob.full_label())}<span class="tornado__values">{w.tried()}</span></th>
                    <td>{down_text}</td>
                    <td>{up_text}</td>
                    <td class="tornado__track" aria-hidden="true">
                        <span class="tornado__bar tornado__bar--down" class:tornado__bar--worse=down < Decimal::ZERO
                            style=format!("width: {down_width}%")></span>
                        <span class="tornado__bar tornado__bar--up" class:tornado__bar--worse=up < Decimal::ZERO
                            style=format!("width: {up_width}%")></span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let (caption, first) = if choices {
        (
            i18n.t(
                "Keuzes: de knoppen van het plan",
                "Choices: the plan's levers",
            ),
            i18n.t("Knop", "Lever"),
        )
    } else {
        (
            i18n.t(
                "Aannames: gegevens en trends",
                "Assumptions: data and trends",
            ),
            i18n.t("Aanname", "Assumption"),
        )
    };
    let p = computed.percent();
    Some(view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table tornado">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col">{format!("{} -{p}%", i18n.t("Omlaag", "Down"))}</th>
                        <th scope="col">{format!("{} +{p}%", i18n.t("Omhoog", "Up"))}</th>
                        <th scope="col"><span class="visually-hidden">{i18n.t("Balken", "Bars")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

//! One lever control: a visible label, a slider and a number field that stay
//! in sync, and a Dutch message when a typed value is refused.

use std::sync::atomic::{AtomicUsize, Ordering};

use jeugdscenario_engine::nl::{format_number, parse_number};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::i18n::{use_i18n, Message};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A unique id for label/for and aria links.
pub fn unique_id(stem: &str) -> String {
    format!("{stem}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// Slider plus number field for one value in display units (percent, years,
/// euros). `on_change` applies a value and returns a Dutch message when the
/// scenario refuses it (e.g. shares from one form above 100%).
#[component]
pub fn LeverControl(
    /// Visible label, read by screen readers for both inputs.
    #[prop(into)]
    label: Signal<String>,
    /// Current value in display units.
    #[prop(into)]
    value: Signal<Decimal>,
    min: Decimal,
    max: Decimal,
    step: Decimal,
    /// Unit after the number field: "%", "jaar", "€".
    #[prop(into)]
    unit: String,
    /// Decimals shown in the number field.
    #[prop(default = 1)]
    decimals: u32,
    /// Slider or only a number field (money amounts have no useful slider).
    #[prop(default = true)]
    slider: bool,
    on_change: Callback<Decimal, Result<(), Message>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("lever");
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<Message>);
    // Money keeps its thousands dots; percentages and years read plainly.
    let grouped = unit == "€";
    let show = move |v: Decimal| {
        let text = format_number(v, decimals);
        if grouped {
            text
        } else {
            text.replace('.', "")
        }
    };

    let apply = move |v: Decimal| match on_change.run(v) {
        Ok(()) => error.set(None),
        Err(message) => error.set(Some(message)),
    };
    let unit_nl = unit_word(&unit).to_string();
    // Bounds read as people say them: "0 tot en met 100", not "0,0 tot en met 100,0".
    let bound = move |v: Decimal| show(v.normalize()).trim_end_matches(",0").to_string();
    let on_typed = move |text: String| match parse_number(&text) {
        None => error.set(Some(Message::new(
            format!(
                "\"{text}\" is geen getal. Typ bijvoorbeeld {}.",
                show(min.max(Decimal::ZERO))
            ),
            format!("\"{text}\" is not a number."),
        ))),
        Some(v) if v < min || v > max => error.set(Some(Message::new(
            format!(
                "Kies een waarde van {} tot en met {} {unit_nl}.",
                bound(min),
                bound(max)
            ),
            format!("Choose a value from {} to {}.", bound(min), bound(max)),
        ))),
        Some(v) => apply(v),
    };
    let unit_text = unit.clone();

    view! {
        <div class="lever" class:lever--error=move || error.with(Option::is_some)>
            <label class="lever__label" id=label_id.clone() for=format!("{id}-range")>
                {move || label.get()}
            </label>
            <div class="lever__row">
                {slider.then(|| view! {
                    <input
                        type="range"
                        class="lever__range"
                        id=format!("{id}-range")
                        min=min.to_string()
                        max=max.to_string()
                        step=step.to_string()
                        prop:value=move || value.get().to_string()
                        aria-valuetext=move || format!("{} {}", show(value.get()), unit_text)
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<Decimal>() {
                                apply(v);
                            }
                        }
                    />
                })}
                <input
                    type="text"
                    inputmode="decimal"
                    class="lever__number"
                    id=format!("{id}-number")
                    aria-labelledby=label_id.clone()
                    aria-describedby=error_id.clone()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    prop:value=move || show(value.get())
                    on:change=move |ev| on_typed(event_target_value(&ev))
                />
                <span class="lever__unit">{unit.clone()}</span>
            </div>
            <p class="lever__error" id=error_id role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
        </div>
    }
}

fn unit_word(unit: &str) -> &str {
    match unit {
        "jaar" => "jaar",
        "%" => "procent",
        "€" => "euro",
        other => other,
    }
}

/// The first problem's message in both languages, for `on_change` results.
pub fn first_message(problems: &[jeugdscenario_engine::Problem]) -> Message {
    problems
        .first()
        .map(|p| Message::new(p.message_nl.clone(), p.message_en.clone()))
        .unwrap_or_else(|| Message::new("", ""))
}

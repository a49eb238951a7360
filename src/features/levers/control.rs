//! One generic control for any knob: a visible label, a slider (where one
//! helps) and a number field that stay in sync. Label, unit, bounds and step
//! come from the engine's knob; every change is an engine edit, and a refused
//! value leaves the scenario as it was and shows the Dutch message here.

use jeugdscenario_engine::knobs::{Knob, LeverField, LeverList};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{unique_id, PinSlot};

/// A number in display units as the control shows it.
fn show(knob: &Knob, display: Decimal) -> String {
    knob.format(knob.to_stored(display))
}

/// The control of the knob at `address`. It shows nothing once the knob is
/// gone (its lever removed), until the panel drops it.
#[component]
pub fn KnobControl(
    /// Which number this control moves.
    address: Address,
    /// Another label than the knob's own, for a list outside its panel
    /// (workshop mode names what the knob belongs to).
    #[prop(optional)]
    label: Option<Text>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let address = StoredValue::new(address);
    // A memo: a lever move elsewhere re-renders only controls whose own knob
    // changed (value, bounds or label).
    let knob = Memo::new(move |_| state.scenario.with(|s| address.with_value(|a| s.knob(a))));
    let id = unique_id("lever");
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    let range_id = format!("{id}-range");
    let error = RwSignal::new(None::<Text>);

    let apply = move |stored: Decimal| {
        let edit = Edit::set(address.get_value(), stored);
        error.set(state.apply(edit).err());
    };
    let on_typed = move |text: String| {
        let Some(k) = knob.get_untracked() else {
            return;
        };
        match k.parse_typed(&text) {
            Ok(stored) => apply(stored),
            Err(problem) => error.set(Some(problem)),
        }
    };
    let display = move || knob.with(|k| k.as_ref().map(|k| (k.to_display(k.value), k.clone())));
    let label_text = move || match &label {
        Some(text) => i18n.show(text),
        None => knob.with(|k| k.as_ref().map(|k| i18n.show(&k.label)).unwrap_or_default()),
    };
    // A pin for workshop mode beside the numbers a room moves; timing
    // (start year, ramp) stays with its lever.
    let timing = address.with_value(|a| {
        matches!(
            a,
            Address::Lever {
                field: LeverField::StartYear | LeverField::RampYears,
                ..
            }
        )
    });
    let pin = (!timing)
        .then(|| PinSlot::beside(address.get_value()))
        .flatten();
    // Its own memo, so a moving value never rebuilds the slider under the
    // user's pointer.
    let has_slider = Memo::new(move |_| knob.with(|k| k.as_ref().is_some_and(|k| k.slider)));
    let slider = move || {
        has_slider.get().then(|| {
            let attr = move |f: fn(&Knob) -> Decimal| {
                move || knob.with(|k| k.as_ref().map(|k| k.to_display(f(k)).normalize().to_string()))
            };
            view! {
                <input
                    type="range"
                    class="lever__range"
                    id=range_id.clone()
                    data-knob=move || knob.with(|k| k.as_ref().map(|k| k.address.to_string()))
                    min=attr(|k| k.bounds.min)
                    max=attr(|k| k.bounds.max)
                    step=attr(|k| k.bounds.step)
                    prop:value=move || display().map(|(v, _)| v.to_string()).unwrap_or_default()
                    aria-valuetext=move || display().map(|(v, k)| format!("{} {}", show(&k, v), i18n.show(&k.unit.symbol_text()))).unwrap_or_default()
                    on:input=move |ev| {
                        if let (Ok(v), Some(k)) = (event_target_value(&ev).parse::<Decimal>(), knob.get_untracked()) {
                            state.drag_knob_in_frame(address.get_value(), k.to_stored(v), error);
                        }
                    }
                />
            }
        })
    };

    view! {
        <div class="lever" class:lever--error=move || error.with(Option::is_some)>
            <div class="lever__head">
            <label
                class="lever__label"
                id=label_id.clone()
                for={
                    let id = id.clone();
                    move || if has_slider.get() { format!("{id}-range") } else { format!("{id}-number") }
                }
            >
                {label_text}
            </label>
                {pin}
            </div>
            <div class="lever__row">
                {slider}
                <input
                    type="text"
                    inputmode="decimal"
                    class="lever__number"
                    id=format!("{id}-number")
                    aria-labelledby=label_id.clone()
                    aria-describedby=error_id.clone()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    prop:value=move || display().map(|(v, k)| show(&k, v)).unwrap_or_default()
                    on:change=move |ev| on_typed(event_target_value(&ev))
                />
                <span class="lever__unit">{move || knob.with(|k| k.as_ref().map(|k| i18n.show(&k.unit.symbol_text())))}</span>
            </div>
            <p class="lever__error" id=error_id role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
        </div>
    }
}

/// Start year and ramp of a lever.
pub fn timing_knobs(list: LeverList, id: &str) -> impl IntoView {
    let start = Address::lever(list, id, LeverField::StartYear);
    let ramp = Address::lever(list, id, LeverField::RampYears);
    view! {
        <div class="lever-timing">
            <KnobControl address=start />
            <KnobControl address=ramp />
        </div>
    }
}

/// Share, relapse, start year and ramp of a lever that moves inflow
/// elsewhere (a substitution rule or afschalen verblijf).
pub fn inflow_knobs(list: LeverList, id: &str) -> impl IntoView {
    let share = Address::lever(list, id, LeverField::Share);
    let relapse = Address::lever(list, id, LeverField::Relapse);
    view! {
        <KnobControl address=share />
        <KnobControl address=relapse />
        {timing_knobs(list, id)}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jeugdscenario_engine::example::voorbeeldregio;

    fn knob(text: &str) -> Knob {
        voorbeeldregio().knob(&text.parse().unwrap()).unwrap()
    }

    #[test]
    fn money_keeps_its_thousands_dots_and_years_do_not() {
        let k = knob("budget_lines.rijksbijdrage.base_amount");
        assert_eq!(show(&k, Decimal::from(190_000_000)), "190.000.000");
        let k = knob("levers.form_changes.korter-verblijf.start_year");
        assert_eq!(show(&k, Decimal::from(2027)), "2027");
    }
}

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
    // A move elsewhere re-renders only controls whose own value changed; the
    // knob's description (label, unit, bounds) is read again only when the
    // scenario changed otherwise (`AppState::reshaped`): on the scenario at
    // the format's limits, describing all 1,500 lever knobs on every move
    // was most of a move's work.
    let value = Memo::new(move |_| {
        state
            .scenario
            .with(|s| address.with_value(|a| s.knob_value(a)))
    });
    let exists = Memo::new(move |_| value.with(Option::is_some));
    let described = Memo::new(move |_| {
        state.reshaped.track();
        exists.track();
        state
            .scenario
            .with_untracked(|s| address.with_value(|a| s.knob(a)))
    });
    let knob = Memo::new(move |_| {
        let value = value.get()?;
        described.with(|k| k.clone().map(|k| Knob { value, ..k }))
    });
    let id = unique_id("lever");
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    let range_id = format!("{id}-range");
    let error = RwSignal::new(None::<Text>);

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
        has_slider.get().then(
            || view! { <KnobSlider knob=knob address=address id=range_id.clone() error=error /> },
        )
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
                <TypedNumber knob=knob address=address id=format!("{id}-number") label_id=label_id error_id=error_id.clone() error=error />
                <span class="lever__unit">{move || knob.with(|k| k.as_ref().map(|k| i18n.show(&k.unit.symbol_text())))}</span>
            </div>
            <p class="lever__error" id=error_id role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
        </div>
    }
}

/// The knob's value in display units, and the knob.
fn shown(knob: Memo<Option<Knob>>) -> Option<(Decimal, Knob)> {
    knob.with(|k| k.as_ref().map(|k| (k.to_display(k.value), k.clone())))
}

/// The slider: every move a drag of the knob
/// ([`crate::state::AppState::drag_knob_in_frame`]).
#[component]
fn KnobSlider(
    knob: Memo<Option<Knob>>,
    address: StoredValue<Address>,
    id: String,
    error: RwSignal<Option<Text>>,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let attr = move |f: fn(&Knob) -> Decimal| {
        move || {
            knob.with(|k| {
                k.as_ref()
                    .map(|k| k.to_display(f(k)).normalize().to_string())
            })
        }
    };
    view! {
        <input
            type="range"
            class="lever__range"
            id=id
            data-knob=move || knob.with(|k| k.as_ref().map(|k| k.address.to_string()))
            min=attr(|k| k.bounds.min)
            max=attr(|k| k.bounds.max)
            step=attr(|k| k.bounds.step)
            prop:value=move || shown(knob).map(|(v, _)| v.to_string()).unwrap_or_default()
            aria-valuetext=move || shown(knob).map(|(v, k)| format!("{} {}", show(&k, v), i18n.show(&k.unit.symbol_text()))).unwrap_or_default()
            on:input=move |ev| {
                if let (Ok(v), Some(k)) = (event_target_value(&ev).parse::<Decimal>(), knob.get_untracked()) {
                    state.drag_knob_in_frame(address.get_value(), k.to_stored(v), error);
                }
            }
        />
    }
}

/// The typed number, read by the knob's own field (nl-NL or English, its
/// unit, its bounds) and applied as one edit.
#[component]
fn TypedNumber(
    knob: Memo<Option<Knob>>,
    address: StoredValue<Address>,
    id: String,
    label_id: String,
    error_id: String,
    error: RwSignal<Option<Text>>,
) -> impl IntoView {
    let state = use_state();
    let on_typed = move |text: String| {
        let Some(k) = knob.get_untracked() else {
            return;
        };
        match k.parse_typed(&text) {
            Ok(stored) => error.set(state.apply(Edit::set(address.get_value(), stored)).err()),
            Err(problem) => error.set(Some(problem)),
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            class="lever__number"
            id=id
            aria-labelledby=label_id
            aria-describedby=error_id
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            prop:value=move || shown(knob).map(|(v, k)| show(&k, v)).unwrap_or_default()
            on:change=move |ev| on_typed(event_target_value(&ev))
        />
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

//! Lever controls bound to one field of the working scenario: read through a
//! getter, written through `AppState::try_edit`, so an edit the scenario
//! refuses leaves it unchanged and shows the engine's Dutch message.

use jeugdscenario_engine::Scenario;
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::control::{first_message, LeverControl};
use crate::i18n::use_i18n;
use crate::state::use_state;

/// What a bound control shows and accepts, in display units.
#[derive(Clone, Copy)]
pub struct Range {
    pub min: Decimal,
    pub max: Decimal,
    pub step: Decimal,
    pub decimals: u32,
}

impl Range {
    pub fn percent(min: i64, max: i64) -> Range {
        Range {
            min: Decimal::from(min),
            max: Decimal::from(max),
            step: Decimal::new(5, 1),
            decimals: 1,
        }
    }

    pub fn whole(min: i64, max: i64) -> Range {
        Range {
            min: Decimal::from(min),
            max: Decimal::from(max),
            step: Decimal::ONE,
            decimals: 0,
        }
    }
}

/// How a field is shown: a fraction as percent, or as it is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Percent,
    Plain,
}

impl Scale {
    fn to_display(self, v: Decimal) -> Decimal {
        match self {
            Scale::Percent => v * Decimal::ONE_HUNDRED,
            Scale::Plain => v,
        }
    }
    fn to_stored(self, v: Decimal) -> Decimal {
        match self {
            Scale::Percent => v / Decimal::ONE_HUNDRED,
            Scale::Plain => v,
        }
    }
}

/// A lever control bound to a field. `get` returns None when the field is
/// gone (its lever was just removed); the control then shows 0 until it is
/// unmounted.
#[allow(clippy::too_many_arguments)]
pub fn bound_lever(
    label: Signal<String>,
    unit: &'static str,
    scale: Scale,
    range: Range,
    slider: bool,
    get: impl Fn(&Scenario) -> Option<Decimal> + Send + Sync + Copy + 'static,
    set: impl Fn(&mut Scenario, Decimal) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let state = use_state();
    // A memo, so a lever move elsewhere re-renders only controls whose own
    // value changed.
    let value =
        Memo::new(move |_| scale.to_display(state.scenario.with(|s| get(s)).unwrap_or_default()));
    let on_change = Callback::new(move |v: Decimal| {
        state
            .try_edit(|s| set(s, scale.to_stored(v)))
            .map_err(|problems| first_message(&problems))
    });
    view! {
        <LeverControl
            label=label
            value=Signal::from(value)
            min=range.min
            max=range.max
            step=range.step
            unit=unit
            decimals=range.decimals
            slider=slider
            on_change=on_change
        />
    }
}

/// Start year (base year to last year) and ramp (0 to 10 years) of a lever.
pub fn timing_levers(
    get_start: impl Fn(&Scenario) -> Option<i32> + Send + Sync + Copy + 'static,
    set_start: impl Fn(&mut Scenario, i32) + Send + Sync + Copy + 'static,
    get_ramp: impl Fn(&Scenario) -> Option<u32> + Send + Sync + Copy + 'static,
    set_ramp: impl Fn(&mut Scenario, u32) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let (first, last) = state
        .scenario
        .with_untracked(|s| (s.base_year, s.last_year()));
    let start = bound_lever(
        Signal::derive(move || i18n.t("Startjaar", "Start year").to_string()),
        "",
        Scale::Plain,
        Range::whole(first.into(), last.into()),
        true,
        move |s| get_start(s).map(Decimal::from),
        move |s, v| set_start(s, decimal_to_i32(v)),
    );
    let ramp = bound_lever(
        Signal::derive(move || i18n.t("Ingroei (jaren)", "Ramp (years)").to_string()),
        "jaar",
        Scale::Plain,
        Range::whole(0, 10),
        true,
        move |s| get_ramp(s).map(Decimal::from),
        move |s, v| set_ramp(s, decimal_to_i32(v).max(0) as u32),
    );
    view! { <div class="lever-timing">{start}{ramp}</div> }
}

pub fn decimal_to_i32(v: Decimal) -> i32 {
    use rust_decimal::prelude::ToPrimitive;
    v.round().to_i32().unwrap_or_default()
}

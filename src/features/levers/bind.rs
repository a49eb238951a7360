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

/// A lever that moves a share of inflow elsewhere (a substitution rule or a
/// residential shift): its share, relapse, start year and ramp.
pub trait MovesInflow: Send + Sync + 'static {
    fn find<'a>(s: &'a Scenario, id: &str) -> Option<&'a Self>;
    fn find_mut<'a>(s: &'a mut Scenario, id: &str) -> Option<&'a mut Self>;
    fn fields(&mut self) -> (&mut Decimal, &mut Decimal, &mut i32, &mut u32);
    fn share(&self) -> Decimal;
    fn relapse(&self) -> Decimal;
    fn timing(&self) -> (i32, u32);
}

/// Share, relapse, start year and ramp controls of the lever `T` with id
/// `key`; `share_label` is its share's label in Dutch and English.
pub fn inflow_levers<T: MovesInflow>(
    key: StoredValue<String>,
    share_label: (&'static str, &'static str),
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let get =
        move |f: fn(&T) -> Decimal| move |s: &Scenario| key.with_value(|k| T::find(s, k).map(f));
    let edit = move |s: &mut Scenario, change: &dyn Fn(&mut T)| {
        key.with_value(|k| T::find_mut(s, k).into_iter().for_each(change))
    };
    let share = bound_lever(
        Signal::derive(move || i18n.t(share_label.0, share_label.1).to_string()),
        "%",
        Scale::Percent,
        Range::percent(0, 100),
        true,
        get(T::share),
        move |s, v| edit(s, &|r: &mut T| *r.fields().0 = v),
    );
    let relapse = bound_lever(
        Signal::derive(move || i18n.t("Terugval", "Relapse").to_string()),
        "%",
        Scale::Percent,
        Range::percent(0, 100),
        true,
        get(T::relapse),
        move |s, v| edit(s, &|r: &mut T| *r.fields().1 = v),
    );
    let timing = timing_levers(
        move |s| key.with_value(|k| T::find(s, k).map(|r| r.timing().0)),
        move |s, v| edit(s, &|r: &mut T| *r.fields().2 = v),
        move |s| key.with_value(|k| T::find(s, k).map(|r| r.timing().1)),
        move |s, v| edit(s, &|r: &mut T| *r.fields().3 = v),
    );
    view! { {share} {relapse} {timing} }
}

macro_rules! moves_inflow {
    ($lever:ty, $list:ident) => {
        impl MovesInflow for $lever {
            fn find<'a>(s: &'a Scenario, id: &str) -> Option<&'a Self> {
                s.levers.$list.iter().find(|r| r.id == id)
            }
            fn find_mut<'a>(s: &'a mut Scenario, id: &str) -> Option<&'a mut Self> {
                s.levers.$list.iter_mut().find(|r| r.id == id)
            }
            fn fields(&mut self) -> (&mut Decimal, &mut Decimal, &mut i32, &mut u32) {
                (
                    &mut self.share,
                    &mut self.relapse,
                    &mut self.start_year,
                    &mut self.ramp_years,
                )
            }
            fn share(&self) -> Decimal {
                self.share
            }
            fn relapse(&self) -> Decimal {
                self.relapse
            }
            fn timing(&self) -> (i32, u32) {
                (self.start_year, self.ramp_years)
            }
        }
    };
}
moves_inflow!(jeugdscenario_engine::scenario::Substitution, substitutions);
moves_inflow!(
    jeugdscenario_engine::scenario::ResidentialShift,
    residential_shifts
);

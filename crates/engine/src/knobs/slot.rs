//! The one place that knows where each knob's number is stored: an
//! [`Address`] leads to a [`Slot`] (to read) or a [`SlotMut`] (to write), and
//! [`Scenario::knob_value`], [`Scenario::write_knob`] and the knob list all
//! go through it. Both are written out by the same macro from one match, so
//! reading and writing can never disagree about a field.

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{
    Address, Bounds, BudgetField, FormField, LeverField, LeverList, MunicipalityField, TargetField,
};
use crate::scenario::{by_id, by_id_mut, ResidentialShift, Scenario};
use crate::validate::Problem;

/// Declares a slot type; `mut` makes the writing one.
macro_rules! slot_type {
    ($(#[$doc:meta])* $name:ident $(, $m:tt)?) => {
        $(#[$doc])*
        pub(crate) enum $name<'a> {
            /// A number that is always there.
            Number(&'a $($m)? Decimal),
            /// A number the file may leave out; writing it needs it set.
            Optional(&'a $($m)? Option<Decimal>),
            /// A calendar year.
            Year(&'a $($m)? i32),
            /// A number of years.
            Years(&'a $($m)? u32),
            /// The share of one target in a shift's mix.
            Mix(&'a $($m)? ResidentialShift, usize),
            /// One year of a map of amounts; a year without one is no knob
            /// (a budget line's explicit amounts).
            Entry(&'a $($m)? BTreeMap<i32, Decimal>, i32),
            /// One year of a map of amounts; a year without one is zero (an
            /// investment's year within the horizon).
            EntryOrZero(&'a $($m)? BTreeMap<i32, Decimal>, i32),
        }
    };
}

slot_type!(
    /// Where a knob's number is, to read it.
    Slot
);
slot_type!(
    /// Where a knob's number is, to write it.
    SlotMut,
    mut
);

/// The match from an address to its slot, for `&` (`by_id`) and `&mut`
/// (`by_id_mut`) alike.
macro_rules! locate {
    ($scenario:ident, $address:ident, $slot:ident, $find:ident $(, $m:tt)?) => {{
        let years = $scenario.year_range();
        let slot = match $address {
            Address::Lever { list, id, field } => {
                macro_rules! lever {
                    ($list:ident) => {
                        $find(&$($m)? $scenario.levers.$list, id)?
                    };
                }
                // A substitution and a shift move a share of inflow, with relapse.
                macro_rules! moves_inflow {
                    ($list:ident) => {{
                        let l = lever!($list);
                        match field {
                            LeverField::Share => $slot::Number(&$($m)? l.share),
                            LeverField::Relapse => $slot::Number(&$($m)? l.relapse),
                            LeverField::StartYear => $slot::Year(&$($m)? l.start_year),
                            LeverField::RampYears => $slot::Years(&$($m)? l.ramp_years),
                            LeverField::Change | LeverField::Mix(_) => return None,
                        }
                    }};
                }
                match (list, field) {
                    (LeverList::Substitutions, _) => moves_inflow!(substitutions),
                    (LeverList::ResidentialShifts, LeverField::Mix(to)) => {
                        let l = lever!(residential_shifts);
                        let index = l.mix.iter().position(|t| t.to == *to)?;
                        $slot::Mix(l, index)
                    }
                    (LeverList::ResidentialShifts, _) => moves_inflow!(residential_shifts),
                    (LeverList::FormChanges, _) => {
                        let l = lever!(form_changes);
                        match field {
                            LeverField::Change => $slot::Number(&$($m)? l.change),
                            LeverField::StartYear => $slot::Year(&$($m)? l.start_year),
                            LeverField::RampYears => $slot::Years(&$($m)? l.ramp_years),
                            _ => return None,
                        }
                    }
                    (LeverList::FrontBudgets, _) => {
                        let l = lever!(front_budgets);
                        match field {
                            LeverField::Share => $slot::Number(&$($m)? l.share),
                            LeverField::StartYear => $slot::Year(&$($m)? l.start_year),
                            LeverField::RampYears => $slot::Years(&$($m)? l.ramp_years),
                            _ => return None,
                        }
                    }
                }
            }
            Address::Investment { id, year } => {
                if !years.contains(year) {
                    return None;
                }
                let l = $find(&$($m)? $scenario.levers.investments, id)?;
                $slot::EntryOrZero(&$($m)? l.amounts, *year)
            }
            Address::BudgetLine { id, field } => {
                let line = $find(&$($m)? $scenario.budget_lines, id)?;
                match field {
                    BudgetField::BaseAmount => $slot::Number(&$($m)? line.base_amount),
                    BudgetField::Index => $slot::Number(&$($m)? line.index),
                    BudgetField::Amount(year) => $slot::Entry(&$($m)? line.amounts, *year),
                }
            }
            Address::CareForm { id, field } => {
                let f = $find(&$($m)? $scenario.care_forms, id)?;
                match field {
                    FormField::ClientsStart => $slot::Number(&$($m)? f.clients_start),
                    FormField::InflowPerYear => $slot::Optional(&$($m)? f.inflow_per_year),
                    FormField::DurationMonths => $slot::Number(&$($m)? f.duration_months),
                    FormField::TariffPerMonth => $slot::Optional(&$($m)? f.tariff_per_month),
                    FormField::PricePerTrajectory => {
                        $slot::Optional(&$($m)? f.price_per_trajectory)
                    }
                    FormField::InflowGrowth => $slot::Number(&$($m)? f.inflow_growth),
                    FormField::PriceIndex => $slot::Number(&$($m)? f.price_index),
                }
            }
            Address::Municipality { id, field } => {
                let m = $find(&$($m)? $scenario.municipalities, id)?;
                match field {
                    MunicipalityField::Share => $slot::Number(&$($m)? m.share),
                    MunicipalityField::OwnUse => $slot::Optional(&$($m)? m.own_use),
                }
            }
            Address::InsuredShare => $slot::Optional(&$($m)? $scenario.insured_share),
            Address::Target { id, field } => {
                let t = $find(&$($m)? $scenario.targets, id)?;
                match field {
                    TargetField::Value => $slot::Number(&$($m)? t.value),
                    TargetField::ReferenceLevel => match &$($m)? t.reference {
                        Some(reference) => $slot::Optional(&$($m)? reference.level),
                        None => return None,
                    },
                }
            }
        };
        Some(slot)
    }};
}

impl Scenario {
    /// Where the knob at `address` is stored; None when its entity is gone
    /// or the field does not exist for it.
    pub(crate) fn slot(&self, address: &Address) -> Option<Slot<'_>> {
        locate!(self, address, Slot, by_id)
    }

    pub(crate) fn slot_mut(&mut self, address: &Address) -> Option<SlotMut<'_>> {
        locate!(self, address, SlotMut, by_id_mut, mut)
    }
}

impl Slot<'_> {
    /// The number, or None when it is not set (a form charged per
    /// trajectory has no tariff per month).
    pub(crate) fn value(&self) -> Option<Decimal> {
        match self {
            Slot::Number(n) => Some(**n),
            Slot::Optional(n) => **n,
            Slot::Year(year) => Some(Decimal::from(**year)),
            Slot::Years(years) => Some(Decimal::from(**years)),
            Slot::Mix(shift, index) => Some(shift.mix[*index].share),
            Slot::Entry(amounts, year) => amounts.get(year).copied(),
            Slot::EntryOrZero(amounts, year) => {
                Some(amounts.get(year).copied().unwrap_or_default())
            }
        }
    }
}

impl SlotMut<'_> {
    /// Writes `value`, unvalidated. Refuses only what cannot be written at
    /// all: an optional figure that is not set, a year with decimals.
    pub(crate) fn write(self, value: Decimal, address: &Address) -> Result<(), Problem> {
        match self {
            SlotMut::Number(n) => *n = value,
            SlotMut::Optional(Some(n)) => *n = value,
            SlotMut::Optional(None) => return Err(gone(address)),
            SlotMut::Year(year) => {
                *year = i32::try_from(whole(value, address)?).map_err(|_| gone(address))?
            }
            SlotMut::Years(years) => {
                *years = u32::try_from(whole(value, address)?).map_err(|_| {
                    Problem::new(
                        &address.to_string(),
                        "Een aantal jaren kan niet negatief zijn.".into(),
                        "A number of years cannot be negative.".into(),
                    )
                })?
            }
            SlotMut::Mix(shift, index) if Bounds::share().contains(value) => {
                shift.set_mix_share(index, value)
            }
            // set_mix_share clamps; a value out of range is written as it is,
            // for validation to refuse.
            SlotMut::Mix(shift, index) => shift.mix[index].share = value,
            SlotMut::Entry(amounts, year) | SlotMut::EntryOrZero(amounts, year) => {
                amounts.insert(year, value);
            }
        }
        Ok(())
    }
}

/// The refusal for a knob that is not (or no longer) in the scenario.
pub(crate) fn gone(address: &Address) -> Problem {
    Problem::new(
        &address.to_string(),
        "Deze knop bestaat niet (meer) in dit scenario.".into(),
        format!("No knob at {address} in this scenario."),
    )
}

fn whole(value: Decimal, address: &Address) -> Result<i64, Problem> {
    if value.fract().is_zero() {
        value.to_i64().ok_or_else(|| gone(address))
    } else {
        Err(Problem::new(
            &address.to_string(),
            format!("Een jaartal of aantal jaren is een heel getal; nu {value}."),
            "Years are whole numbers.".into(),
        ))
    }
}

//! Writing a knob's value into the scenario, unvalidated: [`crate::edit`]
//! validates every edit as a whole.

use rust_decimal::prelude::ToPrimitive;

use super::*;
use crate::validate::Problem;

impl Scenario {
    /// Writes `value` into the knob at `address`, without validating the
    /// result: [`crate::edit`] validates every edit as a whole. Refuses only
    /// what cannot be written at all (the knob is gone, a year with
    /// decimals).
    pub(crate) fn write_knob(&mut self, address: &Address, value: Decimal) -> Result<(), Problem> {
        if self.knob_value(address) == Some(value) {
            // Nothing to write; an investment year read as 0 stays unset.
            return Ok(());
        }
        let gone = || {
            Problem::new(
                &address.to_string(),
                "Deze knop bestaat niet (meer) in dit scenario.".into(),
                format!("No knob at {address} in this scenario."),
            )
        };
        let whole = |v: Decimal| -> Result<i64, Problem> {
            if v.fract().is_zero() {
                v.to_i64().ok_or_else(gone)
            } else {
                Err(Problem::new(
                    &address.to_string(),
                    format!("Een jaartal of aantal jaren is een heel getal; nu {v}."),
                    "Years are whole numbers.".into(),
                ))
            }
        };
        let as_year =
            |v: Decimal| -> Result<i32, Problem> { i32::try_from(whole(v)?).map_err(|_| gone()) };
        let as_years = |v: Decimal| -> Result<u32, Problem> {
            u32::try_from(whole(v)?).map_err(|_| {
                Problem::new(
                    &address.to_string(),
                    "Een aantal jaren kan niet negatief zijn.".into(),
                    "A number of years cannot be negative.".into(),
                )
            })
        };
        match address {
            Address::Lever { list, id, field } => {
                if let (LeverList::ResidentialShifts, LeverField::Mix(to)) = (list, field) {
                    let shift = self.residential_shift_mut(id).ok_or_else(gone)?;
                    let index = shift
                        .mix
                        .iter()
                        .position(|t| &t.to == to)
                        .ok_or_else(gone)?;
                    if !Bounds::share().contains(value) {
                        // set_mix_share clamps; a value out of range is refused instead.
                        shift.mix[index].share = value;
                    } else {
                        shift.set_mix_share(index, value);
                    }
                    return Ok(());
                }
                let (share, relapse, change, start, ramp) = match list {
                    LeverList::Substitutions => {
                        let r = self.substitution_mut(id).ok_or_else(gone)?;
                        (
                            Some(&mut r.share),
                            Some(&mut r.relapse),
                            None,
                            &mut r.start_year,
                            &mut r.ramp_years,
                        )
                    }
                    LeverList::ResidentialShifts => {
                        let r = self.residential_shift_mut(id).ok_or_else(gone)?;
                        (
                            Some(&mut r.share),
                            Some(&mut r.relapse),
                            None,
                            &mut r.start_year,
                            &mut r.ramp_years,
                        )
                    }
                    LeverList::FormChanges => {
                        let c = self.form_change_mut(id).ok_or_else(gone)?;
                        (
                            None,
                            None,
                            Some(&mut c.change),
                            &mut c.start_year,
                            &mut c.ramp_years,
                        )
                    }
                    LeverList::FrontBudgets => {
                        let b = self.front_budget_mut(id).ok_or_else(gone)?;
                        (
                            Some(&mut b.share),
                            None,
                            None,
                            &mut b.start_year,
                            &mut b.ramp_years,
                        )
                    }
                };
                match field {
                    LeverField::Share => *share.ok_or_else(gone)? = value,
                    LeverField::Relapse => *relapse.ok_or_else(gone)? = value,
                    LeverField::Change => *change.ok_or_else(gone)? = value,
                    LeverField::StartYear => *start = as_year(value)?,
                    LeverField::RampYears => *ramp = as_years(value)?,
                    LeverField::Mix(_) => return Err(gone()),
                }
            }
            Address::BudgetLine { id, field } => {
                let line = self.budget_line_mut(id).ok_or_else(gone)?;
                match field {
                    BudgetField::BaseAmount => line.base_amount = value,
                    BudgetField::Index => line.index = value,
                    BudgetField::Amount(year) => {
                        line.amounts.insert(*year, value);
                    }
                }
            }
            Address::Investment { id, year } => {
                let years = self.year_range();
                if !years.contains(year) {
                    return Err(gone());
                }
                self.investment_mut(id)
                    .ok_or_else(gone)?
                    .amounts
                    .insert(*year, value);
            }
            Address::CareForm { id, field } => {
                let f = self.care_form_mut(id).ok_or_else(gone)?;
                let optional = |slot: &mut Option<Decimal>| match slot {
                    Some(v) => {
                        *v = value;
                        Ok(())
                    }
                    None => Err(gone()),
                };
                match field {
                    FormField::ClientsStart => f.clients_start = value,
                    FormField::InflowPerYear => optional(&mut f.inflow_per_year)?,
                    FormField::DurationMonths => f.duration_months = value,
                    FormField::TariffPerMonth => optional(&mut f.tariff_per_month)?,
                    FormField::PricePerTrajectory => optional(&mut f.price_per_trajectory)?,
                    FormField::InflowGrowth => f.inflow_growth = value,
                    FormField::PriceIndex => f.price_index = value,
                }
            }
            Address::Municipality { id, field } => {
                let m = self.municipality_mut(id).ok_or_else(gone)?;
                match field {
                    MunicipalityField::Share => m.share = value,
                    MunicipalityField::OwnUse if m.own_use.is_some() => m.own_use = Some(value),
                    MunicipalityField::OwnUse => return Err(gone()),
                }
            }
            Address::InsuredShare => {
                if self.insured_share.is_none() {
                    return Err(gone());
                }
                self.insured_share = Some(value);
            }
            Address::Target { id, field } => {
                let t = self.target_mut(id).ok_or_else(gone)?;
                match field {
                    TargetField::Value => t.value = value,
                    TargetField::ReferenceLevel => {
                        let level = t.reference.as_mut().and_then(|r| r.level.as_mut());
                        *level.ok_or_else(gone)? = value;
                    }
                }
            }
        }
        Ok(())
    }
}

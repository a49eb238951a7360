//! The last full year's figures as the care forms' starting values for the
//! base year, each figure with its source.

use rust_decimal::Decimal;

use super::{Calibration, DerivedForm};
use crate::knobs::Bounds;
use crate::money::round_cents;
use crate::scenario::CareForm;

impl Calibration {
    /// The care forms for the base year: clients on its 1 January, the last
    /// full year's inflow, duration by Little's law (the mean length of
    /// ended trajectories when nothing began that year) and cost per
    /// client-month. A figure the administration does not give (no
    /// amounts, no duration) comes from the form of the same code in
    /// `fallback` (the open scenario, or the example), with its own source.
    pub fn care_forms(&self, fallback: &[CareForm]) -> Vec<CareForm> {
        self.forms
            .iter()
            .map(|derived| self.care_form(derived, fallback))
            .collect()
    }

    fn care_form(&self, derived: &DerivedForm, fallback: &[CareForm]) -> CareForm {
        let example = crate::example::voorbeeldregio();
        let old = fallback
            .iter()
            .chain(&example.care_forms)
            .find(|f| f.id == derived.form.id);
        let last = derived.years.last();
        let source = self.source(derived);
        let mut form = CareForm {
            id: derived.form.id.clone(),
            label: derived.form.label.clone(),
            group: derived.form.group,
            clients_start: Decimal::from(derived.clients_base),
            inflow_per_year: Some(Decimal::from(last.map_or(0, |y| y.inflow))),
            duration_months: Decimal::ONE,
            tariff_per_month: None,
            price_per_trajectory: None,
            inflow_growth: old.map_or(Decimal::ZERO, |f| f.inflow_growth),
            price_index: old.map_or(Decimal::ZERO, |f| f.price_index),
            family_based: derived.form.family_based,
            sources: Default::default(),
        };
        for field in ["clients_start", "inflow_per_year"] {
            form.sources.insert(field.into(), source.clone());
        }
        let derived_duration = last.and_then(|y| y.duration_months.or(y.ended_mean_months));
        let duration_bounds = Bounds::duration_months();
        match (derived_duration, old) {
            (Some(d), _) => {
                form.duration_months = d
                    .round_dp(1)
                    .clamp(duration_bounds.min, duration_bounds.max);
                form.sources
                    .insert("duration_months".into(), source.clone());
            }
            (None, Some(old)) => {
                form.duration_months = old.duration_months;
                copy_source(&mut form, old, "duration_months");
            }
            (None, None) => {
                form.duration_months = Decimal::from(12);
                form.sources.insert(
                    "duration_months".into(),
                    "aangenomen: geen traject begonnen of geëindigd in het laatste jaar".into(),
                );
            }
        }
        match (last.and_then(|y| y.cost_per_client_month), old) {
            (Some(tariff), _) => {
                form.tariff_per_month = Some(round_cents(tariff).min(Bounds::price().max));
                form.sources.insert("tariff_per_month".into(), source);
            }
            (None, Some(old)) => {
                form.tariff_per_month = old.tariff_per_month;
                form.price_per_trajectory = old.price_per_trajectory;
                copy_source(&mut form, old, "tariff_per_month");
                copy_source(&mut form, old, "price_per_trajectory");
            }
            (None, None) => {
                form.tariff_per_month = Some(Decimal::ZERO);
                form.sources.insert(
                    "tariff_per_month".into(),
                    "geen bedragen in de administratie: vul het tarief zelf in".into(),
                );
            }
        }
        for field in ["inflow_growth", "price_index"] {
            if let Some(old) = old {
                copy_source(&mut form, old, field);
            }
        }
        form
    }
}

fn copy_source(form: &mut CareForm, old: &CareForm, field: &str) {
    if let Some(source) = old.sources.get(field) {
        form.sources.insert(field.into(), source.clone());
    }
}

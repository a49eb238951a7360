//! The rules one knob move can break. A knob writes one figure of one entity
//! (a lever, a care form, a budget line, a municipality, a target, the
//! insured share); in a scenario that was valid before, only the rules that
//! read that figure can fail after it. They are the entity's own rules (the
//! knob's bounds among them) and the rules across entities that read the
//! figure: the shares leaving a care form, the key as a whole, the insurance
//! model, and the too-large-to-compute bound. [`validate_knob`] runs exactly
//! those, through the same functions [`validate`](super::validate) runs, so
//! it finds the same problems with the same messages, in the same order
//! (`tests/knob_check.rs` drives random knob moves to check that).

use super::{levers::LeverRules, region, scale, targets, Checker, Problem};
use crate::knobs::{Address, LeverField, LeverList, MunicipalityField};
use crate::scenario::Scenario;

/// The problems [`validate`](super::validate) finds in `s`, for a scenario
/// that was valid before the knob at `address` was written (see
/// `Scenario::write_knob`): the rules that read that knob's figure, and no
/// others. On a scenario that was not valid before, problems elsewhere are
/// not looked for. An address whose entity is gone reports nothing: writing
/// it has already failed.
pub fn validate_knob(s: &Scenario, address: &Address) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    // Whether the figure is one the too-large-to-compute bound reads.
    let scales = match address {
        Address::Lever { list, id, field } => {
            lever(s, &mut c, *list, id, field);
            *list == LeverList::FormChanges && *field == LeverField::Change
        }
        Address::CareForm { id, .. } => {
            if let Some(i) = s.care_form_index(id) {
                region::check_care_form(&mut c, i, &s.care_forms[i]);
            }
            // Every figure of a form: the duration too, through the steady
            // inflow of a form without an explicit one.
            true
        }
        Address::BudgetLine { id, .. } => {
            if let Some(i) = s.budget_lines.iter().position(|l| l.id == *id) {
                region::check_budget_line(&mut c, i, &s.budget_lines[i]);
            }
            true
        }
        Address::Investment { id, .. } => {
            let investments = &s.levers.investments;
            if let Some(i) = investments.iter().position(|inv| inv.id == *id) {
                LeverRules { s }.investment(&mut c, i, &investments[i]);
            }
            true
        }
        Address::Municipality { id, field } => {
            match field {
                MunicipalityField::Share => {
                    if let Some(i) = s.municipalities.iter().position(|m| m.id == *id) {
                        region::check_municipality(&mut c, i, &s.municipalities[i]);
                    }
                    region::check_key(s, &mut c);
                    region::check_key_per_year(s, &mut c);
                }
                MunicipalityField::OwnUse => region::check_insurance(s, &mut c),
            }
            false
        }
        Address::InsuredShare => {
            region::check_insurance(s, &mut c);
            false
        }
        Address::Target { id, .. } => {
            if let Some(i) = s.targets.iter().position(|t| t.id == *id) {
                targets::check_target(s, &mut c, i, &s.targets[i]);
            }
            false
        }
    };
    // As in `validate`: the bound only once every other rule holds.
    if scales && c.problems.is_empty() {
        scale::check_scale(s, &mut c);
    }
    c.problems
}

/// A lever's own rules, and for a share the shares leaving its forms.
fn lever(s: &Scenario, c: &mut Checker, list: LeverList, id: &str, field: &LeverField) {
    let rules = LeverRules { s };
    let levers = &s.levers;
    match list {
        LeverList::Substitutions => {
            if let Some(i) = levers.substitutions.iter().position(|r| r.id == id) {
                let rule = &levers.substitutions[i];
                rules.substitution(c, i, rule);
                if *field == LeverField::Share {
                    rules.leaving(c, Some(&[rule.from.as_str()]));
                }
            }
        }
        LeverList::ResidentialShifts => {
            if let Some(i) = levers.residential_shifts.iter().position(|r| r.id == id) {
                let shift = &levers.residential_shifts[i];
                rules.residential_shift(c, i, shift);
                if *field == LeverField::Share {
                    let from: Vec<&str> = shift.from.iter().map(String::as_str).collect();
                    rules.leaving(c, Some(&from));
                }
            }
        }
        LeverList::FormChanges => {
            if let Some(i) = levers.form_changes.iter().position(|r| r.id == id) {
                rules.form_change(c, i, &levers.form_changes[i]);
            }
        }
        LeverList::FrontBudgets => {
            if let Some(i) = levers.front_budgets.iter().position(|r| r.id == id) {
                rules.front_budget(c, i, &levers.front_budgets[i]);
            }
        }
    }
}

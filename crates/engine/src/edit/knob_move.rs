//! A knob move in place. A knob writes one figure of one entity; copying the
//! whole scenario to try the move on, and comparing it with the old one
//! after, was nearly all of a move's work on a scenario with 500 levers.
//! So the move saves that one entity, writes in place, checks the rules
//! the knob can break, and puts the entity back when they refuse: the
//! scenario ends exactly as [`Scenario::apply_validating_all`] leaves it.

use rust_decimal::Decimal;

use super::{Applied, Refusal};
use crate::knobs::{Address, LeverList};
use crate::scenario::{
    BudgetLine, CareForm, FormChange, FrontBudget, Investment, Municipality, ResidentialShift,
    Scenario, Substitution, Target,
};
use crate::validate::validate_knob;

impl Scenario {
    /// Moves the knob at `address` to `value` when the rules it can break
    /// allow it; otherwise leaves the scenario exactly as it was.
    pub(super) fn move_knob(
        &mut self,
        address: &Address,
        value: Decimal,
    ) -> Result<Applied, Refusal> {
        let saved = Saved::of(self, address);
        let problems = match self.write_knob(address, value) {
            Ok(()) => validate_knob(self, address),
            Err(problem) => vec![problem],
        };
        if !problems.is_empty() {
            saved.restore(self);
            return Err(Refusal { problems });
        }
        Ok(Applied {
            changed: !saved.unchanged(self),
            ..Applied::default()
        })
    }
}

/// The one entity a knob writes, with its place, as it was before the move.
enum Saved {
    Substitution(usize, Substitution),
    ResidentialShift(usize, ResidentialShift),
    FormChange(usize, FormChange),
    FrontBudget(usize, FrontBudget),
    Investment(usize, Investment),
    CareForm(usize, CareForm),
    BudgetLine(usize, BudgetLine),
    Municipality(usize, Municipality),
    InsuredShare(Option<Decimal>),
    Target(usize, Target),
    /// The knob's entity does not exist: writing it fails.
    Nothing,
}

/// The first entry with `id` (the one `write_knob` writes) and its place.
fn find<T: Clone>(list: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> Option<(usize, T)> {
    let index = list.iter().position(|entry| id_of(entry) == id)?;
    Some((index, list[index].clone()))
}

impl Saved {
    fn of(s: &Scenario, address: &Address) -> Saved {
        let levers = &s.levers;
        let saved = match address {
            Address::Lever { list, id, .. } => match list {
                LeverList::Substitutions => find(&levers.substitutions, id, |l| &l.id)
                    .map(|(i, l)| Saved::Substitution(i, l)),
                LeverList::ResidentialShifts => find(&levers.residential_shifts, id, |l| &l.id)
                    .map(|(i, l)| Saved::ResidentialShift(i, l)),
                LeverList::FormChanges => {
                    find(&levers.form_changes, id, |l| &l.id).map(|(i, l)| Saved::FormChange(i, l))
                }
                LeverList::FrontBudgets => find(&levers.front_budgets, id, |l| &l.id)
                    .map(|(i, l)| Saved::FrontBudget(i, l)),
            },
            Address::Investment { id, .. } => {
                find(&levers.investments, id, |l| &l.id).map(|(i, l)| Saved::Investment(i, l))
            }
            Address::CareForm { id, .. } => {
                find(&s.care_forms, id, |f| &f.id).map(|(i, f)| Saved::CareForm(i, f))
            }
            Address::BudgetLine { id, .. } => {
                find(&s.budget_lines, id, |l| &l.id).map(|(i, l)| Saved::BudgetLine(i, l))
            }
            Address::Municipality { id, .. } => {
                find(&s.municipalities, id, |m| &m.id).map(|(i, m)| Saved::Municipality(i, m))
            }
            Address::InsuredShare => Some(Saved::InsuredShare(s.insured_share)),
            Address::Target { id, .. } => {
                find(&s.targets, id, |t| &t.id).map(|(i, t)| Saved::Target(i, t))
            }
        };
        saved.unwrap_or(Saved::Nothing)
    }

    /// Puts the entity back as it was.
    fn restore(self, s: &mut Scenario) {
        let levers = &mut s.levers;
        match self {
            Saved::Substitution(i, l) => levers.substitutions[i] = l,
            Saved::ResidentialShift(i, l) => levers.residential_shifts[i] = l,
            Saved::FormChange(i, l) => levers.form_changes[i] = l,
            Saved::FrontBudget(i, l) => levers.front_budgets[i] = l,
            Saved::Investment(i, l) => levers.investments[i] = l,
            Saved::CareForm(i, f) => s.care_forms[i] = f,
            Saved::BudgetLine(i, l) => s.budget_lines[i] = l,
            Saved::Municipality(i, m) => s.municipalities[i] = m,
            Saved::InsuredShare(share) => s.insured_share = share,
            Saved::Target(i, t) => s.targets[i] = t,
            Saved::Nothing => {}
        }
    }

    /// Whether the entity is as it was; nothing else was written, so then
    /// the scenario is too.
    fn unchanged(&self, s: &Scenario) -> bool {
        let levers = &s.levers;
        match self {
            Saved::Substitution(i, l) => levers.substitutions[*i] == *l,
            Saved::ResidentialShift(i, l) => levers.residential_shifts[*i] == *l,
            Saved::FormChange(i, l) => levers.form_changes[*i] == *l,
            Saved::FrontBudget(i, l) => levers.front_budgets[*i] == *l,
            Saved::Investment(i, l) => levers.investments[*i] == *l,
            Saved::CareForm(i, f) => s.care_forms[*i] == *f,
            Saved::BudgetLine(i, l) => s.budget_lines[*i] == *l,
            Saved::Municipality(i, m) => s.municipalities[*i] == *m,
            Saved::InsuredShare(share) => s.insured_share == *share,
            Saved::Target(i, t) => s.targets[*i] == *t,
            Saved::Nothing => true,
        }
    }
}

//! Edits: every change a user can make to a scenario, as a value. One
//! [`Scenario::apply`] makes the change on a copy, validates the copy against
//! every rule the file loader checks (count limits included) and only then
//! replaces the scenario, so the app never holds a scenario its own loader
//! would refuse. A knob move, the one edit a slider repeats many times a
//! second, is made in place on the one entity it writes and checked against
//! the rules it can break, which say the same of the result (`knob_move.rs`).

mod change;
mod knob_move;

use rust_decimal::Decimal;

use crate::knobs::Address;
use crate::scenario::{BudgetKind, CareForm, ChangeKind, Mapping, Provenance, Scenario, Target};
use crate::text::Text;
use crate::validate::{validate, Problem};

/// How cost is split over the municipalities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostModel {
    /// Solidariteit: all cost by the verdeelsleutel.
    Solidarity,
    /// Verzekeringsmodel: the insured share by the key, the rest by own use.
    Insurance,
}

/// One change a user makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Moves a knob (a slider, a typed value).
    SetKnob {
        address: Address,
        value: Decimal,
    },
    Rename {
        name: String,
    },
    /// A substitution rule at 10% from next year.
    AddSubstitution {
        from: String,
        to: String,
    },
    /// Afschalen verblijf from the first residential form (not pleegzorg or
    /// gezinshuis) to the first other form, at 0% from next year.
    AddResidentialShift,
    /// Takes a residential form into a shift (`on`) or out of it.
    SetShiftSource {
        shift: String,
        form: String,
        on: bool,
    },
    /// A new target in a shift's mix, at 0%.
    AddMixTarget {
        shift: String,
        to: String,
    },
    /// Removes a target; its share goes to the others first.
    RemoveMixTarget {
        shift: String,
        to: String,
    },
    /// A change of one care form's inflow, duration, tariff or intensity
    /// from next year.
    AddFormChange {
        form: String,
        kind: ChangeKind,
        change: Decimal,
    },
    RemoveSubstitution {
        id: String,
    },
    RemoveResidentialShift {
        id: String,
    },
    RemoveFormChange {
        id: String,
    },
    AddBudgetLine {
        kind: BudgetKind,
    },
    RemoveBudgetLine {
        id: String,
    },
    RenameBudgetLine {
        id: String,
        label: String,
    },
    /// An explicit amount for one year, or None for "base amount with
    /// indexation".
    SetBudgetAmount {
        id: String,
        year: i32,
        amount: Option<Decimal>,
    },
    AddInvestment,
    /// Budget naar de voorkant: 0% of the youth-care budget to `to` from next
    /// year, with a ceiling of 13% (seed 004's).
    AddFrontBudget {
        to: String,
    },
    RemoveFrontBudget {
        id: String,
    },
    RemoveInvestment {
        id: String,
    },
    RenameInvestment {
        id: String,
        label: String,
    },
    SetInvestmentAmount {
        id: String,
        year: i32,
        amount: Option<Decimal>,
    },
    AddMunicipality {
        name: String,
    },
    RemoveMunicipality {
        id: String,
    },
    SetCostModel(CostModel),
    /// The insured share from `year` on (None: no change in that year), so
    /// solidarity can be phased out or in.
    SetInsuredShareFrom {
        year: i32,
        share: Option<Decimal>,
    },
    /// A municipality's weight in the key from `year` on (None: no change).
    SetMunicipalityShareFrom {
        id: String,
        year: i32,
        share: Option<Decimal>,
    },
    /// A new target: care cost in the last year at most the base year's.
    AddTarget,
    /// A target's whole definition (measure, scope, year, comparison,
    /// reference), by its id.
    SetTarget(Box<Target>),
    RemoveTarget {
        id: String,
    },
    /// The care forms of a controller's CSV; levers on forms that are gone
    /// are dropped (and named in the result). The scenario's provenance
    /// becomes `provenance` (see [`Provenance::after_import`]). Derived from
    /// the allocations, `mapping` is the mapping they were counted with,
    /// kept with the scenario; None keeps the scenario's.
    ReplaceCareForms {
        forms: Vec<CareForm>,
        provenance: Provenance,
        mapping: Option<Mapping>,
    },
    /// Another whole scenario (opened, imported, from a link).
    Replace(Box<Scenario>),
}

impl Edit {
    pub fn set(address: Address, value: Decimal) -> Edit {
        Edit::SetKnob { address, value }
    }

    /// True for an edit of the levers alone (a lever's figure moved, a
    /// lever added or removed): the baseline, the scenario with its levers
    /// off ([`Scenario::baseline`]), is the same after it, so what is
    /// derived from the baseline need not be made again. False for every
    /// other edit, also one that happens to leave it the same.
    pub fn leaves_baseline(&self) -> bool {
        matches!(
            self,
            Edit::SetKnob {
                address: Address::Lever { .. } | Address::Investment { .. },
                ..
            } | Edit::AddSubstitution { .. }
                | Edit::AddResidentialShift
                | Edit::SetShiftSource { .. }
                | Edit::AddMixTarget { .. }
                | Edit::RemoveMixTarget { .. }
                | Edit::AddFormChange { .. }
                | Edit::RemoveSubstitution { .. }
                | Edit::RemoveResidentialShift { .. }
                | Edit::RemoveFormChange { .. }
                | Edit::AddInvestment
                | Edit::AddFrontBudget { .. }
                | Edit::RemoveFrontBudget { .. }
                | Edit::RemoveInvestment { .. }
                | Edit::RenameInvestment { .. }
                | Edit::SetInvestmentAmount { .. }
        )
    }
}

/// What an applied edit did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// False when the scenario is the same as before (a slider pushed at its end).
    pub changed: bool,
    /// The id of what the edit added, if anything.
    pub added: Option<String>,
    /// Labels of levers dropped along the way (care forms replaced).
    pub dropped: Vec<String>,
}

/// Why an edit was refused; the scenario is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Never empty.
    pub problems: Vec<Problem>,
}

impl Refusal {
    pub(super) fn one(path: &str, nl: impl Into<String>, en: impl Into<String>) -> Refusal {
        Refusal {
            problems: vec![Problem::new(path, nl.into(), en.into())],
        }
    }

    /// The first problem, to show at the control that caused it.
    pub fn text(&self) -> Text {
        self.problems.first().map(Problem::text).unwrap_or_default()
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.problems.first() {
            Some(p) => write!(f, "{p}"),
            None => Ok(()),
        }
    }
}

impl From<Problem> for Refusal {
    fn from(problem: Problem) -> Refusal {
        Refusal {
            problems: vec![problem],
        }
    }
}

pub(super) fn not_found(what_nl: &str, what_en: &str, id: &str) -> Refusal {
    Refusal::one(
        "",
        format!("{what_nl} \"{id}\" bestaat niet (meer) in dit scenario."),
        format!("{what_en} \"{id}\" does not exist in this scenario."),
    )
}

impl Scenario {
    /// Applies `edit` when the result is a valid scenario, counts and limits
    /// included; otherwise leaves the scenario exactly as it was.
    ///
    /// A knob move is made in place and checked against the rules that knob
    /// can break ([`crate::validate::validate_knob`]); every other edit is
    /// made on a copy and checked against all of them. For a
    /// scenario that was valid before (every scenario the app holds: it
    /// comes from the loader or from an accepted edit) both say the same of
    /// the result; on a scenario built by hand that may not be valid, use
    /// [`Scenario::apply_validating_all`].
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, Refusal> {
        self.apply_checked(edit, Check::WhatTheEditCanBreak)
    }

    /// [`Scenario::apply`] with every rule checked for every edit, knob
    /// moves included: the reference the narrow check of a knob move is
    /// tested against (`tests/knob_check.rs`), and what to use on a scenario
    /// that may not be valid to begin with.
    pub fn apply_validating_all(&mut self, edit: Edit) -> Result<Applied, Refusal> {
        self.apply_checked(edit, Check::All)
    }

    fn apply_checked(&mut self, edit: Edit, check: Check) -> Result<Applied, Refusal> {
        if let (Edit::SetKnob { address, value }, Check::WhatTheEditCanBreak) = (&edit, check) {
            return self.move_knob(address, *value);
        }
        let mut next = match &edit {
            Edit::Replace(scenario) => (**scenario).clone(),
            _ => self.clone(),
        };
        let mut applied = next.change(edit)?;
        let problems = validate(&next);
        if !problems.is_empty() {
            return Err(Refusal { problems });
        }
        applied.changed = next != *self;
        if applied.changed {
            *self = next;
        }
        Ok(applied)
    }
}

/// Which rules an edit is checked against.
#[derive(Clone, Copy)]
enum Check {
    /// A knob move: the rules that knob can break; any other edit: all.
    WhatTheEditCanBreak,
    All,
}

#[cfg(test)]
mod tests;

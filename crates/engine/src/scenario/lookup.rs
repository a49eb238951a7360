//! Finding an entry of a scenario by its id: every list of the file keys its
//! entries by an `id` that stays the same when others are added, moved or
//! removed.

use std::collections::HashMap;

use super::{
    BudgetLine, CareForm, FormChange, FrontBudget, Investment, Municipality, ResidentialShift,
    Scenario, Substitution, Target,
};

/// An entry of a list in the scenario file, known by its id.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($entry:ty),*) => {
        $(impl Keyed for $entry {
            fn key(&self) -> &str {
                &self.id
            }
        })*
    };
}

keyed!(
    CareForm,
    BudgetLine,
    Municipality,
    Target,
    Substitution,
    ResidentialShift,
    FormChange,
    FrontBudget,
    Investment
);

pub(crate) fn by_id<'a, T: Keyed>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|entry| entry.key() == id)
}

pub(crate) fn by_id_mut<'a, T: Keyed>(list: &'a mut [T], id: &str) -> Option<&'a mut T> {
    list.iter_mut().find(|entry| entry.key() == id)
}

impl Scenario {
    pub fn care_form(&self, id: &str) -> Option<&CareForm> {
        by_id(&self.care_forms, id)
    }
    pub fn care_form_index(&self, id: &str) -> Option<usize> {
        self.care_forms.iter().position(|f| f.key() == id)
    }
    /// Every care form's place by id, for code that looks many up at once
    /// (the projection's levers, the levers in words): the first form with
    /// an id, as [`Scenario::care_form_index`] finds it.
    pub fn care_form_positions(&self) -> HashMap<&str, usize> {
        let mut positions = HashMap::new();
        for (i, form) in self.care_forms.iter().enumerate() {
            positions.entry(form.id.as_str()).or_insert(i);
        }
        positions
    }
    pub fn budget_line(&self, id: &str) -> Option<&BudgetLine> {
        by_id(&self.budget_lines, id)
    }
    pub fn municipality(&self, id: &str) -> Option<&Municipality> {
        by_id(&self.municipalities, id)
    }
    pub fn target(&self, id: &str) -> Option<&Target> {
        by_id(&self.targets, id)
    }
    pub fn substitution(&self, id: &str) -> Option<&Substitution> {
        by_id(&self.levers.substitutions, id)
    }
    pub fn residential_shift(&self, id: &str) -> Option<&ResidentialShift> {
        by_id(&self.levers.residential_shifts, id)
    }
    pub fn form_change(&self, id: &str) -> Option<&FormChange> {
        by_id(&self.levers.form_changes, id)
    }
    pub fn front_budget(&self, id: &str) -> Option<&FrontBudget> {
        by_id(&self.levers.front_budgets, id)
    }
    pub fn investment(&self, id: &str) -> Option<&Investment> {
        by_id(&self.levers.investments, id)
    }

    pub(crate) fn budget_line_mut(&mut self, id: &str) -> Option<&mut BudgetLine> {
        by_id_mut(&mut self.budget_lines, id)
    }
    pub(crate) fn municipality_mut(&mut self, id: &str) -> Option<&mut Municipality> {
        by_id_mut(&mut self.municipalities, id)
    }
    pub(crate) fn target_mut(&mut self, id: &str) -> Option<&mut Target> {
        by_id_mut(&mut self.targets, id)
    }
    pub(crate) fn residential_shift_mut(&mut self, id: &str) -> Option<&mut ResidentialShift> {
        by_id_mut(&mut self.levers.residential_shifts, id)
    }
    pub(crate) fn investment_mut(&mut self, id: &str) -> Option<&mut Investment> {
        by_id_mut(&mut self.levers.investments, id)
    }
}

//! What each edit changes, before [`Scenario::apply`] validates the result.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{not_found, Applied, CostModel, Edit, Refusal};
use crate::region_csv::replace_care_forms;
use crate::scenario::{
    BudgetKind, BudgetLine, Comparison, FormChange, FrontBasis, FrontBudget, Investment, Measure,
    MixTarget, Municipality, Reference, ResidentialShift, Scenario, Scope, Substitution, Target,
};

const BY_USER: &str = "ingevoerd door gebruiker";

impl Scenario {
    /// Makes the change, unvalidated.
    pub(super) fn change(&mut self, edit: Edit) -> Result<Applied, Refusal> {
        let mut applied = Applied::default();
        match edit {
            Edit::SetKnob { address, value } => self.write_knob(&address, value)?,
            Edit::Rename { name } => self.name = name.trim().to_string(),
            Edit::AddSubstitution { from, to } => {
                let id = Scenario::fresh_id(
                    "substitutie",
                    self.levers.substitutions.iter().map(|r| r.id.as_str()),
                );
                self.levers.substitutions.push(Substitution {
                    id: id.clone(),
                    label: String::new(),
                    from,
                    to,
                    share: Decimal::new(10, 2),
                    relapse: Decimal::ZERO,
                    start_year: self.next_year(),
                    ramp_years: 0,
                    source: None,
                });
                applied.added = Some(id);
            }
            Edit::AddResidentialShift => applied.added = Some(self.add_residential_shift()?),
            Edit::SetShiftSource { shift, form, on } => {
                let r = self
                    .residential_shift_mut(&shift)
                    .ok_or_else(|| not_found("Afschalen verblijf", "Residential shift", &shift))?;
                if on && !r.from.contains(&form) {
                    r.from.push(form);
                } else if !on {
                    r.from.retain(|f| *f != form);
                }
            }
            Edit::AddMixTarget { shift, to } => {
                let r = self
                    .residential_shift_mut(&shift)
                    .ok_or_else(|| not_found("Afschalen verblijf", "Residential shift", &shift))?;
                r.mix.push(MixTarget {
                    to,
                    share: Decimal::ZERO,
                });
            }
            Edit::RemoveMixTarget { shift, to } => {
                let r = self
                    .residential_shift_mut(&shift)
                    .ok_or_else(|| not_found("Afschalen verblijf", "Residential shift", &shift))?;
                let index = r
                    .mix
                    .iter()
                    .position(|t| t.to == to)
                    .ok_or_else(|| not_found("Het doel", "Target", &to))?;
                if r.mix.len() == 1 {
                    return Err(Refusal::one(
                        "",
                        "Afschalen verblijf houdt minstens één doel; voeg eerst een ander doel toe.",
                        "A shift keeps at least one target.",
                    ));
                }
                // Hand its share to the others first, so the mix keeps adding up to 100%.
                r.set_mix_share(index, Decimal::ZERO);
                r.mix.remove(index);
            }
            Edit::AddFormChange { form, kind, change } => {
                let id = Scenario::fresh_id(
                    &format!("{form}-{}", kind.id()),
                    self.levers.form_changes.iter().map(|c| c.id.as_str()),
                );
                self.levers.form_changes.push(FormChange {
                    id: id.clone(),
                    label: String::new(),
                    form,
                    kind,
                    change,
                    start_year: self.next_year(),
                    ramp_years: 0,
                    source: None,
                });
                applied.added = Some(id);
            }
            Edit::RemoveSubstitution { id } => {
                remove(&mut self.levers.substitutions, |r| r.id == id)
                    .ok_or_else(|| not_found("De substitutieregel", "Substitution", &id))?;
            }
            Edit::RemoveResidentialShift { id } => {
                remove(&mut self.levers.residential_shifts, |r| r.id == id)
                    .ok_or_else(|| not_found("Afschalen verblijf", "Residential shift", &id))?;
            }
            Edit::RemoveFormChange { id } => {
                remove(&mut self.levers.form_changes, |r| r.id == id)
                    .ok_or_else(|| not_found("De verandering", "Change", &id))?;
            }
            Edit::AddBudgetLine { kind } => {
                let id =
                    Scenario::fresh_id("post", self.budget_lines.iter().map(|l| l.id.as_str()));
                let label = match kind {
                    BudgetKind::Income => "Nieuwe inkomstenpost",
                    BudgetKind::Expense => "Nieuwe uitgavenpost",
                };
                self.budget_lines.push(BudgetLine {
                    id: id.clone(),
                    label: label.into(),
                    kind,
                    base_amount: Decimal::ZERO,
                    index: Decimal::ZERO,
                    amounts: BTreeMap::new(),
                    sources: BTreeMap::from([("base_amount".into(), BY_USER.into())]),
                });
                applied.added = Some(id);
            }
            Edit::RemoveBudgetLine { id } => {
                remove(&mut self.budget_lines, |l| l.id == id)
                    .ok_or_else(|| not_found("De begrotingspost", "Budget line", &id))?;
            }
            Edit::RenameBudgetLine { id, label } => {
                self.budget_line_mut(&id)
                    .ok_or_else(|| not_found("De begrotingspost", "Budget line", &id))?
                    .label = label.trim().to_string();
            }
            Edit::SetBudgetAmount { id, year, amount } => {
                let line = self
                    .budget_line_mut(&id)
                    .ok_or_else(|| not_found("De begrotingspost", "Budget line", &id))?;
                set_amount(&mut line.amounts, year, amount);
            }
            Edit::AddInvestment => {
                let id = Scenario::fresh_id(
                    "investering",
                    self.levers.investments.iter().map(|l| l.id.as_str()),
                );
                self.levers.investments.push(Investment {
                    id: id.clone(),
                    label: "Nieuwe investering".into(),
                    amounts: BTreeMap::new(),
                    source: Some(BY_USER.into()),
                });
                applied.added = Some(id);
            }
            Edit::AddTarget => {
                let id = Scenario::fresh_id("doel", self.targets.iter().map(|t| t.id.as_str()));
                self.targets.push(Target {
                    id: id.clone(),
                    label: "Zorgkosten niet hoger dan in het basisjaar".into(),
                    measure: Measure::Cost,
                    scope: Scope::All,
                    budget_line: None,
                    year: self.last_year(),
                    every_year_from: false,
                    comparison: Comparison::AtMost,
                    value: Decimal::ZERO,
                    reference: (self.last_year() > self.base_year).then(|| Reference {
                        year: self.base_year,
                        level: None,
                        source: String::new(),
                    }),
                    source: BY_USER.into(),
                });
                applied.added = Some(id);
            }
            Edit::SetTarget(target) => {
                let slot = self
                    .target_mut(&target.id)
                    .ok_or_else(|| not_found("Het doel", "The target", &target.id))?;
                *slot = *target;
            }
            Edit::RemoveTarget { id } => {
                let before = self.targets.len();
                self.targets.retain(|t| t.id != id);
                if self.targets.len() == before {
                    return Err(not_found("Het doel", "The target", &id));
                }
            }
            Edit::AddFrontBudget { to } => {
                let id = Scenario::fresh_id(
                    "voorkant",
                    self.levers.front_budgets.iter().map(|b| b.id.as_str()),
                );
                self.levers.front_budgets.push(FrontBudget {
                    id: id.clone(),
                    label: "Budget naar de voorkant".into(),
                    to,
                    basis: FrontBasis::Income,
                    share: Decimal::ZERO,
                    ceiling: Decimal::new(13, 2),
                    start_year: self.next_year(),
                    ramp_years: 0,
                    source: Some(
                        "plafond: Werk voor de Jeugd 2022-2023 (Zuid-Holland Zuid), §2.2.2 Jeugdhulp naar de Voorkant: \"13% van hun jeugdhulpbudget\"; aandeel ingevoerd door gebruiker".into(),
                    ),
                });
                applied.added = Some(id);
            }
            Edit::RemoveFrontBudget { id } => {
                remove(&mut self.levers.front_budgets, |b| b.id == id)
                    .ok_or_else(|| not_found("Het budget voor de voorkant", "Front budget", &id))?;
            }
            Edit::RemoveInvestment { id } => {
                remove(&mut self.levers.investments, |l| l.id == id)
                    .ok_or_else(|| not_found("De investering", "Investment", &id))?;
            }
            Edit::RenameInvestment { id, label } => {
                self.investment_mut(&id)
                    .ok_or_else(|| not_found("De investering", "Investment", &id))?
                    .label = label.trim().to_string();
            }
            Edit::SetInvestmentAmount { id, year, amount } => {
                let inv = self
                    .investment_mut(&id)
                    .ok_or_else(|| not_found("De investering", "Investment", &id))?;
                set_amount(&mut inv.amounts, year, amount);
            }
            Edit::AddMunicipality { name } => {
                let id = Scenario::fresh_id(
                    "gemeente",
                    self.municipalities.iter().map(|m| m.id.as_str()),
                );
                let own_use =
                    (self.insured_share.is_some() || self.uses_own_use()).then_some(Decimal::ZERO);
                self.municipalities.push(Municipality {
                    id: id.clone(),
                    name: name.trim().to_string(),
                    share: Decimal::ZERO,
                    own_use,
                    share_from: BTreeMap::new(),
                    sources: BTreeMap::from([("share".into(), BY_USER.into())]),
                });
                applied.added = Some(id);
            }
            Edit::RemoveMunicipality { id } => {
                remove(&mut self.municipalities, |m| m.id == id)
                    .ok_or_else(|| not_found("De gemeente", "Municipality", &id))?;
            }
            Edit::SetCostModel(model) => match model {
                CostModel::Insurance => {
                    // Until the user enters own use, it equals the key share.
                    for m in &mut self.municipalities {
                        if m.own_use.is_none() {
                            m.own_use = Some(m.share.max(Decimal::ZERO));
                        }
                    }
                    if self.insured_share.is_none() {
                        self.insured_share = Some(Decimal::new(5, 1));
                    }
                }
                // Solidarity in every year: a phase-out by year goes too.
                CostModel::Solidarity => {
                    self.insured_share = None;
                    self.insured_share_from.clear();
                }
            },
            Edit::SetInsuredShareFrom { year, share } => {
                if share.is_some_and(|p| p < Decimal::ONE) {
                    // Own use is needed from that year; until the user enters
                    // it, it equals the key share.
                    for m in &mut self.municipalities {
                        if m.own_use.is_none() {
                            m.own_use = Some(m.share.max(Decimal::ZERO));
                        }
                    }
                }
                set_amount(&mut self.insured_share_from, year, share);
            }
            Edit::SetMunicipalityShareFrom { id, year, share } => {
                let m = self
                    .municipality_mut(&id)
                    .ok_or_else(|| not_found("De gemeente", "Municipality", &id))?;
                set_amount(&mut m.share_from, year, share);
            }
            Edit::ReplaceCareForms {
                forms,
                provenance,
                mapping,
            } => {
                let (next, dropped) = replace_care_forms(self, forms);
                *self = next;
                self.provenance = provenance;
                if mapping.is_some() {
                    self.allocation_mapping = mapping;
                }
                applied.dropped = dropped;
            }
            Edit::Replace(_) => {} // `apply` starts from the new scenario.
        }
        Ok(applied)
    }

    fn add_residential_shift(&mut self) -> Result<String, Refusal> {
        let residential: Vec<String> = self
            .care_forms
            .iter()
            .filter(|f| f.is_residential())
            .map(|f| f.id.clone())
            .collect();
        let (Some(from), Some(target)) = (
            residential.first(),
            self.care_forms
                .iter()
                .find(|f| !residential.contains(&f.id)),
        ) else {
            return Err(Refusal::one(
                "care_forms",
                "Afschalen verblijf heeft een verblijfsvorm nodig en een andere zorgvorm om naartoe te gaan.",
                "A residential shift needs a residential form and another form to go to.",
            ));
        };
        let id = Scenario::fresh_id(
            "afschalen",
            self.levers.residential_shifts.iter().map(|r| r.id.as_str()),
        );
        let shift = ResidentialShift {
            id: id.clone(),
            label: String::new(),
            from: vec![from.clone()],
            share: Decimal::ZERO,
            relapse: Decimal::ZERO,
            mix: vec![MixTarget {
                to: target.id.clone(),
                share: Decimal::ONE,
            }],
            start_year: self.next_year(),
            ramp_years: 0,
            source: None,
        };
        self.levers.residential_shifts.push(shift);
        Ok(id)
    }
}

fn remove<T>(list: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> Option<T> {
    let index = list.iter().position(matches)?;
    Some(list.remove(index))
}

fn set_amount(amounts: &mut BTreeMap<i32, Decimal>, year: i32, amount: Option<Decimal>) {
    match amount {
        Some(v) => amounts.insert(year, v),
        None => amounts.remove(&year),
    };
}

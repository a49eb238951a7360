//! The levers as a projection uses them: each found once among the care
//! forms ([`ResolvedLevers`]), their effects on a form summed per year
//! ([`FormEffects`]), and each form's [`Retention`] kept while its duration
//! stays the same ([`Retentions`]).

use rust_decimal::Decimal;

use crate::scenario::{
    ChangeKind, FormChange, FrontBudget, ResidentialShift, Scenario, Substitution,
};
use crate::stockflow::Retention;

/// Per-form lever effects in one year, summed over all levers.
#[derive(Clone, Copy, Default)]
pub(super) struct FormEffects {
    pub(super) change: [Decimal; 4],
    /// Share of pre-substitution inflow that leaves the form.
    pub(super) out_share: Decimal,
    /// Inflow received from other forms and relapsed inflow.
    pub(super) received: Decimal,
}

impl FormEffects {
    pub(super) fn factor(&self, kind: ChangeKind) -> Decimal {
        (Decimal::ONE + self.change[kind.index()]).max(Decimal::ZERO)
    }
}

/// The levers with their care forms found once, as positions in
/// `Scenario::care_forms`, instead of by id in every year (500 levers on 100
/// forms made that search an eighth of a projection). A lever on an unknown
/// id is skipped, as before.
pub(super) struct ResolvedLevers<'a> {
    /// Each form change with its form and the position of its kind.
    pub(super) changes: Vec<(&'a FormChange, usize, usize)>,
    /// Each substitution with its from and to forms.
    pub(super) substitutions: Vec<(&'a Substitution, usize, usize)>,
    pub(super) shifts: Vec<ResolvedShift<'a>>,
    /// Each front budget whose form is known, with that form.
    pub(super) fronts: Vec<(&'a FrontBudget, usize)>,
}

/// A shift with its known source forms and its known mix targets (with
/// their shares).
pub(super) struct ResolvedShift<'a> {
    pub(super) shift: &'a ResidentialShift,
    pub(super) from: Vec<usize>,
    pub(super) mix: Vec<(usize, Decimal)>,
}

impl<'a> ResolvedLevers<'a> {
    pub(super) fn of(scenario: &'a Scenario) -> ResolvedLevers<'a> {
        let positions = scenario.care_form_positions();
        let at = |id: &String| positions.get(id.as_str()).copied();
        let levers = &scenario.levers;
        ResolvedLevers {
            changes: levers
                .form_changes
                .iter()
                .filter_map(|change| Some((change, at(&change.form)?, change.kind.index())))
                .collect(),
            substitutions: levers
                .substitutions
                .iter()
                .filter_map(|rule| Some((rule, at(&rule.from)?, at(&rule.to)?)))
                .collect(),
            shifts: levers
                .residential_shifts
                .iter()
                .map(|shift| {
                    let from = shift.from.iter().filter_map(at).collect();
                    let mix = shift
                        .mix
                        .iter()
                        .filter_map(|target| Some((at(&target.to)?, target.share)))
                        .collect();
                    ResolvedShift { shift, from, mix }
                })
                .collect(),
            fronts: levers
                .front_budgets
                .iter()
                .filter_map(|lever| Some((lever, at(&lever.to)?)))
                .collect(),
        }
    }
}

/// Each form's [`Retention`], computed again only when its duration changes
/// (a lever on the duration while it ramps in). Keyed on the exact bits of the
/// duration, so a reused value is the one [`Retention::of`] would give.
pub(super) struct Retentions(Vec<Option<([u8; 16], Retention)>>);

impl Retentions {
    pub(super) fn new(n: usize) -> Retentions {
        Retentions(vec![None; n])
    }

    pub(super) fn of(&mut self, form: usize, duration: Decimal) -> Retention {
        let key = duration.serialize();
        match self.0[form] {
            Some((known, retention)) if known == key => retention,
            _ => {
                let retention = Retention::of(duration);
                self.0[form] = Some((key, retention));
                retention
            }
        }
    }
}

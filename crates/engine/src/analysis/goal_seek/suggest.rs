//! Which lever to try for a plan target that is not met: the Doelen tab's
//! "Doel zoeken" opens goal seek with this target and this knob chosen.

use rust_decimal::Decimal;

use super::{figure_at, furthest_valid, precision, Target};
use crate::knobs::{Address, KnobKind, LeverField, LeverList};
use crate::scenario::Scenario;

/// How well a lever fits a target's measure: 2 for a shift or substitution
/// that moves clients out of (or into) the forms the target counts, 1 for a
/// per-form change of one of them, 0 otherwise.
fn fit(s: &Scenario, list: LeverList, id: &str, target: &crate::scenario::Target) -> u8 {
    let counts = |form: &str| {
        !target.measure.counts_forms()
            || s.care_forms
                .iter()
                .any(|f| f.id == form && target.scope.includes(&f.id, f.group))
    };
    let l = &s.levers;
    match list {
        LeverList::ResidentialShifts => l
            .residential_shifts
            .iter()
            .find(|r| r.id == id)
            .is_some_and(|r| r.from.iter().any(|f| counts(f)))
            .then_some(2),
        LeverList::Substitutions => l
            .substitutions
            .iter()
            .find(|r| r.id == id)
            .is_some_and(|r| counts(&r.from) || counts(&r.to))
            .then_some(2),
        LeverList::FormChanges => l
            .form_changes
            .iter()
            .find(|c| c.id == id)
            .is_some_and(|c| counts(&c.form))
            .then_some(1),
        _ => None,
    }
    .unwrap_or(0)
}

/// The lever knob (a share or a per-form change) to search for the plan
/// target `id`: one that can meet it before one that cannot; among those,
/// the best fit to the target's measure (a residential shift for a
/// residential target, a substitution for cost and balance); then the one
/// with the largest effect at the end of its allowed range. None when no
/// lever moves the target the right way.
pub fn suggest_knob(s: &Scenario, id: &str) -> Option<Address> {
    let target = Target::plan_target(s, id)?;
    let plan = s.targets.iter().find(|t| t.id == id)?;
    let now = target.value(s);
    let mut best: Option<((bool, u8, Decimal), Address)> = None;
    for knob in s.knobs() {
        let Address::Lever {
            list,
            id: lever,
            field: LeverField::Share | LeverField::Change,
        } = &knob.address
        else {
            continue;
        };
        if knob.kind != KnobKind::Lever {
            continue;
        }
        let eps = precision(&knob);
        let Some(margin) = [knob.bounds.min, knob.bounds.max]
            .into_iter()
            .map(|end| furthest_valid(s, &knob.address, knob.value, end, eps))
            .filter_map(|v| figure_at(s, &knob.address, v, target))
            .max()
        else {
            continue;
        };
        if margin <= now {
            continue;
        }
        let key = (target.is_met_by(margin), fit(s, *list, lever, plan), margin);
        if best.as_ref().is_none_or(|(k, _)| key > *k) {
            best = Some((key, knob.address.clone()));
        }
    }
    best.map(|(_, address)| address)
}

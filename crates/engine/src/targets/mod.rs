//! Checking the plan's targets (doelen) against a projection: for the
//! scenario and its baseline, each target is gehaald or niet gehaald, with
//! the figure reached and the gap in the target's own unit (a change against
//! the reference for a relative target, the measure's unit otherwise).

use rust_decimal::Decimal;

use crate::projection::{Comparison as Projected, Projection, YearResult};
use crate::scenario::{Comparison, Measure, Scenario, Target};

/// The outcome of a target in one projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The year shown: the target's year, or for a target that holds every
    /// year from its year on, the year that misses it most (or, when every
    /// year meets it, the year closest to missing it).
    pub year: i32,
    /// The measure in that year (clients, euros, a fraction).
    pub level: Decimal,
    /// The reference level of a relative target.
    pub reference_level: Option<Decimal>,
    /// The figure compared with the target's value: the change against the
    /// reference (a fraction) for a relative target, `level` otherwise.
    /// None when it cannot be determined (a reference level of zero).
    pub reached: Option<Decimal>,
    /// `reached - value`, in the target's own unit.
    pub gap: Option<Decimal>,
    pub verdict: Verdict,
    /// Years checked and years that meet the target (1 and 0 or 1 for a
    /// single year).
    pub years_checked: usize,
    pub years_met: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Met,
    NotMet,
    /// No figure to compare: the reference level is zero.
    Undetermined,
}

/// A target checked against the scenario and its baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetResult {
    pub id: String,
    pub scenario: Check,
    pub baseline: Check,
}

/// Every target of `scenario`, checked against its projection and baseline.
pub fn check_targets(scenario: &Scenario, projected: &Projected) -> Vec<TargetResult> {
    check_both(scenario, &projected.scenario, &projected.baseline)
}

/// [`check_targets`] on the two projections as the app holds them.
pub fn check_both(
    scenario: &Scenario,
    projection: &Projection,
    baseline: &Projection,
) -> Vec<TargetResult> {
    scenario
        .targets
        .iter()
        .map(|t| TargetResult {
            id: t.id.clone(),
            scenario: check(scenario, projection, t),
            baseline: check(scenario, baseline, t),
        })
        .collect()
}

/// `target` made consistent after the user changed one of its parts in the
/// app (the measure, the year, the kind of reference), so the edit can pass
/// validation: a share gets a group when it counted everything, a budget
/// line target a line, a balance no reference and no scope, a reference a
/// year before the target's, a level before the base year (the projected
/// base-year level as a start, to be replaced by the plan's figure), and the
/// threshold its bounds.
pub fn reshape(scenario: &Scenario, projection: &Projection, mut target: Target) -> Target {
    use crate::scenario::{CareGroup, Scope};
    if !target.measure.counts_forms() {
        target.scope = Scope::All;
    } else if target.measure.is_share() && target.scope == Scope::All {
        target.scope = Scope::Group(CareGroup::Verblijf);
    }
    target.budget_line = match target.measure {
        Measure::BudgetLine => target
            .budget_line
            .filter(|id| scenario.budget_line(id).is_some())
            .or_else(|| scenario.budget_lines.first().map(|l| l.id.clone())),
        _ => None,
    };
    if target.measure == Measure::Balance {
        target.reference = None;
    }
    if let Some(r) = &mut target.reference {
        if r.year >= scenario.base_year {
            r.level = None;
            if r.year >= target.year {
                r.year = scenario.base_year;
            }
        } else if r.level.is_none() {
            let base_level = projection
                .year(scenario.base_year)
                .map(|y| measure(scenario, &target, y))
                .unwrap_or_default();
            let level = if base_level > Decimal::ZERO {
                base_level.round_dp(2)
            } else {
                Decimal::ONE
            };
            if let Some(r) = &mut target.reference {
                r.level = Some(level);
                if r.source.trim().is_empty() {
                    r.source = "aanname: het niveau van het basisjaar; vervang het door het cijfer uit het plan".into();
                }
            }
        }
    }
    // A reference in the base year cannot precede a target in the base year.
    if matches!(&target.reference, Some(r) if r.year >= target.year && r.level.is_none()) {
        target.reference = None;
    }
    let bounds = crate::knobs::Bounds::target_value(&target);
    target.value = target.value.clamp(bounds.min, bounds.max);
    target
}

/// One target against one projection. Years outside the projection are
/// skipped (validation keeps a target's year within the horizon).
pub fn check(scenario: &Scenario, projection: &Projection, target: &Target) -> Check {
    let last = scenario.last_year();
    let years = if target.every_year_from {
        target.year..=last
    } else {
        target.year..=target.year
    };
    let reference = reference_level(scenario, projection, target);
    let mut checks = years
        .filter_map(|y| projection.year(y))
        .map(|y| check_year(scenario, target, y, reference));
    let Some(first) = checks.next() else {
        return Check {
            year: target.year,
            level: Decimal::ZERO,
            reference_level: reference,
            reached: None,
            gap: None,
            verdict: Verdict::Undetermined,
            years_checked: 0,
            years_met: 0,
        };
    };
    let mut years_checked = 1;
    let mut years_met = usize::from(first.verdict == Verdict::Met);
    let mut worst = first;
    for c in checks {
        years_checked += 1;
        years_met += usize::from(c.verdict == Verdict::Met);
        if margin(target, &c) < margin(target, &worst) {
            worst = c;
        }
    }
    Check {
        years_checked,
        years_met,
        ..worst
    }
}

/// How far a year is on the right side of the target (negative: missed);
/// an undetermined year counts as the worst.
fn margin(target: &Target, c: &Check) -> Decimal {
    match (c.gap, target.comparison) {
        (None, _) => Decimal::MIN,
        (Some(gap), Comparison::AtLeast) => gap,
        (Some(gap), Comparison::AtMost) => -gap,
    }
}

fn check_year(
    scenario: &Scenario,
    target: &Target,
    year: &YearResult,
    reference: Option<Decimal>,
) -> Check {
    let level = measure(scenario, target, year);
    let reached = match (&target.reference, reference) {
        (None, _) => Some(level),
        (Some(_), Some(r)) if !r.is_zero() => Some(level / r - Decimal::ONE),
        (Some(_), _) => None,
    };
    let gap = reached.map(|r| r - target.value);
    let verdict = match (gap, target.comparison) {
        (None, _) => Verdict::Undetermined,
        (Some(g), Comparison::AtMost) if g <= Decimal::ZERO => Verdict::Met,
        (Some(g), Comparison::AtLeast) if g >= Decimal::ZERO => Verdict::Met,
        _ => Verdict::NotMet,
    };
    Check {
        year: year.year,
        level,
        reference_level: reference,
        reached,
        gap,
        verdict,
        years_checked: 1,
        years_met: usize::from(verdict == Verdict::Met),
    }
}

/// The reference level: given as data, or the projection's own figure in
/// the reference year.
fn reference_level(
    scenario: &Scenario,
    projection: &Projection,
    target: &Target,
) -> Option<Decimal> {
    let reference = target.reference.as_ref()?;
    match reference.level {
        Some(level) => Some(level),
        None => projection
            .year(reference.year)
            .map(|y| measure(scenario, target, y)),
    }
}

/// The target's measure in one projected year.
pub fn measure(scenario: &Scenario, target: &Target, year: &YearResult) -> Decimal {
    let counted = |pick: fn(&crate::projection::FormYear) -> Decimal| -> (Decimal, Decimal) {
        scenario.care_forms.iter().zip(&year.forms).fold(
            (Decimal::ZERO, Decimal::ZERO),
            |(part, all), (form, fy)| {
                let value = pick(fy);
                let part = if target.scope.includes(&form.id, form.group) {
                    part + value
                } else {
                    part
                };
                (part, all + value)
            },
        )
    };
    let share = |(part, all): (Decimal, Decimal)| {
        if all.is_zero() {
            Decimal::ZERO
        } else {
            part / all
        }
    };
    match target.measure {
        Measure::Clients => counted(|f| f.avg_clients).0,
        Measure::ClientsYearEnd => counted(|f| f.clients_end).0,
        Measure::Inflow => counted(|f| f.inflow).0,
        Measure::Cost => counted(|f| f.cost).0,
        Measure::ClientsShare => share(counted(|f| f.avg_clients)),
        Measure::CostShare => share(counted(|f| f.cost)),
        Measure::BudgetLine => target
            .budget_line
            .as_deref()
            .and_then(|id| scenario.budget_lines.iter().position(|l| l.id == id))
            .and_then(|i| year.budget_lines.get(i).copied())
            .unwrap_or_default(),
        Measure::Balance => year.balance,
    }
}

#[cfg(test)]
mod tests;

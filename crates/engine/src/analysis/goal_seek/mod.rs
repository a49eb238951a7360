//! Doel zoeken: which value of one knob reaches a target (the balance in a
//! year at least an amount, the cumulative balance at least an amount, or
//! the residential share in a year at most a percentage)? Solved on the
//! Decimal engine by bisection within the knob's allowed range, to a stated
//! precision; the answer always meets the target when re-projected.

use rust_decimal::Decimal;

use crate::edit::Edit;
use crate::knobs::{Address, Knob};
use crate::nl::{format_euro, format_number, format_percent};
use crate::projection::project;
use crate::scenario::Scenario;
use crate::text::Text;

mod form;
mod suggest;
mod words;
pub use form::{goal_choices, seekable_knobs, Goal};
pub use suggest::suggest_knob;

/// What should be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Income minus cost in `year` at least `amount` (0: no deficit).
    BalanceAtLeast { year: i32, amount: Decimal },
    /// The balance over all years at least `amount`.
    CumulativeAtLeast { amount: Decimal },
    /// Residential care's share of clients in `year` at most `share`.
    ResidentialShareAtMost { year: i32, share: Decimal },
    /// One of the scenario's own targets (doelen) gehaald: its figure is the
    /// margin (at least 0 is gehaald) in the target's own unit.
    PlanTarget { index: usize, unit: MarginUnit },
}

/// The unit a plan target's margin is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarginUnit {
    /// A change against a reference or a share: fractions shown as
    /// percentage points.
    Points,
    Euro,
    Clients,
}

impl Target {
    /// The scenario's own target `id` as a goal.
    pub fn plan_target(s: &Scenario, id: &str) -> Option<Target> {
        let index = s.targets.iter().position(|t| t.id == id)?;
        let t = &s.targets[index];
        let unit = if t.reference.is_some() || t.measure.is_share() {
            MarginUnit::Points
        } else if t.measure.is_money() {
            MarginUnit::Euro
        } else {
            MarginUnit::Clients
        };
        Some(Target::PlanTarget { index, unit })
    }

    /// The figure the target looks at, for a scenario.
    pub fn value(self, s: &Scenario) -> Decimal {
        let p = project(s);
        match self {
            Target::PlanTarget { index, .. } => {
                let Some(t) = s.targets.get(index) else {
                    return Decimal::MIN;
                };
                let c = crate::targets::check(s, &p, t);
                match (c.gap, t.comparison) {
                    (None, _) => Decimal::MIN,
                    (Some(gap), crate::scenario::Comparison::AtLeast) => gap,
                    (Some(gap), crate::scenario::Comparison::AtMost) => -gap,
                }
            }
            Target::BalanceAtLeast { year, .. } => {
                p.year(year).map_or(Decimal::ZERO, |y| y.balance)
            }
            Target::CumulativeAtLeast { .. } => {
                p.last().map_or(Decimal::ZERO, |y| y.cumulative_balance)
            }
            Target::ResidentialShareAtMost { year, .. } => p
                .year(year)
                .map_or(Decimal::ZERO, |y| y.residential_share_clients),
        }
    }

    pub fn is_met_by(self, value: Decimal) -> bool {
        match self {
            Target::BalanceAtLeast { amount, .. } | Target::CumulativeAtLeast { amount } => {
                value >= amount
            }
            Target::ResidentialShareAtMost { share, .. } => value <= share,
            Target::PlanTarget { .. } => value >= Decimal::ZERO,
        }
    }

    /// How the target's figure reads: euros or a percentage.
    pub fn show(self, value: Decimal) -> String {
        match self {
            Target::ResidentialShareAtMost { .. } => format_percent(value, 2),
            Target::PlanTarget { unit, .. } => {
                if value == Decimal::MIN {
                    return "niet te bepalen".into();
                }
                let size = match unit {
                    MarginUnit::Points => format!(
                        "{} procentpunt",
                        format_number(value.abs() * Decimal::ONE_HUNDRED, 2)
                    ),
                    MarginUnit::Euro => format_euro(value.abs()),
                    MarginUnit::Clients => format!("{} cliënten", format_number(value.abs(), 1)),
                };
                if value >= Decimal::ZERO {
                    format!("{size} ruimte")
                } else {
                    format!("{size} te kort")
                }
            }
            _ => format_euro(value),
        }
    }

    /// [`Target::describe`], naming a plan target by its label.
    pub fn describe_in(self, s: &Scenario) -> Text {
        match self {
            Target::PlanTarget { index, .. } => {
                let label = s.targets.get(index).map_or("", |t| t.label.as_str());
                Text::new(
                    format!("doel \"{label}\" gehaald"),
                    format!("target \"{label}\" met"),
                )
            }
            _ => self.describe(),
        }
    }

    /// "saldo 2028 ten minste € 0".
    pub fn describe(self) -> Text {
        match self {
            Target::BalanceAtLeast { year, amount } => Text::new(
                format!("saldo {year} ten minste {}", format_euro(amount)),
                format!("balance {year} at least {}", format_euro(amount)),
            ),
            Target::CumulativeAtLeast { amount } => Text::new(
                format!("cumulatief saldo ten minste {}", format_euro(amount)),
                format!("cumulative balance at least {}", format_euro(amount)),
            ),
            Target::ResidentialShareAtMost { year, share } => Text::new(
                format!(
                    "aandeel residentiële zorg {year} hooguit {}",
                    format_percent(share, 1)
                ),
                format!(
                    "share in residential care {year} at most {}",
                    format_percent(share, 1)
                ),
            ),
            Target::PlanTarget { index, .. } => Text::new(
                format!("doel {} gehaald", index + 1),
                format!("target {} met", index + 1),
            ),
        }
    }
}

/// The outcome of a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `value` reaches the target (`reached` is the target's figure there);
    /// a value closer to the current one by more than `precision` does not.
    Found {
        value: Decimal,
        reached: Decimal,
        precision: Decimal,
    },
    /// The knob as it is already reaches the target.
    AlreadyMet { reached: Decimal },
    /// No value in the allowed range reaches it; `best_value` comes closest.
    Unreachable { best_value: Decimal, best: Decimal },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSeek {
    pub knob: Knob,
    pub target: Target,
    /// The target in words ("saldo 2028 ten minste € 0", a doel's label).
    pub goal: Text,
    pub outcome: Outcome,
}

/// The precision a value is found to: a hundredth of the knob's step
/// (0,005 procentpunt for a share), at least a cent or a thousandth.
fn precision(knob: &Knob) -> Decimal {
    let p = knob.bounds.step / Decimal::ONE_HUNDRED;
    if knob.unit.is_whole() {
        Decimal::ONE
    } else {
        p.max(Decimal::new(1, 6))
    }
}

/// The target's figure with the knob at `v`, or None where it is refused.
fn figure_at(s: &Scenario, address: &Address, v: Decimal, target: Target) -> Option<Decimal> {
    let mut moved = s.clone();
    moved.apply(Edit::set(address.clone(), v)).ok()?;
    Some(target.value(&moved))
}

/// The furthest value from `from` toward `to` that the scenario accepts
/// (shares leaving a form may stop a share below its bound).
fn furthest_valid(
    s: &Scenario,
    address: &Address,
    from: Decimal,
    to: Decimal,
    eps: Decimal,
) -> Decimal {
    let mut moved = s.clone();
    if moved.apply(Edit::set(address.clone(), to)).is_ok() {
        return to;
    }
    let (mut ok, mut bad) = (from, to);
    for _ in 0..80 {
        if (bad - ok).abs() <= eps {
            break;
        }
        let mid = round_to((ok + bad) / Decimal::TWO, eps);
        if mid == ok || mid == bad {
            break;
        }
        let mut moved = s.clone();
        if moved.apply(Edit::set(address.clone(), mid)).is_ok() {
            ok = mid;
        } else {
            bad = mid;
        }
    }
    ok
}

fn round_to(v: Decimal, eps: Decimal) -> Decimal {
    (v / eps).round() * eps
}

/// Searches the value of the knob at `address` that reaches `target`,
/// moving it as little as possible from where it is.
pub fn goal_seek(s: &Scenario, address: &Address, target: Target) -> Option<GoalSeek> {
    let knob = s.knob(address)?;
    let current = knob.value;
    let eps = precision(&knob);
    let now = target.value(s);
    if target.is_met_by(now) {
        return Some(GoalSeek {
            knob,
            target,
            goal: target.describe_in(s),
            outcome: Outcome::AlreadyMet { reached: now },
        });
    }
    let ends: Vec<(Decimal, Decimal)> = [knob.bounds.min, knob.bounds.max]
        .into_iter()
        .map(|end| furthest_valid(s, address, current, end, eps))
        .filter_map(|v| figure_at(s, address, v, target).map(|f| (v, f)))
        .collect();
    let met: Vec<&(Decimal, Decimal)> = ends.iter().filter(|(_, f)| target.is_met_by(*f)).collect();
    // The end that reaches the target nearest to the current value.
    let Some(&&(end, _)) = met.iter().min_by_key(|(v, _)| (*v - current).abs()) else {
        let better = |a: Decimal, b: Decimal| match target {
            Target::ResidentialShareAtMost { .. } => a < b,
            _ => a > b,
        };
        let (best_value, best) = ends
            .iter()
            .copied()
            .chain(std::iter::once((current, now)))
            .reduce(|x, y| if better(y.1, x.1) { y } else { x })
            .unwrap_or((current, now));
        return Some(GoalSeek {
            knob,
            target,
            goal: target.describe_in(s),
            outcome: Outcome::Unreachable { best_value, best },
        });
    };
    // Bisection between the current value (not met) and that end (met).
    let (mut miss, mut hit) = (current, end);
    let mut reached = figure_at(s, address, hit, target).unwrap_or(now);
    for _ in 0..200 {
        if (hit - miss).abs() <= eps {
            break;
        }
        let mid = round_to((miss + hit) / Decimal::TWO, eps);
        if mid == miss || mid == hit {
            break;
        }
        match figure_at(s, address, mid, target) {
            Some(f) if target.is_met_by(f) => {
                hit = mid;
                reached = f;
            }
            _ => miss = mid,
        }
    }
    Some(GoalSeek {
        knob,
        target,
        goal: target.describe_in(s),
        outcome: Outcome::Found {
            value: hit,
            reached,
            precision: eps,
        },
    })
}

#[cfg(test)]
mod tests;

//! The one f64 path of the engine: the same projection as `projection/mod.rs`,
//! in floating point, for the thousands of samples behind the uncertainty
//! bands. It is checked against the Decimal engine (within 0.01% on every
//! yearly total of the example region and every preset) and its results are
//! only ever shown rounded, never as cents.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::scenario::{CostBasis, Scenario, Timing};

fn f(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

/// How a sample departs from the scenario as entered: added to every care
/// form's trends and every lever's relapse, and a factor on every lever's
/// strength (share or change).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Perturbation {
    pub inflow_growth: f64,
    pub price_index: f64,
    pub relapse: f64,
    pub lever_effect: f64,
}

impl Perturbation {
    /// The scenario exactly as entered.
    pub const NONE: Perturbation = Perturbation {
        inflow_growth: 0.0,
        price_index: 0.0,
        relapse: 0.0,
        lever_effect: 1.0,
    };
}

struct Form {
    clients: f64,
    inflow: f64,
    duration: f64,
    per_trajectory: bool,
    price: f64,
    growth: f64,
    index: f64,
}

struct Timed {
    start: i32,
    ramp: u32,
}

impl Timed {
    fn of(t: Timing) -> Timed {
        Timed {
            start: t.start_year,
            ramp: t.ramp_years,
        }
    }

    fn strength(&self, target: f64, year: i32) -> f64 {
        if year < self.start {
            0.0
        } else if self.ramp == 0 {
            target
        } else {
            let done = f64::from(year - self.start + 1);
            target * (done / f64::from(self.ramp)).min(1.0)
        }
    }
}

struct Move {
    from: Vec<usize>,
    to: Vec<(usize, f64)>,
    share: f64,
    relapse: f64,
    timing: Timed,
}

struct Change {
    form: usize,
    kind: usize,
    change: f64,
    timing: Timed,
}

/// Budget moved to the front: a share of the income (None) or of the care
/// cost of the forms marked in the mask, added to care cost.
struct Front {
    group: Option<Vec<bool>>,
    share: f64,
    timing: Timed,
}

/// A scenario compiled to plain numbers, ready to run many times.
pub struct FastModel {
    first_year: i32,
    forms: Vec<Form>,
    moves: Vec<Move>,
    changes: Vec<Change>,
    fronts: Vec<Front>,
    /// Per year: income, and expenses outside care plus investments.
    income: Vec<f64>,
    other_cost: Vec<f64>,
}

/// One year of a fast run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FastYear {
    pub total_cost: f64,
    pub income: f64,
    pub balance: f64,
}

impl FastModel {
    pub fn new(s: &Scenario) -> FastModel {
        let index = |id: &str| s.care_form_index(id);
        let forms = s
            .care_forms
            .iter()
            .map(|form| {
                let (per_trajectory, price) = match form.cost_basis() {
                    CostBasis::TariffPerMonth(t) => (false, f(t)),
                    CostBasis::PricePerTrajectory(p) => (true, f(p)),
                };
                Form {
                    clients: f(form.clients_start),
                    inflow: f(form.base_inflow()),
                    duration: f(form.duration_months),
                    per_trajectory,
                    price,
                    growth: f(form.inflow_growth),
                    index: f(form.price_index),
                }
            })
            .collect();
        let l = &s.levers;
        let mut moves: Vec<Move> = l
            .substitutions
            .iter()
            .filter_map(|r| {
                Some(Move {
                    from: vec![index(&r.from)?],
                    to: vec![(index(&r.to)?, 1.0)],
                    share: f(r.share),
                    relapse: f(r.relapse),
                    timing: Timed::of(r.timing()),
                })
            })
            .collect();
        moves.extend(l.residential_shifts.iter().map(|r| {
            Move {
                from: r.from.iter().filter_map(|id| index(id)).collect(),
                to: r
                    .mix
                    .iter()
                    .filter_map(|t| Some((index(&t.to)?, f(t.share))))
                    .collect(),
                share: f(r.share),
                relapse: f(r.relapse),
                timing: Timed::of(r.timing()),
            }
        }));
        let changes = l
            .form_changes
            .iter()
            .filter_map(|c| {
                Some(Change {
                    form: index(&c.form)?,
                    kind: c.kind.index(),
                    change: f(c.change),
                    timing: Timed::of(c.timing()),
                })
            })
            .collect();
        let fronts = l
            .front_budgets
            .iter()
            .filter_map(|b| {
                // A lever on a form that is gone does nothing, as in `project`.
                index(&b.to)?;
                Some(Front {
                    group: match b.basis {
                        crate::scenario::FrontBasis::Income => None,
                        crate::scenario::FrontBasis::Group(g) => {
                            Some(s.care_forms.iter().map(|form| form.group == g).collect())
                        }
                    },
                    share: f(b.share),
                    timing: Timed::of(b.timing()),
                })
            })
            .collect();
        // Budget lines and investments carry no uncertainty: computed once,
        // exactly as the Decimal engine does.
        let p = crate::projection::project(s);
        let income = p.years.iter().map(|y| f(y.income)).collect();
        let other_cost = p
            .years
            .iter()
            .map(|y| f(y.other_expenses + y.investment_cost))
            .collect();
        FastModel {
            first_year: s.base_year,
            forms,
            moves,
            changes,
            fronts,
            income,
            other_cost,
        }
    }

    /// Runs the projection with a perturbation; one entry per year.
    pub fn run(&self, p: &Perturbation) -> Vec<FastYear> {
        let n = self.forms.len();
        let mut clients: Vec<f64> = self.forms.iter().map(|form| form.clients).collect();
        let mut growth = vec![1.0; n];
        let mut indexation = vec![1.0; n];
        let mut years = Vec::with_capacity(self.income.len());
        let mut change = vec![[0.0f64; 4]; n];
        let mut out_share = vec![0.0; n];
        let mut received = vec![0.0; n];
        for (k, (&income, &other)) in self.income.iter().zip(&self.other_cost).enumerate() {
            let year = self.first_year + k as i32;
            change.iter_mut().for_each(|c| *c = [0.0; 4]);
            out_share.iter_mut().for_each(|v| *v = 0.0);
            received.iter_mut().for_each(|v| *v = 0.0);
            for c in &self.changes {
                change[c.form][c.kind] += c.timing.strength(c.change * p.lever_effect, year);
            }
            let factor =
                |i: usize, kind: usize, change: &[[f64; 4]]| (1.0 + change[i][kind]).max(0.0);
            let pre: Vec<f64> = (0..n)
                .map(|i| self.forms[i].inflow * growth[i] * factor(i, 0, &change))
                .collect();
            for m in &self.moves {
                let share = m.timing.strength(m.share * p.lever_effect, year);
                let relapse = (m.relapse + p.relapse).clamp(0.0, 1.0);
                for &a in &m.from {
                    let moved = pre[a] * share;
                    out_share[a] += share;
                    received[a] += moved * relapse;
                    for &(b, part) in &m.to {
                        received[b] += moved * part;
                    }
                }
            }
            let mut cost = vec![0.0; n];
            for (i, form) in self.forms.iter().enumerate() {
                let inflow = pre[i] * (1.0 - out_share[i]).max(0.0) + received[i];
                let d = (form.duration * factor(i, 1, &change)).max(1.0);
                let a = inflow / 12.0;
                let q = 1.0 - 1.0 / d;
                let q12 = q.powi(12);
                let kept = 1.0 - q12;
                let weight = (d * kept).min(12.0);
                let steady = a * d;
                let client_months = clients[i] * weight + steady * (12.0 - weight);
                clients[i] = clients[i] * q12 + steady * kept;
                let price =
                    form.price * indexation[i] * factor(i, 2, &change) * factor(i, 3, &change);
                cost[i] = if form.per_trajectory {
                    inflow * price
                } else {
                    client_months * price
                };
                growth[i] *= 1.0 + form.growth + p.inflow_growth;
                indexation[i] *= 1.0 + form.index + p.price_index;
            }
            let mut care: f64 = cost.iter().sum();
            for front in &self.fronts {
                let basis = match &front.group {
                    None => income,
                    Some(mask) => (0..n).filter(|&i| mask[i]).map(|i| cost[i]).sum(),
                };
                let share = front.timing.strength(front.share * p.lever_effect, year);
                care += share * basis.max(0.0);
            }
            let total_cost = care + other;
            years.push(FastYear {
                total_cost,
                income,
                balance: income - total_cost,
            });
        }
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::presets::presets;
    use crate::projection::project;

    /// The f64 path agrees with the Decimal engine within 0.01% on every
    /// yearly total of the example region and every preset, and within that
    /// share of the year's cost on its balance.
    #[test]
    fn the_f64_path_agrees_with_the_decimal_engine() {
        // The example with budget moved to the front, on both bases.
        let mut fronts = voorbeeldregio();
        for (i, basis) in [
            crate::scenario::FrontBasis::Income,
            crate::scenario::FrontBasis::Group(crate::scenario::CareGroup::Ambulant),
        ]
        .into_iter()
        .enumerate()
        {
            let to = fronts.care_forms[0].id.clone();
            fronts.apply(crate::Edit::AddFrontBudget { to }).unwrap();
            let b = &mut fronts.levers.front_budgets[i];
            b.basis = basis;
            b.share = rust_decimal_macros::dec!(0.1);
            b.ramp_years = 2;
        }
        let scenarios = [voorbeeldregio(), fronts]
            .into_iter()
            .chain(presets().iter().map(|p| p.scenario()));
        for s in scenarios {
            for variant in [s.clone(), s.baseline()] {
                let exact = project(&variant);
                let fast = FastModel::new(&variant).run(&Perturbation::NONE);
                assert_eq!(fast.len(), exact.years.len());
                for (y, x) in exact.years.iter().zip(&fast) {
                    let cost = f(y.total_cost);
                    let off = (x.total_cost - cost).abs();
                    assert!(
                        off <= cost.abs() * 1e-4,
                        "{} {}: {} vs {cost}",
                        s.name,
                        y.year,
                        x.total_cost
                    );
                    assert!((x.income - f(y.income)).abs() <= f(y.income).abs() * 1e-4);
                    assert!((x.balance - f(y.balance)).abs() <= cost.abs() * 1e-4);
                }
            }
        }
    }
}

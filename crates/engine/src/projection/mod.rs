//! Where cost is computed: a scenario projected year by year (MODEL.md,
//! "Simulation"), and the same with its baseline (levers off) beside it;
//! the levers as it uses them in `levers`; each municipality's part of
//! those years apart (`split`).

mod levers;
mod split;

pub use split::{split_by_municipality, MunicipalityYear};

use levers::{FormEffects, ResolvedLevers, ResolvedShift, Retentions};

use rust_decimal::Decimal;

use crate::money::round_cents;
use crate::scenario::{BudgetKind, ChangeKind, CostBasis, FrontBasis, Scenario};

/// One care form in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormYear {
    /// Yearly inflow after substitution (trajectories started).
    pub inflow: Decimal,
    /// Average clients in care (client-months / 12; equal to client-years).
    pub avg_clients: Decimal,
    /// Clients in care on 31 December (1 January of the next year).
    pub clients_end: Decimal,
    /// Price per client-month or per trajectory in this year.
    pub price: Decimal,
    /// Yearly cost, rounded half-even to cents.
    pub cost: Decimal,
}

/// Everything the projection knows about one year. Money is in euros,
/// rounded to cents; totals are sums of rounded parts so tables add up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearResult {
    pub year: i32,
    /// Per care form, in the order of `Scenario::care_forms`.
    pub forms: Vec<FormYear>,
    /// Per budget line, in the order of `Scenario::budget_lines`.
    pub budget_lines: Vec<Decimal>,
    /// Per investment, in the order of `Levers::investments` (0 in a baseline).
    pub investments: Vec<Decimal>,
    pub care_cost: Decimal,
    pub other_expenses: Decimal,
    pub investment_cost: Decimal,
    pub total_cost: Decimal,
    pub income: Decimal,
    /// Income minus total cost: positive is an overschot, negative a tekort.
    pub balance: Decimal,
    /// Running sum of `balance` from the base year.
    pub cumulative_balance: Decimal,
    /// Share of residential care as the plans mean it (verblijf that is not
    /// family-based: residentieel, gesloten) in average clients, 0..1.
    pub residential_share_clients: Decimal,
    /// Share of that residential care in care cost, 0..1.
    pub residential_share_cost: Decimal,
    /// Share of verblijf as CBS counts it (the whole group, pleegzorg and
    /// gezinshuis included) in average clients, 0..1.
    pub out_of_home_share_clients: Decimal,
    /// Share of verblijf as CBS counts it in care cost, 0..1.
    pub out_of_home_share_cost: Decimal,
}

/// A scenario's yearly results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub years: Vec<YearResult>,
}

impl Projection {
    pub fn year(&self, year: i32) -> Option<&YearResult> {
        self.years.iter().find(|y| y.year == year)
    }

    pub fn last(&self) -> Option<&YearResult> {
        self.years.last()
    }
}

/// A scenario and its baseline, projected side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub scenario: Projection,
    pub baseline: Projection,
}

impl Comparison {
    /// Savings against the baseline in each year: baseline total cost minus
    /// scenario total cost (positive = the plan saves money).
    pub fn savings(&self) -> Vec<(i32, Decimal)> {
        self.scenario
            .years
            .iter()
            .zip(&self.baseline.years)
            .map(|(s, b)| (s.year, b.total_cost - s.total_cost))
            .collect()
    }

    /// Savings over the whole horizon.
    pub fn total_savings(&self) -> Decimal {
        self.savings().into_iter().map(|(_, s)| s).sum()
    }
}

/// Projects `scenario` and its baseline.
pub fn project_with_baseline(scenario: &Scenario) -> Comparison {
    Comparison {
        scenario: project(scenario),
        baseline: project(&scenario.baseline()),
    }
}

/// Projects one scenario year by year. Never panics on unvalidated input:
/// unknown ids in levers are skipped, impossible factors clamp at zero.
pub fn project(scenario: &Scenario) -> Projection {
    let forms = &scenario.care_forms;
    let n = forms.len();
    let levers = &scenario.levers;
    let resolved = ResolvedLevers::of(scenario);
    let mut retentions = Retentions::new(n);

    let mut clients: Vec<Decimal> = forms.iter().map(|f| f.clients_start).collect();
    let base_inflow: Vec<Decimal> = forms.iter().map(|f| f.base_inflow()).collect();
    // (1 + growth)^k and (1 + index)^k, advanced once a year.
    let mut growth = vec![Decimal::ONE; n];
    let mut indexation = vec![Decimal::ONE; n];
    let mut budget_indexation = vec![Decimal::ONE; scenario.budget_lines.len()];
    let mut cumulative = Decimal::ZERO;
    let mut years = Vec::with_capacity(scenario.years as usize);

    for year in scenario.year_range() {
        let mut effects = vec![FormEffects::default(); n];
        for &(change, i, k) in &resolved.changes {
            effects[i].change[k] += change.timing().strength(change.change, year);
        }

        let pre: Vec<Decimal> = (0..n)
            .map(|i| base_inflow[i] * growth[i] * effects[i].factor(ChangeKind::Inflow))
            .collect();

        for &(rule, a, b) in &resolved.substitutions {
            let share = rule.timing().strength(rule.share, year);
            let moved = pre[a] * share;
            effects[a].out_share += share;
            effects[b].received += moved;
            effects[a].received += moved * rule.relapse;
        }
        for ResolvedShift { shift, from, mix } in &resolved.shifts {
            let share = shift.timing().strength(shift.share, year);
            for &a in from {
                let moved = pre[a] * share;
                effects[a].out_share += share;
                effects[a].received += moved * shift.relapse;
                for &(b, target_share) in mix {
                    effects[b].received += moved * target_share;
                }
            }
        }

        let mut form_years = Vec::with_capacity(n);
        for (i, form) in forms.iter().enumerate() {
            let fx = &effects[i];
            let kept = (Decimal::ONE - fx.out_share).max(Decimal::ZERO);
            let inflow = pre[i] * kept + fx.received;
            let duration = form.duration_months * fx.factor(ChangeKind::Duration);
            let flow = retentions.of(i, duration).year(clients[i], inflow);
            let price_factor =
                indexation[i] * fx.factor(ChangeKind::Tariff) * fx.factor(ChangeKind::Intensity);
            let (price, cost) = match form.cost_basis() {
                CostBasis::TariffPerMonth(t) => {
                    (t * price_factor, flow.client_months * t * price_factor)
                }
                CostBasis::PricePerTrajectory(p) => (p * price_factor, inflow * p * price_factor),
            };
            form_years.push(FormYear {
                inflow,
                avg_clients: flow.client_months / Decimal::from(12),
                clients_end: flow.clients_end,
                price,
                cost: round_cents(cost),
            });
            clients[i] = flow.clients_end;
            growth[i] *= Decimal::ONE + form.inflow_growth;
            indexation[i] *= Decimal::ONE + form.price_index;
        }

        let mut income = Decimal::ZERO;
        let mut other_expenses = Decimal::ZERO;
        let mut budget_lines = Vec::with_capacity(scenario.budget_lines.len());
        for (line, index) in scenario
            .budget_lines
            .iter()
            .zip(budget_indexation.iter_mut())
        {
            let amount = round_cents(
                line.amounts
                    .get(&year)
                    .copied()
                    .unwrap_or(line.base_amount * *index),
            );
            *index *= Decimal::ONE + line.index;
            match line.kind {
                BudgetKind::Income => income += amount,
                BudgetKind::Expense => other_expenses += amount,
            }
            budget_lines.push(amount);
        }
        let investments: Vec<Decimal> = levers
            .investments
            .iter()
            .map(|inv| round_cents(inv.amounts.get(&year).copied().unwrap_or_default()))
            .collect();
        let investment_cost: Decimal = investments.iter().sum();

        // Budget moved to the front: a share of the year's income or of a
        // group's care cost (before any of these levers), spent at `to`.
        let front: Vec<(usize, Decimal)> = resolved
            .fronts
            .iter()
            .map(|&(lever, to)| {
                let basis = match lever.basis {
                    FrontBasis::Income => income,
                    FrontBasis::Group(group) => forms
                        .iter()
                        .zip(&form_years)
                        .filter(|(form, _)| form.group == group)
                        .map(|(_, fy)| fy.cost)
                        .sum(),
                };
                let share = lever.timing().strength(lever.share, year);
                (to, round_cents(share * basis.max(Decimal::ZERO)))
            })
            .collect();
        for (to, amount) in front {
            form_years[to].cost += amount;
        }

        let care_cost: Decimal = form_years.iter().map(|f| f.cost).sum();
        let total_cost = care_cost + other_expenses + investment_cost;
        let balance = income - total_cost;
        cumulative += balance;

        let (mut all_clients, mut residential, mut out_of_home) =
            (Decimal::ZERO, Share::default(), Share::default());
        for (form, fy) in forms.iter().zip(&form_years) {
            all_clients += fy.avg_clients;
            if form.is_residential() {
                residential.add(fy);
            }
            if form.is_out_of_home() {
                out_of_home.add(fy);
            }
        }

        years.push(YearResult {
            year,
            forms: form_years,
            budget_lines,
            investments,
            care_cost,
            other_expenses,
            investment_cost,
            total_cost,
            income,
            balance,
            cumulative_balance: cumulative,
            residential_share_clients: ratio(residential.clients, all_clients),
            residential_share_cost: ratio(residential.cost, care_cost),
            out_of_home_share_clients: ratio(out_of_home.clients, all_clients),
            out_of_home_share_cost: ratio(out_of_home.cost, care_cost),
        });
    }
    Projection { years }
}

/// Clients and cost of some of the care forms, summed over a year.
#[derive(Default)]
struct Share {
    clients: Decimal,
    cost: Decimal,
}

impl Share {
    fn add(&mut self, form: &FormYear) {
        self.clients += form.avg_clients;
        self.cost += form.cost;
    }
}

fn ratio(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        part / whole
    }
}

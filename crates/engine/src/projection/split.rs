//! Each municipality's part of a projection (MODEL.md, "Simulation",
//! allocation over municipalities): the year's total cost split by the cost weights (the key, or the
//! insurance model's mix of key and own use), its income by the key, each
//! to the cent by largest remainder.
//!
//! Apart from [`super::project`] because only the Per gemeente view, the
//! report and the exports show it: a slider move elsewhere, and every
//! projection an analysis makes, need not split the cents of 100
//! municipalities (a fifth of a projection of the scenario at the format's
//! limits).

use rust_decimal::Decimal;

use super::Projection;
use crate::money::allocate_largest_remainder;
use crate::scenario::Scenario;

/// One municipality's part of a year under the cost-sharing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityYear {
    pub cost: Decimal,
    pub income: Decimal,
    pub balance: Decimal,
}

/// Per year of `projection` (a projection of `scenario`), each
/// municipality's part, in the order of `Scenario::municipalities`. The
/// parts of a year add up to its total cost and income to the cent; the
/// key and the insured share are those of that year (they may change over
/// time).
pub fn split_by_municipality(
    scenario: &Scenario,
    projection: &Projection,
) -> Vec<Vec<MunicipalityYear>> {
    projection
        .years
        .iter()
        .map(|y| {
            let cost = allocate_largest_remainder(y.total_cost, &scenario.cost_weights_in(y.year));
            let income = allocate_largest_remainder(y.income, &scenario.key_in(y.year));
            cost.into_iter()
                .zip(income)
                .map(|(cost, income)| MunicipalityYear {
                    cost,
                    income,
                    balance: income - cost,
                })
                .collect()
        })
        .collect()
}

//! Money rules: half-even rounding to cents, and splitting an amount over
//! municipalities so that the parts add up to the total exactly.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to whole cents, half to even (banker's rounding), as MODEL.md says.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven)
}

/// Rounds a client count to one decimal for reporting.
pub fn round_clients(clients: Decimal) -> Decimal {
    clients.round_dp_with_strategy(1, RoundingStrategy::MidpointNearestEven)
}

/// Splits `amount` (rounded to cents first) over `weights` by the
/// largest-remainder method: every part gets the floor of its exact share in
/// cents, and the cents left over go one each to the largest remainders (ties:
/// the earlier entry). A negative amount is split as its absolute value, then
/// negated. Weights need not add up to 1; negative weights count as 0. With no
/// positive weight every part is 0 (nothing can be allocated).
pub fn allocate_largest_remainder(amount: Decimal, weights: &[Decimal]) -> Vec<Decimal> {
    let total_weight: Decimal = weights.iter().map(|w| (*w).max(Decimal::ZERO)).sum();
    if weights.is_empty() || total_weight <= Decimal::ZERO {
        return vec![Decimal::ZERO; weights.len()];
    }
    let cents = round_cents(amount) * Decimal::ONE_HUNDRED;
    let negative = cents < Decimal::ZERO;
    let cents = cents.abs();

    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for (i, weight) in weights.iter().enumerate() {
        let exact = cents * weight.max(&Decimal::ZERO) / total_weight;
        let floor = exact.floor();
        parts.push(floor);
        remainders.push((exact - floor, i));
    }
    let handed_out: Decimal = parts.iter().sum();
    let left = (cents - handed_out).to_usize().unwrap_or(0);
    // Largest remainder first; ties keep list order (stable sort).
    let largest_first: Vec<Decimal> = remainders.iter().map(|r| -r.0).collect();
    for k in crate::order::by_decimal(&largest_first)
        .into_iter()
        .take(left)
    {
        parts[remainders[k].1] += Decimal::ONE;
    }
    parts
        .into_iter()
        .map(|c| {
            let euros = c / Decimal::ONE_HUNDRED;
            if negative {
                -euros
            } else {
                euros
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_to_even() {
        assert_eq!(round_cents(dec!(0.125)), dec!(0.12));
        assert_eq!(round_cents(dec!(0.135)), dec!(0.14));
        assert_eq!(round_cents(dec!(-0.125)), dec!(-0.12));
    }

    #[test]
    fn one_euro_over_three_gives_the_extra_cent_to_the_first() {
        let parts = allocate_largest_remainder(dec!(1.00), &[dec!(1), dec!(1), dec!(1)]);
        assert_eq!(parts, vec![dec!(0.34), dec!(0.33), dec!(0.33)]);
    }

    #[test]
    fn negative_amounts_are_split_as_their_absolute_value() {
        let parts = allocate_largest_remainder(dec!(-1.00), &[dec!(1), dec!(1), dec!(1)]);
        assert_eq!(parts, vec![dec!(-0.34), dec!(-0.33), dec!(-0.33)]);
    }

    #[test]
    fn largest_remainder_wins_the_leftover_cent() {
        // 0.10 over 0.25/0.75: exact 2.5 and 7.5 cents; tie -> earlier.
        let parts = allocate_largest_remainder(dec!(0.10), &[dec!(0.25), dec!(0.75)]);
        assert_eq!(parts, vec![dec!(0.03), dec!(0.07)]);
        // 0.10 over 0.2/0.8 is exact.
        let parts = allocate_largest_remainder(dec!(0.10), &[dec!(0.2), dec!(0.8)]);
        assert_eq!(parts, vec![dec!(0.02), dec!(0.08)]);
    }

    #[test]
    fn no_positive_weight_allocates_nothing() {
        let parts = allocate_largest_remainder(dec!(10), &[dec!(0), dec!(0)]);
        assert_eq!(parts, vec![dec!(0), dec!(0)]);
    }
}

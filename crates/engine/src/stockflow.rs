//! One care form's clients over one year: the monthly stock-flow recursion of
//! MODEL.md, computed in closed form.
//!
//! Within a year the monthly inflow `a = yearly inflow / 12` and the keep rate
//! `q = 1 - 1/d` are constant, so `c(m+1) = q * c(m) + a` has the solution
//! `c(m) = q^m * c0 + a * d * (1 - q^m)`. Summing the twelve billed months
//! (m = 0..11) gives `S = d * (1 - q^12)` times `c0` plus `a * d * (12 - S)`.
//! One division and about fifteen multiplications per form-year instead of
//! sixty operations, and the half of them that depends on the duration alone
//! ([`Retention`]) only when the duration changes; [`simulate_year_monthly`]
//! keeps the plain month-by-month loop as the reference the tests pin the
//! closed form against.

use rust_decimal::Decimal;

/// What one year of one care form yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearFlow {
    /// Sum of the stock at the start of each of the twelve months
    /// (client-months billed).
    pub client_months: Decimal,
    /// Stock on 1 January of the next year.
    pub clients_end: Decimal,
}

impl YearFlow {
    /// Both methods carry client counts with 12 decimals: far below anything
    /// reported, and it makes the closed form and the monthly loop land on the
    /// same value where full precision differs in the 25th digit (which would
    /// otherwise flip a half cent the other way).
    fn settled(self) -> YearFlow {
        YearFlow {
            client_months: self.client_months.round_dp(CLIENT_DECIMALS),
            clients_end: self.clients_end.round_dp(CLIENT_DECIMALS),
        }
    }
}

const CLIENT_DECIMALS: u32 = 12;
const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Closed form of twelve months of `c(m+1) = c(m) + inflow/12 - c(m)/d`.
/// `duration_months` below 1 is taken as 1 (everyone leaves within a month).
pub fn simulate_year(
    clients_start: Decimal,
    yearly_inflow: Decimal,
    duration_months: Decimal,
) -> YearFlow {
    Retention::of(duration_months).year(clients_start, yearly_inflow)
}

/// The part of a year's closed form that depends on the duration alone: the
/// share of the stock still in care after twelve months (`q^12`) and the
/// months billed per client present on 1 January (`S`). Those powers of a
/// full-precision `q` are most of a form-year's work, and a form's duration
/// is the same in most years, so the projection computes this once per
/// duration and reuses it ([`Retention::year`] gives exactly what
/// [`simulate_year`] gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// The duration in months, at least 1.
    d: Decimal,
    /// `q^12`, with `q = 1 - 1/d`.
    q12: Decimal,
    /// `1 - q^12`: the share of the steady state reached in a year.
    kept: Decimal,
    /// `S`, the sum of `q^m` for m = 0..11.
    months_weight: Decimal,
    /// `12 - S`: the months billed per client at the steady state.
    steady_weight: Decimal,
}

impl Retention {
    pub fn of(duration_months: Decimal) -> Retention {
        let d = duration_months.max(Decimal::ONE);
        let q = Decimal::ONE - Decimal::ONE / d;
        let q2 = q * q;
        let q4 = q2 * q2;
        let q12 = q4 * q4 * q4;
        let kept = Decimal::ONE - q12;
        // S = sum of q^m for m = 0..11; at most 12, also after rounding.
        let months_weight = (d * kept).min(TWELVE);
        Retention {
            d,
            q12,
            kept,
            months_weight,
            steady_weight: TWELVE - months_weight,
        }
    }

    /// One year of a form with this duration.
    pub fn year(&self, clients_start: Decimal, yearly_inflow: Decimal) -> YearFlow {
        let a = yearly_inflow / TWELVE;
        let steady = a * self.d; // the stock the form tends to
        YearFlow {
            client_months: clients_start * self.months_weight + steady * self.steady_weight,
            clients_end: clients_start * self.q12 + steady * self.kept,
        }
        .settled()
    }
}

/// The plain month-by-month recursion of MODEL.md: the reference for tests.
pub fn simulate_year_monthly(
    clients_start: Decimal,
    yearly_inflow: Decimal,
    duration_months: Decimal,
) -> YearFlow {
    let d = duration_months.max(Decimal::ONE);
    let inflow = yearly_inflow / TWELVE;
    let mut clients = clients_start;
    let mut client_months = Decimal::ZERO;
    for _ in 0..12 {
        client_months += clients;
        let outflow = clients / d;
        clients = clients + inflow - outflow;
    }
    YearFlow {
        client_months,
        clients_end: clients,
    }
    .settled()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::round_cents;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn steady_state_stays_put() {
        // 120 clients, 240 a year, 6 months: inflow 20/month, outflow 20/month.
        let flow = simulate_year(dec!(120), dec!(240), dec!(6));
        assert_eq!(flow.client_months.round_dp(10), dec!(1440));
        assert_eq!(flow.clients_end.round_dp(10), dec!(120));
    }

    #[test]
    fn a_one_month_duration_empties_the_stock_every_month() {
        let flow = simulate_year(dec!(50), dec!(120), dec!(1));
        assert_eq!(flow.clients_end, dec!(10));
        assert_eq!(flow.client_months, dec!(50) + dec!(110));
    }

    fn decimal(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
        (lo..hi).prop_map(move |n| Decimal::new(n, scale))
    }

    proptest! {
        /// The closed form bills the same cents as the monthly loop for any
        /// tariff a care form may have.
        #[test]
        fn closed_form_matches_monthly_reference_to_the_cent(
            clients in decimal(0, 5_000_000, 2),
            inflow in decimal(0, 10_000_000, 2),
            duration in decimal(100, 12_000, 2),
            tariff in decimal(0, 5_000_000, 2),
        ) {
            let fast = simulate_year(clients, inflow, duration);
            let slow = simulate_year_monthly(clients, inflow, duration);
            prop_assert_eq!(round_cents(fast.client_months * tariff), round_cents(slow.client_months * tariff));
            prop_assert_eq!(fast.clients_end.round_dp(6), slow.clients_end.round_dp(6));
        }

        #[test]
        fn clients_never_go_negative(
            clients in decimal(0, 5_000_000, 2),
            inflow in decimal(0, 10_000_000, 2),
            duration in decimal(0, 12_000, 2),
        ) {
            let flow = simulate_year(clients, inflow, duration);
            prop_assert!(flow.clients_end >= Decimal::ZERO);
            prop_assert!(flow.client_months >= Decimal::ZERO);
        }
    }
}

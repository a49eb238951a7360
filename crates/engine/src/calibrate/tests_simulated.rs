//! Allocations simulated from a known steady inflow and duration give that
//! inflow and duration back within sampling error: trajectories begin at
//! random days (a Poisson process, λ a year) and last an exponential time
//! (mean d months), over years long enough for the stock to settle.

use proptest::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use super::dates::january_first;
use super::{calibrate, Mapping};

/// A CSV of `inflow` starts a year for `years` years from 2010, each
/// lasting an exponential time of mean `months`, from `seed`; a client each,
/// so nothing merges. Trajectories still running at the extract's end
/// (31 December of the last year) have no end date.
fn simulated(inflow: u32, months: f64, years: i32, seed: u64) -> String {
    let mut rng = oorandom::Rand64::new(u128::from(seed));
    let (from, to) = (january_first(2010), january_first(2010 + years) - 1);
    let days = f64::from(to - from + 1);
    let starts = (f64::from(inflow) * days / 365.25) as u32;
    let mut csv = String::from("client;productcategorie;begindatum;einddatum\n");
    for i in 0..starts {
        let start = from + (rng.rand_float() * days) as i32;
        let length = -(1.0 - rng.rand_float()).ln() * months * 365.25 / 12.0;
        let end = start + length as i32;
        let end = if end > to { String::new() } else { iso(end) };
        csv.push_str(&format!("c{i};45;{};{end}\n", iso(start)));
    }
    csv
}

fn iso(day: i32) -> String {
    let year = super::dates::year_of(day);
    let mut month = 12;
    while super::dates::day(year, month, 1).is_some_and(|d| d > day) {
        month -= 1;
    }
    let first = super::dates::day(year, month, 1).unwrap_or(day);
    format!("{year}-{month:02}-{:02}", day - first + 1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn a_steady_inflow_and_duration_come_back(
        inflow in 200u32..1200,
        months in 2u32..18,
        seed in any::<u64>(),
    ) {
        // Ten years: the stock has settled after three mean durations.
        let csv = simulated(inflow, f64::from(months), 10, seed);
        let c = calibrate(csv.as_bytes(), &Mapping::default_for(&[]), Some(2020)).unwrap();
        let last = c.forms[0].years.last().unwrap();
        prop_assert_eq!(last.year, 2019);
        // Poisson: the standard deviation of a year's count is its root.
        let got = f64::from(last.inflow);
        let sd = f64::from(inflow).sqrt();
        prop_assert!((got - f64::from(inflow)).abs() < 5.0 * sd, "inflow {} for {}", got, inflow);
        // Little's law over the year: the stock's sampling error is about
        // that of a Poisson count of the stock, so relative 1/sqrt(L).
        let duration = last.duration_months.unwrap().to_f64().unwrap();
        let stock = f64::from(inflow) * f64::from(months) / 12.0;
        let tolerance = 5.0 * (1.0 / stock.sqrt() + 1.0 / f64::from(inflow).sqrt());
        prop_assert!(
            (duration / f64::from(months) - 1.0).abs() < tolerance,
            "duration {} for {} months (tolerance {})", duration, months, tolerance
        );
        // The stock on 1 January is λ d / 12 too.
        let clients = f64::from(last.clients_start);
        prop_assert!((clients - stock).abs() < 5.0 * stock.sqrt() + 2.0, "{} clients for {}", clients, stock);
        prop_assert!(last.cost.is_none());
    }
}

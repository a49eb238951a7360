//! Allocations into trajectories, and trajectories into each care form's
//! figures per calendar year (MODEL.md, "Uit de administratie").

use rust_decimal::Decimal;

use super::dates::{january_first, year_of, Day};
use super::read::Allocation;
use crate::money::round_cents;

/// Days per month: 365.25 / 12.
pub const DAYS_PER_MONTH: Decimal = Decimal::from_parts(304_375, 0, 0, false, 4);

/// The most days two allocations of a client and care form may lie apart
/// and still be one trajectory (next start minus previous end).
pub const MERGE_GAP_DAYS: i32 = 31;

/// A trajectory: from its first day up to and including its last (None:
/// it runs on), with the amounts of its allocations spread over their days.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Trajectory {
    pub start: Day,
    pub end: Option<Day>,
}

/// One care form's figures in one calendar year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFigures {
    pub year: i32,
    /// Trajectories running on 1 January (begun before it, not ended before it).
    pub clients_start: u32,
    /// Trajectories begun in the year.
    pub inflow: u32,
    /// Days in care within the year / (365.25 / 12).
    pub client_months: Decimal,
    /// Client-months / inflow (Little's law); None without inflow.
    pub duration_months: Option<Decimal>,
    /// Trajectories that ended in the year.
    pub ended: u32,
    /// Their mean length in months (the check beside Little's law).
    pub ended_mean_months: Option<Decimal>,
    /// The amounts spread over the allocations' days in the year, in cents;
    /// None when an allocation of this care form has no amount.
    pub cost: Option<Decimal>,
    /// Cost / client-months, in cents.
    pub cost_per_client_month: Option<Decimal>,
}

/// A client's allocations of one care form, sorted by start, merged where
/// the next starts at most 31 days after the previous one ends (an overlap
/// merges too). Without a client each allocation is a trajectory.
pub(super) fn trajectories(allocations: &mut [&Allocation]) -> Vec<Trajectory> {
    allocations.sort_unstable_by_key(|a| (a.client, a.start));
    let mut out: Vec<Trajectory> = Vec::with_capacity(allocations.len());
    let mut previous_client = None;
    for a in allocations.iter() {
        let same_client = a.client.is_some() && a.client == previous_client;
        previous_client = a.client;
        if let (true, Some(last)) = (same_client, out.last_mut()) {
            match last.end {
                None => continue,
                Some(end) if a.start - end <= MERGE_GAP_DAYS => {
                    last.end = a.end.map(|e| e.max(end));
                    continue;
                }
                Some(_) => {}
            }
        }
        out.push(Trajectory {
            start: a.start,
            end: a.end,
        });
    }
    out
}

/// Days of [start, end] (inclusive; None runs on) within [from, to].
fn overlap(start: Day, end: Option<Day>, from: Day, to: Day) -> i64 {
    let last = end.map_or(to, |e| e.min(to));
    i64::from((last - start.max(from) + 1).max(0))
}

/// What a year adds up while the trajectories and allocations go by once.
#[derive(Default, Clone)]
struct Tally {
    clients_start: u32,
    inflow: u32,
    ended: u32,
    days: i64,
    ended_days: i64,
    cost: Decimal,
}

/// The figures of `years` from a care form's trajectories and allocations.
/// `amounts_until` is the last day a running allocation's amount covers
/// (31 December of the last full year).
pub(super) fn year_figures(
    trajectories: &[Trajectory],
    allocations: &[&Allocation],
    years: std::ops::RangeInclusive<i32>,
    amounts_until: Day,
) -> Vec<YearFigures> {
    let first = *years.start();
    let bounds: Vec<(i32, Day, Day)> = years
        .map(|y| (y, january_first(y), january_first(y + 1) - 1))
        .collect();
    let mut tally = vec![Tally::default(); bounds.len()];
    for t in trajectories {
        let begun = year_of(t.start);
        if let Some(i) = usize::try_from(begun - first)
            .ok()
            .filter(|i| *i < tally.len())
        {
            tally[i].inflow += 1;
        }
        if let Some(e) = t.end {
            if let Some(i) = usize::try_from(year_of(e) - first)
                .ok()
                .filter(|i| *i < tally.len())
            {
                tally[i].ended += 1;
                tally[i].ended_days += i64::from(e - t.start + 1);
            }
        }
        for (sum, &(_, from, to)) in tally.iter_mut().zip(&bounds) {
            if t.start < from && t.end.is_none_or(|e| e >= from) {
                sum.clients_start += 1;
            }
            sum.days += overlap(t.start, t.end, from, to);
        }
    }
    let with_amounts = allocations.iter().all(|a| a.amount.is_some());
    if with_amounts {
        for a in allocations {
            spread(a, &bounds, amounts_until, &mut tally);
        }
    }
    bounds
        .iter()
        .zip(tally)
        .map(|(&(year, _, _), sum)| {
            let client_months = Decimal::from(sum.days) / DAYS_PER_MONTH;
            let cost = with_amounts.then(|| round_cents(sum.cost));
            YearFigures {
                year,
                clients_start: sum.clients_start,
                inflow: sum.inflow,
                duration_months: (sum.inflow > 0)
                    .then(|| client_months / Decimal::from(sum.inflow)),
                ended: sum.ended,
                ended_mean_months: (sum.ended > 0).then(|| {
                    Decimal::from(sum.ended_days) / Decimal::from(sum.ended) / DAYS_PER_MONTH
                }),
                cost_per_client_month: cost
                    .filter(|_| !client_months.is_zero())
                    .map(|c| round_cents(c / client_months)),
                cost,
                client_months,
            }
        })
        .collect()
}

/// An allocation's amount spread evenly over its days, each year's part
/// added to its tally; a running allocation's amount covers its days up to
/// `until`.
fn spread(a: &Allocation, bounds: &[(i32, Day, Day)], until: Day, tally: &mut [Tally]) {
    let Some(amount) = a.amount else {
        return;
    };
    let end = a.end.unwrap_or(until.max(a.start));
    let all = overlap(a.start, Some(end), a.start, end);
    if all == 0 {
        return;
    }
    let per_day = amount / Decimal::from(all);
    for (sum, &(_, from, to)) in tally.iter_mut().zip(bounds) {
        let part = overlap(a.start, Some(end), from, to);
        if part > 0 {
            sum.cost += per_day * Decimal::from(part);
        }
    }
}

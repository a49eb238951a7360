//! Onzekerheid: ranges (low / likely / high) on inflow growth, price index,
//! relapse and the levers' effect, sampled independently from triangular
//! distributions with a seed the caller gives (the same seed gives the same
//! bands), run on the f64 path, summarised as bands per year (10-90% and
//! 25-75% and the median) of cost and balance, and the chance that the
//! budget holds (balance at least zero) in each year. Bands are rounded for
//! display; they are never shown as cents.

use oorandom::Rand64;

use super::fast::{FastModel, Perturbation};
use crate::scenario::Scenario;

/// Low, likely and high value of one uncertain quantity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    fn is_valid(self) -> bool {
        self.low.is_finite()
            && self.likely.is_finite()
            && self.high.is_finite()
            && self.low <= self.likely
            && self.likely <= self.high
    }

    /// A triangular sample from a uniform `u` in [0, 1).
    fn sample(self, u: f64) -> f64 {
        let (a, c, b) = (self.low, self.likely, self.high);
        if b <= a {
            return c;
        }
        let split = (c - a) / (b - a);
        if u < split {
            a + ((b - a) * (c - a) * u).sqrt()
        } else {
            b - ((b - a) * (b - c) * (1.0 - u)).sqrt()
        }
    }
}

/// What is uncertain, as departures from the scenario as entered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranges {
    /// Added to every care form's autonomous inflow growth (0.01 = 1 pp).
    pub inflow_growth: Range,
    /// Added to every care form's price index.
    pub price_index: Range,
    /// Added to every lever's relapse (kept within 0-100%).
    pub relapse: Range,
    /// A factor on every lever's strength (1 = as planned).
    pub lever_effect: Range,
}

impl Default for Ranges {
    /// Assumptions (aanname), not sourced figures: growth of use has varied
    /// by a few points a year; indexation by about a point; relapse in
    /// pilots by tens of points; and plans often reach part of their effect.
    fn default() -> Ranges {
        Ranges {
            inflow_growth: Range {
                low: -0.01,
                likely: 0.0,
                high: 0.02,
            },
            price_index: Range {
                low: -0.01,
                likely: 0.0,
                high: 0.015,
            },
            relapse: Range {
                low: -0.1,
                likely: 0.0,
                high: 0.15,
            },
            lever_effect: Range {
                low: 0.5,
                likely: 1.0,
                high: 1.1,
            },
        }
    }
}

/// Percentiles of one figure in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearBands {
    pub year: i32,
    pub cost: Band,
    pub balance: Band,
    /// Share of samples with a balance of at least zero.
    pub budget_holds: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Uncertainty {
    pub samples: usize,
    pub seed: u64,
    pub years: Vec<YearBands>,
}

/// Why sampling was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UncertaintyError {
    /// A range with low above likely or likely above high (named).
    BadRange(&'static str),
    /// Fewer than 100 or more than 100.000 samples.
    Samples,
}

impl UncertaintyError {
    pub fn text(&self) -> crate::text::Text {
        use crate::text::Text;
        match self {
            UncertaintyError::BadRange(what) => Text::new(
                format!("Bij {what} moet laag ≤ waarschijnlijk ≤ hoog zijn."),
                format!("For {what}, low ≤ likely ≤ high."),
            ),
            UncertaintyError::Samples => Text::new(
                "Kies 100 tot en met 100.000 trekkingen.",
                "Choose 100 to 100,000 samples.",
            ),
        }
    }
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = (sorted.len() - 1) as f64 * q;
    let (lo, hi) = (i.floor() as usize, i.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo as f64)
}

fn band(mut values: Vec<f64>) -> Band {
    values.sort_by(f64::total_cmp);
    Band {
        p10: percentile(&values, 0.1),
        p25: percentile(&values, 0.25),
        p50: percentile(&values, 0.5),
        p75: percentile(&values, 0.75),
        p90: percentile(&values, 0.9),
    }
}

/// One sampler for a scenario: run it in one go, or in chunks between
/// frames so the page stays responsive.
pub struct Sampler {
    model: FastModel,
    ranges: Ranges,
    rng: Rand64,
    target: usize,
    seed: u64,
    /// Per year, the cost and balance of each sample so far.
    cost: Vec<Vec<f64>>,
    balance: Vec<Vec<f64>>,
    first_year: i32,
}

impl Sampler {
    pub fn new(
        s: &Scenario,
        ranges: Ranges,
        samples: usize,
        seed: u64,
    ) -> Result<Sampler, UncertaintyError> {
        for (range, what) in [
            (ranges.inflow_growth, "groei instroom"),
            (ranges.price_index, "prijsindex"),
            (ranges.relapse, "terugval"),
            (ranges.lever_effect, "effect van de knoppen"),
        ] {
            if !range.is_valid() {
                return Err(UncertaintyError::BadRange(what));
            }
        }
        if !(100..=100_000).contains(&samples) {
            return Err(UncertaintyError::Samples);
        }
        let years = s.years as usize;
        Ok(Sampler {
            model: FastModel::new(s),
            ranges,
            rng: Rand64::new(u128::from(seed)),
            target: samples,
            seed,
            cost: vec![Vec::with_capacity(samples); years],
            balance: vec![Vec::with_capacity(samples); years],
            first_year: s.base_year,
        })
    }

    pub fn done(&self) -> usize {
        self.cost.first().map_or(self.target, Vec::len)
    }

    /// How many samples were asked for.
    pub fn target(&self) -> usize {
        self.target
    }

    pub fn is_finished(&self) -> bool {
        self.done() >= self.target
    }

    /// Draws up to `count` more samples.
    pub fn step(&mut self, count: usize) {
        let count = count.min(self.target - self.done().min(self.target));
        for _ in 0..count {
            let r = &self.ranges;
            let perturbation = Perturbation {
                inflow_growth: r.inflow_growth.sample(self.rng.rand_float()),
                price_index: r.price_index.sample(self.rng.rand_float()),
                relapse: r.relapse.sample(self.rng.rand_float()),
                lever_effect: r.lever_effect.sample(self.rng.rand_float()),
            };
            for (k, year) in self.model.run(&perturbation).into_iter().enumerate() {
                self.cost[k].push(year.total_cost);
                self.balance[k].push(year.balance);
            }
        }
    }

    pub fn result(&self) -> Uncertainty {
        let years = self
            .cost
            .iter()
            .zip(&self.balance)
            .enumerate()
            .map(|(k, (cost, balance))| YearBands {
                year: self.first_year + k as i32,
                cost: band(cost.clone()),
                balance: band(balance.clone()),
                budget_holds: if balance.is_empty() {
                    0.0
                } else {
                    balance.iter().filter(|b| **b >= 0.0).count() as f64 / balance.len() as f64
                },
            })
            .collect();
        Uncertainty {
            samples: self.done(),
            seed: self.seed,
            years,
        }
    }
}

/// All samples at once (the command-line tool, tests, benchmarks).
pub fn uncertainty(
    s: &Scenario,
    ranges: Ranges,
    samples: usize,
    seed: u64,
) -> Result<Uncertainty, UncertaintyError> {
    let mut sampler = Sampler::new(s, ranges, samples, seed)?;
    sampler.step(samples);
    Ok(sampler.result())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::projection::project;
    use rust_decimal::prelude::ToPrimitive;

    #[test]
    fn the_same_seed_gives_the_same_bands_and_another_seed_others() {
        let s = voorbeeldregio();
        let a = uncertainty(&s, Ranges::default(), 500, 7).unwrap();
        let b = uncertainty(&s, Ranges::default(), 500, 7).unwrap();
        let c = uncertainty(&s, Ranges::default(), 500, 8).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn the_central_projection_lies_inside_the_10_90_band() {
        let s = voorbeeldregio();
        let exact = project(&s);
        let u = uncertainty(&s, Ranges::default(), 2_000, 1).unwrap();
        for (y, bands) in exact.years.iter().zip(&u.years) {
            let balance = y.balance.to_f64().unwrap();
            let cost = y.total_cost.to_f64().unwrap();
            // Within the f64 path's agreement with the Decimal engine (0.01%
            // of the cost): the base year has no spread at all.
            let slack = cost.abs() * 1e-4;
            assert!(
                bands.balance.p10 - slack <= balance && balance <= bands.balance.p90 + slack,
                "{}: {balance} not in {:?}",
                y.year,
                bands.balance
            );
            assert!(
                bands.cost.p10 - slack <= cost && cost <= bands.cost.p90 + slack,
                "{}",
                y.year
            );
            assert!(
                bands.balance.p10 <= bands.balance.p25 && bands.balance.p25 <= bands.balance.p50
            );
            assert!(
                bands.balance.p50 <= bands.balance.p75 && bands.balance.p75 <= bands.balance.p90
            );
        }
    }

    #[test]
    fn ranges_of_one_point_give_bands_of_one_point() {
        let s = voorbeeldregio();
        let point = |v| Range {
            low: v,
            likely: v,
            high: v,
        };
        let ranges = Ranges {
            inflow_growth: point(0.0),
            price_index: point(0.0),
            relapse: point(0.0),
            lever_effect: point(1.0),
        };
        let u = uncertainty(&s, ranges, 100, 3).unwrap();
        let exact = project(&s);
        for (y, bands) in exact.years.iter().zip(&u.years) {
            let balance = y.balance.to_f64().unwrap();
            assert!(
                (bands.balance.p10 - balance).abs() < 1.0
                    && (bands.balance.p90 - balance).abs() < 1.0
            );
        }
    }

    #[test]
    fn a_budget_that_always_holds_has_a_chance_of_one() {
        let mut s = voorbeeldregio();
        s.budget_lines[0].base_amount = rust_decimal::Decimal::from(1_000_000_000);
        let u = uncertainty(&s, Ranges::default(), 200, 1).unwrap();
        assert!(u.years.iter().all(|y| y.budget_holds == 1.0));
        let mut broke = voorbeeldregio();
        broke.budget_lines[0].base_amount = rust_decimal::Decimal::ZERO;
        let u = uncertainty(&broke, Ranges::default(), 200, 1).unwrap();
        assert!(u.years.iter().all(|y| y.budget_holds == 0.0));
    }

    #[test]
    fn bad_ranges_and_sample_counts_are_refused_in_words() {
        let s = voorbeeldregio();
        let ranges = Ranges {
            relapse: Range {
                low: 0.2,
                likely: 0.0,
                high: 0.3,
            },
            ..Ranges::default()
        };
        let error = uncertainty(&s, ranges, 500, 1).unwrap_err();
        assert_eq!(
            error.text().nl,
            "Bij terugval moet laag ≤ waarschijnlijk ≤ hoog zijn."
        );
        assert_eq!(
            uncertainty(&s, Ranges::default(), 10, 1).unwrap_err(),
            UncertaintyError::Samples
        );
    }

    #[test]
    fn sampling_in_chunks_gives_the_same_bands_as_at_once() {
        let s = voorbeeldregio();
        let mut chunked = Sampler::new(&s, Ranges::default(), 1_000, 5).unwrap();
        while !chunked.is_finished() {
            chunked.step(128);
        }
        assert_eq!(
            chunked.result(),
            uncertainty(&s, Ranges::default(), 1_000, 5).unwrap()
        );
    }
}

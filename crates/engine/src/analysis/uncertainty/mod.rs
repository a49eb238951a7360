//! Onzekerheid: ranges (low / likely / high) on inflow growth, price index,
//! relapse and the levers' effect, sampled independently from triangular
//! distributions with a seed the caller gives (the same seed gives the same
//! bands), run on the f64 path, summarised as bands per year (10-90% and
//! 25-75% and the median) of cost and balance, and the chance that the
//! budget holds (balance at least zero) in each year. Bands are rounded for
//! display; they are never shown as cents.

use oorandom::Rand64;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

use super::fast::{FastModel, Perturbation};
use crate::nl::format_euro_millions;
use crate::projection::Projection;
use crate::scenario::Scenario;
use crate::text::Text;

pub mod batch;
mod words;
pub use words::centre_sentence;

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

    /// 1 when the range reaches further above its likely value than below
    /// it, -1 the other way round, 0 when the likely value lies in the
    /// middle (within 2% of the width).
    pub fn skew(self) -> i8 {
        let (down, up) = (self.likely - self.low, self.high - self.likely);
        if (up - down).abs() <= (self.high - self.low) * 0.02 {
            0
        } else if up > down {
            1
        } else {
            -1
        }
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

/// One of the four uncertain quantities, in the order of [`Ranges`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uncertain {
    InflowGrowth,
    PriceIndex,
    Relapse,
    LeverEffect,
}

impl Uncertain {
    pub const ALL: [Uncertain; 4] = [
        Uncertain::InflowGrowth,
        Uncertain::PriceIndex,
        Uncertain::Relapse,
        Uncertain::LeverEffect,
    ];

    /// Its name in a sentence ("de bereiken voor groei en prijsindex").
    pub fn name(self) -> Text {
        match self {
            Uncertain::InflowGrowth => Text::new("groei van de instroom", "inflow growth"),
            Uncertain::PriceIndex => Text::new("prijsindex", "price index"),
            Uncertain::Relapse => Text::new("terugval", "relapse"),
            Uncertain::LeverEffect => {
                Text::new("het effect van de knoppen", "the effect of the levers")
            }
        }
    }

    /// Where the default range comes from: the direction of its skew from
    /// the sources (docs: reference figures), its width an assumption.
    pub fn source(self) -> Text {
        match self {
            Uncertain::InflowGrowth => Text::new(
                "Bron: Jeugdautoriteit, De stand van de jeugdzorg 2024: het gebruik groeide elk jaar sinds 2015, van +6% (2016) naar +1% (2022, 2023); daarom ruimer omhoog. Breedte: aanname.",
                "Source: Jeugdautoriteit, De stand van de jeugdzorg 2024: use grew every year since 2015, from +6% (2016) to +1% (2022, 2023); hence wider upward. Width: assumption.",
            ),
            Uncertain::PriceIndex => Text::new(
                "Bron: Deskundigencommissie Groeipijn 2025: uitgaven van € 3,6 mrd (2015) naar € 8,1 mrd (2024), veel sneller dan het aantal jongeren in zorg (Jeugdautoriteit 2024); daarom ruimer omhoog. Breedte: aanname.",
                "Source: Deskundigencommissie Groeipijn 2025: spending from € 3.6 bn (2015) to € 8.1 bn (2024), far faster than the number of young people in care (Jeugdautoriteit 2024); hence wider upward. Width: assumption.",
            ),
            Uncertain::Relapse | Uncertain::LeverEffect => Text::new(
                "Bron: CPB 2020 vond geen verschil in jeugdhulpgebruik tussen gemeenten met en zonder POH-jeugd; daarom ruimer naar minder effect. Breedte: aanname.",
                "Source: CPB 2020 found no difference in youth-care use between municipalities with and without a POH-jeugd; hence wider toward less effect. Width: assumption.",
            ),
        }
    }

    /// 1 when a higher value raises cost, -1 when it lowers it.
    fn cost_direction(self) -> i8 {
        match self {
            Uncertain::LeverEffect => -1,
            _ => 1,
        }
    }
}

impl Ranges {
    pub fn get(&self, which: Uncertain) -> Range {
        match which {
            Uncertain::InflowGrowth => self.inflow_growth,
            Uncertain::PriceIndex => self.price_index,
            Uncertain::Relapse => self.relapse,
            Uncertain::LeverEffect => self.lever_effect,
        }
    }
}

impl Default for Ranges {
    /// Skewed on purpose, each toward higher cost, as the sources behind
    /// [`Uncertain::source`] support: youth-care use and spending grew for
    /// years after 2015, and the effect of a POH-jeugd did not show in the
    /// national figures. The widths are assumptions.
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
    /// The ranges sampled.
    pub ranges: Ranges,
    pub years: Vec<YearBands>,
}

/// Why sampling was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UncertaintyError {
    /// A range with low above likely or likely above high.
    BadRange(Uncertain),
    /// Fewer than 100 or more than 100.000 samples.
    Samples,
}

impl UncertaintyError {
    pub fn text(&self) -> Text {
        match self {
            UncertaintyError::BadRange(what) => {
                let name = what.name();
                Text::new(
                    format!("Bij {} moet laag ≤ waarschijnlijk ≤ hoog zijn.", name.nl),
                    format!("For {}, low ≤ likely ≤ high.", name.en),
                )
            }
            UncertaintyError::Samples => Text::new(
                "Kies 100 tot en met 100.000 doorrekeningen.",
                "Choose 100 to 100,000 runs.",
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

fn band(values: Vec<f64>) -> Band {
    let order = crate::order::by_f64(&values);
    let values = crate::order::arrange(values, &order);
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
        if let Some(bad) = Uncertain::ALL
            .into_iter()
            .find(|u| !ranges.get(*u).is_valid())
        {
            return Err(UncertaintyError::BadRange(bad));
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
            ranges: self.ranges,
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
mod tests;

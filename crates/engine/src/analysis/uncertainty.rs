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

/// "€ -52,1 tot € -30,3 mln" (nl) and "€ -52,1 to € -30,3 mln" (en).
fn millions_between(low: f64, high: f64) -> (String, String) {
    let low = millions(low).replace(" mln", "");
    let high = millions(high);
    (format!("{low} tot {high}"), format!("{low} to {high}"))
}

/// Whole euros as "€ -27,0 mln": bands are never shown as cents.
fn millions(v: f64) -> String {
    format_euro_millions(Decimal::from_f64(v.round()).unwrap_or_default())
}

/// Where `value` lies against the 10-90% band: below, inside or above,
/// allowing the f64 path's agreement with the Decimal engine.
fn position(value: f64, band: &Band, slack: f64) -> (&'static str, &'static str) {
    if value < band.p10 - slack {
        ("onder", "below")
    } else if value > band.p90 + slack {
        ("boven", "above")
    } else {
        ("binnen", "inside")
    }
}

/// "groei en prijsindex", "growth and price index".
fn names(which: &[Uncertain]) -> (String, String) {
    let join = |words: Vec<&str>, and: &str| match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        None => String::new(),
    };
    let texts: Vec<Text> = which.iter().map(|u| u.name()).collect();
    (
        join(texts.iter().map(|t| t.nl.as_str()).collect(), "en"),
        join(texts.iter().map(|t| t.en.as_str()).collect(), "and"),
    )
}

/// Why the bands lie where they do: which ranges are skewed, which way,
/// and which way that pushes cost; or that every range is centred.
fn skew_sentence(ranges: &Ranges) -> Text {
    let skewed = |dir: i8| -> Vec<Uncertain> {
        Uncertain::ALL
            .into_iter()
            .filter(|u| ranges.get(*u).skew() == dir)
            .collect()
    };
    let (up, down) = (skewed(1), skewed(-1));
    if up.is_empty() && down.is_empty() {
        return Text::new(
            "Alle bereiken liggen evenwichtig rond hun waarschijnlijke waarde.",
            "Every range lies evenly around its likely value.",
        );
    }
    // One clause per direction: "de bereiken voor X zijn scheef: ze lopen
    // verder omhoog dan omlaag", the second shorter.
    let clause = |group: &[Uncertain], first: bool, dir: (&str, &str, &str, &str)| {
        let (nl, en) = names(group);
        let many = group.len() > 1;
        let (nl_lead, en_lead) = match (first, many) {
            (true, true) => (
                format!("De bereiken voor {nl} zijn scheef: ze lopen"),
                format!("The ranges for {en} are skewed: they reach"),
            ),
            (true, false) => (
                format!("Het bereik voor {nl} is scheef: het loopt"),
                format!("The range for {en} is skewed: it reaches"),
            ),
            (false, true) => (
                format!("de bereiken voor {nl} lopen"),
                format!("the ranges for {en} reach"),
            ),
            (false, false) => (
                format!("het bereik voor {nl} loopt"),
                format!("the range for {en} reaches"),
            ),
        };
        (
            format!("{nl_lead} verder {} dan {}", dir.0, dir.1),
            format!("{en_lead} further {} than {}", dir.2, dir.3),
        )
    };
    let up_words = ("omhoog", "omlaag", "up", "down");
    let down_words = ("omlaag", "omhoog", "down", "up");
    let mut parts = Vec::new();
    if !up.is_empty() {
        parts.push(clause(&up, true, up_words));
    }
    if !down.is_empty() {
        parts.push(clause(&down, up.is_empty(), down_words));
    }
    let cost: Vec<i8> = up
        .iter()
        .map(|u| u.cost_direction())
        .chain(down.iter().map(|u| -u.cost_direction()))
        .collect();
    let (nl_end, en_end) = if cost.iter().all(|c| *c > 0) {
        (
            ", dus vallen de kosten eerder hoger uit dan in de projectie.",
            ", so costs are more likely to come out higher than projected.",
        )
    } else if cost.iter().all(|c| *c < 0) {
        (
            ", dus vallen de kosten eerder lager uit dan in de projectie.",
            ", so costs are more likely to come out lower than projected.",
        )
    } else {
        (
            ". Ze trekken de kosten niet allemaal dezelfde kant op.",
            ". They do not all push costs the same way.",
        )
    };
    let (nl, en): (Vec<String>, Vec<String>) = parts.into_iter().unzip();
    Text::new(
        format!("{}{nl_end}", nl.join("; ")),
        format!("{}{en_end}", en.join("; ")),
    )
}

/// Where the projection without uncertainty (the exact Decimal projection
/// `central`) lies in the bands of `year`, balance and cost, with the
/// median, and why (the ranges' skew). None for a year outside either.
pub fn centre_sentence(u: &Uncertainty, central: &Projection, year: i32) -> Option<Text> {
    let bands = u.years.iter().find(|y| y.year == year)?;
    let exact = central.year(year)?;
    let (balance, cost) = (exact.balance.to_f64()?, exact.total_cost.to_f64()?);
    let slack = cost.abs() * 1e-4 + 1.0;
    let (b_nl, b_en) = position(balance, &bands.balance, slack);
    let (c_nl, c_en) = position(cost, &bands.cost, slack);
    let (b_band_nl, b_band_en) = millions_between(bands.balance.p10, bands.balance.p90);
    let (c_band_nl, c_band_en) = millions_between(bands.cost.p10, bands.cost.p90);
    // The projection's own figures are exact (Decimal); the bands rounded.
    let (b, c, median) = (
        format_euro_millions(exact.balance),
        format_euro_millions(exact.total_cost),
        millions(bands.balance.p50),
    );
    let why = skew_sentence(&u.ranges);
    Some(Text::new(
        format!(
            "Het saldo zonder onzekerheid ({b}) ligt in {year} {b_nl} de band van 10 tot 90% ({b_band_nl}); de mediaan is {median}. De kosten zonder onzekerheid ({c}) liggen {c_nl} hun band ({c_band_nl}). {}",
            why.nl
        ),
        format!(
            "The balance without uncertainty ({b}) lies {b_en} the 10 to 90% band in {year} ({b_band_en}); the median is {median}. The cost without uncertainty ({c}) lies {c_en} its band ({c_band_en}). {}",
            why.en
        ),
    ))
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
    fn the_default_ranges_are_skewed_toward_higher_cost_and_each_carries_its_source() {
        let r = Ranges::default();
        let skews: Vec<i8> = Uncertain::ALL.iter().map(|u| r.get(*u).skew()).collect();
        assert_eq!(skews, [1, 1, 1, -1]);
        for u in Uncertain::ALL {
            let source = u.source();
            assert!(source.nl.starts_with("Bron: ") && source.nl.ends_with("Breedte: aanname."));
            assert!(source.en.starts_with("Source: ") && source.en.ends_with("Width: assumption."));
        }
        let centred = Range {
            low: -0.01,
            likely: 0.0,
            high: 0.01,
        };
        assert_eq!(centred.skew(), 0);
    }

    #[test]
    fn the_centre_sentence_places_the_projection_against_the_band_and_names_the_skew() {
        let s = voorbeeldregio();
        let u = uncertainty(&s, Ranges::default(), 1_000, 1).unwrap();
        let p = project(&s);
        let year = s.last_year();
        let text = centre_sentence(&u, &p, year).unwrap();
        let bands = u.years.iter().find(|y| y.year == year).unwrap();
        let exact = p.year(year).unwrap();
        let balance = exact.balance.to_f64().unwrap();
        let word = if balance < bands.balance.p10 {
            "onder"
        } else if balance > bands.balance.p90 {
            "boven"
        } else {
            "binnen"
        };
        let start = format!(
            "Het saldo zonder onzekerheid ({}) ligt in {year} {word} de band van 10 tot 90% ({} tot {}); de mediaan is {}. De kosten zonder onzekerheid ({}) liggen ",
            format_euro_millions(exact.balance),
            millions(bands.balance.p10).replace(" mln", ""),
            millions(bands.balance.p90),
            millions(bands.balance.p50),
            format_euro_millions(exact.total_cost),
        );
        assert!(text.nl.starts_with(&start), "{}", text.nl);
        assert!(text.nl.ends_with(" De bereiken voor groei van de instroom, prijsindex en terugval zijn scheef: ze lopen verder omhoog dan omlaag; het bereik voor het effect van de knoppen loopt verder omlaag dan omhoog, dus vallen de kosten eerder hoger uit dan in de projectie."), "{}", text.nl);
        assert!(text.en.ends_with(" The ranges for inflow growth, price index and relapse are skewed: they reach further up than down; the range for the effect of the levers reaches further down than up, so costs are more likely to come out higher than projected."), "{}", text.en);
        assert!(centre_sentence(&u, &p, year + 1).is_none());
    }

    #[test]
    fn a_projection_outside_its_band_is_said_to_lie_above_or_below_it() {
        let s = voorbeeldregio();
        let p = project(&s);
        let year = s.last_year();
        // Growth only upward: every sample costs more than the projection.
        let ranges = Ranges {
            inflow_growth: Range {
                low: 0.01,
                likely: 0.02,
                high: 0.03,
            },
            ..Ranges::default()
        };
        let u = uncertainty(&s, ranges, 500, 1).unwrap();
        let text = centre_sentence(&u, &p, year).unwrap();
        assert!(
            text.nl.contains(&format!("ligt in {year} boven de band")),
            "{}",
            text.nl
        );
        assert!(text.nl.contains(") liggen onder hun band ("), "{}", text.nl);
        assert!(
            text.en
                .contains(&format!("lies above the 10 to 90% band in {year}")),
            "{}",
            text.en
        );
        // Ranges that are all centred say so, and the base year has no spread.
        let point = Range {
            low: 0.0,
            likely: 0.0,
            high: 0.0,
        };
        let even = Ranges {
            inflow_growth: point,
            price_index: point,
            relapse: point,
            lever_effect: Range {
                low: 0.9,
                likely: 1.0,
                high: 1.1,
            },
        };
        let u = uncertainty(&s, even, 200, 1).unwrap();
        let text = centre_sentence(&u, &p, s.base_year).unwrap();
        assert!(
            text.nl
                .contains(&format!("ligt in {} binnen de band", s.base_year)),
            "{}",
            text.nl
        );
        assert!(
            text.nl
                .ends_with(" Alle bereiken liggen evenwichtig rond hun waarschijnlijke waarde."),
            "{}",
            text.nl
        );
        // One skewed range alone, lowering cost.
        let lower = Ranges {
            lever_effect: Range {
                low: 0.9,
                likely: 1.0,
                high: 1.5,
            },
            ..even
        };
        let text = skew_sentence(&lower);
        assert_eq!(text.nl, "Het bereik voor het effect van de knoppen is scheef: het loopt verder omhoog dan omlaag, dus vallen de kosten eerder lager uit dan in de projectie.");
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

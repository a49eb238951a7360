//! The levers a user moves: substitution, afschalen verblijf, per-form
//! changes and investments, each with its timing.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// When a lever acts: from `start_year`, reaching its target linearly over
/// `ramp_years` (0 = at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub start_year: i32,
    pub ramp_years: u32,
}

impl Timing {
    /// Strength of a lever with target `target` in `year`:
    /// 0 before the start, `target * min(1, (year - start + 1) / ramp)` after.
    pub fn strength(self, target: Decimal, year: i32) -> Decimal {
        if year < self.start_year {
            return Decimal::ZERO;
        }
        if self.ramp_years == 0 {
            return target;
        }
        let done = i64::from(year) - i64::from(self.start_year) + 1;
        if done >= i64::from(self.ramp_years) {
            target
        } else {
            target * Decimal::from(done) / Decimal::from(self.ramp_years)
        }
    }
}

/// Everything a user moves. Levers act in the scenario only; the baseline is
/// the same data with all levers off.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levers {
    #[serde(default)]
    pub substitutions: Vec<Substitution>,
    #[serde(default)]
    pub residential_shifts: Vec<ResidentialShift>,
    #[serde(default)]
    pub form_changes: Vec<FormChange>,
    #[serde(default)]
    pub investments: Vec<Investment>,
    /// Budget moved to lighter help within a ceiling (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub front_budgets: Vec<FrontBudget>,
}

impl Levers {
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// All levers together, as the count limit counts them.
    pub fn count(&self) -> usize {
        self.substitutions.len()
            + self.residential_shifts.len()
            + self.form_changes.len()
            + self.investments.len()
            + self.front_budgets.len()
    }
}

/// Substitution (substitutie): a share of the inflow of `from` goes to `to`
/// instead; `relapse` of those moved still enter `from` after all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Substitution {
    pub id: String,
    #[serde(default)]
    pub label: String,
    pub from: String,
    pub to: String,
    /// Target share of `from`'s inflow that moves, as a fraction.
    pub share: Decimal,
    /// Share of moved clients that still need `from` (terugval), as a fraction.
    #[serde(default)]
    pub relapse: Decimal,
    pub start_year: i32,
    /// Years to reach the target linearly (0 = at once).
    #[serde(default)]
    pub ramp_years: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Afschalen verblijf: a share of the inflow of residential forms goes to a
/// mix of alternatives (pleegzorg, gezinshuis, intensive ambulant care).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidentialShift {
    pub id: String,
    #[serde(default)]
    pub label: String,
    /// The residential forms whose inflow is shifted.
    pub from: Vec<String>,
    pub share: Decimal,
    #[serde(default)]
    pub relapse: Decimal,
    /// Where the shifted inflow goes; the shares add up to 1.
    pub mix: Vec<MixTarget>,
    pub start_year: i32,
    /// Years to reach the target linearly (0 = at once).
    #[serde(default)]
    pub ramp_years: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl ResidentialShift {
    /// Sets target `index` to `share` and spreads the rest over the other
    /// targets in proportion to their shares (equally when they are all 0), so
    /// the mix adds up to exactly 1.
    pub fn set_mix_share(&mut self, index: usize, share: Decimal) {
        let mix = &mut self.mix;
        if index >= mix.len() {
            return;
        }
        let share = share.clamp(Decimal::ZERO, Decimal::ONE);
        if mix.len() == 1 {
            mix[0].share = Decimal::ONE;
            return;
        }
        let others: Decimal = mix
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, t)| t.share)
            .sum();
        let rest = Decimal::ONE - share;
        let count = Decimal::from(mix.len() - 1);
        let mut handed = Decimal::ZERO;
        let last_other = (0..mix.len()).rev().find(|i| *i != index).unwrap_or(0);
        for (i, target) in mix.iter_mut().enumerate() {
            if i == index {
                target.share = share;
            } else if i == last_other {
                continue;
            } else {
                let part = if others.is_zero() {
                    rest / count
                } else {
                    rest * target.share / others
                };
                target.share = part.round_dp(4);
                handed += target.share;
            }
        }
        mix[last_other].share = rest - handed;
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MixTarget {
    pub to: String,
    pub share: Decimal,
}

/// What a per-form change acts on.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Instroom: prevention, fewer referrals (negative) or more (positive).
    Inflow,
    /// Verblijfsduur: shorter (negative) or longer care.
    Duration,
    /// Tarief: the same care at another price.
    Tariff,
    /// Intensiteit: fewer hours per client per month.
    Intensity,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::Inflow,
        ChangeKind::Duration,
        ChangeKind::Tariff,
        ChangeKind::Intensity,
    ];

    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Its place in [`ChangeKind::ALL`]: where the projections keep a
    /// form's summed change of this kind.
    pub fn index(self) -> usize {
        ChangeKind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }

    pub fn label_nl(self) -> &'static str {
        self.words().0
    }

    /// The Dutch and English word: ("Instroom", "Inflow").
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            ChangeKind::Inflow => ("Instroom", "Inflow"),
            ChangeKind::Duration => ("Verblijfsduur", "Duration"),
            ChangeKind::Tariff => ("Tarief", "Tariff"),
            ChangeKind::Intensity => ("Intensiteit", "Intensity"),
        }
    }
}

/// A relative change of one care form's inflow, duration, tariff or intensity.
/// Several changes of the same kind on one form add up (-2.5% from 2016 plus
/// -5% from 2017 is -7.5% from 2017).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormChange {
    pub id: String,
    #[serde(default)]
    pub label: String,
    pub form: String,
    pub kind: ChangeKind,
    /// Target change as a fraction (-0.15 = 15% less).
    pub change: Decimal,
    pub start_year: i32,
    /// Years to reach the target linearly (0 = at once).
    #[serde(default)]
    pub ramp_years: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// An investment the scenario makes (a pilot, double running costs): yearly
/// amounts counted in the scenario only, never in its baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub id: String,
    pub label: String,
    pub amounts: BTreeMap<i32, Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Budget naar de voorkant (seed 004: "ruimte ... om 13% van hun
/// jeugdhulpbudget in te zetten om het ambulante jeugdhulpaanbod aan de
/// voorkant te versterken"): a share of a basis (the year's youth-care
/// income, or a group's care cost) spent on lighter help `to`, at most
/// `ceiling`. It is spending, not a saving: whether the regional care market
/// shrinks is a separate lever (a substitution); without one, the money is
/// extra cost ("draagt de gemeente zelf het risico").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontBudget {
    pub id: String,
    pub label: String,
    /// The care form the money goes to (its cost rises; its clients do not).
    pub to: String,
    /// What the share is a share of.
    #[serde(default)]
    pub basis: FrontBasis,
    /// Share of the basis spent at the front, 0 to `ceiling`.
    pub share: Decimal,
    /// The most the plan allows, as a fraction (0.13 for 13%).
    pub ceiling: Decimal,
    pub start_year: i32,
    #[serde(default)]
    pub ramp_years: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The basis of a [`FrontBudget`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrontBasis {
    /// The year's income (jeugdhulpbudget: the income budget lines).
    #[default]
    Income,
    /// The year's care cost of one group, before this lever.
    Group(super::CareGroup),
}

macro_rules! timed_lever {
    ($($lever:ty),*) => {$(
        impl $lever {
            pub fn timing(&self) -> Timing {
                Timing { start_year: self.start_year, ramp_years: self.ramp_years }
            }
        }
    )*};
}
timed_lever!(Substitution, ResidentialShift, FormChange, FrontBudget);

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn lever_has_no_effect_before_its_start_year() {
        let t = Timing {
            start_year: 2027,
            ramp_years: 3,
        };
        assert_eq!(t.strength(dec!(0.3), 2026), Decimal::ZERO);
    }

    #[test]
    fn lever_ramps_linearly_to_its_target() {
        let t = Timing {
            start_year: 2027,
            ramp_years: 3,
        };
        assert_eq!(t.strength(dec!(0.3), 2027), dec!(0.1));
        assert_eq!(t.strength(dec!(0.3), 2028), dec!(0.2));
        assert_eq!(t.strength(dec!(0.3), 2029), dec!(0.3));
        assert_eq!(t.strength(dec!(0.3), 2035), dec!(0.3));
    }

    #[test]
    fn lever_without_ramp_acts_fully_from_its_start_year() {
        let t = Timing {
            start_year: 2027,
            ramp_years: 0,
        };
        assert_eq!(t.strength(dec!(-0.15), 2027), dec!(-0.15));
    }

    fn shift(shares: &[Decimal]) -> ResidentialShift {
        ResidentialShift {
            id: "s".into(),
            label: String::new(),
            from: vec!["residentieel".into()],
            share: dec!(0.2),
            relapse: Decimal::ZERO,
            mix: shares
                .iter()
                .enumerate()
                .map(|(i, s)| MixTarget {
                    to: format!("f{i}"),
                    share: *s,
                })
                .collect(),
            start_year: 2027,
            ramp_years: 0,
            source: None,
        }
    }

    #[test]
    fn moving_one_mix_share_rebalances_the_others_to_a_hundred_percent() {
        let mut s = shift(&[dec!(0.5), dec!(0.3), dec!(0.2)]);
        s.set_mix_share(0, dec!(0.8));
        let shares: Vec<Decimal> = s.mix.iter().map(|t| t.share).collect();
        assert_eq!(shares, vec![dec!(0.8), dec!(0.12), dec!(0.08)]);
        assert_eq!(shares.iter().sum::<Decimal>(), Decimal::ONE);
    }

    #[test]
    fn mix_targets_at_zero_share_the_rest_equally() {
        let mut s = shift(&[dec!(1), dec!(0), dec!(0)]);
        s.set_mix_share(0, dec!(0.4));
        assert_eq!(s.mix[1].share, dec!(0.3));
        assert_eq!(s.mix[2].share, dec!(0.3));
    }
}

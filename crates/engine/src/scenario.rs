//! The scenario: plain data that describes a region (care forms, budget lines,
//! municipalities), a horizon and the levers a user moves. It is exactly what a
//! scenario file holds (see docs/scenario-format.md); the projection reads it and
//! never changes it.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Where each figure of an entity comes from, keyed by field name
/// (`"clients_start" -> "CBS Jeugdmonitor 2024, geschaald"`, or `"aanname"`).
pub type Sources = BTreeMap<String, String>;

/// A whole scenario as a file holds it: self-contained, so it gives the same
/// figures years later whatever the app's built-in data has become.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Always [`crate::file::FORMAT_NAME`]; tells our files from other JSON.
    pub format: String,
    /// File format version; see [`crate::file::FORMAT_VERSION`].
    pub version: u32,
    /// Version of the program that wrote the file (informative).
    #[serde(default)]
    pub app_version: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// True for made-up example data that must be labelled as illustrative.
    #[serde(default)]
    pub illustrative: bool,
    pub base_year: i32,
    /// Number of projected years including the base year (1 to 15).
    pub years: u32,
    pub care_forms: Vec<CareForm>,
    #[serde(default)]
    pub budget_lines: Vec<BudgetLine>,
    #[serde(default)]
    pub municipalities: Vec<Municipality>,
    #[serde(default)]
    pub levers: Levers,
    /// Verzekeringsmodel (seed 003): the insured share of cost that is split
    /// by the key; the rest each municipality pays by its own use. None (or
    /// 1) is full solidarity: all cost by the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insured_share: Option<Decimal>,
    /// Sources of scenario-wide facts (region size, scale factor).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

/// Group of a care form, as the regional plans group their care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CareGroup {
    /// Local team, free access (vrij toegankelijk), POH-jeugd.
    Lokaal,
    /// Ambulant care at a provider, daghulp, jeugd-GGZ, dyslexia care.
    Ambulant,
    /// Residential care including pleegzorg, gezinshuis and gesloten jeugdhulp.
    Verblijf,
    /// Jeugdbescherming and jeugdreclassering.
    Jbjr,
    Crisis,
}

impl CareGroup {
    pub const ALL: [CareGroup; 5] = [
        CareGroup::Lokaal,
        CareGroup::Ambulant,
        CareGroup::Verblijf,
        CareGroup::Jbjr,
        CareGroup::Crisis,
    ];

    /// The id used in files and CSV.
    pub fn id(self) -> &'static str {
        match self {
            CareGroup::Lokaal => "lokaal",
            CareGroup::Ambulant => "ambulant",
            CareGroup::Verblijf => "verblijf",
            CareGroup::Jbjr => "jbjr",
            CareGroup::Crisis => "crisis",
        }
    }

    /// Dutch label as the regional plans write it.
    pub fn label_nl(self) -> &'static str {
        match self {
            CareGroup::Lokaal => "Lokaal / vrij toegankelijk",
            CareGroup::Ambulant => "Ambulant",
            CareGroup::Verblijf => "Verblijf",
            CareGroup::Jbjr => "Jeugdbescherming en jeugdreclassering",
            CareGroup::Crisis => "Crisis",
        }
    }
}

/// A care form (zorgvorm), simulated as a stock of clients with inflow and
/// outflow. Figures describe 1 January of the base year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareForm {
    pub id: String,
    pub label: String,
    pub group: CareGroup,
    /// Clients in care on 1 January of the base year.
    pub clients_start: Decimal,
    /// New clients (trajectories) per year; steady state when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inflow_per_year: Option<Decimal>,
    /// Average length of care in months (at least 1).
    pub duration_months: Decimal,
    /// Cost per client per month in care (exclusive with `price_per_trajectory`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tariff_per_month: Option<Decimal>,
    /// All-in price charged when a trajectory starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_trajectory: Option<Decimal>,
    /// Autonomous growth of inflow per year, as a fraction (0.01 = 1%).
    #[serde(default)]
    pub inflow_growth: Decimal,
    /// Yearly indexation of the tariff or price, as a fraction.
    #[serde(default)]
    pub price_index: Decimal,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

/// How a care form is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostBasis {
    TariffPerMonth(Decimal),
    PricePerTrajectory(Decimal),
}

impl CareForm {
    /// The cost basis; a validated form has exactly one. An unvalidated form
    /// with neither is treated as free, so the projection never panics.
    pub fn cost_basis(&self) -> CostBasis {
        match (self.tariff_per_month, self.price_per_trajectory) {
            (_, Some(p)) if self.tariff_per_month.is_none() => CostBasis::PricePerTrajectory(p),
            (Some(t), _) => CostBasis::TariffPerMonth(t),
            (None, _) => CostBasis::TariffPerMonth(Decimal::ZERO),
        }
    }

    /// Yearly inflow in the base year: explicit, or the steady state
    /// `12 * clients_start / duration_months`.
    pub fn base_inflow(&self) -> Decimal {
        match self.inflow_per_year {
            Some(inflow) => inflow,
            None if self.duration_months > Decimal::ZERO => {
                Decimal::from(12) * self.clients_start / self.duration_months
            }
            None => Decimal::ZERO,
        }
    }

    pub fn is_residential(&self) -> bool {
        self.group == CareGroup::Verblijf
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BudgetKind {
    /// Rijksbijdrage, transformatiefonds, eigen middelen; a cut is a negative income.
    Income,
    /// Costs not tied to clients: lokale teams, uitvoeringskosten, programmes.
    Expense,
}

/// A budget line (begrotingspost).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub id: String,
    pub label: String,
    pub kind: BudgetKind,
    /// Amount in the base year, indexed yearly by `index` (used for years
    /// without an explicit amount).
    #[serde(default)]
    pub base_amount: Decimal,
    #[serde(default)]
    pub index: Decimal,
    /// Explicit amounts per year; they win over `base_amount`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub amounts: BTreeMap<i32, Decimal>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

/// A municipality (gemeente) with its weight in the cost-sharing key
/// (verdeelsleutel). Weights need not add up to 1: they are normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub id: String,
    pub name: String,
    pub share: Decimal,
    /// Share of the region's use of care by this municipality's young people
    /// (eigen gebruik), for the insurance model. Normalised like `share`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_use: Option<Decimal>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

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
}

impl Levers {
    pub fn is_empty(&self) -> bool {
        self.substitutions.is_empty()
            && self.residential_shifts.is_empty()
            && self.form_changes.is_empty()
            && self.investments.is_empty()
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
        match self {
            ChangeKind::Inflow => "inflow",
            ChangeKind::Duration => "duration",
            ChangeKind::Tariff => "tariff",
            ChangeKind::Intensity => "intensity",
        }
    }

    pub fn label_nl(self) -> &'static str {
        match self {
            ChangeKind::Inflow => "Instroom",
            ChangeKind::Duration => "Verblijfsduur",
            ChangeKind::Tariff => "Tarief",
            ChangeKind::Intensity => "Intensiteit",
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

macro_rules! timed_lever {
    ($($lever:ty),*) => {$(
        impl $lever {
            pub fn timing(&self) -> Timing {
                Timing { start_year: self.start_year, ramp_years: self.ramp_years }
            }
        }
    )*};
}
timed_lever!(Substitution, ResidentialShift, FormChange);

impl Scenario {
    /// Weights that split cost over the municipalities: the key, or under
    /// the insurance model `insured * key + (1 - insured) * own use`, each
    /// part normalised. Income is always split by the key.
    pub fn cost_weights(&self) -> Vec<Decimal> {
        let key: Vec<Decimal> = self
            .municipalities
            .iter()
            .map(|m| m.share.max(Decimal::ZERO))
            .collect();
        let insured = match self.insured_share {
            Some(p) if p < Decimal::ONE => p.max(Decimal::ZERO),
            _ => return key,
        };
        let own: Vec<Decimal> = self
            .municipalities
            .iter()
            .map(|m| m.own_use.unwrap_or_default().max(Decimal::ZERO))
            .collect();
        let (key_total, own_total): (Decimal, Decimal) = (key.iter().sum(), own.iter().sum());
        if key_total.is_zero() || own_total.is_zero() {
            return key;
        }
        key.iter()
            .zip(&own)
            .map(|(k, o)| insured * k / key_total + (Decimal::ONE - insured) * o / own_total)
            .collect()
    }

    /// Years of the projection: base year, base year + 1, ...
    pub fn year_range(&self) -> std::ops::Range<i32> {
        let years = i32::try_from(self.years).unwrap_or(i32::MAX);
        self.base_year..self.base_year.saturating_add(years)
    }

    pub fn last_year(&self) -> i32 {
        self.year_range().end - 1
    }

    pub fn care_form(&self, id: &str) -> Option<&CareForm> {
        self.care_forms.iter().find(|f| f.id == id)
    }

    pub fn care_form_index(&self, id: &str) -> Option<usize> {
        self.care_forms.iter().position(|f| f.id == id)
    }

    /// The same scenario with every lever off: what would happen without the
    /// plan.
    pub fn baseline(&self) -> Scenario {
        Scenario {
            levers: Levers::default(),
            ..self.clone()
        }
    }

    /// `name`, or `name (2)`, `name (3)`, ... when that name is taken, so an
    /// imported or copied scenario never overwrites one with the same name.
    pub fn unique_name<'a>(name: &str, existing: impl Iterator<Item = &'a str> + Clone) -> String {
        let taken = |candidate: &str| existing.clone().any(|n| n == candidate);
        if !taken(name) {
            return name.to_string();
        }
        // "Plan (2)" copied again becomes "Plan (3)", not "Plan (2) (2)".
        let stem = match name.rsplit_once(" (") {
            Some((stem, rest))
                if rest.ends_with(')') && rest[..rest.len() - 1].parse::<u32>().is_ok() =>
            {
                stem
            }
            _ => name,
        };
        (2..)
            .map(|n| format!("{stem} ({n})"))
            .find(|candidate| !taken(candidate))
            .expect("an unbounded range always yields a free name")
    }

    /// An id not yet used among `existing`, built from `stem`.
    pub fn fresh_id<'a>(stem: &str, existing: impl Iterator<Item = &'a str> + Clone) -> String {
        (1..)
            .map(|n| format!("{stem}-{n}"))
            .find(|candidate| !existing.clone().any(|id| id == candidate))
            .expect("an unbounded range always yields a free id")
    }
}

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

    #[test]
    fn steady_state_inflow_follows_littles_law() {
        let form = CareForm {
            id: "a".into(),
            label: "A".into(),
            group: CareGroup::Ambulant,
            clients_start: dec!(120),
            inflow_per_year: None,
            duration_months: dec!(6),
            tariff_per_month: Some(dec!(1000)),
            price_per_trajectory: None,
            inflow_growth: Decimal::ZERO,
            price_index: Decimal::ZERO,
            sources: Sources::new(),
        };
        assert_eq!(form.base_inflow(), dec!(240));
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

    #[test]
    fn a_taken_name_gets_the_next_free_number() {
        let names = ["Plan", "Plan (2)"];
        assert_eq!(
            Scenario::unique_name("Nieuw", names.iter().copied()),
            "Nieuw"
        );
        assert_eq!(
            Scenario::unique_name("Plan", names.iter().copied()),
            "Plan (3)"
        );
        assert_eq!(
            Scenario::unique_name("Plan (2)", names.iter().copied()),
            "Plan (3)"
        );
    }

    #[test]
    fn fresh_id_skips_ids_in_use() {
        let ids = ["sub-1", "sub-2"];
        assert_eq!(Scenario::fresh_id("sub", ids.iter().copied()), "sub-3");
    }
}

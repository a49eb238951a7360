//! The region a scenario describes: care forms, budget lines and the
//! municipalities that share the cost.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Sources;

/// Group of a care form, as the regional plans group their care.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "lowercase")]
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
        self.into()
    }

    /// English label.
    pub fn label_en(self) -> &'static str {
        match self {
            CareGroup::Lokaal => "Local / freely accessible",
            CareGroup::Ambulant => "Ambulant",
            CareGroup::Verblijf => "Out-of-home care",
            CareGroup::Jbjr => "Child protection and youth probation",
            CareGroup::Crisis => "Crisis",
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
    /// A family-based form of verblijf (gezinsvervangend: pleegzorg,
    /// gezinshuis). The plans aim to lower residential care (residentieel,
    /// gesloten) and move children to these forms; CBS counts both as
    /// verblijf. Only a form in the group verblijf can be family-based.
    #[serde(default, skip_serializing_if = "is_false")]
    pub family_based: bool,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

fn is_false(b: &bool) -> bool {
    !b
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

    /// Residential care as the plans mean it: verblijf that is not
    /// family-based (residentieel, gesloten). The headline share counts these.
    pub fn is_residential(&self) -> bool {
        self.group == CareGroup::Verblijf && !self.family_based
    }

    /// Verblijf as CBS counts it ("jeugdhulp met verblijf"): the whole group,
    /// pleegzorg and gezinshuis included.
    pub fn is_out_of_home(&self) -> bool {
        self.group == CareGroup::Verblijf
    }

    /// Whether a verblijf form with this id and label is family-based by its
    /// words (pleegzorg, gezinshuis): how files of format version 2 and
    /// earlier, and the care-forms CSV, are read, since they do not say it.
    pub fn family_based_by_words(group: CareGroup, id: &str, label: &str) -> bool {
        group == CareGroup::Verblijf
            && [id, label].iter().any(|w| {
                let w = w.to_lowercase();
                w.contains("pleeg") || w.contains("gezinshuis")
            })
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
    /// The key per year (format version 2): from each year on, until the
    /// next entry, this weight replaces `share` (a plan that changes its key,
    /// or pools a deficit by budget share until a year).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub share_from: BTreeMap<i32, Decimal>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
}

impl Municipality {
    /// The weight in the key in `year`.
    pub fn share_in(&self, year: i32) -> Decimal {
        from_year(&self.share_from, year).unwrap_or(self.share)
    }
}

/// The value of the latest entry at or before `year`.
pub fn from_year(values: &BTreeMap<i32, Decimal>, year: i32) -> Option<Decimal> {
    values.range(..=year).next_back().map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

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
            family_based: false,
            sources: Sources::new(),
        };
        assert_eq!(form.base_inflow(), dec!(240));
    }
}

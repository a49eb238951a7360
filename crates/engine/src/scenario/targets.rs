//! Doelen: the targets a plan states ("ten opzichte van 1-1-2014 neemt de
//! inzet met 30% af"). A target is a check on the projection, never a lever:
//! the scenario and its baseline are both checked against it (see
//! `crate::targets` for the evaluation and docs/scenario-format.md).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::CareGroup;

/// One target of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub id: String,
    /// The plan's words, e.g. "Inzet zeer specialistische hulp 30% lager dan 1-1-2014".
    pub label: String,
    pub measure: Measure,
    /// Which care forms the measure counts (ignored by budget line and balance).
    #[serde(default)]
    pub scope: Scope,
    /// The budget line a [`Measure::BudgetLine`] target reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_line: Option<String>,
    /// The year the target is checked in (a year of the horizon).
    pub year: i32,
    /// Checked in every year from `year` to the last year, not in `year` only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub every_year_from: bool,
    pub comparison: Comparison,
    /// The threshold: a level in the measure's unit, or, with a reference, a
    /// change against the reference (a fraction: -0.3 is 30% less).
    pub value: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
    /// Where the target comes from (the plan and its place), or "aanname".
    #[serde(default)]
    pub source: String,
}

/// What a target measures, per year of the projection.
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
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Clients in care (the year's average).
    Clients,
    /// Clients in care at the end of the year: the stock on 31 December
    /// (the stand a plan states "aan het eind van de projectperiode").
    ClientsYearEnd,
    /// New clients in the year.
    Inflow,
    /// Care cost.
    Cost,
    /// The scope's share of all clients in care.
    ClientsShare,
    /// The scope's share of all care cost.
    CostShare,
    /// The amount of one budget line.
    BudgetLine,
    /// Income minus total cost (care, other expenses, investments).
    Balance,
}

impl Measure {
    pub const ALL: [Measure; 8] = [
        Measure::Clients,
        Measure::ClientsYearEnd,
        Measure::Inflow,
        Measure::Cost,
        Measure::ClientsShare,
        Measure::CostShare,
        Measure::BudgetLine,
        Measure::Balance,
    ];

    /// The id used in files.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Whether the measure counts care forms (and so has a scope).
    pub fn counts_forms(self) -> bool {
        !matches!(self, Measure::BudgetLine | Measure::Balance)
    }

    /// Whether the measure is a share of a whole (a fraction).
    pub fn is_share(self) -> bool {
        matches!(self, Measure::ClientsShare | Measure::CostShare)
    }

    /// Whether the measure is an amount of money.
    pub fn is_money(self) -> bool {
        matches!(self, Measure::Cost | Measure::BudgetLine | Measure::Balance)
    }
}

/// The care forms a measure counts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Every care form.
    #[default]
    All,
    /// The forms of one group (verblijf, ambulant, ...).
    Group(CareGroup),
    /// These forms, by id.
    Forms(Vec<String>),
}

impl Scope {
    /// Whether the care form with this id and group counts.
    pub fn includes(&self, id: &str, group: CareGroup) -> bool {
        match self {
            Scope::All => true,
            Scope::Group(g) => *g == group,
            Scope::Forms(ids) => ids.iter().any(|i| i == id),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// Gehaald when the figure is at most the threshold.
    AtMost,
    /// Gehaald when the figure is at least the threshold.
    AtLeast,
}

/// What a relative target is measured against: a projected year, or a level
/// in a year before the base year given as data with its source ("1-1-2014",
/// "budget 2012").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub year: i32,
    /// The measured level in `year`; required before the base year, absent
    /// for a year of the horizon (then the projection gives it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Decimal>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

//! The stable address of a knob: the field's path in the scenario file, with
//! ids instead of list positions, so it survives a file round trip, reordering
//! and removal of other entries, and reads well in a test or a CLI argument:
//! `levers.substitutions.wijkteam-ggz.share`, `care_forms.pleegzorg.tariff_per_month`,
//! `budget_lines.rijksbijdrage.amounts.2027`, `insured_share`.

use std::fmt;
use std::str::FromStr;

/// Which list of levers an address points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeverList {
    Substitutions,
    ResidentialShifts,
    FormChanges,
    FrontBudgets,
}

/// A field of a lever.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeverField {
    /// Share of inflow that moves (substitution, afschalen verblijf).
    Share,
    /// Terugval.
    Relapse,
    /// Relative change of a per-form change.
    Change,
    StartYear,
    RampYears,
    /// The share of one target (by care form id) in a shift's mix.
    Mix(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BudgetField {
    BaseAmount,
    Index,
    /// The explicit amount of one year.
    Amount(i32),
}

/// A figure of a care form: data, or a trend (which moves the baseline too).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum FormField {
    ClientsStart,
    InflowPerYear,
    DurationMonths,
    TariffPerMonth,
    PricePerTrajectory,
    InflowGrowth,
    PriceIndex,
}

impl FormField {
    pub const ALL: [FormField; 7] = [
        FormField::ClientsStart,
        FormField::InflowPerYear,
        FormField::DurationMonths,
        FormField::TariffPerMonth,
        FormField::PricePerTrajectory,
        FormField::InflowGrowth,
        FormField::PriceIndex,
    ];

    /// The field's name in the file (and in the `sources` of a care form).
    pub fn id(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MunicipalityField {
    /// Weight in the verdeelsleutel.
    Share,
    /// Eigen gebruik, for the verzekeringsmodel.
    OwnUse,
}

/// A number of a target (doel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TargetField {
    /// The threshold (a level, or a change against the reference).
    Value,
    /// The reference level given as data (a year before the base year).
    ReferenceLevel,
}

/// Where a knob lives in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Address {
    Lever {
        list: LeverList,
        id: String,
        field: LeverField,
    },
    BudgetLine {
        id: String,
        field: BudgetField,
    },
    Investment {
        id: String,
        year: i32,
    },
    CareForm {
        id: String,
        field: FormField,
    },
    Municipality {
        id: String,
        field: MunicipalityField,
    },
    InsuredShare,
    Target {
        id: String,
        field: TargetField,
    },
}

impl Address {
    pub fn lever(list: LeverList, id: &str, field: LeverField) -> Address {
        Address::Lever {
            list,
            id: id.to_string(),
            field,
        }
    }

    pub fn care_form(id: &str, field: FormField) -> Address {
        Address::CareForm {
            id: id.to_string(),
            field,
        }
    }

    pub fn budget_line(id: &str, field: BudgetField) -> Address {
        Address::BudgetLine {
            id: id.to_string(),
            field,
        }
    }

    pub fn target(id: &str, field: TargetField) -> Address {
        Address::Target {
            id: id.to_string(),
            field,
        }
    }

    pub fn municipality(id: &str, field: MunicipalityField) -> Address {
        Address::Municipality {
            id: id.to_string(),
            field,
        }
    }
}

impl LeverList {
    fn id(self) -> &'static str {
        match self {
            LeverList::Substitutions => "substitutions",
            LeverList::ResidentialShifts => "residential_shifts",
            LeverList::FormChanges => "form_changes",
            LeverList::FrontBudgets => "front_budgets",
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Address::Lever { list, id, field } => {
                write!(f, "levers.{}.{id}.", list.id())?;
                match field {
                    LeverField::Share => f.write_str("share"),
                    LeverField::Relapse => f.write_str("relapse"),
                    LeverField::Change => f.write_str("change"),
                    LeverField::StartYear => f.write_str("start_year"),
                    LeverField::RampYears => f.write_str("ramp_years"),
                    LeverField::Mix(to) => write!(f, "mix.{to}"),
                }
            }
            Address::BudgetLine { id, field } => match field {
                BudgetField::BaseAmount => write!(f, "budget_lines.{id}.base_amount"),
                BudgetField::Index => write!(f, "budget_lines.{id}.index"),
                BudgetField::Amount(year) => write!(f, "budget_lines.{id}.amounts.{year}"),
            },
            Address::Investment { id, year } => write!(f, "levers.investments.{id}.amounts.{year}"),
            Address::CareForm { id, field } => write!(f, "care_forms.{id}.{}", field.id()),
            Address::Municipality { id, field } => match field {
                MunicipalityField::Share => write!(f, "municipalities.{id}.share"),
                MunicipalityField::OwnUse => write!(f, "municipalities.{id}.own_use"),
            },
            Address::InsuredShare => f.write_str("insured_share"),
            Address::Target { id, field } => match field {
                TargetField::Value => write!(f, "targets.{id}.value"),
                TargetField::ReferenceLevel => write!(f, "targets.{id}.reference.level"),
            },
        }
    }
}

/// An address that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadAddress(pub String);

impl fmt::Display for BadAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is geen adres van een knop (bijvoorbeeld levers.substitutions.ID.share of care_forms.ID.tariff_per_month)",
            self.0
        )
    }
}

impl std::error::Error for BadAddress {}

impl FromStr for Address {
    type Err = BadAddress;

    fn from_str(text: &str) -> Result<Address, BadAddress> {
        let bad = || BadAddress(text.to_string());
        let parts: Vec<&str> = text.trim().split('.').collect();
        let id = |s: &str| -> Result<String, BadAddress> {
            let ok = !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if ok {
                Ok(s.to_string())
            } else {
                Err(bad())
            }
        };
        let year = |s: &str| s.parse::<i32>().map_err(|_| bad());
        let address = match parts.as_slice() {
            ["insured_share"] => Address::InsuredShare,
            ["levers", "investments", i, "amounts", y] => Address::Investment {
                id: id(i)?,
                year: year(y)?,
            },
            ["levers", list, i, rest @ ..] => {
                let list = match *list {
                    "substitutions" => LeverList::Substitutions,
                    "residential_shifts" => LeverList::ResidentialShifts,
                    "form_changes" => LeverList::FormChanges,
                    "front_budgets" => LeverList::FrontBudgets,
                    _ => return Err(bad()),
                };
                let field = match (list, rest) {
                    (LeverList::FormChanges, ["change"]) => LeverField::Change,
                    (LeverList::FormChanges, ["share" | "relapse"]) => return Err(bad()),
                    (LeverList::FrontBudgets, ["relapse" | "change"]) => return Err(bad()),
                    (_, ["share"]) => LeverField::Share,
                    (_, ["relapse"]) => LeverField::Relapse,
                    (_, ["start_year"]) => LeverField::StartYear,
                    (_, ["ramp_years"]) => LeverField::RampYears,
                    (LeverList::ResidentialShifts, ["mix", to]) => LeverField::Mix(id(to)?),
                    _ => return Err(bad()),
                };
                Address::Lever {
                    list,
                    id: id(i)?,
                    field,
                }
            }
            ["budget_lines", i, rest @ ..] => Address::BudgetLine {
                id: id(i)?,
                field: match rest {
                    ["base_amount"] => BudgetField::BaseAmount,
                    ["index"] => BudgetField::Index,
                    ["amounts", y] => BudgetField::Amount(year(y)?),
                    _ => return Err(bad()),
                },
            },
            ["care_forms", i, field] => Address::CareForm {
                id: id(i)?,
                field: field.parse::<FormField>().map_err(|_| bad())?,
            },
            ["municipalities", i, field] => Address::Municipality {
                id: id(i)?,
                field: match *field {
                    "share" => MunicipalityField::Share,
                    "own_use" => MunicipalityField::OwnUse,
                    _ => return Err(bad()),
                },
            },
            ["targets", i, rest @ ..] => Address::Target {
                id: id(i)?,
                field: match rest {
                    ["value"] => TargetField::Value,
                    ["reference", "level"] => TargetField::ReferenceLevel,
                    _ => return Err(bad()),
                },
            },
            _ => return Err(bad()),
        };
        Ok(address)
    }
}

#[cfg(test)]
#[path = "address_tests.rs"]
mod tests;

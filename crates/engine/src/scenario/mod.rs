//! The scenario: plain data that describes a region (care forms, budget lines,
//! municipalities), a horizon and the levers a user moves. It is exactly what a
//! scenario file holds (see docs/scenario-format.md); the projection reads it and
//! never changes it.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

mod levers;
mod lookup;
mod mapping;
mod region;
mod targets;

pub use levers::*;
pub(crate) use lookup::{by_id, by_id_mut};
pub use mapping::{FormInfo, Mapping, MappingRule};
pub use region::*;
pub use targets::*;

/// Where a scenario's figures come from, as a whole. Each figure also has
/// its own source (`sources`); this says which kind of scenario it is, so the
/// example's warning shows on the example and on nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ProvenanceFile", into = "ProvenanceFile")]
pub enum Provenance {
    /// The made-up example region: figures scaled from national sources and
    /// assumptions.
    Example,
    /// A regional plan's preset: the plan, its name and years, as cited.
    Plan { plan: String },
    /// A region's own figures: the source its user named (files, a
    /// budget) and the day they were read in (`YYYY-MM-DD`, empty when not
    /// known).
    Own { source: String, imported: String },
}

/// How a file writes a [`Provenance`]: `{"kind": "plan", "plan": "..."}`.
/// Read as a plain struct: serde reads an internally tagged enum through a
/// buffer of its own, which cost the app's wasm several KB.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvenanceFile {
    kind: ProvenanceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    imported: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum ProvenanceKind {
    Example,
    Plan,
    Own,
}

impl From<ProvenanceFile> for Provenance {
    fn from(file: ProvenanceFile) -> Self {
        match file.kind {
            ProvenanceKind::Example => Provenance::Example,
            ProvenanceKind::Plan => Provenance::Plan {
                plan: file.plan.unwrap_or_default(),
            },
            ProvenanceKind::Own => Provenance::Own {
                source: file.source.unwrap_or_default(),
                imported: file.imported.unwrap_or_default(),
            },
        }
    }
}

impl From<Provenance> for ProvenanceFile {
    fn from(p: Provenance) -> Self {
        let (kind, plan, source, imported) = match p {
            Provenance::Example => (ProvenanceKind::Example, None, None, None),
            Provenance::Plan { plan } => (ProvenanceKind::Plan, Some(plan), None, None),
            Provenance::Own { source, imported } => {
                (ProvenanceKind::Own, None, Some(source), Some(imported))
            }
        };
        ProvenanceFile {
            kind,
            plan,
            source,
            imported,
        }
    }
}

impl Default for Provenance {
    /// A file that does not say is a region's own.
    fn default() -> Self {
        Provenance::Own {
            source: String::new(),
            imported: String::new(),
        }
    }
}

impl Provenance {
    /// True for the made-up example region, which must be labelled so.
    pub fn is_example(&self) -> bool {
        matches!(self, Provenance::Example)
    }

    /// After one table (`what`, e.g. "zorgvormen") was read from `file` on
    /// `date` (`YYYY-MM-DD`): the figures are now the region's own, and what
    /// was kept says where it came from, so the example's warning is not
    /// shown on own care forms, and the kept example figures are not passed
    /// off as own.
    pub fn after_import(&self, what: &str, file: &str, date: &str) -> Provenance {
        let read = format!("{what} uit \"{file}\"");
        let source = match self {
            Provenance::Example => {
                format!("{read}; de overige cijfers en knoppen uit het illustratieve voorbeeld")
            }
            Provenance::Plan { plan } => format!("{read}; de overige cijfers uit {plan}"),
            Provenance::Own { source, .. } if source.trim().is_empty() => read,
            Provenance::Own { source, .. } if source.contains(&read) => source.clone(),
            Provenance::Own { source, .. } => format!("{source}; {read}"),
        };
        Provenance::Own {
            source,
            imported: date.to_string(),
        }
    }
}

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
    /// Where the figures come from: the made-up example, a regional plan, or
    /// a region's own data (format version 4; older files say it by
    /// `illustrative` and a source `plan`, and are migrated).
    #[serde(default)]
    pub provenance: Provenance,
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
    /// The insured share per year (format version 2): from each year on,
    /// until the next entry, this share replaces `insured_share`, so a plan
    /// that phases solidarity out (seed 004: gone from 2023, an insured share
    /// of 0) says so. Needs every municipality's `own_use` when below 1.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub insured_share_from: BTreeMap<i32, Decimal>,
    /// Doelen: the plan's targets, checked against scenario and baseline
    /// (format version 2; a version 1 file has none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// Sources of scenario-wide facts (region size, scale factor).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: Sources,
    /// The mapping from product category to care form that the care forms
    /// were derived from the allocations with (format version 5; None:
    /// not derived, or the defaults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_mapping: Option<Mapping>,
}

impl Scenario {
    /// The insured share in `year`: the per-year entry in force, or the
    /// scenario's `insured_share` (None is full solidarity).
    pub fn insured_share_in(&self, year: i32) -> Option<Decimal> {
        from_year(&self.insured_share_from, year).or(self.insured_share)
    }

    /// Whether some year splits part of the cost by own use.
    pub fn uses_own_use(&self) -> bool {
        self.insured_share
            .iter()
            .chain(self.insured_share_from.values())
            .any(|p| *p < Decimal::ONE)
    }

    /// The key in `year`: each municipality's weight, never negative. Income
    /// is always split by it.
    pub fn key_in(&self, year: i32) -> Vec<Decimal> {
        self.municipalities
            .iter()
            .map(|m| m.share_in(year).max(Decimal::ZERO))
            .collect()
    }

    /// Weights that split cost over the municipalities in `year`: the key,
    /// or under the insurance model `insured * key + (1 - insured) * own use`,
    /// each part normalised.
    pub fn cost_weights_in(&self, year: i32) -> Vec<Decimal> {
        let key = self.key_in(year);
        let insured = match self.insured_share_in(year) {
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

    /// Where a new lever starts: next year, or the last year of a horizon
    /// of one year.
    pub fn next_year(&self) -> i32 {
        (self.base_year + 1).min(self.last_year())
    }

    /// The same scenario with every lever off: what would happen without the
    /// plan. Copies everything but the levers (500 of them are half of what a
    /// copy of the largest scenario allocates, and the app derives the
    /// baseline on every move).
    pub fn baseline(&self) -> Scenario {
        let Scenario {
            format,
            version,
            app_version,
            name,
            description,
            provenance,
            base_year,
            years,
            care_forms,
            budget_lines,
            municipalities,
            levers: _,
            insured_share,
            insured_share_from,
            targets,
            sources,
            allocation_mapping,
        } = self;
        Scenario {
            format: format.clone(),
            version: *version,
            app_version: app_version.clone(),
            name: name.clone(),
            description: description.clone(),
            provenance: provenance.clone(),
            base_year: *base_year,
            years: *years,
            care_forms: care_forms.clone(),
            budget_lines: budget_lines.clone(),
            municipalities: municipalities.clone(),
            levers: Levers::default(),
            insured_share: *insured_share,
            insured_share_from: insured_share_from.clone(),
            targets: targets.clone(),
            sources: sources.clone(),
            allocation_mapping: allocation_mapping.clone(),
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

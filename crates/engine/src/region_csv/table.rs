//! The three tables of a region and their columns: key, Dutch header, and
//! what each holds, for the "missing column" message, the app and the docs.

pub use super::column_lists::Column;
use super::column_lists::{
    ALLOCATIONS, ALLOCATION_ALIASES, BUDGET_LINES, BUDGET_LINE_ALIASES, CARE_FORMS,
    CARE_FORM_ALIASES, MAPPING, MAPPING_ALIASES, MUNICIPALITIES, MUNICIPALITY_ALIASES,
};
use crate::limits;
use crate::text::Text;

/// One of a region's own tables, each read from its own CSV; and the two
/// files calibration reads (`crate::calibrate`), which are no table of a
/// scenario and so not in [`Table::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    CareForms,
    BudgetLines,
    Municipalities,
    /// Toewijzingen: one row per allocation, aggregated and never kept.
    Allocations,
    /// iJw product category (and code) to care form.
    Mapping,
}

/// The most rows of a mapping file: a category and code per row.
const MAX_MAPPING_ROWS: usize = 2_000;

impl Table {
    pub const ALL: [Table; 3] = [Table::CareForms, Table::BudgetLines, Table::Municipalities];

    /// "Zorgvormen", "Begrotingsposten", "Gemeenten".
    pub fn label_nl(self) -> &'static str {
        match self {
            Table::CareForms => "Zorgvormen",
            Table::BudgetLines => "Begrotingsposten",
            Table::Municipalities => "Gemeenten",
            Table::Allocations => "Toewijzingen",
            Table::Mapping => "Koppeling",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Table::CareForms => "Care forms",
            Table::BudgetLines => "Budget lines",
            Table::Municipalities => "Municipalities",
            Table::Allocations => "Allocations",
            Table::Mapping => "Mapping",
        }
    }

    pub fn label(self) -> Text {
        Text::new(self.label_nl(), self.label_en())
    }

    /// Its file chooser: "Zorgvormen (CSV)", "Care forms (CSV)".
    pub fn file_input(self) -> Text {
        Text::new(self.file_label(), format!("{} (CSV)", self.label_en()))
    }

    /// Its template's button, by name: "Sjabloon downloaden: Zorgvormen".
    pub fn template_button(self) -> Text {
        Text::new(
            format!("Sjabloon downloaden: {}", self.label_nl()),
            format!("Download template: {}", self.label_en()),
        )
    }

    /// `n` rows of it in words: "1 zorgvorm", "14 zorgvormen", "1 care
    /// form", "14 care forms".
    pub fn counted(self, n: usize) -> Text {
        let (one_nl, many_nl, one_en, many_en) = match self {
            Table::CareForms => ("zorgvorm", "zorgvormen", "care form", "care forms"),
            Table::BudgetLines => (
                "begrotingspost",
                "begrotingsposten",
                "budget line",
                "budget lines",
            ),
            Table::Municipalities => ("gemeente", "gemeenten", "municipality", "municipalities"),
            Table::Allocations => ("toewijzing", "toewijzingen", "allocation", "allocations"),
            Table::Mapping => ("regel", "regels", "rule", "rules"),
        };
        let pick = |one, many| if n == 1 { one } else { many };
        Text::new(
            format!("{n} {}", pick(one_nl, many_nl)),
            format!("{n} {}", pick(one_en, many_en)),
        )
    }

    /// The label of a file of this table: "Zorgvormen (CSV)".
    pub fn file_label(self) -> &'static str {
        match self {
            Table::CareForms => "Zorgvormen (CSV)",
            Table::BudgetLines => "Begrotingsposten (CSV)",
            Table::Municipalities => "Gemeenten (CSV)",
            Table::Allocations => "Toewijzingen (CSV)",
            Table::Mapping => "Koppeling (CSV)",
        }
    }

    /// The template's file name: "STEM-zorgvormen.csv".
    pub fn template_name(self, stem: &str) -> String {
        format!("{stem}-{}.csv", self.label_nl().to_lowercase())
    }

    /// The columns, in template order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Table::CareForms => &CARE_FORMS,
            Table::BudgetLines => &BUDGET_LINES,
            Table::Municipalities => &MUNICIPALITIES,
            Table::Allocations => &ALLOCATIONS,
            Table::Mapping => &MAPPING,
        }
    }

    /// Whether columns named by a year (`2026`) hold amounts per year.
    pub fn has_year_columns(self) -> bool {
        self == Table::BudgetLines
    }

    /// The most rows a file of this table may hold (the scenario's limit).
    pub fn max_rows(self) -> usize {
        match self {
            Table::CareForms => limits::MAX_CARE_FORMS,
            Table::BudgetLines => limits::MAX_BUDGET_LINES,
            Table::Municipalities => limits::MAX_MUNICIPALITIES,
            Table::Allocations => limits::MAX_ALLOCATIONS,
            Table::Mapping => MAX_MAPPING_ROWS,
        }
    }

    /// The largest file of this table: a scenario's, or for allocations
    /// (200,000 rows of some 60 bytes) more.
    pub fn max_bytes(self) -> usize {
        match self {
            Table::Allocations => limits::MAX_ALLOCATION_BYTES,
            _ => limits::MAX_FILE_BYTES,
        }
    }

    /// The rows in Dutch, plural and lower case, for messages.
    pub(super) fn rows_nl(self) -> &'static str {
        match self {
            Table::CareForms => "zorgvormen",
            Table::BudgetLines => "begrotingsposten",
            Table::Municipalities => "gemeenten",
            Table::Allocations => "toewijzingen",
            Table::Mapping => "koppelingen",
        }
    }

    /// The Dutch header of a field key (the key itself when unknown).
    pub fn header(self, key: &str) -> &str {
        self.columns()
            .iter()
            .find(|c| c.key == key)
            .map_or(key, |c| c.header)
    }

    /// Other names controllers use for the columns (already normalised).
    pub(super) fn aliases(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Table::CareForms => &CARE_FORM_ALIASES,
            Table::BudgetLines => &BUDGET_LINE_ALIASES,
            Table::Municipalities => &MUNICIPALITY_ALIASES,
            Table::Allocations => &ALLOCATION_ALIASES,
            Table::Mapping => &MAPPING_ALIASES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_counted_in_both_languages_one_and_many() {
        assert_eq!(
            Table::CareForms.counted(1),
            Text::new("1 zorgvorm", "1 care form")
        );
        assert_eq!(
            Table::CareForms.counted(14),
            Text::new("14 zorgvormen", "14 care forms")
        );
        assert_eq!(Table::Municipalities.counted(0).en, "0 municipalities");
        assert_eq!(Table::BudgetLines.file_input().en, "Budget lines (CSV)");
        assert_eq!(
            Table::Allocations.template_button().nl,
            "Sjabloon downloaden: Toewijzingen"
        );
    }

    #[test]
    fn tables_name_their_files_and_columns() {
        assert_eq!(Table::BudgetLines.label_nl(), "Begrotingsposten");
        assert_eq!(Table::Municipalities.file_label(), "Gemeenten (CSV)");
        assert_eq!(
            Table::CareForms.template_name("regio"),
            "regio-zorgvormen.csv"
        );
        assert_eq!(
            Table::CareForms.header("clients_start"),
            "cliënten op 1 januari"
        );
        assert_eq!(Table::CareForms.header("unknown"), "unknown");
        for table in Table::ALL {
            assert!(table.columns().iter().all(|c| !c.holds_nl.is_empty()));
        }
    }
}

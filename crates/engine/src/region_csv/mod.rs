//! A region's own tables from CSV files as controllers keep them in Excel:
//! care forms (zorgvormen), budget lines (begrotingsposten) and
//! municipalities (gemeenten). One reading for all three: the encodings
//! Excel saves in (`decode.rs`), records and their lines through the `csv`
//! crate (`records.rs`), the separator, forgiving headers (`columns.rs`),
//! numbers in either locale (`numbers.rs`), total rows and unused columns
//! (`sheet.rs`), each row's problems (`row.rs`) and the engine's own rules
//! mapped back to lines (`check.rs`). Per table its columns (`table.rs`),
//! reading and template (`care_forms.rs`, `budget_lines.rs`,
//! `municipalities.rs`). Every problem names its line and column; a file
//! with any problem gives no rows at all. docs/own-data.md describes the
//! files for their users.

mod budget_lines;
mod care_forms;
pub(crate) mod check;
mod column_lists;
pub(crate) mod columns;
mod decode;
mod municipalities;
pub(crate) mod numbers;
pub mod protocol;
mod records;
mod replace;
pub(crate) mod row;
pub(crate) mod sheet;
mod table;
pub(crate) mod template;

#[cfg(test)]
mod budget_lines_tests;
#[cfg(test)]
mod care_forms_tests;
#[cfg(test)]
mod municipalities_tests;
#[cfg(test)]
mod reading_tests;

pub use budget_lines::{budget_lines_template, parse_budget_lines_csv};
pub use care_forms::{care_forms_template, group_by_word, parse_care_forms_csv, GROUP_WORDS};
pub use municipalities::{municipalities_template, parse_municipalities_csv};
pub use replace::replace_care_forms;
pub use table::{Column, Table};

use crate::text::Text;

/// The rows a file gave, and what the user should know that is not a
/// problem (a column that is not used).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported<T> {
    pub rows: Vec<T>,
    /// For example "Kolom \"Opmerking\" is niet gebruikt."
    pub notices: Vec<Text>,
}

/// One problem in an imported CSV. `line` is 1-based as Excel shows it
/// (line 1 is the header); 0 means the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvProblem {
    pub line: usize,
    pub column: String,
    /// What is wrong, in Dutch and English.
    pub message: Text,
}

impl std::fmt::Display for CsvProblem {
    /// "Regel N, kolom "X": …", "Regel N: …" for a row as a whole, the bare
    /// message for the file as a whole.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let line = self.line;
        match (line, self.column.is_empty()) {
            (0, _) => write!(f, "{}", self.message.nl),
            (_, true) => write!(f, "Regel {line}: {}", self.message.nl),
            (_, false) => write!(
                f,
                "Regel {line}, kolom \"{}\": {}",
                self.column, self.message.nl
            ),
        }
    }
}

pub(crate) fn problem(line: usize, column: &str, nl: String, en: String) -> CsvProblem {
    CsvProblem {
        line,
        column: column.to_string(),
        message: Text::new(nl, en),
    }
}

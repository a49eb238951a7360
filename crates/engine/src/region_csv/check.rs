//! The engine's own rules (unique codes, text lengths, ranges the reader
//! does not check itself) on rows that read well, each problem mapped back
//! to the row's line and the column of its field.

use std::collections::BTreeMap;

use super::table::Table;
use super::{CsvProblem, Imported};
use crate::scenario::Scenario;
use crate::text::Text;
use crate::validate::validate;

/// A scenario with nothing in it but its horizon, to hold imported rows.
pub(crate) fn probe(base_year: i32, years: u32) -> Scenario {
    Scenario {
        format: crate::file::FORMAT_NAME.into(),
        version: crate::file::FORMAT_VERSION,
        app_version: String::new(),
        name: "csv".into(),
        description: String::new(),
        provenance: Default::default(),
        base_year,
        years,
        care_forms: Vec::new(),
        budget_lines: Vec::new(),
        municipalities: Vec::new(),
        levers: Default::default(),
        insured_share: None,
        insured_share_from: BTreeMap::new(),
        targets: Vec::new(),
        sources: BTreeMap::new(),
        allocation_mapping: None,
    }
}

/// The problems `validate` finds in `table`'s rows of `probe`; `lines`
/// gives each row's line. A problem of the table or the scenario as a
/// whole is the file's (line 0); problems elsewhere in the probe (a
/// scenario without care forms) are not the file's and are left out.
pub(super) fn engine_problems(table: Table, probe: &Scenario, lines: &[usize]) -> Vec<CsvProblem> {
    let array = match table {
        Table::CareForms => "care_forms",
        Table::BudgetLines => "budget_lines",
        Table::Municipalities => "municipalities",
        // Calibration's files hold no rows of a scenario.
        Table::Allocations | Table::Mapping => return Vec::new(),
    };
    validate(probe)
        .into_iter()
        .filter_map(|p| {
            if p.path.is_empty() || p.path == array {
                return Some(CsvProblem {
                    line: 0,
                    column: String::new(),
                    message: p.message,
                });
            }
            let rest = p.path.strip_prefix(array)?.strip_prefix('[')?;
            let (index, field) = rest.split_once(']')?;
            let line = lines.get(index.parse::<usize>().ok()?).copied()?;
            let field = field.trim_start_matches('.');
            let column = match field.strip_prefix("amounts.") {
                Some(year) => year.to_string(),
                None => table.header(field).to_string(),
            };
            Some(CsvProblem {
                line,
                column,
                message: p.message,
            })
        })
        .collect()
}

/// The rows of `table` that read well, checked by the engine's own rules in
/// a probe of horizon `base_year`, `years` (`field` is where the table's
/// rows live in a scenario); with the sheet's notices, or every problem the
/// reading (`problems`) or the rules found.
pub(super) fn finish<T>(
    table: Table,
    (base_year, years): (i32, u32),
    field: fn(&mut Scenario) -> &mut Vec<T>,
    mut rows: Vec<T>,
    lines: &[usize],
    mut problems: Vec<CsvProblem>,
    notices: Vec<Text>,
) -> Result<Imported<T>, Vec<CsvProblem>> {
    if problems.is_empty() {
        let mut probe = probe(base_year, years);
        *field(&mut probe) = rows;
        problems = engine_problems(table, &probe, lines);
        rows = std::mem::take(field(&mut probe));
    }
    if problems.is_empty() {
        Ok(Imported { rows, notices })
    } else {
        Err(problems)
    }
}

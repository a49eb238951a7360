//! From the region's own administration to the model (issue 24): the
//! allocations (toewijzingen, one row per iJw allocation) read with the
//! region tables' forgiving CSV reading (`read.rs`, dates in `dates.rs`),
//! mapped to care forms (`mapping.rs`), merged into trajectories and
//! counted per care form and calendar year (`derive.rs`); the last full
//! year's figures become the care forms' starting values (`forms.rs`) and
//! the model run from the first year is held against the past years
//! (`lookback.rs`, "Terugblik"). `tables.rs` lays it out for the CLI, the
//! worker and the app. Rows are read, aggregated and dropped: only the
//! figures per care form and year, and the mapping, leave this module.
//! MODEL.md, "Uit de administratie", has the rules and a worked example.

mod dates;
mod derive;
mod forms;
mod lookback;
mod mapping;
mod read;
mod tables;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_simulated;

use std::collections::BTreeMap;

pub use dates::{parse_date, Day};
pub use derive::{YearFigures, DAYS_PER_MONTH, MERGE_GAP_DAYS};
pub use lookback::{lookback, FormLookback, LookbackRow, Measure, Measured};
pub use mapping::{parse_mapping_csv, FormInfo, Mapping, MappingRule};
pub use read::looks_like_bsn;
pub use tables::{allocations_template, lookback_charts, lookback_table, years_table};

use crate::region_csv::{problem, CsvProblem};
use crate::text::Text;
use dates::{january_first, year_of};

/// How far the work is, in percent, once every care form's figures are
/// derived (the Terugblik and the replies are the rest).
pub const PROGRESS_DERIVED: u8 = 92;

/// The most allocations a file may hold, and the largest such file (kept
/// in [`crate::limits`], which the tables' reading reads too).
pub use crate::limits::{MAX_ALLOCATIONS, MAX_ALLOCATION_BYTES};

/// One care form's figures from the administration.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedForm {
    pub form: FormInfo,
    /// Allocations counted into it.
    pub allocations: usize,
    /// Its trajectories (merged allocations).
    pub trajectories: usize,
    /// Per year, from the first year up to and including the last full one.
    pub years: Vec<YearFigures>,
    /// Trajectories running on 1 January of the base year.
    pub clients_base: u32,
}

/// Rows of a category (and code) no care form takes: listed, never dropped
/// silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    pub category: String,
    pub rows: usize,
}

/// Everything derived from an allocations file: aggregates only.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// The year the starting values are for.
    pub base_year: i32,
    /// The first year of the administration (see [`administration_years`]).
    pub first_year: i32,
    /// The mapped care forms with any allocation, in the mapping's order.
    pub forms: Vec<DerivedForm>,
    pub unmapped: Vec<Unmapped>,
    /// Allocations read per category (two digits), mapped or not.
    pub categories: Vec<(String, usize)>,
    /// Allocations read (mapped or not).
    pub rows: usize,
    /// Unused columns and the like.
    pub notices: Vec<Text>,
}

impl Calibration {
    /// The last full year: the base year's previous one.
    pub fn last_year(&self) -> i32 {
        self.base_year - 1
    }

    /// "eigen administratie, toewijzingen 2021-2025, 1.234 trajecten".
    pub fn source(&self, form: &DerivedForm) -> String {
        format!(
            "eigen administratie, toewijzingen {}-{}, {} trajecten",
            self.first_year,
            self.last_year(),
            crate::nl::format_number(form.trajectories.into(), 0)
        )
    }
}

/// Reads allocations and derives every care form's figures per year.
/// `base_year`: the year the starting values are for; None takes the year
/// after the administration's last year. A start date after 31 December of
/// a chosen base year is refused. Nothing is derived from a file with any
/// problem.
pub fn calibrate(
    bytes: &[u8],
    mapping: &Mapping,
    base_year: Option<i32>,
) -> Result<Calibration, Vec<CsvProblem>> {
    calibrate_with(bytes, mapping, base_year, &mut |_| {})
}

/// [`calibrate`], saying how far it is in percent to `progress` (the import
/// worker's progress bar).
pub fn calibrate_with(
    bytes: &[u8],
    mapping: &Mapping,
    base_year: Option<i32>,
    progress: &mut dyn FnMut(u8),
) -> Result<Calibration, Vec<CsvProblem>> {
    use crate::validate::ranges::{MAX_BASE_YEAR, MIN_BASE_YEAR};
    if let Some(year) = base_year.filter(|y| !(MIN_BASE_YEAR..=MAX_BASE_YEAR).contains(y)) {
        return Err(vec![problem(
            0,
            "",
            format!(
                "Het basisjaar moet tussen {MIN_BASE_YEAR} en {MAX_BASE_YEAR} liggen; nu {year}."
            ),
            "Base year out of range.".into(),
        )]);
    }
    let latest = base_year.map(|y| january_first(y + 1) - 1);
    let read = read::read_allocations(bytes, latest, &mapping.lookup(), progress)?;
    progress(read::PROGRESS_CHECKED);
    let rows = read.rows;
    let (first_year, last_year) = administration_years(&rows);
    let base_year = base_year.unwrap_or(last_year + 1);
    // At most 15 past years, as a scenario holds at most 15.
    let first_year = first_year.clamp(base_year - 15, base_year - 1);
    if let Some(late) = rows.iter().find(|a| year_of(a.start) > base_year) {
        return Err(vec![problem(
            late.line,
            "begindatum",
            format!(
                "De begindatum {} ligt na het basisjaar {base_year}, ver na de rest van de administratie; is het jaartal goed getypt?",
                dates::dutch(late.start)
            ),
            "The start date lies after the base year.".into(),
        )]);
    }
    let mut per_form: Vec<Vec<&read::Allocation>> = vec![Vec::new(); mapping.forms.len()];
    let mut unmapped: BTreeMap<u8, usize> = BTreeMap::new();
    let mut categories: BTreeMap<u8, usize> = BTreeMap::new();
    for a in &rows {
        *categories.entry(a.category).or_default() += 1;
        match a.form {
            Some(i) => per_form[i].push(a),
            None => *unmapped.entry(a.category).or_default() += 1,
        }
    }
    let amounts_until = january_first(base_year) - 1;
    let base_day = january_first(base_year);
    let (counted, mut derived) = (rows.len() - unmapped.values().sum::<usize>(), 0);
    let forms = mapping
        .forms
        .iter()
        .zip(per_form)
        .filter(|(_, allocations)| !allocations.is_empty())
        .map(|(form, mut allocations)| {
            derived += allocations.len();
            let span = usize::from(PROGRESS_DERIVED - read::PROGRESS_CHECKED);
            progress(read::PROGRESS_CHECKED + (span * derived / counted.max(1)) as u8);
            let trajectories = derive::trajectories(&mut allocations);
            DerivedForm {
                form: form.clone(),
                allocations: allocations.len(),
                trajectories: trajectories.len(),
                years: derive::year_figures(
                    &trajectories,
                    &allocations,
                    first_year..=base_year - 1,
                    amounts_until,
                ),
                clients_base: trajectories
                    .iter()
                    .filter(|t| t.start < base_day && t.end.is_none_or(|e| e >= base_day))
                    .count() as u32,
            }
        })
        .collect();
    Ok(Calibration {
        base_year,
        first_year,
        forms,
        categories: categories
            .into_iter()
            .map(|(category, rows)| (mapping::category_text(category), rows))
            .collect(),
        unmapped: unmapped
            .into_iter()
            .map(|(category, rows)| Unmapped {
                category: mapping::category_text(category),
                rows,
            })
            .collect(),
        rows: rows.len(),
        notices: read.notices,
    })
}

/// The years the administration covers. The first: the year of the
/// earliest end date (an extract of the allocations that ran in a period
/// has no end before it; starts before it are trajectories that ran into
/// it, counted in its clients on 1 January); without any end date, the
/// earliest start. The last: the last calendar year with at least half the
/// median number of starts per year (over the years with any), so a stray
/// date far ahead does not move the base year (it is refused instead).
fn administration_years(rows: &[read::Allocation]) -> (i32, i32) {
    let mut starts: BTreeMap<i32, usize> = BTreeMap::new();
    for a in rows {
        *starts.entry(year_of(a.start)).or_default() += 1;
    }
    let mut counts: Vec<usize> = starts.values().copied().collect();
    counts.sort_unstable();
    let median = counts.get(counts.len() / 2).copied().unwrap_or(0);
    let earliest_start = starts.keys().next().copied().unwrap_or(2000);
    let last = starts
        .iter()
        .rev()
        .find_map(|(&year, &n)| (n * 2 >= median).then_some(year))
        .unwrap_or(earliest_start);
    let first = rows
        .iter()
        .filter_map(|a| a.end)
        .min()
        .map_or(earliest_start, year_of)
        .clamp(earliest_start, last);
    (first, last)
}

//! The worker's jobs on a region's tables: a table read and previewed, a
//! new region, care forms put into a scenario.

use super::Reply;
use crate::edit::Edit;
use crate::file::scenario_to_json;
use crate::own_region::OwnRegion;
use crate::region_csv::{
    parse_budget_lines_csv, parse_care_forms_csv, parse_municipalities_csv, CsvProblem, Imported,
    Table,
};
use crate::scenario::{BudgetLine, CareForm, Mapping, Municipality, Scenario};
use crate::text::Text;
use crate::view::own_data::{
    budget_lines_preview, care_forms_preview, municipalities_preview, replacement, PreviewTable,
};

/// Rows, or the reply that says why there are none.
fn rows<T>(
    result: Result<Imported<T>, Vec<CsvProblem>>,
    preview: fn(&[T]) -> PreviewTable,
) -> Result<(Vec<T>, Reply), Vec<CsvProblem>> {
    match result {
        Ok(imported) => {
            let reply = Reply {
                preview: Some(preview(&imported.rows)),
                notices: imported.notices,
                ..Reply::default()
            };
            Ok((imported.rows, reply))
        }
        Err(problems) => Err(problems),
    }
}

fn care_forms(bytes: &[u8]) -> Result<(Vec<CareForm>, Reply), Vec<CsvProblem>> {
    rows(parse_care_forms_csv(bytes), care_forms_preview)
}

fn budget_lines(
    bytes: &[u8],
    base_year: i32,
    years: u32,
) -> Result<(Vec<BudgetLine>, Reply), Vec<CsvProblem>> {
    rows(
        parse_budget_lines_csv(bytes, base_year, years),
        budget_lines_preview,
    )
}

fn municipalities(bytes: &[u8]) -> Result<(Vec<Municipality>, Reply), Vec<CsvProblem>> {
    rows(parse_municipalities_csv(bytes), municipalities_preview)
}

pub(super) fn read(table: Table, bytes: &[u8], base_year: i32, years: u32) -> Reply {
    let reply = match table {
        Table::CareForms => care_forms(bytes).map(|(_, r)| r),
        Table::BudgetLines => budget_lines(bytes, base_year, years).map(|(_, r)| r),
        Table::Municipalities => municipalities(bytes).map(|(_, r)| r),
        // Allocations are derived from, not shown row by row (Calibrate).
        Table::Allocations | Table::Mapping => {
            return Reply::refused(Text::new(
                "Toewijzingen en hun koppeling worden niet als tabel getoond maar in één keer verwerkt (Uit de administratie).",
                "Allocations and their mapping are not shown as a table but processed at once.",
            ));
        }
    };
    reply.unwrap_or_else(|problems| Reply {
        problems,
        ..Reply::default()
    })
}

/// A new region from the three files; a table whose file is empty is left
/// empty (only care forms are needed).
pub(super) fn region(mut region: OwnRegion, [forms, lines, places]: [&[u8]; 3]) -> Reply {
    let mut problems = Vec::new();
    let mut table = |table: Table, refused: Vec<CsvProblem>| {
        // Named by its table first, then by line and column as read alone:
        // "Begrotingsposten: Regel 2, kolom "soort": …".
        problems.extend(refused.into_iter().map(|p| {
            let nl = format!("{}: {p}", table.label_nl());
            let en = format!("{}: {}", table.label_en(), p.message.en);
            CsvProblem {
                line: 0,
                column: String::new(),
                message: Text::new(nl, en),
            }
        }))
    };
    match care_forms(forms) {
        Ok((rows, _)) => region.care_forms = rows,
        Err(refused) => table(Table::CareForms, refused),
    }
    if !lines.is_empty() {
        match budget_lines(lines, region.base_year, region.years) {
            Ok((rows, _)) => region.budget_lines = rows,
            Err(refused) => table(Table::BudgetLines, refused),
        }
    }
    if !places.is_empty() {
        match municipalities(places) {
            Ok((rows, _)) => region.municipalities = rows,
            Err(refused) => table(Table::Municipalities, refused),
        }
    }
    if !problems.is_empty() {
        return Reply {
            problems,
            ..Reply::default()
        };
    }
    match region.scenario() {
        Ok(scenario) => Reply {
            scenario: Some(scenario_to_json(&scenario)),
            ..Reply::default()
        },
        Err(refused) => Reply {
            problems: refused
                .into_iter()
                .map(|p| CsvProblem {
                    line: 0,
                    column: String::new(),
                    message: p.message,
                })
                .collect(),
            ..Reply::default()
        },
    }
}

/// The scenario with the care forms of `bytes`, through the engine's own
/// edit (every rule checked), with its preview and what goes and stays.
pub(super) fn replace(scenario: Scenario, bytes: &[u8], file: &str, date: &str) -> Reply {
    match care_forms(bytes) {
        Ok((forms, reply)) => {
            put_care_forms(scenario, forms, reply, ("zorgvormen", file, date), None)
        }
        Err(problems) => Reply {
            problems,
            ..Reply::default()
        },
    }
}

/// `reply` with the scenario whose care forms are `forms`, through the
/// engine's own edit (every rule checked), and what goes and stays; `what`,
/// `file` and `date` go into the scenario's provenance.
pub(crate) fn put_care_forms(
    mut scenario: Scenario,
    forms: Vec<CareForm>,
    mut reply: Reply,
    (what, file, date): (&str, &str, &str),
    mapping: Option<Mapping>,
) -> Reply {
    let change = replacement(&scenario, forms.clone());
    let provenance = scenario.provenance.after_import(what, file, date);
    match scenario.apply(Edit::ReplaceCareForms {
        forms,
        provenance,
        mapping,
    }) {
        Ok(_) => {
            reply.scenario = Some(scenario_to_json(&scenario));
            reply.goes = change.goes;
            reply.stays = Some(change.stays);
        }
        Err(refused) => {
            let why = refused.text();
            reply.problems.push(CsvProblem {
                line: 0,
                column: String::new(),
                message: Text::new(
                    format!("Deze zorgvormen passen niet bij dit scenario: {}", why.nl),
                    format!("These care forms do not fit this scenario: {}", why.en),
                ),
            })
        }
    }
    reply
}

pub(crate) fn whole(detail: &str) -> Reply {
    Reply::refused(Text::new(
        format!("Het inlezen is mislukt door een fout in de planner ({detail}). Laad de pagina opnieuw."),
        format!("Reading failed by an error in the planner ({detail}). Reload the page."),
    ))
}

//! What the import worker does with `Request::Calibrate`
//! (`region_csv::protocol`): the allocations read and counted, the care
//! forms put into the open scenario through `Edit::ReplaceCareForms` (or a
//! new region), and the reply's tables. Only aggregates go into the reply.

use super::{calibrate, lookback, lookback_table, parse_mapping_csv, years_table, Mapping};
use crate::file::{load_scenario, scenario_to_json};
use crate::own_region::OwnRegion;
use crate::region_csv::protocol::{put_care_forms, whole, Reply};
use crate::region_csv::CsvProblem;
use crate::text::Text;
use crate::view::own_data::care_forms_preview;

/// A new region made from the administration alone: its horizon.
const NEW_REGION_YEARS: u32 = 10;

/// The reply to `Calibrate` about `[scenario, allocations, mapping]`.
pub(crate) fn calibrate_reply(
    [scenario, allocations, mapping]: [&[u8]; 3],
    base_year: Option<i32>,
    file: &str,
    date: &str,
) -> Reply {
    let open = if scenario.is_empty() {
        None
    } else {
        match load_scenario(scenario) {
            Ok(s) => Some(s),
            Err(e) => return whole(&e.to_string()),
        }
    };
    let known = open.as_ref().map_or(&[][..], |s| &s.care_forms[..]);
    let mapping = if mapping.is_empty() {
        Mapping::default_for(known)
    } else {
        match parse_mapping_csv(mapping, known) {
            Ok(m) => m,
            Err(problems) => return refused("Koppeling", "Mapping", problems),
        }
    };
    let base_year = base_year.or(open.as_ref().map(|s| s.base_year));
    let calibration = match calibrate(allocations, &mapping, base_year) {
        Ok(c) => c,
        Err(problems) => {
            return Reply {
                problems,
                ..Reply::default()
            }
        }
    };
    if calibration.forms.is_empty() {
        return Reply::refused(Text::new(
            "Geen enkele toewijzing valt onder een zorgvorm van de koppeling; pas de koppeling aan.",
            "No allocation falls under a care form of the mapping; change the mapping.",
        ));
    }
    let forms = calibration.care_forms(known);
    let back = lookback(&calibration);
    let reply = Reply {
        preview: Some(care_forms_preview(&forms)),
        notices: calibration.notices.clone(),
        years: Some(years_table(&calibration, &forms)),
        lookback: Some(lookback_table(&back)),
        unmapped: calibration
            .unmapped
            .iter()
            .map(|u| (u.category.clone(), u.rows))
            .collect(),
        findings: back.iter().filter_map(|f| f.finding.clone()).collect(),
        mapping: Some(mapping.to_csv()),
        ..Reply::default()
    };
    match open {
        Some(scenario) => put_care_forms(
            scenario,
            forms,
            reply,
            ("zorgvormen uit de toewijzingen", file, date),
        ),
        None => new_region(forms, calibration.base_year, file, date, reply),
    }
}

fn new_region(
    forms: Vec<crate::scenario::CareForm>,
    base_year: i32,
    file: &str,
    date: &str,
    mut reply: Reply,
) -> Reply {
    let region = OwnRegion {
        name: "Eigen regio".into(),
        base_year,
        years: NEW_REGION_YEARS,
        source: format!("zorgvormen uit de toewijzingen \"{file}\""),
        imported: date.into(),
        care_forms: forms,
        budget_lines: Vec::new(),
        municipalities: Vec::new(),
    };
    match region.scenario() {
        Ok(s) => reply.scenario = Some(scenario_to_json(&s)),
        Err(problems) => reply
            .problems
            .extend(problems.into_iter().map(|p| CsvProblem {
                line: 0,
                column: String::new(),
                message: p.message,
            })),
    }
    reply
}

/// The problems of a refused file, each named by its file first.
fn refused(nl: &str, en: &str, problems: Vec<CsvProblem>) -> Reply {
    Reply {
        problems: problems
            .into_iter()
            .map(|p| CsvProblem {
                line: 0,
                column: String::new(),
                message: Text::new(format!("{nl}: {p}"), format!("{en}: {}", p.message.en)),
            })
            .collect(),
        ..Reply::default()
    }
}

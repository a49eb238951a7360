//! What the import worker does with `Request::Calibrate` (the allocations
//! of `crate::calibrate`): the allocations read and counted, the care
//! forms put into the open scenario through `Edit::ReplaceCareForms` (or a
//! new region), and the reply's tables. Only aggregates go into the reply.

use super::{put_care_forms, whole, Host, Reply};
use crate::calibrate::{
    calibrate_with, lookback, lookback_charts, lookback_table, parse_mapping_csv, years_table,
    Mapping,
};
use crate::file::{load_scenario, scenario_to_json};
use crate::own_region::OwnRegion;
use crate::region_csv::CsvProblem;
use crate::text::Text;
use crate::view::own_data::care_forms_preview;

/// A new region made from the administration alone: its horizon.
const NEW_REGION_YEARS: u32 = 10;

/// The reply to `Calibrate` about `[scenario, allocations, mapping]`.
pub(crate) fn calibrate_reply(
    [scenario, allocations, mapping]: [&[u8]; 3],
    (base_year, rules): (Option<i32>, Option<&[[String; 3]]>),
    (file, date): (&str, &str),
    host: &mut dyn Host,
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
    let kept = open.as_ref().and_then(|s| s.allocation_mapping.clone());
    let base = kept.unwrap_or_else(|| Mapping::default_for(known));
    let mapping = match (mapping.is_empty(), rules) {
        (false, _) => parse_mapping_csv(mapping, known),
        (true, Some(rules)) => Mapping::with_rules(&base, rules, known),
        (true, None) => Ok(base),
    };
    let mapping = match mapping {
        Ok(m) => m,
        Err(problems) => return refused("Koppeling", "Mapping", problems),
    };
    let base_year = base_year.or(open.as_ref().map(|s| s.base_year));
    let calibration =
        match calibrate_with(allocations, &mapping, base_year, &mut |p| host.progress(p)) {
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
    let charts = lookback_charts(&back)
        .into_iter()
        .flat_map(|(measure, charts)| charts.into_iter().map(move |c| (measure, c)))
        .filter_map(|(measure, chart)| {
            Some((measure.label(), chart.title.nl.clone(), host.draw(&chart)?))
        })
        .collect();
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
        mapping_rules: mapping_rules(&mapping, &calibration),
        mapping_forms: mapping
            .forms
            .iter()
            .map(|f| (f.id.as_str(), f.label.as_str(), f.group))
            .chain(
                known
                    .iter()
                    .map(|f| (f.id.as_str(), f.label.as_str(), f.group)),
            )
            .fold(
                Vec::new(),
                |mut forms: Vec<[String; 3]>, (id, label, group)| {
                    if !forms.iter().any(|f| f[0] == id) {
                        forms.push([id.into(), label.into(), group.id().into()]);
                    }
                    forms
                },
            ),
        charts,
        ..Reply::default()
    };
    match open {
        Some(scenario) => put_care_forms(
            scenario,
            forms,
            reply,
            ("zorgvormen uit de toewijzingen", file, date),
            Some(mapping),
        ),
        None => new_region(forms, calibration.base_year, (file, date), mapping, reply),
    }
}

fn new_region(
    forms: Vec<crate::scenario::CareForm>,
    base_year: i32,
    (file, date): (&str, &str),
    mapping: Mapping,
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
    let made = region.scenario().and_then(|mut s| {
        s.allocation_mapping = Some(mapping);
        let problems = crate::validate::validate(&s);
        if problems.is_empty() {
            Ok(s)
        } else {
            Err(problems)
        }
    });
    match made {
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

/// The mapping's rules, then the categories of the file no rule takes,
/// each with the file's rows in it.
fn mapping_rules(
    mapping: &Mapping,
    calibration: &crate::calibrate::Calibration,
) -> Vec<[String; 4]> {
    let rows = |category: &str| {
        calibration
            .categories
            .iter()
            .find(|(c, _)| c == category)
            .map_or(0, |(_, n)| *n)
    };
    let mut rules: Vec<[String; 4]> = mapping
        .rules
        .iter()
        .map(|r| {
            [
                r.category.clone(),
                r.code.clone().unwrap_or_default(),
                r.form.clone(),
                if r.code.is_some() {
                    String::new()
                } else {
                    rows(&r.category).to_string()
                },
            ]
        })
        .collect();
    for u in &calibration.unmapped {
        if !rules.iter().any(|r| r[0] == u.category && r[1].is_empty()) {
            rules.push([
                u.category.clone(),
                String::new(),
                String::new(),
                u.rows.to_string(),
            ]);
        }
    }
    rules
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

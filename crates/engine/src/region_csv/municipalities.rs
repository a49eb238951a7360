//! The municipalities table (gemeenten): each municipality's weight in the
//! cost-sharing key and, for the insurance model, its own use of care.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;

use super::check::finish;
use super::columns::fold_accent;
use super::row::Row;
use super::sheet::read_sheet;
use super::table::Table;
use super::template::{number, optional, template};
use super::{problem, CsvProblem, Imported};
use crate::nl::format_number;
use crate::scenario::{Municipality, Scenario};
use crate::validate::ranges;

/// Reads municipalities from a CSV. The share is taken as given (a
/// percentage, a weight or a number of inhabitants: the model normalises
/// the key). All problems at once.
pub fn parse_municipalities_csv(bytes: &[u8]) -> Result<Imported<Municipality>, Vec<CsvProblem>> {
    let sheet = read_sheet(bytes, Table::Municipalities)?;
    let mut problems = sheet.problems.clone();
    let mut read = Vec::new();
    for (line, cells) in &sheet.rows {
        let mut row = Row::new(&sheet, *line, cells);
        let code = row.cell("id").map(str::to_string);
        match read_municipality(&mut row) {
            Some(m) if row.problems.is_empty() => read.push((*line, code, m)),
            _ => problems.extend(row.problems),
        }
    }
    if problems.is_empty() {
        problems = key_problems(&read);
    }
    let lines: Vec<usize> = read.iter().map(|(line, _, _)| *line).collect();
    let rows = with_ids(read);
    finish(
        Table::Municipalities,
        (2026, 1),
        |s| &mut s.municipalities,
        rows,
        &lines,
        problems,
        sheet.notices,
    )
}

type Read = (usize, Option<String>, Municipality);

/// One row as a municipality (its id still to be given).
fn read_municipality(row: &mut Row) -> Option<Municipality> {
    let name = row.text("name", "De naam van de gemeente");
    let share = weight(row, "share", true);
    let own_use = weight(row, "own_use", false);
    let source = row
        .cell("source")
        .unwrap_or("eigen gegevens (CSV-import)")
        .to_string();
    let mut sources = BTreeMap::new();
    sources.insert("share".to_string(), source.clone());
    if own_use.is_some() {
        sources.insert("own_use".to_string(), source);
    }
    Some(Municipality {
        id: String::new(),
        name,
        share: share?,
        own_use,
        share_from: BTreeMap::new(),
        sources,
    })
}

/// A weight: 0 or more, at most the engine's largest amount.
fn weight(row: &mut Row, key: &str, required: bool) -> Option<Decimal> {
    let value = row.non_negative(key, required)?;
    let max = Decimal::from(ranges::MAX_AMOUNT);
    if value > max {
        let text = row.cell(key).unwrap_or_default();
        row.push(
            key,
            format!(
                "\"{text}\" is te groot (hooguit {}).",
                format_number(max, 0)
            ),
            "Too large.".into(),
        );
        return None;
    }
    Some(value)
}

/// The rules across rows: each name once, the key not empty, and own use
/// for every municipality or for none.
fn key_problems(read: &[Read]) -> Vec<CsvProblem> {
    let mut problems = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, _, m) in read {
        let folded = m.name.trim().to_lowercase();
        if let Some(first) = seen.get(&folded) {
            problems.push(problem(
                *line,
                "naam",
                format!("De gemeente \"{}\" staat ook al op regel {first}; elke gemeente hoort er één keer in.", m.name),
                format!("The municipality \"{}\" is also on line {first}.", m.name),
            ));
        } else {
            seen.insert(folded, *line);
        }
    }
    if read.iter().map(|(_, _, m)| m.share).sum::<Decimal>() <= Decimal::ZERO {
        problems.push(problem(
            0,
            "",
            "De aandelen in de verdeelsleutel tellen op tot 0: geef minstens één gemeente een aandeel groter dan 0.".into(),
            "The shares add up to 0.".into(),
        ));
    }
    problems.extend(own_use_problems(read));
    problems
}

/// The insurance model splits cost by every municipality's own use: all of
/// them have it, some of it above 0, or none has it.
fn own_use_problems(read: &[Read]) -> Vec<CsvProblem> {
    let given: Vec<Decimal> = read.iter().filter_map(|(_, _, m)| m.own_use).collect();
    if given.is_empty() {
        return Vec::new();
    }
    if given.len() < read.len() {
        return read
            .iter()
            .filter(|(_, _, m)| m.own_use.is_none())
            .map(|(line, _, _)| problem(
                *line,
                "eigen gebruik",
                "Het eigen gebruik is leeg, maar andere gemeenten hebben het wel: vul het bij elke gemeente in of bij geen enkele (het verzekeringsmodel verdeelt kosten naar het eigen gebruik van elke gemeente).".into(),
                "Own use is needed for every municipality or none.".into(),
            ))
            .collect();
    }
    if given.iter().sum::<Decimal>() <= Decimal::ZERO {
        return vec![problem(
            0,
            "",
            "Het eigen gebruik telt op tot 0: geef minstens één gemeente eigen gebruik groter dan 0, of laat de kolom \"eigen gebruik\" leeg.".into(),
            "Own use adds up to 0.".into(),
        )];
    }
    Vec::new()
}

/// Each municipality with its code, or an id made from its name where the
/// code is empty: lower-case ASCII words joined by "-", unique among the
/// codes given and the ids made before it.
fn with_ids(read: Vec<Read>) -> Vec<Municipality> {
    let mut taken: Vec<String> = read.iter().filter_map(|(_, c, _)| c.clone()).collect();
    read.into_iter()
        .map(|(_, code, mut m)| {
            m.id = code.unwrap_or_else(|| {
                let stem = id_from_name(&m.name);
                let id = if taken.contains(&stem) {
                    Scenario::fresh_id(&stem, taken.iter().map(String::as_str))
                } else {
                    stem
                };
                taken.push(id.clone());
                id
            });
            m
        })
        .collect()
}

/// "Alphen aan den Rijn" is `alphen-aan-den-rijn`, "Súdwest-Fryslân"
/// `sudwest-fryslan`; a name without letters or digits `gemeente`.
fn id_from_name(name: &str) -> String {
    let folded: String = name.to_lowercase().chars().map(fold_accent).collect();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut id = words.join("-");
    id.truncate(ranges::MAX_ID - 8);
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "gemeente".to_string()
    } else {
        id
    }
}

/// The template: each municipality's code, name, share and own use as the
/// scenario holds them (weights need not add up to 1 or 100). The "bron"
/// column holds the source of the share.
pub fn municipalities_template(municipalities: &[Municipality]) -> String {
    let rows: Vec<Vec<String>> = municipalities
        .iter()
        .map(|m| {
            vec![
                m.id.clone(),
                m.name.clone(),
                number(m.share),
                optional(m.own_use),
                m.sources.get("share").cloned().unwrap_or_default(),
            ]
        })
        .collect();
    template(Table::Municipalities, &[], &rows)
}

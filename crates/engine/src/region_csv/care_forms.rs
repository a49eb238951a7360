//! The care forms table (zorgvormen): its group words, reading and template.

use std::collections::BTreeMap;

use super::check::finish;
use super::columns::{normalise, Key};
use super::row::Row;
use super::sheet::read_sheet;
use super::table::Table;
use super::template::{number, optional, percent, template};
use super::{problem, CsvProblem, Imported};
use crate::knobs::Bounds;
use crate::scenario::{CareForm, CareGroup};

/// The words a controller may write for each group, as the message lists
/// them; compared normalised (case, accents, spaces and "/" do not count).
pub const GROUP_WORDS: [(&str, CareGroup); 20] = [
    ("lokaal", CareGroup::Lokaal),
    ("lokaal / vrij toegankelijk", CareGroup::Lokaal),
    ("vrij toegankelijk", CareGroup::Lokaal),
    ("wijkteam", CareGroup::Lokaal),
    ("basis", CareGroup::Lokaal),
    ("ambulant", CareGroup::Ambulant),
    ("specialistisch ambulant", CareGroup::Ambulant),
    ("verblijf", CareGroup::Verblijf),
    ("residentieel", CareGroup::Verblijf),
    ("pleegzorg", CareGroup::Verblijf),
    ("gezinshuis", CareGroup::Verblijf),
    ("jbjr", CareGroup::Jbjr),
    ("jeugdbescherming en jeugdreclassering", CareGroup::Jbjr),
    ("jeugdbescherming", CareGroup::Jbjr),
    ("jeugdreclassering", CareGroup::Jbjr),
    ("jb", CareGroup::Jbjr),
    ("jr", CareGroup::Jbjr),
    ("jb/jr", CareGroup::Jbjr),
    ("crisis", CareGroup::Crisis),
    ("crisishulp", CareGroup::Crisis),
];

/// The group a word names.
pub fn group_by_word(word: &str) -> Option<CareGroup> {
    let word = normalise(word);
    GROUP_WORDS
        .iter()
        .find(|(w, _)| normalise(w) == word)
        .map(|(_, g)| *g)
}

/// The fields that take the row's "bron" as their source when filled.
const FIGURES: [&str; 7] = [
    "clients_start",
    "inflow_per_year",
    "duration_months",
    "tariff_per_month",
    "price_per_trajectory",
    "inflow_growth",
    "price_index",
];

/// Reads care forms from a CSV. All problems at once, by line and column.
pub fn parse_care_forms_csv(bytes: &[u8]) -> Result<Imported<CareForm>, Vec<CsvProblem>> {
    let sheet = read_sheet(bytes, Table::CareForms)?;
    let has = |key| sheet.keys.contains(&Key::Field(key));
    if !has("tariff_per_month") && !has("price_per_trajectory") {
        return Err(vec![problem(
            1,
            "tarief per maand (€)",
            "Er is geen kolom \"tarief per maand (€)\" of \"prijs per traject (€)\". Een van beide hoort erin: het tarief per cliënt per maand of de prijs per traject in euro. Download het sjabloon (knop 'Sjabloon downloaden') voor de juiste kolommen.".into(),
            "There is no column for the tariff per month or the price per trajectory. Download the template for the right columns.".into(),
        )]);
    }
    let mut problems = sheet.problems.clone();
    let mut forms = Vec::new();
    let mut lines = Vec::new();
    for (line, cells) in &sheet.rows {
        let mut row = Row::new(&sheet, *line, cells);
        let form = read_form(&mut row);
        match form {
            Some(form) if row.problems.is_empty() => {
                forms.push(form);
                lines.push(*line);
            }
            _ => problems.extend(row.problems),
        }
    }
    finish(
        Table::CareForms,
        (2026, 1),
        |s| &mut s.care_forms,
        forms,
        &lines,
        problems,
        sheet.notices,
    )
}

/// One row as a care form; None (with the row's problems) when it does
/// not read.
fn read_form(row: &mut Row) -> Option<CareForm> {
    let clients = row.non_negative("clients_start", true);
    let inflow = row.non_negative("inflow_per_year", false);
    let duration = row.non_negative("duration_months", true);
    let tariff = row.non_negative("tariff_per_month", false);
    let price = row.non_negative("price_per_trajectory", false);
    let trend = Bounds::trend();
    let growth = row.percent("inflow_growth", trend.min, trend.max);
    let index = row.percent("price_index", trend.min, trend.max);
    let group = read_group(row);
    let id = row.text("id", "De code");
    let label = row.text("label", "De naam van de zorgvorm");
    if tariff.is_some() == price.is_some() && row.problems.is_empty() {
        row.push(
            "tariff_per_month",
            "Vul een tarief per maand óf een prijs per traject in (precies één van beide).".into(),
            "Give exactly one of tariff and price.".into(),
        );
    }
    let group = group?;
    let source = row
        .cell("source")
        .unwrap_or("eigen gegevens (CSV-import)")
        .to_string();
    let sources = FIGURES
        .iter()
        .filter(|field| row.cell(field).is_some())
        .map(|field| (field.to_string(), source.clone()))
        .collect::<BTreeMap<_, _>>();
    Some(CareForm {
        family_based: CareForm::family_based_by_words(group, &id, &label),
        id,
        label,
        group,
        clients_start: clients?,
        inflow_per_year: inflow,
        duration_months: duration?,
        tariff_per_month: tariff,
        price_per_trajectory: price,
        inflow_growth: growth.unwrap_or_default(),
        price_index: index.unwrap_or_default(),
        sources,
    })
}

fn read_group(row: &mut Row) -> Option<CareGroup> {
    let written = row.cell("group").unwrap_or_default();
    let group = group_by_word(written);
    if group.is_none() {
        let others: Vec<&str> = GROUP_WORDS
            .iter()
            .map(|(w, _)| *w)
            .filter(|w| w.parse::<CareGroup>().is_err())
            .collect();
        row.push(
            "group",
            format!(
                "\"{written}\" is geen groep; kies lokaal, ambulant, verblijf, jbjr of crisis. Ook goed: {}.",
                others.join(", ")
            ),
            format!("\"{written}\" is not a group."),
        );
    }
    group
}

/// The template: the care forms in the import's own columns, so a
/// controller can fill in her own figures in Excel and import them again.
/// The "bron" column holds the source of the clients (a form's figures
/// may have sources of their own; `replace_care_forms` keeps those of the
/// figures that come back unchanged).
pub fn care_forms_template(forms: &[CareForm]) -> String {
    let rows: Vec<Vec<String>> = forms
        .iter()
        .map(|f| {
            vec![
                f.id.clone(),
                f.label.clone(),
                f.group.id().to_string(),
                number(f.clients_start),
                optional(f.inflow_per_year),
                number(f.duration_months),
                optional(f.tariff_per_month),
                optional(f.price_per_trajectory),
                percent(f.inflow_growth),
                percent(f.price_index),
                f.sources.get("clients_start").cloned().unwrap_or_default(),
            ]
        })
        .collect();
    template(Table::CareForms, &[], &rows)
}

//! A region's own care forms from a CSV as controllers keep them in Excel:
//! semicolon, comma or tab separated, decimal comma or point, Dutch column
//! names. Every problem names its line and column; nothing is half applied.

mod columns;
mod numbers;
mod records;
mod replace;

pub use replace::replace_care_forms;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::export::push_row;
use crate::file::limits;
use crate::nl::excel_number;
use crate::scenario::{CareForm, CareGroup, Scenario};
use crate::text::Text;
use crate::validate::validate;

use columns::{column_key, header_name, normalise, COLUMNS};
use numbers::parse_cell_number;
use records::{detect_delimiter, records};

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
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column.is_empty()) {
            (0, _) => write!(f, "{}", self.message.nl),
            (line, true) => write!(f, "Regel {line}: {}", self.message.nl),
            (line, false) => write!(
                f,
                "Regel {line}, kolom \"{}\": {}",
                self.column, self.message.nl
            ),
        }
    }
}

fn problem(line: usize, column: &str, nl: String, en: String) -> CsvProblem {
    CsvProblem {
        line,
        column: column.to_string(),
        message: Text::new(nl, en),
    }
}

/// Reads care forms from a CSV. All problems at once, by line and column.
pub fn parse_care_forms_csv(bytes: &[u8]) -> Result<Vec<CareForm>, Vec<CsvProblem>> {
    let whole = |nl: String, en: &str| Err(vec![problem(0, "", nl, en.to_string())]);
    if bytes.len() > limits::MAX_FILE_BYTES {
        return whole(
            format!(
                "Het bestand is te groot; een CSV met zorgvormen is hooguit {} MB.",
                limits::MAX_FILE_BYTES / 1_048_576
            ),
            "The file is too large.",
        );
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return whole(
            "Het bestand is geen tekst in UTF-8. Kies in Excel 'Opslaan als' en dan 'CSV UTF-8 (door komma's gescheiden)'.".into(),
            "The file is not UTF-8 text.",
        );
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return whole("Het bestand is leeg.".into(), "The file is empty.");
    }
    let header_line = text.lines().next().unwrap_or_default();
    let Some(delimiter) = detect_delimiter(header_line) else {
        return whole(
            "Het scheidingsteken van de kopregel wordt niet herkend: gebruik een puntkomma, komma of tab tussen de kolommen (zoals Excel bij 'CSV' opslaat).".into(),
            "The separator is not recognised; use semicolons, commas or tabs.",
        );
    };
    let decimal_comma = delimiter != ',';
    // Bound the work before splitting a huge file into records.
    let lines = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(limits::MAX_CARE_FORMS + 2)
        .count();
    if lines > limits::MAX_CARE_FORMS + 1 {
        let total = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
        return whole(
            format!(
                "Te veel regels: {} zorgvormen; de planner neemt er hooguit {}.",
                crate::nl::format_number(Decimal::from(total), 0),
                limits::MAX_CARE_FORMS
            ),
            "Too many rows.",
        );
    }
    let rows = records(text, delimiter);
    let Some((_, header)) = rows.first() else {
        return whole("Het bestand is leeg.".into(), "The file is empty.");
    };

    let mut problems = Vec::new();
    let keys: Vec<Option<&str>> = header.iter().map(|h| column_key(h)).collect();
    if keys.iter().filter(|k| k.is_some()).count() <= 1 {
        return whole(
            format!(
                "De kopregel wordt niet herkend (scheidingsteken '{}'). Gebruik de kolomnamen van het sjabloon: {}.",
                if delimiter == '\t' { "tab".to_string() } else { delimiter.to_string() },
                COLUMNS.iter().map(|(_, h, _)| *h).collect::<Vec<_>>().join("; ")
            ),
            "The header row is not recognised.",
        );
    }
    for (key, name, required) in COLUMNS {
        if required && !keys.contains(&Some(key)) {
            problems.push(problem(
                1,
                name,
                format!("De kolom \"{name}\" ontbreekt."),
                format!("Column {name} is missing."),
            ));
        }
    }
    if !keys.contains(&Some("tariff_per_month")) && !keys.contains(&Some("price_per_trajectory")) {
        problems.push(problem(
            1,
            "tarief per maand (€)",
            "Er is geen kolom \"tarief per maand (€)\" of \"prijs per traject (€)\".".into(),
            "A tariff or price column is needed.".into(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut forms = Vec::new();
    for (line, row) in rows.iter().skip(1) {
        let line = *line;
        let cell = |key: &str| -> Option<&str> {
            keys.iter()
                .position(|k| *k == Some(key))
                .and_then(|i| row.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let mut row_problems = Vec::new();
        let mut number = |key: &str, percent: bool, required: bool| -> Option<Decimal> {
            match cell(key) {
                None if required => {
                    row_problems.push(problem(
                        line,
                        header_name(key),
                        "Dit veld is leeg.".into(),
                        "Empty.".into(),
                    ));
                    None
                }
                None => None,
                Some(text) => {
                    match parse_cell_number(text, decimal_comma) {
                        Some(v) if v < Decimal::ZERO && !percent => {
                            row_problems.push(problem(
                            line,
                            header_name(key),
                            format!("\"{text}\" is negatief; hier horen alleen getallen van 0 of meer."),
                            "Negative value.".into(),
                        ));
                            None
                        }
                        Some(v) => Some(if percent { v / Decimal::ONE_HUNDRED } else { v }),
                        None => {
                            row_problems.push(problem(
                                line,
                                header_name(key),
                                format!("\"{text}\" is geen getal."),
                                format!("\"{text}\" is not a number."),
                            ));
                            None
                        }
                    }
                }
            }
        };
        let clients = number("clients_start", false, true);
        let inflow = number("inflow_per_year", false, false);
        let duration = number("duration_months", false, true);
        let tariff = number("tariff_per_month", false, false);
        let price = number("price_per_trajectory", false, false);
        let growth = number("inflow_growth", true, false);
        let index = number("price_index", true, false);
        let group = match cell("group").map(normalise).as_deref() {
            Some("lokaal") => Some(CareGroup::Lokaal),
            Some("ambulant") => Some(CareGroup::Ambulant),
            Some("verblijf") => Some(CareGroup::Verblijf),
            Some("jbjr") | Some("jeugdbeschermingenjeugdreclassering") => Some(CareGroup::Jbjr),
            Some("crisis") => Some(CareGroup::Crisis),
            other => {
                row_problems.push(problem(
                    line,
                    "groep",
                    format!(
                        "\"{}\" is geen groep; kies lokaal, ambulant, verblijf, jbjr of crisis.",
                        cell("group").unwrap_or_default()
                    ),
                    format!("Unknown group {other:?}."),
                ));
                None
            }
        };
        let id = cell("id").unwrap_or_default().to_string();
        let label = cell("label").unwrap_or_default().to_string();
        if id.is_empty() {
            row_problems.push(problem(
                line,
                "code",
                "De code is leeg.".into(),
                "Empty id.".into(),
            ));
        }
        if label.is_empty() {
            row_problems.push(problem(
                line,
                "zorgvorm",
                "De naam van de zorgvorm is leeg.".into(),
                "Empty name.".into(),
            ));
        }
        if tariff.is_some() == price.is_some() && row_problems.is_empty() {
            row_problems.push(problem(
                line,
                "tarief per maand (€)",
                "Vul een tarief per maand óf een prijs per traject in (precies één van beide)."
                    .into(),
                "Give exactly one of tariff and price.".into(),
            ));
        }
        if !row_problems.is_empty() {
            problems.extend(row_problems);
            continue;
        }
        let source = cell("source")
            .unwrap_or("eigen gegevens (CSV-import)")
            .to_string();
        let mut sources = BTreeMap::new();
        for field in [
            "clients_start",
            "inflow_per_year",
            "duration_months",
            "tariff_per_month",
            "price_per_trajectory",
            "inflow_growth",
            "price_index",
        ] {
            if cell(field).is_some() {
                sources.insert(field.to_string(), source.clone());
            }
        }
        let group = group.unwrap_or(CareGroup::Ambulant);
        forms.push((
            line,
            CareForm {
                family_based: CareForm::family_based_by_words(group, &id, &label),
                id,
                label,
                group,
                clients_start: clients.unwrap_or_default(),
                inflow_per_year: inflow,
                duration_months: duration.unwrap_or_default(),
                tariff_per_month: tariff,
                price_per_trajectory: price,
                inflow_growth: growth.unwrap_or_default(),
                price_index: index.unwrap_or_default(),
                sources,
            },
        ));
    }
    if forms.is_empty() && problems.is_empty() {
        problems.push(problem(
            0,
            "",
            "Het bestand bevat geen zorgvormen onder de kopregel.".into(),
            "No rows.".into(),
        ));
    }
    // The engine's own rules (ranges, unique codes), mapped back to lines.
    if problems.is_empty() {
        let probe = Scenario {
            format: crate::file::FORMAT_NAME.into(),
            version: crate::file::FORMAT_VERSION,
            app_version: String::new(),
            name: "csv".into(),
            description: String::new(),
            provenance: Default::default(),
            base_year: 2026,
            years: 1,
            care_forms: forms.iter().map(|(_, f)| f.clone()).collect(),
            budget_lines: Vec::new(),
            municipalities: Vec::new(),
            levers: Default::default(),
            insured_share: None,
            insured_share_from: BTreeMap::new(),
            targets: Vec::new(),
            sources: BTreeMap::new(),
        };
        for p in validate(&probe) {
            let index = p
                .path
                .strip_prefix("care_forms[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse::<usize>().ok());
            let field = p.path.rsplit('.').next().unwrap_or_default();
            let line = index
                .and_then(|i| forms.get(i))
                .map_or(0, |(line, _)| *line);
            problems.push(CsvProblem {
                line,
                column: header_name(field).to_string(),
                message: p.message,
            });
        }
    }
    if problems.is_empty() {
        Ok(forms.into_iter().map(|(_, f)| f).collect())
    } else {
        Err(problems)
    }
}

/// The template: the current care forms in the import's own columns, so a
/// controller can fill in her own figures in Excel and import them again.
pub fn care_forms_template(forms: &[CareForm]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = COLUMNS.iter().map(|(_, h, _)| h.to_string()).collect();
    push_row(&mut out, &header);
    for f in forms {
        let opt = |v: Option<Decimal>, dp| v.map(|v| excel_number(v, dp)).unwrap_or_default();
        let percent = |v: Decimal| excel_number(v * Decimal::ONE_HUNDRED, 2);
        let source = f.sources.get("clients_start").cloned().unwrap_or_default();
        let cells = [
            f.id.clone(),
            f.label.clone(),
            f.group.id().to_string(),
            excel_number(f.clients_start, 1),
            opt(f.inflow_per_year, 1),
            excel_number(f.duration_months, 1),
            opt(f.tariff_per_month, 2),
            opt(f.price_per_trajectory, 2),
            percent(f.inflow_growth),
            percent(f.price_index),
            source,
        ];
        push_row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;

    const HEADER: &str = "code;zorgvorm;groep;cliënten op 1 januari;instroom per jaar;gemiddelde duur (maanden);tarief per maand (€);prijs per traject (€);groei instroom (%);prijsindex (%);bron";

    #[test]
    fn the_template_reads_back_as_the_same_care_forms() {
        let example = voorbeeldregio();
        let template = care_forms_template(&example.care_forms);
        let forms = parse_care_forms_csv(template.as_bytes()).expect("template parses");
        assert_eq!(forms.len(), example.care_forms.len());
        for (a, b) in forms.iter().zip(&example.care_forms) {
            assert_eq!((&a.id, &a.label, a.group), (&b.id, &b.label, b.group));
            assert_eq!(a.clients_start, b.clients_start);
            assert_eq!(a.duration_months, b.duration_months);
            assert_eq!(a.tariff_per_month, b.tariff_per_month);
            assert_eq!(a.price_per_trajectory, b.price_per_trajectory);
            assert_eq!(a.inflow_growth, b.inflow_growth);
        }
    }

    #[test]
    fn comma_separated_with_decimal_points_and_loose_headers_is_read() {
        let csv = "Code,Naam,Groep,Clienten,Duur (maanden),Tarief per maand,Groei instroom (%)\n\
                   pz,Pleegzorg,verblijf,512.5,65,\"2.300,50\",1.5\n";
        let forms = parse_care_forms_csv(csv.as_bytes()).unwrap();
        assert_eq!(forms[0].clients_start, "512.5".parse().unwrap());
        assert_eq!(forms[0].tariff_per_month, Some("2300.50".parse().unwrap()));
        assert_eq!(forms[0].inflow_growth, "0.015".parse().unwrap());
    }

    #[test]
    fn problems_name_their_line_and_column() {
        let csv = format!(
            "{HEADER}\na;A;ambulant;10;;12;1000;;;;\nb;B;ambulant;tien;;12;1000;;;;\nc;C;onbekend;-5;;0;1000;;;;\n"
        );
        let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.contains(
                &"Regel 3, kolom \"cliënten op 1 januari\": \"tien\" is geen getal.".to_string()
            ),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("Regel 4, kolom \"groep\"")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t
                    .starts_with("Regel 4, kolom \"cliënten op 1 januari\": \"-5\" is negatief")),
            "{text:?}"
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let csv = "code;zorgvorm;groep;gemiddelde duur (maanden);tarief per maand (€)\na;A;ambulant;12;100\n";
        let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.nl.contains("cliënten op 1 januari"));
    }

    #[test]
    fn a_hundred_thousand_rows_are_refused_without_reading_them_all() {
        let mut csv = format!("{HEADER}\n");
        for i in 0..100_000 {
            csv.push_str(&format!("f{i};F;ambulant;1;;12;100;;;;\n"));
        }
        let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.nl.contains("100.000 zorgvormen"),
            "{}",
            problems[0].message.nl
        );
    }

    #[test]
    fn duplicate_codes_are_reported_on_their_line() {
        let csv = format!("{HEADER}\na;A;ambulant;10;;12;1000;;;;\na;B;ambulant;10;;12;1000;;;;\n");
        let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.nl.contains("twee keer"));
    }
}

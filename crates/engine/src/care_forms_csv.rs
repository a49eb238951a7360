//! A region's own care forms from a CSV as controllers keep them in Excel:
//! semicolon, comma or tab separated, decimal comma or point, Dutch column
//! names. Every problem names its line and column; nothing is half applied.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::export::escape_cell;
use crate::file::limits;
use crate::nl::excel_number;
use crate::scenario::{CareForm, CareGroup, Scenario};
use crate::validate::validate;

/// One problem in an imported CSV. `line` is 1-based as Excel shows it
/// (line 1 is the header); 0 means the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvProblem {
    pub line: usize,
    pub column: String,
    pub message_nl: String,
    pub message_en: String,
}

impl std::fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column.is_empty()) {
            (0, _) => write!(f, "{}", self.message_nl),
            (line, true) => write!(f, "Regel {line}: {}", self.message_nl),
            (line, false) => write!(
                f,
                "Regel {line}, kolom \"{}\": {}",
                self.column, self.message_nl
            ),
        }
    }
}

fn problem(line: usize, column: &str, nl: String, en: String) -> CsvProblem {
    CsvProblem {
        line,
        column: column.to_string(),
        message_nl: nl,
        message_en: en,
    }
}

/// The columns, in template order: (key, Dutch header, required).
const COLUMNS: [(&str, &str, bool); 11] = [
    ("id", "code", true),
    ("label", "zorgvorm", true),
    ("group", "groep", true),
    ("clients_start", "cliënten op 1 januari", true),
    ("inflow_per_year", "instroom per jaar", false),
    ("duration_months", "gemiddelde duur (maanden)", true),
    ("tariff_per_month", "tarief per maand (€)", false),
    ("price_per_trajectory", "prijs per traject (€)", false),
    ("inflow_growth", "groei instroom (%)", false),
    ("price_index", "prijsindex (%)", false),
    ("source", "bron", false),
];

/// Other names controllers use for the same columns (already normalised).
const ALIASES: [(&str, &str); 14] = [
    ("id", "id"),
    ("label", "naam"),
    ("label", "omschrijving"),
    ("clients_start", "clienten"),
    ("clients_start", "aantalclienten"),
    ("clients_start", "clienten1januari"),
    ("inflow_per_year", "instroom"),
    ("duration_months", "duurmaanden"),
    ("duration_months", "duur"),
    ("tariff_per_month", "tarief"),
    ("tariff_per_month", "tariefpermaand"),
    ("price_per_trajectory", "prijspertraject"),
    ("inflow_growth", "groei"),
    ("price_index", "index"),
];

/// Lower case, accents off, only letters and digits: "Cliënten op 1 januari"
/// and "clienten_op_1_januari" both become "clientenop1januari".
fn normalise(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ë' | 'é' | 'è' | 'ê' => 'e',
            'ï' | 'í' => 'i',
            'ö' | 'ó' => 'o',
            'ü' | 'ú' => 'u',
            'á' | 'à' | 'ä' => 'a',
            other => other,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn column_key(header: &str) -> Option<&'static str> {
    let n = normalise(header);
    let without_unit = n
        .trim_end_matches("eur")
        .trim_end_matches("maanden")
        .to_string();
    COLUMNS
        .iter()
        .find(|(_, h, _)| {
            let hn = normalise(h);
            hn == n || hn.trim_end_matches("eur") == without_unit
        })
        .map(|(k, _, _)| *k)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(_, a)| *a == n || *a == without_unit)
                .map(|(k, _)| *k)
        })
}

/// Splits CSV text into records (RFC 4180 quoting), each with the 1-based
/// line it starts on.
fn records(text: &str, delimiter: char) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cell.push(c);
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => in_quotes = true,
            c if c == delimiter => record.push(std::mem::take(&mut cell)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut cell));
                out.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        out.push((start_line, record));
    }
    out.retain(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    out
}

/// A number as Excel writes it in either locale: `1.234,5`, `1234.5`,
/// `12,5%`, `€ 900`. A dot is a thousands dot next to a decimal comma, in
/// `1.234.567` form, and in `1.700` form when the file uses decimal commas
/// (`decimal_comma`: a semicolon or tab separated file, as Dutch Excel
/// writes it); otherwise it is a decimal point.
fn parse_cell_number(text: &str, decimal_comma: bool) -> Option<Decimal> {
    let t: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if t.is_empty() {
        return None;
    }
    let grouped = |s: &str| {
        let digits = s.trim_start_matches('-');
        let parts: Vec<&str> = digits.split('.').collect();
        (parts.len() > 2 || (decimal_comma && parts.len() == 2))
            && parts[0].len() <= 3
            && !parts[0].is_empty()
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let normalised = if t.contains(',') {
        if t.matches(',').count() > 1 {
            return None;
        }
        t.replace('.', "").replace(',', ".")
    } else if grouped(&t) {
        t.replace('.', "")
    } else {
        t
    };
    let ok = normalised
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && c == '-'));
    if !ok {
        return None;
    }
    normalised.parse().ok()
}

/// The separator the header uses most; None when it uses none of them.
fn detect_delimiter(header_line: &str) -> Option<char> {
    [';', '\t', ',']
        .into_iter()
        .map(|d| (d, header_line.matches(d).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| d)
}

/// The Dutch column name for a field key (the key itself when unknown).
fn header_name(key: &str) -> &str {
    COLUMNS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or(key, |(_, h, _)| *h)
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
        forms.push((
            line,
            CareForm {
                id,
                label,
                group: group.unwrap_or(CareGroup::Ambulant),
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
            illustrative: false,
            base_year: 2026,
            years: 1,
            care_forms: forms.iter().map(|(_, f)| f.clone()).collect(),
            budget_lines: Vec::new(),
            municipalities: Vec::new(),
            levers: Default::default(),
            insured_share: None,
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
            problems.push(problem(
                line,
                header_name(field),
                p.message_nl,
                p.message_en,
            ));
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
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
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
        let escaped: Vec<String> = cells.iter().map(|c| escape_cell(c)).collect();
        out.push_str(&escaped.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The scenario with its care forms replaced. Levers that name a care form
/// that is gone are dropped; their labels are returned so the user is told.
/// A figure that comes back unchanged keeps the source it had (the
/// template's single "bron" column would otherwise overwrite them all).
pub fn replace_care_forms(
    scenario: &Scenario,
    mut forms: Vec<CareForm>,
) -> (Scenario, Vec<String>) {
    for form in &mut forms {
        let Some(old) = scenario.care_form(&form.id) else {
            continue;
        };
        let same: [(&str, bool); 7] = [
            ("clients_start", old.clients_start == form.clients_start),
            (
                "inflow_per_year",
                old.inflow_per_year == form.inflow_per_year,
            ),
            (
                "duration_months",
                old.duration_months == form.duration_months,
            ),
            (
                "tariff_per_month",
                old.tariff_per_month == form.tariff_per_month,
            ),
            (
                "price_per_trajectory",
                old.price_per_trajectory == form.price_per_trajectory,
            ),
            ("inflow_growth", old.inflow_growth == form.inflow_growth),
            ("price_index", old.price_index == form.price_index),
        ];
        for (field, unchanged) in same {
            if let (true, Some(source)) = (unchanged, old.sources.get(field)) {
                form.sources.insert(field.to_string(), source.clone());
            }
        }
    }
    let mut next = scenario.clone();
    next.care_forms = forms;
    let exists = |id: &str| next.care_forms.iter().any(|f| f.id == id);
    let mut dropped = Vec::new();
    let levers = &scenario.levers;
    let mut kept = levers.clone();
    kept.substitutions.retain(|r| {
        let keep = exists(&r.from) && exists(&r.to);
        if !keep {
            dropped.push(format!("substitutie {} → {}", r.from, r.to));
        }
        keep
    });
    kept.residential_shifts.retain(|r| {
        let keep = r.from.iter().all(|f| exists(f)) && r.mix.iter().all(|t| exists(&t.to));
        if !keep {
            dropped.push(format!("afschalen verblijf ({})", r.id));
        }
        keep
    });
    kept.form_changes.retain(|c| {
        let keep = exists(&c.form);
        if !keep {
            dropped.push(format!(
                "{} van {}",
                c.kind.label_nl().to_lowercase(),
                c.form
            ));
        }
        keep
    });
    next.levers = kept;
    (next, dropped)
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
        assert!(problems[0].message_nl.contains("cliënten op 1 januari"));
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
            problems[0].message_nl.contains("100.000 zorgvormen"),
            "{}",
            problems[0].message_nl
        );
    }

    #[test]
    fn duplicate_codes_are_reported_on_their_line() {
        let csv = format!("{HEADER}\na;A;ambulant;10;;12;1000;;;;\na;B;ambulant;10;;12;1000;;;;\n");
        let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message_nl.contains("twee keer"));
    }

    #[test]
    fn a_template_round_trip_keeps_every_source() {
        let example = voorbeeldregio();
        let forms =
            parse_care_forms_csv(care_forms_template(&example.care_forms).as_bytes()).unwrap();
        let (next, dropped) = replace_care_forms(&example, forms);
        assert!(dropped.is_empty());
        for (a, b) in next.care_forms.iter().zip(&example.care_forms) {
            assert_eq!(a.sources, b.sources, "{}", a.id);
        }
    }

    #[test]
    fn semicolon_files_read_a_thousands_dot() {
        assert_eq!(parse_cell_number("1.700", true), Some(Decimal::from(1700)));
        assert_eq!(
            parse_cell_number("1.700", false),
            Some("1.7".parse().unwrap())
        );
        assert_eq!(parse_cell_number("1.5", true), Some("1.5".parse().unwrap()));
        assert_eq!(
            parse_cell_number("1.234,5", true),
            Some("1234.5".parse().unwrap())
        );
    }

    #[test]
    fn replacing_care_forms_drops_levers_on_forms_that_are_gone() {
        let example = voorbeeldregio();
        let kept: Vec<CareForm> = example
            .care_forms
            .iter()
            .filter(|f| f.id != "poh")
            .cloned()
            .collect();
        let (next, dropped) = replace_care_forms(&example, kept);
        assert_eq!(dropped, vec!["substitutie ggz → poh".to_string()]);
        assert!(validate(&next).is_empty());
    }
}

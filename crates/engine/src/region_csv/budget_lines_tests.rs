//! The budget lines CSV: kinds, year columns, amounts and their signs, and
//! the template read back.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::reading_tests::{utf16le, windows_1252};
use super::*;
use crate::example::voorbeeldregio;
use crate::presets::PRESETS;
use crate::scenario::{BudgetKind, BudgetLine};

const HEADER: &str =
    "code;naam;soort (inkomsten/uitgaven);bedrag basisjaar (€);indexatie per jaar (%);bron";

fn read(text: &str) -> Result<Imported<BudgetLine>, Vec<CsvProblem>> {
    parse_budget_lines_csv(text.as_bytes(), 2026, 10)
}

fn shown(text: &str) -> Vec<String> {
    read(text)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn without_sources(lines: &[BudgetLine]) -> Vec<BudgetLine> {
    let mut lines = lines.to_vec();
    lines.iter_mut().for_each(|l| l.sources.clear());
    lines
}

#[test]
fn the_example_and_every_preset_read_back_from_their_template() {
    let mut scenarios: Vec<_> = PRESETS.iter().map(|p| (p.id, p.scenario())).collect();
    scenarios.push(("voorbeeldregio()", voorbeeldregio()));
    let mut with_years = 0;
    for (id, s) in scenarios {
        let template = budget_lines_template(&s.budget_lines, s.base_year, s.years);
        let read = parse_budget_lines_csv(template.as_bytes(), s.base_year, s.years)
            .unwrap_or_else(|p| panic!("{id}: {p:#?}"));
        assert_eq!(
            without_sources(&read.rows),
            without_sources(&s.budget_lines),
            "{id}"
        );
        assert!(read.notices.is_empty(), "{id}");
        with_years += s
            .budget_lines
            .iter()
            .filter(|l| !l.amounts.is_empty())
            .count();
    }
    assert!(
        with_years > 10,
        "the presets' amounts per year are round-tripped"
    );
}

#[test]
fn the_template_has_a_column_per_year_and_excel_separators() {
    let example = voorbeeldregio();
    let template = budget_lines_template(&example.budget_lines, 2026, 3);
    assert!(template.starts_with(&format!("\u{feff}{HEADER};2026;2027;2028\r\n")));
    assert!(
        template.contains("\r\nrijksbijdrage;Rijksbijdrage jeugd (algemene uitkering);inkomsten;190000000;2,5;\"aanname:"),
        "{template}"
    );
    assert!(template.contains(";-14870000;0;"));
}

#[test]
fn kinds_amounts_per_year_and_sources_are_read() {
    let text = format!(
        "{HEADER};2026;2027\n\
         fonds;Transformatiefonds;Baten;;;Plan §5.3;2.400.000;€ 1.200.000\n\
         korting;Korting;income;-1.500.000,50;0;;;\n\
         team;Lokale teams;Lasten;500000;2,5;eigen begroting;;\n"
    );
    let lines = read(&text).unwrap().rows;
    assert_eq!(lines[0].kind, BudgetKind::Income);
    assert_eq!(lines[0].base_amount, Decimal::ZERO);
    assert_eq!(
        lines[0].amounts,
        BTreeMap::from([(2026, d("2400000")), (2027, d("1200000"))])
    );
    assert_eq!(lines[0].sources["amounts"], "Plan §5.3");
    assert!(!lines[0].sources.contains_key("base_amount"));
    assert_eq!(lines[1].base_amount, d("-1500000.50"));
    assert_eq!(
        lines[1].sources["base_amount"],
        "eigen gegevens (CSV-import)"
    );
    assert_eq!(lines[2].kind, BudgetKind::Expense);
    assert_eq!(lines[2].index, d("0.025"));
    assert_eq!(lines[2].sources["index"], "eigen begroting");
}

#[test]
fn windows_1252_with_a_euro_amount_is_read() {
    let text =
        format!("{HEADER};aantal cliënten\r\nrijk;Rijksbijdrage;inkomsten;€ 1.234,50;;;12\r\n");
    let read = parse_budget_lines_csv(&windows_1252(&text), 2026, 10).unwrap();
    assert_eq!(read.rows[0].base_amount, d("1234.50"));
    assert_eq!(
        read.notices[0].nl,
        "Kolom \"aantal cliënten\" is niet gebruikt."
    );
}

#[test]
fn utf16_tab_separated_unicode_text_is_read() {
    let text = "Code\tNaam\tSoort\tBedrag basisjaar (€)\t2027\r\nrijk\tRijksbijdrage\tinkomsten\t1.234,5\t1.300\r\n";
    let lines = parse_budget_lines_csv(&utf16le(text), 2026, 10)
        .unwrap()
        .rows;
    assert_eq!(lines[0].base_amount, d("1234.5"));
    assert_eq!(lines[0].amounts[&2027], d("1300"));
}

#[test]
fn a_bom_utf8_comma_file_with_decimal_points_is_read() {
    let text = "\u{feff}code,naam,soort,bedrag basisjaar (€),indexatie per jaar (%)\nrijk,Rijksbijdrage,inkomsten,1234.5,2.5\n";
    let lines = read(text).unwrap().rows;
    assert_eq!(lines[0].base_amount, d("1234.5"));
    assert_eq!(lines[0].index, d("0.025"));
}

#[test]
fn a_year_column_outside_the_scenarios_years_is_refused() {
    let text = format!("{HEADER};2025;2036\nrijk;Rijksbijdrage;inkomsten;1;;;;\n");
    assert_eq!(
        shown(&text),
        vec![
            "Regel 1, kolom \"2025\": Het jaar 2025 ligt buiten de looptijd van het scenario (2026 tot en met 2035); laat deze kolom weg of pas eerst de looptijd aan.".to_string(),
            "Regel 1, kolom \"2036\": Het jaar 2036 ligt buiten de looptijd van het scenario (2026 tot en met 2035); laat deze kolom weg of pas eerst de looptijd aan.".to_string(),
        ]
    );
}

#[test]
fn amounts_need_a_column_and_a_cell() {
    let text = "code;naam;soort;indexatie per jaar (%)\nrijk;Rijksbijdrage;inkomsten;2\n";
    assert!(shown(text)[0].starts_with("Regel 1, kolom \"bedrag basisjaar (€)\": Er is geen kolom \"bedrag basisjaar (€)\" en geen kolom per jaar (2026, 2027, …)."));
    let text = format!("{HEADER};2027\nrijk;Rijksbijdrage;inkomsten;;;;\n");
    assert_eq!(
        shown(&text),
        vec!["Regel 2, kolom \"bedrag basisjaar (€)\": Er is geen bedrag basisjaar en geen bedrag per jaar; vul een bedrag in (0 voor een post zonder bedrag).".to_string()]
    );
}

#[test]
fn every_row_problem_is_named_by_line_and_column() {
    let text = format!(
        "{HEADER};2027\n\
         a;A;inkomsten;tien;;;\n\
         b;B;subsidie;1;;;\n\
         c;C;uitgaven;-5;;;-1\n\
         d;D;inkomsten;200.000.000.000;300;;\n\
         ;E;uitgaven;1;;;\n\
         a;F;uitgaven;1;;;\n"
    );
    let problems = shown(&text);
    let expected = [
        "Regel 2, kolom \"bedrag basisjaar (€)\": \"tien\" is geen getal.",
        "Regel 3, kolom \"soort (inkomsten/uitgaven)\": \"subsidie\" is geen soort; kies inkomsten of uitgaven (ook goed: inkomen, baten, income; uitgave, lasten, kosten, expense).",
        "Regel 4, kolom \"bedrag basisjaar (€)\": \"-5\" is negatief; een uitgavenpost kan niet negatief zijn: boek een opbrengst als inkomsten.",
        "Regel 4, kolom \"2027\": \"-1\" is negatief; een uitgavenpost kan niet negatief zijn: boek een opbrengst als inkomsten.",
        "Regel 5, kolom \"indexatie per jaar (%)\": \"300\" ligt buiten -50% tot 100%.",
        "Regel 5, kolom \"bedrag basisjaar (€)\": \"200.000.000.000\" is te groot; een bedrag ligt tussen -100.000.000.000 en 100.000.000.000 euro.",
        "Regel 6, kolom \"code\": De code is leeg.",
    ];
    assert_eq!(problems, expected, "{problems:#?}");
}

#[test]
fn duplicate_codes_are_reported_on_the_second_line() {
    let text = format!("{HEADER}\na;A;inkomsten;1;;\na;B;uitgaven;1;;\n");
    assert_eq!(
        shown(&text),
        vec!["Regel 3, kolom \"code\": De code \"a\" komt twee keer voor; elke code moet uniek zijn.".to_string()]
    );
}

//! The care forms CSV: reading, its problems, and its template read back.

use super::*;

use crate::example::voorbeeldregio;

const HEADER: &str = "code;zorgvorm;groep;cliënten op 1 januari;instroom per jaar;gemiddelde duur (maanden);tarief per maand (€);prijs per traject (€);groei instroom (%);prijsindex (%);bron";

#[test]
fn the_template_reads_back_as_the_same_care_forms() {
    let example = voorbeeldregio();
    let template = care_forms_template(&example.care_forms);
    let forms = parse_care_forms_csv(template.as_bytes())
        .expect("template parses")
        .rows;
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
    let forms = parse_care_forms_csv(csv.as_bytes()).unwrap().rows;
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
            .any(|t| t.starts_with("Regel 4, kolom \"cliënten op 1 januari\": \"-5\" is negatief")),
        "{text:?}"
    );
}

#[test]
fn a_missing_column_is_named() {
    let csv =
        "code;zorgvorm;groep;gemiddelde duur (maanden);tarief per maand (€)\na;A;ambulant;12;100\n";
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

use super::reading_tests::{utf16le, windows_1252};
use crate::presets::PRESETS;
use crate::scenario::{CareForm, CareGroup};
use rust_decimal::Decimal;

/// The forms with their sources left out: the template's one "bron"
/// column cannot give each figure its own source back.
fn without_sources(forms: &[CareForm]) -> Vec<CareForm> {
    forms
        .iter()
        .cloned()
        .map(|mut f| {
            f.sources.clear();
            f
        })
        .collect()
}

#[test]
fn every_presets_care_forms_read_back_from_their_template() {
    for preset in PRESETS {
        let forms = preset.scenario().care_forms;
        let read = parse_care_forms_csv(care_forms_template(&forms).as_bytes())
            .unwrap_or_else(|p| panic!("{}: {p:#?}", preset.id));
        assert_eq!(
            without_sources(&read.rows),
            without_sources(&forms),
            "{}",
            preset.id
        );
        assert!(read.notices.is_empty());
        for (got, had) in read.rows.iter().zip(&forms) {
            let source = had.sources.get("clients_start").unwrap();
            assert!(got.sources.values().all(|s| s == source), "{}", got.id);
        }
    }
}

#[test]
fn windows_1252_with_a_euro_amount_is_read() {
    let text = "code;zorgvorm;groep;cliënten op 1 januari;gemiddelde duur (maanden);tarief per maand (€)\r\n\
                pz;Pleegzorg;pleegzorg;512;24;€ 1.234,50\r\n";
    let forms = parse_care_forms_csv(&windows_1252(text)).unwrap().rows;
    assert_eq!(forms[0].tariff_per_month, Some("1234.50".parse().unwrap()));
    assert_eq!(forms[0].group, CareGroup::Verblijf);
    assert!(forms[0].family_based);
}

#[test]
fn utf16_tab_separated_unicode_text_is_read() {
    let text = "Code\tZorgvorm\tGroep\tCliënten op 1 januari\tGemiddelde duur (maanden)\tPrijs per traject (€)\r\n\
                jb\tJeugdbescherming\tjeugdbescherming\t1.627\t12\t900,5\r\n";
    let forms = parse_care_forms_csv(&utf16le(text)).unwrap().rows;
    assert_eq!(forms[0].clients_start, Decimal::from(1627));
    assert_eq!(
        forms[0].price_per_trajectory,
        Some("900.5".parse().unwrap())
    );
    assert_eq!(forms[0].group, CareGroup::Jbjr);
}

#[test]
fn a_bom_utf8_comma_file_with_decimal_points_is_read() {
    let text = "\u{feff}code,zorgvorm,groep,cliënten op 1 januari,gemiddelde duur (maanden),tarief per maand (€),prijsindex (%)\n\
                wt,Wijkteam,wijkteam,640.5,5.5,455.25,2.75\n";
    let forms = parse_care_forms_csv(text.as_bytes()).unwrap().rows;
    assert_eq!(forms[0].clients_start, "640.5".parse().unwrap());
    assert_eq!(forms[0].price_index, "0.0275".parse().unwrap());
    assert_eq!(forms[0].group, CareGroup::Lokaal);
}

#[test]
fn groups_are_read_from_the_words_controllers_use() {
    let cases = [
        ("Jeugdbescherming en jeugdreclassering", CareGroup::Jbjr),
        ("JR", CareGroup::Jbjr),
        ("jbjr", CareGroup::Jbjr),
        ("Crisishulp", CareGroup::Crisis),
        ("Lokaal / vrij toegankelijk", CareGroup::Lokaal),
        ("Vrij toegankelijk", CareGroup::Lokaal),
        ("basis", CareGroup::Lokaal),
        ("Specialistisch ambulant", CareGroup::Ambulant),
        ("Residentieel", CareGroup::Verblijf),
        ("gezinshuis", CareGroup::Verblijf),
    ];
    for (word, group) in cases {
        assert_eq!(group_by_word(word), Some(group), "{word}");
    }
    assert_eq!(group_by_word("dagbesteding"), None);
    for group in CareGroup::ALL {
        assert_eq!(group_by_word(group.id()), Some(group));
        assert_eq!(group_by_word(group.label_nl()), Some(group));
    }
}

#[test]
fn an_unknown_group_lists_the_words() {
    let csv = format!("{HEADER}\na;A;dagbesteding;10;;12;1000;;;;\n");
    let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "Regel 2, kolom \"groep\": \"dagbesteding\" is geen groep; kies lokaal, ambulant, verblijf, jbjr of crisis. Ook goed: lokaal / vrij toegankelijk, vrij toegankelijk, wijkteam, basis, specialistisch ambulant, residentieel, pleegzorg, gezinshuis, jeugdbescherming en jeugdreclassering, jeugdbescherming, jeugdreclassering, jb, jr, jb/jr, crisishulp."
    );
}

#[test]
fn a_percentage_outside_the_engines_bounds_is_named_in_percent() {
    let csv = format!("{HEADER}\na;A;ambulant;10;;12;1000;;150;;\n");
    let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "Regel 2, kolom \"groei instroom (%)\": \"150\" ligt buiten -50% tot 100%."
    );
}

#[test]
fn text_where_a_number_belongs_and_unused_columns() {
    let csv = format!("{HEADER};Opmerking\na;A;ambulant;10;;12;duizend;;;;;x\n");
    let problems = parse_care_forms_csv(csv.as_bytes()).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "Regel 2, kolom \"tarief per maand (€)\": \"duizend\" is geen getal."
    );
    let csv = format!("{HEADER};Opmerking\na;A;ambulant;10;;12;1000;;;;;x\n");
    let read = parse_care_forms_csv(csv.as_bytes()).unwrap();
    assert_eq!(read.notices[0].nl, "Kolom \"Opmerking\" is niet gebruikt.");
}

#[test]
fn a_name_excel_would_take_for_a_formula_reads_back_from_the_template() {
    let csv = format!("{HEADER}\na;=SOM(A1);ambulant;10;;12;1000;;;;\n");
    let forms = parse_care_forms_csv(csv.as_bytes()).unwrap().rows;
    let template = care_forms_template(&forms);
    assert!(template.contains(";'=SOM(A1);"), "{template}");
    let again = parse_care_forms_csv(template.as_bytes()).unwrap().rows;
    assert_eq!(again[0].label, "=SOM(A1)");
}

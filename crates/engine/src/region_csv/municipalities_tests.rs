//! The municipalities CSV: shares as given, own use for all or none, ids
//! from names, and the template read back.

use rust_decimal::Decimal;

use super::reading_tests::{utf16le, windows_1252};
use super::*;
use crate::example::voorbeeldregio;
use crate::presets::PRESETS;
use crate::scenario::Municipality;

const HEADER: &str = "code;naam;aandeel verdeelsleutel;eigen gebruik;bron";

fn read(text: &str) -> Result<Imported<Municipality>, Vec<CsvProblem>> {
    parse_municipalities_csv(text.as_bytes())
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

fn without_sources(municipalities: &[Municipality]) -> Vec<Municipality> {
    let mut all = municipalities.to_vec();
    all.iter_mut().for_each(|m| m.sources.clear());
    all
}

#[test]
fn the_example_and_every_preset_read_back_from_their_template() {
    let mut scenarios: Vec<_> = PRESETS.iter().map(|p| (p.id, p.scenario())).collect();
    scenarios.push(("voorbeeldregio()", voorbeeldregio()));
    let mut own_use = 0;
    for (id, s) in scenarios {
        let template = municipalities_template(&s.municipalities);
        let read = parse_municipalities_csv(template.as_bytes())
            .unwrap_or_else(|p| panic!("{id}: {p:#?}"));
        assert_eq!(
            without_sources(&read.rows),
            without_sources(&s.municipalities),
            "{id}"
        );
        for (got, had) in read.rows.iter().zip(&s.municipalities) {
            assert_eq!(got.sources.get("share"), had.sources.get("share"), "{id}");
        }
        own_use += s
            .municipalities
            .iter()
            .filter(|m| m.own_use.is_some())
            .count();
    }
    assert!(own_use > 5, "the presets' own use is round-tripped");
}

#[test]
fn shares_are_taken_as_given_and_ids_made_from_names() {
    let text = "Gemeente;Aandeel (%);Bron\n\
                Alphen aan den Rijn;12,5%;CBS\n\
                Súdwest-Fryslân;87,5;\n\
                Alphen aan den Rijn!;1;\n\
                ???;0;\n";
    let rows = read(text).unwrap().rows;
    let ids: Vec<&str> = rows.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "alphen-aan-den-rijn",
            "sudwest-fryslan",
            "alphen-aan-den-rijn-1",
            "gemeente"
        ]
    );
    assert_eq!(rows[0].share, d("12.5"));
    assert_eq!(rows[0].sources["share"], "CBS");
    assert_eq!(rows[1].sources["share"], "eigen gegevens (CSV-import)");
    assert_eq!(rows[0].own_use, None);
}

#[test]
fn a_given_code_is_kept_and_a_made_id_avoids_it() {
    let text = format!("{HEADER}\nnoord;Noord;1;;\n;Noord-Oost;1;;\nnoord-oost;X;1;;\n");
    let ids: Vec<String> = read(&text)
        .unwrap()
        .rows
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids, ["noord", "noord-oost-1", "noord-oost"]);
}

#[test]
fn inhabitants_with_thousands_dots_and_own_use_are_read() {
    let text = format!("{HEADER}\nnoord;Noord;125.000;0,4;\nzuid;Zuid;75.500;0,6;\n");
    let rows = read(&text).unwrap().rows;
    assert_eq!(rows[0].share, d("125000"));
    assert_eq!(rows[1].own_use, Some(d("0.6")));
    assert!(rows[1].sources.contains_key("own_use"));
}

#[test]
fn windows_1252_with_a_euro_amount_is_read() {
    let text = "naam;aandeel verdeelsleutel;eigen gebruik (cliënten);bijdrage\r\nNoord;€ 1.234,50;12;x\r\n";
    let read = parse_municipalities_csv(&windows_1252(text)).unwrap();
    assert_eq!(read.rows[0].share, d("1234.50"));
    assert_eq!(read.rows[0].own_use, Some(d("12")));
    assert_eq!(read.notices[0].nl, "Kolom \"bijdrage\" is niet gebruikt.");
}

#[test]
fn utf16_tab_separated_unicode_text_is_read() {
    let text = "Naam\tAandeel verdeelsleutel\r\nÉén\t12,5\r\nTwee\t87,5\r\n";
    let rows = parse_municipalities_csv(&utf16le(text)).unwrap().rows;
    assert_eq!(rows[0].name, "Één");
    assert_eq!(rows[0].id, "een");
    assert_eq!(rows[0].share, d("12.5"));
}

#[test]
fn a_bom_utf8_comma_file_with_decimal_points_is_read() {
    let text =
        "\u{feff}naam,aandeel verdeelsleutel,eigen gebruik\nNoord,0.125,0.2\nZuid,0.875,0.8\n";
    let rows = read(text).unwrap().rows;
    assert_eq!(rows[0].share, d("0.125"));
    assert_eq!(rows[1].own_use, Some(d("0.8")));
}

#[test]
fn shares_adding_up_to_zero_are_refused() {
    let text = format!("{HEADER}\na;A;0;;\nb;B;0%;;\n");
    assert_eq!(
        shown(&text),
        ["De aandelen in de verdeelsleutel tellen op tot 0: geef minstens één gemeente een aandeel groter dan 0."]
    );
}

#[test]
fn own_use_is_for_every_municipality_or_none() {
    let text = format!("{HEADER}\na;A;1;0,5;\nb;B;1;;\nc;C;1;0,5;\n");
    assert_eq!(
        shown(&text),
        ["Regel 3, kolom \"eigen gebruik\": Het eigen gebruik is leeg, maar andere gemeenten hebben het wel: vul het bij elke gemeente in of bij geen enkele (het verzekeringsmodel verdeelt kosten naar het eigen gebruik van elke gemeente)."]
    );
    let text = format!("{HEADER}\na;A;1;0;\nb;B;1;0;\n");
    assert!(shown(&text)[0].starts_with("Het eigen gebruik telt op tot 0"));
}

#[test]
fn every_row_problem_is_named_by_line_and_column() {
    let text = format!(
        "{HEADER}\n\
         a;Noord;veel;;\n\
         b;;-1;;\n\
         c;Zuid;1;;\n\
         d;zuid ;1;;\n\
         c;West;1;;\n\
         e f;Oost;1;;\n"
    );
    let problems = shown(&text);
    let expected = [
        "Regel 2, kolom \"aandeel verdeelsleutel\": \"veel\" is geen getal.",
        "Regel 3, kolom \"naam\": De naam van de gemeente is leeg.",
        "Regel 3, kolom \"aandeel verdeelsleutel\": \"-1\" is negatief; hier horen alleen getallen van 0 of meer.",
    ];
    assert_eq!(problems, expected, "{problems:#?}");
    let text = format!("{HEADER}\nc;Zuid;1;;\nd;zuid ;1;;\nc;West;1;;\ne f;Oost;1;;\n");
    let problems = shown(&text);
    let expected = [
        "Regel 3, kolom \"naam\": De gemeente \"zuid\" staat ook al op regel 2; elke gemeente hoort er één keer in.",
    ];
    assert_eq!(problems, expected, "{problems:#?}");
    let text = format!("{HEADER}\nc;Zuid;1;;\nc;West;1;;\ne f;Oost;1;;\n");
    let problems = shown(&text);
    assert_eq!(
        problems[0],
        "Regel 3, kolom \"code\": De code \"c\" komt twee keer voor; elke code moet uniek zijn."
    );
    assert!(
        problems[1].starts_with("Regel 4, kolom \"code\": De code \"e f\" is ongeldig"),
        "{problems:#?}"
    );
}

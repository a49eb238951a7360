//! The reading all three tables share: encodings, refusals of the file as
//! a whole, total rows, unused columns, each table alike.

use super::*;

/// `text` as Windows-1252 bytes (Latin-1, and € as 0x80).
pub(super) fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            c => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
        })
        .collect()
}

/// `text` as UTF-16 LE with its byte order mark (Excel's "Unicode-tekst").
pub(super) fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    bytes
}

/// The scenario's three tables and the allocations calibration reads
/// (`crate::calibrate`), all through the same reading.
const TABLES: [Table; 4] = [
    Table::CareForms,
    Table::BudgetLines,
    Table::Municipalities,
    Table::Allocations,
];

/// A minimal good header and row of each table.
fn header_and_row(table: Table) -> (&'static str, &'static str) {
    match table {
        Table::CareForms => (
            "code;zorgvorm;groep;cliënten op 1 januari;gemiddelde duur (maanden);tarief per maand (€)",
            "ggz;Jeugd-GGZ;ambulant;10;12;1000",
        ),
        Table::BudgetLines => (
            "code;naam;soort (inkomsten/uitgaven);bedrag basisjaar (€)",
            "rijk;Rijksbijdrage;inkomsten;1000",
        ),
        Table::Municipalities => ("naam;aandeel verdeelsleutel;bron", "Noord;12,5%;eigen"),
        Table::Allocations => (
            "client;productcategorie;begindatum;einddatum",
            "c1;45;01-01-2024;31-01-2024",
        ),
        Table::Mapping => ("productcategorie;zorgvorm", "45;ggz"),
    }
}

/// The rows read, or the problems, of any table.
fn parse(table: Table, bytes: &[u8]) -> Result<(usize, Vec<Text>), Vec<CsvProblem>> {
    match table {
        Table::CareForms => parse_care_forms_csv(bytes).map(|i| (i.rows.len(), i.notices)),
        Table::BudgetLines => {
            parse_budget_lines_csv(bytes, 2026, 10).map(|i| (i.rows.len(), i.notices))
        }
        Table::Municipalities => parse_municipalities_csv(bytes).map(|i| (i.rows.len(), i.notices)),
        Table::Allocations => {
            let mapping = crate::calibrate::Mapping::default_for(&[]);
            crate::calibrate::calibrate(bytes, &mapping, None).map(|c| (c.rows, c.notices))
        }
        Table::Mapping => {
            crate::calibrate::parse_mapping_csv(bytes, &[]).map(|m| (m.rules.len(), Vec::new()))
        }
    }
}

/// The one problem a file is refused with, as the app lists it.
fn refusal(table: Table, bytes: &[u8]) -> String {
    let problems = parse(table, bytes).expect_err("refused");
    assert_eq!(problems.len(), 1, "{table:?}: {problems:#?}");
    problems[0].to_string()
}

#[test]
fn a_good_minimal_file_of_each_table_reads() {
    for table in TABLES {
        let (header, row) = header_and_row(table);
        let (rows, notices) = parse(table, format!("{header}\n{row}\n").as_bytes()).unwrap();
        assert_eq!((rows, notices.len()), (1, 0), "{table:?}");
    }
}

#[test]
fn empty_files_and_bare_headers_are_refused() {
    for table in TABLES {
        let (header, _) = header_and_row(table);
        assert_eq!(refusal(table, b""), "Het bestand is leeg.");
        assert_eq!(
            refusal(table, "\u{feff}\r\n \r\n".as_bytes()),
            "Het bestand is leeg."
        );
        assert_eq!(
            refusal(table, format!("{header}\r\n;;\r\n").as_bytes()),
            format!(
                "Het bestand bevat geen {} onder de kopregel.",
                table.rows_nl()
            )
        );
    }
}

#[test]
fn spreadsheets_and_binary_files_are_refused() {
    let message = "Dit is geen CSV maar een spreadsheet of ander bestand: sla het in Excel op als CSV (Bestand > Opslaan als > CSV).";
    for table in TABLES {
        assert_eq!(refusal(table, b"PK\x03\x04\x14\x00\x06\x00"), message);
        assert_eq!(
            refusal(table, &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]),
            message
        );
        assert_eq!(refusal(table, b"naam;aandeel\nNoord;1\0\0\0"), message);
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    for table in TABLES {
        let bytes = vec![b'a'; table.max_bytes() + 1];
        assert!(refusal(table, &bytes).starts_with("Het bestand is te groot"));
    }
}

#[test]
fn more_rows_than_the_limit_are_refused_before_reading_them() {
    for table in TABLES {
        let (header, row) = header_and_row(table);
        let rows = table.max_rows() + 1;
        let text = format!("{header}\n{}", format!("{row}\n").repeat(rows));
        assert_eq!(
            refusal(table, text.as_bytes()),
            format!(
                "Te veel regels: {} {}; de planner neemt er hooguit {}.",
                crate::nl::format_number(rows.into(), 0),
                table.rows_nl(),
                table.max_rows()
            )
        );
    }
}

#[test]
fn a_missing_required_column_is_named_with_what_it_holds() {
    for table in TABLES {
        let (header, row) = header_and_row(table);
        let column = table.columns().iter().find(|c| c.required).unwrap();
        // Drop the column and its cell.
        let at = header.split(';').position(|h| h == column.header).unwrap();
        let drop = |line: &str| {
            let mut cells: Vec<&str> = line.split(';').collect();
            cells.remove(at);
            cells.join(";")
        };
        let shown = refusal(
            table,
            format!("{}\n{}\n", drop(header), drop(row)).as_bytes(),
        );
        assert!(
            shown.starts_with(&format!(
                "Regel 1, kolom \"{0}\": De kolom \"{0}\" ontbreekt. Daarin hoort {1}.",
                column.header, column.holds_nl
            )),
            "{shown}"
        );
        assert!(shown.ends_with(
            "Download het sjabloon (knop 'Sjabloon downloaden') voor de juiste kolommen."
        ));
    }
}

#[test]
fn a_total_row_is_refused_on_its_line() {
    for table in TABLES {
        let (header, row) = header_and_row(table);
        for total in ["Totaal", "totaal regio", "SUBTOTAAL", "Total"] {
            let cells = row.split(';').count();
            let total_row = format!(";{total}{}", ";5".repeat(cells - 2));
            let text = format!("{header}\n{row}\n\n{total_row}\n");
            assert_eq!(
                refusal(table, text.as_bytes()),
                "Regel 4: Dit is een totaalregel; laat totalen weg, de planner telt zelf op.",
                "{table:?}"
            );
        }
    }
}

#[test]
fn unused_columns_give_notices_and_empty_headers_are_ignored() {
    for table in TABLES {
        let (header, row) = header_and_row(table);
        let text = format!("{header};Opmerking;;\n{row};let op;x;\n");
        let (rows, notices) = parse(table, text.as_bytes()).unwrap();
        assert_eq!(rows, 1);
        assert_eq!(
            notices,
            vec![Text::new(
                "Kolom \"Opmerking\" is niet gebruikt.",
                "Column \"Opmerking\" is not used."
            )]
        );
    }
}

#[test]
fn a_column_named_twice_is_refused() {
    let text = "code;zorgvorm;naam;groep;cliënten op 1 januari;gemiddelde duur (maanden);tarief per maand (€)\n";
    assert_eq!(
        refusal(Table::CareForms, text.as_bytes()),
        "Regel 1, kolom \"naam\": De kolom \"naam\" staat twee keer in de kopregel (of onder een andere naam); laat er één staan."
    );
}

#[test]
fn an_unknown_header_lists_the_templates_columns() {
    for table in TABLES {
        let shown = refusal(table, b"a;b;c\n1;2;3\n");
        assert!(shown.starts_with("De kopregel wordt niet herkend (scheidingsteken ';')"));
        assert!(shown.contains(table.columns()[1].header), "{shown}");
    }
}

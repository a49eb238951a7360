//! `jeugdscenario calibrate`: the worked example of MODEL.md ("Uit de
//! administratie") through the binary, as CSV and JSON, with a mapping of
//! one's own, and refused files with their line and a Dutch message.

mod common;
use common::{run, run_with_input, stderr, stdout};

use std::path::PathBuf;

fn worked_example() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/csv-files/allocations/good/worked-example.csv")
        .to_str()
        .expect("a UTF-8 path")
        .to_string()
}

#[test]
fn the_worked_example_prints_its_years_and_terugblik_as_csv() {
    let output = run(&["calibrate", &worked_example()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("\u{feff}jaar;code;zorgvorm;groep;cliënten op 1 januari"));
    assert!(lines[0].ends_with(
        "cliëntmaanden;beëindigde trajecten;duur beëindigde trajecten (maanden);kosten (€)"
    ));
    // 2023: one client on 1 January, three begun, 357 days, 3380 euros.
    assert!(lines[1].starts_with("2023;ambulant_specialistisch;Specialistische ambulante jeugdhulp;ambulant;1;3;3,9;288,18;"), "{}", lines[1]);
    assert!(lines[1].ends_with(";11,7;3;3,6;3380,00"), "{}", lines[1]);
    // The base year's starting values, with their source.
    assert!(
        lines[3].starts_with("2025;ambulant_specialistisch;"),
        "{}",
        lines[3]
    );
    assert!(lines[3].contains(";1;1;15,0;304,38;"), "{}", lines[3]);
    assert!(lines[3].contains("eigen administratie, toewijzingen 2023-2024, 5 trajecten"));
    assert_eq!(lines[4], "");
    assert!(lines[5].starts_with("code;zorgvorm;jaar;cliënten op 1 januari administratie"));
    assert!(text.contains("\r\nproductcategorie zonder zorgvorm;regels\r\n99;1\r\n"));
    assert!(text.contains("bevinding\r\n"));
    // The unmapped category is said on stderr too; no pseudonym anywhere.
    assert!(stderr(&output).contains("Productcategorie 99 heeft geen zorgvorm"));
    assert!(!text.contains(";A;") && !text.contains("10-07-2023"));
}

#[test]
fn json_carries_the_care_forms_the_derived_years_and_the_terugblik() {
    let output = run(&[
        "calibrate",
        &worked_example(),
        "--format",
        "json",
        "--year",
        "2025",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json["base_year"], 2025);
    assert_eq!(json["care_forms"][0]["tariff_per_month"], "304.38");
    assert_eq!(json["derived"][0]["trajectories"], 5);
    assert_eq!(json["derived"][0]["years"][0]["inflow"], 3);
    assert_eq!(
        json["lookback"][0]["years"][0]["inflow"]["administration"],
        "3"
    );
    assert!(json["lookback"][0]["finding"]["nl"]
        .as_str()
        .unwrap()
        .contains("daalde"));
    assert_eq!(json["unmapped"][0]["rows"], 1);
    assert_eq!(json["mapping"]["rules"][0]["category"], "31");
}

#[test]
fn a_mapping_of_ones_own_counts_category_99_too() {
    let mapping = "productcategorie;productcode;zorgvorm;groep\r\n45;;ambulant_specialistisch;\r\n99;;Logeeropvang;verblijf\r\n";
    let path = std::env::temp_dir().join(format!(
        "jeugdscenario-calibrate-{}-koppeling.csv",
        std::process::id()
    ));
    std::fs::write(&path, mapping).unwrap();
    let output = run(&[
        "calibrate",
        &worked_example(),
        "--mapping",
        path.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("\r\n2024;logeeropvang;Logeeropvang;verblijf;0;1;"),
        "{text}"
    );
    assert!(!text.contains("zonder zorgvorm"));
}

#[test]
fn bad_files_are_refused_with_their_line_in_dutch_and_print_nothing() {
    let cases: [(&str, &str); 4] = [
        (
            "client;productcategorie;begindatum;einddatum\nx;45;01-03-2024;01-02-2024\n",
            "Regel 2, kolom \"einddatum\": De einddatum 1-2-2024 ligt vóór de begindatum 1-3-2024.",
        ),
        (
            "client;productcategorie;begindatum;einddatum\nx;45;morgen;\n",
            "Regel 2, kolom \"begindatum\": \"morgen\" is geen datum",
        ),
        (
            "client;productcategorie;begindatum;einddatum\n",
            "Het bestand bevat geen toewijzingen onder de kopregel.",
        ),
        (
            "bsn;productcategorie;begindatum;einddatum\n111222333;45;01-01-2024;\n",
            "Regel 2, kolom \"bsn\": De kolom \"bsn\" lijkt burgerservicenummers te bevatten",
        ),
    ];
    for (csv, message) in cases {
        let output = run_with_input(&["calibrate", "-"], csv.as_bytes());
        assert_eq!(output.status.code(), Some(2), "{csv}");
        assert!(output.stdout.is_empty(), "{csv}");
        assert!(
            stderr(&output).contains(message),
            "{csv}: {}",
            stderr(&output)
        );
    }
    let future = run_with_input(
        &["calibrate", "-", "--year", "2024"],
        b"client;productcategorie;begindatum;einddatum\nx;45;01-01-2025;\n",
    );
    assert_eq!(future.status.code(), Some(2));
    assert!(
        stderr(&future).contains("ligt na het basisjaar 2024"),
        "{}",
        stderr(&future)
    );
    let missing = run(&["calibrate", "bestaat-niet.csv"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("het bestand bestaat niet"));
}

//! The analyses on the command line: explain, sensitivity and goal-seek,
//! as CSV for Dutch Excel and as JSON, with knobs named by their address.

mod common;
use common::{run, run_with_input, stderr, stdout};
use serde_json::Value;

fn example() -> Vec<u8> {
    run(&["example"]).stdout
}

fn json(args: &[&str]) -> Value {
    let output = run_with_input(args, &example());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("JSON")
}

fn cents(v: &Value) -> i64 {
    let text = v.as_str().expect("an amount as a string");
    let (whole, frac) = text.split_once('.').expect("two decimals");
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    whole.parse::<i64>().unwrap() * 100 + sign * frac.parse::<i64>().unwrap()
}

#[test]
fn explain_steps_and_interaction_add_up_to_the_difference_to_the_cent() {
    for args in [
        vec!["explain", "-", "--format", "json"],
        vec!["explain", "-", "--year", "2028", "--format", "json"],
    ] {
        let doc = json(&args);
        let steps: i64 = doc["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| cents(&s["effect"]))
            .sum();
        assert_eq!(
            steps + cents(&doc["interaction"]),
            cents(&doc["scenario"]) - cents(&doc["baseline"]),
            "{args:?}"
        );
        assert!(doc["summary"]
            .as_str()
            .unwrap()
            .starts_with("Met deze keuzes gaat het"));
    }
}

#[test]
fn explain_prints_a_csv_for_dutch_excel() {
    let output = run_with_input(&["explain", "-"], &example());
    let text = stdout(&output);
    assert!(text.starts_with("\u{feff}Stap;Code;Effect op cumulatief saldo (EUR)\r\n"));
    assert!(text.contains("\r\nSamenspel van de knoppen;;"));
}

#[test]
fn sensitivity_lists_the_widest_swing_first() {
    let doc = json(&["sensitivity", "-", "--step", "20", "--format", "json"]);
    let spans: Vec<i64> = doc["swings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| cents(&w["span"]))
        .collect();
    assert!(spans.len() > 40);
    assert!(spans.windows(2).all(|p| p[0] >= p[1]));
    assert_eq!(doc["step"], "0.2");
}

#[test]
fn goal_seek_meets_a_target_of_the_plan_itself() {
    let preset = run(&["example", "holland-rijnland-2018"]).stdout;
    let output = run_with_input(
        &[
            "goal-seek",
            "-",
            "--knob",
            "levers.residential_shifts.transformatie-verblijf.share",
            "--target",
            "doel:residentieel-niet-toenemen",
            "--format",
            "json",
        ],
        &preset,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["outcome"], "gevonden", "{doc}");
    // With that share the target is gehaald: `project --check-targets` agrees.
    let mut scenario: Value = serde_json::from_slice(&preset).unwrap();
    scenario["levers"]["residential_shifts"][0]["share"] =
        serde_json::from_str(doc["value"].as_str().unwrap()).unwrap();
    let checked = run_with_input(
        &["project", "-", "--check-targets"],
        scenario.to_string().as_bytes(),
    );
    assert_eq!(checked.status.code(), Some(0), "{}", stderr(&checked));

    let missing = run_with_input(
        &[
            "goal-seek",
            "-",
            "--knob",
            "insured_share",
            "--target",
            "doel:bestaat-niet",
        ],
        &preset,
    );
    assert_eq!(missing.status.code(), Some(64));
    assert!(stderr(&missing).contains("geen doel \"bestaat-niet\""));
}

#[test]
fn goal_seek_finds_the_rijksbijdrage_that_closes_2028() {
    let doc = json(&[
        "goal-seek",
        "-",
        "--knob",
        "budget_lines.rijksbijdrage.base_amount",
        "--target",
        "saldo",
        "--year",
        "2028",
        "--format",
        "json",
    ]);
    assert_eq!(doc["outcome"], "gevonden");
    // Re-projected by the engine with that value, 2028 has no deficit.
    let value = doc["value"].as_str().unwrap();
    let mut scenario: Value = serde_json::from_slice(&example()).unwrap();
    let line = scenario["budget_lines"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|l| l["id"] == "rijksbijdrage")
        .unwrap();
    line["base_amount"] = serde_json::from_str(value).unwrap();
    let projected = run_with_input(
        &["project", "-", "--format", "json"],
        scenario.to_string().as_bytes(),
    );
    let projection: Value = serde_json::from_str(&stdout(&projected)).unwrap();
    let year = projection["scenario_years"]
        .as_array()
        .unwrap()
        .iter()
        .find(|y| y["year"] == 2028)
        .unwrap();
    assert!(
        !year["balance"].as_str().unwrap().starts_with('-'),
        "{}",
        year["balance"]
    );
}

#[test]
fn an_unreachable_target_is_said_in_words_with_the_best_value() {
    let output = run_with_input(
        &[
            "goal-seek",
            "-",
            "--knob",
            "levers.substitutions.ggz-naar-poh.relapse",
            "--target",
            "cumulatief",
            "--value",
            "1000000000",
        ],
        &example(),
    );
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains(";niet te halen;"), "{text}");
    assert!(text.contains("Het dichtst bij komt 0,0%"), "{text}");
}

#[test]
fn wrong_analysis_arguments_exit_64_in_dutch() {
    for (args, message) in [
        (
            vec!["explain", "-", "--jaar", "2028"],
            "onbekende optie \"--jaar\"",
        ),
        (
            vec!["explain", "-", "--year", "1999"],
            "valt buiten de looptijd",
        ),
        (
            vec!["goal-seek", "-", "--target", "saldo"],
            "--knob ADRES nodig",
        ),
        (
            vec![
                "goal-seek",
                "-",
                "--knob",
                "levers.substitutions.x",
                "--target",
                "saldo",
            ],
            "geen adres van een knop",
        ),
        (
            vec![
                "goal-seek",
                "-",
                "--knob",
                "levers.substitutions.bestaat-niet.share",
                "--target",
                "saldo",
            ],
            "geen knop",
        ),
        (
            vec![
                "goal-seek",
                "-",
                "--knob",
                "insured_share",
                "--target",
                "winst",
            ],
            "onbekend doel",
        ),
        (
            vec!["sensitivity", "-", "--step", "0"],
            "--step is een percentage",
        ),
    ] {
        let output = run_with_input(&args, &example());
        assert_eq!(
            output.status.code(),
            Some(64),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn the_help_documents_the_analyses() {
    let help = stdout(&run(&["--help"]));
    for line in [
        "jeugdscenario explain BESTAND",
        "jeugdscenario sensitivity BESTAND",
        "jeugdscenario goal-seek BESTAND --knob ADRES",
    ] {
        assert!(help.contains(line), "{line}");
    }
}

#[test]
fn uncertainty_gives_the_same_bands_for_the_same_seed() {
    let a = json(&[
        "uncertainty",
        "-",
        "--samples",
        "500",
        "--seed",
        "4",
        "--format",
        "json",
    ]);
    let b = json(&[
        "uncertainty",
        "-",
        "--samples",
        "500",
        "--seed",
        "4",
        "--format",
        "json",
    ]);
    assert_eq!(a, b);
    // Another seed draws other samples: the bands differ somewhere (a test
    // that would pass if the seed were ignored proves nothing).
    let other = json(&[
        "uncertainty",
        "-",
        "--samples",
        "500",
        "--seed",
        "5",
        "--format",
        "json",
    ]);
    assert_ne!(
        a["years"], other["years"],
        "seed 5 gives other bands than seed 4"
    );
    assert_eq!(a["samples"], 500);
    let years = a["years"].as_array().unwrap();
    assert_eq!(years.len(), 10);
    for y in years {
        let b = &y["balance"];
        let p = |k: &str| b[k].as_f64().unwrap();
        assert!(
            p("p10") <= p("p25")
                && p("p25") <= p("p50")
                && p("p50") <= p("p75")
                && p("p75") <= p("p90")
        );
        let holds = y["budget_holds"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&holds));
    }
    let output = run_with_input(&["uncertainty", "-", "--samples", "10"], &example());
    assert_eq!(output.status.code(), Some(64));
    assert!(stderr(&output).contains("Kies 100 tot en met 100.000 doorrekeningen."));
}

//! Numbers that start with a minus, as option values: `--value -2000000`,
//! `--value=-2000000`, `--value -2.000.000`; a negative number where none
//! belongs gets its own Dutch message, not "onbekende optie".

mod common;
use common::{run, run_with_input, stderr, stdout};
use serde_json::Value;

fn example() -> Vec<u8> {
    run(&["example"]).stdout
}

/// goal-seek on the example: which rijksbijdrage gives a balance in 2028
/// of at least `value`, with `value` given as `value_args`.
fn close_2028(value_args: &[&str]) -> Value {
    let mut args = vec![
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
    ];
    args.extend_from_slice(value_args);
    let output = run_with_input(&args, &example());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("JSON")
}

fn amount(v: &Value) -> f64 {
    v.as_str().expect("an amount").parse().expect("a number")
}

fn refused(args: &[&str]) -> String {
    let output = run_with_input(args, &example());
    assert_eq!(
        output.status.code(),
        Some(64),
        "{args:?}: {}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty(), "{args:?}");
    stderr(&output)
}

#[test]
fn goal_seek_takes_a_negative_value_after_a_space() {
    let deficit = close_2028(&["--value", "-2000000"]);
    assert_eq!(deficit["outcome"], "gevonden", "{deficit}");
    assert_eq!(deficit["reached"], "-2000000.00");
    assert!(
        deficit["summary"]
            .as_str()
            .unwrap()
            .contains("saldo 2028 ten minste € -2.000.000"),
        "{deficit}"
    );
    // A deficit of 2 million allowed: less rijksbijdrage than for no deficit.
    let none = close_2028(&[]);
    let less = amount(&none["value"]) - amount(&deficit["value"]);
    assert!((1_900_000.0..=2_100_000.0).contains(&less), "{less}");
}

#[test]
fn goal_seek_takes_a_negative_value_after_an_equals_sign() {
    assert_eq!(
        close_2028(&["--value=-2000000"]),
        close_2028(&["--value", "-2000000"])
    );
}

#[test]
fn goal_seek_takes_a_negative_value_in_dutch_notation() {
    let plain = close_2028(&["--value", "-2000000"]);
    assert_eq!(close_2028(&["--value", "-2.000.000"]), plain);
    assert_eq!(close_2028(&["--value", "-2.000.000,00"]), plain);
}

#[test]
fn a_missing_value_is_named_and_the_next_option_not_taken_for_it() {
    let goal_seek = [
        "goal-seek",
        "-",
        "--knob",
        "insured_share",
        "--target",
        "saldo",
    ];
    for (args, message) in [
        (
            &["--value", "--format", "json"][..],
            "--value mist een waarde",
        ),
        (&["--value", "--format"][..], "--value mist een waarde"),
        (&["--value"][..], "--value mist een waarde"),
        (&["--value", "-twee"][..], "--value \"-twee\" is geen getal"),
    ] {
        let all: Vec<&str> = goal_seek.iter().chain(args).copied().collect();
        let err = refused(&all);
        assert!(err.contains(message), "{args:?}: {err}");
    }
    let err = refused(&["sensitivity", "-", "--step", "--format", "json"]);
    assert!(err.contains("--step mist een waarde"), "{err}");
}

#[test]
fn a_negative_number_gets_the_range_of_its_option() {
    for (args, message) in [
        (
            &["explain", "-", "--year", "-5"][..],
            "-5 valt buiten de looptijd van dit scenario (2026 tot en met 2035)",
        ),
        (
            &["explain", "-", "--year=-5"][..],
            "-5 valt buiten de looptijd van dit scenario",
        ),
        (
            &["sensitivity", "-", "--step", "-5"][..],
            "--step is een percentage boven 0 en hooguit 100",
        ),
        (
            &["sensitivity", "-", "--step=-7,5"][..],
            "--step is een percentage boven 0 en hooguit 100",
        ),
        (
            &["uncertainty", "-", "--samples", "-500"][..],
            "Kies 100 tot en met 100.000 doorrekeningen.",
        ),
        (
            &["uncertainty", "-", "--seed", "-1"][..],
            "--seed verwacht een heel getal van 0 of meer; niet \"-1\"",
        ),
    ] {
        let err = refused(args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("onbekende optie"), "{args:?}: {err}");
    }
}

#[test]
fn an_unknown_option_is_still_unknown_in_dutch() {
    for (args, message) in [
        (&["explain", "-", "-q"][..], "onbekende optie \"-q\""),
        (
            &["explain", "-", "--jaar", "2028"][..],
            "onbekende optie \"--jaar\"",
        ),
        // A negative number where no option takes one.
        (&["explain", "-", "-5"][..], "onbekende optie \"-5\""),
        (
            &["explain", "-", "--year", "2028", "-5"][..],
            "onbekende optie \"-5\"",
        ),
        (
            &["goal-seek", "-", "--vlaue", "-2000000"][..],
            "onbekende optie \"--vlaue\"; bedoelt u --value?",
        ),
    ] {
        let err = refused(args);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

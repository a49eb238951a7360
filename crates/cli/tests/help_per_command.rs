//! `jeugdscenario OPDRACHT --help` (and `-h`, and `jeugdscenario help
//! OPDRACHT`): that command's own part of the Dutch overview, on stdout,
//! exit code 0.

mod common;
use common::{run, stderr, stdout};

const COMMANDS: [&str; 9] = [
    "project",
    "validate",
    "example",
    "explain",
    "sensitivity",
    "goal-seek",
    "uncertainty",
    "calibrate",
    "presets",
];

fn overview() -> String {
    let output = run(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    stdout(&output)
}

/// The help printed for `args`, which must succeed quietly.
fn help(args: &[&str]) -> String {
    let output = run(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    assert!(output.stderr.is_empty(), "{args:?}: {}", stderr(&output));
    stdout(&output)
}

#[test]
fn the_overview_lists_exactly_these_commands() {
    let listed: Vec<String> = overview()
        .lines()
        .filter_map(|l| l.strip_prefix("  jeugdscenario "))
        .filter_map(|rest| rest.split_whitespace().next())
        // Not "--help" nor "OPDRACHT --help".
        .filter(|name| name.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, COMMANDS);
}

#[test]
fn each_command_help_prints_its_part_of_the_overview() {
    let overview = overview();
    for name in COMMANDS {
        let text = help(&[name, "--help"]);
        let (part, notes) = text
            .strip_prefix("Gebruik:\n")
            .and_then(|t| t.split_once("\n\n"))
            .unwrap_or_else(|| panic!("{name}: {text}"));
        assert!(
            part.starts_with(&format!("  jeugdscenario {name}")),
            "{name}: {part}"
        );
        assert!(part.lines().count() >= 2, "{name}: no explanation: {part}");
        // Word for word the overview's text, not a second copy.
        assert!(overview.contains(&format!("{part}\n")), "{name}: {part}");
        assert!(overview.ends_with(notes), "{name}: {notes}");
        assert!(notes.starts_with("BESTAND mag - zijn voor standaardinvoer."));
        // Only this command.
        for other in COMMANDS.iter().filter(|o| **o != name) {
            assert!(
                !part.contains(&format!("jeugdscenario {other}")),
                "{name} --help shows {other}"
            );
        }
        assert_eq!(help(&[name, "-h"]), text, "{name} -h");
        assert_eq!(help(&["help", name]), text, "help {name}");
    }
}

#[test]
fn goal_seek_help_explains_its_options() {
    let text = help(&["goal-seek", "--help"]);
    for words in [
        "--knob ADRES --target saldo|cumulatief|verblijf|doel:ID",
        "[--year JAAR] [--value WAARDE] [--format csv|json]",
        "--value -2.000.000 is\n      een tekort van hooguit 2 miljoen",
        "levers.substitutions.ggz-naar-poh.share",
        "Exitcode 0 ook als het doel niet te\n      halen is",
    ] {
        assert!(text.contains(words), "{words:?} not in\n{text}");
    }
}

#[test]
fn command_help_wins_over_missing_or_other_arguments() {
    let expected = help(&["goal-seek", "--help"]);
    for args in [
        &["goal-seek", "-", "--knob", "insured_share", "--help"][..],
        &["goal-seek", "--target", "saldo", "-h"][..],
    ] {
        assert_eq!(help(args), expected, "{args:?}");
    }
}

#[test]
fn the_overview_comes_with_no_arguments_help_and_help_alone() {
    let overview = overview();
    assert!(overview.contains("  jeugdscenario OPDRACHT --help"));
    for args in [&[][..], &["-h"][..], &["help"][..]] {
        assert_eq!(help(args), overview, "{args:?}");
    }
}

#[test]
fn help_for_an_unknown_command_is_refused_in_dutch() {
    for (args, message) in [
        (
            &["help", "doorrekenen"][..],
            "onbekende opdracht: help doorrekenen",
        ),
        (
            &["doorrekenen", "--help"][..],
            "onbekende opdracht: doorrekenen --help",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(64), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

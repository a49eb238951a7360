//! `jeugdscenario presets` and `jeugdscenario example PRESET`, run as a user
//! runs them.

mod common;
use common::{run, run_with_input, stderr, stdout};

use jeugdscenario_engine::load_scenario;
use jeugdscenario_engine::presets::presets;

#[test]
fn presets_lists_every_preset_with_its_title_one_per_line() {
    let out = run(&["presets"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), presets().len());
    for (line, preset) in lines.iter().zip(presets()) {
        let (id, title) = line.split_once("  ").expect("id, spaces, title");
        assert_eq!(id, preset.id);
        assert_eq!(title.trim_start(), preset.title);
    }
    for region in [
        "Haaglanden",
        "Holland Rijnland",
        "Regio Alkmaar",
        "Zuid-Holland Zuid",
    ] {
        assert!(text.contains(region), "{region} missing from:\n{text}");
    }
}

#[test]
fn example_with_a_preset_prints_its_file_which_validate_and_project_accept() {
    for preset in presets() {
        let out = run(&["example", preset.id]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            preset.id,
            stderr(&out)
        );
        assert_eq!(
            stdout(&out),
            preset.json(),
            "{}: printed as shipped",
            preset.id
        );
        let scenario = load_scenario(&out.stdout).expect("the printed file loads");

        let validated = run_with_input(&["validate", "-"], &out.stdout);
        assert_eq!(validated.status.code(), Some(0), "{}", stderr(&validated));
        assert!(
            stdout(&validated).starts_with(&format!("In orde: \"{}\"", scenario.name)),
            "{}",
            stdout(&validated)
        );
        let projected = run_with_input(&["project", "-", "--format", "json"], &out.stdout);
        assert_eq!(projected.status.code(), Some(0), "{}", stderr(&projected));
    }
}

#[test]
fn example_without_a_name_is_still_the_example_region() {
    let plain = run(&["example"]);
    let named = run(&["example", "voorbeeldregio"]);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(plain.stdout, named.stdout);
    assert!(stdout(&plain).contains("\"name\": \"Voorbeeldregio\""));
}

#[test]
fn an_unknown_preset_is_refused_in_dutch_with_exit_code_64() {
    let out = run(&["example", "atlantis-2030"]);
    assert_eq!(out.status.code(), Some(64));
    assert!(out.stdout.is_empty(), "nothing printed on stdout");
    let message = stderr(&out);
    assert!(
        message.contains("onbekende voorinstelling \"atlantis-2030\""),
        "{message}"
    );
    // The message names the presets to choose from.
    assert!(message.contains("haaglanden-2019"), "{message}");
    assert!(message.contains("jeugdscenario presets"), "{message}");
}

#[test]
fn help_explains_presets_and_example_with_a_name() {
    let out = run(&["--help"]);
    let help = stdout(&out);
    assert!(help.contains("jeugdscenario presets"), "{help}");
    assert!(
        help.contains("jeugdscenario example [VOORINSTELLING]"),
        "{help}"
    );
    // Extra words after `presets` are a usage error, as for other commands.
    assert_eq!(run(&["presets", "extra"]).status.code(), Some(64));
}

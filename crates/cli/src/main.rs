//! `jeugdscenario`: the scenario engine on the command line, for analysts and
//! for tests. A thin adapter: reading files and printing is all it does.

use std::io::Write;
use std::process::ExitCode;

use jeugdscenario_engine::export::{projection_csv, projection_json};
use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;
use jeugdscenario_engine::presets::{find_preset, presets, DEFAULT_PRESET};
use jeugdscenario_engine::{load_scenario, project_with_baseline, LoadError, Scenario};

const HELP: &str = "\
jeugdscenario: rekent een jeugdhulpscenario door (zelfde rekenkern als de app)

Gebruik:
  jeugdscenario project BESTAND [--format csv|json]
      Drukt de jaarlijkse projectie af: per zorgvorm (instroom, cliënten, kosten),
      totalen, begrotingsposten, saldo en per gemeente, voor het scenario en de
      basislijn (zonder knoppen), plus de besparing. CSV (standaard) opent goed in
      Nederlandse Excel: UTF-8 met BOM, puntkomma's, decimale komma.
  jeugdscenario validate BESTAND
      Controleert een scenariobestand en noemt elk probleem met zijn veld.
      Exitcode 0 als het bestand goed is, 2 als er problemen zijn.
  jeugdscenario example [VOORINSTELLING]
      Drukt een ingebouwd scenario af als bestand, om te bewaren en aan te passen:
      zonder naam de Voorbeeldregio (illustratief), anders de voorinstelling met
      die naam, zoals haaglanden-2019.
  jeugdscenario presets
      Noemt de voorinstellingen: de Voorbeeldregio en een scenario per regionaal
      plan (Haaglanden, Holland Rijnland, Regio Alkmaar, Zuid-Holland Zuid), met
      de gemeenten, verdeelsleutel, begrotingsposten en doelen uit dat plan.
  jeugdscenario --help
      Deze uitleg.

BESTAND mag - zijn voor standaardinvoer.
Exitcodes: 0 goed, 2 onleesbaar of ongeldig bestand, 64 verkeerd gebruik.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] | ["--help"] | ["-h"] | ["help"] => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        ["example"] => example(DEFAULT_PRESET),
        ["example", id] => example(id),
        ["presets"] => {
            let width = presets().iter().map(|p| p.id.len()).max().unwrap_or(0);
            let list: String = presets()
                .iter()
                .map(|p| format!("{:width$}  {}\n", p.id, p.title))
                .collect();
            let _ = std::io::stdout().write_all(list.as_bytes());
            ExitCode::SUCCESS
        }
        ["validate", path] => match read_scenario(path) {
            Ok(scenario) => {
                println!(
                    "In orde: \"{}\" ({} zorgvormen, {} tot en met {}).",
                    scenario.name,
                    scenario.care_forms.len(),
                    scenario.base_year,
                    scenario.last_year()
                );
                ExitCode::SUCCESS
            }
            Err(message) => fail(&message),
        },
        ["project", path] => project(path, "csv"),
        ["project", path, "--format", format] | ["project", "--format", format, path] => {
            project(path, format)
        }
        _ => usage(&format!("onbekende opdracht: {}", args.join(" "))),
    }
}

fn example(id: &str) -> ExitCode {
    match find_preset(id) {
        Some(preset) => {
            // A closed pipe (| head) is not an error worth a panic.
            let _ = std::io::stdout().write_all(preset.json.as_bytes());
            ExitCode::SUCCESS
        }
        None => {
            let known: Vec<&str> = presets().iter().map(|p| p.id).collect();
            usage(&format!(
                "onbekende voorinstelling \"{id}\"; kies uit: {} (zie jeugdscenario presets)",
                known.join(", ")
            ))
        }
    }
}

fn project(path: &str, format: &str) -> ExitCode {
    if format != "csv" && format != "json" {
        return usage(&format!("onbekend formaat \"{format}\"; kies csv of json"));
    }
    let scenario = match read_scenario(path) {
        Ok(s) => s,
        Err(message) => return fail(&message),
    };
    let comparison = project_with_baseline(&scenario);
    let output = if format == "csv" {
        projection_csv(&scenario, &comparison)
    } else {
        projection_json(&scenario, &comparison) + "\n"
    };
    // A closed pipe (| head) is not an error worth a panic.
    let _ = std::io::stdout().write_all(output.as_bytes());
    ExitCode::SUCCESS
}

fn read_scenario(path: &str) -> Result<Scenario, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::take(std::io::stdin(), MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("Kan standaardinvoer niet lezen: {e}"))?;
        buf
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("Kan {path} niet openen: {}", dutch_io(&e)))?;
        if meta.len() > MAX_FILE_BYTES as u64 {
            // Refuse before reading a huge file into memory; the loader words it.
            vec![b' '; MAX_FILE_BYTES + 1]
        } else {
            std::fs::read(path).map_err(|e| format!("Kan {path} niet lezen: {}", dutch_io(&e)))?
        }
    };
    load_scenario(&bytes).map_err(|e: LoadError| {
        let count = e.problems.len();
        let head = if count == 1 {
            format!("{path}: het bestand is afgekeurd (1 probleem):")
        } else {
            format!("{path}: het bestand is afgekeurd ({count} problemen):")
        };
        let lines: Vec<String> = e.problems.iter().map(|p| format!("  - {p}")).collect();
        format!("{head}\n{}", lines.join("\n"))
    })
}

use std::io::Read as _;

fn dutch_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "het bestand bestaat niet".into(),
        std::io::ErrorKind::PermissionDenied => "geen toegang".into(),
        _ => e.to_string(),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn usage(message: &str) -> ExitCode {
    eprintln!("jeugdscenario: {message}\nZie jeugdscenario --help.");
    ExitCode::from(64)
}

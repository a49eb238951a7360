//! `jeugdscenario`: the scenario engine on the command line, for analysts and
//! for tests. A thin adapter: reading files and printing is all it does.

mod args;
mod calibrate;
mod help;

use std::io::Write;
use std::process::ExitCode;

use args::{Command, Format};
use clap::error::ErrorKind;

use jeugdscenario_engine::analysis::goal_seek::{goal_seek, Target};
use jeugdscenario_engine::analysis::sensitivity::sensitivity;
use jeugdscenario_engine::analysis::uncertainty::{uncertainty, Ranges};
use jeugdscenario_engine::analysis::waterfall::waterfall;
use jeugdscenario_engine::analysis::{report, Measure};
use jeugdscenario_engine::export::{projection_csv, projection_json};
use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;
use jeugdscenario_engine::presets::{find_preset, presets, DEFAULT_PRESET};
use jeugdscenario_engine::targets::Verdict;
use jeugdscenario_engine::view::targets::target_rows;
use jeugdscenario_engine::{load_scenario, project_with_baseline, Address, LoadError, Scenario};
use rust_decimal::Decimal;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match args::parse(&args) {
        Ok(cli) => cli,
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                print!("{e}");
                return ExitCode::SUCCESS;
            }
            _ => return usage(&args::dutch(&e, &args)),
        },
    };
    match cli.command {
        Command::Example { voorinstelling } => {
            example(voorinstelling.as_deref().unwrap_or(DEFAULT_PRESET))
        }
        Command::Presets => {
            let width = presets().iter().map(|p| p.id.len()).max().unwrap_or(0);
            let list: String = presets()
                .iter()
                .map(|p| format!("{:width$}  {}\n", p.id, p.title))
                .collect();
            let _ = std::io::stdout().write_all(list.as_bytes());
            ExitCode::SUCCESS
        }
        Command::Validate { bestand } => match read_scenario(&bestand) {
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
        Command::Project {
            bestand,
            format,
            check_targets,
        } => project(&bestand, format, check_targets),
        Command::Explain {
            bestand,
            year,
            format,
        } => analyse(&bestand, year, format, |scenario, measure, json| {
            let w = waterfall(scenario, measure);
            Ok(if json {
                report::waterfall_json(&w)
            } else {
                report::waterfall_csv(&w)
            })
        }),
        Command::Sensitivity {
            bestand,
            year,
            step,
            format,
        } => {
            let step = match step {
                None => Decimal::new(10, 2),
                Some(p) if p > Decimal::ZERO && p <= Decimal::ONE_HUNDRED => {
                    p / Decimal::ONE_HUNDRED
                }
                Some(_) => return usage("--step is een percentage boven 0 en hooguit 100"),
            };
            analyse(&bestand, year, format, |scenario, measure, json| {
                let s = sensitivity(scenario, measure, step);
                Ok(if json {
                    report::sensitivity_json(&s)
                } else {
                    report::sensitivity_csv(&s)
                })
            })
        }
        Command::Uncertainty {
            bestand,
            samples,
            seed,
            format,
        } => analyse(
            &bestand,
            None,
            format,
            |scenario, _, json| match uncertainty(
                scenario,
                Ranges::default(),
                // Negative: too few, as 0 is; the engine says how many.
                usize::try_from(samples).unwrap_or(0),
                seed,
            ) {
                Ok(u) if json => Ok(report::uncertainty_json(&u)),
                Ok(u) => Ok(report::uncertainty_csv(&u)),
                Err(e) => Err(usage(&e.text().nl)),
            },
        ),
        Command::Calibrate {
            toewijzingen,
            mapping,
            year,
            format,
        } => calibrate::run(&toewijzingen, mapping.as_deref(), year, format),
        Command::GoalSeek {
            bestand,
            knob,
            target,
            year,
            value,
            format,
        } => {
            let Some(knob) = knob else {
                return usage("goal-seek heeft --knob ADRES nodig");
            };
            let address: Address = match knob.parse() {
                Ok(a) => a,
                Err(e) => return usage(&e.to_string()),
            };
            analyse(&bestand, year, format, |scenario, _, json| {
                let target = goal(scenario, target.as_deref(), year, value)?;
                let Some(result) = goal_seek(scenario, &address, target) else {
                    return Err(usage(&format!("dit scenario heeft geen knop {address}")));
                };
                Ok(if json {
                    report::goal_seek_json(&result)
                } else {
                    report::goal_seek_csv(&result)
                })
            })
        }
    }
}

fn example(id: &str) -> ExitCode {
    match find_preset(id) {
        Some(preset) => {
            // A closed pipe (| head) is not an error worth a panic.
            let _ = std::io::stdout().write_all(preset.json().as_bytes());
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

fn project(path: &str, format: Format, check_targets: bool) -> ExitCode {
    let scenario = match read_scenario(path) {
        Ok(s) => s,
        Err(message) => return fail(&message),
    };
    let comparison = project_with_baseline(&scenario);
    let output = match format {
        Format::Csv => projection_csv(&scenario, &comparison),
        Format::Json => projection_json(&scenario, &comparison) + "\n",
    };
    // A closed pipe (| head) is not an error worth a panic.
    let _ = std::io::stdout().write_all(output.as_bytes());
    if check_targets {
        return targets_verdict(&scenario, &comparison);
    }
    ExitCode::SUCCESS
}

/// Exit status 1, with the targets the scenario misses on stderr, when it
/// misses one (or one cannot be determined); 0 when it meets every target.
fn targets_verdict(scenario: &Scenario, comparison: &jeugdscenario_engine::Comparison) -> ExitCode {
    let rows = target_rows(scenario, comparison);
    let missed: Vec<_> = rows
        .iter()
        .filter(|r| r.scenario.verdict != Verdict::Met)
        .collect();
    if rows.is_empty() {
        eprintln!("Dit scenario heeft geen doelen.");
        return ExitCode::SUCCESS;
    }
    if missed.is_empty() {
        eprintln!("Alle {} doelen gehaald.", rows.len());
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{} van de {} doelen niet gehaald in het scenario:",
        missed.len(),
        rows.len()
    );
    for r in missed {
        eprintln!(
            "- {} ({}): {}; bereikt {}, {}",
            r.label, r.norm.nl, r.scenario.word.nl, r.scenario.reached, r.scenario.gap.nl
        );
    }
    ExitCode::from(1)
}

/// An analysis: read the file, check the year against its horizon, run
/// `run` on the balance of that year (or the cumulative balance), print
/// its CSV or JSON.
fn analyse(
    path: &str,
    year: Option<i32>,
    format: Format,
    run: impl FnOnce(&Scenario, Measure, bool) -> Result<String, ExitCode>,
) -> ExitCode {
    let scenario = match read_scenario(path) {
        Ok(s) => s,
        Err(message) => return fail(&message),
    };
    if let Some(y) = year {
        if !scenario.year_range().contains(&y) {
            return usage(&format!(
                "{y} valt buiten de looptijd van dit scenario ({} tot en met {})",
                scenario.base_year,
                scenario.last_year()
            ));
        }
    }
    let measure = year.map_or(Measure::Cumulative, Measure::BalanceIn);
    match run(&scenario, measure, format == Format::Json) {
        Ok(output) => {
            let _ = std::io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// The goal of `goal-seek --target`: saldo, cumulatief, verblijf or doel:ID.
fn goal(
    scenario: &Scenario,
    target: Option<&str>,
    year: Option<i32>,
    value: Option<Decimal>,
) -> Result<Target, ExitCode> {
    let last = scenario.last_year();
    Ok(match (target, value) {
        (Some("saldo"), v) => Target::BalanceAtLeast {
            year: year.unwrap_or(last),
            amount: v.unwrap_or_default(),
        },
        (Some("cumulatief"), v) => Target::CumulativeAtLeast {
            amount: v.unwrap_or_default(),
        },
        (Some("verblijf"), Some(v)) => Target::ResidentialShareAtMost {
            year: year.unwrap_or(last),
            share: v / Decimal::ONE_HUNDRED,
        },
        (Some("verblijf"), None) => {
            return Err(usage("--target verblijf heeft --value PROCENT nodig"))
        }
        (Some(plan), _) if plan.starts_with("doel:") => {
            let id = &plan["doel:".len()..];
            return Target::plan_target(scenario, id).ok_or_else(|| {
                usage(&format!(
                    "dit scenario heeft geen doel \"{id}\" (zie targets in het bestand)"
                ))
            });
        }
        (Some(other), _) => {
            return Err(usage(&format!(
                "onbekend doel \"{other}\"; kies saldo, cumulatief, verblijf of doel:ID"
            )))
        }
        (None, _) => {
            return Err(usage(
                "goal-seek heeft --target saldo|cumulatief|verblijf|doel:ID nodig",
            ))
        }
    })
}

fn read_scenario(path: &str) -> Result<Scenario, String> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
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

/// A file's bytes (`-`: standard input); a file over `limit` is read as
/// `limit + 1` spaces, so the reader refuses it by its size in its own
/// words without holding a huge file in memory.
fn read_bytes(path: &str, limit: usize) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::take(std::io::stdin(), limit as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("Kan standaardinvoer niet lezen: {e}"))?;
        return Ok(buf);
    }
    let meta =
        std::fs::metadata(path).map_err(|e| format!("Kan {path} niet openen: {}", dutch_io(&e)))?;
    if meta.len() > limit as u64 {
        return Ok(vec![b' '; limit + 1]);
    }
    std::fs::read(path).map_err(|e| format!("Kan {path} niet lezen: {}", dutch_io(&e)))
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

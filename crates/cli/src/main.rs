//! `jeugdscenario`: the scenario engine on the command line, for analysts and
//! for tests. A thin adapter: reading files and printing is all it does.

mod args;

use std::io::Write;
use std::process::ExitCode;

use args::{Cli, Command, Format};
use clap::Parser;

use jeugdscenario_engine::analysis::goal_seek::{goal_seek, Target};
use jeugdscenario_engine::analysis::sensitivity::sensitivity;
use jeugdscenario_engine::analysis::uncertainty::{uncertainty, Ranges};
use jeugdscenario_engine::analysis::waterfall::waterfall;
use jeugdscenario_engine::analysis::{report, Measure};
use jeugdscenario_engine::export::{projection_csv, projection_json};
use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;
use jeugdscenario_engine::nl::parse_number;
use jeugdscenario_engine::presets::{find_preset, presets, DEFAULT_PRESET};
use jeugdscenario_engine::targets::Verdict;
use jeugdscenario_engine::view::targets::target_rows;
use jeugdscenario_engine::{load_scenario, project_with_baseline, Address, LoadError, Scenario};
use rust_decimal::Decimal;

const HELP: &str = "\
jeugdscenario: rekent een jeugdhulpscenario door (zelfde rekenkern als de app)

Gebruik:
  jeugdscenario project BESTAND [--format csv|json] [--check-targets]
      Drukt de jaarlijkse projectie af: per zorgvorm (instroom, cliënten, kosten),
      totalen, begrotingsposten, saldo en per gemeente, voor het scenario en de
      basislijn (zonder knoppen), plus de besparing. CSV (standaard) opent goed in
      Nederlandse Excel: UTF-8 met BOM, puntkomma's, decimale komma. Heeft het
      scenario doelen, dan volgen die (CSV: na een lege regel; JSON: targets):
      per doel gehaald of niet gehaald, voor scenario en basislijn, met het
      verschil in de eenheid van het doel. Met --check-targets is de exitcode 1
      als het scenario een doel niet haalt (de doelen staan dan op stderr).
  jeugdscenario validate BESTAND
      Controleert een scenariobestand en noemt elk probleem met zijn veld.
      Exitcode 0 als het bestand goed is, 2 als er problemen zijn.
  jeugdscenario example [VOORINSTELLING]
      Drukt een ingebouwd scenario af als bestand, om te bewaren en aan te passen:
      zonder naam de Voorbeeldregio (illustratief), anders de voorinstelling met
      die naam, zoals haaglanden-2019.
  jeugdscenario explain BESTAND [--year JAAR] [--format csv|json]
      Waarom verandert het saldo? Per knop het effect alleen (die knop aan, de
      rest uit) op het cumulatief saldo, of met --year op het saldo van dat jaar,
      plus het samenspel van de knoppen; samen precies het verschil tussen
      basislijn en scenario. Met een zin in gewone taal (in JSON: summary).
  jeugdscenario sensitivity BESTAND [--step PROCENT] [--year JAAR] [--format csv|json]
      Gevoeligheid: elke knop en elke belangrijke aanname (groei, prijsindex,
      duur, tarief, terugval) PROCENT omlaag en omhoog (standaard 10), binnen
      het toegestane bereik; gesorteerd op effect (tornado).
  jeugdscenario goal-seek BESTAND --knob ADRES --target saldo|cumulatief|verblijf|doel:ID
                          [--year JAAR] [--value WAARDE] [--format csv|json]
      Doel zoeken: welke waarde van de knop ADRES haalt het doel? saldo: het
      saldo in JAAR ten minste WAARDE euro (standaard 0); cumulatief: het
      cumulatieve saldo ten minste WAARDE euro; verblijf: het aandeel verblijf
      in JAAR hooguit WAARDE procent; doel:ID: een doel uit het plan (targets in
      het bestand, met eigen jaar en waarde) gehaald. Een ADRES is bijvoorbeeld
      levers.substitutions.ggz-naar-poh.share of care_forms.pleegzorg.tariff_per_month
      (zie docs/scenario-format.md, Knobs). Exitcode 0 ook als het doel niet te
      halen is; de uitkomst staat in de uitvoer.
  jeugdscenario uncertainty BESTAND [--samples N] [--seed S] [--format csv|json]
      Onzekerheid: N doorrekeningen (standaard 2000; S is het startgetal, standaard
      1: hetzelfde startgetal geeft dezelfde banden). Elke doorrekening kiest de
      groei van de instroom (-1 tot +2 procentpunt, waarschijnlijk 0), de
      prijsindex (-1 tot +1,5), de terugval (-10 tot +15) en het effect van de
      knoppen (50% tot 110%, waarschijnlijk 100%), elk los van de andere: de
      waarschijnlijke waarde het vaakst, laag en hoog zijn de uitersten. De
      bereiken lopen verder naar hogere kosten, zoals de bronnen steunen (groei
      van gebruik en uitgaven sinds 2015; CPB 2020 over de POH-jeugd); hun
      breedte is een aanname. Per jaar de kosten en het saldo (10, 25, 50, 75 en
      90 procent, in hele euro's) en de kans dat de begroting sluit.
  jeugdscenario presets
      Noemt de voorinstellingen: de Voorbeeldregio en een scenario per regionaal
      plan (Haaglanden, Holland Rijnland, Regio Alkmaar, Zuid-Holland Zuid), met
      de gemeenten, verdeelsleutel, begrotingsposten en doelen uit dat plan.
  jeugdscenario --help
      Deze uitleg.

BESTAND mag - zijn voor standaardinvoer.
Exitcodes: 0 goed, 1 doel niet gehaald (alleen met --check-targets), 2 onleesbaar
of ongeldig bestand, 64 verkeerd gebruik.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(
        args.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        [] | ["--help"] | ["-h"] | ["help"]
    ) {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    let cli = match Cli::try_parse_from(
        std::iter::once("jeugdscenario".to_string()).chain(args.iter().cloned()),
    ) {
        Ok(cli) => cli,
        Err(e) => return usage(&args::dutch(&e, &args)),
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
            let step = match step.map(|t| parse_number_option("--step", &t)) {
                None => Decimal::new(10, 2),
                Some(Ok(p)) if p > Decimal::ZERO && p <= Decimal::ONE_HUNDRED => {
                    p / Decimal::ONE_HUNDRED
                }
                Some(Ok(_)) => return usage("--step is een percentage boven 0 en hooguit 100"),
                Some(Err(code)) => return code,
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
                samples as usize,
                seed,
            ) {
                Ok(u) if json => Ok(report::uncertainty_json(&u)),
                Ok(u) => Ok(report::uncertainty_csv(&u)),
                Err(e) => Err(usage(&e.text().nl)),
            },
        ),
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
            let value = match value.map(|t| parse_number_option("--value", &t)) {
                None => None,
                Some(Ok(v)) => Some(v),
                Some(Err(code)) => return code,
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

fn parse_number_option(name: &str, text: &str) -> Result<Decimal, ExitCode> {
    parse_number(text).ok_or_else(|| usage(&format!("{name} \"{text}\" is geen getal")))
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

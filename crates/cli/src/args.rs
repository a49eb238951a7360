//! The command line, parsed by clap; the help text (help.rs) and every
//! message about wrong use stay Dutch: clap's own errors are turned into
//! Dutch sentences here.
//!
//! A number may start with a minus: `--value -2.000.000`, `--year -1`. The
//! options that take a number in Dutch notation take the next word as their
//! value whatever it starts with (clap's own test for a negative number knows
//! no `-1.250.000` or `-12,5`); the whole-number options take a negative
//! number, so that it gets its own message instead of "onbekende optie".

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use jeugdscenario_engine::nl::parse_number;
use rust_decimal::Decimal;

#[derive(Debug, Parser)]
#[command(
    name = "jeugdscenario",
    disable_help_subcommand = true,
    disable_version_flag = true,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The command line without the program name. `help` and `help OPDRACHT`
/// are `--help` and `OPDRACHT --help`; a request for help is the error of
/// kind `DisplayHelp` (or `DisplayHelpOnMissingArgumentOrSubcommand`, for
/// no arguments at all), whose text is the Dutch help.
pub fn parse(args: &[String]) -> Result<Cli, clap::Error> {
    let words: Vec<&str> = match args {
        [help, rest @ ..] if help == "help" => {
            rest.iter().map(String::as_str).chain(["--help"]).collect()
        }
        _ => args.iter().map(String::as_str).collect(),
    };
    crate::help::dutch(Cli::command())
        .try_get_matches_from(std::iter::once("jeugdscenario").chain(words))
        .and_then(|matches| Cli::from_arg_matches(&matches))
}

/// A number in Dutch notation: 1.250.000, -2.000.000, 12,5.
fn dutch_number(text: &str) -> Result<Decimal, &'static str> {
    parse_number(text).ok_or("geen getal")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Project {
        bestand: String,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        #[arg(long)]
        check_targets: bool,
    },
    Validate {
        bestand: String,
    },
    Example {
        voorinstelling: Option<String>,
    },
    Presets,
    Explain {
        bestand: String,
        #[arg(long, allow_negative_numbers = true)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    Sensitivity {
        bestand: String,
        #[arg(long, allow_negative_numbers = true)]
        year: Option<i32>,
        /// Percent, in Dutch notation (10 or 7,5).
        #[arg(long, allow_hyphen_values = true, value_parser = dutch_number)]
        step: Option<Decimal>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    GoalSeek {
        bestand: String,
        #[arg(long)]
        knob: Option<String>,
        #[arg(long)]
        target: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        year: Option<i32>,
        /// A number in Dutch notation (1.250.000, -2.000.000 or 12,5).
        #[arg(long, allow_hyphen_values = true, value_parser = dutch_number)]
        value: Option<Decimal>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    Calibrate {
        toewijzingen: String,
        #[arg(long)]
        mapping: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    Uncertainty {
        bestand: String,
        #[arg(long, default_value_t = 2_000, allow_negative_numbers = true)]
        samples: i64,
        #[arg(long, default_value_t = 1, allow_negative_numbers = true)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
}

/// What went wrong with the arguments, in Dutch.
pub fn dutch(error: &clap::Error, args: &[String]) -> String {
    // `--value --format json`: --value took "--format" for its number, and
    // clap complains about what follows; the mistake is the missing number.
    if let Some(pair) = args
        .windows(2)
        .find(|w| ["--value", "--step"].contains(&w[0].as_str()) && w[1].starts_with("--"))
    {
        return format!("{} mist een waarde", pair[0]);
    }
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(s)) => s
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    // "--year <YEAR>" names the option as "--year".
    let option = || {
        context(ContextKind::InvalidArg)
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    match error.kind() {
        ErrorKind::InvalidSubcommand => format!("onbekende opdracht: {}", args.join(" ")),
        ErrorKind::UnknownArgument => {
            let given = context(ContextKind::InvalidArg);
            if given.starts_with('-') {
                match context(ContextKind::SuggestedArg) {
                    similar if similar.is_empty() => format!("onbekende optie \"{given}\""),
                    similar => format!("onbekende optie \"{given}\"; bedoelt u {similar}?"),
                }
            } else {
                format!("onverwacht argument \"{given}\"")
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = context(ContextKind::InvalidValue);
            match option().as_str() {
                "" => format!("ongeldige waarde \"{value}\""),
                name if value.is_empty() => format!("{name} mist een waarde"),
                "--format" => format!("onbekend formaat \"{value}\"; kies csv of json"),
                "--year" => format!("--year verwacht een jaartal, zoals 2028; niet \"{value}\""),
                name @ ("--value" | "--step") => format!("{name} \"{value}\" is geen getal"),
                name if value.starts_with('-') => {
                    format!("{name} verwacht een heel getal van 0 of meer; niet \"{value}\"")
                }
                name => format!("{name} verwacht een heel getal; niet \"{value}\""),
            }
        }
        ErrorKind::ArgumentConflict => format!("{} staat er twee keer", option()),
        ErrorKind::MissingRequiredArgument => {
            let missing = context(ContextKind::InvalidArg).replace(['<', '>'], "");
            format!("de opdracht mist {missing}")
        }
        ErrorKind::MissingSubcommand => "geef een opdracht".into(),
        _ => format!("onbekende opdracht: {}", args.join(" ")),
    }
}

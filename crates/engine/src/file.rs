//! The scenario file: reading (bounded against hostile input, migrated from
//! older versions, validated) and writing. The format is documented in
//! docs/scenario-format.md.

use serde_json::Value;

use crate::scenario::Scenario;

mod counts;
mod migrate;
use crate::text::{Lang, Text};
use crate::validate::{validate, Problem};
use counts::check_counts;
use migrate::migrate;

/// The `format` field every scenario file carries.
pub const FORMAT_NAME: &str = "jeugdscenario";
/// The newest file format version this program reads and writes.
pub const FORMAT_VERSION: u32 = 5;
/// Version of the program, recorded in every file it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Limits that keep a hostile or broken file from hurting the app (kept in
/// [`crate::limits`], which the rules read too).
pub use crate::limits;

/// Why a file could not be read: every problem found, each with the place in
/// the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl LoadError {
    fn one(path: &str, nl: String, en: String) -> LoadError {
        LoadError {
            problems: vec![Problem::new(path, nl, en)],
        }
    }
}

impl LoadError {
    /// The message of a refused file or link named `what` ("Het bestand
    /// \"x.json\"", "De link"): that nothing changed, then the first five
    /// problems with their place, and how many more there are.
    pub fn refusal(&self, what: &Text) -> Text {
        let list = |lang: Lang| -> String {
            let shown: Vec<String> = self
                .problems
                .iter()
                .take(5)
                .map(|p| {
                    let message = p.text().get(lang).to_string();
                    if p.path.is_empty() {
                        message
                    } else {
                        format!("{message} ({})", p.path)
                    }
                })
                .collect();
            let tail = match (self.problems.len().saturating_sub(5), lang) {
                (0, _) => String::new(),
                (n, Lang::Nl) => format!(" En nog {n} problemen."),
                (n, Lang::En) => format!(" And {n} more problems."),
            };
            format!("{}{tail}", shown.join(" · "))
        };
        Text::new(
            format!(
                "{} is niet geopend; er is niets veranderd. {}",
                what.nl,
                list(Lang::Nl)
            ),
            format!(
                "{} was not opened; nothing changed. {}",
                what.en,
                list(Lang::En)
            ),
        )
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Reads a scenario file: size and nesting bounds, JSON syntax, format name
/// and version (newer refused, older migrated), field types, then every
/// semantic rule at once.
pub fn load_scenario(bytes: &[u8]) -> Result<Scenario, LoadError> {
    let value = read_json(bytes)?;
    let value = check_format_and_migrate(value)?;
    check_counts(&value)?;
    let scenario = decode(value)?;
    let problems = validate(&scenario);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(LoadError { problems })
    }
}

/// Writes a scenario as a pretty-printed file of the current format version.
pub fn scenario_to_json(scenario: &Scenario) -> String {
    let mut out = scenario.clone();
    out.format = FORMAT_NAME.to_string();
    out.version = FORMAT_VERSION;
    out.app_version = APP_VERSION.to_string();
    serde_json::to_string_pretty(&out).expect("a scenario always serialises")
}

fn read_json(bytes: &[u8]) -> Result<Value, LoadError> {
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Err(LoadError::one(
            "",
            format!(
                "Het bestand is te groot ({} MB); een scenariobestand is hooguit {} MB.",
                bytes.len().div_ceil(1024 * 1024),
                limits::MAX_FILE_BYTES / (1024 * 1024)
            ),
            "The file is too large for a scenario file.".into(),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        LoadError::one(
            "",
            format!(
                "Het bestand is geen tekst in UTF-8 (onleesbaar teken bij byte {}). Is dit wel een scenariobestand?",
                e.valid_up_to()
            ),
            "The file is not UTF-8 text.".into(),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::one(
            "",
            "Het bestand is leeg.".into(),
            "The file is empty.".into(),
        ));
    }
    if nesting_depth_exceeds(text, limits::MAX_NESTING) {
        return Err(LoadError::one(
            "",
            format!(
                "Het bestand is te diep genest (meer dan {} niveaus); dit is geen scenariobestand.",
                limits::MAX_NESTING
            ),
            "The file is nested too deeply.".into(),
        ));
    }
    serde_json::from_str::<Value>(text).map_err(|e| {
        let (nl, en) = if e.is_eof() {
            (
                format!(
                    "Het bestand is onvolledig: het houdt op bij regel {}, kolom {}. Is het afgebroken bij het kopiëren of mailen?",
                    e.line(),
                    e.column()
                ),
                "The file is truncated.".to_string(),
            )
        } else {
            (
                format!(
                    "Het bestand is geen geldige JSON: fout bij regel {}, kolom {}.",
                    e.line(),
                    e.column()
                ),
                format!("Invalid JSON: {e}"),
            )
        };
        LoadError::one("", nl, en)
    })
}

/// Depth of `{`/`[` outside strings, checked before parsing so a hostile file
/// cannot exhaust the parser's stack.
fn nesting_depth_exceeds(text: &str, max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

fn check_format_and_migrate(value: Value) -> Result<Value, LoadError> {
    let not_ours = || {
        LoadError::one(
            "format",
            format!(
                "Dit is geen scenariobestand van de jeugdhulp-scenarioplanner: het veld \"format\" met de waarde \"{FORMAT_NAME}\" ontbreekt."
            ),
            "Not a scenario file of this planner.".into(),
        )
    };
    let Value::Object(map) = &value else {
        return Err(not_ours());
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(not_ours());
    }
    let version = match map.get("version") {
        Some(v) => v.as_u64().ok_or_else(|| {
            LoadError::one(
                "version",
                "De formaatversie (\"version\") moet een heel getal zijn, zoals 1.".into(),
                "The format version must be a whole number.".into(),
            )
        })?,
        None => {
            return Err(LoadError::one(
                "version",
                "De formaatversie (\"version\") ontbreekt.".into(),
                "The format version is missing.".into(),
            ))
        }
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(LoadError::one(
            "version",
            format!(
                "Dit bestand is gemaakt met een nieuwere versie van de planner (formaatversie {version}); deze versie leest tot en met formaatversie {FORMAT_VERSION}. Gebruik de nieuwste versie van de app."
            ),
            format!("The file has format version {version}; this program reads up to {FORMAT_VERSION}."),
        ));
    }
    if version == 0 {
        return Err(LoadError::one(
            "version",
            "Formaatversie 0 bestaat niet; de eerste versie is 1.".into(),
            "Format version 0 does not exist.".into(),
        ));
    }
    Ok(migrate(value, version as u32))
}

/// Decodes the (migrated) JSON into a scenario. It is decoded from text, so
/// a refusal knows where it stopped and names the field there
/// (`json_path::path_at`).
fn decode(value: Value) -> Result<Scenario, LoadError> {
    let text = value.to_string();
    serde_json::from_str::<Scenario>(&text).map_err(|e| {
        let full = e.to_string();
        // serde_json ends its message with the place; the path says it better.
        let detail = match full.rfind(" at line ") {
            Some(at) => full[..at].to_string(),
            None => full,
        };
        let at_key = detail.starts_with("unknown field") || detail.starts_with("duplicate field");
        let offset = crate::json_path::offset_of(&text, e.line(), e.column());
        let path = crate::json_path::path_at(&text, offset, at_key);
        LoadError::one(&path, dutch_type_error(&detail), detail)
    })
}

/// Dutch wording for serde's English type errors.
fn dutch_type_error(detail: &str) -> String {
    if let Some(rest) = detail.strip_prefix("missing field ") {
        format!("Verplicht veld {rest} ontbreekt.")
    } else if let Some(rest) = detail.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest);
        format!("Onbekend veld {name}; controleer de spelling.")
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let name = rest.split(',').next().unwrap_or(rest);
        let allowed = rest
            .split_once("expected ")
            .map(|(_, a)| a.replace("one of ", "").replace(" or ", ", "))
            .unwrap_or_default();
        format!("Onbekende waarde {name}; toegestaan: {allowed}.")
    } else if detail.contains(" as u128")
        || detail.contains("maximum precision")
        || detail.starts_with("Failed to parse")
        || (detail.contains("floating point") && detail.contains("Decimal"))
    {
        // Integers beyond u64 arrive as u128, which Decimal does not take;
        // Decimal itself holds 28 digits.
        "Het getal is te groot of heeft te veel cijfers.".to_string()
    } else if detail.starts_with("invalid type") || detail.starts_with("invalid value") {
        let expected = detail.split_once("expected ").map_or("", |(_, e)| e);
        let expected = expected.split(" at line ").next().unwrap_or(expected);
        format!(
            "Verkeerde soort waarde (verwacht: {}).",
            dutch_expected(expected)
        )
    } else if detail.starts_with("invalid number") {
        // A whole number (a year, a count) written with decimals or as text.
        "Verkeerde soort waarde (verwacht: een heel getal).".to_string()
    } else if detail.contains("Invalid decimal") || detail.contains("decimal") {
        "Geen geldig getal.".to_string()
    } else {
        format!("Ongeldige waarde ({detail}).")
    }
}

fn dutch_expected(expected: &str) -> String {
    match expected {
        "a Decimal type representing a fixed-point number" | "a Decimal" => "een getal".into(),
        "u32" | "i32" | "u64" | "i64" => "een heel getal".into(),
        "a string" => "tekst".into(),
        "a boolean" => "ja/nee (true of false)".into(),
        "a sequence" => "een lijst [ ... ]".into(),
        "key to be a number in quotes" => {
            "een jaartal tussen aanhalingstekens, zoals \"2027\"".into()
        }
        e if e.starts_with("struct") || e == "a map" => "een object { ... }".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_names_what_was_refused_and_counts_problems_past_five() {
        let error = LoadError {
            problems: (0..7)
                .map(|i| {
                    Problem::new(
                        &format!("care_forms[{i}].id"),
                        format!("fout {i}"),
                        format!("error {i}"),
                    )
                })
                .collect(),
        };
        let text = error.refusal(&Text::new("De link", "The link"));
        assert_eq!(
            text.nl,
            "De link is niet geopend; er is niets veranderd. fout 0 (care_forms[0].id) · fout 1 (care_forms[1].id) · fout 2 (care_forms[2].id) · fout 3 (care_forms[3].id) · fout 4 (care_forms[4].id) En nog 2 problemen."
        );
        assert!(text
            .en
            .starts_with("The link was not opened; nothing changed. error 0"));
    }

    #[test]
    fn nesting_inside_strings_does_not_count() {
        assert!(!nesting_depth_exceeds(r#"{"a": "[[[[[[[[[[[[[[[[[["}"#, 3));
        assert!(nesting_depth_exceeds("[[[[", 3));
        assert!(!nesting_depth_exceeds(r#"{"a": "\"[[[[[[["}"#, 3));
    }
}

//! Semantic rules of a scenario: every problem at once, each with the field
//! path it concerns and a Dutch message (English beside it). The same rules
//! guard files, the CLI and every edit in the app: all of them at once
//! ([`validate`]), or for a knob move the ones that knob can break
//! ([`validate_knob`]).

mod knob;
mod levers;
mod mapping;
pub use knob::validate_knob;
pub use levers::basis_words;
mod region;
mod scale;
mod targets;

use std::collections::HashSet;

use rust_decimal::Decimal;

use crate::knobs::Bounds;
use crate::limits;
use crate::scenario::Scenario;
use crate::text::Text;

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field path, e.g. `care_forms[2].duration_months`; empty for the file.
    pub path: String,
    /// What is wrong, in Dutch and English.
    pub message: Text,
}

impl Problem {
    pub fn new(path: &str, message_nl: String, message_en: String) -> Problem {
        Problem {
            path: path.to_string(),
            message: Text::new(message_nl, message_en),
        }
    }
}

impl Problem {
    /// The message in both languages.
    pub fn text(&self) -> crate::text::Text {
        self.message.clone()
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message.nl)
        } else {
            write!(f, "{}: {}", self.path, self.message.nl)
        }
    }
}

/// Allowed ranges, shared with the app's controls.
pub mod ranges {
    pub const MIN_YEARS: u32 = 1;
    pub const MAX_YEARS: u32 = 15;
    pub const MIN_BASE_YEAR: i32 = 2000;
    pub const MAX_BASE_YEAR: i32 = 2100;
    pub const MAX_CLIENTS: i64 = 10_000_000;
    pub const MAX_DURATION_MONTHS: i64 = 600;
    pub const MAX_PRICE: i64 = 10_000_000;
    pub const MAX_AMOUNT: i64 = 100_000_000_000;
    /// Upper bound of any yearly amount a projection may reach (EUR 10^15;
    /// the whole country spends about 8 * 10^9), far enough below Decimal's
    /// limit that sums, splits and percentages of it never overflow.
    pub const MAX_YEARLY_AMOUNT: i64 = 1_000_000_000_000_000;
    pub const MAX_RAMP_YEARS: u32 = 30;
    pub const MAX_TEXT: usize = 200;
    pub const MAX_ID: usize = 64;
    /// Care forms named in one target's scope (the care form limit).
    pub const MAX_SCOPE_FORMS: usize = 100;
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: &str, nl: String, en: String) {
        self.problems.push(Problem::new(path, nl, en));
    }

    fn range(&mut self, path: &str, what: &str, value: Decimal, bounds: Bounds) {
        let Bounds { min, max, .. } = bounds;
        if value < min || value > max {
            self.push(
                path,
                format!(
                    "{what} moet tussen {} en {} liggen; nu {}.",
                    nl(min),
                    nl(max),
                    nl(value)
                ),
                format!("{what} must be between {min} and {max}; got {value}."),
            );
        }
    }

    fn share(&mut self, path: &str, what: &str, value: Decimal) {
        if !Bounds::share().contains(value) {
            self.push(
                path,
                format!(
                    "{what} moet tussen 0% en 100% liggen; nu {}%.",
                    nl(value.sat_mul(Decimal::ONE_HUNDRED))
                ),
                format!("{what} must be a fraction between 0 and 1; got {value}."),
            );
        }
    }

    fn text(&mut self, path: &str, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(
                path,
                format!("{what} mag niet leeg zijn."),
                format!("{what} is empty."),
            );
        } else if value.chars().count() > ranges::MAX_TEXT {
            self.push(
                path,
                format!("{what} is te lang (hooguit {} tekens).", ranges::MAX_TEXT),
                format!("{what} is longer than {} characters.", ranges::MAX_TEXT),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        let well_formed = !id.is_empty()
            && id.len() <= ranges::MAX_ID
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !well_formed {
            self.push(
                path,
                format!(
                    "De code \"{}\" is ongeldig: gebruik 1 tot {} letters, cijfers, - of _.",
                    id.chars().take(ranges::MAX_ID).collect::<String>(),
                    ranges::MAX_ID
                ),
                "Ids are 1 to 64 letters, digits, - or _.".into(),
            );
        } else if !seen.insert(id.to_string()) {
            self.push(
                path,
                format!("De code \"{id}\" komt twee keer voor; elke code moet uniek zijn."),
                format!("Duplicate id \"{id}\"."),
            );
        }
    }

    fn year(&mut self, path: &str, year: i32) {
        if !(1900..=2200).contains(&year) {
            self.push(
                path,
                format!("Het jaartal {year} is ongeldig (1900 tot 2200)."),
                format!("Year {year} out of range."),
            );
        }
    }
}

/// nl-NL number without grouping, for messages.
fn nl(value: Decimal) -> String {
    value.normalize().to_string().replace('.', ",")
}

/// A list longer than the planner takes: the same message for a file that
/// holds too many and for an edit that would add one too many.
pub fn too_many(path: &str, n: usize, max: usize, what_nl: &str) -> Problem {
    Problem::new(
        path,
        format!("Te veel {what_nl}: {n}; de planner neemt er hooguit {max}."),
        format!("Too many entries in {path}: {n} (max {max})."),
    )
}

/// The count limits of [`limits`], on a decoded scenario.
fn check_counts(s: &Scenario, c: &mut Checker) {
    let levers = s.levers.count();
    for (path, n, max, what) in [
        (
            "care_forms",
            s.care_forms.len(),
            limits::MAX_CARE_FORMS,
            "zorgvormen",
        ),
        (
            "budget_lines",
            s.budget_lines.len(),
            limits::MAX_BUDGET_LINES,
            "begrotingsposten",
        ),
        (
            "municipalities",
            s.municipalities.len(),
            limits::MAX_MUNICIPALITIES,
            "gemeenten",
        ),
        ("levers", levers, limits::MAX_LEVERS, LEVERS_NL),
        ("targets", s.targets.len(), limits::MAX_TARGETS, TARGETS_NL),
        (
            "allocation_mapping.forms",
            s.allocation_mapping.as_ref().map_or(0, |m| m.forms.len()),
            limits::MAX_MAPPING_FORMS,
            MAPPING_FORMS_NL,
        ),
        (
            "allocation_mapping.rules",
            s.allocation_mapping.as_ref().map_or(0, |m| m.rules.len()),
            limits::MAX_MAPPING_RULES,
            MAPPING_RULES_NL,
        ),
    ] {
        if n > max {
            c.problems.push(too_many(path, n, max, what));
        }
    }
}

/// How the count limit names levers.
pub const LEVERS_NL: &str = "knoppen (hefbomen)";
/// How the count limit names targets.
pub const TARGETS_NL: &str = "doelen";
/// How the count limits name the allocation mapping's parts.
pub const MAPPING_FORMS_NL: &str = "zorgvormen in de koppeling van de toewijzingen";
pub const MAPPING_RULES_NL: &str = "regels in de koppeling van de toewijzingen";

/// All problems of a scenario; empty means valid.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    check_counts(s, &mut c);

    region::check_scenario(s, &mut c);
    region::check_care_forms(s, &mut c);
    region::check_budget_lines(s, &mut c);
    region::check_municipalities(s, &mut c);
    region::check_insurance(s, &mut c);

    levers::validate_levers(s, &mut c);
    targets::check_targets(s, &mut c);
    if let Some(m) = &s.allocation_mapping {
        mapping::check_mapping(m, &mut c);
    }
    if c.problems.is_empty() {
        scale::check_scale(s, &mut c);
    }
    c.problems
}

/// Saturating arithmetic through one copy each: rust_decimal inlines its
/// saturating operations, and inlined at each of its dozen places the
/// too-large-to-compute bound was the largest function in the app's wasm
/// (30 KB).
pub(super) trait Saturating {
    fn sat_mul(self, other: Decimal) -> Decimal;
    fn sat_add(self, other: Decimal) -> Decimal;
}

impl Saturating for Decimal {
    #[inline(never)]
    fn sat_mul(self, other: Decimal) -> Decimal {
        self.saturating_mul(other)
    }

    #[inline(never)]
    fn sat_add(self, other: Decimal) -> Decimal {
        self.saturating_add(other)
    }
}

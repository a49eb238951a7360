//! Semantic rules of a scenario: every problem at once, each with the field
//! path it concerns and a Dutch message (English beside it). The same rules
//! guard files, the CLI and every edit in the app.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;

use crate::file::limits;
use crate::knobs::Bounds;
use crate::scenario::{BudgetKind, CareGroup, ChangeKind, Scenario};

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field path, e.g. `care_forms[2].duration_months`; empty for the file.
    pub path: String,
    pub message_nl: String,
    pub message_en: String,
}

impl Problem {
    pub fn new(path: &str, message_nl: String, message_en: String) -> Problem {
        Problem {
            path: path.to_string(),
            message_nl,
            message_en,
        }
    }
}

impl Problem {
    /// The message in both languages.
    pub fn text(&self) -> crate::text::Text {
        crate::text::Text::new(self.message_nl.clone(), self.message_en.clone())
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message_nl)
        } else {
            write!(f, "{}: {}", self.path, self.message_nl)
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
                    nl(value.saturating_mul(Decimal::ONE_HUNDRED))
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
    let levers = s.levers.substitutions.len()
        + s.levers.residential_shifts.len()
        + s.levers.form_changes.len()
        + s.levers.investments.len();
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
    ] {
        if n > max {
            c.problems.push(too_many(path, n, max, what));
        }
    }
}

/// How the count limit names levers.
pub const LEVERS_NL: &str = "knoppen (hefbomen)";

/// All problems of a scenario; empty means valid.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let d = Decimal::from;
    check_counts(s, &mut c);

    c.text("name", "De naam van het scenario", &s.name);
    if s.description.chars().count() > 5_000 {
        c.push(
            "description",
            "De toelichting is te lang (hooguit 5000 tekens).".into(),
            "Description too long.".into(),
        );
    }
    if !(ranges::MIN_BASE_YEAR..=ranges::MAX_BASE_YEAR).contains(&s.base_year) {
        c.push(
            "base_year",
            format!(
                "Het basisjaar moet tussen {} en {} liggen; nu {}.",
                ranges::MIN_BASE_YEAR,
                ranges::MAX_BASE_YEAR,
                s.base_year
            ),
            "Base year out of range.".into(),
        );
    }
    if !(ranges::MIN_YEARS..=ranges::MAX_YEARS).contains(&s.years) {
        c.push(
            "years",
            format!(
                "De looptijd moet {} tot {} jaar zijn; nu {}.",
                ranges::MIN_YEARS,
                ranges::MAX_YEARS,
                s.years
            ),
            "Horizon must be 1 to 15 years.".into(),
        );
    }

    if s.care_forms.is_empty() {
        c.push(
            "care_forms",
            "Er is geen enkele zorgvorm; een scenario heeft er minstens één.".into(),
            "A scenario needs at least one care form.".into(),
        );
    }
    let mut form_ids = HashSet::new();
    for (i, f) in s.care_forms.iter().enumerate() {
        let p = |field: &str| format!("care_forms[{i}].{field}");
        c.id(&p("id"), &f.id, &mut form_ids);
        c.text(&p("label"), "De naam van de zorgvorm", &f.label);
        let what = |x: &str| format!("{x} van {}", f.label);
        c.range(
            &p("clients_start"),
            &what("Het aantal cliënten"),
            f.clients_start,
            Bounds::clients(),
        );
        if let Some(inflow) = f.inflow_per_year {
            c.range(
                &p("inflow_per_year"),
                &what("De instroom"),
                inflow,
                Bounds::clients(),
            );
        }
        c.range(
            &p("duration_months"),
            &what("De gemiddelde duur in maanden"),
            f.duration_months,
            Bounds::duration_months(),
        );
        match (f.tariff_per_month, f.price_per_trajectory) {
            (Some(t), None) => c.range(
                &p("tariff_per_month"),
                &what("Het tarief per maand"),
                t,
                Bounds::price(),
            ),
            (None, Some(pr)) => c.range(
                &p("price_per_trajectory"),
                &what("De prijs per traject"),
                pr,
                Bounds::price(),
            ),
            (Some(_), Some(_)) => c.push(
                &p("tariff_per_month"),
                format!(
                    "{} heeft zowel een tarief per maand als een prijs per traject; kies er één.",
                    f.label
                ),
                "Give either tariff_per_month or price_per_trajectory, not both.".into(),
            ),
            (None, None) => c.push(
                &p("tariff_per_month"),
                format!(
                    "{} heeft geen tarief per maand en geen prijs per traject.",
                    f.label
                ),
                "Give tariff_per_month or price_per_trajectory.".into(),
            ),
        }
        c.range(
            &p("inflow_growth"),
            &what("De autonome groei"),
            f.inflow_growth,
            Bounds::trend(),
        );
        c.range(
            &p("price_index"),
            &what("De prijsindex"),
            f.price_index,
            Bounds::trend(),
        );
    }

    let mut line_ids = HashSet::new();
    for (i, line) in s.budget_lines.iter().enumerate() {
        let p = |field: &str| format!("budget_lines[{i}].{field}");
        c.id(&p("id"), &line.id, &mut line_ids);
        c.text(&p("label"), "De naam van de begrotingspost", &line.label);
        // Any amount within the income bounds; an expense line below zero
        // gets its own message below. Together: Bounds::budget_amount(kind).
        let bounds = Bounds::budget_amount(BudgetKind::Income);
        c.range(
            &p("base_amount"),
            &format!("Het bedrag van {}", line.label),
            line.base_amount,
            bounds,
        );
        c.range(
            &p("index"),
            &format!("De indexering van {}", line.label),
            line.index,
            Bounds::trend(),
        );
        for (year, amount) in &line.amounts {
            c.year(&p(&format!("amounts.{year}")), *year);
            c.range(
                &p(&format!("amounts.{year}")),
                &format!("Het bedrag van {} in {year}", line.label),
                *amount,
                bounds,
            );
        }
        let negative_expense = line.kind == BudgetKind::Expense
            && (line.base_amount < Decimal::ZERO
                || line.amounts.values().any(|a| *a < Decimal::ZERO));
        if negative_expense {
            c.push(
                &p("kind"),
                format!("De uitgavenpost {} heeft een negatief bedrag; boek een opbrengst als inkomstenpost.", line.label),
                "Expense lines cannot be negative; use an income line.".into(),
            );
        }
    }

    let mut muni_ids = HashSet::new();
    for (i, m) in s.municipalities.iter().enumerate() {
        let p = |field: &str| format!("municipalities[{i}].{field}");
        c.id(&p("id"), &m.id, &mut muni_ids);
        c.text(&p("name"), "De naam van de gemeente", &m.name);
        if m.share < Decimal::ZERO {
            c.push(
                &p("share"),
                format!(
                    "Het aandeel van {} in de verdeelsleutel is negatief.",
                    m.name
                ),
                "Cost-sharing weight must not be negative.".into(),
            );
        } else if m.share > d(ranges::MAX_AMOUNT) {
            // The split multiplies cents by the weight; keep that product in range.
            c.push(
                &p("share"),
                format!(
                    "Het aandeel van {} in de verdeelsleutel is te groot (hooguit {}).",
                    m.name,
                    ranges::MAX_AMOUNT
                ),
                "Cost-sharing weight too large.".into(),
            );
        }
    }
    if !s.municipalities.is_empty() && s.municipalities.iter().all(|m| m.share <= Decimal::ZERO) {
        c.push(
            "municipalities",
            "De verdeelsleutel is leeg: geef minstens één gemeente een aandeel groter dan 0."
                .into(),
            "The cost-sharing key has no positive weight.".into(),
        );
    }

    for (i, m) in s.municipalities.iter().enumerate() {
        match m.own_use {
            Some(u) if u < Decimal::ZERO => c.push(
                &format!("municipalities[{i}].own_use"),
                format!("Het eigen gebruik van {} is negatief.", m.name),
                "Own use must not be negative.".into(),
            ),
            Some(u) if !Bounds::weight().contains(u) => c.push(
                &format!("municipalities[{i}].own_use"),
                format!(
                    "Het eigen gebruik van {} is te groot (hooguit {}).",
                    m.name,
                    ranges::MAX_AMOUNT
                ),
                "Own use too large.".into(),
            ),
            _ => {}
        }
    }
    if let Some(insured) = s.insured_share {
        c.share("insured_share", "Het verzekerde deel", insured);
        if insured < Decimal::ONE {
            for (i, m) in s.municipalities.iter().enumerate() {
                if m.own_use.is_none() {
                    c.push(
                        &format!("municipalities[{i}].own_use"),
                        format!(
                            "Voor het verzekeringsmodel ontbreekt het eigen gebruik van {}.",
                            m.name
                        ),
                        "The insurance model needs every municipality's own use.".into(),
                    );
                }
            }
            let total: Decimal = s.municipalities.iter().filter_map(|m| m.own_use).sum();
            if !s.municipalities.is_empty() && total <= Decimal::ZERO {
                c.push(
                    "municipalities",
                    "Voor het verzekeringsmodel moet minstens één gemeente eigen gebruik hebben."
                        .into(),
                    "The insurance model needs some own use.".into(),
                );
            }
        }
    }

    validate_levers(s, &mut c);
    if c.problems.is_empty() {
        check_scale(s, &mut c);
    }
    c.problems
}

/// Refuses a scenario whose figures, each within its range, multiply into
/// amounts the projection cannot hold: 15 years of 100% growth and indexation,
/// stacked levers and every substitution into one form would overflow
/// Decimal (7.9e28) and stop the app. The bound over-estimates every yearly
/// amount with saturating arithmetic: all inflow (doubled for relapse) may end
/// up in each form, a stock grows by at most its yearly inflow, and each price
/// takes its highest indexation and every positive lever.
fn check_scale(s: &Scenario, c: &mut Checker) {
    let years = s.years.min(ranges::MAX_YEARS);
    let grown = |rate: Decimal| {
        let factor = Decimal::ONE.saturating_add(rate.abs());
        (1..years).fold(Decimal::ONE, |acc, _| acc.saturating_mul(factor))
    };
    let raised = |form: &str, kind: ChangeKind| {
        s.levers
            .form_changes
            .iter()
            .filter(|ch| ch.form == form && ch.kind == kind)
            .fold(Decimal::ONE, |acc, ch| {
                acc.saturating_add(ch.change.max(Decimal::ZERO))
            })
    };
    let largest = |amounts: &BTreeMap<i32, Decimal>| {
        amounts.values().fold(Decimal::ZERO, |m, a| m.max(a.abs()))
    };
    let inflow = s
        .care_forms
        .iter()
        .fold(Decimal::ZERO, |acc, f| {
            acc.saturating_add(
                f.base_inflow()
                    .abs()
                    .saturating_mul(grown(f.inflow_growth))
                    .saturating_mul(raised(&f.id, ChangeKind::Inflow)),
            )
        })
        .saturating_mul(Decimal::TWO);
    let clients = s
        .care_forms
        .iter()
        .fold(Decimal::ZERO, |acc, f| {
            acc.saturating_add(f.clients_start.abs())
        })
        .saturating_add(inflow.saturating_mul(Decimal::from(years)));
    let volume = clients
        .saturating_mul(Decimal::from(12))
        .saturating_add(inflow);
    let care = s.care_forms.iter().fold(Decimal::ZERO, |acc, f| {
        let price = f
            .tariff_per_month
            .unwrap_or_default()
            .abs()
            .max(f.price_per_trajectory.unwrap_or_default().abs());
        acc.saturating_add(
            price
                .saturating_mul(grown(f.price_index))
                .saturating_mul(raised(&f.id, ChangeKind::Tariff))
                .saturating_mul(raised(&f.id, ChangeKind::Intensity))
                .saturating_mul(volume),
        )
    });
    let budget = s.budget_lines.iter().fold(Decimal::ZERO, |acc, line| {
        let indexed = line.base_amount.abs().saturating_mul(grown(line.index));
        acc.saturating_add(indexed.max(largest(&line.amounts)))
    });
    let investments = s.levers.investments.iter().fold(Decimal::ZERO, |acc, inv| {
        acc.saturating_add(largest(&inv.amounts))
    });
    let bound = care.saturating_add(budget).saturating_add(investments);
    if bound > Decimal::from(ranges::MAX_YEARLY_AMOUNT) {
        c.push(
            "",
            "Dit scenario is te groot om door te rekenen: met deze aantallen, tarieven, groei en knoppen kunnen de bedragen oplopen tot meer dan een miljoen miljard euro per jaar. Controleer de getallen.".into(),
            "The scenario's figures could exceed EUR 10^15 a year, beyond what the projection holds.".into(),
        );
    }
}

fn validate_levers(s: &Scenario, c: &mut Checker) {
    let mut lever_ids = HashSet::new();
    let label_of = |id: &str| {
        s.care_form(id)
            .map_or_else(|| id.to_string(), |f| f.label.clone())
    };
    // Shares leaving each form at full strength, to check they stay <= 100%.
    let mut leaving: BTreeMap<&str, Decimal> = BTreeMap::new();

    let form_exists = |c: &mut Checker, path: &str, id: &str| -> bool {
        if s.care_form(id).is_some() {
            true
        } else {
            c.push(
                path,
                format!("De zorgvorm \"{id}\" bestaat niet in dit scenario."),
                format!("Unknown care form \"{id}\"."),
            );
            false
        }
    };
    let timing = |c: &mut Checker, path: &str, start: i32, ramp: u32| {
        let years = Bounds::start_year(s);
        if !years.contains(Decimal::from(start)) {
            c.push(
                &format!("{path}.start_year"),
                format!(
                    "Het startjaar {start} ligt buiten de looptijd ({} tot en met {}).",
                    years.min, years.max
                ),
                format!(
                    "Start year {start} is outside the horizon ({} to {}).",
                    years.min, years.max
                ),
            );
        }
        if ramp > ranges::MAX_RAMP_YEARS {
            c.push(
                &format!("{path}.ramp_years"),
                format!(
                    "De ingroeiperiode is hooguit {} jaar; nu {ramp}.",
                    ranges::MAX_RAMP_YEARS
                ),
                "Ramp too long.".into(),
            );
        }
    };

    for (i, rule) in s.levers.substitutions.iter().enumerate() {
        let p = format!("levers.substitutions[{i}]");
        c.id(&format!("{p}.id"), &rule.id, &mut lever_ids);
        let from_ok = form_exists(c, &format!("{p}.from"), &rule.from);
        let to_ok = form_exists(c, &format!("{p}.to"), &rule.to);
        if from_ok && to_ok && rule.from == rule.to {
            c.push(
                &format!("{p}.to"),
                format!(
                    "Substitutie van {} naar zichzelf heeft geen betekenis.",
                    label_of(&rule.from)
                ),
                "A substitution needs two different care forms.".into(),
            );
        }
        c.share(&format!("{p}.share"), "Het substitutieaandeel", rule.share);
        c.share(&format!("{p}.relapse"), "De terugval", rule.relapse);
        timing(c, &p, rule.start_year, rule.ramp_years);
        let sum = leaving.entry(rule.from.as_str()).or_default();
        *sum = sum.saturating_add(rule.share.max(Decimal::ZERO));
    }

    for (i, shift) in s.levers.residential_shifts.iter().enumerate() {
        let p = format!("levers.residential_shifts[{i}]");
        c.id(&format!("{p}.id"), &shift.id, &mut lever_ids);
        if shift.from.is_empty() {
            c.push(
                &format!("{p}.from"),
                "Afschalen verblijf noemt geen enkele verblijfsvorm om af te schalen.".into(),
                "The shift names no residential form.".into(),
            );
        }
        for (j, from) in shift.from.iter().enumerate() {
            let path = format!("{p}.from[{j}]");
            if shift.from[..j].contains(from) {
                c.push(
                    &path,
                    format!(
                        "{} staat twee keer bij afschalen verblijf; dan telt de instroom dubbel.",
                        label_of(from)
                    ),
                    "A source form is listed twice.".into(),
                );
                continue;
            }
            if form_exists(c, &path, from) {
                if s.care_form(from).map(|f| f.group) != Some(CareGroup::Verblijf) {
                    c.push(
                        &path,
                        format!("{} is geen verblijfsvorm; afschalen verblijf gaat over de groep verblijf.", label_of(from)),
                        "Only residential forms can be shifted.".into(),
                    );
                }
                let sum = leaving.entry(from.as_str()).or_default();
                *sum = sum.saturating_add(shift.share.max(Decimal::ZERO));
            }
        }
        c.share(
            &format!("{p}.share"),
            "Het aandeel afschalen verblijf",
            shift.share,
        );
        c.share(&format!("{p}.relapse"), "De terugval", shift.relapse);
        timing(c, &p, shift.start_year, shift.ramp_years);
        if shift.mix.is_empty() {
            c.push(
                &format!("{p}.mix"),
                "Afschalen verblijf heeft geen doelmix: waar gaan de jeugdigen heen?".into(),
                "The shift has no target mix.".into(),
            );
        } else {
            let mut total = Decimal::ZERO;
            for (j, target) in shift.mix.iter().enumerate() {
                let path = format!("{p}.mix[{j}]");
                if shift.mix[..j].iter().any(|t| t.to == target.to) {
                    c.push(
                        &format!("{path}.to"),
                        format!(
                            "{} staat twee keer in de doelmix; voeg de aandelen samen.",
                            label_of(&target.to)
                        ),
                        "A mix target is listed twice.".into(),
                    );
                }
                if form_exists(c, &format!("{path}.to"), &target.to)
                    && shift.from.contains(&target.to)
                {
                    c.push(
                        &format!("{path}.to"),
                        format!(
                            "{} wordt afgeschaald en kan dan niet ook doel zijn.",
                            label_of(&target.to)
                        ),
                        "A shift cannot target one of its own source forms.".into(),
                    );
                }
                c.share(
                    &format!("{path}.share"),
                    "Een aandeel in de doelmix",
                    target.share,
                );
                total = total.saturating_add(target.share);
            }
            if total != Decimal::ONE {
                c.push(
                    &format!("{p}.mix"),
                    format!(
                        "De doelmix telt op tot {}% in plaats van 100%.",
                        nl(total.saturating_mul(Decimal::ONE_HUNDRED))
                    ),
                    format!("The target mix adds up to {total}, not 1."),
                );
            }
        }
    }

    for (from, total) in leaving {
        if total > Decimal::ONE {
            c.push(
                "levers",
                format!(
                    "Van {} gaat samen {}% van de instroom naar andere zorgvormen; dat kan hooguit 100% zijn.",
                    label_of(from),
                    nl(total.saturating_mul(Decimal::ONE_HUNDRED))
                ),
                format!("Shares leaving {from} add up to more than 100%."),
            );
        }
    }

    for (i, change) in s.levers.form_changes.iter().enumerate() {
        let p = format!("levers.form_changes[{i}]");
        c.id(&format!("{p}.id"), &change.id, &mut lever_ids);
        form_exists(c, &format!("{p}.form"), &change.form);
        c.range(
            &format!("{p}.change"),
            &format!(
                "De verandering van {}",
                change.kind.label_nl().to_lowercase()
            ),
            change.change,
            Bounds::change(),
        );
        timing(c, &p, change.start_year, change.ramp_years);
    }

    for (i, inv) in s.levers.investments.iter().enumerate() {
        let p = format!("levers.investments[{i}]");
        c.id(&format!("{p}.id"), &inv.id, &mut lever_ids);
        c.text(
            &format!("{p}.label"),
            "De naam van de investering",
            &inv.label,
        );
        for (year, amount) in &inv.amounts {
            c.year(&format!("{p}.amounts.{year}"), *year);
            c.range(
                &format!("{p}.amounts.{year}"),
                &format!("Het bedrag van {} in {year}", inv.label),
                *amount,
                Bounds::investment_amount(),
            );
        }
    }
}

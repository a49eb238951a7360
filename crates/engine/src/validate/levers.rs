//! Rules for the levers: substitutions, residential shifts, form changes,
//! investments, and the shares leaving one form.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;

use super::{nl, ranges, Checker, Saturating};
use crate::knobs::Bounds;
use crate::scenario::{
    CareGroup, FormChange, FrontBasis, FrontBudget, Investment, ResidentialShift, Scenario,
    Substitution,
};

pub(super) fn validate_levers(s: &Scenario, c: &mut Checker) {
    let mut lever_ids = HashSet::new();
    let rules = LeverRules { s };
    for (i, rule) in s.levers.substitutions.iter().enumerate() {
        c.id(
            &format!("levers.substitutions[{i}].id"),
            &rule.id,
            &mut lever_ids,
        );
        rules.substitution(c, i, rule);
    }
    for (i, shift) in s.levers.residential_shifts.iter().enumerate() {
        c.id(
            &format!("levers.residential_shifts[{i}].id"),
            &shift.id,
            &mut lever_ids,
        );
        rules.residential_shift(c, i, shift);
    }
    rules.leaving(c, None);
    for (i, change) in s.levers.form_changes.iter().enumerate() {
        c.id(
            &format!("levers.form_changes[{i}].id"),
            &change.id,
            &mut lever_ids,
        );
        rules.form_change(c, i, change);
    }
    for (i, inv) in s.levers.investments.iter().enumerate() {
        c.id(
            &format!("levers.investments[{i}].id"),
            &inv.id,
            &mut lever_ids,
        );
        rules.investment(c, i, inv);
    }
    for (i, front) in s.levers.front_budgets.iter().enumerate() {
        c.id(
            &format!("levers.front_budgets[{i}].id"),
            &front.id,
            &mut lever_ids,
        );
        rules.front_budget(c, i, front);
    }
}

/// The rules of each lever, after its id; [`LeverRules::leaving`] checks the
/// shares leaving a form over all levers together.
pub(super) struct LeverRules<'a> {
    pub(super) s: &'a Scenario,
}

impl<'a> LeverRules<'a> {
    fn label_of(&self, id: &str) -> String {
        self.s
            .care_form(id)
            .map_or_else(|| id.to_string(), |f| f.label.clone())
    }

    fn form_exists(&self, c: &mut Checker, path: &str, id: &str) -> bool {
        if self.s.care_form(id).is_some() {
            true
        } else {
            c.push(
                path,
                format!("De zorgvorm \"{id}\" bestaat niet in dit scenario."),
                format!("Unknown care form \"{id}\"."),
            );
            false
        }
    }

    fn timing(&self, c: &mut Checker, path: &str, start: i32, ramp: u32) {
        let years = Bounds::start_year(self.s);
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
    }

    pub(super) fn substitution(&self, c: &mut Checker, i: usize, rule: &Substitution) {
        let p = format!("levers.substitutions[{i}]");
        let from_ok = self.form_exists(c, &format!("{p}.from"), &rule.from);
        let to_ok = self.form_exists(c, &format!("{p}.to"), &rule.to);
        if from_ok && to_ok && rule.from == rule.to {
            c.push(
                &format!("{p}.to"),
                format!(
                    "Substitutie van {} naar zichzelf heeft geen betekenis.",
                    self.label_of(&rule.from)
                ),
                "A substitution needs two different care forms.".into(),
            );
        }
        c.share(&format!("{p}.share"), "Het substitutieaandeel", rule.share);
        c.share(&format!("{p}.relapse"), "De terugval", rule.relapse);
        self.timing(c, &p, rule.start_year, rule.ramp_years);
    }

    pub(super) fn residential_shift(&self, c: &mut Checker, i: usize, shift: &ResidentialShift) {
        let p = format!("levers.residential_shifts[{i}]");
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
                        self.label_of(from)
                    ),
                    "A source form is listed twice.".into(),
                );
                continue;
            }
            if self.form_exists(c, &path, from)
                && self.s.care_form(from).map(|f| f.group) != Some(CareGroup::Verblijf)
            {
                c.push(
                    &path,
                    format!(
                        "{} is geen verblijfsvorm; afschalen verblijf gaat over de groep verblijf.",
                        self.label_of(from)
                    ),
                    "Only residential forms can be shifted.".into(),
                );
            }
        }
        c.share(
            &format!("{p}.share"),
            "Het aandeel afschalen verblijf",
            shift.share,
        );
        c.share(&format!("{p}.relapse"), "De terugval", shift.relapse);
        self.timing(c, &p, shift.start_year, shift.ramp_years);
        self.mix(c, &p, shift);
    }

    fn mix(&self, c: &mut Checker, p: &str, shift: &ResidentialShift) {
        if shift.mix.is_empty() {
            c.push(
                &format!("{p}.mix"),
                "Afschalen verblijf heeft geen doelmix: waar gaan de jeugdigen heen?".into(),
                "The shift has no target mix.".into(),
            );
            return;
        }
        let mut total = Decimal::ZERO;
        for (j, target) in shift.mix.iter().enumerate() {
            let path = format!("{p}.mix[{j}]");
            if shift.mix[..j].iter().any(|t| t.to == target.to) {
                c.push(
                    &format!("{path}.to"),
                    format!(
                        "{} staat twee keer in de doelmix; voeg de aandelen samen.",
                        self.label_of(&target.to)
                    ),
                    "A mix target is listed twice.".into(),
                );
            }
            if self.form_exists(c, &format!("{path}.to"), &target.to)
                && shift.from.contains(&target.to)
            {
                c.push(
                    &format!("{path}.to"),
                    format!(
                        "{} wordt afgeschaald en kan dan niet ook doel zijn.",
                        self.label_of(&target.to)
                    ),
                    "A shift cannot target one of its own source forms.".into(),
                );
            }
            c.share(
                &format!("{path}.share"),
                "Een aandeel in de doelmix",
                target.share,
            );
            total = total.sat_add(target.share);
        }
        if total != Decimal::ONE {
            c.push(
                &format!("{p}.mix"),
                format!(
                    "De doelmix telt op tot {}% in plaats van 100%.",
                    nl(total.sat_mul(Decimal::ONE_HUNDRED))
                ),
                format!("The target mix adds up to {total}, not 1."),
            );
        }
    }

    /// The shares leaving each form at full strength stay within 100%: of
    /// every form, or (`only`) of the forms named.
    pub(super) fn leaving(&self, c: &mut Checker, only: Option<&[&str]>) {
        let counts = |form: &str| only.is_none_or(|forms| forms.contains(&form));
        let mut leaving: BTreeMap<&str, Decimal> = BTreeMap::new();
        let mut add = |form: &'a str, share: Decimal| {
            let sum = leaving.entry(form).or_default();
            *sum = sum.saturating_add(share.max(Decimal::ZERO));
        };
        let levers = &self.s.levers;
        for rule in levers.substitutions.iter().filter(|r| counts(&r.from)) {
            add(&rule.from, rule.share);
        }
        for shift in &levers.residential_shifts {
            for (j, from) in shift.from.iter().enumerate() {
                // A source listed twice, or unknown, is a problem of its own.
                if !shift.from[..j].contains(from)
                    && self.s.care_form(from).is_some()
                    && counts(from)
                {
                    add(from, shift.share);
                }
            }
        }
        for (from, total) in leaving {
            if total > Decimal::ONE {
                c.push(
                    "levers",
                    format!(
                        "Van {} gaat samen {}% van de instroom naar andere zorgvormen; dat kan hooguit 100% zijn.",
                        self.label_of(from),
                        nl(total.sat_mul(Decimal::ONE_HUNDRED))
                    ),
                    format!("Shares leaving {from} add up to more than 100%."),
                );
            }
        }
    }

    pub(super) fn form_change(&self, c: &mut Checker, i: usize, change: &FormChange) {
        let p = format!("levers.form_changes[{i}]");
        self.form_exists(c, &format!("{p}.form"), &change.form);
        c.range(
            &format!("{p}.change"),
            &format!(
                "De verandering van {}",
                change.kind.label_nl().to_lowercase()
            ),
            change.change,
            Bounds::change(),
        );
        self.timing(c, &p, change.start_year, change.ramp_years);
    }

    pub(super) fn investment(&self, c: &mut Checker, i: usize, inv: &Investment) {
        let p = format!("levers.investments[{i}]");
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

    pub(super) fn front_budget(&self, c: &mut Checker, i: usize, front: &FrontBudget) {
        let p = format!("levers.front_budgets[{i}]");
        c.text(
            &format!("{p}.label"),
            "De naam van het budget voor de voorkant",
            &front.label,
        );
        self.form_exists(c, &format!("{p}.to"), &front.to);
        if front.ceiling <= Decimal::ZERO || front.ceiling > Decimal::ONE {
            c.push(
                &format!("{p}.ceiling"),
                format!(
                    "Het plafond van \"{}\" moet tussen 0% (niet inbegrepen) en 100% liggen; nu {}%.",
                    front.label,
                    nl(front.ceiling.saturating_mul(Decimal::ONE_HUNDRED))
                ),
                "The ceiling must be above 0 and at most 1.".into(),
            );
        } else if front.share < Decimal::ZERO || front.share > front.ceiling {
            c.push(
                &format!("{p}.share"),
                format!(
                    "\"{}\" mag hooguit {}% van {} aan de voorkant inzetten (het plafond); nu {}%.",
                    front.label,
                    nl(front.ceiling.saturating_mul(Decimal::ONE_HUNDRED)),
                    basis_words(front.basis),
                    nl(front.share.saturating_mul(Decimal::ONE_HUNDRED))
                ),
                "The share is above the ceiling (or negative).".into(),
            );
        }
        self.timing(c, &p, front.start_year, front.ramp_years);
    }
}

/// What a front budget's share is a share of, in a message.
pub fn basis_words(basis: FrontBasis) -> String {
    match basis {
        FrontBasis::Income => "het jeugdhulpbudget".into(),
        FrontBasis::Group(g) => format!("de zorgkosten van {}", g.label_nl().to_lowercase()),
    }
}

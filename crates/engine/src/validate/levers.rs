//! Rules for the levers: substitutions, residential shifts, form changes,
//! investments, and the shares leaving one form.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;

use super::{nl, ranges, Checker};
use crate::knobs::Bounds;
use crate::scenario::{CareGroup, FrontBasis, Scenario};

pub(super) fn validate_levers(s: &Scenario, c: &mut Checker) {
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

    for (i, front) in s.levers.front_budgets.iter().enumerate() {
        let p = format!("levers.front_budgets[{i}]");
        c.id(&format!("{p}.id"), &front.id, &mut lever_ids);
        c.text(
            &format!("{p}.label"),
            "De naam van het budget voor de voorkant",
            &front.label,
        );
        form_exists(c, &format!("{p}.to"), &front.to);
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
        timing(c, &p, front.start_year, front.ramp_years);
    }
}

/// What a front budget's share is a share of, in a message.
pub fn basis_words(basis: FrontBasis) -> String {
    match basis {
        FrontBasis::Income => "het jeugdhulpbudget".into(),
        FrontBasis::Group(g) => format!("de zorgkosten van {}", g.label_nl().to_lowercase()),
    }
}

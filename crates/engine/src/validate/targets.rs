//! Rules for the doelen (targets): ids, labels, the measure and its scope,
//! the year within the horizon, the threshold within its bounds and the
//! reference (data before the base year, with its source, or a projected
//! year before the target's year).

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{ranges, Checker};
use crate::knobs::Bounds;
use crate::scenario::{Measure, Scenario, Scope, Target};

/// A source may quote the plan; longer than a label.
const MAX_SOURCE: usize = 1_000;

pub(super) fn check_targets(s: &Scenario, c: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, t) in s.targets.iter().enumerate() {
        c.id(&format!("targets[{i}].id"), &t.id, &mut ids);
        check_target(s, c, i, t);
    }
}

/// One target's rules, after its id.
pub(super) fn check_target(s: &Scenario, c: &mut Checker, i: usize, t: &Target) {
    let p = |field: &str| format!("targets[{i}].{field}");
    c.text(&p("label"), "De omschrijving van het doel", &t.label);
    let name = &t.label;
    for (field, text) in [
        ("source", t.source.as_str()),
        (
            "reference.source",
            t.reference.as_ref().map_or("", |r| r.source.as_str()),
        ),
    ] {
        if text.chars().count() > MAX_SOURCE {
            c.push(
                &p(field),
                format!(
                    "De bron van het doel \"{name}\" is te lang (hooguit {MAX_SOURCE} tekens)."
                ),
                "Source too long.".into(),
            );
        }
    }
    if !s.year_range().contains(&t.year) {
        c.push(
            &p("year"),
            format!(
                "Het doel \"{name}\" geldt in {}, buiten de looptijd ({} tot en met {}).",
                t.year,
                s.base_year,
                s.last_year()
            ),
            format!("Target year {} is outside the horizon.", t.year),
        );
    }
    check_scope(s, c, i, t.measure, &t.scope, name);
    match (t.measure, &t.budget_line) {
        (Measure::BudgetLine, None) => c.push(
            &p("budget_line"),
            format!("Het doel \"{name}\" meet een begrotingspost, maar zegt niet welke."),
            "A budget line target needs a budget_line.".into(),
        ),
        (Measure::BudgetLine, Some(id)) if s.budget_line(id).is_none() => c.push(
            &p("budget_line"),
            format!("De begrotingspost \"{id}\" van het doel \"{name}\" bestaat niet."),
            format!("Unknown budget line \"{id}\"."),
        ),
        (Measure::BudgetLine, Some(_)) | (_, None) => {}
        (_, Some(_)) => c.push(
            &p("budget_line"),
            format!("Het doel \"{name}\" meet geen begrotingspost; laat budget_line weg."),
            "budget_line is only for budget line targets.".into(),
        ),
    }
    c.range(
        &p("value"),
        &format!("De doelwaarde van \"{name}\""),
        t.value,
        Bounds::target_value(t),
    );
    if let Some(r) = &t.reference {
        if t.measure == Measure::Balance {
            c.push(
                &p("reference"),
                format!("Het doel \"{name}\" vergelijkt het saldo met een referentie; een saldo heeft geen procentuele verandering. Geef een bedrag als doel."),
                "A balance target cannot be relative.".into(),
            );
        }
        if r.year < s.base_year {
            match r.level {
                None => c.push(
                    &p("reference.level"),
                    format!(
                        "De referentie van \"{name}\" ligt in {}, voor het basisjaar {}: geef het niveau van toen (level) met zijn bron.",
                        r.year, s.base_year
                    ),
                    "A reference before the base year needs a level.".into(),
                ),
                Some(level) if level > Decimal::ZERO => {
                    c.range(
                        &p("reference.level"),
                        &format!("Het referentieniveau van \"{name}\""),
                        level,
                        Bounds::reference_level(t.measure),
                    );
                }
                Some(_) => c.push(
                    &p("reference.level"),
                    format!("Het referentieniveau van \"{name}\" moet groter dan 0 zijn: een verandering ten opzichte van 0 bestaat niet."),
                    "The reference level must be above 0.".into(),
                ),
            }
            if r.year < 1900 {
                c.year(&p("reference.year"), r.year);
            }
            if r.level.is_some() && r.source.trim().is_empty() {
                c.push(
                    &p("reference.source"),
                    format!("Het referentieniveau van \"{name}\" heeft geen bron; zeg waar het vandaan komt, of \"aanname\"."),
                    "A reference level needs a source.".into(),
                );
            }
        } else if r.level.is_some() {
            c.push(
                &p("reference.level"),
                format!(
                    "De referentie van \"{name}\" ligt in {}, binnen de looptijd: de projectie geeft dat niveau; laat level weg.",
                    r.year
                ),
                "A reference within the horizon takes the projected level.".into(),
            );
        } else if r.year >= t.year {
            c.push(
                &p("reference.year"),
                format!(
                    "De referentie van \"{name}\" ({}) moet voor het jaar van het doel ({}) liggen.",
                    r.year, t.year
                ),
                "The reference year must come before the target year.".into(),
            );
        }
    }
}

fn check_scope(
    s: &Scenario,
    c: &mut Checker,
    i: usize,
    measure: Measure,
    scope: &Scope,
    name: &str,
) {
    let path = format!("targets[{i}].scope");
    if !measure.counts_forms() {
        if *scope != Scope::All {
            c.push(
                &path,
                format!("Het doel \"{name}\" telt geen zorgvormen; laat scope weg."),
                "This measure has no scope.".into(),
            );
        }
        return;
    }
    if measure.is_share() && *scope == Scope::All {
        c.push(
            &path,
            format!("Het doel \"{name}\" meet een aandeel: kies de zorgvormen of de groep waarvan het aandeel telt."),
            "A share needs a scope narrower than all care forms.".into(),
        );
    }
    if let Scope::Forms(ids) = scope {
        if ids.is_empty() {
            c.push(
                &path,
                format!("Het doel \"{name}\" telt geen enkele zorgvorm; kies er minstens één."),
                "No care forms in the scope.".into(),
            );
        }
        if ids.len() > ranges::MAX_SCOPE_FORMS {
            c.push(
                &path,
                "Te veel zorgvormen in een doel.".into(),
                "Too many forms.".into(),
            );
        }
        let mut seen = HashSet::new();
        for id in ids {
            if s.care_form(id).is_none() {
                c.push(
                    &path,
                    format!("De zorgvorm \"{id}\" van het doel \"{name}\" bestaat niet in dit scenario."),
                    format!("Unknown care form \"{id}\"."),
                );
            } else if !seen.insert(id) {
                c.push(
                    &path,
                    format!("De zorgvorm \"{id}\" staat twee keer in het doel \"{name}\"."),
                    "A care form is listed twice.".into(),
                );
            }
        }
    }
}

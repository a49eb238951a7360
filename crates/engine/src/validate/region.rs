//! Rules for the scenario's top level, its care forms, budget lines,
//! municipalities and the insurance model.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{ranges, Checker};
use crate::knobs::Bounds;
use crate::scenario::{BudgetKind, BudgetLine, CareForm, CareGroup, Municipality, Scenario};

/// Name, description, base year and horizon.
pub(super) fn check_scenario(s: &Scenario, c: &mut Checker) {
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
}

/// At least one care form; each with a unique id, a label, ranges and
/// exactly one of tariff per month or price per trajectory.
pub(super) fn check_care_forms(s: &Scenario, c: &mut Checker) {
    if s.care_forms.is_empty() {
        c.push(
            "care_forms",
            "Er is geen enkele zorgvorm; een scenario heeft er minstens één.".into(),
            "A scenario needs at least one care form.".into(),
        );
    }
    let mut form_ids = HashSet::new();
    for (i, f) in s.care_forms.iter().enumerate() {
        c.id(&format!("care_forms[{i}].id"), &f.id, &mut form_ids);
        check_care_form(c, i, f);
    }
}

/// One care form's label, figures and charging, after its id.
pub(super) fn check_care_form(c: &mut Checker, i: usize, f: &CareForm) {
    let p = |field: &str| format!("care_forms[{i}].{field}");
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
    if f.family_based && f.group != CareGroup::Verblijf {
        c.push(
            &p("family_based"),
            format!(
                "{} is geen verblijfsvorm en kan dus geen gezinsvervangende vorm (pleegzorg, gezinshuis) zijn.",
                f.label
            ),
            "Only a form in the group verblijf can be family-based.".into(),
        );
    }
}

/// Each budget line: id, label, amounts and index in range, no negative
/// expense.
pub(super) fn check_budget_lines(s: &Scenario, c: &mut Checker) {
    let mut line_ids = HashSet::new();
    for (i, line) in s.budget_lines.iter().enumerate() {
        c.id(&format!("budget_lines[{i}].id"), &line.id, &mut line_ids);
        check_budget_line(c, i, line);
    }
}

/// One budget line's label, amounts and index, after its id.
pub(super) fn check_budget_line(c: &mut Checker, i: usize, line: &BudgetLine) {
    let p = |field: &str| format!("budget_lines[{i}].{field}");
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
        && (line.base_amount < Decimal::ZERO || line.amounts.values().any(|a| *a < Decimal::ZERO));
    if negative_expense {
        c.push(
            &p("kind"),
            format!("De uitgavenpost {} heeft een negatief bedrag; boek een opbrengst als inkomstenpost.", line.label),
            "Expense lines cannot be negative; use an income line.".into(),
        );
    }
}

/// Each municipality: id, name and cost-sharing weight; the key as a whole
/// needs a positive weight.
pub(super) fn check_municipalities(s: &Scenario, c: &mut Checker) {
    let mut muni_ids = HashSet::new();
    for (i, m) in s.municipalities.iter().enumerate() {
        c.id(&format!("municipalities[{i}].id"), &m.id, &mut muni_ids);
        check_municipality(c, i, m);
    }
    check_key(s, c);
    // The key per year: each year of the horizon, each weight in range, and
    // in every year from the first change on, some weight above 0.
    for (i, m) in s.municipalities.iter().enumerate() {
        for (year, weight) in &m.share_from {
            let path = format!("municipalities[{i}].share_from.{year}");
            within_horizon(
                s,
                c,
                &path,
                *year,
                &format!("De verdeelsleutel van {}", m.name),
            );
            c.range(
                &path,
                &format!(
                    "Het aandeel van {} in de verdeelsleutel vanaf {year}",
                    m.name
                ),
                *weight,
                Bounds::weight(),
            );
        }
    }
    check_key_per_year(s, c);
}

/// One municipality's name and weight in the key, after its id.
pub(super) fn check_municipality(c: &mut Checker, i: usize, m: &Municipality) {
    let p = |field: &str| format!("municipalities[{i}].{field}");
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
    } else if m.share > Decimal::from(ranges::MAX_AMOUNT) {
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

/// The key as a whole needs a positive weight.
pub(super) fn check_key(s: &Scenario, c: &mut Checker) {
    if !s.municipalities.is_empty() && s.municipalities.iter().all(|m| m.share <= Decimal::ZERO) {
        c.push(
            "municipalities",
            "De verdeelsleutel is leeg: geef minstens één gemeente een aandeel groter dan 0."
                .into(),
            "The cost-sharing key has no positive weight.".into(),
        );
    }
}

/// In every year the key changes, some weight above 0.
pub(super) fn check_key_per_year(s: &Scenario, c: &mut Checker) {
    let changes: std::collections::BTreeSet<i32> = s
        .municipalities
        .iter()
        .flat_map(|m| m.share_from.keys().copied())
        .collect();
    for year in changes {
        if s.key_in(year).iter().all(|w| *w <= Decimal::ZERO) {
            c.push(
                "municipalities",
                format!("De verdeelsleutel vanaf {year} is leeg: geef minstens één gemeente een aandeel groter dan 0."),
                "The cost-sharing key of a year has no positive weight.".into(),
            );
        }
    }
}

/// A per-year entry belongs to a year of the horizon.
fn within_horizon(s: &Scenario, c: &mut Checker, path: &str, year: i32, what: &str) {
    if !s.year_range().contains(&year) {
        c.push(
            path,
            format!(
                "{what} vanaf {year} ligt buiten de looptijd ({} tot en met {}).",
                s.base_year,
                s.last_year()
            ),
            format!("Year {year} is outside the horizon."),
        );
    }
}

/// The insurance model: own use within range, and with an insured share
/// below 100% every municipality's own use, some of it positive.
pub(super) fn check_insurance(s: &Scenario, c: &mut Checker) {
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
    }
    for (year, insured) in &s.insured_share_from {
        let path = format!("insured_share_from.{year}");
        within_horizon(s, c, &path, *year, "Het verzekerde deel");
        c.share(
            &path,
            &format!("Het verzekerde deel vanaf {year}"),
            *insured,
        );
    }
    if s.uses_own_use() {
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

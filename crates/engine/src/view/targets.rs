//! The Doelen view: each target in words, and for scenario and baseline
//! gehaald / niet gehaald with the figure reached and the gap in the target's
//! own unit. Also the CSV of the same table.

use rust_decimal::Decimal;

use crate::knobs::{measure_unit, Unit};
use crate::nl::{excel_number, format_euro, format_number, format_percent};
use crate::projection::{Comparison as Projected, Projection};
use crate::scenario::{Comparison, Measure, Scenario, Scope, Target};
use crate::targets::{check_both, check_targets, Check, Verdict};
use crate::text::Text;
use crate::view::tables::group_label;

/// One target, as the Doelen view and the printed report show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRow {
    pub id: String,
    pub label: String,
    /// "Zorgkosten, alle zorgvormen, in 2035: ten hoogste 0,0% ten opzichte van 2026".
    pub norm: Text,
    pub source: String,
    pub scenario: Outcome,
    pub baseline: Outcome,
}

/// A target against one projection, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// "Gehaald", "Niet gehaald", "Niet te bepalen": the verdict in words, so
    /// nothing is said by colour alone.
    pub word: Text,
    /// The figure compared with the target: "-24,1%", "1.234", "€ 12.345".
    pub reached: String,
    /// "5,9 procentpunt te hoog", "€ 120.000 ruimte".
    pub gap: Text,
    /// For a target that holds every year from its year on: "8 van 9 jaren;
    /// het minst gunstig is 2030". Empty for a single year.
    pub years: Text,
}

impl Verdict {
    pub fn word(self) -> Text {
        match self {
            Verdict::Met => Text::new("Gehaald", "Met"),
            Verdict::NotMet => Text::new("Niet gehaald", "Not met"),
            Verdict::Undetermined => Text::new("Niet te bepalen", "Cannot tell"),
        }
    }

    /// A CSS modifier; the word says the same.
    pub fn class(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::NotMet => "missed",
            Verdict::Undetermined => "unknown",
        }
    }
}

/// The Doelen table of a scenario and its projection.
pub fn target_rows(s: &Scenario, projected: &Projected) -> Vec<TargetRow> {
    rows_of(s, &projected.scenario, &projected.baseline)
}

/// [`target_rows`] on the two projections as the app holds them.
pub fn rows_of(s: &Scenario, projection: &Projection, baseline: &Projection) -> Vec<TargetRow> {
    check_both(s, projection, baseline)
        .into_iter()
        .zip(&s.targets)
        .map(|(result, t)| TargetRow {
            id: t.id.clone(),
            label: t.label.clone(),
            norm: norm(s, t),
            source: t.source.clone(),
            scenario: outcome(t, &result.scenario),
            baseline: outcome(t, &result.baseline),
        })
        .collect()
}

pub fn measure_word(measure: Measure) -> Text {
    match measure {
        Measure::Clients => Text::new("Cliënten in zorg", "Clients in care"),
        Measure::ClientsYearEnd => Text::new("Stand op 31 december", "Clients on 31 December"),
        Measure::Inflow => Text::new("Instroom", "Inflow"),
        Measure::Cost => Text::new("Zorgkosten", "Care cost"),
        Measure::ClientsShare => Text::new("Aandeel in de cliënten", "Share of clients"),
        Measure::CostShare => Text::new("Aandeel in de zorgkosten", "Share of care cost"),
        Measure::BudgetLine => Text::new("Begrotingspost", "Budget line"),
        Measure::Balance => Text::new(
            "Saldo (inkomsten min kosten)",
            "Balance (income minus cost)",
        ),
    }
}

pub fn comparison_word(c: Comparison) -> Text {
    match c {
        Comparison::AtMost => Text::new("ten hoogste", "at most"),
        Comparison::AtLeast => Text::new("ten minste", "at least"),
    }
}

/// "alle zorgvormen", "groep Verblijf", "Residentieel, Gesloten jeugdhulp".
pub fn scope_words(s: &Scenario, scope: &Scope) -> Text {
    match scope {
        Scope::All => Text::new("alle zorgvormen", "all care forms"),
        Scope::Group(g) => {
            let label = group_label(*g);
            Text::new(format!("groep {}", label.nl), format!("group {}", label.en))
        }
        Scope::Forms(ids) => {
            let names: Vec<String> = ids
                .iter()
                .map(|id| {
                    s.care_form(id)
                        .map_or_else(|| id.clone(), |f| f.label.clone())
                })
                .collect();
            Text::same(names.join(", "))
        }
    }
}

/// The target in one sentence.
pub fn norm(s: &Scenario, t: &Target) -> Text {
    let what = match (t.measure, &t.budget_line) {
        (Measure::BudgetLine, Some(id)) => {
            let name = s.budget_line(id).map_or(id.as_str(), |l| l.label.as_str());
            Text::new(
                format!("Begrotingspost {name}"),
                format!("Budget line {name}"),
            )
        }
        (m, _) if m.counts_forms() => {
            let (word, scope) = (measure_word(m), scope_words(s, &t.scope));
            Text::new(
                format!("{}, {}", word.nl, scope.nl),
                format!("{}, {}", word.en, scope.en),
            )
        }
        (m, _) => measure_word(m),
    };
    let when = if t.every_year_from {
        Text::new(
            format!("elk jaar vanaf {}", t.year),
            format!("every year from {}", t.year),
        )
    } else {
        Text::new(format!("in {}", t.year), format!("in {}", t.year))
    };
    let cmp = comparison_word(t.comparison);
    let threshold = match &t.reference {
        Some(r) => {
            let change = signed_percent(t.value);
            // A stand on 31 December is compared with the stand on a day:
            // the reference year's 31 December (1-1-2014 is 31 December 2013).
            let (against_nl, against_en) = if t.measure == Measure::ClientsYearEnd {
                (
                    format!("31 december {}", r.year),
                    format!("31 December {}", r.year),
                )
            } else {
                (r.year.to_string(), r.year.to_string())
            };
            Text::new(
                format!("{} {change} ten opzichte van {against_nl}", cmp.nl),
                format!("{} {change} against {against_en}", cmp.en),
            )
        }
        None => {
            let v = level_text(t.measure, t.value);
            Text::new(format!("{} {v}", cmp.nl), format!("{} {v}", cmp.en))
        }
    };
    Text::new(
        format!("{}, {}: {}", what.nl, when.nl, threshold.nl),
        format!("{}, {}: {}", what.en, when.en, threshold.en),
    )
}

/// A level in the measure's unit: "€ 1.234.567", "1.234", "12,5%".
pub fn level_text(measure: Measure, value: Decimal) -> String {
    match measure_unit(measure) {
        Unit::Percent => format_percent(value, 1),
        Unit::Euro => format_euro(value),
        _ => format_number(value, 0),
    }
}

/// A change as "-30,0%" or "+5,0%".
fn signed_percent(change: Decimal) -> String {
    let text = format_percent(change, 1);
    if change > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

fn outcome(t: &Target, c: &Check) -> Outcome {
    let relative = t.reference.is_some();
    let reached = match c.reached {
        Some(r) if relative => signed_percent(r),
        Some(r) => level_text(t.measure, r),
        None => "–".into(),
    };
    let gap = match c.gap {
        None => Text::new("het referentieniveau is 0", "the reference level is 0"),
        Some(gap) => {
            let size = if relative || t.measure.is_share() {
                let pp = format_number(gap.abs() * Decimal::ONE_HUNDRED, 1);
                Text::new(
                    format!("{pp} procentpunt"),
                    format!("{pp} percentage points"),
                )
            } else {
                Text::same(level_text(t.measure, gap.abs()))
            };
            let (side_nl, side_en) = match (c.verdict, t.comparison) {
                (Verdict::Met, _) => ("ruimte", "to spare"),
                (_, Comparison::AtMost) => ("te hoog", "too high"),
                (_, Comparison::AtLeast) => ("te laag", "too low"),
            };
            Text::new(
                format!("{} {side_nl}", size.nl),
                format!("{} {side_en}", size.en),
            )
        }
    };
    let years = if t.every_year_from && c.years_checked > 1 {
        Text::new(
            format!(
                "{} van {} jaren gehaald; het minst gunstig is {}",
                c.years_met, c.years_checked, c.year
            ),
            format!(
                "met in {} of {} years; the least favourable is {}",
                c.years_met, c.years_checked, c.year
            ),
        )
    } else {
        Text::default()
    };
    Outcome {
        verdict: c.verdict,
        word: c.verdict.word(),
        reached,
        gap,
        years,
    }
}

/// The Doelen table as CSV for Dutch Excel: one row per target and variant,
/// with the exact figures (fractions as percentages with two decimals).
pub fn targets_csv(s: &Scenario, projected: &Projected) -> String {
    crate::csv_out::csv_table(&targets_table(s, projected))
}

/// The cells of [`targets_csv`], header first.
pub fn targets_table(s: &Scenario, projected: &Projected) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "Doel",
        "Omschrijving",
        "Norm",
        "Variant",
        "Jaar",
        "Uitkomst",
        "Bereikt",
        "Verschil",
        "Eenheid",
        "Bron",
    ]
    .map(String::from)
    .to_vec()];
    for (result, t) in check_targets(s, projected).iter().zip(&s.targets) {
        let relative = t.reference.is_some();
        let (unit, factor, decimals) = match measure_unit(t.measure) {
            _ if relative => ("%", Decimal::ONE_HUNDRED, 2),
            Unit::Percent => ("%", Decimal::ONE_HUNDRED, 2),
            Unit::Euro => ("EUR", Decimal::ONE, 2),
            _ => ("cliënten", Decimal::ONE, 1),
        };
        for (variant, c) in [
            ("Scenario", &result.scenario),
            ("Basislijn", &result.baseline),
        ] {
            let number = |v: Option<Decimal>| {
                v.map_or(String::new(), |v| excel_number(v * factor, decimals))
            };
            rows.push(vec![
                t.id.clone(),
                t.label.clone(),
                norm(s, t).nl,
                variant.into(),
                c.year.to_string(),
                c.verdict.word().nl,
                number(c.reached),
                number(c.gap),
                unit.into(),
                t.source.clone(),
            ]);
        }
    }
    rows
}

#[cfg(test)]
mod tests;

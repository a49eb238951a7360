//! Vergelijken: two to four scenarios side by side. Compared on what they
//! share (the years of every horizon, the care forms by code), with a note
//! of what they do not; per year cost, balance and cumulative balance; the
//! cost per care form; and the knobs that differ from the first scenario,
//! in words.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use rust_decimal::Decimal;

use crate::knobs::{Address, Knob};
use crate::nl::format_euro_millions;
use crate::projection::{project, Projection};
use crate::scenario::Scenario;
use crate::text::Text;

/// A scenario to compare and what it is called in the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    pub scenario: Scenario,
}

/// One figure per shared year for each scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRows {
    pub label: Text,
    /// Per scenario, per shared year.
    pub values: Vec<Vec<Decimal>>,
}

/// A knob whose value differs from the first scenario's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Index of the scenario that differs (1 and up).
    pub scenario: usize,
    pub address: Address,
    pub sentence: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideBySide {
    pub names: Vec<String>,
    pub years: Vec<i32>,
    pub measures: Vec<MeasureRows>,
    /// Care forms every scenario has: label and cost in the last shared year per scenario.
    pub form_costs: Vec<(String, Vec<Decimal>)>,
    /// The baseline (no levers) of the first scenario, cost and balance per shared year.
    pub baseline_cost: Vec<Decimal>,
    pub baseline_balance: Vec<Decimal>,
    pub differences: Vec<Difference>,
    /// What is not compared, in words.
    pub notes: Vec<Text>,
    /// Where each scenario's figures come from: "A: Voorbeeldregio:
    /// Illustratief voorbeeld: …", so an example is never taken for a region.
    pub provenance: Vec<Text>,
    /// Per scenario after the first, the difference in one sentence: "B kost
    /// over 2026-2035 € 91,6 mln minder dan A; het cumulatief saldo in 2035
    /// is € 43,9 mln beter".
    pub sentences: Vec<Text>,
}

fn on_years(
    p: &Projection,
    years: &[i32],
    f: fn(&crate::projection::YearResult) -> Decimal,
) -> Vec<Decimal> {
    years
        .iter()
        .map(|y| p.year(*y).map_or(Decimal::ZERO, f))
        .collect()
}

fn letter(i: usize) -> char {
    (b'A' + i as u8) as char
}

/// "B: Substitutie Jeugd-GGZ → POH-jeugd: Aandeel van de instroom 20,0% (A: 15,0%)".
fn difference(i: usize, knob: &Knob, first: Option<&Knob>, absent_in_other: bool) -> Text {
    let label = knob.full_label();
    let (who, them) = (letter(i), letter(0));
    let value = knob.show_text(knob.value);
    if absent_in_other {
        return Text::new(
            format!(
                "{them} heeft {}: {} ({who}: niet aanwezig)",
                label.nl, value.nl
            ),
            format!("{them} has {}: {} ({who}: absent)", label.en, value.en),
        );
    }
    match first.map(|a| a.show_text(a.value)) {
        Some(a) => Text::new(
            format!("{who}: {} {} ({them}: {})", label.nl, value.nl, a.nl),
            format!("{who}: {} {} ({them}: {})", label.en, value.en, a.en),
        ),
        None => Text::new(
            format!("{who}: {} {} ({them}: niet aanwezig)", label.nl, value.nl),
            format!("{who}: {} {} ({them}: absent)", label.en, value.en),
        ),
    }
}

/// Scenario `i` against the first over the shared years: its total cost
/// summed, and the cumulative balance in the last year (the table's rows).
fn difference_sentence(i: usize, years: &[i32], measures: &[MeasureRows]) -> Option<Text> {
    let (first, last) = (years.first()?, years.last()?);
    let (who, them) = (letter(i), letter(0));
    let cost = |k: usize| measures[0].values[k].iter().sum::<Decimal>();
    let cost_gap = cost(i) - cost(0);
    let cumulative = |k: usize| measures[2].values[k].last().copied().unwrap_or_default();
    let balance_gap = cumulative(i) - cumulative(0);
    let span = if first == last {
        first.to_string()
    } else {
        format!("{first}-{last}")
    };
    let amount = |v: Decimal| format_euro_millions(v.abs());
    let (cost_nl, cost_en) = match cost_gap.cmp(&Decimal::ZERO) {
        Ordering::Less => (
            format!(
                "{who} kost over {span} {} minder dan {them}",
                amount(cost_gap)
            ),
            format!(
                "{who} costs {} less than {them} over {span}",
                amount(cost_gap)
            ),
        ),
        Ordering::Greater => (
            format!(
                "{who} kost over {span} {} meer dan {them}",
                amount(cost_gap)
            ),
            format!(
                "{who} costs {} more than {them} over {span}",
                amount(cost_gap)
            ),
        ),
        Ordering::Equal => (
            format!("{who} kost over {span} evenveel als {them}"),
            format!("{who} costs the same as {them} over {span}"),
        ),
    };
    let (balance_nl, balance_en) = match balance_gap.cmp(&Decimal::ZERO) {
        Ordering::Greater => (
            format!(
                "het cumulatief saldo in {last} is {} beter",
                amount(balance_gap)
            ),
            format!(
                "the cumulative balance in {last} is {} better",
                amount(balance_gap)
            ),
        ),
        Ordering::Less => (
            format!(
                "het cumulatief saldo in {last} is {} slechter",
                amount(balance_gap)
            ),
            format!(
                "the cumulative balance in {last} is {} worse",
                amount(balance_gap)
            ),
        ),
        Ordering::Equal => (
            format!("het cumulatief saldo in {last} is gelijk"),
            format!("the cumulative balance in {last} is the same"),
        ),
    };
    Some(Text::new(
        format!("{cost_nl}; {balance_nl}."),
        format!("{cost_en}; {balance_en}."),
    ))
}

pub fn side_by_side(entries: &[Entry]) -> SideBySide {
    let names: Vec<String> = entries.iter().map(|e| e.name.clone()).collect();
    let projections: Vec<Projection> = entries.iter().map(|e| project(&e.scenario)).collect();
    let year_sets: Vec<BTreeSet<i32>> = entries
        .iter()
        .map(|e| e.scenario.year_range().collect())
        .collect();
    let years: Vec<i32> = year_sets
        .iter()
        .skip(1)
        .fold(year_sets.first().cloned().unwrap_or_default(), |acc, s| {
            acc.intersection(s).copied().collect()
        })
        .into_iter()
        .collect();
    let mut notes = Vec::new();
    if year_sets.windows(2).any(|w| w[0] != w[1]) {
        let (from, to) = (
            years.first().copied().unwrap_or_default(),
            years.last().copied().unwrap_or_default(),
        );
        notes.push(if years.is_empty() {
            Text::new("Deze scenario's hebben geen jaar gemeen; er valt niets te vergelijken.", "These scenarios share no year; nothing to compare.")
        } else {
            Text::new(
                format!("De looptijden verschillen; vergeleken worden de jaren die alle scenario's hebben: {from} tot en met {to}."),
                format!("The horizons differ; compared are the years all scenarios have: {from} to {to}."),
            )
        });
    }
    let measures: Vec<MeasureRows> = [
        (
            Text::new("Totale kosten", "Total cost"),
            (|y: &crate::projection::YearResult| y.total_cost) as fn(&_) -> _,
        ),
        (
            Text::new("Saldo (inkomsten - kosten)", "Balance (income - cost)"),
            |y| y.balance,
        ),
        (Text::new("Cumulatief saldo", "Cumulative balance"), |y| {
            y.cumulative_balance
        }),
    ]
    .into_iter()
    .map(|(label, f)| MeasureRows {
        label,
        values: projections.iter().map(|p| on_years(p, &years, f)).collect(),
    })
    .collect();

    // Care forms by code in every scenario; the others named in a note.
    let shared_forms: Vec<&crate::scenario::CareForm> = entries
        .first()
        .map(|e| {
            e.scenario
                .care_forms
                .iter()
                .filter(|f| {
                    entries
                        .iter()
                        .all(|o| o.scenario.care_form(&f.id).is_some())
                })
                .collect()
        })
        .unwrap_or_default();
    let not_shared: BTreeSet<String> = entries
        .iter()
        .flat_map(|e| e.scenario.care_forms.iter())
        .filter(|f| !shared_forms.iter().any(|s| s.id == f.id))
        .map(|f| f.label.clone())
        .collect();
    if !not_shared.is_empty() {
        let list = not_shared.into_iter().collect::<Vec<_>>().join(", ");
        notes.push(Text::new(
            format!("Niet elk scenario heeft deze zorgvormen; ze tellen mee in de totalen, maar staan niet in de vergelijking per zorgvorm: {list}."),
            format!("Not every scenario has these care forms; they count in the totals but not in the comparison per care form: {list}."),
        ));
    }
    let last = years.last().copied();
    let form_costs = shared_forms
        .iter()
        .map(|form| {
            let costs = entries
                .iter()
                .zip(&projections)
                .map(|(e, p)| {
                    let index = e.scenario.care_form_index(&form.id);
                    match (last.and_then(|y| p.year(y)), index) {
                        (Some(y), Some(i)) => y.forms[i].cost,
                        _ => Decimal::ZERO,
                    }
                })
                .collect();
            (form.label.clone(), costs)
        })
        .collect();

    let (baseline_cost, baseline_balance) = match entries.first() {
        Some(e) => {
            let b = project(&e.scenario.baseline());
            (
                on_years(&b, &years, |y| y.total_cost),
                on_years(&b, &years, |y| y.balance),
            )
        }
        None => (Vec::new(), Vec::new()),
    };

    let mut differences = Vec::new();
    if let Some(first) = entries.first() {
        let first_knobs = first.scenario.knobs();
        for (i, other) in entries.iter().enumerate().skip(1) {
            let knobs = other.scenario.knobs();
            for knob in &knobs {
                let a = first_knobs.iter().find(|k| k.address == knob.address);
                if a.is_some_and(|a| a.value == knob.value) {
                    continue;
                }
                differences.push(Difference {
                    scenario: i,
                    address: knob.address.clone(),
                    sentence: difference(i, knob, a, false),
                });
            }
            for a in first_knobs
                .iter()
                .filter(|a| !knobs.iter().any(|k| k.address == a.address))
            {
                differences.push(Difference {
                    scenario: i,
                    address: a.address.clone(),
                    sentence: difference(i, a, None, true),
                });
            }
        }
    }
    let provenance = names
        .iter()
        .zip(entries)
        .map(|(name, e)| {
            let badge = e.scenario.provenance.badge();
            Text::new(
                format!("{name}: {}", badge.nl),
                format!("{name}: {}", badge.en),
            )
        })
        .collect();
    let sentences = (1..entries.len())
        .filter_map(|i| difference_sentence(i, &years, &measures))
        .collect();
    SideBySide {
        names,
        provenance,
        sentences,
        years,
        measures,
        form_costs,
        baseline_cost,
        baseline_balance,
        differences,
        notes,
    }
}

mod csv;

#[cfg(test)]
mod tests;

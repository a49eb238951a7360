//! The too-large-to-compute bound.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;

use super::{ranges, Checker, Saturating};
use crate::scenario::{ChangeKind, Scenario};

/// Refuses a scenario whose figures, each within its range, multiply into
/// amounts the projection cannot hold: 15 years of 100% growth and indexation,
/// stacked levers and every substitution into one form would overflow
/// Decimal (7.9e28) and stop the app. The bound over-estimates every yearly
/// amount with saturating arithmetic: all inflow (doubled for relapse) may end
/// up in each form, a stock grows by at most its yearly inflow, and each price
/// takes its highest indexation and every positive lever.
pub(super) fn check_scale(s: &Scenario, c: &mut Checker) {
    let years = s.years.min(ranges::MAX_YEARS);
    let grown = |rate: Decimal| {
        let factor = Decimal::ONE.sat_add(rate.abs());
        (1..years).fold(Decimal::ONE, |acc, _| acc.sat_mul(factor))
    };
    // 1 plus every positive change of each form and kind, added up in the
    // order of the levers; in one pass over them, not one per form and kind
    // (500 levers on 100 forms made that most of a whole validation).
    let mut raises: HashMap<(&str, ChangeKind), Decimal> = HashMap::new();
    for ch in &s.levers.form_changes {
        let sum = raises
            .entry((ch.form.as_str(), ch.kind))
            .or_insert(Decimal::ONE);
        *sum = sum.sat_add(ch.change.max(Decimal::ZERO));
    }
    let raised =
        |form: &str, kind: ChangeKind| raises.get(&(form, kind)).copied().unwrap_or(Decimal::ONE);
    let largest = |amounts: &BTreeMap<i32, Decimal>| {
        amounts.values().fold(Decimal::ZERO, |m, a| m.max(a.abs()))
    };
    let inflow = s
        .care_forms
        .iter()
        .fold(Decimal::ZERO, |acc, f| {
            acc.sat_add(
                f.base_inflow()
                    .abs()
                    .sat_mul(grown(f.inflow_growth))
                    .sat_mul(raised(&f.id, ChangeKind::Inflow)),
            )
        })
        .sat_mul(Decimal::TWO);
    let clients = s
        .care_forms
        .iter()
        .fold(Decimal::ZERO, |acc, f| acc.sat_add(f.clients_start.abs()))
        .sat_add(inflow.sat_mul(Decimal::from(years)));
    let volume = clients.sat_mul(Decimal::from(12)).sat_add(inflow);
    let care = s.care_forms.iter().fold(Decimal::ZERO, |acc, f| {
        let price = f
            .tariff_per_month
            .unwrap_or_default()
            .abs()
            .max(f.price_per_trajectory.unwrap_or_default().abs());
        acc.sat_add(
            price
                .sat_mul(grown(f.price_index))
                .sat_mul(raised(&f.id, ChangeKind::Tariff))
                .sat_mul(raised(&f.id, ChangeKind::Intensity))
                .sat_mul(volume),
        )
    });
    let budget = s.budget_lines.iter().fold(Decimal::ZERO, |acc, line| {
        let indexed = line.base_amount.abs().sat_mul(grown(line.index));
        acc.sat_add(indexed.max(largest(&line.amounts)))
    });
    let investments = s
        .levers
        .investments
        .iter()
        .fold(Decimal::ZERO, |acc, inv| acc.sat_add(largest(&inv.amounts)));
    let bound = care.sat_add(budget).sat_add(investments);
    if bound > Decimal::from(ranges::MAX_YEARLY_AMOUNT) {
        c.push(
            "",
            "Dit scenario is te groot om door te rekenen: met deze aantallen, tarieven, groei en knoppen kunnen de bedragen oplopen tot meer dan een miljoen miljard euro per jaar. Controleer de getallen.".into(),
            "The scenario's figures could exceed EUR 10^15 a year, beyond what the projection holds.".into(),
        );
    }
}

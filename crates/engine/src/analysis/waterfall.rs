//! Waarom verandert het saldo? From the baseline to the scenario, each
//! lever's effect alone (that lever on, the others off), and the interaction
//! between them as a bar of its own, so the bars add up exactly (to the
//! cent, in Decimal) to the total difference.

use rust_decimal::Decimal;

use super::Measure;
use crate::nl::format_euro_millions;
use crate::scenario::{Levers, Scenario};
use crate::text::Text;

/// One lever's effect alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The lever's id.
    pub id: String,
    pub label: Text,
    /// Measure with only this lever on, minus the baseline's.
    pub effect: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waterfall {
    pub measure: Measure,
    pub baseline: Decimal,
    pub steps: Vec<Step>,
    /// What the levers do together beyond their separate effects.
    pub interaction: Decimal,
    pub scenario: Decimal,
}

/// One row of the waterfall as it is shown: baseline, each lever, the
/// interaction, the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: Text,
    pub amount: Decimal,
    /// Baseline and scenario are totals standing on zero; the rest are steps.
    pub total: bool,
}

impl Waterfall {
    /// The rows in order, in words: what the Analyse tab draws as bars and
    /// the printed report lists.
    pub fn rows(&self) -> Vec<Row> {
        let step = |label: Text, amount: Decimal| Row {
            label,
            amount,
            total: false,
        };
        let mut rows = vec![Row {
            label: Text::new("Basislijn (zonder knoppen)", "Baseline (no levers)"),
            amount: self.baseline,
            total: true,
        }];
        rows.extend(self.steps.iter().map(|s| step(s.label.clone(), s.effect)));
        rows.push(step(
            Text::new("Samenspel van de knoppen", "Interaction of the levers"),
            self.interaction,
        ));
        rows.push(Row {
            label: Text::new("Scenario (met knoppen)", "Scenario (with levers)"),
            amount: self.scenario,
            total: true,
        });
        rows
    }

    /// Scenario minus baseline: the sum of the steps and the interaction.
    pub fn total(&self) -> Decimal {
        self.scenario - self.baseline
    }

    /// The step with the largest effect for the better, if any helps.
    pub fn largest_gain(&self) -> Option<&Step> {
        self.steps
            .iter()
            .filter(|s| s.effect > Decimal::ZERO)
            .max_by_key(|s| s.effect)
    }

    /// A plain sentence: "Met deze keuzes gaat het cumulatief saldo van
    /// € -40,1 mln naar € -13,0 mln; de grootste bijdrage komt van ...".
    pub fn sentence(&self) -> Text {
        let what = self.measure.label();
        let (from, to) = (
            format_euro_millions(self.baseline),
            format_euro_millions(self.scenario),
        );
        let (mut nl, mut en) = if self.steps.is_empty() {
            (
                format!(
                    "Dit scenario heeft geen knoppen: het {} is {to}, gelijk aan de basislijn.",
                    what.nl
                ),
                format!(
                    "This scenario has no levers: the {} is {to}, as in the baseline.",
                    what.en
                ),
            )
        } else {
            (
                format!(
                    "Met deze keuzes gaat het {} van {from} (basislijn) naar {to}",
                    what.nl
                ),
                format!(
                    "With these choices the {} goes from {from} (baseline) to {to}",
                    what.en
                ),
            )
        };
        if !self.steps.is_empty() {
            match self.largest_gain() {
                Some(step) => {
                    let amount = format_euro_millions(step.effect);
                    nl.push_str(&format!(
                        "; de grootste bijdrage komt van {} ({amount}).",
                        step.label.nl
                    ));
                    en.push_str(&format!(
                        "; the largest contribution comes from {} ({amount}).",
                        step.label.en
                    ));
                }
                None => {
                    nl.push_str("; geen enkele knop verbetert het saldo.");
                    en.push_str("; no lever improves the balance.");
                }
            }
        }
        Text::new(nl, en)
    }
}

/// The scenario's levers one by one, each alone on the baseline.
pub fn waterfall(s: &Scenario, measure: Measure) -> Waterfall {
    let base = s.baseline();
    let baseline = measure.of_scenario(&base);
    let scenario = measure.of_scenario(s);
    let alone = |levers: Levers| {
        let with = Scenario {
            levers,
            ..base.clone()
        };
        measure.of_scenario(&with) - baseline
    };
    let l = &s.levers;
    let form = |id: &str| s.care_form(id).map_or(id.to_string(), |f| f.label.clone());
    let named = |label: &str, fallback: Text| {
        if label.trim().is_empty() {
            fallback
        } else {
            Text::same(label.to_string())
        }
    };
    let mut steps = Vec::new();
    for r in &l.substitutions {
        let arrow = format!("{} → {}", form(&r.from), form(&r.to));
        steps.push(Step {
            id: r.id.clone(),
            label: named(
                &r.label,
                Text::new(
                    format!("substitutie {arrow}"),
                    format!("substitution {arrow}"),
                ),
            ),
            effect: alone(Levers {
                substitutions: vec![r.clone()],
                ..Levers::default()
            }),
        });
    }
    for r in &l.residential_shifts {
        steps.push(Step {
            id: r.id.clone(),
            label: named(
                &r.label,
                Text::new("afschalen verblijf", "residential shift"),
            ),
            effect: alone(Levers {
                residential_shifts: vec![r.clone()],
                ..Levers::default()
            }),
        });
    }
    for c in &l.form_changes {
        let (nl, en) = c.kind.words();
        let name = form(&c.form);
        steps.push(Step {
            id: c.id.clone(),
            label: named(
                &c.label,
                Text::new(
                    format!("{} {name}", nl.to_lowercase()),
                    format!("{} {name}", en.to_lowercase()),
                ),
            ),
            effect: alone(Levers {
                form_changes: vec![c.clone()],
                ..Levers::default()
            }),
        });
    }
    for inv in &l.investments {
        steps.push(Step {
            id: inv.id.clone(),
            label: named(&inv.label, Text::new("investering", "investment")),
            effect: alone(Levers {
                investments: vec![inv.clone()],
                ..Levers::default()
            }),
        });
    }
    for b in &l.front_budgets {
        let to = form(&b.to);
        steps.push(Step {
            id: b.id.clone(),
            label: named(
                &b.label,
                Text::new(
                    format!("budget naar de voorkant ({to})"),
                    format!("budget to the front ({to})"),
                ),
            ),
            effect: alone(Levers {
                front_budgets: vec![b.clone()],
                ..Levers::default()
            }),
        });
    }
    let separate: Decimal = steps.iter().map(|s| s.effect).sum();
    Waterfall {
        measure,
        baseline,
        interaction: scenario - baseline - separate,
        steps,
        scenario,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::presets::presets;
    use rust_decimal_macros::dec;

    #[test]
    fn the_bars_add_up_to_the_total_difference_to_the_cent() {
        let scenarios =
            std::iter::once(voorbeeldregio()).chain(presets().iter().map(|p| p.scenario()));
        for s in scenarios {
            for measure in [Measure::Cumulative, Measure::BalanceIn(s.last_year())] {
                let w = waterfall(&s, measure);
                let parts: Decimal =
                    w.steps.iter().map(|s| s.effect).sum::<Decimal>() + w.interaction;
                assert_eq!(parts, w.total(), "{}", s.name);
                assert_eq!(w.baseline, measure.of_scenario(&s.baseline()));
                assert_eq!(w.scenario, measure.of_scenario(&s));
                assert_eq!(w.steps.len(), s.levers.count());
            }
        }
    }

    #[test]
    fn the_rows_run_from_baseline_through_each_lever_to_the_scenario() {
        let w = waterfall(&voorbeeldregio(), Measure::Cumulative);
        let rows = w.rows();
        assert_eq!(rows.len(), w.steps.len() + 3);
        assert_eq!((rows[0].amount, rows[0].total), (w.baseline, true));
        let last = rows.last().unwrap();
        assert_eq!((last.amount, last.total), (w.scenario, true));
        assert_eq!(last.label.nl, "Scenario (met knoppen)");
        // The steps between them climb from the baseline to the scenario.
        let climbed: Decimal = rows[1..rows.len() - 1].iter().map(|r| r.amount).sum();
        assert_eq!(w.baseline + climbed, w.scenario);
        assert!(rows[1..rows.len() - 1].iter().all(|r| !r.total));
    }

    #[test]
    fn a_lever_at_zero_has_a_zero_bar() {
        let mut s = voorbeeldregio();
        s.levers.substitutions[0].share = Decimal::ZERO;
        let w = waterfall(&s, Measure::Cumulative);
        assert_eq!(w.steps[0].effect, Decimal::ZERO);
        assert!(w.steps[1].effect != Decimal::ZERO);
    }

    #[test]
    fn an_investment_alone_costs_exactly_its_amounts() {
        let s = voorbeeldregio();
        let w = waterfall(&s, Measure::Cumulative);
        let investment = w.steps.iter().find(|s| s.id == "pilot-poh").unwrap();
        assert_eq!(investment.effect, dec!(-1000000));
    }

    #[test]
    fn the_sentence_names_the_largest_contribution() {
        let w = waterfall(&voorbeeldregio(), Measure::Cumulative);
        // The example's steps (`jeugdscenario explain`): ggz naar POH € 25,0
        // mln, specialistisch naar generalistisch € 7,7 mln, afschalen € 29,9
        // mln, korter verblijf € 37,3 mln, the pilot € -1,0 mln.
        let best = "Korter residentieel verblijf";
        let sentence = w.sentence();
        assert!(
            sentence
                .nl
                .starts_with("Met deze keuzes gaat het cumulatief saldo van € "),
            "{}",
            sentence.nl
        );
        assert!(
            sentence
                .nl
                .contains(&format!("de grootste bijdrage komt van {best}")),
            "{}",
            sentence.nl
        );
        assert!(sentence
            .en
            .starts_with("With these choices the cumulative balance goes from"));
    }
}

//! What goal seek found, in words: the knob's value as its control shows it,
//! the answer in a sentence, and what applying it did.

use rust_decimal::Decimal;

use crate::knobs::Unit;
use crate::nl::format_number;
use crate::scenario::Scenario;
use crate::text::Text;

use super::{GoalSeek, Outcome, Target};

impl GoalSeek {
    /// The knob's value as its control shows it ("23,4%", "€ 1.250.000"),
    /// with up to two more decimals where a found value needs them
    /// ("23,456%"), never trailing zeros beyond the control's ("100,0%").
    pub fn show_value(&self, v: Decimal) -> String {
        self.show_with(v, self.decimals_for(&[v]))
    }

    /// The fewest decimals, at least the control's and at most two more,
    /// that show each of `values` as precisely as two more would: values
    /// shown together (before and after) get the same.
    pub(super) fn decimals_for(&self, values: &[Decimal]) -> u32 {
        let (least, most) = (self.knob.decimals, self.knob.decimals + 2);
        let exact = |d: u32| {
            values.iter().all(|v| {
                let shown = self.knob.to_display(*v);
                shown.round_dp(d) == shown.round_dp(most)
            })
        };
        (least..most).find(|d| exact(*d)).unwrap_or(most)
    }

    fn show_with(&self, v: Decimal, decimals: u32) -> String {
        let shown = format_number(self.knob.to_display(v), decimals);
        match self.knob.unit {
            Unit::Percent => format!("{shown}%"),
            Unit::Euro => format!("€ {shown}"),
            _ => shown,
        }
    }

    /// What applying the found value did, for a confirmation: the lever, its
    /// value `before` and in `after` (the scenario with the value applied),
    /// and whether the goal is met there, checked on `after`, not assumed.
    pub fn applied(&self, before: Decimal, after: &Scenario) -> Text {
        let name = self.knob.full_label();
        let now = after.knob_value(&self.knob.address).unwrap_or(before);
        let decimals = self.decimals_for(&[before, now]);
        let (old, new) = (
            self.show_with(before, decimals),
            self.show_with(now, decimals),
        );
        let met = self.target.is_met_by(self.target.value(after));
        let (nl, en) = match (self.target, met) {
            (Target::PlanTarget { index, .. }, _) => {
                let label = after.targets.get(index).map_or("", |t| t.label.as_str());
                if met {
                    (
                        format!("Doel \"{label}\" is nu gehaald."),
                        format!("Target \"{label}\" is now met."),
                    )
                } else {
                    (
                        format!("Doel \"{label}\" is nog niet gehaald."),
                        format!("Target \"{label}\" is still not met."),
                    )
                }
            }
            (_, true) => (
                format!("Het doel ({}) wordt nu gehaald.", self.goal.nl),
                format!("The target ({}) is now met.", self.goal.en),
            ),
            (_, false) => (
                format!("Het doel ({}) wordt nog niet gehaald.", self.goal.nl),
                format!("The target ({}) is still not met.", self.goal.en),
            ),
        };
        Text::new(
            format!(
                "Toegepast: {} van {old} naar {new}. {nl} Ongedaan maken zet de oude waarde terug.",
                name.nl
            ),
            format!(
                "Applied: {} from {old} to {new}. {en} Undo restores the old value.",
                name.en
            ),
        )
    }

    /// The result in words, in Dutch and English.
    pub fn sentence(&self) -> Text {
        let name = self.knob.full_label();
        let goal = &self.goal;
        match &self.outcome {
            Outcome::AlreadyMet { reached } => Text::new(
                format!("Het doel ({}) wordt al gehaald: {}.", goal.nl, self.target.show(*reached)),
                format!("The target ({}) is already met: {}.", goal.en, self.target.show(*reached)),
            ),
            Outcome::Found { value, reached, precision } => {
                let p = self.show_value(*precision);
                Text::new(
                    format!(
                        "{}: {} haalt het doel ({}); dan {} (nauwkeurig op {p}).",
                        name.nl,
                        self.show_value(*value),
                        goal.nl,
                        self.target.show(*reached)
                    ),
                    format!(
                        "{}: {} meets the target ({}); then {} (precise to {p}).",
                        name.en,
                        self.show_value(*value),
                        goal.en,
                        self.target.show(*reached)
                    ),
                )
            }
            Outcome::Unreachable { best_value, best } => Text::new(
                format!(
                    "Met {} is het doel ({}) niet te halen binnen het toegestane bereik. Het dichtst bij komt {}: dan {}.",
                    name.nl,
                    goal.nl,
                    self.show_value(*best_value),
                    self.target.show(*best)
                ),
                format!(
                    "No value of {} within its allowed range meets the target ({}). Closest: {}, giving {}.",
                    name.en,
                    goal.en,
                    self.show_value(*best_value),
                    self.target.show(*best)
                ),
            ),
        }
    }
}

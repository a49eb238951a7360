//! The form of Doel zoeken: which knobs can be sought, which goals can be
//! reached, and the goal a user's choices and typed value make, refused
//! in words when the value does not read or the target is gone.

use super::Target;
use crate::analysis::fields::{goal_amount_field, goal_share_field};
use crate::analysis::sensitivity::is_key;
use crate::knobs::{Address, BudgetField};
use crate::scenario::Scenario;
use crate::text::{Choice, Text};

/// What the user wants to reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Goal {
    /// The balance of a year at least a value.
    Balance,
    /// The cumulative balance at least a value.
    Cumulative,
    /// The residential share of a year at most a value.
    Residential,
    /// One of the scenario's own targets (Doelen), by id.
    Plan(String),
}

impl Goal {
    /// The goal as a select's value.
    pub fn id(&self) -> String {
        match self {
            Goal::Balance => "saldo".into(),
            Goal::Cumulative => "cumulatief".into(),
            Goal::Residential => "verblijf".into(),
            Goal::Plan(id) => format!("doel:{id}"),
        }
    }

    /// The goal a select's value stands for (the balance for anything else).
    pub fn from_id(id: &str) -> Goal {
        match id {
            "cumulatief" => Goal::Cumulative,
            "verblijf" => Goal::Residential,
            _ => id
                .strip_prefix("doel:")
                .map_or(Goal::Balance, |t| Goal::Plan(t.to_string())),
        }
    }

    /// The goal is about one year, chosen beside it.
    pub fn has_year(&self) -> bool {
        matches!(self, Goal::Balance | Goal::Residential)
    }

    /// A value is typed for it (a plan target brings its own).
    pub fn has_value(&self) -> bool {
        !matches!(self, Goal::Plan(_))
    }

    /// The value's unit as shown after the field's label.
    pub fn unit(&self) -> &'static str {
        match self {
            Goal::Residential => "%",
            _ => "€",
        }
    }

    /// The value a newly chosen goal starts with: a balance of 0, a
    /// residential share of 15%.
    pub fn first_value(&self) -> &'static str {
        match self {
            Goal::Residential => "15",
            _ => "0",
        }
    }

    /// The engine's target for this goal in `year` with the typed `value`,
    /// or why there is none.
    pub fn target(&self, s: &Scenario, year: i32, value: &str) -> Result<Target, Text> {
        if let Goal::Plan(id) = self {
            return Target::plan_target(s, id).ok_or_else(|| {
                Text::new(
                    "Dit doel bestaat niet (meer). Kies een ander doel.",
                    "This target no longer exists. Choose another one.",
                )
            });
        }
        let field = match self {
            Goal::Residential => goal_share_field(),
            _ => goal_amount_field(),
        };
        let amount = field.parse(value)?;
        Ok(match self {
            Goal::Balance => Target::BalanceAtLeast { year, amount },
            Goal::Cumulative => Target::CumulativeAtLeast { amount },
            _ => Target::ResidentialShareAtMost {
                year,
                share: amount,
            },
        })
    }
}

/// The goals of this scenario: the three of every scenario, then its own
/// targets.
pub fn goal_choices(s: &Scenario) -> Vec<Choice> {
    let mut choices = vec![
        (
            Goal::Balance.id(),
            Text::new("Saldo in een jaar ten minste", "Balance in a year at least"),
        ),
        (
            Goal::Cumulative.id(),
            Text::new("Cumulatief saldo ten minste", "Cumulative balance at least"),
        ),
        (
            Goal::Residential.id(),
            Text::new(
                "Aandeel residentiële zorg in een jaar hooguit",
                "Share in residential care in a year at most",
            ),
        ),
    ];
    choices.extend(s.targets.iter().map(|t| {
        (
            Goal::Plan(t.id.clone()).id(),
            Text::new(
                format!("Doel uit het plan: {}", t.label),
                format!("Plan target: {}", t.label),
            ),
        )
    }));
    choices
}

/// The knobs goal seek can move: the levers and key assumptions of the
/// sensitivity analysis, and each budget line's base amount.
pub fn seekable_knobs(s: &Scenario) -> Vec<Choice> {
    s.knobs()
        .into_iter()
        .filter(|k| {
            is_key(k)
                || matches!(
                    k.address,
                    Address::BudgetLine {
                        field: BudgetField::BaseAmount,
                        ..
                    }
                )
        })
        .map(|k| (k.address.to_string(), k.full_label()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::example::voorbeeldregio;
    use rust_decimal::Decimal;

    #[test]
    fn a_goal_reads_back_from_its_value_and_a_plan_target_is_offered() {
        let mut s = voorbeeldregio();
        let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
        let choices = goal_choices(&s);
        assert_eq!(choices.len(), 4);
        for (value, _) in &choices {
            assert_eq!(&Goal::from_id(value).id(), value);
        }
        assert_eq!(Goal::from_id(&choices[3].0), Goal::Plan(id));
        assert!(choices[3].1.nl.starts_with("Doel uit het plan: "));
    }

    #[test]
    fn a_typed_value_becomes_the_target_or_a_dutch_message() {
        let s = voorbeeldregio();
        assert_eq!(
            Goal::Balance.target(&s, 2030, "-1.500.000"),
            Ok(Target::BalanceAtLeast {
                year: 2030,
                amount: Decimal::from(-1_500_000)
            })
        );
        assert_eq!(
            Goal::Residential.target(&s, 2030, "12,5"),
            Ok(Target::ResidentialShareAtMost {
                year: 2030,
                share: Decimal::new(125, 3)
            })
        );
        assert!(Goal::Residential.target(&s, 2030, "veel").is_err());
        let gone = Goal::Plan("weg".into()).target(&s, 2030, "").unwrap_err();
        assert!(gone.nl.contains("bestaat niet"));
    }

    #[test]
    fn goal_seek_moves_levers_assumptions_and_base_amounts_but_no_timing() {
        let s = voorbeeldregio();
        let knobs = seekable_knobs(&s);
        let has = |text: &str| knobs.iter().any(|(a, _)| a == text);
        assert!(has("levers.substitutions.ggz-naar-poh.share"));
        assert!(has("budget_lines.rijksbijdrage.base_amount"));
        assert!(!has("levers.substitutions.ggz-naar-poh.start_year"));
        assert!(has("care_forms.jgt.price_index"), "a key assumption");
        assert!(!has("levers.substitutions.ggz-naar-poh.ramp_years"));
    }
}

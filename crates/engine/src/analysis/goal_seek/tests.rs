//! Goal seek: the search within a knob's bounds, and a plan's own target as
//! the goal.

mod search {
    use super::super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    fn address(text: &str) -> Address {
        text.parse().unwrap()
    }

    #[test]
    fn the_found_share_meets_the_target_when_projected_again() {
        let s = voorbeeldregio();
        let knob = address("levers.substitutions.ggz-naar-poh.share");
        // EUR 1 mln better over the horizon than the scenario as it is.
        let now = Target::CumulativeAtLeast {
            amount: Decimal::ZERO,
        }
        .value(&s);
        let target = Target::CumulativeAtLeast {
            amount: now + dec!(1000000),
        };
        let result = goal_seek(&s, &knob, target).unwrap();
        let Outcome::Found {
            value,
            reached,
            precision,
        } = result.outcome
        else {
            panic!("{:?}", result.outcome)
        };
        let mut applied = s.clone();
        applied.apply(Edit::set(knob.clone(), value)).unwrap();
        assert_eq!(target.value(&applied), reached);
        assert!(target.is_met_by(reached));
        // One precision step less does not reach it: the least move.
        let mut less = s.clone();
        less.apply(Edit::set(knob, value - precision)).unwrap();
        assert!(!target.is_met_by(target.value(&less)));
        assert!(result.sentence().nl.contains("haalt het doel"));
    }

    #[test]
    fn an_unreachable_target_says_so_with_the_best_value() {
        let s = voorbeeldregio();
        let knob = address("levers.substitutions.ggz-naar-poh.relapse");
        let target = Target::CumulativeAtLeast {
            amount: dec!(1000000000),
        };
        let result = goal_seek(&s, &knob, target).unwrap();
        let Outcome::Unreachable { best_value, best } = result.outcome else {
            panic!("{:?}", result.outcome)
        };
        // Less relapse is better: the best is no relapse at all.
        assert_eq!(best_value, Decimal::ZERO);
        assert!(!target.is_met_by(best));
        assert!(
            result.sentence().nl.contains("niet te halen"),
            "{}",
            result.sentence().nl
        );
    }

    #[test]
    fn a_residential_share_target_is_reached_by_shorter_stays() {
        let s = voorbeeldregio();
        let knob = address("levers.form_changes.korter-verblijf.change");
        let now = Target::ResidentialShareAtMost {
            year: 2030,
            share: Decimal::ONE,
        }
        .value(&s);
        let target = Target::ResidentialShareAtMost {
            year: 2030,
            share: now - dec!(0.002),
        };
        let result = goal_seek(&s, &knob, target).unwrap();
        let Outcome::Found { value, reached, .. } = result.outcome else {
            panic!("{:?}", result.outcome)
        };
        assert!(
            value < dec!(-0.1),
            "shorter than the -10% the scenario has: {value}"
        );
        assert!(reached <= target_share(target));
    }

    fn target_share(t: Target) -> Decimal {
        match t {
            Target::ResidentialShareAtMost { share, .. } => share,
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_target_already_met_moves_nothing() {
        let s = voorbeeldregio();
        let knob = address("levers.substitutions.ggz-naar-poh.share");
        let result = goal_seek(
            &s,
            &knob,
            Target::CumulativeAtLeast {
                amount: dec!(-100000000000),
            },
        )
        .unwrap();
        assert!(matches!(result.outcome, Outcome::AlreadyMet { .. }));
    }

    #[test]
    fn the_budget_closes_in_a_year_by_the_rijksbijdrage() {
        let s = voorbeeldregio();
        let knob = address("budget_lines.rijksbijdrage.base_amount");
        let target = Target::BalanceAtLeast {
            year: 2028,
            amount: Decimal::ZERO,
        };
        let result = goal_seek(&s, &knob, target).unwrap();
        let Outcome::Found {
            value,
            reached,
            precision,
        } = result.outcome
        else {
            panic!("{:?}", result.outcome)
        };
        assert!(reached >= Decimal::ZERO);
        assert!(precision <= dec!(0.01));
        let mut applied = s.clone();
        applied.apply(Edit::set(knob, value)).unwrap();
        assert!(target.value(&applied) >= Decimal::ZERO);
    }
}

mod plan_targets {
    use super::super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    /// A doel of the scenario as the goal: the smallest move of a lever that
    /// makes it gehaald, and the re-projected scenario really meets it.
    #[test]
    fn goal_seek_solves_for_a_plan_target() {
        let mut s = voorbeeldregio();
        let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
        // Care cost in the last year at most 10% above the base year.
        s.apply(Edit::set(
            Address::target(&id, crate::knobs::TargetField::Value),
            dec!(0.1),
        ))
        .unwrap();
        let target = Target::plan_target(&s, &id).unwrap();
        assert!(!target.is_met_by(target.value(&s)), "not met to start with");
        let knob: Address = "levers.substitutions.ggz-naar-poh.share".parse().unwrap();
        let result = goal_seek(&s, &knob, target).unwrap();
        assert!(result
            .goal
            .nl
            .contains("Zorgkosten niet hoger dan in het basisjaar"));
        match result.outcome {
            Outcome::Found { value, .. } => {
                let mut moved = s.clone();
                moved.apply(Edit::set(knob, value)).unwrap();
                let c = crate::targets::check(&moved, &project(&moved), &moved.targets[0]);
                assert_eq!(c.verdict, crate::targets::Verdict::Met);
            }
            Outcome::Unreachable { best, .. } => {
                assert!(best < Decimal::ZERO);
                assert!(
                    result.sentence().nl.contains("te kort"),
                    "{}",
                    result.sentence().nl
                );
            }
            Outcome::AlreadyMet { .. } => panic!("was not met"),
        }
    }
}

/// "Doel zoeken" from the Doelen tab: the lever chosen for a target, and the
/// confirmation after applying the value found.
mod suggest {
    use super::super::*;
    use crate::example::voorbeeldregio;
    use crate::presets::preset;
    use crate::targets::{check, Verdict};
    use rust_decimal_macros::dec;

    /// Applies the found value and says what happened, as the app does.
    fn seek_and_apply(s: &Scenario, id: &str) -> (Address, Scenario, Text) {
        let knob = suggest_knob(s, id).expect("a lever for the target");
        let target = Target::plan_target(s, id).unwrap();
        let result = goal_seek(s, &knob, target).unwrap();
        let Outcome::Found { value, .. } = result.outcome else {
            panic!("{:?}", result.outcome)
        };
        let mut after = s.clone();
        after.apply(Edit::set(knob.clone(), value)).unwrap();
        let before = s.knob_value(&knob).unwrap();
        let text = result.applied(before, &after);
        (knob, after, text)
    }

    #[test]
    fn a_residential_target_gets_the_residential_shift_and_is_met_after_applying() {
        let s = preset("holland-rijnland-2018").unwrap();
        let id = "residentieel-niet-toenemen";
        let (knob, after, text) = seek_and_apply(&s, id);
        assert_eq!(
            knob.to_string(),
            "levers.residential_shifts.transformatie-verblijf.share"
        );
        let t = after.targets.iter().find(|t| t.id == id).unwrap();
        assert_eq!(check(&after, &project(&after), t).verdict, Verdict::Met);
        assert!(
            text.nl.starts_with(
                "Toegepast: Afschalen verblijf van Jeugdhulp met verblijf (residentieel, 24-uurs): Aandeel van de instroom in verblijf van 0,000% naar "
            ),
            "{}",
            text.nl
        );
        assert!(
            text.nl
                .contains(&format!("Doel \"{}\" is nu gehaald.", t.label)),
            "{}",
            text.nl
        );
        assert!(text.en.contains("is now met. Undo restores the old value."));
    }

    #[test]
    fn a_cost_target_gets_a_lever_that_moves_cost_and_a_target_not_met_says_so() {
        let mut s = voorbeeldregio();
        let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
        // Care cost in the last year at most 20% above the base year.
        s.apply(Edit::set(
            Address::target(&id, crate::knobs::TargetField::Value),
            dec!(0.2),
        ))
        .unwrap();
        let knob = suggest_knob(&s, &id).unwrap();
        let chosen = s.knob(&knob).unwrap();
        assert_eq!(chosen.kind, crate::knobs::KnobKind::Lever);
        // It moves the target the right way.
        let target = Target::plan_target(&s, &id).unwrap();
        let result = goal_seek(&s, &knob, target).unwrap();
        assert!(
            !matches!(result.outcome, Outcome::AlreadyMet { .. }),
            "{:?}",
            result.outcome
        );
        // Applying the current value again leaves the target missed: the
        // confirmation says so, it does not assume success.
        let text = result.applied(chosen.value, &s);
        assert!(text.nl.contains("is nog niet gehaald."), "{}", text.nl);
    }

    #[test]
    fn without_levers_there_is_nothing_to_suggest() {
        let mut s = voorbeeldregio();
        let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
        s.levers = Default::default();
        assert_eq!(suggest_knob(&s, &id), None);
        assert_eq!(suggest_knob(&s, "no-such-target"), None);
    }
}

mod words {
    use super::super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    fn seek(knob: &str) -> GoalSeek {
        let s = voorbeeldregio();
        let target = Target::CumulativeAtLeast { amount: dec!(0) };
        goal_seek(&s, &knob.parse().unwrap(), target).unwrap()
    }

    #[test]
    fn a_value_shows_the_decimals_it_needs_and_a_pair_the_same() {
        let share = seek("levers.substitutions.ggz-naar-poh.share");
        // A share's control shows one decimal; a found value up to three.
        assert_eq!(share.show_value(dec!(1)), "100,0%");
        assert_eq!(share.show_value(dec!(0.04715)), "4,715%");
        assert_eq!(share.show_value(dec!(0.0472)), "4,72%");
        assert_eq!(share.decimals_for(&[dec!(0), dec!(0.04715)]), 3);
        let money = seek("budget_lines.rijksbijdrage.base_amount");
        assert_eq!(money.show_value(dec!(190000000)), "€ 190.000.000");
        assert_eq!(
            money.decimals_for(&[dec!(190000000), dec!(197335701.83)]),
            2,
            "before and after in cents together"
        );
    }
}

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

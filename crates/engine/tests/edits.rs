//! Random sequences of edits, as a user clicking and typing at random would
//! make them: each edit is either refused with the scenario unchanged, or
//! the result is a scenario the file loader takes back unchanged. So the app,
//! which changes its scenario only through edits, never holds a scenario its
//! own loader would refuse.

use jeugdscenario_engine::edit::CostModel;
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::presets::presets;
use jeugdscenario_engine::scenario::{BudgetKind, ChangeKind, Scenario};
use jeugdscenario_engine::{load_scenario, scenario_to_json, validate, Edit};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// An edit described by positions and choices, resolved against the
/// scenario as it is at that moment (ids change as things are added).
#[derive(Debug, Clone)]
enum Step {
    Knob { pick: usize, value: ValuePick },
    AddSubstitution(usize, usize),
    AddShift,
    ShiftSource(usize, bool),
    AddMix(usize),
    RemoveMix(usize),
    AddChange(usize, usize, i64),
    RemoveLever(usize),
    AddLine(bool),
    RemoveLine(usize),
    RenameLine(usize, usize),
    LineAmount(usize, i32, Option<i64>),
    AddInvestment,
    InvestmentAmount(usize, i32, Option<i64>),
    AddMunicipality(usize),
    RemoveMunicipality(usize),
    CostModel(bool),
    Rename(usize),
}

/// Where in (or just outside) a knob's range a value falls.
#[derive(Debug, Clone)]
enum ValuePick {
    Min,
    Max,
    BelowMin,
    AboveMax,
    /// A fraction of the way from min to max, in thousandths.
    Between(u32),
    /// Any number, in hundredths.
    Any(i64),
}

const NAMES: [&str; 6] = [
    "Plan B",
    "",
    "   ",
    "<script>alert(1)</script>",
    "=SOM(A1:A9)",
    "Een heel lange naam die doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en doorgaat en voorbij de tweehonderd tekens komt",
];

fn value_pick() -> impl Strategy<Value = ValuePick> {
    prop_oneof![
        Just(ValuePick::Min),
        Just(ValuePick::Max),
        Just(ValuePick::BelowMin),
        Just(ValuePick::AboveMax),
        (0u32..=1000).prop_map(ValuePick::Between),
        (-1_000_000i64..1_000_000).prop_map(ValuePick::Any),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let i = || 0usize..40;
    prop_oneof![
        6 => (i(), value_pick()).prop_map(|(pick, value)| Step::Knob { pick: pick * 7, value }),
        1 => (i(), i()).prop_map(|(a, b)| Step::AddSubstitution(a, b)),
        1 => Just(Step::AddShift),
        1 => (i(), any::<bool>()).prop_map(|(f, on)| Step::ShiftSource(f, on)),
        1 => i().prop_map(Step::AddMix),
        1 => i().prop_map(Step::RemoveMix),
        1 => (i(), 0usize..4, -150i64..150).prop_map(|(f, k, c)| Step::AddChange(f, k, c)),
        1 => i().prop_map(Step::RemoveLever),
        2 => any::<bool>().prop_map(Step::AddLine),
        1 => i().prop_map(Step::RemoveLine),
        1 => (i(), 0usize..NAMES.len()).prop_map(|(l, n)| Step::RenameLine(l, n)),
        1 => (i(), -2i32..12, proptest::option::of(-1_000_000_000i64..1_000_000_000))
            .prop_map(|(l, y, a)| Step::LineAmount(l, y, a)),
        1 => Just(Step::AddInvestment),
        1 => (i(), -2i32..12, proptest::option::of(-1_000_000i64..10_000_000))
            .prop_map(|(l, y, a)| Step::InvestmentAmount(l, y, a)),
        1 => (0usize..NAMES.len()).prop_map(Step::AddMunicipality),
        1 => i().prop_map(Step::RemoveMunicipality),
        1 => any::<bool>().prop_map(Step::CostModel),
        1 => (0usize..NAMES.len()).prop_map(Step::Rename),
    ]
}

fn nth<T>(list: &[T], i: usize) -> Option<&T> {
    (!list.is_empty()).then(|| &list[i % list.len()])
}

fn resolve(s: &Scenario, step: &Step) -> Option<Edit> {
    let form = |i: usize| nth(&s.care_forms, i).map(|f| f.id.clone());
    let year = |offset: i32| s.base_year + offset;
    Some(match step {
        Step::Knob { pick, value } => {
            let knobs = s.knobs();
            let knob = nth(&knobs, *pick)?;
            let b = knob.bounds;
            let value = match value {
                ValuePick::Min => b.min,
                ValuePick::Max => b.max,
                ValuePick::BelowMin => b.min - b.step,
                ValuePick::AboveMax => b.max + b.step,
                ValuePick::Between(t) => {
                    (b.min + (b.max - b.min) * Decimal::new(i64::from(*t), 3)).round_dp(4)
                }
                ValuePick::Any(n) => Decimal::new(*n, 2),
            };
            Edit::set(knob.address.clone(), value)
        }
        Step::AddSubstitution(a, b) => Edit::AddSubstitution {
            from: form(*a)?,
            to: form(*b)?,
        },
        Step::AddShift => Edit::AddResidentialShift,
        Step::ShiftSource(f, on) => Edit::SetShiftSource {
            shift: s.levers.residential_shifts.first()?.id.clone(),
            form: form(*f)?,
            on: *on,
        },
        Step::AddMix(f) => Edit::AddMixTarget {
            shift: s.levers.residential_shifts.first()?.id.clone(),
            to: form(*f)?,
        },
        Step::RemoveMix(i) => {
            let shift = s.levers.residential_shifts.first()?;
            Edit::RemoveMixTarget {
                shift: shift.id.clone(),
                to: nth(&shift.mix, *i)?.to.clone(),
            }
        }
        Step::AddChange(f, k, c) => Edit::AddFormChange {
            form: form(*f)?,
            kind: ChangeKind::ALL[*k],
            change: Decimal::new(*c, 2),
        },
        Step::RemoveLever(i) => {
            let l = &s.levers;
            match i % 4 {
                0 => Edit::RemoveSubstitution {
                    id: nth(&l.substitutions, *i)?.id.clone(),
                },
                1 => Edit::RemoveResidentialShift {
                    id: nth(&l.residential_shifts, *i)?.id.clone(),
                },
                2 => Edit::RemoveFormChange {
                    id: nth(&l.form_changes, *i)?.id.clone(),
                },
                _ => Edit::RemoveInvestment {
                    id: nth(&l.investments, *i)?.id.clone(),
                },
            }
        }
        Step::AddLine(income) => Edit::AddBudgetLine {
            kind: if *income {
                BudgetKind::Income
            } else {
                BudgetKind::Expense
            },
        },
        Step::RemoveLine(i) => Edit::RemoveBudgetLine {
            id: nth(&s.budget_lines, *i)?.id.clone(),
        },
        Step::RenameLine(i, n) => Edit::RenameBudgetLine {
            id: nth(&s.budget_lines, *i)?.id.clone(),
            label: NAMES[*n].into(),
        },
        Step::LineAmount(i, y, a) => Edit::SetBudgetAmount {
            id: nth(&s.budget_lines, *i)?.id.clone(),
            year: year(*y),
            amount: a.map(Decimal::from),
        },
        Step::AddInvestment => Edit::AddInvestment,
        Step::InvestmentAmount(i, y, a) => Edit::SetInvestmentAmount {
            id: nth(&s.levers.investments, *i)?.id.clone(),
            year: year(*y),
            amount: a.map(Decimal::from),
        },
        Step::AddMunicipality(n) => Edit::AddMunicipality {
            name: NAMES[*n].into(),
        },
        Step::RemoveMunicipality(i) => Edit::RemoveMunicipality {
            id: nth(&s.municipalities, *i)?.id.clone(),
        },
        Step::CostModel(insurance) => Edit::SetCostModel(if *insurance {
            CostModel::Insurance
        } else {
            CostModel::Solidarity
        }),
        Step::Rename(n) => Edit::Rename {
            name: NAMES[*n].into(),
        },
    })
}

fn start() -> impl Strategy<Value = Scenario> {
    let count = presets().len();
    (0..=count).prop_map(move |i| {
        if i == count {
            voorbeeldregio()
        } else {
            presets()[i].scenario()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_edit_is_refused_untouched_or_survives_write_and_load(
        mut s in start(),
        steps in proptest::collection::vec(step(), 1..40),
    ) {
        let mut accepted = 0;
        for step in &steps {
            let Some(edit) = resolve(&s, step) else { continue };
            let before = s.clone();
            match s.apply(edit.clone()) {
                Err(refusal) => {
                    prop_assert!(!refusal.problems.is_empty());
                    prop_assert_eq!(&s, &before, "a refused edit changed the scenario: {:?}", edit);
                }
                Ok(applied) => {
                    accepted += 1;
                    prop_assert_eq!(applied.changed, s != before);
                    prop_assert!(validate(&s).is_empty());
                    let reloaded = load_scenario(scenario_to_json(&s).as_bytes());
                    prop_assert_eq!(reloaded.as_ref(), Ok(&s), "after {:?}", edit);
                }
            }
        }
        let _ = accepted;
    }
}

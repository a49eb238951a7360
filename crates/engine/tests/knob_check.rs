//! A knob move is checked against the rules that knob can break, not the
//! whole scenario (`validate_knob`). These tests drive random knob moves, in
//! and outside their bounds, on the example region, every plan and the
//! scenario at the format's limits, each first varied by random edits, and
//! check that `Scenario::apply` says exactly what validating the whole
//! result says (`Scenario::apply_validating_all`): the same acceptance, the
//! same problems with the same messages in the same order, the same scenario
//! after it.

mod scale;

use jeugdscenario_engine::edit::CostModel;
use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::knobs::{Address, LeverField, MunicipalityField};
use jeugdscenario_engine::presets::presets;
use jeugdscenario_engine::scenario::{BudgetKind, ChangeKind, Scenario};
use jeugdscenario_engine::{validate, Edit};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The scenarios to start from: the example region, the plans, the scale
/// scenario.
fn bases() -> Vec<Scenario> {
    let mut bases = vec![voorbeeldregio(), scale::scale_scenario()];
    bases.extend(presets().iter().map(|p| p.scenario()));
    bases
}

/// A valid scenario set up so that one knob can break a rule across
/// entities.
#[derive(Debug, Clone, Copy)]
enum Setup {
    AsIs,
    /// Solidarity written as an insured share of 100%, with no own use: an
    /// insured share below it needs every municipality's own use.
    InsuredShareOfOne,
    /// Two municipalities, the first out of the key from next year: the
    /// second one's share alone keeps that year's key from being empty.
    KeyFromNextYear,
    /// Two municipalities, the first with no weight: the second one's share
    /// alone keeps the key from being empty.
    OneWeightInTheKey,
    /// The insurance model with two municipalities, the first with no own
    /// use: the second one's alone keeps the model working.
    OneOwnUse,
    /// Figures just below the too-large-to-compute bound, so that raising
    /// almost any figure it reads crosses it.
    NearTheBound,
}

fn setup() -> impl Strategy<Value = Setup> {
    prop_oneof![
        Just(Setup::AsIs),
        Just(Setup::InsuredShareOfOne),
        Just(Setup::KeyFromNextYear),
        Just(Setup::OneWeightInTheKey),
        Just(Setup::OneOwnUse),
        Just(Setup::NearTheBound),
    ]
}

fn set_up(mut s: Scenario, setup: Setup) -> Scenario {
    let year = s.next_year();
    let two = |s: &mut Scenario| {
        s.municipalities.truncate(2);
        if s.municipalities.len() == 1 {
            let mut second = s.municipalities[0].clone();
            second.id = "tweede-gemeente".into();
            second.name = "Tweede gemeente".into();
            s.municipalities.push(second);
        }
        s.municipalities[1].share = Decimal::ONE;
    };
    match setup {
        Setup::AsIs => {}
        Setup::InsuredShareOfOne => {
            if s.insured_share_from.is_empty() {
                s.insured_share = Some(Decimal::ONE);
            }
        }
        Setup::KeyFromNextYear => {
            two(&mut s);
            s.municipalities[0].share_from.insert(year, Decimal::ZERO);
        }
        Setup::OneWeightInTheKey => {
            two(&mut s);
            s.municipalities[0].share = Decimal::ZERO;
        }
        Setup::OneOwnUse => {
            s.apply(Edit::SetCostModel(CostModel::Insurance))
                .expect("the insurance model");
            two(&mut s);
            s.municipalities[0].own_use = Some(Decimal::ZERO);
            s.municipalities[1].own_use = Some(Decimal::ONE);
        }
        Setup::NearTheBound => {
            // The first form grows 100% a year and takes as many clients
            // (to a thousandth) as the bound allows; the first budget line
            // fills what room is left, to the euro.
            s.care_forms[0].inflow_growth = Decimal::ONE;
            if s.levers.investments.is_empty() {
                s.apply(Edit::AddInvestment).expect("an investment");
            }
            let clients = largest_valid(&s, 10_000_000, 3, |s, v| {
                s.care_forms[0].clients_start = v;
            });
            s.care_forms[0].clients_start = clients;
            if !s.budget_lines.is_empty() {
                let amount = largest_valid(&s, 100_000_000_000, 0, |s, v| {
                    s.budget_lines[0].base_amount = v;
                });
                s.budget_lines[0].base_amount = amount;
            }
        }
    }
    assert!(validate(&s).is_empty(), "{setup:?}: {:?}", validate(&s));
    s
}

/// The largest value from 0 to `max`, in steps of 10^-`scale`, that `set`
/// can give `s` with `s` still valid (0 when none is).
fn largest_valid(
    s: &Scenario,
    max: i64,
    scale: u32,
    set: impl Fn(&mut Scenario, Decimal),
) -> Decimal {
    let valid = |v: i64| {
        let mut t = s.clone();
        set(&mut t, Decimal::new(v, scale));
        validate(&t).is_empty()
    };
    let (mut lo, mut hi) = (0, max * 10i64.pow(scale));
    if valid(hi) {
        return Decimal::new(hi, scale);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if valid(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Decimal::new(lo, scale)
}

/// An edit that gives knobs more to break: levers leaving the same form, a
/// mix, a front budget, the insurance model, targets, expense lines.
#[derive(Debug, Clone)]
enum Vary {
    /// A substitution from a form some lever already takes inflow from.
    SubstitutionFromASource(usize, usize),
    Substitution(usize, usize),
    Shift,
    /// Another residential form into the first shift.
    ShiftSource(usize),
    MixTarget(usize),
    FrontBudget(usize),
    Investment,
    Insurance,
    InsuredShareFrom(i32, u32),
    ShareFrom(usize, i32, u32),
    Target,
    ExpenseLine,
    FormChange(usize, usize, i64),
}

fn vary() -> impl Strategy<Value = Vary> {
    let i = || 0usize..1000;
    prop_oneof![
        3 => (i(), i()).prop_map(|(a, b)| Vary::SubstitutionFromASource(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Vary::Substitution(a, b)),
        1 => Just(Vary::Shift),
        2 => i().prop_map(Vary::ShiftSource),
        2 => i().prop_map(Vary::MixTarget),
        1 => i().prop_map(Vary::FrontBudget),
        1 => Just(Vary::Investment),
        1 => Just(Vary::Insurance),
        1 => (0i32..16, 0u32..=2).prop_map(|(y, p)| Vary::InsuredShareFrom(y, p)),
        1 => (i(), 0i32..16, 0u32..=2).prop_map(|(m, y, w)| Vary::ShareFrom(m, y, w)),
        1 => Just(Vary::Target),
        1 => Just(Vary::ExpenseLine),
        1 => (i(), 0usize..4, -100i64..500).prop_map(|(f, k, c)| Vary::FormChange(f, k, c)),
    ]
}

fn nth<T>(list: &[T], i: usize) -> Option<&T> {
    (!list.is_empty()).then(|| &list[i % list.len()])
}

fn variation(s: &Scenario, vary: &Vary) -> Option<Edit> {
    let form = |i: usize| nth(&s.care_forms, i).map(|f| f.id.clone());
    let half = |p: u32| Decimal::new(i64::from(p) * 5, 1);
    Some(match vary {
        Vary::SubstitutionFromASource(a, b) => {
            let levers = &s.levers;
            let sources: Vec<&String> = levers
                .substitutions
                .iter()
                .map(|r| &r.from)
                .chain(levers.residential_shifts.iter().flat_map(|r| &r.from))
                .collect();
            Edit::AddSubstitution {
                from: (*nth(&sources, *a)?).clone(),
                to: form(*b)?,
            }
        }
        Vary::Substitution(a, b) => Edit::AddSubstitution {
            from: form(*a)?,
            to: form(*b)?,
        },
        Vary::Shift => Edit::AddResidentialShift,
        Vary::ShiftSource(f) => {
            let residential: Vec<_> = s.care_forms.iter().filter(|f| f.is_residential()).collect();
            Edit::SetShiftSource {
                shift: s.levers.residential_shifts.first()?.id.clone(),
                form: nth(&residential, *f)?.id.clone(),
                on: true,
            }
        }
        Vary::MixTarget(f) => Edit::AddMixTarget {
            shift: s.levers.residential_shifts.first()?.id.clone(),
            to: form(*f)?,
        },
        Vary::FrontBudget(f) => Edit::AddFrontBudget { to: form(*f)? },
        Vary::Investment => Edit::AddInvestment,
        Vary::Insurance => Edit::SetCostModel(CostModel::Insurance),
        Vary::InsuredShareFrom(y, p) => Edit::SetInsuredShareFrom {
            year: s.base_year + y,
            share: Some(half(*p)),
        },
        Vary::ShareFrom(m, y, w) => Edit::SetMunicipalityShareFrom {
            id: nth(&s.municipalities, *m)?.id.clone(),
            year: s.base_year + y,
            share: Some(half(*w)),
        },
        Vary::Target => Edit::AddTarget,
        Vary::ExpenseLine => Edit::AddBudgetLine {
            kind: BudgetKind::Expense,
        },
        Vary::FormChange(f, k, c) => Edit::AddFormChange {
            form: form(*f)?,
            kind: ChangeKind::ALL[*k],
            change: Decimal::new(*c, 2),
        },
    })
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
    /// Some steps from where the knob stands.
    Steps(i64),
    /// Any number, in hundredths.
    Any(i64),
}

fn value_pick() -> impl Strategy<Value = ValuePick> {
    prop_oneof![
        2 => Just(ValuePick::Min),
        2 => Just(ValuePick::Max),
        1 => Just(ValuePick::BelowMin),
        1 => Just(ValuePick::AboveMax),
        2 => (0u32..=1000).prop_map(ValuePick::Between),
        2 => (-40i64..=40).prop_map(ValuePick::Steps),
        1 => (-1_000_000i64..1_000_000).prop_map(ValuePick::Any),
    ]
}

/// What a knob is, apart from its entity: the kinds of knob a move picks
/// from evenly, so the 2,500 knobs of the scale scenario's care forms and
/// changes do not crowd out its one insured share.
fn kind(address: &Address) -> String {
    match address {
        Address::Lever { list, field, .. } => match field {
            LeverField::Mix(_) => format!("{list:?} mix"),
            field => format!("{list:?} {field:?}"),
        },
        Address::BudgetLine { field, .. } => format!("budget {:?}", std::mem::discriminant(field)),
        Address::Investment { .. } => "investment".into(),
        Address::CareForm { field, .. } => format!("care form {field:?}"),
        Address::Municipality { field, .. } => format!("municipality {field:?}"),
        Address::InsuredShare => "insured share".into(),
        Address::Target { field, .. } => format!("target {field:?}"),
    }
}

/// The kinds of knob whose rules reach beyond their own entity, apart from
/// the too-large-to-compute bound (which half of all kinds reach, so moves
/// find it anyway).
const ACROSS: [&str; 5] = [
    "Substitutions Share",
    "ResidentialShifts Share",
    "municipality Share",
    "municipality OwnUse",
    "insured share",
];

/// A move of a knob of a kind picked evenly, or (`across`) of a kind whose
/// rules reach across entities.
fn knob_move(
    s: &Scenario,
    across: bool,
    kind_pick: usize,
    pick: usize,
    value_pick: &ValuePick,
) -> Option<Edit> {
    let addresses = s.knob_addresses();
    let mut kinds: Vec<String> = addresses.iter().map(kind).collect();
    kinds.sort();
    kinds.dedup();
    if across && kinds.iter().any(|k| ACROSS.contains(&k.as_str())) {
        kinds.retain(|k| ACROSS.contains(&k.as_str()));
    }
    let chosen = nth(&kinds, kind_pick)?;
    let of_kind: Vec<&Address> = addresses.iter().filter(|a| kind(a) == *chosen).collect();
    let knob = s.knob(nth(&of_kind, pick)?)?;
    let b = knob.bounds;
    let mut value = match value_pick {
        ValuePick::Min => b.min,
        ValuePick::Max => b.max,
        ValuePick::BelowMin => b.min - b.step,
        ValuePick::AboveMax => b.max + b.step,
        ValuePick::Between(t) => b.min + (b.max - b.min) * Decimal::new(i64::from(*t), 3),
        ValuePick::Steps(n) => knob.value + b.step * Decimal::from(*n),
        ValuePick::Any(n) => Decimal::new(*n, 2),
    };
    // Values a control can send (whole years, four decimals), but any
    // number as typed for `Any`, a year with decimals included.
    if knob.unit.is_whole() && !matches!(value_pick, ValuePick::Any(_)) {
        value = value.round();
    }
    Some(Edit::set(knob.address, value.round_dp(4)))
}

/// One knob move applied both ways: what `apply` says must be what
/// validating the whole result says, and leave the same scenario.
fn same_both_ways(s: &Scenario, edit: &Edit) -> Result<Scenario, TestCaseError> {
    let mut narrow = s.clone();
    let mut whole = s.clone();
    let by_knob = narrow.apply(edit.clone());
    let by_all = whole.apply_validating_all(edit.clone());
    prop_assert_eq!(&by_knob, &by_all, "{:?}", edit);
    prop_assert!(narrow == whole, "not the same scenario after {:?}", edit);
    if edit.leaves_baseline() {
        prop_assert!(
            narrow.baseline() == s.baseline(),
            "the baseline moved with {:?}",
            edit
        );
    }
    match by_knob {
        Ok(_) => prop_assert!(validate(&narrow).is_empty(), "after {:?}", edit),
        Err(_) => prop_assert!(narrow == *s, "a refused move changed the scenario"),
    }
    Ok(narrow)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_knob_move_is_refused_exactly_when_validating_the_whole_result_refuses_it(
        base in 0usize..7,
        setup in setup(),
        variations in proptest::collection::vec(vary(), 0..8),
        moves in proptest::collection::vec(
            (any::<bool>(), 0usize..1000, 0usize..10_000, value_pick()),
            1..30,
        ),
    ) {
        let bases = bases();
        let mut s = set_up(bases[base % bases.len()].clone(), setup);
        for vary in &variations {
            if let Some(edit) = variation(&s, vary) {
                let _ = s.apply(edit);
            }
        }
        prop_assert!(validate(&s).is_empty());
        for (across, kind_pick, pick, value) in &moves {
            if let Some(edit) = knob_move(&s, *across, *kind_pick, *pick, value) {
                s = same_both_ways(&s, &edit)?;
            }
        }
    }
}

/// Refuses `edit` on `s` the way the loader refuses the result, and returns
/// the first message.
fn refused(s: &Scenario, edit: Edit) -> String {
    let mut whole = s.clone();
    let expected = whole
        .apply_validating_all(edit.clone())
        .expect_err("refused");
    let mut narrow = s.clone();
    let refusal = narrow.apply(edit).expect_err("refused");
    assert_eq!(refusal, expected);
    assert_eq!(&narrow, s);
    refusal.problems[0].message.nl.clone()
}

fn set(address: &str, value: Decimal) -> Edit {
    Edit::set(address.parse().expect("an address"), value)
}

/// Every kind of figure the too-large-to-compute bound reads: a move of each
/// near the bound says what validating the whole result says, and a rise of
/// each kind crosses the bound somewhere.
#[test]
fn every_figure_the_bound_reads_is_checked_against_it() {
    let reads_the_bound = |address: &Address| match address {
        Address::Lever { field, .. } => *field == LeverField::Change,
        Address::Investment { .. } | Address::CareForm { .. } | Address::BudgetLine { .. } => true,
        _ => false,
    };
    let mut crossed: Vec<String> = Vec::new();
    for base in bases() {
        let s = set_up(base, Setup::NearTheBound);
        let mut kinds: Vec<String> = Vec::new();
        for address in s.knob_addresses().iter().filter(|a| reads_the_bound(a)) {
            // The first knob of each kind: for a care form, the first one
            // (at the bound, its growth already at the most).
            let kind = kind(address);
            if kinds.contains(&kind) {
                continue;
            }
            kinds.push(kind.clone());
            let knob = s.knob(address).expect("a knob");
            for value in [knob.bounds.max, knob.value + knob.bounds.step] {
                let edit = Edit::set(address.clone(), value);
                let mut moved = s.clone();
                let refusal = moved.apply(edit.clone()).err();
                same_both_ways(&s, &edit).expect("the same both ways");
                let too_large = refusal.is_some_and(|r| {
                    r.problems
                        .iter()
                        .any(|p| p.message.nl.contains("te groot om door te rekenen"))
                });
                if too_large && !crossed.contains(&kind) {
                    crossed.push(kind.clone());
                }
            }
        }
    }
    for kind in [
        "FormChanges Change",
        "investment",
        "care form ClientsStart",
        "care form TariffPerMonth",
        "care form PriceIndex",
    ] {
        assert!(crossed.iter().any(|k| k == kind), "{kind}: {crossed:?}");
    }
    assert!(
        crossed.iter().any(|k| k.starts_with("budget")),
        "{crossed:?}"
    );
}

#[test]
fn a_share_that_takes_more_than_all_inflow_from_a_form_is_refused() {
    let mut s = voorbeeldregio();
    s.apply(Edit::AddSubstitution {
        from: "ggz".into(),
        to: "jgt".into(),
    })
    .expect("a second substitution from ggz");
    let message = refused(
        &s,
        set(
            "levers.substitutions.ggz-naar-poh.share",
            Decimal::new(95, 2),
        ),
    );
    assert!(message.contains("105%"), "{message}");
}

#[test]
fn a_mix_share_out_of_range_is_refused_for_the_mix() {
    let s = voorbeeldregio();
    let message = refused(
        &s,
        set(
            "levers.residential_shifts.afschalen-verblijf.mix.pleegzorg",
            Decimal::new(11, 1),
        ),
    );
    assert!(message.contains("doelmix"), "{message}");
}

#[test]
fn the_last_weight_of_a_years_key_cannot_go() {
    let s = set_up(voorbeeldregio(), Setup::KeyFromNextYear);
    let message = refused(
        &s,
        Edit::set(
            Address::municipality(&s.municipalities[1].id, MunicipalityField::Share),
            Decimal::ZERO,
        ),
    );
    assert!(message.contains("verdeelsleutel vanaf"), "{message}");
}

#[test]
fn an_insured_share_below_one_needs_own_use() {
    let s = set_up(voorbeeldregio(), Setup::InsuredShareOfOne);
    let message = refused(&s, set("insured_share", Decimal::new(5, 1)));
    assert!(message.contains("eigen gebruik"), "{message}");
}

#[test]
fn a_figure_that_makes_the_scenario_too_large_to_compute_is_refused() {
    let mut s = scale::scale_scenario();
    s.care_forms[0].tariff_per_month = Some(Decimal::from(10_000_000));
    assert_eq!(s.care_forms[0].id, "jgt");
    assert!(validate(&s).is_empty());
    let message = refused(
        &s,
        set("care_forms.jgt.clients_start", Decimal::from(10_000_000)),
    );
    assert!(message.contains("te groot om door te rekenen"), "{message}");
}

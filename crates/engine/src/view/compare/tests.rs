use super::*;
use crate::edit::Edit;
use crate::example::voorbeeldregio;
use crate::presets::presets;
use rust_decimal_macros::dec;

fn entry(name: &str, scenario: Scenario) -> Entry {
    Entry {
        name: name.into(),
        scenario,
    }
}

#[test]
fn a_moved_share_is_the_one_difference_in_words() {
    let a = voorbeeldregio();
    let mut b = a.clone();
    b.apply(Edit::set(
        "levers.substitutions.ggz-naar-poh.share".parse().unwrap(),
        dec!(0.2),
    ))
    .unwrap();
    let c = side_by_side(&[entry("A", a.clone()), entry("B", b.clone())]);
    assert_eq!(c.differences.len(), 1);
    assert_eq!(
        c.differences[0].sentence.nl,
        "B: Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Aandeel van de instroom 20,0% (A: 15,0%)"
    );
    assert!(c.notes.is_empty());
    // Each scenario says where its figures come from, on screen and in the CSV.
    assert!(c.provenance[1].nl.starts_with("B: Illustratief voorbeeld"));
    assert!(c.csv().contains("Herkomst van de cijfers"));
    // The figures are the engine's own.
    let last = c.years.len() - 1;
    assert_eq!(
        c.measures[2].values[1][last],
        project(&b).last().unwrap().cumulative_balance
    );
    assert_eq!(c.form_costs.len(), a.care_forms.len());
}

#[test]
fn one_sentence_says_b_minus_a_in_cost_over_the_horizon_and_cumulative_balance() {
    let a = voorbeeldregio();
    let mut b = a.clone();
    b.apply(Edit::set(
        "levers.substitutions.ggz-naar-poh.share".parse().unwrap(),
        dec!(0.3),
    ))
    .unwrap();
    let same = side_by_side(&[entry("A", a.clone()), entry("B", a.clone())]);
    assert_eq!(
        same.sentences[0].nl,
        "B kost over 2026-2035 evenveel als A; het cumulatief saldo in 2035 is gelijk."
    );
    // Expected from the projections themselves, summed here.
    let (pa, pb) = (project(&a), project(&b));
    let total = |p: &Projection| p.years.iter().map(|y| y.total_cost).sum::<Decimal>();
    let cost_gap = total(&pb) - total(&pa);
    let balance_gap = pb.last().unwrap().cumulative_balance - pa.last().unwrap().cumulative_balance;
    assert!(cost_gap < Decimal::ZERO && balance_gap > Decimal::ZERO);
    let c = side_by_side(&[entry("A", a.clone()), entry("B", b.clone())]);
    assert_eq!(
        c.sentences[0].nl,
        format!(
            "B kost over 2026-2035 {} minder dan A; het cumulatief saldo in 2035 is {} beter.",
            format_euro_millions(-cost_gap),
            format_euro_millions(balance_gap)
        )
    );
    // The other way round the words turn.
    let back = side_by_side(&[entry("A", b), entry("B", a)]);
    assert!(back.sentences[0].nl.contains(" meer dan A"));
    assert!(back.sentences[0].nl.ends_with(" slechter."));
    assert!(back.sentences[0].en.starts_with("B costs € "));
    assert!(c.csv().contains("B kost over 2026-2035"));
}

#[test]
fn scenarios_of_other_regions_compare_on_what_they_share_with_a_note() {
    let preset = |id: &str| presets().iter().find(|p| p.id == id).unwrap().scenario();
    let (a, b) = (
        preset("regio-alkmaar-2016"),
        preset("zuid-holland-zuid-2016"),
    );
    let c = side_by_side(&[entry("Alkmaar", a.clone()), entry("ZHZ", b.clone())]);
    assert!(!c.years.is_empty());
    let shared: Vec<i32> = a
        .year_range()
        .filter(|y| b.year_range().contains(y))
        .collect();
    assert_eq!(c.years, shared);
    assert!(!c.notes.is_empty());
    // Compared by code: the forms of the first that the second has too.
    let shared = a
        .care_forms
        .iter()
        .filter(|f| b.care_form(&f.id).is_some())
        .count();
    assert_eq!(c.form_costs.len(), shared);
    let csv = c.csv();
    assert!(csv.starts_with("\u{feff}Onderdeel;Scenario;"));
    assert!(csv.contains("Knoppen die verschillen"));
}

#[test]
fn horizons_without_a_common_year_say_so() {
    let a = voorbeeldregio();
    let b = presets()
        .iter()
        .find(|p| p.id == "haaglanden-2019")
        .unwrap()
        .scenario();
    let c = side_by_side(&[entry("A", a), entry("B", b)]);
    assert!(c.years.is_empty());
    assert_eq!(
        c.notes[0].nl,
        "Deze scenario's hebben geen jaar gemeen; er valt niets te vergelijken."
    );
}

#[test]
fn a_lever_only_in_one_scenario_is_named() {
    let a = voorbeeldregio();
    let mut b = a.clone();
    b.apply(Edit::RemoveInvestment {
        id: "pilot-poh".into(),
    })
    .unwrap();
    let c = side_by_side(&[entry("A", a), entry("B", b)]);
    assert!(
        c.differences
            .iter()
            .any(|d| d.sentence.nl.contains("(B: niet aanwezig)")),
        "{:?}",
        c.differences
    );
}

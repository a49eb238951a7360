//! The Doelen rows in words: the norm, the verdict and the gap.

use rust_decimal::Decimal;

use super::*;
use crate::example::voorbeeldregio;
use crate::projection::project_with_baseline;
use crate::scenario::{CareGroup, Reference};
use crate::Edit;

#[test]
fn a_row_says_the_norm_the_verdict_and_the_gap_in_words() {
    let mut s = voorbeeldregio();
    s.apply(Edit::AddTarget).unwrap();
    let rows = target_rows(&s, &project_with_baseline(&s));
    let row = &rows[0];
    assert_eq!(
        row.norm.nl,
        format!(
            "Zorgkosten, alle zorgvormen, in {}: ten hoogste 0,0% ten opzichte van {}",
            s.last_year(),
            s.base_year
        )
    );
    assert_eq!(row.baseline.word.nl, "Niet gehaald");
    assert!(
        row.baseline.reached.starts_with('+'),
        "{}",
        row.baseline.reached
    );
    assert!(
        row.baseline.gap.nl.ends_with("procentpunt te hoog"),
        "{}",
        row.baseline.gap.nl
    );
    assert!(row.baseline.years.is_empty());
}

#[test]
fn a_level_target_shows_its_gap_in_its_own_unit() {
    let mut s = voorbeeldregio();
    let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
    let mut t = s.target(&id).unwrap().clone();
    t.reference = None;
    t.measure = Measure::Clients;
    t.scope = Scope::Group(CareGroup::Verblijf);
    t.value = Decimal::from(100_000);
    t.every_year_from = true;
    t.year = s.base_year;
    s.apply(Edit::SetTarget(Box::new(t))).unwrap();
    let rows = target_rows(&s, &project_with_baseline(&s));
    let o = &rows[0].scenario;
    assert_eq!(o.word.nl, "Gehaald");
    assert!(
        o.gap.nl.ends_with(" ruimte") && !o.gap.nl.contains('%'),
        "{}",
        o.gap.nl
    );
    assert!(
        o.years
            .nl
            .starts_with(&format!("{0} van {0} jaren gehaald", s.years)),
        "{}",
        o.years.nl
    );
    assert!(
        rows[0]
            .norm
            .nl
            .starts_with("Cliënten in zorg, groep Verblijf, elk jaar vanaf"),
        "{}",
        rows[0].norm.nl
    );
}

#[test]
fn the_csv_has_a_row_per_target_and_variant() {
    let mut s = voorbeeldregio();
    s.apply(Edit::AddTarget).unwrap();
    let mut t = s.targets[0].clone();
    t.reference = Some(Reference {
        year: 2014,
        level: Some(Decimal::from(1_000_000)),
        source: "aanname".into(),
    });
    s.apply(Edit::SetTarget(Box::new(t))).unwrap();
    let csv = targets_csv(&s, &project_with_baseline(&s));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].contains("Doel;Omschrijving;Norm;Variant"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains(";Scenario;") && lines[2].contains(";Basislijn;"));
}

#[test]
fn a_year_end_target_says_the_stand_on_31_december_against_a_day() {
    let mut s = voorbeeldregio();
    let id = s.apply(Edit::AddTarget).unwrap().added.unwrap();
    let mut t = s.target(&id).unwrap().clone();
    t.measure = Measure::ClientsYearEnd;
    t.scope = Scope::Group(CareGroup::Verblijf);
    t.value = Decimal::new(-3, 1);
    t.reference = Some(Reference {
        year: 2013,
        level: Some(Decimal::from(1_000)),
        source: "aanname: stand op 1-1-2014".into(),
    });
    s.apply(Edit::SetTarget(Box::new(t))).unwrap();
    let rows = target_rows(&s, &project_with_baseline(&s));
    let year = s.last_year();
    assert_eq!(
        rows[0].norm.nl,
        format!(
            "Stand op 31 december, groep Verblijf, in {year}: ten hoogste -30,0% ten opzichte van 31 december 2013"
        )
    );
    assert_eq!(
        rows[0].norm.en,
        format!(
            "Clients on 31 December, group Residential, in {year}: at most -30,0% against 31 December 2013"
        )
    );
    assert_eq!(
        measure_word(Measure::ClientsYearEnd).nl,
        "Stand op 31 december"
    );
}

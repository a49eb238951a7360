use super::*;
use crate::edit::Edit;
use crate::example::voorbeeldregio;
use crate::file::{load_scenario, scenario_to_json};
use crate::presets::presets;

fn every_scenario() -> Vec<Scenario> {
    std::iter::once(voorbeeldregio())
        .chain(presets().iter().map(|p| p.scenario()))
        .collect()
}

#[test]
fn the_example_region_has_a_knob_for_every_lever_field_and_every_figure() {
    let s = voorbeeldregio();
    let knobs = s.knobs();
    let count = |kind: KnobKind| knobs.iter().filter(|k| k.kind == kind).count();
    // 2 substitutions x (share, relapse, start, ramp) + 1 shift x 4 + its 3 mix
    // targets + 1 form change x (change, start, ramp) + 1 investment x 10 years.
    assert_eq!(count(KnobKind::Lever), 8 + 4 + 3 + 3 + 10);
    // 14 care forms x 2 trends + 5 budget lines' indexation.
    assert_eq!(count(KnobKind::Assumption), 14 * 2 + 5);
    // 14 forms x (clients, duration, tariff or price) + 3 explicit inflows +
    // 5 base amounts + 5 municipalities' key shares.
    assert_eq!(count(KnobKind::Data), 14 * 3 + 3 + 5 + 5);

    let find = |text: &str| {
        let address: Address = text.parse().unwrap();
        knobs
            .iter()
            .find(|k| k.address == address)
            .cloned()
            .unwrap_or_else(|| panic!("{text}"))
    };
    let share = find("levers.substitutions.ggz-naar-poh.share");
    assert_eq!(
        (share.unit, share.kind, share.label.nl.as_str()),
        (Unit::Percent, KnobKind::Lever, "Aandeel van de instroom")
    );
    assert_eq!(share.bounds, Bounds::share());
    assert!(
        share.subject.nl.starts_with("Substitutie "),
        "{}",
        share.subject.nl
    );
    let mix = find("levers.residential_shifts.afschalen-verblijf.mix.pleegzorg");
    assert_eq!(mix.label.nl, "Naar Pleegzorg");
    let start = find("levers.form_changes.korter-verblijf.start_year");
    assert_eq!(
        (start.unit, start.bounds.min, start.bounds.max),
        (Unit::Year, Decimal::from(2026), Decimal::from(2035))
    );
    assert_eq!(
        find("levers.form_changes.korter-verblijf.ramp_years").unit,
        Unit::Years
    );
    assert_eq!(
        find("care_forms.pleegzorg.tariff_per_month").unit,
        Unit::Euro
    );
    assert_eq!(
        find("care_forms.pleegzorg.duration_months").unit,
        Unit::Months
    );
    assert_eq!(
        find("care_forms.pleegzorg.clients_start").unit,
        Unit::Clients
    );
    assert_eq!(
        find("care_forms.pleegzorg.inflow_growth").kind,
        KnobKind::Assumption
    );
    assert_eq!(
        find("budget_lines.rijksbijdrage.base_amount").kind,
        KnobKind::Data
    );
    assert_eq!(
        find("levers.investments.pilot-poh.amounts.2027").unit,
        Unit::Euro
    );
    // Absent optional figures are no knob.
    assert!(s
        .knob(&"care_forms.poh.tariff_per_month".parse().unwrap())
        .is_none());
    assert!(s.knob(&Address::InsuredShare).is_none());
}

/// The knob's bounds are exactly what validation accepts: one step outside
/// either end is refused with the scenario unchanged; the ends themselves
/// are refused at most by a rule that spans several figures (shares leaving
/// one form add up to over 100%, a whole scenario too large to compute).
#[test]
fn every_knob_range_is_the_rule_the_loader_checks() {
    for s in every_scenario() {
        for knob in s.knobs() {
            let Bounds { min, max, step } = knob.bounds;
            for outside in [min - step, max + step] {
                let mut edited = s.clone();
                let result = edited.apply(Edit::set(knob.address.clone(), outside));
                assert!(
                    result.is_err(),
                    "{}: {outside} was accepted in {}",
                    knob.address,
                    s.name
                );
                assert_eq!(edited, s);
            }
            for end in [min, max] {
                let mut edited = s.clone();
                if let Err(refusal) = edited.apply(Edit::set(knob.address.clone(), end)) {
                    for p in &refusal.problems {
                        let spans = ["levers", "municipalities", ""].contains(&p.path.as_str())
                            || p.path.ends_with(".mix");
                        assert!(spans, "{} at {end} in {}: {p}", knob.address, s.name);
                    }
                }
            }
        }
    }
}

#[test]
fn an_address_survives_a_round_trip_through_a_file() {
    for s in every_scenario() {
        let reloaded = load_scenario(scenario_to_json(&s).as_bytes()).unwrap();
        for knob in s.knobs() {
            let text = knob.address.to_string();
            let address: Address = text.parse().unwrap();
            assert_eq!(reloaded.knob_value(&address), Some(knob.value), "{text}");
        }
    }
}

#[test]
fn every_knob_of_every_preset_reads_its_own_value_back_when_written() {
    for s in every_scenario() {
        for knob in s.knobs() {
            let mut edited = s.clone();
            edited.write_knob(&knob.address, knob.value).unwrap();
            assert_eq!(edited, s, "{}", knob.address);
        }
    }
}

#[test]
fn a_year_with_decimals_is_refused_in_words() {
    let mut s = voorbeeldregio();
    let address: Address = "levers.form_changes.korter-verblijf.start_year"
        .parse()
        .unwrap();
    let refusal = s
        .apply(Edit::set(address, Decimal::new(20275, 1)))
        .unwrap_err();
    assert!(
        refusal.text().nl.contains("heel getal"),
        "{}",
        refusal.text().nl
    );
}

#[test]
fn a_front_budget_on_a_group_names_the_group_in_words_in_both_languages() {
    use crate::scenario::{CareGroup, FrontBasis, FrontBudget};
    let mut s = voorbeeldregio();
    let to = s.care_forms[0].id.clone();
    s.levers.front_budgets.push(FrontBudget {
        id: "voorkant".into(),
        label: "Naar de voorkant".into(),
        to,
        basis: FrontBasis::Group(CareGroup::Verblijf),
        share: Decimal::ZERO,
        ceiling: Decimal::new(1, 1),
        start_year: s.base_year,
        ramp_years: 0,
        source: None,
    });
    let knob = s
        .knob(&"levers.front_budgets.voorkant.share".parse().unwrap())
        .unwrap();
    assert_eq!(
        knob.label.en,
        "Share of the care cost of out-of-home care (ceiling 10,0%)"
    );
    assert_eq!(
        knob.label.nl,
        "Aandeel van de zorgkosten verblijf (plafond 10,0%)"
    );
}

#[test]
fn ids_of_groups_fields_measures_and_changes_read_back_and_match_the_file() {
    use crate::scenario::{CareGroup, ChangeKind, Measure};
    for g in CareGroup::ALL {
        assert_eq!(g.id().parse::<CareGroup>(), Ok(g));
        // The id is what a scenario file says.
        assert_eq!(
            serde_json::to_string(&g).unwrap(),
            format!("\"{}\"", g.id())
        );
    }
    for k in ChangeKind::ALL {
        assert_eq!(k.id().parse::<ChangeKind>(), Ok(k));
        assert_eq!(
            serde_json::to_string(&k).unwrap(),
            format!("\"{}\"", k.id())
        );
    }
    for m in Measure::ALL {
        assert_eq!(m.id().parse::<Measure>(), Ok(m));
    }
    for f in FormField::ALL {
        assert_eq!(f.id().parse::<FormField>(), Ok(f));
    }
    assert_eq!(FormField::ClientsStart.id(), "clients_start");
    assert_eq!(Measure::ClientsYearEnd.id(), "clients_year_end");
    assert!("Lokaal".parse::<CareGroup>().is_err());
}

#[test]
fn a_value_with_its_unit_reads_in_both_languages() {
    let s = voorbeeldregio();
    let ramp = s
        .knob(
            &"levers.substitutions.ggz-naar-poh.ramp_years"
                .parse()
                .unwrap(),
        )
        .unwrap();
    assert_eq!(
        ramp.show_text(Decimal::from(3)),
        Text::new("3 jaar", "3 years")
    );
    assert_eq!(ramp.show(Decimal::from(3)), "3 jaar");
    assert_eq!(Unit::Months.symbol_text(), Text::new("mnd", "mo."));
    let share = s
        .knob(&"levers.substitutions.ggz-naar-poh.share".parse().unwrap())
        .unwrap();
    assert_eq!(share.show_text(share.value).en, "15,0%");
}

/// The figure at `address` read from the scenario's file, by following the
/// address as a path through the JSON: ids pick the entry of a list (a mix
/// target by its `to`, whose figure is its share), a year picks the entry of
/// a map of amounts.
fn figure_in_file(s: &Scenario, address: &Address) -> Option<Decimal> {
    let json: serde_json::Value = serde_json::from_str(&scenario_to_json(s)).unwrap();
    let mut at = &json;
    for part in address.to_string().split('.') {
        at = match at {
            serde_json::Value::Array(entries) => entries
                .iter()
                .find(|e| e.get("id").or_else(|| e.get("to")) == Some(&part.into()))?,
            other => other.get(part)?,
        };
    }
    if at.is_object() {
        at = at.get("share")?;
    }
    match at {
        serde_json::Value::Number(n) => n.to_string().parse().ok(),
        serde_json::Value::String(text) => text.parse().ok(),
        _ => None,
    }
}

#[test]
fn every_knob_writes_the_figure_its_address_names_in_the_file() {
    for s in every_scenario() {
        for knob in s.knobs() {
            let moved = knob.value + Decimal::ONE;
            let mut edited = s.clone();
            edited.write_knob(&knob.address, moved).unwrap();
            assert_eq!(
                figure_in_file(&edited, &knob.address),
                Some(moved),
                "{}",
                knob.address
            );
            assert_eq!(edited.knob_value(&knob.address), Some(moved));
        }
    }
}

#[test]
fn a_knob_whose_entry_is_gone_is_neither_read_nor_written() {
    let mut s = voorbeeldregio();
    for text in [
        "levers.substitutions.weg.share",
        "levers.residential_shifts.afschalen-verblijf.mix.weg",
        "care_forms.weg.clients_start",
        "budget_lines.weg.index",
        "municipalities.weg.share",
        "targets.weg.value",
        "levers.investments.weg.amounts.2027",
    ] {
        let address: Address = text.parse().unwrap();
        assert_eq!(s.knob_value(&address), None, "{text}");
        let before = s.clone();
        let problem = s.write_knob(&address, Decimal::ONE).unwrap_err();
        assert!(problem.text().nl.contains("bestaat niet"), "{text}");
        assert_eq!(s, before, "{text}");
    }
    // A figure the file leaves out (this form is charged per month) is no knob either.
    let per_month = s
        .care_forms
        .iter()
        .find(|f| f.price_per_trajectory.is_none())
        .unwrap()
        .id
        .clone();
    let price = Address::care_form(&per_month, FormField::PricePerTrajectory);
    assert_eq!(s.knob_value(&price), None);
    assert!(s.write_knob(&price, Decimal::ONE).is_err());
}

use super::*;
use crate::example::voorbeeldregio;
use crate::file::limits;
use crate::knobs::{Address, LeverField, LeverList};

#[test]
fn adding_budget_lines_stops_at_the_limit_with_the_loaders_message() {
    let mut s = voorbeeldregio();
    while s.budget_lines.len() < limits::MAX_BUDGET_LINES {
        s.apply(Edit::AddBudgetLine {
            kind: BudgetKind::Expense,
        })
        .unwrap();
    }
    let before = s.clone();
    let refusal = s
        .apply(Edit::AddBudgetLine {
            kind: BudgetKind::Expense,
        })
        .unwrap_err();
    assert_eq!(s, before);
    assert_eq!(
        refusal.text().nl,
        "Te veel begrotingsposten: 201; de planner neemt er hooguit 200."
    );
}

#[test]
fn adding_levers_stops_at_the_limit() {
    let mut s = voorbeeldregio();
    let mut n = 0;
    let refusal = loop {
        match s.apply(Edit::AddInvestment) {
            Ok(_) => n += 1,
            Err(refusal) => break refusal,
        }
        assert!(n <= limits::MAX_LEVERS);
    };
    // Every kind counts toward the limit, the budgets to the front too.
    let levers = s.levers.substitutions.len()
        + s.levers.residential_shifts.len()
        + s.levers.form_changes.len()
        + s.levers.investments.len()
        + s.levers.front_budgets.len();
    assert_eq!(levers, limits::MAX_LEVERS);
    assert!(
        refusal.text().nl.starts_with("Te veel knoppen"),
        "{}",
        refusal.text().nl
    );
}

#[test]
fn adding_municipalities_stops_at_the_limit() {
    let mut s = voorbeeldregio();
    while s.municipalities.len() < limits::MAX_MUNICIPALITIES {
        s.apply(Edit::AddMunicipality {
            name: "Nieuw".into(),
        })
        .unwrap();
    }
    assert!(s
        .apply(Edit::AddMunicipality {
            name: "Een te veel".into()
        })
        .is_err());
    assert_eq!(s.municipalities.len(), limits::MAX_MUNICIPALITIES);
}

#[test]
fn a_refused_edit_leaves_the_scenario_untouched() {
    let mut s = voorbeeldregio();
    let before = s.clone();
    let share = Address::lever(LeverList::Substitutions, "ggz-naar-poh", LeverField::Share);
    let refusal = s.apply(Edit::set(share, Decimal::new(15, 1))).unwrap_err();
    assert!(
        refusal.text().nl.contains("tussen 0% en 100%"),
        "{}",
        refusal.text().nl
    );
    assert_eq!(s, before);
    assert!(s.apply(Edit::Rename { name: "   ".into() }).is_err());
    assert!(s
        .apply(Edit::RemoveBudgetLine {
            id: "bestaat-niet".into()
        })
        .is_err());
    assert_eq!(s, before);
}

#[test]
fn an_edit_that_changes_nothing_says_so() {
    let mut s = voorbeeldregio();
    let share = Address::lever(LeverList::Substitutions, "ggz-naar-poh", LeverField::Share);
    let value = s.knob_value(&share).unwrap();
    assert!(!s.apply(Edit::set(share, value)).unwrap().changed);
}

#[test]
fn a_move_leaves_the_baseline_exactly_when_it_says_so() {
    let s = voorbeeldregio();
    let (mut levers, mut others) = (0, 0);
    for address in s.knob_addresses() {
        let knob = s.knob(&address).unwrap();
        for value in [knob.bounds.min, knob.bounds.max] {
            let mut moved = s.clone();
            let edit = Edit::set(address.clone(), value);
            let says = edit.leaves_baseline();
            if moved.apply(edit).is_ok_and(|a| a.changed) {
                assert_eq!(
                    says,
                    moved.baseline() == s.baseline(),
                    "{address:?} to {value}"
                );
                *if says { &mut levers } else { &mut others } += 1;
            }
        }
    }
    assert!(
        levers > 20 && others > 20,
        "{levers} lever moves, {others} others"
    );

    let id = |id: &str| id.to_string();
    let shift = || id("afschalen-verblijf");
    let edits = [
        (
            true,
            Edit::AddSubstitution {
                from: id("jgt"),
                to: id("poh"),
            },
        ),
        (true, Edit::AddResidentialShift),
        (
            true,
            Edit::SetShiftSource {
                shift: shift(),
                form: id("gesloten"),
                on: true,
            },
        ),
        (
            true,
            Edit::AddMixTarget {
                shift: shift(),
                to: id("jgt"),
            },
        ),
        (
            true,
            Edit::RemoveMixTarget {
                shift: shift(),
                to: id("pleegzorg"),
            },
        ),
        (
            true,
            Edit::AddFormChange {
                form: id("ggz"),
                kind: crate::scenario::ChangeKind::Tariff,
                change: Decimal::ONE,
            },
        ),
        (
            true,
            Edit::RemoveSubstitution {
                id: id("ggz-naar-poh"),
            },
        ),
        (true, Edit::RemoveResidentialShift { id: shift() }),
        (
            true,
            Edit::RemoveFormChange {
                id: id("korter-verblijf"),
            },
        ),
        (true, Edit::AddInvestment),
        (true, Edit::AddFrontBudget { to: id("jgt") }),
        (
            true,
            Edit::RemoveInvestment {
                id: id("pilot-poh"),
            },
        ),
        (
            true,
            Edit::RenameInvestment {
                id: id("pilot-poh"),
                label: id("Pilot"),
            },
        ),
        (
            true,
            Edit::SetInvestmentAmount {
                id: id("pilot-poh"),
                year: 2030,
                amount: Some(Decimal::ONE),
            },
        ),
        (
            false,
            Edit::Rename {
                name: id("Andere regio"),
            },
        ),
        (
            false,
            Edit::AddBudgetLine {
                kind: crate::scenario::BudgetKind::Expense,
            },
        ),
        (
            false,
            Edit::AddMunicipality {
                name: id("Nieuwdorp"),
            },
        ),
        (false, Edit::AddTarget),
    ];
    for (leaves, edit) in edits {
        assert_eq!(edit.leaves_baseline(), leaves, "{edit:?}");
        let mut edited = s.clone();
        assert!(edited.apply(edit.clone()).unwrap().changed, "{edit:?}");
        assert_eq!(leaves, edited.baseline() == s.baseline(), "{edit:?}");
    }
}

#[test]
fn a_substitution_to_itself_is_refused() {
    let mut s = voorbeeldregio();
    let refusal = s
        .apply(Edit::AddSubstitution {
            from: "ggz".into(),
            to: "ggz".into(),
        })
        .unwrap_err();
    assert!(refusal.text().nl.contains("naar zichzelf"));
}

#[test]
fn new_levers_start_next_year() {
    let mut s = voorbeeldregio();
    let id = s
        .apply(Edit::AddSubstitution {
            from: "ggz".into(),
            to: "poh".into(),
        })
        .unwrap()
        .added
        .unwrap();
    assert_eq!(s.substitution(&id).unwrap().start_year, 2027);
    let id = s
        .apply(Edit::AddFormChange {
            form: "ggz".into(),
            kind: ChangeKind::Inflow,
            change: Decimal::new(-1, 1),
        })
        .unwrap()
        .added
        .unwrap();
    assert_eq!(s.form_change(&id).unwrap().start_year, 2027);
}

#[test]
fn removing_a_mix_target_hands_its_share_to_the_others() {
    let mut s = voorbeeldregio();
    s.apply(Edit::RemoveMixTarget {
        shift: "afschalen-verblijf".into(),
        to: "pleegzorg".into(),
    })
    .unwrap();
    let mix = &s.residential_shift("afschalen-verblijf").unwrap().mix;
    assert_eq!(mix.len(), 2);
    assert_eq!(mix.iter().map(|t| t.share).sum::<Decimal>(), Decimal::ONE);
}

#[test]
fn the_insurance_model_starts_with_own_use_equal_to_the_key() {
    let mut s = voorbeeldregio();
    s.apply(Edit::SetCostModel(CostModel::Insurance)).unwrap();
    assert!(s.insurance_model());
    assert!(s.municipalities.iter().all(|m| m.own_use == Some(m.share)));
    s.apply(Edit::SetCostModel(CostModel::Solidarity)).unwrap();
    assert!(!s.insurance_model());
}

#[test]
fn replacing_care_forms_names_the_levers_that_lost_their_form() {
    let mut s = voorbeeldregio();
    let forms: Vec<CareForm> = s
        .care_forms
        .iter()
        .filter(|f| f.id != "poh")
        .cloned()
        .collect();
    let provenance = s
        .provenance
        .after_import("zorgvormen", "zorgvormen.csv", "2026-12-05");
    let applied = s
        .apply(Edit::ReplaceCareForms {
            forms,
            provenance,
            mapping: None,
        })
        .unwrap();
    assert!(!applied.dropped.is_empty());
    assert!(s.care_form("poh").is_none());
    // Own care forms in the example are no longer the made-up example, and
    // what was kept from it is said.
    assert_eq!(
        s.provenance,
        Provenance::Own {
            source: "zorgvormen uit \"zorgvormen.csv\"; de overige cijfers en knoppen uit het illustratieve voorbeeld".into(),
            imported: "2026-12-05".into(),
        }
    );
    // A second table read in adds to the source instead of repeating it.
    let again = s
        .provenance
        .after_import("zorgvormen", "zorgvormen.csv", "2026-12-06");
    assert!(
        matches!(&again, Provenance::Own { source, imported } if source.matches("zorgvormen.csv").count() == 1 && imported == "2026-12-06")
    );
}

#[test]
fn replacing_by_an_invalid_scenario_is_refused() {
    let mut s = voorbeeldregio();
    let mut other = voorbeeldregio();
    other.years = 99;
    let before = s.clone();
    assert!(s.apply(Edit::Replace(Box::new(other))).is_err());
    assert_eq!(s, before);
}

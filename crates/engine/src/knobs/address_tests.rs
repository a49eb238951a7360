//! Addresses parsed and printed, and every knob of a scenario found by its own.

use super::*;

#[test]
fn every_kind_of_address_reads_back_from_its_text() {
    let addresses = [
        Address::lever(LeverList::Substitutions, "wijkteam-ggz", LeverField::Share),
        Address::lever(LeverList::Substitutions, "s", LeverField::Relapse),
        Address::lever(LeverList::ResidentialShifts, "af", LeverField::StartYear),
        Address::lever(
            LeverList::ResidentialShifts,
            "af",
            LeverField::Mix("pleegzorg".into()),
        ),
        Address::lever(LeverList::FormChanges, "ggz-inflow", LeverField::Change),
        Address::lever(LeverList::FormChanges, "ggz-inflow", LeverField::RampYears),
        Address::lever(LeverList::FrontBudgets, "voorkant", LeverField::Share),
        Address::budget_line("rijksbijdrage", BudgetField::BaseAmount),
        Address::budget_line("rijksbijdrage", BudgetField::Index),
        Address::budget_line("rijksbijdrage", BudgetField::Amount(2027)),
        Address::Investment {
            id: "pilot".into(),
            year: 2028,
        },
        Address::care_form("pleegzorg", FormField::TariffPerMonth),
        Address::care_form("pleegzorg", FormField::InflowGrowth),
        Address::municipality("leiden", MunicipalityField::OwnUse),
        Address::InsuredShare,
        Address::target("verblijf-2018", TargetField::Value),
        Address::target("verblijf-2018", TargetField::ReferenceLevel),
    ];
    for address in addresses {
        let text = address.to_string();
        assert_eq!(text.parse::<Address>(), Ok(address), "{text}");
    }
    assert_eq!(
        Address::lever(LeverList::Substitutions, "wijkteam-ggz", LeverField::Share).to_string(),
        "levers.substitutions.wijkteam-ggz.share"
    );
}

#[test]
fn malformed_addresses_are_refused() {
    for text in [
        "",
        "levers",
        "levers.substitutions.a",
        "levers.substitutions.a.change",
        "levers.form_changes.a.share",
        "levers.front_budgets.a.relapse",
        "levers.substitutions.a.mix.b",
        "care_forms.a.colour",
        "care_forms.a b.tariff_per_month",
        "budget_lines.a.amounts.twee",
        "municipalities.a.size",
        "targets.a.reference",
        "targets.a.level",
    ] {
        assert!(text.parse::<Address>().is_err(), "{text}");
    }
}

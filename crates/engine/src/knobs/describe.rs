//! What a knob is called, in which unit and between which bounds: the
//! labels the app shows and the ranges validation uses.

use super::*;
use crate::scenario::{FrontBasis, Measure};
use crate::text::Text;

impl Scenario {
    /// The knob at `address` with its labels, unit and bounds; None when it
    /// does not exist in this scenario.
    pub fn knob(&self, address: &Address) -> Option<Knob> {
        let value = self.knob_value(address)?;
        let percent = |label: Text, subject: Text, kind: KnobKind, bounds: Bounds| Knob {
            address: address.clone(),
            label,
            subject,
            kind,
            unit: Unit::Percent,
            bounds,
            decimals: 1,
            slider: true,
            value,
        };
        let knob = match address {
            Address::Lever { list, id, field } => {
                let subject = self.lever_subject(*list, id);
                match field {
                    LeverField::Share if *list == LeverList::FrontBudgets => {
                        let b = self.front_budget(id)?;
                        let ceiling = crate::nl::format_percent(b.ceiling, 1);
                        let (basis_nl, basis_en) = match b.basis {
                            FrontBasis::Income => (
                                "het jeugdhulpbudget".to_string(),
                                "the youth-care budget".to_string(),
                            ),
                            FrontBasis::Group(g) => (
                                format!("de zorgkosten {}", g.label_nl().to_lowercase()),
                                format!("the care cost of {}", g.label_en().to_lowercase()),
                            ),
                        };
                        percent(
                            Text::new(
                                format!("Aandeel van {basis_nl} (plafond {ceiling})"),
                                format!("Share of {basis_en} (ceiling {ceiling})"),
                            ),
                            subject,
                            KnobKind::Lever,
                            Bounds::front_share(b.ceiling),
                        )
                    }
                    LeverField::Share => {
                        let label = match list {
                            LeverList::ResidentialShifts => Text::new(
                                "Aandeel van de instroom in verblijf",
                                "Share of residential inflow",
                            ),
                            _ => Text::new("Aandeel van de instroom", "Share of inflow"),
                        };
                        percent(label, subject, KnobKind::Lever, Bounds::share())
                    }
                    LeverField::Relapse => percent(
                        Text::new("Terugval", "Relapse"),
                        subject,
                        KnobKind::Lever,
                        Bounds::share(),
                    ),
                    LeverField::Mix(to) => {
                        let name = self.form_label(to);
                        percent(
                            Text::new(format!("Naar {name}"), format!("To {name}")),
                            subject,
                            KnobKind::Lever,
                            Bounds::share(),
                        )
                    }
                    LeverField::Change => {
                        let kind = self.form_change(id)?.kind;
                        percent(
                            change_label(kind),
                            subject,
                            KnobKind::Lever,
                            Bounds::change(),
                        )
                    }
                    LeverField::StartYear => Knob {
                        unit: Unit::Year,
                        decimals: 0,
                        ..percent(
                            Text::new("Startjaar", "Start year"),
                            subject,
                            KnobKind::Lever,
                            Bounds::start_year(self),
                        )
                    },
                    LeverField::RampYears => Knob {
                        unit: Unit::Years,
                        decimals: 0,
                        ..percent(
                            Text::new("Ingroei (jaren)", "Ramp (years)"),
                            subject,
                            KnobKind::Lever,
                            Bounds::ramp(),
                        )
                    },
                }
            }
            Address::Investment { id, year } => Knob {
                unit: Unit::Euro,
                decimals: 0,
                slider: false,
                ..percent(
                    Text::new(format!("Bedrag in {year}"), format!("Amount in {year}")),
                    Text::same(self.investment(id)?.label.clone()),
                    KnobKind::Lever,
                    Bounds::investment_amount(),
                )
            },
            Address::BudgetLine { id, field } => {
                let line = self.budget_line(id)?;
                let subject = Text::same(line.label.clone());
                let money = |label: Text| Knob {
                    unit: Unit::Euro,
                    decimals: 0,
                    slider: false,
                    ..percent(
                        label,
                        subject.clone(),
                        KnobKind::Data,
                        Bounds::budget_amount(line.kind),
                    )
                };
                match field {
                    BudgetField::BaseAmount => {
                        money(Text::new("Bedrag in het basisjaar", "Amount in base year"))
                    }
                    BudgetField::Amount(year) => money(Text::new(
                        format!("Bedrag in {year}"),
                        format!("Amount in {year}"),
                    )),
                    BudgetField::Index => percent(
                        Text::new("Indexering per jaar", "Indexation per year"),
                        subject,
                        KnobKind::Assumption,
                        Bounds::trend(),
                    ),
                }
            }
            Address::CareForm { id, field } => {
                let subject = Text::same(self.form_label(id));
                let data = |label: Text, unit: Unit, bounds: Bounds, decimals: u32| Knob {
                    unit,
                    decimals,
                    slider: false,
                    ..percent(label, subject.clone(), KnobKind::Data, bounds)
                };
                match field {
                    FormField::ClientsStart => data(
                        Text::new("Cliënten op 1 januari", "Clients on 1 January"),
                        Unit::Clients,
                        Bounds::clients(),
                        1,
                    ),
                    FormField::InflowPerYear => data(
                        Text::new("Instroom per jaar", "Inflow per year"),
                        Unit::Clients,
                        Bounds::clients(),
                        1,
                    ),
                    FormField::DurationMonths => data(
                        Text::new("Gemiddelde duur (maanden)", "Average duration (months)"),
                        Unit::Months,
                        Bounds::duration_months(),
                        1,
                    ),
                    FormField::TariffPerMonth => data(
                        Text::new("Tarief per maand", "Tariff per month"),
                        Unit::Euro,
                        Bounds::price(),
                        2,
                    ),
                    FormField::PricePerTrajectory => data(
                        Text::new("Prijs per traject", "Price per trajectory"),
                        Unit::Euro,
                        Bounds::price(),
                        2,
                    ),
                    FormField::InflowGrowth => percent(
                        Text::new(
                            "Autonome groei instroom per jaar",
                            "Autonomous inflow growth per year",
                        ),
                        subject,
                        KnobKind::Assumption,
                        Bounds::trend(),
                    ),
                    FormField::PriceIndex => percent(
                        Text::new("Prijsindex per jaar", "Price index per year"),
                        subject,
                        KnobKind::Assumption,
                        Bounds::trend(),
                    ),
                }
            }
            Address::Municipality { id, field } => {
                let name = self.municipality(id)?.name.clone();
                let label = match field {
                    MunicipalityField::Share => Text::new(
                        format!("Aandeel verdeelsleutel {name}"),
                        format!("Key share {name}"),
                    ),
                    MunicipalityField::OwnUse => {
                        Text::new(format!("Eigen gebruik {name}"), format!("Own use {name}"))
                    }
                };
                Knob {
                    slider: false,
                    ..percent(label, Text::same(name), KnobKind::Data, Bounds::weight())
                }
            }
            Address::InsuredShare => percent(
                Text::new(
                    "Verzekerd deel (verdeeld naar sleutel)",
                    "Insured part (split by key)",
                ),
                Text::new("Verdeelmodel", "Cost-sharing model"),
                KnobKind::Data,
                Bounds::share(),
            ),
            Address::Target { id, field } => {
                let t = self.target(id)?;
                let subject =
                    Text::new(format!("Doel: {}", t.label), format!("Target: {}", t.label));
                let (label, bounds, unit) = match field {
                    TargetField::Value if t.reference.is_some() => (
                        Text::new(
                            "Verandering ten opzichte van de referentie",
                            "Change against the reference",
                        ),
                        Bounds::target_value(t),
                        Unit::Percent,
                    ),
                    TargetField::Value => (
                        Text::new("Doelwaarde", "Target value"),
                        Bounds::target_value(t),
                        measure_unit(t.measure),
                    ),
                    TargetField::ReferenceLevel => {
                        let year = t.reference.as_ref().map_or(t.year, |r| r.year);
                        (
                            Text::new(
                                format!("Niveau in {year} (referentie)"),
                                format!("Level in {year} (reference)"),
                            ),
                            Bounds::reference_level(t.measure),
                            measure_unit(t.measure),
                        )
                    }
                };
                Knob {
                    unit,
                    decimals: match unit {
                        Unit::Percent => 1,
                        _ => 0,
                    },
                    slider: unit == Unit::Percent,
                    ..percent(label, subject, KnobKind::Target, bounds)
                }
            }
        };
        Some(knob)
    }

    /// "Substitutie Jeugd-GGZ → POH-jeugd", "Afschalen verblijf van
    /// Residentieel", "Instroom Jeugd-GGZ".
    fn lever_subject(&self, list: LeverList, id: &str) -> Text {
        match list {
            LeverList::Substitutions => match self.substitution(id) {
                Some(r) => {
                    let arrow =
                        format!("{} → {}", self.form_label(&r.from), self.form_label(&r.to));
                    Text::new(
                        format!("Substitutie {arrow}"),
                        format!("Substitution {arrow}"),
                    )
                }
                None => Text::same(id),
            },
            LeverList::ResidentialShifts => match self.residential_shift(id) {
                Some(r) => {
                    let from: Vec<String> = r.from.iter().map(|f| self.form_label(f)).collect();
                    let from = from.join(", ");
                    Text::new(
                        format!("Afschalen verblijf van {from}"),
                        format!("Residential shift from {from}"),
                    )
                }
                None => Text::same(id),
            },
            LeverList::FrontBudgets => match self.front_budget(id) {
                Some(b) => {
                    let to = self.form_label(&b.to);
                    Text::new(
                        format!("Budget naar de voorkant: {to}"),
                        format!("Budget to the front: {to}"),
                    )
                }
                None => Text::same(id),
            },
            LeverList::FormChanges => match self.form_change(id) {
                Some(c) => {
                    let (nl, en) = c.kind.words();
                    let form = self.form_label(&c.form);
                    Text::new(
                        format!("{nl} {form} vanaf {}", c.start_year),
                        format!("{en} {form} from {}", c.start_year),
                    )
                }
                None => Text::same(id),
            },
        }
    }
}

/// The unit a measure's level is shown in.
pub fn measure_unit(measure: Measure) -> Unit {
    match measure {
        Measure::ClientsShare | Measure::CostShare => Unit::Percent,
        Measure::Clients | Measure::ClientsYearEnd | Measure::Inflow => Unit::Clients,
        Measure::Cost | Measure::BudgetLine | Measure::Balance => Unit::Euro,
    }
}

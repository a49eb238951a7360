//! Knobs: every number a user can move, with a stable [`Address`], labels in
//! both languages, a kind, a unit and the allowed range ([`Bounds`]) that the
//! loader's validation uses too. Sliders and typed fields in the app,
//! sensitivity, goal seek, workshop pins and comparisons all speak in knobs.

mod address;
mod bounds;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

pub use address::{
    Address, BadAddress, BudgetField, FormField, LeverField, LeverList, MunicipalityField,
};
pub use bounds::Bounds;

use crate::scenario::{ChangeKind, Scenario};
use crate::text::Text;
use crate::validate::Problem;

/// What moving a knob means for the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KnobKind {
    /// A choice of the plan: acts in the scenario only, never in its baseline.
    Lever,
    /// A trend (growth, indexation): moves the baseline too.
    Assumption,
    /// A figure of the region (clients, tariffs, budget): moves the baseline too.
    Data,
}

/// The unit a knob is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Stored as a fraction, shown times 100.
    Percent,
    Euro,
    /// A calendar year.
    Year,
    /// A number of years.
    Years,
    Months,
    Clients,
}

impl Unit {
    /// What a control shows after the number.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Euro => "€",
            Unit::Years => "jaar",
            Unit::Months => "mnd",
            Unit::Year | Unit::Clients => "",
        }
    }

    /// The unit in words, for messages ("van 0 tot en met 100 procent").
    pub fn word(self) -> Text {
        match self {
            Unit::Percent => Text::new("procent", "percent"),
            Unit::Euro => Text::new("euro", "euro"),
            Unit::Years => Text::new("jaar", "years"),
            Unit::Months => Text::new("maanden", "months"),
            Unit::Year | Unit::Clients => Text::default(),
        }
    }

    /// Display value = stored value times this factor.
    pub fn factor(self) -> Decimal {
        match self {
            Unit::Percent => Decimal::ONE_HUNDRED,
            _ => Decimal::ONE,
        }
    }

    /// Whole numbers (years) are stored as integers in the file.
    pub fn is_whole(self) -> bool {
        matches!(self, Unit::Year | Unit::Years)
    }

    /// Money keeps its thousands dots; other numbers read plainly.
    pub fn grouped(self) -> bool {
        matches!(self, Unit::Euro)
    }
}

/// One number a user can move, as it stands in a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Knob {
    pub address: Address,
    /// The control's own label ("Terugval"), read with its panel around it.
    pub label: Text,
    /// What it belongs to ("Substitutie Jeugd-GGZ → POH-jeugd"), for lists
    /// outside the panel (sensitivity, pins, comparisons).
    pub subject: Text,
    pub kind: KnobKind,
    pub unit: Unit,
    pub bounds: Bounds,
    /// Decimals a control shows, in display units.
    pub decimals: u32,
    /// Whether a slider helps (money and counts have no useful slider).
    pub slider: bool,
    pub value: Decimal,
}

impl Knob {
    /// Value, bounds and step in display units (percent times 100).
    pub fn to_display(&self, stored: Decimal) -> Decimal {
        stored * self.unit.factor()
    }

    pub fn to_stored(&self, display: Decimal) -> Decimal {
        display / self.unit.factor()
    }

    /// "Substitutie Jeugd-GGZ → POH-jeugd: Terugval".
    pub fn full_label(&self) -> Text {
        if self.subject.is_empty() {
            return self.label.clone();
        }
        Text::new(
            format!("{}: {}", self.subject.nl, self.label.nl),
            format!("{}: {}", self.subject.en, self.label.en),
        )
    }
}

fn kind_words(kind: ChangeKind) -> (&'static str, &'static str) {
    match kind {
        ChangeKind::Inflow => ("Instroom", "Inflow"),
        ChangeKind::Duration => ("Verblijfsduur", "Duration"),
        ChangeKind::Tariff => ("Tarief", "Tariff"),
        ChangeKind::Intensity => ("Intensiteit", "Intensity"),
    }
}

/// The label of a per-form change's control: "Instroom (verandering)".
pub fn change_label(kind: ChangeKind) -> Text {
    let (nl, en) = kind_words(kind);
    Text::new(format!("{nl} (verandering)"), format!("{en} (change)"))
}

impl Scenario {
    fn form_label(&self, id: &str) -> String {
        self.care_form(id)
            .map_or_else(|| id.to_string(), |f| f.label.clone())
    }

    /// Every knob of this scenario, in the order the app shows them: levers,
    /// then per care form its data and trends, the budget, the municipalities.
    pub fn knobs(&self) -> Vec<Knob> {
        self.knob_addresses()
            .iter()
            .filter_map(|a| self.knob(a))
            .collect()
    }

    /// The addresses of [`Scenario::knobs`].
    pub fn knob_addresses(&self) -> Vec<Address> {
        use LeverField::*;
        let mut out = Vec::new();
        let timed = [StartYear, RampYears];
        for r in &self.levers.substitutions {
            for field in [Share, Relapse].into_iter().chain(timed.clone()) {
                out.push(Address::lever(LeverList::Substitutions, &r.id, field));
            }
        }
        for r in &self.levers.residential_shifts {
            for field in [Share, Relapse].into_iter().chain(timed.clone()) {
                out.push(Address::lever(LeverList::ResidentialShifts, &r.id, field));
            }
            for t in &r.mix {
                out.push(Address::lever(
                    LeverList::ResidentialShifts,
                    &r.id,
                    Mix(t.to.clone()),
                ));
            }
        }
        for c in &self.levers.form_changes {
            for field in [Change].into_iter().chain(timed.clone()) {
                out.push(Address::lever(LeverList::FormChanges, &c.id, field));
            }
        }
        for inv in &self.levers.investments {
            for year in self.year_range() {
                out.push(Address::Investment {
                    id: inv.id.clone(),
                    year,
                });
            }
        }
        for f in &self.care_forms {
            for field in FormField::ALL {
                out.push(Address::care_form(&f.id, field));
            }
        }
        for line in &self.budget_lines {
            out.push(Address::budget_line(&line.id, BudgetField::BaseAmount));
            out.push(Address::budget_line(&line.id, BudgetField::Index));
            for year in line.amounts.keys() {
                out.push(Address::budget_line(&line.id, BudgetField::Amount(*year)));
            }
        }
        for m in &self.municipalities {
            out.push(Address::municipality(&m.id, MunicipalityField::Share));
            out.push(Address::municipality(&m.id, MunicipalityField::OwnUse));
        }
        out.push(Address::InsuredShare);
        // Optional figures that are absent (a price where a tariff is used,
        // amounts not set) are no knob.
        out.retain(|a| self.knob_value(a).is_some());
        out
    }

    /// The current value of the knob at `address`; None when its entity is
    /// gone or the figure is not set (a form charged per trajectory has no
    /// tariff per month).
    pub fn knob_value(&self, address: &Address) -> Option<Decimal> {
        match address {
            Address::Lever { list, id, field } => {
                let (share, relapse, change, start, ramp) = match list {
                    LeverList::Substitutions => self.substitution(id).map(|r| {
                        (
                            Some(r.share),
                            Some(r.relapse),
                            None,
                            r.start_year,
                            r.ramp_years,
                        )
                    })?,
                    LeverList::ResidentialShifts => {
                        let r = self.residential_shift(id)?;
                        if let LeverField::Mix(to) = field {
                            return r.mix.iter().find(|t| &t.to == to).map(|t| t.share);
                        }
                        (
                            Some(r.share),
                            Some(r.relapse),
                            None,
                            r.start_year,
                            r.ramp_years,
                        )
                    }
                    LeverList::FormChanges => self
                        .form_change(id)
                        .map(|c| (None, None, Some(c.change), c.start_year, c.ramp_years))?,
                };
                match field {
                    LeverField::Share => share,
                    LeverField::Relapse => relapse,
                    LeverField::Change => change,
                    LeverField::StartYear => Some(Decimal::from(start)),
                    LeverField::RampYears => Some(Decimal::from(ramp)),
                    LeverField::Mix(_) => None,
                }
            }
            Address::BudgetLine { id, field } => {
                let line = self.budget_line(id)?;
                match field {
                    BudgetField::BaseAmount => Some(line.base_amount),
                    BudgetField::Index => Some(line.index),
                    BudgetField::Amount(year) => line.amounts.get(year).copied(),
                }
            }
            Address::Investment { id, year } => {
                let inv = self.investment(id)?;
                self.year_range()
                    .contains(year)
                    .then(|| inv.amounts.get(year).copied().unwrap_or_default())
            }
            Address::CareForm { id, field } => {
                let f = self.care_form(id)?;
                match field {
                    FormField::ClientsStart => Some(f.clients_start),
                    FormField::InflowPerYear => f.inflow_per_year,
                    FormField::DurationMonths => Some(f.duration_months),
                    FormField::TariffPerMonth => f.tariff_per_month,
                    FormField::PricePerTrajectory => f.price_per_trajectory,
                    FormField::InflowGrowth => Some(f.inflow_growth),
                    FormField::PriceIndex => Some(f.price_index),
                }
            }
            Address::Municipality { id, field } => {
                let m = self.municipality(id)?;
                match field {
                    MunicipalityField::Share => Some(m.share),
                    MunicipalityField::OwnUse => m.own_use,
                }
            }
            Address::InsuredShare => self.insured_share,
        }
    }

    /// Whether cost is split under the verzekeringsmodel (an insured share
    /// below 100%).
    pub fn insurance_model(&self) -> bool {
        self.insured_share.is_some_and(|p| p < Decimal::ONE)
    }

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
            LeverList::FormChanges => match self.form_change(id) {
                Some(c) => {
                    let (nl, en) = kind_words(c.kind);
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

    /// Writes `value` into the knob at `address`, without validating the
    /// result: [`crate::edit`] validates every edit as a whole. Refuses only
    /// what cannot be written at all (the knob is gone, a year with
    /// decimals).
    pub(crate) fn write_knob(&mut self, address: &Address, value: Decimal) -> Result<(), Problem> {
        if self.knob_value(address) == Some(value) {
            // Nothing to write; an investment year read as 0 stays unset.
            return Ok(());
        }
        let gone = || {
            Problem::new(
                &address.to_string(),
                "Deze knop bestaat niet (meer) in dit scenario.".into(),
                format!("No knob at {address} in this scenario."),
            )
        };
        let whole = |v: Decimal| -> Result<i64, Problem> {
            if v.fract().is_zero() {
                v.to_i64().ok_or_else(gone)
            } else {
                Err(Problem::new(
                    &address.to_string(),
                    format!("Een jaartal of aantal jaren is een heel getal; nu {v}."),
                    "Years are whole numbers.".into(),
                ))
            }
        };
        let as_year =
            |v: Decimal| -> Result<i32, Problem> { i32::try_from(whole(v)?).map_err(|_| gone()) };
        let as_years = |v: Decimal| -> Result<u32, Problem> {
            u32::try_from(whole(v)?).map_err(|_| {
                Problem::new(
                    &address.to_string(),
                    "Een aantal jaren kan niet negatief zijn.".into(),
                    "A number of years cannot be negative.".into(),
                )
            })
        };
        match address {
            Address::Lever { list, id, field } => {
                if let (LeverList::ResidentialShifts, LeverField::Mix(to)) = (list, field) {
                    let shift = self.residential_shift_mut(id).ok_or_else(gone)?;
                    let index = shift
                        .mix
                        .iter()
                        .position(|t| &t.to == to)
                        .ok_or_else(gone)?;
                    if !Bounds::share().contains(value) {
                        // set_mix_share clamps; a value out of range is refused instead.
                        shift.mix[index].share = value;
                    } else {
                        shift.set_mix_share(index, value);
                    }
                    return Ok(());
                }
                let (share, relapse, change, start, ramp) = match list {
                    LeverList::Substitutions => {
                        let r = self.substitution_mut(id).ok_or_else(gone)?;
                        (
                            Some(&mut r.share),
                            Some(&mut r.relapse),
                            None,
                            &mut r.start_year,
                            &mut r.ramp_years,
                        )
                    }
                    LeverList::ResidentialShifts => {
                        let r = self.residential_shift_mut(id).ok_or_else(gone)?;
                        (
                            Some(&mut r.share),
                            Some(&mut r.relapse),
                            None,
                            &mut r.start_year,
                            &mut r.ramp_years,
                        )
                    }
                    LeverList::FormChanges => {
                        let c = self.form_change_mut(id).ok_or_else(gone)?;
                        (
                            None,
                            None,
                            Some(&mut c.change),
                            &mut c.start_year,
                            &mut c.ramp_years,
                        )
                    }
                };
                match field {
                    LeverField::Share => *share.ok_or_else(gone)? = value,
                    LeverField::Relapse => *relapse.ok_or_else(gone)? = value,
                    LeverField::Change => *change.ok_or_else(gone)? = value,
                    LeverField::StartYear => *start = as_year(value)?,
                    LeverField::RampYears => *ramp = as_years(value)?,
                    LeverField::Mix(_) => return Err(gone()),
                }
            }
            Address::BudgetLine { id, field } => {
                let line = self.budget_line_mut(id).ok_or_else(gone)?;
                match field {
                    BudgetField::BaseAmount => line.base_amount = value,
                    BudgetField::Index => line.index = value,
                    BudgetField::Amount(year) => {
                        line.amounts.insert(*year, value);
                    }
                }
            }
            Address::Investment { id, year } => {
                let years = self.year_range();
                if !years.contains(year) {
                    return Err(gone());
                }
                self.investment_mut(id)
                    .ok_or_else(gone)?
                    .amounts
                    .insert(*year, value);
            }
            Address::CareForm { id, field } => {
                let f = self.care_form_mut(id).ok_or_else(gone)?;
                let optional = |slot: &mut Option<Decimal>| match slot {
                    Some(v) => {
                        *v = value;
                        Ok(())
                    }
                    None => Err(gone()),
                };
                match field {
                    FormField::ClientsStart => f.clients_start = value,
                    FormField::InflowPerYear => optional(&mut f.inflow_per_year)?,
                    FormField::DurationMonths => f.duration_months = value,
                    FormField::TariffPerMonth => optional(&mut f.tariff_per_month)?,
                    FormField::PricePerTrajectory => optional(&mut f.price_per_trajectory)?,
                    FormField::InflowGrowth => f.inflow_growth = value,
                    FormField::PriceIndex => f.price_index = value,
                }
            }
            Address::Municipality { id, field } => {
                let m = self.municipality_mut(id).ok_or_else(gone)?;
                match field {
                    MunicipalityField::Share => m.share = value,
                    MunicipalityField::OwnUse if m.own_use.is_some() => m.own_use = Some(value),
                    MunicipalityField::OwnUse => return Err(gone()),
                }
            }
            Address::InsuredShare => {
                if self.insured_share.is_none() {
                    return Err(gone());
                }
                self.insured_share = Some(value);
            }
        }
        Ok(())
    }
}

/// Every knob's range is the rule the loader checks; the kind and unit of
/// each lever field are as documented.
#[cfg(test)]
mod tests;

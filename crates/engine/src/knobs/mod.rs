//! Knobs: every number a user can move, with a stable [`Address`], labels in
//! both languages, a kind, a unit and the allowed range ([`Bounds`]) that the
//! loader's validation uses too. Sliders and typed fields in the app,
//! sensitivity, goal seek, workshop pins and comparisons all speak in knobs.

mod address;
mod bounds;
mod describe;
mod slot;
mod typed;
mod write;

use rust_decimal::Decimal;

pub use address::{
    Address, BadAddress, BudgetField, FormField, LeverField, LeverList, MunicipalityField,
    TargetField,
};
pub use bounds::Bounds;
pub use describe::measure_unit;
pub use typed::Field;

use crate::scenario::{ChangeKind, Scenario};
use crate::text::Text;

/// What moving a knob means for the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KnobKind {
    /// A choice of the plan: acts in the scenario only, never in its baseline.
    Lever,
    /// A trend (growth, indexation): moves the baseline too.
    Assumption,
    /// A figure of the region (clients, tariffs, budget): moves the baseline too.
    Data,
    /// A target's threshold or reference: a check, it moves no figure.
    Target,
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
    /// What a control shows after the number, in the language shown: "%",
    /// "€", "jaar" / "years", "mnd" / "mo.".
    pub fn symbol_text(self) -> Text {
        let (nl, en) = match self {
            Unit::Percent => ("%", "%"),
            Unit::Euro => ("€", "€"),
            Unit::Years => ("jaar", "years"),
            Unit::Months => ("mnd", "mo."),
            Unit::Year | Unit::Clients => ("", ""),
        };
        Text::new(nl, en)
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

    /// A stored value as its control's field shows it, in nl-NL: "15,0",
    /// "1.250.000" (money keeps its thousands dots; years read plainly).
    pub fn format(&self, stored: Decimal) -> String {
        self.field().format(stored)
    }

    /// A stored value with its unit, for Dutch sentences: "15,0%",
    /// "€ 1.250.000", "2027", "3 jaar".
    pub fn show(&self, stored: Decimal) -> String {
        self.show_text(stored).nl
    }

    /// [`Knob::show`] in both languages: "3 jaar" / "3 years".
    pub fn show_text(&self, stored: Decimal) -> Text {
        let number = self.format(stored);
        let unit = self.unit.symbol_text();
        match self.unit {
            Unit::Percent => Text::new(format!("{number}%"), format!("{number}%")),
            Unit::Euro => Text::new(format!("€ {number}"), format!("€ {number}")),
            Unit::Years | Unit::Months => Text::new(
                format!("{number} {}", unit.nl),
                format!("{number} {}", unit.en),
            ),
            Unit::Year | Unit::Clients => Text::same(number),
        }
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

/// The label of a per-form change's control: "Instroom (verandering)".
pub fn change_label(kind: ChangeKind) -> Text {
    let (nl, en) = kind.words();
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
        for b in &self.levers.front_budgets {
            for field in [Share].into_iter().chain(timed.clone()) {
                out.push(Address::lever(LeverList::FrontBudgets, &b.id, field));
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
        for t in &self.targets {
            out.push(Address::target(&t.id, TargetField::Value));
            out.push(Address::target(&t.id, TargetField::ReferenceLevel));
        }
        // Optional figures that are absent (a price where a tariff is used,
        // amounts not set) are no knob.
        out.retain(|a| self.knob_value(a).is_some());
        out
    }

    /// The current value of the knob at `address`; None when its entity is
    /// gone or the figure is not set (a form charged per trajectory has no
    /// tariff per month).
    pub fn knob_value(&self, address: &Address) -> Option<Decimal> {
        self.slot(address)?.value()
    }

    /// Whether cost is split under the verzekeringsmodel (an insured share
    /// below 100%).
    pub fn insurance_model(&self) -> bool {
        self.insured_share.is_some_and(|p| p < Decimal::ONE)
    }
}

/// Every knob's range is the rule the loader checks; the kind and unit of
/// each lever field are as documented.
#[cfg(test)]
mod tests;

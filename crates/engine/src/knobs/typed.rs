//! A number typed into a knob's field, and a knob moved by steps: the one
//! reading of what a person types (nl-NL or English, with its unit) and the
//! one step arithmetic, in Decimal, for the slider, the typed field, the
//! workshop's keys and the command-line tool.

use rust_decimal::Decimal;

use super::{Bounds, Knob, Unit};
use crate::nl::{format_number, parse_number};
use crate::text::Text;

/// Unit words a person may type after the number, both languages.
fn unit_words(unit: Unit) -> &'static [&'static str] {
    match unit {
        Unit::Years => &["jaren", "jaar", "years", "year", "jr"],
        Unit::Months => &["maanden", "maand", "months", "month", "mnd"],
        Unit::Clients => &["cliënten", "clienten", "clients"],
        Unit::Percent => &["procent", "percent"],
        Unit::Euro => &["euro", "eur"],
        Unit::Year => &[],
    }
}

/// What a typed number field takes: a unit, a range and decimals. Every
/// knob has one ([`Knob::field`]); so has every other number a person types
/// (a goal, an uncertainty range, a step, a number of runs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub unit: Unit,
    /// In stored units (fractions for percentages).
    pub bounds: Bounds,
    /// Decimals shown, in display units.
    pub decimals: u32,
    /// Only whole numbers (years, a count).
    pub whole: bool,
    /// Thousands grouped by dots (money, a large count).
    pub grouped: bool,
    /// What the field is, named in a message ("bij Laag"); None: the field's
    /// own label says it.
    pub name: Option<Text>,
}

impl Field {
    pub fn new(unit: Unit, bounds: Bounds, decimals: u32) -> Field {
        Field {
            unit,
            bounds,
            decimals,
            whole: unit.is_whole(),
            grouped: unit.grouped(),
            name: None,
        }
    }

    /// A number in `unit` whose range the engine's own rule checks when the
    /// value is applied (its message names what the value is for, as
    /// "Het verzekerde deel vanaf 2024 moet tussen 0% en 100% liggen").
    pub fn ruled_by_engine(unit: Unit, decimals: u32) -> Field {
        let far = Decimal::from(10_i64.pow(15));
        let bounds = Bounds {
            min: -far,
            max: far,
            step: Decimal::ONE,
        };
        Field::new(unit, bounds, decimals)
    }

    /// Only whole numbers.
    pub fn whole(self) -> Field {
        Field {
            whole: true,
            decimals: 0,
            ..self
        }
    }

    /// A count shown with its thousands grouped: "100.000".
    pub fn counted(self) -> Field {
        Field {
            grouped: true,
            ..self.whole()
        }
    }

    /// Named in its messages.
    pub fn named(self, name: Text) -> Field {
        Field {
            name: Some(name),
            ..self
        }
    }

    pub fn to_display(&self, stored: Decimal) -> Decimal {
        stored * self.unit.factor()
    }

    pub fn to_stored(&self, display: Decimal) -> Decimal {
        display / self.unit.factor()
    }

    /// A stored value as the field shows it, in nl-NL: "15,0",
    /// "1.250.000" (money keeps its thousands dots; years read plainly).
    pub fn format(&self, stored: Decimal) -> String {
        let text = format_number(self.to_display(stored), self.decimals);
        if self.grouped {
            text
        } else {
            text.replace('.', "")
        }
    }

    /// `text` as the field reads it: "15,5", "15.5", "15,5%",
    /// "€ 1.250.000", "3 jaar", in display units, as the stored value within
    /// the bounds; else what to tell the person, in Dutch and English (the
    /// range in the field's own unit).
    pub fn parse(&self, text: &str) -> Result<Decimal, Text> {
        let trimmed = text.trim();
        let lower = trimmed.to_lowercase();
        let number = unit_words(self.unit)
            .iter()
            .find_map(|w| lower.strip_suffix(w))
            .unwrap_or(&lower);
        let (min, max) = (
            self.to_display(self.bounds.min),
            self.to_display(self.bounds.max),
        );
        let (at_nl, at_en) = self.name.as_ref().map_or_else(Default::default, |n| {
            (
                format!(" bij {}", n.nl.to_lowercase()),
                format!(" for {}", n.en.to_lowercase()),
            )
        });
        let value = match parse_number(number) {
            Some(v) if !self.whole || v.fract().is_zero() => v,
            parsed => {
                let example = self.format(self.to_stored(min.max(Decimal::ZERO)));
                let (nl, en) = if parsed.is_some() {
                    ("geen heel getal", "not a whole number")
                } else {
                    ("geen getal", "not a number")
                };
                return Err(Text::new(
                    format!("\"{trimmed}\"{at_nl} is {nl}. Typ bijvoorbeeld {example}."),
                    format!("\"{trimmed}\"{at_en} is {en}. Type for example {example}."),
                ));
            }
        };
        if value < min || value > max {
            // Bounds read as people say them: "0 tot en met 100", not "0,0 tot en met 100,0".
            let bound = |v: Decimal| {
                self.format(self.to_stored(v.normalize()))
                    .trim_end_matches(",0")
                    .to_string()
            };
            let word = self.unit.word();
            let unit = |w: &str| {
                if w.is_empty() {
                    String::new()
                } else {
                    format!(" {w}")
                }
            };
            return Err(Text::new(
                format!(
                    "Kies{at_nl} een waarde van {} tot en met {}{}.",
                    bound(min),
                    bound(max),
                    unit(&word.nl)
                ),
                format!(
                    "Choose a value from {} to {}{}{at_en}.",
                    bound(min),
                    bound(max),
                    unit(&word.en)
                ),
            ));
        }
        Ok(self.to_stored(value))
    }
}

impl Knob {
    /// The knob's typed field.
    pub fn field(&self) -> Field {
        Field::new(self.unit, self.bounds, self.decimals)
    }

    /// `text` typed into this knob's field ([`Field::parse`]).
    pub fn parse_typed(&self, text: &str) -> Result<Decimal, Text> {
        self.field().parse(text)
    }

    /// `n` of the knob's steps from `value` (down when negative), in
    /// Decimal and within its bounds: -32,8% and ten steps of 0,5% up is
    /// -27,8%, exactly.
    pub fn step(&self, value: Decimal, n: i64) -> Decimal {
        (value + self.bounds.step * Decimal::from(n)).clamp(self.bounds.min, self.bounds.max)
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use crate::example::voorbeeldregio;
    use crate::knobs::Address;
    use crate::Scenario;

    fn knob(s: &Scenario, address: &str) -> super::Knob {
        s.knob(&address.parse::<Address>().unwrap()).unwrap()
    }

    #[test]
    fn a_typed_share_reads_dutch_english_and_its_unit() {
        let s = voorbeeldregio();
        let share = knob(&s, "levers.substitutions.ggz-naar-poh.share");
        for typed in ["15,5", "15.5", "15,5%", " 15,5 % ", "15,5 procent"] {
            assert_eq!(share.parse_typed(typed), Ok(dec!(0.155)), "{typed}");
        }
        let refused = share.parse_typed("twaalf").unwrap_err();
        assert_eq!(
            refused.nl,
            "\"twaalf\" is geen getal. Typ bijvoorbeeld 0,0."
        );
        let refused = share.parse_typed("150").unwrap_err();
        assert_eq!(refused.nl, "Kies een waarde van 0 tot en met 100 procent.");
        assert_eq!(refused.en, "Choose a value from 0 to 100 percent.");
    }

    #[test]
    fn a_year_out_of_range_names_the_range_and_a_word_gets_an_example() {
        let s = voorbeeldregio();
        let start = knob(&s, "levers.form_changes.korter-verblijf.start_year");
        assert_eq!(
            start.parse_typed("2040").unwrap_err().nl,
            "Kies een waarde van 2026 tot en met 2035."
        );
        let tariff = knob(&s, "care_forms.pleegzorg.tariff_per_month");
        assert_eq!(
            tariff.parse_typed("veel").unwrap_err().nl,
            "\"veel\" is geen getal. Typ bijvoorbeeld 0,00."
        );
    }

    #[test]
    fn years_and_euros_read_with_their_words_and_signs() {
        let s = voorbeeldregio();
        let ramp = knob(&s, "levers.substitutions.ggz-naar-poh.ramp_years");
        assert_eq!(ramp.parse_typed("3 jaar"), Ok(dec!(3)));
        assert_eq!(ramp.parse_typed("3 years"), Ok(dec!(3)));
        let amount = s
            .knobs()
            .into_iter()
            .find(|k| k.unit == super::Unit::Euro && k.bounds.min <= dec!(1250000))
            .unwrap();
        assert_eq!(amount.parse_typed("€ 1.250.000"), Ok(dec!(1250000)));
        assert_eq!(amount.parse_typed("1250000 euro"), Ok(dec!(1250000)));
    }

    #[test]
    fn steps_are_exact_and_stay_within_bounds() {
        let s = voorbeeldregio();
        let share = knob(&s, "levers.substitutions.ggz-naar-poh.share");
        // A step of 0,5% (0,005 stored): ten up from 15% is 20%, exactly.
        assert_eq!(share.bounds.step, dec!(0.005));
        assert_eq!(share.step(dec!(0.15), 10), dec!(0.20));
        assert_eq!(share.step(dec!(0.98), 10), dec!(1));
        assert_eq!(share.step(dec!(0.02), -10), dec!(0));
        // A per-form change of -32,8%: ten steps up is -27,8%, not
        // -27,799999999999997 as by f64.
        let change = knob(&s, "levers.form_changes.korter-verblijf.change");
        assert_eq!(change.step(dec!(-0.328), 10), dec!(-0.278));
        assert_eq!(change.step(dec!(-0.98), -10), dec!(-1));
    }

    #[test]
    fn a_named_whole_field_says_which_field_and_refuses_fractions() {
        let runs = super::Field::new(
            super::Unit::Clients,
            super::Bounds {
                min: dec!(100),
                max: dec!(100000),
                step: dec!(100),
            },
            0,
        )
        .whole()
        .named(crate::text::Text::new("Doorrekeningen", "Runs"));
        assert_eq!(runs.clone().counted().format(dec!(100000)), "100.000");
        assert_eq!(runs.parse("2.000"), Ok(dec!(2000)));
        assert_eq!(
            runs.parse("2000,5").unwrap_err().nl,
            "\"2000,5\" bij doorrekeningen is geen heel getal. Typ bijvoorbeeld 100."
        );
        assert_eq!(
            runs.parse("50").unwrap_err().en,
            "Choose a value from 100 to 100000 for runs."
        );
    }

    #[test]
    fn a_field_ruled_by_the_engine_reads_any_number_and_leaves_the_range_to_the_rule() {
        let share = super::Field::ruled_by_engine(super::Unit::Percent, 1);
        assert_eq!(share.parse("150"), Ok(dec!(1.5)));
        assert_eq!(share.parse("-5%"), Ok(dec!(-0.05)));
        assert!(share
            .parse("half")
            .unwrap_err()
            .nl
            .contains("is geen getal"));
    }

    #[test]
    fn every_knob_reads_back_what_its_field_shows() {
        let s = voorbeeldregio();
        for k in s.knobs() {
            let shown = k.format(k.value);
            let read = k
                .parse_typed(&shown)
                .unwrap_or_else(|e| panic!("{}: {shown}: {}", k.address, e.nl));
            assert_eq!(k.format(read), shown, "{}", k.address);
        }
    }
}

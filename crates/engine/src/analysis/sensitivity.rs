//! Gevoeligheid: how far the measure moves when each lever and each key
//! assumption moves by a step (default plus and minus 10% of its value,
//! kept within its allowed range), sorted by effect: a tornado.

use rust_decimal::Decimal;

use super::Measure;
use crate::edit::Edit;
use crate::knobs::Address;
use crate::knobs::{FormField, Knob, KnobKind, LeverField, Unit};
use crate::nl::format_number;
use crate::scenario::Scenario;
use crate::text::Text;

/// One knob moved down and up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swing {
    pub knob: Knob,
    /// The values tried (the knob's value moved by the step, within bounds).
    pub low_value: Decimal,
    pub high_value: Decimal,
    /// The measure at each: None where the scenario refuses the value (for
    /// example shares leaving one form above 100%).
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
}

impl Swing {
    /// Effect of the move down and up against the measure as it is.
    pub fn effects(&self, base: Decimal) -> (Decimal, Decimal) {
        (
            self.low.map_or(Decimal::ZERO, |v| v - base),
            self.high.map_or(Decimal::ZERO, |v| v - base),
        )
    }

    /// A choice of the plan (a lever), not an assumption about data or trends.
    pub fn is_choice(&self) -> bool {
        self.knob.kind == KnobKind::Lever
    }

    /// The value now and the two tried, so that a step of 10% on a
    /// percentage cannot be read as 10 points: "2,5% → 2,25% / 2,75%".
    pub fn tried(&self) -> String {
        let show = |v: Decimal| {
            if self.knob.unit == Unit::Percent {
                let d = self.knob.to_display(v).round_dp(4).normalize();
                format!("{}%", format_number(d, d.scale()))
            } else {
                self.knob.show(v)
            }
        };
        format!(
            "{} → {} / {}",
            show(self.knob.value),
            show(self.low_value),
            show(self.high_value)
        )
    }

    /// The width of the bar: how far apart the two ends lie.
    pub fn span(&self, base: Decimal) -> Decimal {
        let (down, up) = self.effects(base);
        (up - down).abs()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sensitivity {
    pub measure: Measure,
    /// The relative step, as a fraction (0.1 = 10%).
    pub step: Decimal,
    /// The measure as the scenario stands.
    pub base: Decimal,
    /// Widest first.
    pub swings: Vec<Swing>,
}

impl Sensitivity {
    /// The step as a percentage: "10", "2,5".
    pub fn percent(&self) -> String {
        let p = (self.step * Decimal::ONE_HUNDRED).normalize();
        format_number(p, p.scale())
    }

    /// "-10% / +10% van de huidige waarde".
    pub fn heading(&self) -> Text {
        let p = self.percent();
        Text::new(
            format!("-{p}% / +{p}% van de huidige waarde"),
            format!("-{p}% / +{p}% of the current value"),
        )
    }

    /// What the two bars of a row stand for.
    pub fn legend(&self) -> [Text; 2] {
        let p = self.percent();
        [
            Text::new(
                format!("Omlaag: de waarde {p}% lager dan nu"),
                format!("Down: the value {p}% lower than now"),
            ),
            Text::new(
                format!("Omhoog: de waarde {p}% hoger dan nu"),
                format!("Up: the value {p}% higher than now"),
            ),
        ]
    }
}

/// Levers (shares, relapse, per-form changes), trends (growth, indexation),
/// and the durations and prices of care: the numbers a plan's outcome hangs on.
pub fn is_key(knob: &Knob) -> bool {
    match (&knob.address, knob.kind) {
        (Address::Lever { field, .. }, KnobKind::Lever) => {
            matches!(
                field,
                LeverField::Share | LeverField::Relapse | LeverField::Change
            )
        }
        (_, KnobKind::Assumption) => true,
        (Address::CareForm { field, .. }, KnobKind::Data) => matches!(
            field,
            FormField::DurationMonths | FormField::TariffPerMonth | FormField::PricePerTrajectory
        ),
        _ => false,
    }
}

/// The measure with the knob at `value`, or None when the scenario refuses it.
pub fn measure_at(
    s: &Scenario,
    address: &Address,
    value: Decimal,
    measure: Measure,
) -> Option<Decimal> {
    let mut moved = s.clone();
    moved.apply(Edit::set(address.clone(), value)).ok()?;
    Some(measure.of_scenario(&moved))
}

/// Moves every key knob by `step` of its value down and up.
pub fn sensitivity(s: &Scenario, measure: Measure, step: Decimal) -> Sensitivity {
    let base = measure.of_scenario(s);
    let swings: Vec<Swing> = s
        .knobs()
        .into_iter()
        .filter(is_key)
        .map(|knob| {
            let b = knob.bounds;
            let moved = |factor: Decimal| {
                let v = (knob.value * factor).clamp(b.min, b.max);
                if knob.unit == Unit::Percent {
                    v.round_dp(6)
                } else {
                    v.round_dp(2)
                }
            };
            let low_value = moved(Decimal::ONE - step);
            let high_value = moved(Decimal::ONE + step);
            let at = |v: Decimal| {
                if v == knob.value {
                    Some(base)
                } else {
                    measure_at(s, &knob.address, v, measure)
                }
            };
            Swing {
                low: at(low_value),
                high: at(high_value),
                low_value,
                high_value,
                knob,
            }
        })
        .collect();
    let widest_first: Vec<Decimal> = swings.iter().map(|w| -w.span(base)).collect();
    let swings = crate::order::arrange(swings, &crate::order::by_decimal(&widest_first));
    Sensitivity {
        measure,
        step,
        base,
        swings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    #[test]
    fn a_lever_at_zero_has_no_sensitivity() {
        let mut s = voorbeeldregio();
        s.levers.substitutions[0].share = Decimal::ZERO;
        let result = sensitivity(&s, Measure::Cumulative, dec!(0.1));
        let share = result
            .swings
            .iter()
            .find(|w| w.knob.address.to_string() == "levers.substitutions.ggz-naar-poh.share")
            .unwrap();
        assert_eq!(share.span(result.base), Decimal::ZERO);
        assert_eq!(
            (share.low_value, share.high_value),
            (Decimal::ZERO, Decimal::ZERO)
        );
    }

    #[test]
    fn swings_are_widest_first_and_each_end_is_an_exact_projection() {
        let s = voorbeeldregio();
        let result = sensitivity(&s, Measure::BalanceIn(2030), dec!(0.1));
        assert!(result.swings.len() > 40, "{}", result.swings.len());
        let spans: Vec<Decimal> = result.swings.iter().map(|w| w.span(result.base)).collect();
        assert!(spans.windows(2).all(|p| p[0] >= p[1]));
        let top = &result.swings[0];
        let mut moved = s.clone();
        moved
            .apply(Edit::set(top.knob.address.clone(), top.high_value))
            .unwrap();
        assert_eq!(top.high, Some(Measure::BalanceIn(2030).of_scenario(&moved)));
        // Higher tariffs cost more: the top of the list moves the balance.
        assert!(top.span(result.base) > Decimal::ZERO);
    }

    #[test]
    fn a_percentage_row_states_the_values_tried_and_rows_split_into_choices_and_assumptions() {
        let mut s = voorbeeldregio();
        s.care_forms[0].price_index = dec!(0.025);
        let result = sensitivity(&s, Measure::Cumulative, dec!(0.1));
        let index = result
            .swings
            .iter()
            .find(|w| {
                w.knob.address.to_string()
                    == format!("care_forms.{}.price_index", s.care_forms[0].id)
            })
            .unwrap();
        assert_eq!(index.tried(), "2,5% → 2,25% / 2,75%");
        assert!(!index.is_choice());
        let share = result
            .swings
            .iter()
            .find(|w| w.knob.address.to_string() == "levers.substitutions.ggz-naar-poh.share")
            .unwrap();
        assert!(share.is_choice());
        assert!(result
            .swings
            .iter()
            .any(|w| w.knob.kind == KnobKind::Data && !w.is_choice()));
        assert_eq!(result.heading().nl, "-10% / +10% van de huidige waarde");
        let half = sensitivity(&s, Measure::Cumulative, dec!(0.025));
        assert_eq!(half.heading().en, "-2,5% / +2,5% of the current value");
        assert_eq!(
            result.legend().map(|t| t.nl),
            [
                "Omlaag: de waarde 10% lager dan nu",
                "Omhoog: de waarde 10% hoger dan nu"
            ]
        );
    }

    #[test]
    fn moves_stay_within_the_knobs_bounds() {
        let mut s = voorbeeldregio();
        s.levers.substitutions[0].relapse = dec!(0.95);
        let result = sensitivity(&s, Measure::Cumulative, dec!(0.1));
        let relapse = result
            .swings
            .iter()
            .find(|w| w.knob.address.to_string() == "levers.substitutions.ggz-naar-poh.relapse")
            .unwrap();
        assert_eq!(relapse.high_value, Decimal::ONE);
        assert!(relapse.high.is_some());
    }
}

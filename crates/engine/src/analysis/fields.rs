//! What a person types into the analyses, as typed fields
//! ([`knobs::Field`](crate::knobs::Field)): read the same way as every
//! knob (nl-NL or English, with the unit), each with its range and a Dutch
//! message that names it.

use rust_decimal::Decimal;

use super::uncertainty::Uncertain;
use crate::knobs::{Bounds, Field, Unit};
use crate::text::Text;
use crate::validate::ranges::MAX_AMOUNT;

fn bounds(min: Decimal, max: Decimal, step: Decimal) -> Bounds {
    Bounds { min, max, step }
}

/// Gevoeligheid's step: above 0 and at most 100%.
pub fn step_field() -> Field {
    Field::new(
        Unit::Percent,
        bounds(Decimal::new(1, 3), Decimal::ONE, Decimal::new(1, 2)),
        1,
    )
}

/// A goal's amount: a balance in euros, a deficit below zero.
pub fn goal_amount_field() -> Field {
    let most = Decimal::from(MAX_AMOUNT);
    Field::new(Unit::Euro, bounds(-most, most, Decimal::ONE), 0)
}

/// A goal's residential share: 0 to 100%.
pub fn goal_share_field() -> Field {
    Field::new(Unit::Percent, Bounds::share(), 1)
}

/// One end or the likely value of an uncertain quantity's range, named in
/// its messages. Growth and price index within a trend's bounds (-50% to
/// +100% a year), relapse from -100 to +100 percentage points, the levers'
/// effect from 0 to 200% of the planned effect.
pub fn range_field(which: Uncertain) -> Field {
    let range = match which {
        Uncertain::InflowGrowth | Uncertain::PriceIndex => Bounds::trend(),
        Uncertain::Relapse => bounds(-Decimal::ONE, Decimal::ONE, Decimal::new(1, 3)),
        Uncertain::LeverEffect => bounds(Decimal::ZERO, Decimal::TWO, Decimal::new(1, 2)),
    };
    Field::new(Unit::Percent, range, 1).named(which.name())
}

/// The number of runs: 100 to 100.000.
pub fn samples_field() -> Field {
    Field::new(
        Unit::Clients,
        bounds(
            Decimal::ONE_HUNDRED,
            Decimal::from(100_000),
            Decimal::ONE_HUNDRED,
        ),
        0,
    )
    .counted()
    .named(Text::new("het aantal doorrekeningen", "the number of runs"))
}

/// The starting number of the sampling: any whole number from 0.
pub fn seed_field() -> Field {
    Field::new(
        Unit::Clients,
        bounds(Decimal::ZERO, Decimal::from(u64::MAX), Decimal::ONE),
        0,
    )
    .whole()
    .named(Text::new("het startgetal", "the starting number"))
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;
    use crate::analysis::uncertainty::Ranges;
    use rust_decimal::prelude::FromPrimitive;

    #[test]
    fn every_default_range_fits_its_field() {
        let defaults = Ranges::default();
        for which in Uncertain::ALL {
            let field = range_field(which);
            let r = defaults.get(which);
            for v in [r.low, r.likely, r.high] {
                let v = Decimal::from_f64(v).unwrap();
                assert_eq!(field.parse(&field.format(v)), Ok(v), "{which:?}");
            }
        }
    }

    #[test]
    fn the_analyses_fields_read_like_knobs_and_name_themselves() {
        assert_eq!(step_field().parse("10"), Ok(dec!(0.1)));
        assert_eq!(
            step_field().parse("0").unwrap_err().nl,
            "Kies een waarde van 0,1 tot en met 100 procent."
        );
        assert_eq!(goal_amount_field().parse("-2.000.000"), Ok(dec!(-2000000)));
        assert_eq!(goal_share_field().parse("12,5%"), Ok(dec!(0.125)));
        assert_eq!(samples_field().parse("2.000"), Ok(dec!(2000)));
        assert_eq!(
            samples_field().parse("veel").unwrap_err().nl,
            "\"veel\" bij het aantal doorrekeningen is geen getal. Typ bijvoorbeeld 100."
        );
        assert_eq!(
            samples_field().parse("10").unwrap_err().nl,
            "Kies bij het aantal doorrekeningen een waarde van 100 tot en met 100.000."
        );
        assert_eq!(
            range_field(Uncertain::Relapse).parse("150").unwrap_err().nl,
            "Kies bij terugval een waarde van -100 tot en met 100 procent."
        );
        assert_eq!(
            seed_field().parse("18446744073709551615"),
            Ok(Decimal::from(u64::MAX))
        );
    }
}

//! The four headline cards: title, figure, sentence and tone.

use rust_decimal::Decimal;

use crate::nl::{format_euro_millions, format_percent};
use crate::summary::Headline;
use crate::text::{Lang, Text};

/// How a card is coloured; the figure and sentence always say the same in
/// words, so nothing is told by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Neutral,
}

impl Tone {
    /// The CSS modifier (`card--good`).
    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Bad => "bad",
            Tone::Neutral => "neutral",
        }
    }

    /// A shortfall is bad, anything else good.
    fn of_balance(v: Decimal) -> Tone {
        if v < Decimal::ZERO {
            Tone::Bad
        } else {
            Tone::Good
        }
    }
}

/// One headline card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable name (`saldo`, `cumulatief`, `besparing`, `residentieel`).
    pub id: &'static str,
    pub title: Text,
    pub figure: String,
    pub sentence: Text,
    pub tone: Tone,
}

fn sentence(h: &Headline, say: fn(&Headline, Lang) -> String) -> Text {
    Text::new(say(h, Lang::Nl), say(h, Lang::En))
}

/// The cards in the order the app shows them.
pub fn headline_cards(h: &Headline) -> [Card; 4] {
    [
        Card {
            id: "saldo",
            title: Text::new("Saldo laatste jaar", "Balance in the last year"),
            figure: format_euro_millions(h.last_balance),
            sentence: sentence(h, Headline::last_balance_sentence),
            tone: Tone::of_balance(h.last_balance),
        },
        Card {
            id: "cumulatief",
            title: Text::new("Cumulatief saldo", "Cumulative balance"),
            figure: format_euro_millions(h.cumulative_balance),
            sentence: sentence(h, Headline::cumulative_sentence),
            tone: Tone::of_balance(h.cumulative_balance),
        },
        Card {
            id: "besparing",
            title: Text::new("Besparing t.o.v. basislijn", "Savings against baseline"),
            figure: format_euro_millions(h.savings),
            sentence: sentence(h, Headline::savings_sentence),
            // Spending more than the baseline is bad; saving is no verdict
            // on the balance, so neutral.
            tone: if h.savings < Decimal::ZERO {
                Tone::Bad
            } else {
                Tone::Neutral
            },
        },
        Card {
            id: "residentieel",
            title: Text::new("Aandeel residentiële zorg", "Share in residential care"),
            figure: format_percent(h.residential_share, 1),
            sentence: sentence(h, Headline::residential_sentence),
            tone: Tone::Neutral,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::projection::project_with_baseline;
    use rust_decimal_macros::dec;

    fn headline(last: Decimal, cumulative: Decimal, savings: Decimal) -> Headline {
        Headline {
            first_year: 2026,
            last_year: 2035,
            last_balance: last,
            cumulative_balance: cumulative,
            savings,
            residential_share: dec!(0.051),
            residential_share_baseline: dec!(0.06),
            out_of_home_share: dec!(0.128),
            out_of_home_share_baseline: dec!(0.12),
        }
    }

    #[test]
    fn a_deficit_is_bad_and_a_surplus_or_zero_good() {
        let cards = headline_cards(&headline(dec!(-1), dec!(0), dec!(0)));
        let tones: Vec<Tone> = cards.iter().map(|c| c.tone).collect();
        assert_eq!(tones, [Tone::Bad, Tone::Good, Tone::Neutral, Tone::Neutral]);
        let cards = headline_cards(&headline(dec!(5), dec!(-3), dec!(-2)));
        let tones: Vec<Tone> = cards.iter().map(|c| c.tone).collect();
        assert_eq!(tones, [Tone::Good, Tone::Bad, Tone::Bad, Tone::Neutral]);
    }

    #[test]
    fn the_example_regions_cards_show_millions_and_a_percentage() {
        let comparison = project_with_baseline(&voorbeeldregio());
        let cards = headline_cards(&Headline::of(&comparison).unwrap());
        let ids: Vec<&str> = cards.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["saldo", "cumulatief", "besparing", "residentieel"]);
        assert!(cards[0].figure.starts_with("€ ") && cards[0].figure.ends_with(" mln"));
        assert!(cards[3].figure.ends_with('%'));
        assert!(cards
            .iter()
            .all(|c| !c.sentence.nl.is_empty() && !c.sentence.en.is_empty()));
    }
}

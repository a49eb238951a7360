//! De zaal: the scenarios a room of participants sent in, combined. Per
//! lever knob the spread (min, median, max) and who chose what; the spread
//! of the balance per year over the participants, beside the baseline; and
//! the median of every knob as one scenario. Nothing leaves the browser.

use rust_decimal::Decimal;

use crate::edit::Edit;
use crate::knobs::{Address, Knob, KnobKind};
use crate::order::{arrange, by_decimal, sorted_decimals};
use crate::projection::project;
use crate::scenario::Scenario;
use crate::text::Text;

/// At most this many participants in the room.
pub const MAX_PARTICIPANTS: usize = 50;

/// A participant's scenario and where it came from (a file name, or "link
/// 3"); the room calls it by the scenario's own name.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub name: String,
    pub scenario: Scenario,
}

/// Adds a batch to the room: each new scenario once (one that is already
/// there, or twice in the batch, is counted once) and none beyond
/// [`MAX_PARTICIPANTS`]. What was not added is named in Dutch and English;
/// the participants already in the room stay as they were.
pub fn add_participants(room: &mut Vec<Participant>, batch: Vec<Participant>) -> Vec<Text> {
    let mut said = Vec::new();
    let mut full = Vec::new();
    for p in batch {
        if let Some(there) = room.iter().find(|o| o.scenario == p.scenario) {
            said.push(Text::new(
                format!(
                    "\"{}\" ({}) is hetzelfde scenario als \"{}\" ({}) en telt één keer.",
                    p.scenario.name, p.name, there.scenario.name, there.name
                ),
                format!(
                    "\"{}\" ({}) is the same scenario as \"{}\" ({}) and counts once.",
                    p.scenario.name, p.name, there.scenario.name, there.name
                ),
            ));
        } else if room.len() >= MAX_PARTICIPANTS {
            full.push(p.name);
        } else {
            room.push(p);
        }
    }
    if !full.is_empty() {
        let list = full.join(", ");
        said.push(Text::new(
            format!("De zaal is vol: hooguit {MAX_PARTICIPANTS} deelnemers. Niet toegevoegd: {list}. Verwijder eerst een deelnemer."),
            format!("The room is full: at most {MAX_PARTICIPANTS} participants. Not added: {list}. Remove a participant first."),
        ));
    }
    said
}

/// What the room calls each participant: the scenario's name, with where it
/// came from only when two participants' scenarios have the same name.
pub fn participant_names(participants: &[Participant]) -> Vec<String> {
    participants
        .iter()
        .map(|p| {
            let twins = participants
                .iter()
                .filter(|o| o.scenario.name == p.scenario.name)
                .count();
            if twins > 1 {
                format!("{} ({})", p.scenario.name, p.name)
            } else {
                p.scenario.name.clone()
            }
        })
        .collect()
}

/// One lever knob across the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnobSpread {
    /// Every participant has the knob and chose the same value.
    pub agreed: bool,
    /// The knob as the first participant who has it has it (labels, unit).
    pub knob: Knob,
    /// Who chose what, in the order of the participants (None: not in
    /// that participant's scenario).
    pub choices: Vec<Option<Decimal>>,
    pub min: Decimal,
    pub median: Decimal,
    pub max: Decimal,
}

/// The balance of one year across the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearSpread {
    pub year: i32,
    pub min: Decimal,
    pub median: Decimal,
    pub max: Decimal,
    /// The first participant's baseline (no levers).
    pub baseline: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    pub names: Vec<String>,
    /// Widest spread (max - min) first.
    pub knobs: Vec<KnobSpread>,
    pub years: Vec<YearSpread>,
}

/// The median of sorted values (the mean of the middle two for an even count).
fn median(sorted: &[Decimal]) -> Decimal {
    match sorted.len() {
        0 => Decimal::ZERO,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / Decimal::TWO,
    }
}

pub fn room(participants: &[Participant]) -> Room {
    let names = participant_names(participants);
    let knob_lists: Vec<Vec<Knob>> = participants.iter().map(|p| p.scenario.knobs()).collect();
    let mut addresses: Vec<Address> = Vec::new();
    for list in &knob_lists {
        for k in list.iter().filter(|k| k.kind == KnobKind::Lever) {
            if !addresses.contains(&k.address) {
                addresses.push(k.address.clone());
            }
        }
    }
    let knobs: Vec<KnobSpread> = addresses
        .into_iter()
        .filter_map(|address| {
            let choices: Vec<Option<Decimal>> = knob_lists
                .iter()
                .map(|list| list.iter().find(|k| k.address == address).map(|k| k.value))
                .collect();
            let knob = knob_lists
                .iter()
                .flatten()
                .find(|k| k.address == address)?
                .clone();
            let values = sorted_decimals(choices.iter().flatten().copied().collect());
            Some(KnobSpread {
                agreed: values.len() == choices.len() && values.first() == values.last(),
                knob,
                min: *values.first()?,
                max: *values.last()?,
                median: median(&values),
                choices,
            })
        })
        .collect();
    let widest_first: Vec<Decimal> = knobs.iter().map(|k| k.min - k.max).collect();
    let knobs = arrange(knobs, &by_decimal(&widest_first));

    let projections: Vec<_> = participants.iter().map(|p| project(&p.scenario)).collect();
    let baseline = participants
        .first()
        .map(|p| project(&p.scenario.baseline()));
    let years = participants
        .first()
        .map(|first| {
            first
                .scenario
                .year_range()
                .map(|year| {
                    let values = sorted_decimals(
                        projections
                            .iter()
                            .filter_map(|p| p.year(year).map(|y| y.balance))
                            .collect(),
                    );
                    YearSpread {
                        year,
                        min: values.first().copied().unwrap_or_default(),
                        median: median(&values),
                        max: values.last().copied().unwrap_or_default(),
                        baseline: baseline
                            .as_ref()
                            .and_then(|b| b.year(year))
                            .map_or(Decimal::ZERO, |y| y.balance),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Room {
        names,
        knobs,
        years,
    }
}

impl Room {
    /// The first participant's scenario with every lever knob it has set to
    /// the room's median, each through a validated edit; a median the
    /// scenario refuses (shares from one form above 100% together) is left
    /// as it was and named.
    pub fn median_scenario(&self, participants: &[Participant]) -> Option<(Scenario, Vec<Text>)> {
        let mut s = participants.first()?.scenario.clone();
        s.name = "Mediaan van de zaal".into();
        let mut skipped = Vec::new();
        for spread in &self.knobs {
            if s.knob_value(&spread.knob.address).is_none() {
                continue;
            }
            let median = round_to_step(spread.median, spread.knob.bounds.step);
            if let Err(refusal) = s.apply(Edit::set(spread.knob.address.clone(), median)) {
                skipped.push(Text::new(
                    format!("{}: {}", spread.knob.full_label().nl, refusal.text().nl),
                    format!("{}: {}", spread.knob.full_label().en, refusal.text().en),
                ));
            }
        }
        Some((s, skipped))
    }
}

/// Whole years stay whole; other values keep the median as it is.
fn round_to_step(v: Decimal, step: Decimal) -> Decimal {
    if step == Decimal::ONE {
        v.round()
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    fn with_share(name: &str, share: Decimal) -> Participant {
        let mut s = voorbeeldregio();
        s.apply(Edit::set(
            "levers.substitutions.ggz-naar-poh.share".parse().unwrap(),
            share,
        ))
        .unwrap();
        Participant {
            name: name.into(),
            scenario: s,
        }
    }

    #[test]
    fn the_spread_of_a_knob_shows_who_chose_what() {
        let people = [
            with_share("ann.json", dec!(0.1)),
            with_share("bert.json", dec!(0.3)),
            with_share("cor.json", dec!(0.2)),
        ];
        let r = room(&people);
        let share = &r.knobs[0];
        assert_eq!(
            share.knob.address.to_string(),
            "levers.substitutions.ggz-naar-poh.share"
        );
        assert_eq!(
            (share.min, share.median, share.max),
            (dec!(0.1), dec!(0.2), dec!(0.3))
        );
        assert_eq!(
            share.choices,
            vec![Some(dec!(0.1)), Some(dec!(0.3)), Some(dec!(0.2))]
        );
        // Knobs everyone set alike have no spread and come after.
        assert!(r.knobs[1..].iter().all(|k| k.min == k.max));
        let y = r.years.last().unwrap();
        assert!(y.min <= y.median && y.median <= y.max);
    }

    #[test]
    fn a_batch_adds_each_scenario_once_and_never_beyond_fifty() {
        let mut people = vec![with_share("anna.json", dec!(0.1))];
        // The same scenario again (another file name) counts once; a new one is added.
        let said = add_participants(
            &mut people,
            vec![
                with_share("kopie.json", dec!(0.1)),
                with_share("link 2", dec!(0.2)),
            ],
        );
        assert_eq!(people.len(), 2);
        assert_eq!(said.len(), 1);
        assert_eq!(
            said[0].nl,
            "\"Voorbeeldregio\" (kopie.json) is hetzelfde scenario als \"Voorbeeldregio\" (anna.json) en telt één keer."
        );
        // 48 more fill the room; the 51st is named and the room keeps its 50.
        let batch: Vec<Participant> = (0..49)
            .map(|i| with_share(&format!("p{i}.json"), dec!(0.3) + Decimal::new(i, 3)))
            .collect();
        let said = add_participants(&mut people, batch);
        assert_eq!(people.len(), MAX_PARTICIPANTS);
        assert_eq!(said.len(), 1);
        assert!(said[0]
            .nl
            .starts_with("De zaal is vol: hooguit 50 deelnemers. Niet toegevoegd: p48.json."));
    }

    #[test]
    fn participants_are_named_by_their_scenario_and_by_file_only_when_names_repeat() {
        let mut anna = with_share("anna.json", dec!(0.1));
        anna.scenario.name = "Voorstel Anna".into();
        let (bram, cas) = (
            with_share("bram.json", dec!(0.2)),
            with_share("link 3", dec!(0.3)),
        );
        let names = participant_names(&[anna.clone(), bram.clone(), cas.clone()]);
        let example = "Voorbeeldregio";
        assert_eq!(
            names,
            [
                "Voorstel Anna".to_string(),
                format!("{example} (bram.json)"),
                format!("{example} (link 3)")
            ]
        );
        assert_eq!(room(&[anna, bram]).names[1], example);
        // The share is chosen apart; every other lever alike is agreed.
        let r = room(&[with_share("a", dec!(0.1)), with_share("b", dec!(0.2))]);
        assert!(!r.knobs[0].agreed);
        assert!(r.knobs[1..].iter().all(|k| k.agreed));
    }

    #[test]
    fn the_median_scenario_takes_every_knobs_median_and_is_valid() {
        let people = [
            with_share("a", dec!(0.1)),
            with_share("b", dec!(0.25)),
            with_share("c", dec!(0.3)),
            with_share("d", dec!(0.05)),
        ];
        let r = room(&people);
        let (s, skipped) = r.median_scenario(&people).unwrap();
        assert!(skipped.is_empty());
        assert_eq!(s.substitution("ggz-naar-poh").unwrap().share, dec!(0.175));
        assert!(crate::validate::validate(&s).is_empty());
    }
}

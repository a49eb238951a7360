//! The scenario of a short link (`short.rs`) and the short link of a
//! scenario. Reading loads the preset through the normal loader, refuses a
//! link whose preset version is not this build's, and moves each knob
//! through [`Scenario::apply`], so every value is checked by the loader's
//! rules; a refusal anywhere opens nothing. Writing gives a short link only
//! when reading it gives back exactly the scenario (else the caller uses
//! the full `#s=` link).

use rust_decimal::Decimal;

use super::short::{preset_version, refused, ShortLink, ASK_FOR_THE_FILE, MAX_SHORT_CHARS};
use crate::edit::{Edit, Refusal};
use crate::file::{load_scenario, LoadError};
use crate::knobs::{Address, LeverField, LeverList};
use crate::presets::find_preset;
use crate::scenario::Scenario;

/// Passes over the knobs that were refused: a knob may only fit after
/// another one moved (two substitutions from one care form, a start year
/// and a ramp).
const MAX_PASSES: usize = 4;

/// The scenario of a short link from the preset file it names (the bytes
/// the app fetched, or the built-in example's): refused when the file is
/// not the version the link was made from, and when any knob is unknown
/// or its value is refused by the loader's rules (nothing is half applied).
pub fn scenario_from_short(link: &ShortLink, preset_json: &[u8]) -> Result<Scenario, LoadError> {
    if preset_version(preset_json) != link.version {
        let title = link.preset.title;
        return Err(refused(
            "",
            format!("Deze link hoort bij een eerdere of latere versie van het plan \"{title}\" dan deze planner heeft, dus de cijfers zouden niet kloppen; er is niets geopend. Vraag de afzender om het scenariobestand."),
            format!("This link belongs to another version of the plan \"{title}\" than this planner has; nothing was opened. Ask the sender for the scenario file."),
        ));
    }
    apply_link(load_scenario(preset_json)?, link)
}

/// The preset with the link's name and knobs, each through
/// [`Scenario::apply`].
fn apply_link(mut scenario: Scenario, link: &ShortLink) -> Result<Scenario, LoadError> {
    let title = link.preset.title;
    if let Some(name) = &link.name {
        let rename = Edit::Rename { name: name.clone() };
        scenario.apply(rename).map_err(|r| {
            let why = r.text();
            refused(
                "name",
                format!("De naam in de link kan niet: {}", why.nl),
                format!("The name in the link is refused: {}", why.en),
            )
        })?;
    }
    if let Some((address, _)) = link.knobs.iter().find(|(a, _)| scenario.knob(a).is_none()) {
        return Err(refused(
            &address.to_string(),
            format!("De link zet de knop {address}, maar die bestaat niet in het plan \"{title}\"; {ASK_FOR_THE_FILE}"),
            format!("The link sets the knob {address}, which the plan \"{title}\" does not have."),
        ));
    }
    let mut pending: Vec<&(Address, Decimal)> = link.knobs.iter().collect();
    let mut pass = 0;
    loop {
        pass += 1;
        let before = pending.len();
        let mut first: Option<(&Address, Decimal, Refusal)> = None;
        pending.retain(|(address, value)| {
            match scenario.apply(Edit::set(address.clone(), *value)) {
                Ok(_) => false,
                Err(refusal) => {
                    first.get_or_insert((address, *value, refusal));
                    true
                }
            }
        });
        match first {
            None => return Ok(scenario),
            Some(refusal) if pending.len() == before || pass == MAX_PASSES => {
                return Err(knob_refused(&scenario, refusal))
            }
            Some(_) => {}
        }
    }
}

fn knob_refused(
    scenario: &Scenario,
    (address, value, refusal): (&Address, Decimal, Refusal),
) -> LoadError {
    let (label, shown) = match scenario.knob(address) {
        Some(knob) => (knob.full_label(), knob.show(value)),
        None => (crate::text::Text::default(), value.to_string()),
    };
    let why = refusal.text();
    refused(
        &address.to_string(),
        format!(
            "In de link staat \"{}\" op {shown}, maar dat kan niet: {}",
            label.nl, why.nl
        ),
        format!(
            "The link sets \"{}\" to {shown}, which is refused: {}",
            label.en, why.en
        ),
    )
}

/// The short link fragment (`#p=...`) of `scenario` made from the preset
/// `preset_id` whose file is `preset_json`; None unless reading it gives
/// back this scenario, every field and figure (anything but knob values and
/// the name changed: the caller uses the full `#s=` link), or when it would
/// be longer than [`MAX_SHORT_CHARS`].
pub fn short_fragment(scenario: &Scenario, preset_id: &str, preset_json: &[u8]) -> Option<String> {
    let preset = find_preset(preset_id)?;
    let base = load_scenario(preset_json).ok()?;
    let mut knobs = Vec::new();
    for address in scenario.knob_addresses() {
        let value = scenario.knob_value(&address)?;
        if base.knob_value(&address)? != value {
            knobs.push((address, value));
        }
    }
    let mut link = ShortLink {
        preset,
        version: preset_version(preset_json),
        name: (scenario.name != base.name).then(|| scenario.name.clone()),
        knobs,
    };
    reduce_mixes(&mut link, &base, scenario);
    let rebuilt = apply_link(base, &link).ok()?;
    let fragment = link.fragment();
    (same(&rebuilt, scenario) && fragment.len() <= MAX_SHORT_CHARS).then_some(fragment)
}

/// The same scenario: every field equal, numbers by value (a slider moved
/// away and back may hold 0.150 where the preset has 0.15: the same figure,
/// which the link leaves out), whatever file version and program wrote it.
fn same(rebuilt: &Scenario, scenario: &Scenario) -> bool {
    let header = |s: &Scenario| (s.format.clone(), s.version, s.app_version.clone());
    if header(rebuilt) == header(scenario) {
        return rebuilt == scenario;
    }
    let mut rebuilt = rebuilt.clone();
    (rebuilt.format, rebuilt.version, rebuilt.app_version) = header(scenario);
    rebuilt == *scenario
}

/// A shift's mix moved by one slider changes every share in it (the others
/// follow in proportion), and setting them one after the other does not
/// give the same mix back; setting only the one that was moved does. So per
/// shift with more than one share in the link: the one share that alone
/// gives the shift's mix, when there is one.
fn reduce_mixes(link: &mut ShortLink, base: &Scenario, scenario: &Scenario) {
    let mix_of = |(address, _): &(Address, Decimal)| match address {
        Address::Lever {
            list: LeverList::ResidentialShifts,
            id,
            field: LeverField::Mix(_),
        } => Some(id.clone()),
        _ => None,
    };
    let mut shifts: Vec<String> = link.knobs.iter().filter_map(mix_of).collect();
    shifts.sort();
    let mut moved: Vec<String> = shifts
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0].clone())
        .collect();
    moved.dedup();
    for shift in moved {
        let entries: Vec<(Address, Decimal)> = link
            .knobs
            .iter()
            .filter(|k| mix_of(k).as_ref() == Some(&shift))
            .cloned()
            .collect();
        let alone = entries.into_iter().find(|entry| {
            let mut s = base.clone();
            s.apply(Edit::set(entry.0.clone(), entry.1)).is_ok()
                && s.residential_shift(&shift).map(|r| &r.mix)
                    == scenario.residential_shift(&shift).map(|r| &r.mix)
        });
        if let Some(alone) = alone {
            link.knobs
                .retain(|k| mix_of(k).as_ref() != Some(&shift) || *k == alone);
        }
    }
}

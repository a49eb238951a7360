//! Short links (`#p=`): a scenario from a built-in preset as the preset's
//! id and version plus the knobs that differ. Each opens exactly the
//! scenario it was made of; anything else gets no short link; a link of
//! another preset version, cut off, damaged or naming a wrong knob opens
//! nothing and says why in Dutch.

use jeugdscenario_engine::example::{voorbeeldregio, VOORBEELDREGIO_JSON};
use jeugdscenario_engine::knobs::{Address, FormField, LeverField, LeverList};
use jeugdscenario_engine::presets::presets;
use jeugdscenario_engine::qr::qr_matrix;
use jeugdscenario_engine::scenario::{ChangeKind, Scenario};
use jeugdscenario_engine::share::{
    parse_short_fragment, preset_version, scenario_fragment, scenario_from_fragment,
    scenario_from_short, short_fragment, ShortLink,
};
use jeugdscenario_engine::{project, scenario_to_json, Edit, LoadError};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

/// Moves `count` knobs spread over the scenario's list, each a few steps
/// within its bounds (`shift` picks which ones).
fn move_knobs(s: &mut Scenario, count: usize, shift: usize) -> usize {
    let knobs = s.knobs();
    let stride = (knobs.len() / count.max(1)).max(1);
    let mut moved = 0;
    for knob in knobs.iter().skip(shift % stride).step_by(stride) {
        if moved == count {
            break;
        }
        let b = knob.bounds;
        let up = (knob.value + b.step * Decimal::from(7)).min(b.max);
        let value = if up != knob.value {
            up
        } else {
            knob.value - b.step * Decimal::from(7)
        };
        if s.apply(Edit::set(knob.address.clone(), value))
            .is_ok_and(|a| a.changed)
        {
            moved += 1;
        }
    }
    moved
}

/// The scenario a fragment opens, from the preset's own file.
fn open(fragment: &str) -> Result<Scenario, LoadError> {
    let link = parse_short_fragment(fragment).expect("a short link")?;
    scenario_from_short(&link, link.preset.json().as_bytes())
}

fn nl(e: &LoadError) -> &str {
    &e.problems[0].message.nl
}

fn assert_same(a: &Scenario, b: &Scenario) {
    assert_eq!(scenario_to_json(a), scenario_to_json(b));
    assert_eq!(project(a), project(b));
}

#[test]
fn every_preset_with_knobs_moved_opens_the_same_scenario_and_projection() {
    for preset in presets() {
        for (count, shift) in [(1, 0), (5, 1), (12, 3)] {
            let mut s = preset.scenario();
            let moved = move_knobs(&mut s, count, shift);
            assert!(moved >= count.min(3), "{}: {moved} moved", preset.id);
            let fragment = short_fragment(&s, preset.id, preset.json().as_bytes())
                .unwrap_or_else(|| panic!("{} with {moved} knobs moved: no short link", preset.id));
            assert!(fragment.starts_with(&format!("#p={}&v=", preset.id)));
            let back = open(&fragment).unwrap();
            assert_same(&back, &s);
            assert_eq!(
                back.provenance,
                preset.scenario().provenance,
                "{}",
                preset.id
            );
        }
        // Nothing moved: the preset itself, no knobs in the link.
        let s = preset.scenario();
        let fragment = short_fragment(&s, preset.id, preset.json().as_bytes()).unwrap();
        assert_eq!(
            parse_short_fragment(&fragment).unwrap().unwrap().knobs,
            vec![]
        );
        assert_same(&open(&fragment).unwrap(), &s);
    }
}

#[test]
fn a_slider_moved_away_and_back_or_a_reloaded_working_copy_still_gets_a_short_link() {
    let s0 = voorbeeldregio();
    let share = Address::lever(
        LeverList::Substitutions,
        &s0.levers.substitutions[0].id,
        LeverField::Share,
    );
    let before = s0.knob_value(&share).unwrap();
    let mut s = s0.clone();
    s.apply(Edit::set(share.clone(), d("0.2"))).unwrap();
    // Back by slider steps: the same figure with another number of decimals.
    let back = d("0.200") - (d("0.2") - before);
    assert_eq!(back, before);
    assert_ne!(back.to_string(), before.to_string());
    s.apply(Edit::set(share.clone(), back)).unwrap();
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes())
        .expect("the same figures");
    let opened = open(&fragment).unwrap();
    assert_eq!(opened, s0);
    assert_eq!(project(&opened), project(&s));
    // The working copy as the app keeps it: written as a file, read back.
    let mut s = s0.clone();
    move_knobs(&mut s, 4, 2);
    let reloaded = jeugdscenario_engine::load_scenario(scenario_to_json(&s).as_bytes()).unwrap();
    let fragment = short_fragment(&reloaded, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes());
    assert_same(&open(&fragment.expect("a short link")).unwrap(), &s);
}

#[test]
fn a_plan_stays_a_plan_and_the_example_the_example() {
    let plan = &presets()[1];
    let mut s = plan.scenario();
    move_knobs(&mut s, 3, 0);
    let back = open(&short_fragment(&s, plan.id, plan.json().as_bytes()).unwrap()).unwrap();
    assert!(matches!(
        back.provenance,
        jeugdscenario_engine::scenario::Provenance::Plan { .. }
    ));
    let mut s = voorbeeldregio();
    move_knobs(&mut s, 3, 0);
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
    assert!(open(&fragment).unwrap().provenance.is_example());
}

#[test]
fn a_new_name_travels_percent_encoded() {
    let mut s = voorbeeldregio();
    s.apply(Edit::Rename {
        name: "Groep 3 & co: 50% minder verblijf? é€".into(),
    })
    .unwrap();
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
    assert!(fragment.is_ascii() && !fragment.contains(' '), "{fragment}");
    assert!(
        fragment.contains("&n=Groep%203%20%26%20co%3A%2050%25"),
        "{fragment}"
    );
    assert_same(&open(&fragment).unwrap(), &s);
}

#[test]
fn a_mix_share_moved_in_a_mix_of_three_opens_the_same_mix() {
    let s0 = voorbeeldregio();
    let shift = &s0.levers.residential_shifts[0];
    assert_eq!(shift.mix.len(), 3);
    for target in &shift.mix {
        let mut s = s0.clone();
        let address = Address::lever(
            LeverList::ResidentialShifts,
            &shift.id,
            LeverField::Mix(target.to.clone()),
        );
        s.apply(Edit::set(address, d("0.37"))).unwrap();
        let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes())
            .expect("one slider moved gives a short link");
        assert_eq!(fragment.matches(".mix.").count(), 1, "{fragment}");
        assert_same(&open(&fragment).unwrap(), &s);
    }
}

#[test]
fn a_change_other_than_knobs_and_name_gets_no_short_link() {
    let json = VOORBEELDREGIO_JSON.as_bytes();
    let s0 = voorbeeldregio();
    let form = s0.care_forms[0].id.clone();
    let substitution = s0.levers.substitutions[0].id.clone();
    let edits = [
        Edit::AddFormChange {
            form,
            kind: ChangeKind::Inflow,
            change: d("-0.1"),
        },
        Edit::RemoveSubstitution { id: substitution },
        Edit::AddInvestment,
        Edit::AddTarget,
    ];
    for edit in edits {
        let mut s = s0.clone();
        s.apply(edit.clone()).unwrap();
        assert_eq!(short_fragment(&s, "voorbeeldregio", json), None, "{edit:?}");
    }
    let mut s = s0.clone();
    s.description = "Eigen toelichting".into();
    assert_eq!(short_fragment(&s, "voorbeeldregio", json), None);
    let mut s = s0.clone();
    s.care_forms[0].label = "Andere naam".into();
    assert_eq!(short_fragment(&s, "voorbeeldregio", json), None);
    // The wrong preset, or one this build does not know.
    let plan = &presets()[1];
    assert_eq!(short_fragment(&s0, plan.id, plan.json().as_bytes()), None);
    assert_eq!(short_fragment(&s0, "bestaat-niet", json), None);
}

#[test]
fn a_link_of_another_preset_version_opens_nothing() {
    let mut s = voorbeeldregio();
    move_knobs(&mut s, 2, 0);
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
    let link = parse_short_fragment(&fragment).unwrap().unwrap();
    let changed = VOORBEELDREGIO_JSON.replacen("Voorbeeldregio", "Voorbeeldregio 2", 1);
    let e = scenario_from_short(&link, changed.as_bytes()).unwrap_err();
    assert!(
        nl(&e).starts_with(
            "Deze link hoort bij een eerdere of latere versie van het plan \"Voorbeeldregio"
        ),
        "{}",
        nl(&e)
    );
    assert!(
        nl(&e).contains("vraag de afzender om het scenariobestand")
            || nl(&e).contains("Vraag de afzender om het scenariobestand")
    );
    assert_eq!(preset_version(VOORBEELDREGIO_JSON.as_bytes()), link.version);
    assert_eq!(preset_version(b""), "811c9dc5");
    assert_eq!(preset_version(b"a"), "e40c292c");
}

/// A link with its check made anew, as if written by a planner: for bad
/// content behind a good check (`items` percent-encoded as the writer does).
fn forged(items: &str) -> String {
    let hash = items.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("#{items}&c={:04x}", (hash >> 16) ^ (hash & 0xffff))
}

/// The refusal of a forged link of the example with `items` after its
/// version, checked to say `expected`.
fn refused_with(items: &str, expected: &str) -> LoadError {
    let v = preset_version(VOORBEELDREGIO_JSON.as_bytes());
    let items = items.replace("VERSION", &v);
    let e = open(&forged(&items)).expect_err(&items);
    assert!(nl(&e).contains(expected), "{items}: {}", nl(&e));
    e
}

#[test]
fn bad_links_get_a_dutch_message_and_open_nothing() {
    let mut s = voorbeeldregio();
    move_knobs(&mut s, 5, 0);
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
    // Cut off anywhere after `p=`: incomplete, never a scenario.
    for end in 4..fragment.len() {
        let e = open(&fragment[..end]).expect_err(&fragment[..end]);
        assert!(
            nl(&e).contains("onvolledig of beschadigd"),
            "cut at {end}: {}",
            nl(&e)
        );
    }
    // A character changed on the way.
    let damaged = fragment.replacen("levers", "lever5", 1);
    assert!(nl(&open(&damaged).unwrap_err()).contains("onvolledig of beschadigd"));
    // Garbage and hostile input.
    for text in [
        "#p=",
        "p=%",
        "#p=voorbeeldregio&c=zz",
        "#p=&&&&&c=",
        "#p=%FF%FE&c=0000",
    ] {
        assert!(
            nl(&open(text).unwrap_err()).contains("onvolledig"),
            "{text}"
        );
    }
    let long = format!("#p=voorbeeldregio&v=0&{}", "x=1&".repeat(3_000));
    assert!(nl(&open(&long).unwrap_err()).contains("te lang"));
    let e = refused_with(
        &format!("p=voorbeeldregio&v=VERSION&{}=1", "x".repeat(5_000)),
        "geen knop",
    );
    assert!(
        nl(&e).len() < 200,
        "a long key is quoted cut short: {}",
        nl(&e)
    );
    // Not a short link at all: the caller tries `#s=` and the rest.
    assert!(parse_short_fragment("#s=AAAA").is_none());
    assert!(parse_short_fragment("#grafieken").is_none());
    // An unknown preset, not a knob, a knob the preset lacks, a malformed
    // number, a value out of bounds: each named.
    let cases = [
        (
            "p=regio-nergens-2030&v=VERSION",
            "\"regio-nergens-2030\", dat deze versie van de planner niet kent",
        ),
        (
            "p=voorbeeldregio&v=VERSION&care_forms.pleegzorg.kleur=1",
            "\"care_forms.pleegzorg.kleur\", maar dat is geen knop",
        ),
        (
            "p=voorbeeldregio&v=VERSION&care_forms.nergens.clients_start=5",
            "de knop care_forms.nergens.clients_start, maar die bestaat niet",
        ),
        (
            "p=voorbeeldregio&v=VERSION&SHARE=0%2C25",
            "de waarde van SHARE geen getal (\"0,25\")",
        ),
        (
            "p=voorbeeldregio&v=VERSION&SHARE=1e3",
            "de waarde van SHARE geen getal (\"1e3\")",
        ),
        (
            "p=voorbeeldregio&v=VERSION&SHARE=1.5",
            "In de link staat \"",
        ),
        (
            "p=voorbeeldregio&v=VERSION&SHARE=0.2&SHARE=0.3",
            "onvolledig",
        ),
        (
            "p=voorbeeldregio&v=VERSION&n=%20",
            "De naam in de link kan niet",
        ),
    ];
    let share = format!(
        "levers.substitutions.{}.share",
        s.levers.substitutions[0].id
    );
    for (items, expected) in cases {
        refused_with(
            &items.replace("SHARE", &share),
            &expected.replace("SHARE", &share),
        );
    }
    let e = refused_with(
        &format!("p=voorbeeldregio&v=VERSION&{share}=1.5"),
        "150,0%, maar dat kan niet",
    );
    assert_eq!(e.problems[0].path, share);
    // Nothing half applied: a good knob before a refused one opens nothing
    // (the reader gives no scenario at all).
    let start = share.replace(".share", ".start_year");
    let e = refused_with(
        &format!("p=voorbeeldregio&v=VERSION&{share}=0.2&{start}=1900"),
        "In de link staat",
    );
    assert_eq!(e.problems[0].path, start);
}

#[test]
fn old_full_links_still_open() {
    let mut s = voorbeeldregio();
    move_knobs(&mut s, 5, 0);
    let full = scenario_fragment(&s);
    assert!(full.starts_with("#s="));
    assert!(parse_short_fragment(&full).is_none());
    assert_same(&scenario_from_fragment(&full).unwrap().unwrap(), &s);
}

#[test]
fn five_knobs_moved_make_a_link_under_300_characters_and_a_scannable_qr_code() {
    let mut s = voorbeeldregio();
    // The five a workshop moves first: both substitutions' shares, the
    // shift's share and start year, a mix share.
    let sub = |i: usize| s.levers.substitutions[i].id.clone();
    let shift = s.levers.residential_shifts[0].clone();
    let moves = [
        (
            Address::lever(LeverList::Substitutions, &sub(0), LeverField::Share),
            d("0.25"),
        ),
        (
            Address::lever(LeverList::Substitutions, &sub(1), LeverField::Share),
            d("0.2"),
        ),
        (
            Address::lever(LeverList::ResidentialShifts, &shift.id, LeverField::Share),
            d("0.365"),
        ),
        (
            Address::lever(
                LeverList::ResidentialShifts,
                &shift.id,
                LeverField::StartYear,
            ),
            Decimal::from(shift.start_year + 1),
        ),
        (
            Address::care_form(&s.care_forms[0].id, FormField::InflowGrowth),
            d("0.02"),
        ),
    ];
    for (address, value) in moves {
        s.apply(Edit::set(address.clone(), value))
            .unwrap_or_else(|e| panic!("{address}: {e}"));
    }
    let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
    let link: ShortLink = parse_short_fragment(&fragment).unwrap().unwrap();
    assert_eq!(link.knobs.len(), 5);
    let full = scenario_fragment(&s);
    let page = "https://jeugdhulp.example.nl/scenarioplanner/";
    let qr = qr_matrix(&format!("{page}{fragment}")).unwrap();
    let mut longer = fragment.clone();
    while longer.len() < 300 {
        longer.push('x');
    }
    let qr300 = qr_matrix(&longer).unwrap();
    println!(
        "short link: {} chars ({fragment}); full link: {} chars; QR of the short link with a {}-char page address: {}x{} (version {}); QR of 300 chars: {}x{} (version {})",
        fragment.len(),
        full.len(),
        page.len(),
        qr.size,
        qr.size,
        qr.version(),
        qr300.size,
        qr300.size,
        qr300.version()
    );
    assert!(fragment.len() < 300, "{} chars: {fragment}", fragment.len());
    assert!(qr300.version() <= 13, "version {}", qr300.version());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any text after `#p=` is read without a panic, and a link whose
    /// items were changed at random (its check made anew, as a hostile
    /// sender would) either is refused or opens a scenario the loader
    /// accepts: no link gets past the loader's rules.
    #[test]
    fn changed_links_open_nothing_the_loader_refuses(
        text in ".{0,300}",
        edits in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(
            vec!["", "0", "9", "-", ".", "&", "=", "%", "%2", "x", "1e9", "99999999", ".share", "..x"]
        )), 1..4),
        moved in 0..6usize,
    ) {
        let _ = parse_short_fragment(&format!("#p={text}"));
        let mut s = voorbeeldregio();
        move_knobs(&mut s, moved, 1);
        let fragment = short_fragment(&s, "voorbeeldregio", VOORBEELDREGIO_JSON.as_bytes()).unwrap();
        let mut items = fragment[1..fragment.rfind("&c=").unwrap()].to_string();
        for (at, with) in edits {
            let mut i = at.index(items.len().max(1)).min(items.len());
            while !items.is_char_boundary(i) {
                i -= 1;
            }
            let end = (i + 1).min(items.len());
            items.replace_range(i..end, with);
        }
        if let Some(Ok(link)) = parse_short_fragment(&forged(&items)) {
            if let Ok(opened) = scenario_from_short(&link, VOORBEELDREGIO_JSON.as_bytes()) {
                prop_assert!(jeugdscenario_engine::load_scenario(scenario_to_json(&opened).as_bytes()).is_ok());
            }
        }
    }

    /// Random knobs of a random preset moved to random places within their
    /// bounds (refused moves skipped): the short link opens the same
    /// scenario whenever it is given, and it is given whenever no mix was
    /// moved by more than one slider.
    #[test]
    fn random_knob_moves_round_trip(preset in 0..6usize, moves in prop::collection::vec((any::<prop::sample::Index>(), 0..=1000u32), 1..8)) {
        let preset = &presets()[preset];
        let mut s = preset.scenario();
        let knobs = s.knobs();
        let mut mixes_moved = std::collections::BTreeSet::new();
        for (index, at) in moves {
            let knob = index.get(&knobs);
            let b = knob.bounds;
            let value = b.min + (b.max - b.min) * Decimal::from(at) / Decimal::from(1000);
            let value = if knob.unit.is_whole() { value.round() } else { value.round_dp(4) };
            if s.apply(Edit::set(knob.address.clone(), value)).is_ok_and(|a| a.changed) {
                if let Address::Lever { field: LeverField::Mix(to), id, .. } = &knob.address {
                    mixes_moved.insert((id.clone(), to.clone()));
                }
            }
        }
        let fragment = short_fragment(&s, preset.id, preset.json().as_bytes());
        let one_slider_per_mix = {
            let shifts: Vec<&String> = mixes_moved.iter().map(|(id, _)| id).collect();
            let mut unique = shifts.clone();
            unique.dedup();
            unique.len() == shifts.len()
        };
        if one_slider_per_mix {
            prop_assert!(fragment.is_some(), "no short link");
        }
        if let Some(fragment) = fragment {
            let back = open(&fragment).unwrap();
            prop_assert_eq!(scenario_to_json(&back), scenario_to_json(&s));
        }
    }
}

/// The links shown in docs/scenario-format.md and in `share/short.rs` are
/// real: they open the example with the knobs they name (with the example
/// file's version of today: a change to the example region changes it).
#[test]
fn the_documented_short_links_open() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["../../docs/scenario-format.md", "src/share/short.rs"] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let start = text.find("#p=voorbeeldregio").expect(file);
        let end = text[start..].find(['\n', '`']).unwrap() + start;
        let link = &text[start..end];
        // As written, the check holds.
        assert!(parse_short_fragment(link).unwrap().is_ok(), "{file}");
        let v = link.split('&').nth(1).unwrap();
        let items = link[1..link.rfind("&c=").unwrap()].replace(
            v,
            &format!("v={}", preset_version(VOORBEELDREGIO_JSON.as_bytes())),
        );
        let s = open(&forged(&items)).unwrap_or_else(|e| panic!("{file}: {}", nl(&e)));
        assert_eq!(s.name, "Groep 3", "{file}");
        let shift = Address::lever(
            LeverList::ResidentialShifts,
            "afschalen-verblijf",
            LeverField::StartYear,
        );
        assert_eq!(s.knob_value(&shift), Some(Decimal::from(2028)), "{file}");
    }
}

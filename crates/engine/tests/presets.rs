//! The presets: one scenario per regional plan (seeds 000-004), embedded in
//! the build. Each loads and validates, names a source for every figure,
//! carries its plan's own municipalities, key, budget lines and targets, and
//! projects.

mod common;
use common::figures;

use std::collections::BTreeMap;

use jeugdscenario_engine::money::allocate_largest_remainder;
use jeugdscenario_engine::presets::{find_preset, preset, presets, Preset, DEFAULT_PRESET};
use jeugdscenario_engine::scenario::{ChangeKind, Comparison, Measure, Provenance, Scenario};
use jeugdscenario_engine::targets::{check_targets, Check, Verdict};
use jeugdscenario_engine::{
    load_scenario, project, project_with_baseline, split_by_municipality, validate,
};
use rust_decimal::Decimal;
use serde_json::Value;

fn d(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

/// The presets that follow a plan (all but the example region).
fn plan_presets() -> impl Iterator<Item = &'static Preset> {
    presets().iter().filter(|p| p.seed.is_some())
}

fn scenario_of_seed(seed: u8) -> Scenario {
    let p = presets()
        .iter()
        .find(|p| p.seed == Some(seed))
        .expect("a preset for every seed 0-4");
    p.scenario()
}

#[test]
fn there_is_a_preset_for_every_plan_and_the_example_region() {
    let seeds: Vec<Option<u8>> = presets().iter().map(|p| p.seed).collect();
    assert_eq!(
        seeds,
        vec![None, Some(0), Some(1), Some(2), Some(3), Some(4)]
    );
    assert_eq!(presets()[0].id, DEFAULT_PRESET);
    let titles: Vec<&str> = plan_presets().map(|p| p.title).collect();
    for region in [
        "Haaglanden",
        "Holland Rijnland",
        "Regio Alkmaar",
        "Zuid-Holland Zuid",
    ] {
        assert!(
            titles.iter().any(|t| t.starts_with(region)),
            "no preset for {region}"
        );
    }
}

/// The app fetches `presets/FILE` (trunk copies `data/presets` into its
/// build) instead of the built-in text: both must be the same file.
#[test]
fn every_preset_names_the_file_it_is_built_from() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for p in presets() {
        let path = if p.is_built_in() {
            data.join(p.file)
        } else {
            data.join("presets").join(p.file)
        };
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {} ({e})", p.id, path.display()));
        assert_eq!(text, p.json(), "{}: {}", p.id, path.display());
    }
    let shipped = std::fs::read_dir(data.join("presets")).unwrap().count();
    assert_eq!(
        shipped,
        presets().len() - 1,
        "every file in data/presets is a preset"
    );
}

#[test]
fn every_preset_loads_through_the_file_loader_and_validates() {
    for p in presets() {
        let s = load_scenario(p.json().as_bytes())
            .unwrap_or_else(|e| panic!("preset {} does not load:\n{e}", p.id));
        assert_eq!(validate(&s), vec![], "preset {}", p.id);
        assert_eq!(preset(p.id).as_ref(), Some(&s));
        assert_eq!(find_preset(p.id).map(|f| f.title), Some(p.title));
        assert!(
            (1..=15).contains(&s.years),
            "{}: horizon of {} years",
            p.id,
            s.years
        );
    }
}

#[test]
fn presets_are_their_plans_and_say_what_is_assumed() {
    // Every plan lacks volumes, so every preset's volumes are assumptions,
    // said in its description; the scenario is the plan's, never the example.
    for p in plan_presets() {
        let s = p.scenario();
        assert!(
            matches!(&s.provenance, Provenance::Plan { plan } if s.sources.get("plan") == Some(plan)),
            "{}: a plan's preset names its plan",
            p.id
        );
        assert!(
            s.description.contains("Aannames") && s.description.contains("Illustratief"),
            "{}: the description must say what is assumed",
            p.id
        );
        let title = citation(p.seed.unwrap());
        assert!(s.description.contains(title), "{}: names {title}", p.id);
        assert_eq!(
            internal_reference(&s.description),
            None,
            "{}: the description",
            p.id
        );
        assert!(s.sources["plan"].starts_with(title), "{}", p.id);
    }
}

/// How a reader of each plan cites it: by its title. Seed 002 has no title
/// page; it calls itself "deze regionale transformatie-agenda" and
/// "transformatieagenda jeugdhulp" of the regio Alkmaar.
fn citation(seed: u8) -> &'static str {
    match seed {
        0 => "Plan Transformatiefonds Jeugdhulp 2019-2021",
        1 => "Transformatieplan Jeugd 2018-2020",
        2 => "Transformatieagenda jeugdhulp regio Alkmaar",
        3 => "Transformatieagenda jeugdhulp 2016-2018",
        4 => "Werk voor de Jeugd 2022-2023",
        _ => unreachable!("five plans"),
    }
}

/// Named public sources a figure may cite instead of its plan.
const PUBLIC_SOURCES: [&str; 3] = ["CBS", "Jeugdautoriteit", "NJi"];

/// Every preset's figures that are not in its plan, besides the care
/// forms (all of whose figures come from the example region): the place
/// of the source (as `all_sources` names it) of each. Their sources start
/// with "aanname"; every other source cites the plan by its title (or a
/// named public source). A figure moved from one kind to the other moves
/// in this list too.
const COMMON_ASSUMPTIONS: [&str; 4] = [
    "budget_lines rijksbijdrage base_amount",
    "budget_lines rijksbijdrage index",
    "scenario regio",
    "scenario schaalfactor",
];

fn assumptions(seed: u8) -> &'static [&'static str] {
    match seed {
        0 => &[
            "budget_lines integrale-teams-regulier base_amount",
            "budget_lines integrale-teams-regulier index",
            "municipalities den-haag share",
            "municipalities delft share",
            "municipalities overige-8 share",
            // 20% of the residential inflow under 12 and the mix.
            "lever onder-12-niet-in-instellingen",
            // -20% follows from that 20%.
            "target onder-12-niet-in-instellingen",
            "target onder-12-niet-in-instellingen reference",
            "target residentieel-gedaald-2021 reference",
            "target ambulant-specialistisch-toegenomen-2021 reference",
        ],
        1 => &[
            // What the fund pays, and the totals spread evenly over the years.
            "budget_lines transformatiefonds amounts",
            "budget_lines passend-onderwijs amounts",
            "budget_lines toegang-huisartsen amounts",
            "budget_lines transformatie-verblijf amounts",
            "budget_lines onvoorzien amounts",
            "municipalities leiden share",
            "municipalities alphen-aan-den-rijn share",
            "municipalities kaag-en-braassem share",
            "municipalities overige-10 share",
            // Terugval 44%: Den Haag's pilot of 2021, not this plan's.
            "lever poh-jeugd",
            // The mix 40/30/30.
            "lever transformatie-verblijf",
            // The form (crisis) and the year 2018.
            "lever hic-korter",
        ],
        2 => &[
            "budget_lines projectleider-bovenregionaal amounts",
            "municipalities alkmaar share",
            "municipalities bergen share",
            "municipalities castricum share",
            "municipalities heerhugowaard share",
            "municipalities heiloo share",
            "municipalities langedijk share",
            "municipalities uitgeest share",
            // 30% of the inflow (the plan: of the inzet) and the mix.
            "lever zeer-specialistisch-min-30",
            // 15% less inflow (the plan: 15% less budget than in 2012).
            "lever gedwongen-kader-jeugdbescherming",
            "lever gedwongen-kader-jeugdreclassering",
            "target zeer-specialistisch-min-30 reference",
            // The plan names no year for the 15%.
            "target gedwongen-kader-min-15",
            "target gedwongen-kader-min-15 reference",
        ],
        3 => &["municipalities zhz-17-gemeenten share"],
        4 => &[
            // The key of the programme budget applied to all cost and income.
            "municipalities alblasserdam share",
            "municipalities dordrecht share",
            "municipalities gorinchem share",
            "municipalities hardinxveld-giessendam share",
            "municipalities hendrik-ido-ambacht share",
            "municipalities hoeksche-waard share",
            "municipalities molenlanden share",
            "municipalities papendrecht share",
            "municipalities sliedrecht share",
            "municipalities zwijndrecht share",
            "municipalities alblasserdam own_use",
            "municipalities dordrecht own_use",
            "municipalities gorinchem own_use",
            "municipalities hardinxveld-giessendam own_use",
            "municipalities hendrik-ido-ambacht own_use",
            "municipalities hoeksche-waard own_use",
            "municipalities molenlanden own_use",
            "municipalities papendrecht own_use",
            "municipalities sliedrecht own_use",
            "municipalities zwijndrecht own_use",
            // Start and ramp of the hoped-for effect, and its relapse.
            "lever jeugdhulp-naar-de-voorkant",
            // Which placements and where they go.
            "lever beweging-naar-nul",
            // Full solidarity in 2021 and 2022.
            "scenario insured_share_from",
        ],
        _ => unreachable!("five plans"),
    }
}

/// An internal reference a reader of the plan cannot follow: the seed
/// document's number, its file, a line number in it ("L1504") or an
/// estimated page ("p.~20").
fn internal_reference(text: &str) -> Option<String> {
    for needle in ["seed 0", "shared/seeds", "p.~"] {
        if text.contains(needle) {
            return Some(needle.into());
        }
    }
    let chars: Vec<char> = text.chars().collect();
    chars.windows(4).find_map(|w| {
        let line = !w[0].is_alphanumeric()
            && w[1] == 'L'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit();
        line.then(|| w.iter().collect())
    })
}

/// Every source text of a preset: per figure, per lever and scenario-wide.
fn all_sources(p: &Preset) -> Vec<(String, String)> {
    let json: Value = serde_json::from_str(p.json()).expect("JSON");
    let id = |v: &Value| v["id"].as_str().expect("id").to_string();
    let mut out = Vec::new();
    for list in ["care_forms", "budget_lines", "municipalities"] {
        for entity in json[list].as_array().expect(list) {
            for (field, source) in entity["sources"].as_object().expect("sources") {
                let text = source.as_str().expect("text").to_string();
                out.push((format!("{list} {} {field}", id(entity)), text));
            }
        }
    }
    for kind in [
        "substitutions",
        "residential_shifts",
        "form_changes",
        "investments",
        "front_budgets",
    ] {
        for lever in json["levers"][kind].as_array().into_iter().flatten() {
            let text = lever["source"].as_str().unwrap_or("").to_string();
            out.push((format!("lever {}", id(lever)), text));
        }
    }
    for target in json["targets"].as_array().into_iter().flatten() {
        let text = target["source"].as_str().unwrap_or("").to_string();
        out.push((format!("target {}", id(target)), text));
        if let Some(reference) = target.get("reference") {
            if reference.get("level").is_some() {
                let text = reference["source"].as_str().unwrap_or("").to_string();
                out.push((format!("target {} reference", id(target)), text));
            }
        }
    }
    for (key, source) in json["sources"].as_object().expect("scenario sources") {
        out.push((
            format!("scenario {key}"),
            source.as_str().expect("text").into(),
        ));
    }
    out
}

#[test]
fn every_figure_of_every_preset_names_its_source() {
    for p in plan_presets() {
        let json: Value = serde_json::from_str(p.json()).expect("JSON");
        let mut missing = Vec::new();
        for list in ["care_forms", "budget_lines", "municipalities"] {
            for entity in json[list].as_array().expect(list) {
                for field in figures(entity) {
                    let source = entity["sources"][&field].as_str().unwrap_or("");
                    if source.trim().is_empty() {
                        missing.push(format!("{list} {}: {field}", entity["id"]));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{}: figures without a source: {missing:#?}",
            p.id
        );
        for (place, source) in all_sources(p) {
            assert!(!source.trim().is_empty(), "{}: {place} has no source", p.id);
        }
    }
}

/// Every preset's sources say truly where each figure comes from: a figure
/// the plan does not contain (the list above) never sits under a source
/// that cites the plan, every other figure cites the plan by its title, and
/// no source points into the seed texts instead of the plan.
#[test]
fn every_source_cites_its_plan_by_title_or_starts_with_aanname_as_listed() {
    let mut wrong = Vec::new();
    for p in plan_presets() {
        let seed = p.seed.unwrap();
        let title = citation(seed);
        let listed: Vec<&str> = COMMON_ASSUMPTIONS
            .iter()
            .chain(assumptions(seed))
            .copied()
            .collect();
        let sources = all_sources(p);
        for place in &listed {
            if !sources.iter().any(|(at, _)| at == place) {
                wrong.push(format!(
                    "{}: no source at {place} (listed as aanname)",
                    p.id
                ));
            }
        }
        for (place, source) in &sources {
            if let Some(found) = internal_reference(source) {
                wrong.push(format!(
                    "{}: {place} points into the seed text ({found}): {source}",
                    p.id
                ));
            }
            let assumed = source.starts_with("aanname");
            let cites_plan = source.starts_with(title);
            let public = PUBLIC_SOURCES.iter().any(|s| source.starts_with(s));
            if place.starts_with("care_forms ") {
                if !(source.starts_with("aanname: ") && source.contains("Voorbeeldregio")) {
                    wrong.push(format!(
                        "{}: {place} is the example region's, not said: {source}",
                        p.id
                    ));
                }
            } else if listed.contains(&place.as_str()) {
                if !assumed {
                    wrong.push(format!(
                        "{}: {place} is not in the plan but its source does not start with aanname: {source}",
                        p.id
                    ));
                }
            } else if !(cites_plan || public) {
                wrong.push(format!(
                    "{}: {place} neither starts with \"{title}\" nor a public source (if it is an assumption, list it): {source}",
                    p.id
                ));
            }
            // A preset never cites another plan.
            for other in (0..=4u8).filter(|o| *o != seed) {
                if source.contains(citation(other)) {
                    wrong.push(format!("{}: {place} cites {}", p.id, citation(other)));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong sources:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_internal_reference_check_finds_line_numbers_seeds_and_estimated_pages() {
    for (text, found) in [
        ("seed 001, ontwikkelvoorstel huisartsen", "seed 0"),
        ("tabel 3.3, kolom 2016 (L1302-1307)", "(L13"),
        ("p.~20, Eindproduct", "p.~"),
        ("Eindproduct, L1504-1512", " L15"),
        (
            "tekst: shared/seeds/001_ecb7c4741bbbbe35.txt",
            "shared/seeds",
        ),
    ] {
        assert_eq!(internal_reference(text).as_deref(), Some(found), "{text}");
    }
    for text in [
        "Transformatieplan Jeugd 2018-2020, ontwikkelvoorstel 4 Transformatie verblijf, Eindproduct",
        "Werk voor de Jeugd 2022-2023, §3.3 Verdeelsleutel (meicirculaire 2021): 32,55%",
        "aanname: 20% van de instroom; Lysias; AL2; de grootste gemeente (Leiden)",
    ] {
        assert_eq!(internal_reference(text), None, "{text}");
    }
}

/// Targets carry a name, not a quote: capitalised, short and Dutch (the
/// plan's words are in the source).
#[test]
fn every_target_has_a_short_capitalised_name() {
    for p in plan_presets() {
        for t in &p.scenario().targets {
            let first = t.label.chars().next().expect("a name");
            assert!(first.is_uppercase(), "{}: {:?}", p.id, t.label);
            assert!(t.label.chars().count() <= 70, "{}: {:?}", p.id, t.label);
            assert!(!t.label.contains('\''), "{}: {:?}", p.id, t.label);
        }
    }
}

fn municipality_names(s: &Scenario) -> Vec<&str> {
    s.municipalities.iter().map(|m| m.name.as_str()).collect()
}

#[test]
fn municipalities_are_the_names_each_plan_gives() {
    // Seed 000 names only Den Haag and Delft of its 10 municipalities.
    assert_eq!(
        municipality_names(&scenario_of_seed(0)),
        [
            "Den Haag",
            "Delft",
            "Overige 8 gemeenten van Haaglanden (niet bij naam in het plan)"
        ]
    );
    // Seed 001 names Leiden, Alphen aan den Rijn and Kaag en Braassem of 13.
    assert_eq!(
        municipality_names(&scenario_of_seed(1)),
        [
            "Leiden",
            "Alphen aan den Rijn",
            "Kaag en Braassem",
            "Overige 10 gemeenten van Holland Rijnland (niet bij naam in het plan)"
        ]
    );
    // Seed 002 lists the seven of the regio Alkmaar (Bijlage 6).
    assert_eq!(
        municipality_names(&scenario_of_seed(2)),
        [
            "Alkmaar",
            "Bergen",
            "Castricum",
            "Heerhugowaard",
            "Heiloo",
            "Langedijk",
            "Uitgeest"
        ]
    );
    // Seed 003 speaks of "de 17 gemeenten" and names none of them.
    assert_eq!(
        municipality_names(&scenario_of_seed(3)),
        ["17 gemeenten van Zuid-Holland Zuid (niet bij naam in het plan)"]
    );
    // Seed 004 names all ten in its verdeelsleutel.
    assert_eq!(
        municipality_names(&scenario_of_seed(4)),
        [
            "Alblasserdam",
            "Dordrecht",
            "Gorinchem",
            "Hardinxveld-Giessendam",
            "Hendrik-Ido-Ambacht",
            "Hoeksche Waard",
            "Molenlanden",
            "Papendrecht",
            "Sliedrecht",
            "Zwijndrecht"
        ]
    );
}

#[test]
fn weights_stand_for_the_number_of_municipalities_where_the_plan_has_no_key() {
    // Equal weight per municipality ("aanname"): the weights add up to the
    // number of municipalities the plan speaks of.
    for (seed, count) in [(0, 10), (1, 13), (2, 7), (3, 17)] {
        let s = scenario_of_seed(seed);
        let total: Decimal = s.municipalities.iter().map(|m| m.share).sum();
        assert_eq!(total, Decimal::from(count), "seed {seed}");
        for m in &s.municipalities {
            assert!(m.sources["share"].starts_with("aanname"), "{}", m.name);
        }
    }
}

/// Seed 004's key (meicirculaire 2021, L1871-1889) and its printed amounts
/// for the 2023 shortfall.
const SEED_004_KEY: [(&str, &str, i64); 10] = [
    ("Alblasserdam", "0.0501", 10_841),
    ("Dordrecht", "0.3255", 70_434),
    ("Gorinchem", "0.0829", 17_938),
    ("Hardinxveld-Giessendam", "0.0381", 8_244),
    ("Hendrik-Ido-Ambacht", "0.0587", 12_702),
    ("Hoeksche Waard", "0.1299", 28_109),
    ("Molenlanden", "0.0777", 16_813),
    ("Papendrecht", "0.0639", 13_827),
    ("Sliedrecht", "0.0673", 14_563),
    ("Zwijndrecht", "0.1060", 22_937),
];

#[test]
fn seed_004s_key_shares_are_exactly_the_printed_ones() {
    let s = scenario_of_seed(4);
    let key: Vec<(&str, Decimal)> = s
        .municipalities
        .iter()
        .map(|m| (m.name.as_str(), m.share))
        .collect();
    let printed: Vec<(&str, Decimal)> = SEED_004_KEY
        .iter()
        .map(|(name, share, _)| (*name, d(share)))
        .collect();
    assert_eq!(key, printed);
    // Written with the printed digits, so 10,60% stays 0.1060.
    let written: Vec<String> = s
        .municipalities
        .iter()
        .map(|m| m.share.to_string())
        .collect();
    let digits: Vec<&str> = SEED_004_KEY.iter().map(|(_, share, _)| *share).collect();
    assert_eq!(written, digits);
    // As printed, they add up to 100.01%, not 100%.
    assert_eq!(key.iter().map(|(_, s)| *s).sum::<Decimal>(), d("1.0001"));
    // The figures are the plan's; using them for all cost and income is not:
    // the plan gives the key for its programme budget only.
    for m in &s.municipalities {
        let source = &m.sources["share"];
        assert!(source.starts_with("aanname: "), "{source}");
        assert!(
            source
                .contains("Werk voor de Jeugd 2022-2023, §3.3 Verdeelsleutel (meicirculaire 2021)"),
            "{source}"
        );
    }
}

#[test]
fn seed_004s_2023_shortfall_split_by_its_key_adds_up_exactly_unlike_the_printed_table() {
    let total = d("216387.00");
    let weights: Vec<Decimal> = SEED_004_KEY.iter().map(|(_, s, _)| d(s)).collect();
    let weight_sum: Decimal = weights.iter().sum();
    let parts = allocate_largest_remainder(total, &weights);

    assert_eq!(parts.iter().sum::<Decimal>(), total);
    for ((name, _, _), (weight, part)) in SEED_004_KEY.iter().zip(weights.iter().zip(&parts)) {
        // The exact share of each municipality: its weight in the key as a
        // fraction of the whole key (the printed shares add up to 100.01%).
        let exact = *weight / weight_sum * total;
        assert!(
            (*part - exact).abs() < d("0.01"),
            "{name}: {part} against exactly {exact}"
        );
    }
    // The printed table multiplies each share by the total without
    // normalising, so its rows add up to 216,408: 21 more than the shortfall.
    let printed: i64 = SEED_004_KEY.iter().map(|(_, _, amount)| amount).sum();
    assert_eq!(printed, 216_408);
    assert_ne!(Decimal::from(printed), total);
}

/// Projected amount of budget line `id` in each of `years`.
fn line_amounts(s: &Scenario, id: &str, years: &[i32]) -> Vec<Decimal> {
    let index = s
        .budget_lines
        .iter()
        .position(|l| l.id == id)
        .unwrap_or_else(|| panic!("{}: no budget line {id}", s.name));
    let projection = project(s);
    years
        .iter()
        .map(|y| {
            projection
                .year(*y)
                .unwrap_or_else(|| panic!("{}: {y} not projected", s.name))
                .budget_lines[index]
        })
        .collect()
}

/// Checks that the projection carries each printed amount per year.
fn assert_printed(s: &Scenario, printed: &[(&str, &[(i32, i64)])]) {
    for (id, amounts) in printed {
        let years: Vec<i32> = amounts.iter().map(|(y, _)| *y).collect();
        let expected: Vec<Decimal> = amounts.iter().map(|(_, a)| Decimal::from(*a)).collect();
        assert_eq!(line_amounts(s, id, &years), expected, "{}: {id}", s.name);
    }
}

#[test]
fn seed_000s_budget_lines_are_the_transformatiefonds_table() {
    let s = scenario_of_seed(0);
    assert_eq!((s.base_year, s.last_year()), (2019, 2024));
    let three = |a: i64, b: i64, c: i64| [(2019, a), (2020, b), (2021, c)];
    assert_printed(
        &s,
        &[
            (
                "transformatiefonds",
                &three(2_400_000, 2_400_000, 2_400_000),
            ),
            ("transformatiemanager", &three(100_000, 100_000, 100_000)),
            ("onderzoek-monitoring", &three(300_000, 300_000, 300_000)),
            ("out-of-pocket", &three(50_000, 50_000, 50_000)),
            ("training-lokale-teams", &three(750_000, 750_000, 600_000)),
            ("curriculum", &three(200_000, 300_000, 0)),
            ("wachtlijstbeheer", &three(300_000, 300_000, 300_000)),
            ("integrale-teams", &three(650_000, 650_000, 0)),
            ("transformatiefonds", &[(2022, 0)]),
        ],
    );
    // The printed column totals are 2,35 / 2,45 / 1,2 mln; the fund's own
    // lines add up to the first two, but to 1,35 mln in 2021.
    let fund_lines = [
        "transformatiemanager",
        "onderzoek-monitoring",
        "out-of-pocket",
        "training-lokale-teams",
        "curriculum",
        "wachtlijstbeheer",
        "integrale-teams",
    ];
    let totals: Vec<Decimal> = (2019..=2021)
        .map(|y| {
            fund_lines
                .iter()
                .map(|id| line_amounts(&s, id, &[y])[0])
                .sum()
        })
        .collect();
    assert_eq!(totals, [d("2350000"), d("2450000"), d("1350000")]);
    // From 2021 the integral teams run on the regular budget ("regulier").
    assert_eq!(
        line_amounts(&s, "integrale-teams-regulier", &[2020, 2021, 2024]),
        [d("0"), d("650000"), d("650000")]
    );
}

#[test]
fn seed_000s_under_12_target_is_a_residential_shift_reached_in_two_years() {
    let s = scenario_of_seed(0);
    let shift = s
        .levers
        .residential_shifts
        .iter()
        .find(|l| l.id == "onder-12-niet-in-instellingen")
        .expect("the under-12 lever");
    assert_eq!(shift.from, ["residentieel"]);
    assert_eq!(shift.timing().strength(shift.share, 2020), shift.share);
    assert_eq!(
        shift.timing().strength(shift.share, 2019),
        shift.share / d("2")
    );
    // "Over 2 jaar" in a plan of September 2018: 2020, the year the lever
    // reaches its full strength and the target is checked.
    assert!(shift.source.as_deref().unwrap().contains("over 2 jaar"));
    assert_eq!(
        s.target("onder-12-niet-in-instellingen").unwrap().year,
        2020
    );
    let c = project_with_baseline(&s);
    let residential = s.care_form_index("residentieel").unwrap();
    let last = c.scenario.years.len() - 1;
    assert!(
        c.scenario.years[last].forms[residential].inflow
            < c.baseline.years[last].forms[residential].inflow
    );
}

#[test]
fn seed_001s_budget_lines_are_the_plans_financial_overview() {
    let s = scenario_of_seed(1);
    assert_eq!((s.base_year, s.last_year()), (2018, 2023));
    assert_printed(
        &s,
        &[
            (
                "expertise-veiligheid",
                &[(2018, 0), (2019, 150_000), (2020, 250_000), (2021, 150_000)],
            ),
            (
                "digitale-wereld",
                &[(2018, 115_000), (2019, 150_000), (2020, 135_000), (2021, 0)],
            ),
        ],
    );
    // Totals over the plan as printed (p. 25), and EUR 3,440,000 in all.
    let all_years: Vec<i32> = (2018..=2023).collect();
    let total = |id: &str| -> Decimal { line_amounts(&s, id, &all_years).iter().sum() };
    let printed = [
        ("passend-onderwijs", "660000"),
        ("expertise-veiligheid", "550000"),
        ("toegang-huisartsen", "450000"),
        ("transformatie-verblijf", "1200000"),
        ("digitale-wereld", "400000"),
        ("onvoorzien", "180000"),
    ];
    for (id, amount) in printed {
        assert_eq!(total(id), d(amount), "{id}");
    }
    let plan: Decimal = printed.iter().map(|(id, _)| total(id)).sum();
    assert_eq!(plan, d("3440000"));
    assert_eq!(total("transformatiefonds"), d("3440000"));
}

#[test]
fn seed_002s_thirty_percent_lever_cuts_the_inflow_by_2018() {
    let s = scenario_of_seed(2);
    assert_eq!((s.base_year, s.last_year()), (2016, 2025));
    // The project leader's EUR 50.000 is for all 17 municipalities of
    // Noord-Holland Noord, charged by population; the preset books the
    // regio Alkmaar's assumed part: 300.000 of 660.000 inhabitants.
    let part = (d("50000") * d("300000") / d("660000")).round_dp(2);
    assert_eq!(part, d("22727.27"));
    assert_eq!(
        line_amounts(&s, "projectleider-bovenregionaal", &[2016, 2017]),
        [part, d("0")]
    );
    let leader = &s.budget_lines[s
        .budget_lines
        .iter()
        .position(|l| l.id == "projectleider-bovenregionaal")
        .unwrap()];
    assert!(leader.sources["amounts"].starts_with("aanname"));
    let shift = &s.levers.residential_shifts[0];
    assert_eq!(shift.from, ["residentieel", "gesloten"]);
    assert_eq!(shift.share, d("0.3"));
    let strength: Vec<Decimal> = (2015..=2019)
        .map(|y| shift.timing().strength(shift.share, y))
        .collect();
    assert_eq!(strength, [d("0"), d("0.1"), d("0.2"), d("0.3"), d("0.3")]);
    // The inflow into the very specialised forms is 30% below the baseline
    // from 2018 on.
    let c = project_with_baseline(&s);
    for id in ["residentieel", "gesloten"] {
        let i = s.care_form_index(id).unwrap();
        let year = 2018 - s.base_year;
        let ratio = c.scenario.years[year as usize].forms[i].inflow
            / c.baseline.years[year as usize].forms[i].inflow;
        assert_eq!(ratio.round_dp(10), d("0.7"), "{id}");
    }
}

/// The summed strength in `year` of the form changes of `kind` on `form`.
fn summed_change(s: &Scenario, form: &str, kind: ChangeKind, year: i32) -> Decimal {
    s.levers
        .form_changes
        .iter()
        .filter(|c| c.form == form && c.kind == kind)
        .map(|c| c.timing().strength(c.change, year))
        .sum()
}

#[test]
fn seed_003s_gp_referral_targets_add_up_to_the_printed_steps() {
    let s = scenario_of_seed(3);
    assert_eq!((s.base_year, s.last_year()), (2015, 2021));
    let gp: Vec<Decimal> = (2015..=2019)
        .map(|y| summed_change(&s, "ggz", ChangeKind::Inflow, y))
        .collect();
    assert_eq!(
        gp,
        [d("0"), d("-0.025"), d("-0.075"), d("-0.15"), d("-0.15")]
    );
    // The other targets of 1 januari 2018, each against 2015 (specialists
    // against 2017).
    for (form, change) in [
        ("ambulant_specialistisch", "-0.05"),
        ("jeugdbescherming", "-0.1"),
        ("jeugdreclassering", "-0.05"),
        ("crisis", "-0.1"),
    ] {
        assert_eq!(
            summed_change(&s, form, ChangeKind::Inflow, 2017),
            d("0"),
            "{form}"
        );
        assert_eq!(
            summed_change(&s, form, ChangeKind::Inflow, 2018),
            d(change),
            "{form}"
        );
    }
    // No amounts in the plan: the only budget line is the assumed one.
    assert_eq!(s.budget_lines.len(), 1);
    assert!(s.budget_lines[0].sources["base_amount"].starts_with("aanname"));
    let c = project_with_baseline(&s);
    assert!(c.total_savings() > Decimal::ZERO, "the targets save money");
}

#[test]
fn seed_004s_budget_lines_are_the_printed_programme_budget() {
    let s = scenario_of_seed(4);
    assert_eq!((s.base_year, s.last_year()), (2021, 2025));
    let printed: &[(&str, &[(i32, i64)])] = &[
        (
            "inleg-gemeenten",
            &[(2021, 103_550), (2022, 253_108), (2023, 50_000)],
        ),
        (
            "restantbudget-aanjaagteam",
            &[(2021, 30_000), (2022, 73_771)],
        ),
        (
            "leeromgeving-perspectiefbenadering",
            &[(2021, 30_000), (2022, 45_000), (2023, 0)],
        ),
        (
            "overige-activiteiten-leeromgeving",
            &[(2021, 0), (2022, 25_000), (2023, 25_000)],
        ),
        ("jeugdhulp-naar-de-voorkant", &[(2022, 28_466)]),
        ("afbakening-jeugdhulp", &[(2021, 56_600), (2022, 10_000)]),
        ("passend-zorglandschap", &[(2022, 50_000), (2023, 90_000)]),
        ("veilig-opgroeien", &[(2022, 10_000)]),
        (
            "strategisch-adviseur",
            &[(2021, 53_550), (2022, 151_600), (2023, 151_600)],
        ),
    ];
    assert_printed(&s, printed);

    // The programme's income, cost and saldo per year as printed (L1770,
    // L1801, L1803, L1853), and the 2023 shortfall as its cumulative saldo.
    let projection = project(&s);
    let mut by_year: BTreeMap<i32, (Decimal, Decimal)> = BTreeMap::new();
    for year in 2021..=2023 {
        let y = projection.year(year).unwrap();
        let (mut income, mut cost) = (Decimal::ZERO, Decimal::ZERO);
        for (line, amount) in s.budget_lines.iter().zip(&y.budget_lines) {
            if line.id == "rijksbijdrage" {
                continue;
            }
            match line.kind {
                jeugdscenario_engine::scenario::BudgetKind::Income => income += amount,
                jeugdscenario_engine::scenario::BudgetKind::Expense => cost += amount,
            }
        }
        by_year.insert(year, (income, cost));
    }
    assert_eq!(by_year[&2021], (d("133550"), d("140150")));
    assert_eq!(by_year[&2022], (d("326879"), d("320066")));
    assert_eq!(by_year[&2023], (d("50000"), d("266600")));
    let saldo: Decimal = by_year.values().map(|(i, c)| i - c).sum();
    assert_eq!(saldo, d("-216387"));
}

#[test]
fn a_projection_of_every_preset_runs_over_its_whole_horizon() {
    for p in presets() {
        let s = p.scenario();
        let c = project_with_baseline(&s);
        assert_eq!(c.scenario.years.len(), s.years as usize, "{}", p.id);
        let parts = split_by_municipality(&s, &c.scenario);
        for (y, parts) in c.scenario.years.iter().zip(&parts) {
            assert!(y.care_cost > Decimal::ZERO, "{} {}", p.id, y.year);
            let split: Decimal = parts.iter().map(|m| m.cost).sum();
            assert_eq!(split, y.total_cost, "{} {}: split adds up", p.id, y.year);
        }
        // Levers with a share of 0 (a direction without a size) change nothing;
        // the plans that size a target move the cost.
        let sized = p.seed.is_some_and(|seed| [0, 2, 3].contains(&seed));
        if sized {
            assert_ne!(c.scenario, c.baseline, "{}", p.id);
        }
    }
}

/// The sum over `forms` of one figure of the projected year `year`.
fn summed(
    s: &Scenario,
    p: &jeugdscenario_engine::Projection,
    forms: &[&str],
    year: i32,
    pick: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal,
) -> Decimal {
    let y = p.year(year).unwrap_or_else(|| panic!("{}: {year}", s.name));
    forms
        .iter()
        .map(|id| pick(&y.forms[s.care_form_index(id).expect(id)]))
        .sum()
}

/// The check of target `id` for the scenario and the baseline.
fn checked(s: &Scenario, id: &str) -> (Check, Check) {
    let r = check_targets(s, &project_with_baseline(s))
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{}: no target {id}", s.name));
    (r.scenario, r.baseline)
}

#[test]
fn every_preset_with_targets_is_format_version_2_and_its_targets_validate() {
    for p in plan_presets() {
        let json: Value = serde_json::from_str(p.json()).expect("JSON");
        assert_eq!(json["version"], 2, "{}", p.id);
    }
    let counts: Vec<usize> = (0..=4)
        .map(|seed| scenario_of_seed(seed).targets.len())
        .collect();
    // Seed 004 states no quantified aim (its shortfall is a budget figure,
    // its 13% a ceiling); the others' targets are listed in docs/presets.md
    // (seed 000: under 12 in 2020 and the two aims of 2021).
    assert_eq!(counts, [3, 1, 2, 7, 0]);
}

#[test]
fn seed_000s_under_12_target_is_checked_against_the_inflow_before_the_plan() {
    let s = scenario_of_seed(0);
    let (scenario, baseline) = checked(&s, "onder-12-niet-in-instellingen");
    let c = project_with_baseline(&s);
    let inflow = |p| summed(&s, p, &["residentieel"], 2020, |f| f.inflow);
    // The reference level (2018) is the base year's inflow without levers.
    let before = summed(&s, &c.baseline, &["residentieel"], 2019, |f| f.inflow);
    assert_eq!(before, d("555"));
    assert_eq!(scenario.reference_level, Some(d("555")));
    let reached = inflow(&c.scenario) / d("555") - Decimal::ONE;
    assert_eq!(scenario.reached, Some(reached));
    assert_eq!(scenario.gap, Some(reached + d("0.2")));
    // All under-12 inflow (20%, assumed) moves in 2020, but the rest grows
    // 1% a year: 0,8 x 1,01 - 1 = -19,2%, not -20%.
    assert_eq!(reached, d("0.8") * d("1.01") - Decimal::ONE);
    assert_eq!(scenario.verdict, Verdict::NotMet);
    let grown = inflow(&c.baseline) / d("555") - Decimal::ONE;
    assert_eq!(baseline.reached, Some(grown));
    assert_eq!(grown, d("0.01"));
    assert_eq!(baseline.verdict, Verdict::NotMet);
}

#[test]
fn seed_000s_aims_for_2021_are_checked_against_the_use_before_the_plan() {
    let s = scenario_of_seed(0);
    let c = project_with_baseline(&s);
    // "In 2021 is de vraag naar ... residentieel aanbod gedaald en naar
    // ambulant specialistisch toegenomen", without a number: at most and at
    // least 0% against 2018, whose level is assumed to be the stand on
    // 1-1-2019 (the forms are in their steady state then).
    for (id, form, level, comparison) in [
        (
            "residentieel-gedaald-2021",
            "residentieel",
            "555",
            Comparison::AtMost,
        ),
        (
            "ambulant-specialistisch-toegenomen-2021",
            "ambulant_specialistisch",
            "1929",
            Comparison::AtLeast,
        ),
    ] {
        let t = s.target(id).unwrap();
        assert_eq!((t.year, t.comparison, t.value), (2021, comparison, d("0")));
        assert_eq!(t.reference.as_ref().unwrap().level, Some(d(level)));
        assert_eq!(
            s.care_forms[s.care_form_index(form).unwrap()].clients_start,
            d(level)
        );
        let (scenario, baseline) = checked(&s, id);
        for (check, p) in [(&scenario, &c.scenario), (&baseline, &c.baseline)] {
            let reached = summed(&s, p, &[form], 2021, |f| f.avg_clients) / d(level) - Decimal::ONE;
            assert_eq!(check.reached, Some(reached), "{id}");
        }
    }
    // The under-12 lever takes residential care down 16% by 2021, and sends
    // 40% of it to specialised ambulant care; without it, residential care
    // grows with the assumed 1% a year, and so does ambulant care.
    let (scenario, baseline) = checked(&s, "residentieel-gedaald-2021");
    assert_eq!(scenario.reached.unwrap().round_dp(4), d("-0.1601"));
    assert_eq!(
        (scenario.verdict, baseline.verdict),
        (Verdict::Met, Verdict::NotMet)
    );
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0113"));
    let (scenario, baseline) = checked(&s, "ambulant-specialistisch-toegenomen-2021");
    assert_eq!(scenario.reached.unwrap().round_dp(4), d("0.0310"));
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0113"));
    assert_eq!(
        (scenario.verdict, baseline.verdict),
        (Verdict::Met, Verdict::Met)
    );
}

#[test]
fn seed_001s_residential_target_is_checked_every_year_against_2018() {
    let s = scenario_of_seed(1);
    let (scenario, baseline) = checked(&s, "residentieel-niet-toenemen");
    let p = project(&s);
    let forms = ["residentieel", "gesloten"];
    let level = |y| summed(&s, &p, &forms, y, |f| f.avg_clients);
    // The worst year is the one furthest above the 2018 level.
    let (worst, change) = (2019..=2023)
        .map(|y| (y, level(y) / level(2018) - Decimal::ONE))
        .max_by_key(|(_, c)| *c)
        .unwrap();
    assert_eq!(worst, 2023);
    assert_eq!((scenario.year, scenario.reached), (worst, Some(change)));
    assert_eq!((scenario.years_checked, scenario.years_met), (5, 0));
    assert!(change > Decimal::ZERO);
    assert_eq!(scenario.verdict, Verdict::NotMet);
    // The plan's levers are at 0, so scenario and baseline are the same.
    assert_eq!(baseline, scenario);
}

#[test]
fn seed_002s_targets_are_checked_against_the_assumed_levels_of_2014_and_2012() {
    let s = scenario_of_seed(2);
    let c = project_with_baseline(&s);
    let verblijf = ["residentieel", "gesloten"];
    // The assumed 1-1-2014 level is the preset's own stand on 1-1-2016.
    let start: Decimal = verblijf
        .iter()
        .map(|id| s.care_forms[s.care_form_index(id).unwrap()].clients_start)
        .sum();
    assert_eq!(start, d("159"));
    // "Aan het eind van de projectperiode" (31 December 2018) against
    // 1-1-2014 (31 December 2013): the stand on 31 December, not the average.
    let target = s.target("zeer-specialistisch-min-30").unwrap();
    assert_eq!(target.measure, Measure::ClientsYearEnd);
    assert_eq!(
        (target.year, target.reference.as_ref().unwrap().year),
        (2018, 2013)
    );
    let (scenario, baseline) = checked(&s, "zeer-specialistisch-min-30");
    let stand = summed(&s, &c.scenario, &verblijf, 2018, |f| f.clients_end);
    let reached = stand / start - Decimal::ONE;
    assert_eq!(scenario.reached, Some(reached));
    // By hand (docs/MODEL.md section 5): each year the stand goes from c(0)
    // to c(0) q^12 + a d (1 - q^12), q = 1 - 1/d, a the month's inflow; the
    // inflow is the steady state 12 c / d of 1-1-2016, growing 1% a year,
    // of which the lever keeps 90%, 80% and 70% in 2016, 2017 and 2018.
    let by_hand = |clients: &str, months: &str| -> Decimal {
        let (c0, months) = (d(clients), d(months));
        let q = Decimal::ONE - Decimal::ONE / months;
        let q12 = (0..12).fold(Decimal::ONE, |p, _| p * q);
        let mut stock = c0;
        let mut inflow = d("12") * c0 / months;
        for kept in ["0.9", "0.8", "0.7"] {
            let a = inflow * d(kept) / d("12");
            stock = stock * q12 + a * months * (Decimal::ONE - q12);
            inflow *= d("1.01");
        }
        stock
    };
    let hand = by_hand("152", "12") + by_hand("7", "6.2");
    assert_eq!(stand.round_dp(8), hand.round_dp(8));
    // The lever cuts the inflow by 30% in 2018, but the clients in care
    // follow with their stay: about -24% on 31 December 2018 (and -20% on
    // the year's average), against the assumed level.
    assert_eq!(reached.round_dp(4), d("-0.2387"));
    let average = summed(&s, &c.scenario, &verblijf, 2018, |f| f.avg_clients);
    assert_eq!((average / start - Decimal::ONE).round_dp(3), d("-0.198"));
    assert_eq!(scenario.verdict, Verdict::NotMet);
    assert_eq!(baseline.verdict, Verdict::NotMet);
    assert_eq!(baseline.reached.unwrap().round_dp(4), d("0.0155"));

    // The assumed 2012 budget is the base year's cost of the compulsory
    // framework without levers: 364 x 1.800 x 12 + 55 x 1.300 x 12.
    let jbjr = ["jeugdbescherming", "jeugdreclassering"];
    let budget = d("364") * d("1800") * d("12") + d("55") * d("1300") * d("12");
    assert_eq!(budget, d("8720400"));
    assert_eq!(summed(&s, &c.baseline, &jbjr, 2016, |f| f.cost), budget);
    let (scenario, baseline) = checked(&s, "gedwongen-kader-min-15");
    let cost = |p| summed(&s, p, &jbjr, 2018, |f| f.cost);
    assert_eq!(
        scenario.reached,
        Some(cost(&c.scenario) / budget - Decimal::ONE)
    );
    assert_eq!(
        baseline.reached,
        Some(cost(&c.baseline) / budget - Decimal::ONE)
    );
    // 15% less inflow, but indexed tariffs: far from a 15% saving.
    assert_eq!(scenario.reached.unwrap().round_dp(3), d("-0.023"));
    assert_eq!(scenario.verdict, Verdict::NotMet);
}

#[test]
fn seed_003s_targets_are_checked_against_the_projected_2015_and_2017() {
    let s = scenario_of_seed(3);
    let c = project_with_baseline(&s);
    let change = |p, forms: &[&str], year, reference, pick| {
        summed(&s, p, forms, year, pick) / summed(&s, p, forms, reference, pick) - Decimal::ONE
    };
    let inflow: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal = |f| f.inflow;
    let clients: fn(&jeugdscenario_engine::projection::FormYear) -> Decimal = |f| f.avg_clients;
    for (id, forms, year, reference, pick, value) in [
        ("huisarts-2016", &["ggz"][..], 2016, 2015, inflow, "-0.025"),
        ("huisarts-2017", &["ggz"], 2017, 2015, inflow, "-0.075"),
        ("huisarts-2018", &["ggz"], 2018, 2015, inflow, "-0.15"),
        (
            "medisch-specialist-2018",
            &["ambulant_specialistisch"],
            2018,
            2017,
            inflow,
            "-0.05",
        ),
        (
            "rechterlijke-maatregelen-2018",
            &["jeugdbescherming"],
            2018,
            2015,
            clients,
            "-0.1",
        ),
        (
            "jeugdreclassering-2018",
            &["jeugdreclassering"],
            2018,
            2015,
            clients,
            "-0.05",
        ),
        ("crises-2018", &["crisis"], 2018, 2015, inflow, "-0.1"),
    ] {
        let (scenario, baseline) = checked(&s, id);
        let reached = change(&c.scenario, forms, year, reference, pick);
        assert_eq!(scenario.reached, Some(reached), "{id}");
        assert_eq!(scenario.gap, Some(reached - d(value)), "{id}");
        assert_eq!(
            baseline.reached,
            Some(change(&c.baseline, forms, year, reference, pick)),
            "{id}"
        );
        // Each lever takes the plan's percentage off the year's own,
        // grown inflow, so every target is missed, and by the baseline too.
        assert_eq!(scenario.verdict, Verdict::NotMet, "{id}");
        assert_eq!(baseline.verdict, Verdict::NotMet, "{id}");
    }
    // -15% on 2018's inflow, which grew 1% a year since 2015.
    let (gp, _) = checked(&s, "huisarts-2018");
    let by_hand = d("0.85") * d("1.01") * d("1.01") * d("1.01") - Decimal::ONE;
    assert_eq!(gp.reached.unwrap().round_dp(6), by_hand.round_dp(6));
}

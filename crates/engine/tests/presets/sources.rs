//! Every figure of every preset names where it comes from: its plan by
//! title, a named public source, or an assumption (aanname) listed here.

use super::*;

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

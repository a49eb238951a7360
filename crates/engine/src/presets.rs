//! Presets: a ready scenario per regional plan in the seed documents, as
//! data files (`data/presets/FILE`) read through the same loader as any
//! user's file. With the feature `embedded-presets` (the default; the CLI
//! and the tests) the files are built in; the app leaves them out of its
//! wasm and fetches a preset's file when it is opened. Each carries its plan's own municipalities, cost-sharing
//! key, budget lines and targets, with the plan and place in every source;
//! what the plan lacks (care forms, volumes, tariffs) is the example region
//! scaled to the region's size and marked "aanname". docs/presets.md says per
//! preset what comes from the plan and what is assumed.

#[cfg(feature = "embedded-presets")]
use crate::example::VOORBEELDREGIO_JSON;
#[cfg(feature = "embedded-presets")]
use crate::file::load_scenario;
#[cfg(feature = "embedded-presets")]
use crate::scenario::Scenario;

/// One built-in scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Short name used by the CLI and the app (`jeugdscenario example ID`).
    pub id: &'static str,
    /// Dutch title: region and plan.
    pub title: &'static str,
    /// Number of the seed document the preset follows (`shared/seeds/NNN_*.txt`);
    /// None for the illustrative example region.
    pub seed: Option<u8>,
    /// The scenario file's name: `data/presets/FILE`, and in the app's
    /// build `presets/FILE`; the example region's is `data/voorbeeldregio.json`,
    /// always built in.
    pub file: &'static str,
}

impl Preset {
    /// The scenario file, exactly as shipped.
    #[cfg(feature = "embedded-presets")]
    pub fn json(&self) -> &'static str {
        match self.id {
            "haaglanden-2019" => include_str!("../data/presets/haaglanden-2019.json"),
            "holland-rijnland-2018" => include_str!("../data/presets/holland-rijnland-2018.json"),
            "regio-alkmaar-2016" => include_str!("../data/presets/regio-alkmaar-2016.json"),
            "zuid-holland-zuid-2016" => include_str!("../data/presets/zuid-holland-zuid-2016.json"),
            "zuid-holland-zuid-2022" => include_str!("../data/presets/zuid-holland-zuid-2022.json"),
            _ => VOORBEELDREGIO_JSON,
        }
    }

    /// True for the example region, whose file is always built in.
    pub fn is_built_in(&self) -> bool {
        self.id == DEFAULT_PRESET
    }

    /// The preset as a scenario.
    #[cfg(feature = "embedded-presets")]
    pub fn scenario(&self) -> Scenario {
        load_scenario(self.json().as_bytes())
            .expect("every embedded preset is valid (pinned by tests/presets.rs)")
    }
}

/// Every preset: the example region first, then the regional plans in seed
/// order.
pub const PRESETS: [Preset; 6] = [
    Preset {
        id: "voorbeeldregio",
        title: "Voorbeeldregio (illustratief)",
        seed: None,
        file: "voorbeeldregio.json",
    },
    Preset {
        id: "haaglanden-2019",
        title: "Haaglanden – Plan Transformatiefonds Jeugdhulp 2019-2021",
        seed: Some(0),
        file: "haaglanden-2019.json",
    },
    Preset {
        id: "holland-rijnland-2018",
        title: "Holland Rijnland – Transformatieplan Jeugd 2018-2020",
        seed: Some(1),
        file: "holland-rijnland-2018.json",
    },
    Preset {
        id: "regio-alkmaar-2016",
        title: "Regio Alkmaar – Transformatieagenda jeugdhulp 2016-2018",
        seed: Some(2),
        file: "regio-alkmaar-2016.json",
    },
    Preset {
        id: "zuid-holland-zuid-2016",
        title: "Zuid-Holland Zuid – Transformatieagenda jeugdhulp 2016-2018",
        seed: Some(3),
        file: "zuid-holland-zuid-2016.json",
    },
    Preset {
        id: "zuid-holland-zuid-2022",
        title: "Zuid-Holland Zuid – Werk voor de Jeugd 2022-2023",
        seed: Some(4),
        file: "zuid-holland-zuid-2022.json",
    },
];

/// The id of the preset used when none is named.
pub const DEFAULT_PRESET: &str = "voorbeeldregio";

/// All presets, in the order of [`PRESETS`].
pub fn presets() -> &'static [Preset] {
    &PRESETS
}

/// The preset with this id, as listed.
pub fn find_preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset with this id as a scenario; None for an unknown id.
#[cfg(feature = "embedded-presets")]
pub fn preset(id: &str) -> Option<Scenario> {
    find_preset(id).map(Preset::scenario)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_the_default_is_listed() {
        let mut ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PRESETS.len());
        assert!(find_preset(DEFAULT_PRESET).is_some());
        assert!(preset("bestaat-niet").is_none());
    }
}

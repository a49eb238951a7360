//! A region of one's own, from scratch: its name, horizon and three tables
//! (care forms, budget lines, municipalities), and nothing of the example:
//! no levers, investments or targets. The tables come from the region's own
//! CSV files (`region_csv`) or are typed in the app's editors later.

use crate::file::{APP_VERSION, FORMAT_NAME, FORMAT_VERSION};
use crate::scenario::{BudgetLine, CareForm, Municipality, Provenance, Scenario};
use crate::validate::{validate, Problem};

/// What a user gives to start a region of her own.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnRegion {
    pub name: String,
    pub base_year: i32,
    /// Projected years, the base year included.
    pub years: u32,
    /// Where the figures come from, in the user's words ("Begroting 2027,
    /// administratie 2025"); the file names when she names nothing.
    pub source: String,
    /// The day the tables were read in, `YYYY-MM-DD`.
    pub imported: String,
    pub care_forms: Vec<CareForm>,
    pub budget_lines: Vec<BudgetLine>,
    pub municipalities: Vec<Municipality>,
}

impl OwnRegion {
    /// The new scenario, checked by every rule the loader applies; on a
    /// refusal every problem, by field.
    pub fn scenario(self) -> Result<Scenario, Vec<Problem>> {
        let scenario = Scenario {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            app_version: APP_VERSION.to_string(),
            description: format!(
                "Eigen regio, {} tot en met {}: zorgvormen, begroting en gemeenten uit eigen gegevens.",
                self.base_year,
                self.base_year.saturating_add(self.years as i32).saturating_sub(1)
            ),
            name: self.name.trim().to_string(),
            provenance: Provenance::Own {
                source: self.source.trim().to_string(),
                imported: self.imported,
            },
            base_year: self.base_year,
            years: self.years,
            care_forms: self.care_forms,
            budget_lines: self.budget_lines,
            municipalities: self.municipalities,
            levers: Default::default(),
            insured_share: None,
            insured_share_from: Default::default(),
            targets: Vec::new(),
            sources: Default::default(),
            allocation_mapping: None,
        };
        let problems = validate(&scenario);
        if problems.is_empty() {
            Ok(scenario)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::{load_scenario, project, scenario_to_json};

    fn region() -> OwnRegion {
        let example = voorbeeldregio();
        OwnRegion {
            name: " Regio Noord ".into(),
            base_year: 2027,
            years: 5,
            source: "Begroting 2027".into(),
            imported: "2026-12-05".into(),
            care_forms: example.care_forms.clone(),
            budget_lines: Vec::new(),
            municipalities: Vec::new(),
        }
    }

    #[test]
    fn a_new_region_keeps_nothing_of_the_example_and_says_where_it_comes_from() {
        let s = region().scenario().unwrap();
        assert_eq!(s.name, "Regio Noord");
        assert!(s.levers.substitutions.is_empty() && s.levers.investments.is_empty());
        assert!(s.targets.is_empty() && s.budget_lines.is_empty());
        assert!(!s.provenance.is_example());
        assert!(!scenario_to_json(&s).contains("verzonnen"));
        assert!(s.description.contains("2027 tot en met 2031"));
        // What the loader reads back is the same scenario, with the same figures.
        let again = load_scenario(scenario_to_json(&s).as_bytes()).unwrap();
        assert_eq!(again, s);
        assert_eq!(project(&again), project(&s));
    }

    #[test]
    fn a_region_the_loader_would_refuse_is_refused_with_its_fields() {
        let mut r = region();
        r.years = 16;
        r.name = "  ".into();
        let problems = r.scenario().unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(
            paths.contains(&"years") && paths.contains(&"name"),
            "{paths:?}"
        );
        let mut r = region();
        r.care_forms.clear();
        assert!(r.scenario().is_err(), "a region needs a care form");
    }
}

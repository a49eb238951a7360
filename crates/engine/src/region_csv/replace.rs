//! Putting imported care forms into a scenario.

use crate::scenario::{CareForm, Scenario};

/// The scenario with its care forms replaced. Levers that name a care form
/// that is gone are dropped; their labels are returned so the user is told.
/// A figure that comes back unchanged keeps the source it had (the
/// template's single "bron" column would otherwise overwrite them all).
pub fn replace_care_forms(
    scenario: &Scenario,
    mut forms: Vec<CareForm>,
) -> (Scenario, Vec<String>) {
    for form in &mut forms {
        let Some(old) = scenario.care_form(&form.id) else {
            continue;
        };
        let same: [(&str, bool); 7] = [
            ("clients_start", old.clients_start == form.clients_start),
            (
                "inflow_per_year",
                old.inflow_per_year == form.inflow_per_year,
            ),
            (
                "duration_months",
                old.duration_months == form.duration_months,
            ),
            (
                "tariff_per_month",
                old.tariff_per_month == form.tariff_per_month,
            ),
            (
                "price_per_trajectory",
                old.price_per_trajectory == form.price_per_trajectory,
            ),
            ("inflow_growth", old.inflow_growth == form.inflow_growth),
            ("price_index", old.price_index == form.price_index),
        ];
        for (field, unchanged) in same {
            if let (true, Some(source)) = (unchanged, old.sources.get(field)) {
                form.sources.insert(field.to_string(), source.clone());
            }
        }
    }
    let mut next = scenario.clone();
    next.care_forms = forms;
    let exists = |id: &str| next.care_forms.iter().any(|f| f.id == id);
    let mut dropped = Vec::new();
    let levers = &scenario.levers;
    let mut kept = levers.clone();
    kept.substitutions.retain(|r| {
        let keep = exists(&r.from) && exists(&r.to);
        if !keep {
            dropped.push(format!("substitutie {} → {}", r.from, r.to));
        }
        keep
    });
    kept.residential_shifts.retain(|r| {
        let keep = r.from.iter().all(|f| exists(f)) && r.mix.iter().all(|t| exists(&t.to));
        if !keep {
            dropped.push(format!("afschalen verblijf ({})", r.id));
        }
        keep
    });
    kept.form_changes.retain(|c| {
        let keep = exists(&c.form);
        if !keep {
            dropped.push(format!(
                "{} van {}",
                c.kind.label_nl().to_lowercase(),
                c.form
            ));
        }
        keep
    });
    kept.front_budgets.retain(|b| {
        let keep = exists(&b.to);
        if !keep {
            dropped.push(format!("budget naar de voorkant ({})", b.to));
        }
        keep
    });
    next.levers = kept;
    // A target keeps the forms that remain; one with none left goes.
    let mut targets = Vec::new();
    for mut t in std::mem::take(&mut next.targets) {
        if let crate::scenario::Scope::Forms(ids) = &mut t.scope {
            ids.retain(|id| exists(id));
            if ids.is_empty() {
                dropped.push(format!("doel \"{}\"", t.label));
                continue;
            }
        }
        targets.push(t);
    }
    next.targets = targets;
    (next, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::region_csv::{care_forms_template, parse_care_forms_csv};
    use crate::validate::validate;

    #[test]
    fn a_template_round_trip_keeps_every_source() {
        let example = voorbeeldregio();
        let forms = parse_care_forms_csv(care_forms_template(&example.care_forms).as_bytes())
            .unwrap()
            .rows;
        let (next, dropped) = replace_care_forms(&example, forms);
        assert!(dropped.is_empty());
        for (a, b) in next.care_forms.iter().zip(&example.care_forms) {
            assert_eq!(a.sources, b.sources, "{}", a.id);
        }
    }

    #[test]
    fn replacing_care_forms_drops_levers_on_forms_that_are_gone() {
        let example = voorbeeldregio();
        let kept: Vec<CareForm> = example
            .care_forms
            .iter()
            .filter(|f| f.id != "poh")
            .cloned()
            .collect();
        let (next, dropped) = replace_care_forms(&example, kept);
        assert_eq!(dropped, vec!["substitutie ggz → poh".to_string()]);
        assert!(validate(&next).is_empty());
    }
}

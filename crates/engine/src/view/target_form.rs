//! The choices of a target's editor in the Doelen tab: which care forms it
//! counts, how it compares, and what it is measured against, each as a
//! list of (value, words) for a select and read back from the value chosen.

use crate::scenario::{CareGroup, Comparison, Measure, Reference, Scenario, Scope, Target};
pub use crate::text::Choice;
use crate::text::Text;
use crate::view::tables::group_label;
use crate::view::targets::{comparison_word, measure_word, scope_words};

/// What a target can measure.
pub fn measure_choices() -> Vec<Choice> {
    Measure::ALL
        .into_iter()
        .map(|m| (m.id().to_string(), measure_word(m)))
        .collect()
}

/// A scope as a select's value: `alle`, `groep:verblijf`, `vormen:a,b`.
pub fn scope_value(scope: &Scope) -> String {
    match scope {
        Scope::All => "alle".into(),
        Scope::Group(g) => format!("groep:{}", g.id()),
        Scope::Forms(ids) => format!("vormen:{}", ids.join(",")),
    }
}

/// The scope a select's value stands for; anything else is all forms.
pub fn scope_of(value: &str) -> Scope {
    if let Some(group) = value
        .strip_prefix("groep:")
        .and_then(|g| g.parse::<CareGroup>().ok())
    {
        return Scope::Group(group);
    }
    match value.strip_prefix("vormen:") {
        Some(ids) => Scope::Forms(ids.split(',').map(String::from).collect()),
        None => Scope::All,
    }
}

/// The care forms a target can count: all, a group, one form, and the list
/// of several forms it counts now (as a preset may), so that stays choosable.
pub fn scope_choices(s: &Scenario, target: &Target) -> Vec<Choice> {
    let mut choices = vec![(
        scope_value(&Scope::All),
        Text::new("Alle zorgvormen", "All care forms"),
    )];
    choices.extend(CareGroup::ALL.into_iter().map(|g| {
        let label = group_label(g);
        (
            scope_value(&Scope::Group(g)),
            Text::new(format!("Groep {}", label.nl), format!("Group {}", label.en)),
        )
    }));
    choices.extend(s.care_forms.iter().map(|f| {
        (
            scope_value(&Scope::Forms(vec![f.id.clone()])),
            Text::same(f.label.clone()),
        )
    }));
    if let Scope::Forms(ids) = &target.scope {
        if ids.len() > 1 {
            choices.push((scope_value(&target.scope), scope_words(s, &target.scope)));
        }
    }
    choices
}

/// A comparison as a select's value.
pub fn comparison_value(comparison: Comparison) -> &'static str {
    match comparison {
        Comparison::AtMost => "ten-hoogste",
        Comparison::AtLeast => "ten-minste",
    }
}

/// The comparison a select's value stands for (at most unless at least).
pub fn comparison_of(value: &str) -> Comparison {
    if value == comparison_value(Comparison::AtLeast) {
        Comparison::AtLeast
    } else {
        Comparison::AtMost
    }
}

pub fn comparison_choices() -> Vec<Choice> {
    [Comparison::AtMost, Comparison::AtLeast]
        .map(|c| (comparison_value(c).to_string(), comparison_word(c)))
        .to_vec()
}

const NO_REFERENCE: &str = "geen";
const EARLIER: &str = "eerder";

/// The kind of reference as a select's value: none (the value is a level),
/// a year of the horizon, or a year before the base year (`eerder`, its
/// level given as data).
pub fn reference_value(t: &Target) -> String {
    match &t.reference {
        None => NO_REFERENCE.into(),
        Some(r) if r.level.is_some() => EARLIER.into(),
        Some(r) => r.year.to_string(),
    }
}

/// What a target can be measured against: nothing, a projected year before
/// its own, or a year before the base year.
pub fn reference_choices(s: &Scenario, t: &Target) -> Vec<Choice> {
    let base = s.base_year;
    let mut choices = vec![(
        NO_REFERENCE.to_string(),
        Text::new(
            "Geen: de doelwaarde is een niveau",
            "None: the value is a level",
        ),
    )];
    choices.extend(s.year_range().filter(|y| *y < t.year).map(|y| {
        (
            y.to_string(),
            Text::new(
                format!("Verandering ten opzichte van {y}"),
                format!("Change against {y}"),
            ),
        )
    }));
    choices.push((
        EARLIER.into(),
        Text::new(
            format!("Verandering ten opzichte van een jaar vóór {base} (niveau als gegeven)"),
            format!("Change against a year before {base} (level as data)"),
        ),
    ));
    choices
}

/// The reference a select's value stands for: a year before the base year
/// starts as the year just before it, its level still to be given.
pub fn reference_of(s: &Scenario, value: &str) -> Option<Reference> {
    let year = match value {
        NO_REFERENCE => return None,
        EARLIER => s.base_year - 1,
        year => year.parse().ok()?,
    };
    Some(Reference {
        year,
        level: None,
        source: String::new(),
    })
}

/// The years a reference before the base year can be: the twenty before it,
/// nearest first.
pub fn earlier_year_choices(s: &Scenario) -> Vec<Choice> {
    (s.base_year - 20..s.base_year)
        .rev()
        .map(|y| (y.to_string(), Text::same(y.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::example::voorbeeldregio;

    /// The example region with one target added, and that target.
    fn with_target() -> (Scenario, Target) {
        let mut s = voorbeeldregio();
        s.apply(Edit::AddTarget).unwrap();
        let target = s.targets[0].clone();
        (s, target)
    }

    #[test]
    fn every_scope_choice_reads_back_as_the_scope_it_names() {
        let (s, mut target) = with_target();
        target.scope = Scope::Forms(vec!["residentieel".into(), "gesloten".into()]);
        let choices = scope_choices(&s, &target);
        // All, five groups, 14 forms one by one, and the list of two it counts now.
        assert_eq!(choices.len(), 1 + 5 + 14 + 1);
        for (value, _) in &choices {
            assert_eq!(&scope_value(&scope_of(value)), value);
        }
        assert_eq!(
            scope_of("groep:verblijf"),
            Scope::Group(CareGroup::Verblijf)
        );
        assert_eq!(scope_of("groep:onbekend"), Scope::All);
        assert_eq!(choices.last().unwrap().0, "vormen:residentieel,gesloten");
    }

    #[test]
    fn a_reference_is_a_year_before_the_targets_own_or_before_the_base_year() {
        let (s, mut target) = with_target();
        target.year = 2029;
        let values: Vec<String> = reference_choices(&s, &target)
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        assert_eq!(values, ["geen", "2026", "2027", "2028", "eerder"]);
        assert_eq!(reference_of(&s, "geen"), None);
        assert_eq!(reference_of(&s, "2027").map(|r| r.year), Some(2027));
        let earlier = reference_of(&s, "eerder").unwrap();
        assert_eq!((earlier.year, earlier.level), (2025, None));
        target.reference = Some(earlier);
        // Without its level it reads as a projected year until one is given.
        assert_eq!(reference_value(&target), "2025");
        assert_eq!(earlier_year_choices(&s)[0].0, "2025");
        assert_eq!(earlier_year_choices(&s).len(), 20);
    }

    #[test]
    fn comparisons_and_measures_read_back() {
        for (value, _) in comparison_choices() {
            assert_eq!(comparison_value(comparison_of(&value)), value);
        }
        for (value, _) in measure_choices() {
            assert_eq!(value.parse::<Measure>().unwrap().id(), value);
        }
    }
}

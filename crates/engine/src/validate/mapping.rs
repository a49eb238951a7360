//! The allocation mapping kept with a scenario (`allocation_mapping`): its
//! care forms named once each, and every rule a two-digit category (with,
//! at most once, a product code) that names one of them.

use std::collections::HashSet;

use super::Checker;
use crate::scenario::Mapping;

/// The longest product code (iJw codes are five characters).
const MAX_CODE: usize = 20;

pub(super) fn check_mapping(m: &Mapping, c: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, form) in m.forms.iter().enumerate() {
        let path = format!("allocation_mapping.forms[{i}]");
        c.id(&format!("{path}.id"), &form.id, &mut ids);
        c.text(
            &format!("{path}.label"),
            "De naam van een zorgvorm in de koppeling",
            &form.label,
        );
    }
    let mut seen = HashSet::new();
    for (i, rule) in m.rules.iter().enumerate() {
        let path = format!("allocation_mapping.rules[{i}]");
        let category = rule.category.as_bytes();
        if category.len() != 2 || !category.iter().all(u8::is_ascii_digit) {
            c.push(
                &format!("{path}.category"),
                format!(
                    "De productcategorie \"{}\" is geen iJw-categorie van twee cijfers, zoals 45.",
                    rule.category.chars().take(MAX_CODE).collect::<String>()
                ),
                "A product category is two digits, like 45.".into(),
            );
        }
        if let Some(code) = &rule.code {
            if code.trim().is_empty() || code.chars().count() > MAX_CODE {
                c.push(
                    &format!("{path}.code"),
                    format!("Een productcode in de koppeling heeft 1 tot {MAX_CODE} tekens."),
                    format!("A product code has 1 to {MAX_CODE} characters."),
                );
            }
        }
        if !m.forms.iter().any(|f| f.id == rule.form) {
            c.push(
                &format!("{path}.form"),
                format!(
                    "De koppeling noemt zorgvorm \"{}\", die niet in haar lijst van zorgvormen staat.",
                    rule.form.chars().take(MAX_CODE * 4).collect::<String>()
                ),
                "The mapping names a care form it does not list.".into(),
            );
        }
        if !seen.insert((&rule.category, &rule.code)) {
            c.push(
                &path,
                format!(
                    "Productcategorie {}{} staat twee keer in de koppeling; elke categorie of productcode hoort bij één zorgvorm.",
                    rule.category,
                    rule.code.as_ref().map(|c| format!(", productcode {c}")).unwrap_or_default()
                ),
                "A category or product code appears twice in the mapping.".into(),
            );
        }
    }
}

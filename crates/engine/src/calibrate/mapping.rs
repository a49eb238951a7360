//! From iJw product category (and, where given, product code) to a care
//! form: the defaults of issue 24, mapped onto the example region's care
//! forms, and a user's own mapping from a CSV `productcategorie;productcode;
//! zorgvorm` (a `groep` column for a care form the planner does not know).

use std::collections::HashMap;

use crate::region_csv::columns::normalise;
use crate::region_csv::row::Row;
use crate::region_csv::sheet::read_sheet;
use crate::region_csv::template::template;
use crate::region_csv::{group_by_word, CsvProblem, Table};
use crate::scenario::CareForm;

pub use crate::scenario::{FormInfo, Mapping, MappingRule};

/// The defaults (issue 24), by category, onto the example region's ids.
const DEFAULT_RULES: [(&str, &str); 17] = [
    ("31", "jgt"),
    ("32", "ambulant_generalistisch"),
    ("34", "ambulant_generalistisch"),
    ("33", "daghulp"),
    ("41", "daghulp"),
    ("35", "pleegzorg"),
    ("36", "gezinshuis"),
    ("37", "gesloten"),
    ("38", "residentieel"),
    ("43", "residentieel"),
    ("44", "residentieel"),
    ("45", "ambulant_specialistisch"),
    ("46", "crisis"),
    ("47", "jeugdreclassering"),
    ("48", "jeugdbescherming"),
    // Not in the issue's list, but with an obvious home in the example.
    ("53", "ggz"),
    ("54", "dyslexie"),
];

impl Mapping {
    /// The default mapping onto the care forms of `known` (the example
    /// region's, or the open scenario's when it has these ids).
    pub fn default_for(known: &[CareForm]) -> Mapping {
        let example = crate::example::voorbeeldregio();
        let find = |id: &str| {
            known
                .iter()
                .chain(&example.care_forms)
                .find(|f| f.id == id)
                .map(info)
        };
        let mut forms: Vec<FormInfo> = Vec::new();
        let mut rules = Vec::new();
        for (category, id) in DEFAULT_RULES {
            let Some(form) = find(id) else { continue };
            if !forms.iter().any(|f| f.id == form.id) {
                forms.push(form);
            }
            rules.push(MappingRule {
                category: category.to_string(),
                code: None,
                form: id.to_string(),
            });
        }
        Mapping { forms, rules }
    }

    /// The care form of a category and code: the code's own rule first,
    /// then the category's; as the position in `forms`.
    pub fn lookup(&self) -> Lookup {
        let position = |id: &str| self.forms.iter().position(|f| f.id == id);
        let mut lookup = Lookup {
            by_code: HashMap::new(),
            by_category: [None; 100],
        };
        for rule in &self.rules {
            let (Some(form), Some(category)) =
                (position(&rule.form), category_number(&rule.category))
            else {
                continue;
            };
            match &rule.code {
                Some(code) => {
                    lookup
                        .by_code
                        .entry(category)
                        .or_default()
                        .entry(code.clone())
                        .or_insert(form);
                }
                None => {
                    lookup.by_category[usize::from(category)].get_or_insert(form);
                }
            }
        }
        lookup
    }

    /// The mapping as a CSV in its own columns (a template to change).
    pub fn to_csv(&self) -> String {
        let rows: Vec<Vec<String>> = self
            .rules
            .iter()
            .map(|r| {
                let group = self
                    .forms
                    .iter()
                    .find(|f| f.id == r.form)
                    .map_or("", |f| f.group.id());
                vec![
                    r.category.clone(),
                    r.code.clone().unwrap_or_default(),
                    r.form.clone(),
                    group.to_string(),
                ]
            })
            .collect();
        template(Table::Mapping, &[], &rows)
    }
}

/// The mapping made fast for 200,000 rows: nothing allocated per row.
pub struct Lookup {
    by_code: HashMap<u8, HashMap<String, usize>>,
    by_category: [Option<usize>; 100],
}

impl Lookup {
    /// The position in `Mapping::forms` of a category's (and code's) care form.
    pub fn form(&self, category: u8, code: Option<&str>) -> Option<usize> {
        code.and_then(|c| self.by_code.get(&category)?.get(c).copied())
            .or_else(|| *self.by_category.get(usize::from(category))?)
    }
}

impl Mapping {
    /// `base` with its rules replaced by `rules` (category, product code or
    /// empty, care form id or empty: not counted), as the app's Koppeling
    /// table sends them. A care form is found in `base`, then among
    /// `known` (the open scenario's) and the example's; a rule naming none
    /// of them is refused.
    pub fn with_rules(
        base: &Mapping,
        rules: &[[String; 3]],
        known: &[CareForm],
    ) -> Result<Mapping, Vec<CsvProblem>> {
        let example = crate::example::voorbeeldregio();
        let mut mapping = Mapping {
            forms: Vec::new(),
            rules: Vec::new(),
        };
        let mut problems = Vec::new();
        for [category, code, form] in rules.iter().filter(|r| !r[2].is_empty()) {
            let found = base
                .forms
                .iter()
                .find(|f| f.id == *form)
                .cloned()
                .or_else(|| {
                    known
                        .iter()
                        .chain(&example.care_forms)
                        .find(|f| f.id == *form)
                        .map(info)
                });
            let Some(found) = found else {
                problems.push(crate::region_csv::problem(
                    0,
                    "zorgvorm",
                    format!("Zorgvorm \"{form}\" bestaat niet in dit scenario."),
                    "No such care form.".into(),
                ));
                continue;
            };
            if !mapping.forms.iter().any(|f| f.id == found.id) {
                mapping.forms.push(found);
            }
            mapping.rules.push(MappingRule {
                category: category.clone(),
                code: (!code.is_empty()).then(|| code.clone()),
                form: form.clone(),
            });
        }
        if problems.is_empty() {
            Ok(mapping)
        } else {
            Err(problems)
        }
    }
}

fn info(form: &CareForm) -> FormInfo {
    FormInfo {
        id: form.id.clone(),
        label: form.label.clone(),
        group: form.group,
        family_based: form.family_based,
    }
}

/// A category as a number below 100; None when it is no whole number of
/// at most two digits (leading zeros aside).
pub fn category_number(text: &str) -> Option<u8> {
    let t = text.trim();
    if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u8>().ok().filter(|n| *n < 100)
}

/// A category as two digits: `5` is `05`.
pub fn category_text(category: u8) -> String {
    format!("{category:02}")
}

/// A row's category; a problem in its column when it is none.
pub(super) fn read_category(row: &mut Row, column: Option<usize>) -> Option<u8> {
    let written = row.cell_at(column).unwrap_or_default();
    let cat = category_number(written);
    if cat.is_none() {
        row.push(
            "category",
            format!("\"{written}\" is geen productcategorie: hier hoort een getal van twee cijfers, bijvoorbeeld 45."),
            format!("\"{written}\" is not a product category."),
        );
    }
    cat
}

/// Reads a mapping CSV. A care form is named by its code or name as in
/// `known` (the open scenario's or the example's care forms); another
/// needs a group. Every problem at once, by line and column.
pub fn parse_mapping_csv(bytes: &[u8], known: &[CareForm]) -> Result<Mapping, Vec<CsvProblem>> {
    let sheet = read_sheet(bytes, Table::Mapping)?;
    let example = crate::example::voorbeeldregio();
    let mut problems = sheet.problems.clone();
    let mut mapping = Mapping {
        forms: Vec::new(),
        rules: Vec::new(),
    };
    for (line, cells) in &sheet.rows {
        let mut row = Row::new(&sheet, *line, cells);
        let cat = read_category(&mut row, sheet.field("category"));
        let name = row.text("form", "De zorgvorm");
        let wanted = normalise(&name);
        let found = known
            .iter()
            .chain(&example.care_forms)
            .find(|f| normalise(&f.id) == wanted || normalise(&f.label) == wanted)
            .map(info)
            .or_else(|| {
                mapping
                    .forms
                    .iter()
                    .find(|f| normalise(&f.id) == wanted)
                    .cloned()
            });
        let form = match (found, row.cell("group")) {
            (Some(form), _) => Some(form),
            (None, Some(word)) => match group_by_word(word) {
                Some(group) => Some(FormInfo {
                    id: slug(&name),
                    label: name.clone(),
                    group,
                    family_based: CareForm::family_based_by_words(group, &name, &name),
                }),
                None => {
                    row.push("group", format!("\"{word}\" is geen groep; kies lokaal, ambulant, verblijf, jbjr of crisis."), format!("\"{word}\" is not a group."));
                    None
                }
            },
            (None, None) if !name.is_empty() => {
                row.push("form", format!("De zorgvorm \"{name}\" is onbekend; gebruik een code uit de Zorgvormen (bijvoorbeeld ambulant_specialistisch) of vul de kolom \"groep\" in voor een nieuwe zorgvorm."), format!("Unknown care form \"{name}\"; give its group for a new one."));
                None
            }
            (None, None) => None,
        };
        let (Some(cat), Some(form), true) = (cat.map(category_text), form, row.problems.is_empty())
        else {
            problems.extend(row.problems);
            continue;
        };
        let code = row.cell("code").map(str::to_string);
        if mapping
            .rules
            .iter()
            .any(|r| r.category == cat && r.code == code)
        {
            problems.push(crate::region_csv::problem(
                *line,
                "",
                "Deze categorie (en productcode) staat al eerder in de koppeling.".into(),
                "This category (and code) is mapped twice.".into(),
            ));
            continue;
        }
        if !mapping.forms.iter().any(|f| f.id == form.id) {
            mapping.forms.push(form.clone());
        }
        mapping.rules.push(MappingRule {
            category: cat,
            code,
            form: form.id,
        });
    }
    if problems.is_empty() {
        Ok(mapping)
    } else {
        Err(problems)
    }
}

/// A code from a name: lower case letters and digits, `_` between words.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let word: String = word
            .to_lowercase()
            .chars()
            .map(crate::region_csv::columns::fold_accent)
            .filter(char::is_ascii_alphanumeric)
            .collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&word);
    }
    if out.is_empty() {
        "zorgvorm".into()
    } else {
        out.chars().take(40).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_map_every_category_of_the_issue_onto_the_example() {
        let m = Mapping::default_for(&[]);
        let lookup = m.lookup();
        let id = |c: &str| {
            lookup
                .form(c.parse().unwrap(), None)
                .map(|i| m.forms[i].id.as_str())
        };
        assert_eq!(id("31"), Some("jgt"));
        assert_eq!(id("45"), Some("ambulant_specialistisch"));
        assert_eq!(id("44"), Some("residentieel"));
        assert_eq!(id("48"), Some("jeugdbescherming"));
        assert_eq!(id("99"), None);
        for cat in [
            "31", "32", "33", "34", "35", "36", "37", "38", "41", "43", "44", "45", "46", "47",
            "48",
        ] {
            assert!(id(cat).is_some(), "{cat}");
        }
        // The mapping's CSV reads back as the same mapping.
        assert_eq!(parse_mapping_csv(m.to_csv().as_bytes(), &[]).unwrap(), m);
    }

    #[test]
    fn a_product_code_goes_before_its_category_and_new_forms_need_a_group() {
        let csv = "productcategorie;productcode;zorgvorm;groep\n45;;ambulant_specialistisch;\n45;45A12;Jeugd-GGZ;\n40;;Logeeropvang;verblijf\n";
        let m = parse_mapping_csv(csv.as_bytes(), &[]).unwrap();
        let lookup = m.lookup();
        let id = |c: &str, code: Option<&str>| {
            lookup
                .form(c.parse().unwrap(), code)
                .map(|i| m.forms[i].id.as_str())
        };
        assert_eq!(id("45", Some("45A12")), Some("ggz"));
        assert_eq!(id("45", Some("45A13")), Some("ambulant_specialistisch"));
        assert_eq!(id("40", None), Some("logeeropvang"));
        let bad = "productcategorie;zorgvorm\nxx;ggz\n45;onbekend\n";
        let problems = parse_mapping_csv(bad.as_bytes(), &[]).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].line, 2);
        assert!(
            problems[1].message.nl.contains("onbekend"),
            "{:?}",
            problems[1]
        );
    }
}

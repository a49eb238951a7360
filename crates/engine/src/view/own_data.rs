//! Eigen gegevens: every value a table read from a CSV will put in the
//! scenario, as a table of text to check before "Overnemen"; and, before
//! care forms are replaced, what goes and what stays.

use rust_decimal::Decimal;

use crate::nl::{format_euro, format_euro_cents, format_number, format_percent};
use crate::region_csv::replace_care_forms;
use crate::scenario::{BudgetKind, BudgetLine, CareForm, Municipality, Scenario, Sources};
use crate::text::Text;

/// A preview: column headers and one row of cells per entity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PreviewTable {
    pub headers: Vec<Text>,
    pub rows: Vec<Vec<String>>,
}

fn headers(pairs: &[(&str, &str)]) -> Vec<Text> {
    pairs.iter().map(|(nl, en)| Text::new(*nl, *en)).collect()
}

fn optional(value: Option<Decimal>, show: impl Fn(Decimal) -> String) -> String {
    value.map_or_else(|| "–".to_string(), show)
}

fn sources(sources: &Sources) -> String {
    let mut all: Vec<&str> = sources.values().map(String::as_str).collect();
    all.dedup();
    all.join("; ")
}

pub fn care_forms_preview(forms: &[CareForm]) -> PreviewTable {
    PreviewTable {
        headers: headers(&[
            ("Code", "Code"),
            ("Zorgvorm", "Care form"),
            ("Groep", "Group"),
            ("Cliënten op 1 januari", "Clients on 1 January"),
            ("Instroom per jaar", "Inflow per year"),
            ("Gemiddelde duur (maanden)", "Average duration (months)"),
            ("Tarief per maand", "Tariff per month"),
            ("Prijs per traject", "Price per trajectory"),
            ("Groei instroom", "Inflow growth"),
            ("Prijsindex", "Price index"),
            ("Bron", "Source"),
        ]),
        rows: forms
            .iter()
            .map(|f| {
                let group = if f.family_based {
                    format!("{} (gezinsvervangend)", f.group.label_nl())
                } else {
                    f.group.label_nl().to_string()
                };
                vec![
                    f.id.clone(),
                    f.label.clone(),
                    group,
                    format_number(f.clients_start, 1),
                    f.inflow_per_year.map_or_else(
                        || format!("{} (evenwicht)", format_number(f.base_inflow(), 1)),
                        |i| format_number(i, 1),
                    ),
                    format_number(f.duration_months, 1),
                    optional(f.tariff_per_month, format_euro_cents),
                    optional(f.price_per_trajectory, format_euro_cents),
                    format_percent(f.inflow_growth, 1),
                    format_percent(f.price_index, 1),
                    sources(&f.sources),
                ]
            })
            .collect(),
    }
}

pub fn budget_lines_preview(lines: &[BudgetLine]) -> PreviewTable {
    PreviewTable {
        headers: headers(&[
            ("Code", "Code"),
            ("Begrotingspost", "Budget line"),
            ("Soort", "Kind"),
            ("Bedrag basisjaar", "Base-year amount"),
            ("Indexatie per jaar", "Yearly index"),
            ("Bedragen per jaar", "Amounts per year"),
            ("Bron", "Source"),
        ]),
        rows: lines
            .iter()
            .map(|l| {
                let years: Vec<String> = l
                    .amounts
                    .iter()
                    .map(|(year, amount)| format!("{year}: {}", format_euro(*amount)))
                    .collect();
                vec![
                    l.id.clone(),
                    l.label.clone(),
                    match l.kind {
                        BudgetKind::Income => "inkomsten".to_string(),
                        BudgetKind::Expense => "uitgaven".to_string(),
                    },
                    format_euro(l.base_amount),
                    format_percent(l.index, 1),
                    if years.is_empty() {
                        "–".to_string()
                    } else {
                        years.join("; ")
                    },
                    sources(&l.sources),
                ]
            })
            .collect(),
    }
}

/// Municipalities with their weight and the share in the key it gives (the
/// model normalises the weights), and their own use.
pub fn municipalities_preview(municipalities: &[Municipality]) -> PreviewTable {
    let total: Decimal = municipalities.iter().map(|m| m.share).sum();
    let total_use: Decimal = municipalities.iter().filter_map(|m| m.own_use).sum();
    let part = |value: Decimal, of: Decimal| {
        if of.is_zero() {
            "–".to_string()
        } else {
            format_percent(value / of, 1)
        }
    };
    PreviewTable {
        headers: headers(&[
            ("Gemeente", "Municipality"),
            (
                "Aandeel verdeelsleutel (zoals ingelezen)",
                "Key weight (as read)",
            ),
            ("Deel van de kosten", "Part of the cost"),
            ("Eigen gebruik", "Own use"),
            ("Bron", "Source"),
        ]),
        rows: municipalities
            .iter()
            .map(|m| {
                vec![
                    m.name.clone(),
                    format_number(m.share, 4),
                    part(m.share, total),
                    optional(m.own_use, |u| part(u, total_use)),
                    sources(&m.sources),
                ]
            })
            .collect(),
    }
}

/// Before care forms are replaced: what goes (levers, investments and
/// targets on forms that are gone, by label) and what stays, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    pub goes: Vec<String>,
    pub stays: Text,
}

pub fn replacement(s: &Scenario, forms: Vec<CareForm>) -> Replacement {
    let (next, goes) = replace_care_forms(s, forms);
    let levers = next.levers.substitutions.len()
        + next.levers.residential_shifts.len()
        + next.levers.form_changes.len()
        + next.levers.front_budgets.len();
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let nl = format!(
        "Blijven staan: {}, {}, {}, {} en {}.",
        count(levers, "knop", "knoppen"),
        count(
            next.levers.investments.len(),
            "investering",
            "investeringen"
        ),
        count(next.targets.len(), "doel", "doelen"),
        count(
            next.budget_lines.len(),
            "begrotingspost",
            "begrotingsposten"
        ),
        count(next.municipalities.len(), "gemeente", "gemeenten"),
    );
    let en = format!(
        "Kept: {levers} levers, {} investments, {} targets, {} budget lines and {} municipalities.",
        next.levers.investments.len(),
        next.targets.len(),
        next.budget_lines.len(),
        next.municipalities.len(),
    );
    Replacement {
        goes,
        stays: Text::new(nl, en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;

    #[test]
    fn a_preview_has_a_cell_for_every_header_and_shows_the_values_in_dutch() {
        let s = voorbeeldregio();
        for table in [
            care_forms_preview(&s.care_forms),
            budget_lines_preview(&s.budget_lines),
            municipalities_preview(&s.municipalities),
        ] {
            assert!(!table.rows.is_empty());
            assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
        }
        let forms = care_forms_preview(&s.care_forms);
        assert!(forms.rows[0][6].starts_with("€ ") || forms.rows[0][7].starts_with("€ "));
    }

    #[test]
    fn municipality_shares_are_shown_as_their_part_of_the_key() {
        let mut s = voorbeeldregio();
        s.municipalities.truncate(2);
        s.municipalities[0].share = Decimal::from(3);
        s.municipalities[1].share = Decimal::ONE;
        let table = municipalities_preview(&s.municipalities);
        assert_eq!(table.rows[0][2], "75,0%");
        assert_eq!(table.rows[1][2], "25,0%");
    }

    #[test]
    fn a_replacement_names_what_goes_and_counts_what_stays() {
        let s = voorbeeldregio();
        let forms: Vec<CareForm> = s
            .care_forms
            .iter()
            .filter(|f| f.id != "poh")
            .cloned()
            .collect();
        let r = replacement(&s, forms);
        assert!(!r.goes.is_empty());
        assert!(r.stays.nl.starts_with("Blijven staan: "), "{}", r.stays.nl);
        assert!(r
            .stays
            .nl
            .contains(&format!("{} begrotingsposten", s.budget_lines.len())));
        // Replacing by the same forms drops nothing.
        assert!(replacement(&s, s.care_forms.clone()).goes.is_empty());
    }
}

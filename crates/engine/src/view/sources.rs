//! Bronnen: every figure of a scenario with where it comes from, and whether
//! it differs from the scenario as it was opened (compared as values, never
//! as formatted text).

use rust_decimal::Decimal;

use crate::nl::{format_number, format_percent};
use crate::scenario::{CareForm, Scenario, Sources};
use crate::text::Text;

/// One row of the sources table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    /// The care form, budget line, municipality or lever.
    pub item: String,
    pub field: Text,
    pub value: String,
    pub source: String,
    /// Differs from the scenario as it was opened (or is new since).
    pub changed: bool,
}

const NO_SOURCE: &str = "geen bron opgegeven";
const SET_BY_USER: &str = "ingesteld door gebruiker";

fn money(v: Decimal) -> String {
    format!("€ {}", format_number(v, 2))
}

fn source_of(sources: &Sources, key: &str) -> String {
    sources
        .get(key)
        .cloned()
        .unwrap_or_else(|| NO_SOURCE.into())
}

fn form_rows(form: &CareForm, origin: Option<&CareForm>, rows: &mut Vec<SourceRow>) {
    type Get = fn(&CareForm) -> Option<Decimal>;
    type Show = fn(Decimal) -> String;
    let fields: [(&str, Text, Get, Show); 7] = [
        (
            "clients_start",
            Text::new("Cliënten op 1 januari", "Clients on 1 January"),
            |f| Some(f.clients_start),
            |v| format_number(v, 1),
        ),
        (
            "inflow_per_year",
            Text::new("Instroom per jaar", "Inflow per year"),
            |f| f.inflow_per_year,
            |v| format_number(v, 1),
        ),
        (
            "duration_months",
            Text::new("Gemiddelde duur (maanden)", "Average duration (months)"),
            |f| Some(f.duration_months),
            |v| format_number(v, 1),
        ),
        (
            "tariff_per_month",
            Text::new("Tarief per maand", "Tariff per month"),
            |f| f.tariff_per_month,
            money,
        ),
        (
            "price_per_trajectory",
            Text::new("Prijs per traject", "Price per trajectory"),
            |f| f.price_per_trajectory,
            money,
        ),
        (
            "inflow_growth",
            Text::new("Autonome groei instroom", "Autonomous inflow growth"),
            |f| Some(f.inflow_growth),
            |v| format_percent(v, 2),
        ),
        (
            "price_index",
            Text::new("Prijsindex", "Price index"),
            |f| Some(f.price_index),
            |v| format_percent(v, 2),
        ),
    ];
    for (key, field, get, show) in fields {
        if let Some(value) = get(form) {
            rows.push(SourceRow {
                item: form.label.clone(),
                field,
                value: show(value),
                source: source_of(&form.sources, key),
                changed: origin.and_then(get) != Some(value),
            });
        }
    }
}

/// Every figure of `s`, marked where it differs from `origin`.
pub fn source_rows(s: &Scenario, origin: &Scenario) -> Vec<SourceRow> {
    let mut rows = Vec::new();
    for form in &s.care_forms {
        form_rows(form, origin.care_form(&form.id), &mut rows);
    }
    for line in &s.budget_lines {
        let before = origin.budget_line(&line.id);
        rows.push(SourceRow {
            item: line.label.clone(),
            field: Text::new("Bedrag in het basisjaar", "Amount in the base year"),
            value: money(line.base_amount),
            source: source_of(&line.sources, "base_amount"),
            changed: before.is_none_or(|b| b.base_amount != line.base_amount),
        });
        rows.push(SourceRow {
            item: line.label.clone(),
            field: Text::new("Indexering per jaar", "Indexation per year"),
            value: format_percent(line.index, 2),
            source: source_of(&line.sources, "index"),
            changed: before.is_none_or(|b| b.index != line.index),
        });
        for (year, amount) in &line.amounts {
            rows.push(SourceRow {
                item: line.label.clone(),
                field: Text::new("Bedrag per jaar", "Amount per year"),
                value: format!("{year}: {}", money(*amount)),
                source: line
                    .sources
                    .get(&format!("amounts.{year}"))
                    .cloned()
                    .unwrap_or_else(|| source_of(&line.sources, "amounts")),
                changed: before.is_none_or(|b| b.amounts.get(year) != Some(amount)),
            });
        }
    }
    for m in &s.municipalities {
        rows.push(SourceRow {
            item: m.name.clone(),
            field: Text::new("Aandeel verdeelsleutel", "Key share"),
            value: format_percent(m.share, 2),
            source: source_of(&m.sources, "share"),
            changed: origin
                .municipality(&m.id)
                .is_none_or(|b| b.share != m.share),
        });
    }
    let target = || Text::new("Knop (doel)", "Lever (target)");
    let lever_source =
        |source: &Option<String>| source.clone().unwrap_or_else(|| SET_BY_USER.into());
    for r in &s.levers.substitutions {
        rows.push(SourceRow {
            item: format!("Substitutie {} → {}", r.from, r.to),
            field: target(),
            value: format_percent(r.share, 1),
            source: lever_source(&r.source),
            changed: origin.substitution(&r.id).map(|o| o.share) != Some(r.share),
        });
    }
    for r in &s.levers.residential_shifts {
        rows.push(SourceRow {
            item: "Afschalen verblijf".into(),
            field: target(),
            value: format_percent(r.share, 1),
            source: lever_source(&r.source),
            changed: origin.residential_shift(&r.id).map(|o| o.share) != Some(r.share),
        });
    }
    for c in &s.levers.form_changes {
        rows.push(SourceRow {
            item: format!("{} {}", c.kind.label_nl(), c.form),
            field: target(),
            value: format_percent(c.change, 1),
            source: lever_source(&c.source),
            changed: origin.form_change(&c.id).map(|o| o.change) != Some(c.change),
        });
    }
    for b in &s.levers.front_budgets {
        rows.push(SourceRow {
            item: format!("Budget naar de voorkant {}", b.to),
            field: target(),
            value: format!(
                "{} (plafond {})",
                format_percent(b.share, 1),
                format_percent(b.ceiling, 1)
            ),
            source: lever_source(&b.source),
            changed: origin.front_budget(&b.id).map(|o| o.share) != Some(b.share),
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use rust_decimal_macros::dec;

    #[test]
    fn nothing_is_changed_in_the_scenario_as_opened() {
        let s = voorbeeldregio();
        let rows = source_rows(&s, &s);
        assert!(rows.iter().all(|r| !r.changed));
        assert!(rows.iter().all(|r| !r.source.is_empty()));
        let pleegzorg: Vec<&str> = rows
            .iter()
            .filter(|r| r.item == "Pleegzorg")
            .map(|r| r.field.nl.as_str())
            .collect();
        assert_eq!(
            pleegzorg,
            [
                "Cliënten op 1 januari",
                "Instroom per jaar",
                "Gemiddelde duur (maanden)",
                "Tarief per maand",
                "Autonome groei instroom",
                "Prijsindex"
            ]
        );
    }

    #[test]
    fn an_edited_figure_and_an_edited_lever_are_marked() {
        let origin = voorbeeldregio();
        let mut s = origin.clone();
        s.care_forms[0].tariff_per_month = Some(dec!(451));
        s.levers.substitutions[0].share = dec!(0.2);
        let changed: Vec<(String, String)> = source_rows(&s, &origin)
            .into_iter()
            .filter(|r| r.changed)
            .map(|r| (r.item, r.field.nl))
            .collect();
        assert_eq!(changed.len(), 2, "{changed:?}");
        assert_eq!(changed[0].1, "Tarief per maand");
        assert_eq!(changed[1].1, "Knop (doel)");
    }

    #[test]
    fn a_change_below_the_shown_precision_is_still_marked() {
        // 15,0% shown either way, but the value differs: compared as values.
        let origin = voorbeeldregio();
        let mut s = origin.clone();
        s.levers.substitutions[0].share = dec!(0.15001);
        assert!(source_rows(&s, &origin).iter().any(|r| r.changed));
    }
}

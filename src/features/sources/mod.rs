//! Bronnen: every figure of the current scenario with where it comes from;
//! figures that differ from the scenario as it was opened are marked.

use jeugdscenario_engine::nl::{format_number, format_percent};
use jeugdscenario_engine::scenario::{CareForm, Scenario};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::i18n::use_i18n;
use crate::state::use_state;

/// One row of the sources table.
#[derive(Clone, PartialEq)]
struct SourceRow {
    item: String,
    field: &'static str,
    value: String,
    source: String,
    changed: bool,
}

fn money(v: Decimal) -> String {
    format!("€ {}", format_number(v, 2))
}

fn form_rows(form: &CareForm, origin: Option<&CareForm>) -> Vec<SourceRow> {
    let mut rows = Vec::new();
    let mut push = |key: &str,
                    field: &'static str,
                    value: Option<Decimal>,
                    show: fn(Decimal) -> String,
                    before: Option<Option<Decimal>>| {
        if let Some(v) = value {
            rows.push(SourceRow {
                item: form.label.clone(),
                field,
                value: show(v),
                source: form
                    .sources
                    .get(key)
                    .cloned()
                    .unwrap_or_else(|| "geen bron opgegeven".into()),
                changed: before.is_none_or(|b| b != Some(v)),
            });
        }
    };
    let o = |f: fn(&CareForm) -> Option<Decimal>| origin.map(f);
    push(
        "clients_start",
        "Cliënten op 1 januari",
        Some(form.clients_start),
        |v| format_number(v, 1),
        o(|f| Some(f.clients_start)),
    );
    push(
        "inflow_per_year",
        "Instroom per jaar",
        form.inflow_per_year,
        |v| format_number(v, 1),
        o(|f| f.inflow_per_year),
    );
    push(
        "duration_months",
        "Gemiddelde duur (maanden)",
        Some(form.duration_months),
        |v| format_number(v, 1),
        o(|f| Some(f.duration_months)),
    );
    push(
        "tariff_per_month",
        "Tarief per maand",
        form.tariff_per_month,
        money,
        o(|f| f.tariff_per_month),
    );
    push(
        "price_per_trajectory",
        "Prijs per traject",
        form.price_per_trajectory,
        money,
        o(|f| f.price_per_trajectory),
    );
    push(
        "inflow_growth",
        "Autonome groei instroom",
        Some(form.inflow_growth),
        |v| format_percent(v, 2),
        o(|f| Some(f.inflow_growth)),
    );
    push(
        "price_index",
        "Prijsindex",
        Some(form.price_index),
        |v| format_percent(v, 2),
        o(|f| Some(f.price_index)),
    );
    rows
}

fn all_rows(s: &Scenario, origin: &Scenario) -> Vec<SourceRow> {
    let mut rows = Vec::new();
    for form in &s.care_forms {
        rows.extend(form_rows(form, origin.care_form(&form.id)));
    }
    for line in &s.budget_lines {
        let before = origin.budget_lines.iter().find(|l| l.id == line.id);
        let source = |key: &str| {
            line.sources
                .get(key)
                .cloned()
                .unwrap_or_else(|| "geen bron opgegeven".into())
        };
        rows.push(SourceRow {
            item: line.label.clone(),
            field: "Bedrag in het basisjaar",
            value: money(line.base_amount),
            source: source("base_amount"),
            changed: before.is_none_or(|b| b.base_amount != line.base_amount),
        });
        rows.push(SourceRow {
            item: line.label.clone(),
            field: "Indexering per jaar",
            value: format_percent(line.index, 2),
            source: source("index"),
            changed: before.is_none_or(|b| b.index != line.index),
        });
        for (year, amount) in &line.amounts {
            rows.push(SourceRow {
                item: line.label.clone(),
                field: "Bedrag per jaar",
                value: format!("{year}: {}", money(*amount)),
                source: line
                    .sources
                    .get(&format!("amounts.{year}"))
                    .cloned()
                    .unwrap_or_else(|| source("amounts")),
                changed: before.is_none_or(|b| b.amounts.get(year) != Some(amount)),
            });
        }
    }
    for m in &s.municipalities {
        let before = origin.municipalities.iter().find(|o| o.id == m.id);
        rows.push(SourceRow {
            item: m.name.clone(),
            field: "Aandeel verdeelsleutel",
            value: format_percent(m.share, 2),
            source: m
                .sources
                .get("share")
                .cloned()
                .unwrap_or_else(|| "geen bron opgegeven".into()),
            changed: before.is_none_or(|b| b.share != m.share),
        });
    }
    let lever_rows = [
        s.levers
            .substitutions
            .iter()
            .map(|r| {
                (
                    r.id.clone(),
                    format!("Substitutie {} → {}", r.from, r.to),
                    format_percent(r.share, 1),
                    r.source.clone(),
                )
            })
            .collect::<Vec<_>>(),
        s.levers
            .residential_shifts
            .iter()
            .map(|r| {
                (
                    r.id.clone(),
                    "Afschalen verblijf".to_string(),
                    format_percent(r.share, 1),
                    r.source.clone(),
                )
            })
            .collect(),
        s.levers
            .form_changes
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    format!("{} {}", c.kind.label_nl(), c.form),
                    format_percent(c.change, 1),
                    c.source.clone(),
                )
            })
            .collect(),
    ];
    let origin_json = |id: &str| {
        let l = &origin.levers;
        l.substitutions
            .iter()
            .find(|r| r.id == id)
            .map(|r| format_percent(r.share, 1))
            .or_else(|| {
                l.residential_shifts
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| format_percent(r.share, 1))
            })
            .or_else(|| {
                l.form_changes
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| format_percent(c.change, 1))
            })
    };
    for (id, item, value, source) in lever_rows.into_iter().flatten() {
        rows.push(SourceRow {
            changed: origin_json(&id).as_deref() != Some(value.as_str()),
            item,
            field: "Knop (doel)",
            value,
            source: source.unwrap_or_else(|| "ingesteld door gebruiker".into()),
        });
    }
    rows
}

#[component]
pub fn SourcesView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let only_changed = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        state
            .scenario
            .with(|s| state.origin.with(|o| all_rows(s, o)))
    });
    let changed_count = move || rows.with(|r| r.iter().filter(|r| r.changed).count());
    view! {
        <section class="panel view" aria-labelledby="bronnen-titel">
            <h2 id="bronnen-titel">{move || i18n.t("Bronnen", "Sources")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Elk cijfer van dit scenario met zijn bron. 'aanname' betekent: geen bron, een aanname. Gewijzigd: anders dan toen het scenario werd geopend.",
                    "Every figure of this scenario with its source. 'aanname' means an assumption. Changed: different from when the scenario was opened.",
                )}
            </p>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || only_changed.get() on:change=move |ev| only_changed.set(event_target_checked(&ev)) />
                {move || format!("{} ({})", i18n.t("Alleen gewijzigde cijfers", "Only changed figures"), changed_count())}
            </label>
            <div class="table-wrap" tabindex="0">
                <table class="data-table sources-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t("Onderdeel", "Item")}</th>
                            <th scope="col">{move || i18n.t("Gegeven", "Figure")}</th>
                            <th scope="col">{move || i18n.t("Waarde", "Value")}</th>
                            <th scope="col">{move || i18n.t("Bron", "Source")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().filter(|r| !only_changed.get() || r.changed).map(|r| view! {
                            <tr class:sources-table__changed=r.changed>
                                <th scope="row">{r.item}</th>
                                <td class="sources-table__field">{r.field}</td>
                                <td>{r.value}{r.changed.then(|| view! { <span class="badge badge--changed">{i18n.t("gewijzigd", "changed")}</span> })}</td>
                                <td class="sources-table__source">{r.source}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

//! Per care form, folded: instroom, verblijfsduur, tarief and intensiteit
//! changes (levers, with start year and ramp), and the autonomous trends
//! (autonome groei, prijsindex), which are data and so move the baseline too.

use jeugdscenario_engine::scenario::{CareForm, ChangeKind, FormChange, Scenario};
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bind::{bound_lever, timing_levers, Range, Scale};
use crate::i18n::use_i18n;
use crate::state::use_state;

fn change<'a>(s: &'a Scenario, form: &str, kind: ChangeKind) -> Option<&'a FormChange> {
    s.levers
        .form_changes
        .iter()
        .find(|c| c.form == form && c.kind == kind)
}

/// The first change of this kind on this form, created (at 0%, from next
/// year) when there is none yet.
fn change_mut<'a>(s: &'a mut Scenario, form: &str, kind: ChangeKind) -> &'a mut FormChange {
    let position = s
        .levers
        .form_changes
        .iter()
        .position(|c| c.form == form && c.kind == kind);
    let index = match position {
        Some(i) => i,
        None => {
            let id = Scenario::fresh_id(
                &format!("{form}-{}", kind.id()),
                s.levers.form_changes.iter().map(|c| c.id.as_str()),
            );
            let start_year = (s.base_year + 1).min(s.last_year());
            s.levers.form_changes.push(FormChange {
                id,
                label: String::new(),
                form: form.to_string(),
                kind,
                change: Decimal::ZERO,
                start_year,
                ramp_years: 0,
                source: None,
            });
            s.levers.form_changes.len() - 1
        }
    };
    &mut s.levers.form_changes[index]
}

fn kind_range(kind: ChangeKind) -> Range {
    match kind {
        ChangeKind::Inflow => Range::percent(-100, 100),
        ChangeKind::Duration => Range::percent(-90, 100),
        ChangeKind::Tariff | ChangeKind::Intensity => Range::percent(-50, 50),
    }
}

fn kind_label(kind: ChangeKind, en: bool) -> &'static str {
    match (kind, en) {
        (ChangeKind::Inflow, false) => "Instroom (verandering)",
        (ChangeKind::Duration, false) => "Verblijfsduur (verandering)",
        (ChangeKind::Tariff, false) => "Tarief (verandering)",
        (ChangeKind::Intensity, false) => "Intensiteit (verandering)",
        (ChangeKind::Inflow, true) => "Inflow (change)",
        (ChangeKind::Duration, true) => "Duration (change)",
        (ChangeKind::Tariff, true) => "Tariff (change)",
        (ChangeKind::Intensity, true) => "Intensity (change)",
    }
}

#[component]
pub fn FormChangesPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let forms = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.care_forms
                .iter()
                .map(|f| f.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="panel" aria-labelledby="panel-zorgvormen">
            <h2 id="panel-zorgvormen">{move || i18n.t("Per zorgvorm", "Per care form")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Minder instroom (preventie, minder verwijzingen), kortere verblijfsduur, lager tarief of minder intensieve hulp; en de autonome trends.",
                    "Less inflow (prevention, fewer referrals), shorter duration, lower tariff or less intensive care; and the autonomous trends.",
                )}
            </p>
            <For each=move || forms.get() key=|id| id.clone() let:id>
                <FormLevers form=id />
            </For>
        </section>
    }
}

#[component]
fn FormLevers(form: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(form);
    let title = move || {
        state.scenario.with(|s| {
            key.with_value(|k| s.care_form(k).map(|f| f.label.clone()).unwrap_or_default())
        })
    };
    let active = move || {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.levers
                    .form_changes
                    .iter()
                    .filter(|c| &c.form == k && !c.change.is_zero())
                    .count()
            })
        })
    };
    let kinds = ChangeKind::ALL
        .into_iter()
        .map(|kind| {
            let value = bound_lever(
                Signal::derive(move || {
                    kind_label(kind, i18n.get() == crate::i18n::Lang::En).to_string()
                }),
                "%",
                Scale::Percent,
                kind_range(kind),
                true,
                move |s| {
                    Some(key.with_value(|k| change(s, k, kind).map_or(Decimal::ZERO, |c| c.change)))
                },
                move |s, v| key.with_value(|k| change_mut(s, k, kind).change = v),
            );
            let timing = timing_levers(
                move |s| {
                    key.with_value(|k| {
                        Some(change(s, k, kind).map_or(s.base_year + 1, |c| c.start_year))
                    })
                },
                move |s, v| key.with_value(|k| change_mut(s, k, kind).start_year = v),
                move |s| key.with_value(|k| Some(change(s, k, kind).map_or(0, |c| c.ramp_years))),
                move |s, v| key.with_value(|k| change_mut(s, k, kind).ramp_years = v),
            );
            view! { <div class="lever-kind">{value}{timing}</div> }
        })
        .collect_view();
    let form_index = move |s: &Scenario| key.with_value(|k| s.care_form_index(k));
    let number = move |nl: &'static str,
                       en: &'static str,
                       unit: &'static str,
                       range: Range,
                       get: fn(&CareForm) -> Option<Decimal>,
                       set: fn(&mut CareForm, Decimal)| {
        bound_lever(
            Signal::derive(move || i18n.t(nl, en).to_string()),
            unit,
            Scale::Plain,
            range,
            false,
            move |s| form_index(s).and_then(|i| get(&s.care_forms[i])),
            move |s, v| {
                if let Some(i) = form_index(s) {
                    set(&mut s.care_forms[i], v);
                }
            },
        )
    };
    // A memo, so the tariff control is rebuilt only when the cost basis
    // changes, not on every lever move.
    let trajectory = Memo::new(move |_| {
        state
            .scenario
            .with(|s| form_index(s).is_some_and(|i| s.care_forms[i].price_per_trajectory.is_some()))
    });
    let data = view! {
        <h4 class="fold__subtitle">{move || i18n.t("Gegevens (ook in de basislijn)", "Data (baseline too)")}</h4>
        {number("Cliënten op 1 januari", "Clients on 1 January", "", Range { min: Decimal::ZERO, max: Decimal::from(10_000_000), step: Decimal::ONE, decimals: 1 },
            |f| Some(f.clients_start), |f, v| f.clients_start = v)}
        {number("Gemiddelde duur (maanden)", "Average duration (months)", "mnd", Range { min: Decimal::ONE, max: Decimal::from(600), step: Decimal::ONE, decimals: 1 },
            |f| Some(f.duration_months), |f, v| f.duration_months = v)}
        {move || {
            let trajectory = trajectory.get();
            let money = Range { min: Decimal::ZERO, max: Decimal::from(10_000_000), step: Decimal::ONE, decimals: 2 };
            if trajectory {
                number("Prijs per traject", "Price per trajectory", "€", money, |f| f.price_per_trajectory, |f, v| f.price_per_trajectory = Some(v)).into_any()
            } else {
                number("Tarief per maand", "Tariff per month", "€", money, |f| f.tariff_per_month, |f, v| f.tariff_per_month = Some(v)).into_any()
            }
        }}
    };
    let growth = bound_lever(
        Signal::derive(move || {
            i18n.t(
                "Autonome groei instroom per jaar",
                "Autonomous inflow growth per year",
            )
            .to_string()
        }),
        "%",
        Scale::Percent,
        Range::percent(-10, 20),
        true,
        move |s| form_index(s).map(|i| s.care_forms[i].inflow_growth),
        move |s, v| {
            if let Some(i) = form_index(s) {
                s.care_forms[i].inflow_growth = v;
            }
        },
    );
    let index = bound_lever(
        Signal::derive(move || {
            i18n.t("Prijsindex per jaar", "Price index per year")
                .to_string()
        }),
        "%",
        Scale::Percent,
        Range::percent(-5, 10),
        true,
        move |s| form_index(s).map(|i| s.care_forms[i].price_index),
        move |s, v| {
            if let Some(i) = form_index(s) {
                s.care_forms[i].price_index = v;
            }
        },
    );
    view! {
        <details class="fold">
            <summary class="fold__summary">
                <span>{title}</span>
                <Show when=move || { active() > 0 }>
                    <span class="badge">{move || format!("{} {}", active(), i18n.t("actief", "active"))}</span>
                </Show>
            </summary>
            <div class="fold__body">
                {kinds}
                {data}
                <h4 class="fold__subtitle">{move || i18n.t("Trends (ook in de basislijn)", "Trends (baseline too)")}</h4>
                {growth}
                {index}
            </div>
        </details>
    }
}

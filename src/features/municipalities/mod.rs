//! Per gemeente: each municipality's share of cost, income and balance per
//! year under the verdeelsleutel (solidarity, seed 003's joint budget model)
//! or the verzekeringsmodel (insured part by key, the rest by own use).

use jeugdscenario_engine::nl::{format_euro, format_percent};
use jeugdscenario_engine::scenario::Scenario;
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::features::levers::{bound_lever, Range, Scale};
use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn MunicipalitiesView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let insurance = move || {
        state
            .scenario
            .with(|s| s.insured_share.is_some_and(|p| p < Decimal::ONE))
    };
    let names = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.municipalities
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let set_model = move |insured: bool| {
        state.scenario.update(|s| {
            if insured {
                // Until the user enters own use, it equals the key share.
                for m in &mut s.municipalities {
                    if m.own_use.is_none() {
                        m.own_use = Some(m.share.max(Decimal::ZERO));
                    }
                }
                s.insured_share = Some(Decimal::new(5, 1));
            } else {
                s.insured_share = None;
            }
        });
    };
    let insured_lever = move || {
        insurance().then(|| {
            bound_lever(
                Signal::derive(move || {
                    i18n.t(
                        "Verzekerd deel (verdeeld naar sleutel)",
                        "Insured part (split by key)",
                    )
                    .to_string()
                }),
                "%",
                Scale::Percent,
                Range::percent(0, 99),
                true,
                |s: &Scenario| s.insured_share,
                |s: &mut Scenario, v| s.insured_share = Some(v),
            )
        })
    };
    let rows = move || {
        names
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, _)| {
                let name = move || {
                    state
                        .scenario
                        .with(|s| s.municipalities.get(i).map(|m| m.name.clone()))
                };
                let key = bound_lever(
                    Signal::derive(move || {
                        format!(
                            "{} {}",
                            i18n.t("Aandeel verdeelsleutel", "Key share"),
                            name().unwrap_or_default()
                        )
                    }),
                    "%",
                    Scale::Percent,
                    Range::percent(0, 100),
                    false,
                    move |s: &Scenario| s.municipalities.get(i).map(|m| m.share),
                    move |s: &mut Scenario, v| {
                        if let Some(m) = s.municipalities.get_mut(i) {
                            m.share = v;
                        }
                    },
                );
                let own = move || {
                    insurance().then(|| {
                        bound_lever(
                            Signal::derive(move || {
                                format!(
                                    "{} {}",
                                    i18n.t("Eigen gebruik", "Own use"),
                                    name().unwrap_or_default()
                                )
                            }),
                            "%",
                            Scale::Percent,
                            Range::percent(0, 100),
                            false,
                            move |s: &Scenario| s.municipalities.get(i).and_then(|m| m.own_use),
                            move |s: &mut Scenario, v| {
                                if let Some(m) = s.municipalities.get_mut(i) {
                                    m.own_use = Some(v);
                                }
                            },
                        )
                    })
                };
                view! { <div class="municipality-row">{key}{own}</div> }
            })
            .collect_view()
    };
    let table = move |measure: fn(
        &jeugdscenario_engine::projection::MunicipalityYear,
    ) -> Decimal,
                      caption: (&'static str, &'static str)| {
        move || {
            state.scenario.with(|s| {
                state.projection.with(|p| {
                    let years: Vec<i32> = p.years.iter().map(|y| y.year).collect();
                    view! {
                        <div class="table-wrap" tabindex="0">
                            <table class="data-table">
                                <caption>{i18n.t(caption.0, caption.1)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.t("Gemeente", "Municipality")}</th>
                                        {years.iter().map(|y| view! { <th scope="col">{*y}</th> }).collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {s.municipalities.iter().enumerate().map(|(i, m)| view! {
                                        <tr>
                                            <th scope="row">{m.name.clone()}</th>
                                            {p.years.iter().map(|y| view! { <td>{y.municipalities.get(i).map(|v| format_euro(measure(v)))}</td> }).collect_view()}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })
            })
        }
    };
    let key_summary = move || {
        state.scenario.with(|s| {
            let total: Decimal = s.municipalities.iter().map(|m| m.share).sum();
            format!(
                "{}: {}",
                i18n.t("Som van de verdeelsleutel", "Sum of the key"),
                format_percent(total, 2)
            )
        })
    };
    view! {
        <section class="panel view" aria-labelledby="gemeenten-titel">
            <h2 id="gemeenten-titel">{move || i18n.t("Per gemeente", "Per municipality")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Elke gemeente draagt kosten naar de verdeelsleutel (solidariteit). In het verzekeringsmodel betaalt een gemeente haar eigen gebruik, behalve het verzekerde deel: dat wordt naar de sleutel verdeeld. Inkomsten volgen altijd de sleutel. Bedragen tellen op tot op de cent.",
                    "Each municipality bears cost by the key (solidarity). In the insurance model a municipality pays its own use except the insured part, which is split by the key. Income always follows the key. Amounts add up to the cent.",
                )}
            </p>
            <fieldset class="model-choice">
                <legend>{move || i18n.t("Verdeelmodel", "Cost-sharing model")}</legend>
                <label><input type="radio" name="verdeelmodel" prop:checked=move || !insurance() on:change=move |_| set_model(false) />
                    {move || i18n.t("Solidariteit: alles naar de verdeelsleutel", "Solidarity: all by the key")}</label>
                <label><input type="radio" name="verdeelmodel" prop:checked=insurance on:change=move |_| set_model(true) />
                    {move || i18n.t("Verzekeringsmodel: eigen gebruik min verzekerd deel", "Insurance model: own use minus insured part")}</label>
            </fieldset>
            {insured_lever}
            <p class="panel__hint">{key_summary}</p>
            <div class="municipality-grid">{rows}</div>
            {table(|m| m.cost, ("Aandeel in de kosten per jaar (€)", "Share of cost per year (EUR)"))}
            {table(|m| m.income, ("Aandeel in de inkomsten per jaar (€)", "Share of income per year (EUR)"))}
            {table(|m| m.balance, ("Saldo per gemeente per jaar (€)", "Balance per municipality per year (EUR)"))}
        </section>
    }
}

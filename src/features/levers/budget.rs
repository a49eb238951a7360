//! Begroting: budget lines (income such as the rijksbijdrage, expenses not
//! tied to clients) and investments, edited in place; add and remove.

use std::collections::BTreeMap;

use jeugdscenario_engine::nl::{format_number, parse_number};
use jeugdscenario_engine::scenario::{BudgetKind, BudgetLine, Investment, Scenario};
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bind::{bound_lever, Range, Scale};
use super::control::{first_message, unique_id};
use crate::i18n::{use_i18n, Message};
use crate::state::use_state;

/// Which list of yearly amounts a table edits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AmountsOf {
    Line,
    Investment,
}

fn amounts_mut<'a>(
    s: &'a mut Scenario,
    of: AmountsOf,
    id: &str,
) -> Option<&'a mut BTreeMap<i32, Decimal>> {
    match of {
        AmountsOf::Line => s
            .budget_lines
            .iter_mut()
            .find(|l| l.id == id)
            .map(|l| &mut l.amounts),
        AmountsOf::Investment => s
            .levers
            .investments
            .iter_mut()
            .find(|l| l.id == id)
            .map(|l| &mut l.amounts),
    }
}

fn label_mut<'a>(s: &'a mut Scenario, of: AmountsOf, id: &str) -> Option<&'a mut String> {
    match of {
        AmountsOf::Line => s
            .budget_lines
            .iter_mut()
            .find(|l| l.id == id)
            .map(|l| &mut l.label),
        AmountsOf::Investment => s
            .levers
            .investments
            .iter_mut()
            .find(|l| l.id == id)
            .map(|l| &mut l.label),
    }
}

#[component]
pub fn BudgetPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let lines = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.budget_lines
                .iter()
                .map(|l| l.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let investments = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.levers
                .investments
                .iter()
                .map(|l| l.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add_line = move |kind: BudgetKind| {
        state.scenario.update(|s| {
            let id = Scenario::fresh_id("post", s.budget_lines.iter().map(|l| l.id.as_str()));
            let label = match kind {
                BudgetKind::Income => "Nieuwe inkomstenpost",
                BudgetKind::Expense => "Nieuwe uitgavenpost",
            };
            s.budget_lines.push(BudgetLine {
                id,
                label: label.into(),
                kind,
                base_amount: Decimal::ZERO,
                index: Decimal::ZERO,
                amounts: BTreeMap::new(),
                sources: BTreeMap::from([(
                    "base_amount".into(),
                    "ingevoerd door gebruiker".into(),
                )]),
            });
        });
    };
    let add_investment = move |_| {
        state.scenario.update(|s| {
            let id = Scenario::fresh_id(
                "investering",
                s.levers.investments.iter().map(|l| l.id.as_str()),
            );
            s.levers.investments.push(Investment {
                id,
                label: "Nieuwe investering".into(),
                amounts: BTreeMap::new(),
                source: Some("ingevoerd door gebruiker".into()),
            });
        });
    };
    view! {
        <section class="panel" aria-labelledby="panel-begroting">
            <h2 id="panel-begroting">{move || i18n.t("Begroting", "Budget")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Inkomsten (rijksbijdrage, eigen middelen; een korting als negatief bedrag) en uitgaven buiten de zorg. Een bedrag per jaar gaat voor op basisbedrag met indexering.",
                    "Income (national grant, own funds; a cut as a negative amount) and expenses outside care. An amount per year overrides base amount with indexation.",
                )}
            </p>
            <For each=move || lines.get() key=|id| id.clone() let:id>
                <BudgetLineEditor id=id />
            </For>
            <div class="add-row">
                <button type="button" class="button" on:click=move |_| add_line(BudgetKind::Income)>
                    {move || i18n.t("Inkomstenpost toevoegen", "Add income line")}
                </button>
                <button type="button" class="button" on:click=move |_| add_line(BudgetKind::Expense)>
                    {move || i18n.t("Uitgavenpost toevoegen", "Add expense line")}
                </button>
            </div>
            <h3 class="panel__subtitle">{move || i18n.t("Investeringen (alleen in het scenario)", "Investments (scenario only)")}</h3>
            <For each=move || investments.get() key=|id| id.clone() let:id>
                <InvestmentEditor id=id />
            </For>
            <div class="add-row">
                <button type="button" class="button" on:click=add_investment>
                    {move || i18n.t("Investering toevoegen", "Add investment")}
                </button>
            </div>
        </section>
    }
}

#[component]
fn BudgetLineEditor(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id);
    let line =
        move |s: &Scenario| key.with_value(|k| s.budget_lines.iter().position(|l| &l.id == k));
    let kind_text = move || {
        state
            .scenario
            .with(|s| match line(s).map(|i| s.budget_lines[i].kind) {
                Some(BudgetKind::Income) => i18n.t("inkomsten", "income"),
                _ => i18n.t("uitgaven", "expense"),
            })
    };
    let base = bound_lever(
        Signal::derive(move || {
            i18n.t("Bedrag in het basisjaar", "Amount in base year")
                .to_string()
        }),
        "€",
        Scale::Plain,
        Range {
            min: Decimal::from(-100_000_000_000i64),
            max: Decimal::from(100_000_000_000i64),
            step: Decimal::ONE,
            decimals: 0,
        },
        false,
        move |s| line(s).map(|i| s.budget_lines[i].base_amount),
        move |s, v| {
            if let Some(i) = line(s) {
                s.budget_lines[i].base_amount = v;
            }
        },
    );
    let index = bound_lever(
        Signal::derive(move || {
            i18n.t("Indexering per jaar", "Indexation per year")
                .to_string()
        }),
        "%",
        Scale::Percent,
        Range::percent(-10, 20),
        true,
        move |s| line(s).map(|i| s.budget_lines[i].index),
        move |s, v| {
            if let Some(i) = line(s) {
                s.budget_lines[i].index = v;
            }
        },
    );
    let remove = move |_| {
        state
            .scenario
            .update(|s| key.with_value(|k| s.budget_lines.retain(|l| &l.id != k)))
    };
    view! {
        <details class="fold">
            <summary class="fold__summary">
                <span>{move || state.scenario.with(|s| line(s).map(|i| s.budget_lines[i].label.clone()))}</span>
                <span class="badge">{kind_text}</span>
            </summary>
            <div class="fold__body">
                <NameField of=AmountsOf::Line id=key.get_value() />
                {base}
                {index}
                <YearAmounts of=AmountsOf::Line id=key.get_value() />
                <button type="button" class="button button--quiet" on:click=remove>
                    {move || i18n.t("Verwijder post", "Remove line")}
                </button>
            </div>
        </details>
    }
}

#[component]
fn InvestmentEditor(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id);
    let remove = move |_| {
        state
            .scenario
            .update(|s| key.with_value(|k| s.levers.investments.retain(|l| &l.id != k)))
    };
    view! {
        <details class="fold">
            <summary class="fold__summary">
                <span>
                    {move || state.scenario.with(|s| key.with_value(|k| s.levers.investments.iter().find(|l| &l.id == k).map(|l| l.label.clone())))}
                </span>
                <span class="badge">{move || i18n.t("investering", "investment")}</span>
            </summary>
            <div class="fold__body">
                <NameField of=AmountsOf::Investment id=key.get_value() />
                <YearAmounts of=AmountsOf::Investment id=key.get_value() />
                <button type="button" class="button button--quiet" on:click=remove>
                    {move || i18n.t("Verwijder investering", "Remove investment")}
                </button>
            </div>
        </details>
    }
}

/// The name of a budget line or investment: plain text, never HTML.
#[component]
fn NameField(of: AmountsOf, id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id);
    let field_id = unique_id("naam");
    let error = RwSignal::new(None::<Message>);
    let current = move || {
        state.scenario.with(|s| {
            key.with_value(|k| match of {
                AmountsOf::Line => s
                    .budget_lines
                    .iter()
                    .find(|l| &l.id == k)
                    .map(|l| l.label.clone()),
                AmountsOf::Investment => s
                    .levers
                    .investments
                    .iter()
                    .find(|l| &l.id == k)
                    .map(|l| l.label.clone()),
            })
        })
    };
    let on_change = move |text: String| {
        let result = state.try_edit(|s| {
            if let Some(label) = key.with_value(|k| label_mut(s, of, k)) {
                *label = text.trim().to_string();
            }
        });
        error.set(result.err().map(|p| first_message(&p)));
    };
    view! {
        <div class="field">
            <label for=field_id.clone()>{move || i18n.t("Naam", "Name")}</label>
            <input
                type="text"
                id=field_id
                maxlength="200"
                prop:value=move || current().unwrap_or_default()
                on:change=move |ev| on_change(event_target_value(&ev))
            />
            <p class="lever__error" role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
        </div>
    }
}

/// A small table: one amount field per year; empty means "base amount with
/// indexation" for a budget line and 0 for an investment.
#[component]
fn YearAmounts(of: AmountsOf, id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id);
    let error = RwSignal::new(None::<Message>);
    // A memo: the rows are rebuilt only when the horizon changes, not on
    // every lever move.
    let years = Memo::new(move |_| state.scenario.with(|s| s.year_range().collect::<Vec<_>>()));
    let caption_id = unique_id("bedragen");
    let cells = move || {
        years
            .get()
            .into_iter()
            .map(|year| {
                let field_id = unique_id("bedrag");
                let amount = move || {
                    state.scenario.with(|s| {
                        key.with_value(|k| match of {
                            AmountsOf::Line => s.budget_lines.iter().find(|l| &l.id == k).and_then(|l| l.amounts.get(&year).copied()),
                            AmountsOf::Investment => {
                                s.levers.investments.iter().find(|l| &l.id == k).and_then(|l| l.amounts.get(&year).copied())
                            }
                        })
                    })
                };
                let on_change = move |text: String| {
                    let parsed = if text.trim().is_empty() { Ok(None) } else { parse_number(&text).map(Some).ok_or(()) };
                    let Ok(value) = parsed else {
                        error.set(Some(Message::new(
                            format!("\"{text}\" is geen bedrag. Typ bijvoorbeeld 1.250.000."),
                            format!("\"{text}\" is not an amount."),
                        )));
                        return;
                    };
                    let result = state.try_edit(|s| {
                        if let Some(amounts) = key.with_value(|k| amounts_mut(s, of, k)) {
                            match value {
                                Some(v) => amounts.insert(year, v),
                                None => amounts.remove(&year),
                            };
                        }
                    });
                    error.set(result.err().map(|p| first_message(&p)));
                };
                view! {
                    <tr>
                        <th scope="row"><label for=field_id.clone()>{year}</label></th>
                        <td>
                            <input
                                type="text"
                                inputmode="decimal"
                                id=field_id
                                class="amount"
                                prop:value=move || amount().map(|v| format_number(v, 0)).unwrap_or_default()
                                on:change=move |ev| on_change(event_target_value(&ev))
                            />
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <details class="amounts">
            <summary id=caption_id>{move || i18n.t("Bedragen per jaar (€)", "Amounts per year (€)")}</summary>
            <table class="amounts__table">
                <tbody>{cells}</tbody>
            </table>
            <p class="lever__error" role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
        </details>
    }
}

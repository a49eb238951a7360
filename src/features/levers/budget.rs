//! Begroting: budget lines (income such as the rijksbijdrage, expenses not
//! tied to clients) and investments, edited in place; add and remove.

use jeugdscenario_engine::knobs::BudgetField;
use jeugdscenario_engine::knobs::{Bounds, Field, Unit};
use jeugdscenario_engine::nl::format_number;
use jeugdscenario_engine::scenario::{BudgetKind, Scenario};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::control::KnobControl;
use super::panel::{ids_of, RemoveButton};
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, track_open, unique_id, ErrorMessage, Section, StartParts};

/// Whose name and yearly amounts an editor changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AmountsOf {
    Line,
    Investment,
}

impl AmountsOf {
    fn label(self, s: &Scenario, id: &str) -> Option<String> {
        match self {
            AmountsOf::Line => s.budget_line(id).map(|l| l.label.clone()),
            AmountsOf::Investment => s.investment(id).map(|l| l.label.clone()),
        }
    }

    fn amount(self, s: &Scenario, id: &str, year: i32) -> Option<Decimal> {
        let amounts = match self {
            AmountsOf::Line => &s.budget_line(id)?.amounts,
            AmountsOf::Investment => &s.investment(id)?.amounts,
        };
        amounts.get(&year).copied()
    }

    /// A year's amount as typed: euros within the line's or investment's bounds.
    fn field(self, s: &Scenario, id: &str) -> Field {
        let bounds = match self {
            AmountsOf::Line => s
                .budget_line(id)
                .map_or_else(Bounds::investment_amount, |l| Bounds::budget_amount(l.kind)),
            AmountsOf::Investment => Bounds::investment_amount(),
        };
        Field::new(Unit::Euro, bounds, 0)
    }

    fn rename(self, id: String, label: String) -> Edit {
        match self {
            AmountsOf::Line => Edit::RenameBudgetLine { id, label },
            AmountsOf::Investment => Edit::RenameInvestment { id, label },
        }
    }

    fn set_amount(self, id: String, year: i32, amount: Option<Decimal>) -> Edit {
        match self {
            AmountsOf::Line => Edit::SetBudgetAmount { id, year, amount },
            AmountsOf::Investment => Edit::SetInvestmentAmount { id, year, amount },
        }
    }
}

#[component]
pub fn BudgetPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let lines = ids_of(StartParts::LEVER_LISTS, |s| {
        s.budget_lines.iter().map(|l| l.id.clone()).collect()
    });
    let investments = ids_of(StartParts::LEVER_LISTS, |s| {
        s.levers.investments.iter().map(|l| l.id.clone()).collect()
    });
    let line_error = RwSignal::new(None::<Text>);
    let investment_error = RwSignal::new(None::<Text>);
    let add_line =
        move |kind: BudgetKind| show_refusal(line_error, state.apply(Edit::AddBudgetLine { kind }));
    let add_investment = move |_| show_refusal(investment_error, state.apply(Edit::AddInvestment));
    view! {
        <Section class="panel"
            id="panel-begroting"
            title=("Begroting", "Budget")
            hint=(
                "Inkomsten (rijksbijdrage, eigen middelen; een korting als negatief bedrag) en uitgaven buiten de zorg. Een bedrag per jaar gaat voor op basisbedrag met indexering.",
                "Income (national grant, own funds; a cut as a negative amount) and expenses outside care. An amount per year overrides base amount with indexation.",
            )
        >
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
                <ErrorMessage error=line_error />
            </div>
            <h3 class="panel__subtitle">{move || i18n.t("Investeringen (alleen in het scenario)", "Investments (scenario only)")}</h3>
            <For each=move || investments.get() key=|id| id.clone() let:id>
                <InvestmentEditor id=id />
            </For>
            <div class="add-row">
                <button type="button" class="button" on:click=add_investment>
                    {move || i18n.t("Investering toevoegen", "Add investment")}
                </button>
                <ErrorMessage error=investment_error />
            </div>
        </Section>
    }
}

#[component]
fn BudgetLineEditor(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id.clone());
    let kind_text = move || {
        state.scenario.with(
            |s| match key.with_value(|k| s.budget_line(k).map(|l| l.kind)) {
                Some(BudgetKind::Income) => i18n.t("inkomsten", "income"),
                _ => i18n.t("uitgaven", "expense"),
            },
        )
    };
    let open = RwSignal::new(false);
    view! {
        <details class="fold" on:toggle=track_open(open)>
            <summary class="fold__summary">
                <span>{move || state.scenario.with(|s| key.with_value(|k| AmountsOf::Line.label(s, k)))}</span>
                <span class="badge">{kind_text}</span>
            </summary>
            <Show when=move || open.get()>
                <div class="fold__body">
                    <NameField of=AmountsOf::Line id=key.get_value() />
                    <KnobControl address=Address::budget_line(&key.get_value(), BudgetField::BaseAmount) />
                    <KnobControl address=Address::budget_line(&key.get_value(), BudgetField::Index) />
                    <YearAmounts of=AmountsOf::Line id=key.get_value() />
                    <RemoveButton remove=Edit::RemoveBudgetLine { id: key.get_value() } label=("Verwijder post", "Remove line") />
                </div>
            </Show>
        </details>
    }
}

#[component]
fn InvestmentEditor(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id.clone());
    let open = RwSignal::new(false);
    view! {
        <details class="fold" on:toggle=track_open(open)>
            <summary class="fold__summary">
                <span>{move || state.scenario.with(|s| key.with_value(|k| AmountsOf::Investment.label(s, k)))}</span>
                <span class="badge">{move || i18n.t("investering", "investment")}</span>
            </summary>
            <Show when=move || open.get()>
                <div class="fold__body">
                    <NameField of=AmountsOf::Investment id=key.get_value() />
                    <YearAmounts of=AmountsOf::Investment id=key.get_value() />
                    <RemoveButton remove=Edit::RemoveInvestment { id: key.get_value() } label=("Verwijder investering", "Remove investment") />
                </div>
            </Show>
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
    let error = RwSignal::new(None::<Text>);
    let current = move || state.scenario.with(|s| key.with_value(|k| of.label(s, k)));
    let on_change = move |text: String| {
        show_refusal(error, state.apply(of.rename(key.get_value(), text)));
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
            <ErrorMessage error=error />
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
    let error = RwSignal::new(None::<Text>);
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
                let amount = move || state.scenario.with(|s| key.with_value(|k| of.amount(s, k, year)));
                let on_change = move |text: String| {
                    let field = state.scenario.with_untracked(|s| key.with_value(|k| of.field(s, k)));
                    let value = if text.trim().is_empty() {
                        None
                    } else {
                        match field.parse(&text) {
                            Ok(v) => Some(v),
                            Err(problem) => return error.set(Some(problem)),
                        }
                    };
                    show_refusal(error, state.apply(of.set_amount(key.get_value(), year, value)));
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
            <ErrorMessage error=error />
        </details>
    }
}

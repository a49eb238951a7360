//! Per gemeente: each municipality's share of cost, income and balance per
//! year under the verdeelsleutel (solidarity, seed 003's joint budget model)
//! or the verzekeringsmodel (insured part by key, the rest by own use).

use jeugdscenario_engine::knobs::{Field, Unit};
use jeugdscenario_engine::nl::{format_number, format_percent};
use jeugdscenario_engine::view::tables::municipality_tables;
use leptos::prelude::*;
use rust_decimal::Decimal;

use jeugdscenario_engine::edit::CostModel;
use jeugdscenario_engine::knobs::MunicipalityField;
use jeugdscenario_engine::{Address, Edit};

use crate::features::charts::year_table;
use crate::features::levers::KnobControl;
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, unique_id, ErrorMessage, Hint, Section};

#[component]
pub fn MunicipalitiesView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // The model the user chose; an insured share moved to 100% keeps its
    // slider (it then splits everything by the key, as solidarity does).
    let insurance = move || {
        state
            .scenario
            .with(|s| s.insured_share.is_some() || !s.insured_share_from.is_empty())
    };
    let names = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.municipalities
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let insured_lever = move || {
        state
            .scenario
            .with(|s| s.insured_share.is_some())
            .then(|| view! { <KnobControl address=Address::InsuredShare /> })
    };
    let rows = move || {
        names
            .get()
            .into_iter()
            .map(|id| {
                let key = Address::municipality(&id, MunicipalityField::Share);
                let own = move || {
                    insurance().then(|| {
                        let address = Address::municipality(&id, MunicipalityField::OwnUse);
                        view! { <KnobControl address=address /> }
                    })
                };
                view! { <div class="municipality-row"><KnobControl address=key />{own}</div> }
            })
            .collect_view()
    };
    let tables = move || {
        state.scenario.with(|s| {
            state
                .projection
                .with(|p| municipality_tables(s, p).map(year_table).collect_view())
        })
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
        <Section id="gemeenten-titel" class="panel view" title=("Per gemeente", "Per municipality")
            hint=(
                "Elke gemeente draagt kosten naar de verdeelsleutel (solidariteit). In het verzekeringsmodel betaalt een gemeente haar eigen gebruik, behalve het verzekerde deel: dat wordt naar de sleutel verdeeld. Inkomsten volgen altijd de sleutel. Bedragen tellen op tot op de cent.",
                "Each municipality bears cost by the key (solidarity). In the insurance model a municipality pays its own use except the insured part, which is split by the key. Income always follows the key. Amounts add up to the cent.",
            )>
            <ModelChoice insurance=Signal::derive(insurance) />
            {insured_lever}
            <Show when=insurance>
                <InsuredShareByYear />
            </Show>
            <p class="panel__hint">{key_summary}</p>
            <div class="municipality-grid">{rows}</div>
            {tables}
        </Section>
    }
}

/// Solidarity or the insurance model (verzekeringsmodel).
#[component]
fn ModelChoice(insurance: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Text>);
    let set_model = move |insured: bool| {
        let model = if insured {
            CostModel::Insurance
        } else {
            CostModel::Solidarity
        };
        show_refusal(error, state.apply(Edit::SetCostModel(model)));
    };
    view! {
        <fieldset class="model-choice">
            <legend>{move || i18n.t("Verdeelmodel", "Cost-sharing model")}</legend>
            <label><input type="radio" name="verdeelmodel" prop:checked=move || !insurance.get() on:change=move |_| set_model(false) />
                {move || i18n.t("Solidariteit: alles naar de verdeelsleutel", "Solidarity: all by the key")}</label>
            <label><input type="radio" name="verdeelmodel" prop:checked=insurance on:change=move |_| set_model(true) />
                {move || i18n.t("Verzekeringsmodel: eigen gebruik min verzekerd deel", "Insurance model: own use minus insured part")}</label>
        </fieldset>
        <ErrorMessage error=error />
    }
}

/// The insured share per year: from a year on it replaces the share above,
/// so a plan that phases solidarity out says so (seed 004: 0% from 2023).
/// An empty field keeps the share of the year before.
#[component]
fn InsuredShareByYear() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Text>);
    let years = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.year_range().skip(1).collect::<Vec<_>>())
    });
    let cells = move || {
        years
            .get()
            .into_iter()
            .map(|year| {
                let field_id = unique_id("verzekerd");
                let current = move || {
                    state.scenario.with(|s| {
                        s.insured_share_from
                            .get(&year)
                            .map(|p| format_number(*p * Decimal::ONE_HUNDRED, 1))
                            .unwrap_or_default()
                    })
                };
                let on_change = move |text: String| {
                    let share = if text.trim().is_empty() {
                        None
                    } else {
                        match Field::ruled_by_engine(Unit::Percent, 1).parse(&text) {
                            Ok(share) => Some(share),
                            Err(problem) => return error.set(Some(problem)),
                        }
                    };
                    show_refusal(error, state.apply(Edit::SetInsuredShareFrom { year, share }));
                };
                view! {
                    <div class="field field--year">
                        <label for=field_id.clone()>{move || format!("{} {year} (%)", i18n.t("Vanaf", "From"))}</label>
                        <input type="text" inputmode="decimal" id=field_id class="lever__number"
                            prop:value=current on:change=move |ev| on_change(event_target_value(&ev)) />
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="model-choice insured-by-year">
            <legend>{move || i18n.t("Verzekerd deel per jaar", "Insured share per year")}</legend>
            <Hint
                nl="Vanaf een jaar een ander verzekerd deel, bijvoorbeeld 0% als de solidariteit is afgebouwd. Leeg: zoals het jaar ervoor."
                en="From a year on another insured share, for example 0% once solidarity has been phased out. Empty: as the year before."
            />
            <div class="insured-by-year__fields">{cells}</div>
            <ErrorMessage error=error />
        </fieldset>
    }
}

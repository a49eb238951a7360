//! Per care form, folded: instroom, verblijfsduur, tarief and intensiteit
//! changes (levers, each with start year and ramp; several of one kind add
//! up, as a plan's yearly steps do), the form's data, and the autonomous
//! trends (autonome groei, prijsindex), which move the baseline too.

use jeugdscenario_engine::knobs::{FormField, LeverField, LeverList};
use jeugdscenario_engine::scenario::ChangeKind;
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::control::{timing_knobs, KnobControl};
use super::panel::{ids_of, RemoveButton};
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, track_open, ErrorMessage, Section, StartParts};

#[component]
pub fn FormChangesPanel() -> impl IntoView {
    let forms = ids_of(StartParts::LEVER_LISTS, |s| {
        s.care_forms.iter().map(|f| f.id.clone()).collect()
    });
    // The form of every change that acts (not at 0), in one pass for all
    // folds: a move notifies the folds only when that list changed (on the
    // scenario at the format's limits, 100 folds each counting 490 changes
    // did it on every move). A list of ids, as `ids_of` makes: no new type
    // in the wasm.
    let active = ids_of(StartParts::LEVER_LISTS, |s| {
        let on = s.levers.form_changes.iter().filter(|c| !c.change.is_zero());
        on.map(|c| c.form.clone()).collect()
    });
    view! {
        <Section class="panel"
            id="panel-zorgvormen"
            title=("Per zorgvorm", "Per care form")
            hint=(
                "Minder instroom (preventie, minder verwijzingen), kortere verblijfsduur, lager tarief of minder intensieve hulp; en de autonome trends.",
                "Less inflow (prevention, fewer referrals), shorter duration, lower tariff or less intensive care; and the autonomous trends.",
            )
        >
            <For each=move || forms.get() key=|id| id.clone() let:id>
                <FormLevers form=id active=active />
            </For>
        </Section>
    }
}

/// The care form's name, following renames: read again only when the
/// scenario changed otherwise than by a knob's move (`AppState::reshaped`).
fn form_title(key: StoredValue<String>) -> impl Fn() -> String + Copy {
    let state = use_state();
    move || {
        state.reshaped.track();
        state.scenario.with_untracked(|s| {
            key.with_value(|k| s.care_form(k).map(|f| f.label.clone()).unwrap_or_default())
        })
    }
}

#[component]
fn FormLevers(form: String, active: Memo<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let key = StoredValue::new(form);
    let title = form_title(key);
    let active =
        move || key.with_value(|k| active.with(|all| all.iter().filter(|f| *f == k).count()));
    let open = RwSignal::new(false);
    view! {
        <details class="fold" on:toggle=track_open(open)>
            <summary class="fold__summary">
                <span>{title}</span>
                <Show when=move || { active() > 0 }>
                    <span class="badge">{move || format!("{} {}", active(), i18n.t("actief", "active"))}</span>
                </Show>
            </summary>
            <Show when=move || open.get()>
                <FormLeversBody form=key.get_value() />
            </Show>
        </details>
    }
}

/// What a care form's fold holds: its changes, the add buttons, its data and
/// trends. Built only while the fold is open.
#[component]
fn FormLeversBody(form: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(form.clone());
    let title = form_title(key);
    let changes = Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.levers
                    .form_changes
                    .iter()
                    .filter(|c| &c.form == k)
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let error = RwSignal::new(None::<Text>);
    let add_buttons = ChangeKind::ALL
        .into_iter()
        .map(|kind| {
            let add = move |_| {
                let edit = Edit::AddFormChange {
                    form: key.get_value(),
                    kind,
                    change: Decimal::ZERO,
                };
                show_refusal(error, state.apply(edit));
            };
            let (nl, en) = kind.words();
            let (nl, en) = (nl.to_lowercase(), en.to_lowercase());
            let name = Text::new(
                format!("Verandering van {nl} toevoegen bij"),
                format!("Add {en} change to"),
            );
            let short = Text::new(format!("+ {nl}"), format!("+ {en}"));
            view! {
                <button
                    type="button"
                    class="button button--quiet button--small"
                    aria-label=move || format!("{} {}", i18n.show(&name), title())
                    on:click=add
                >
                    {move || i18n.show(&short)}
                </button>
            }
        })
        .collect_view();
    // The data fields this form has (a tariff or a price per trajectory; an
    // explicit inflow or the steady state).
    let data = Memo::new(move |_| {
        state.scenario.with(|s| {
            let fields = [
                FormField::ClientsStart,
                FormField::InflowPerYear,
                FormField::DurationMonths,
                FormField::TariffPerMonth,
                FormField::PricePerTrajectory,
            ];
            key.with_value(|k| {
                fields
                    .into_iter()
                    .filter(|f| s.knob_value(&Address::care_form(k, *f)).is_some())
                    .collect::<Vec<_>>()
            })
        })
    });
    let trend = |field| Address::care_form(&form, field);
    view! {
        <div class="fold__body">
            <For each=move || changes.get() key=|id| id.clone() let:id>
                <FormChange id=id />
            </For>
            <div class="add-row" role="group" aria-label=move || i18n.t("Verandering toevoegen", "Add a change")>
                <span class="add-row__label">{move || i18n.t("Verandering toevoegen:", "Add a change:")}</span>
                {add_buttons}
            </div>
            <ErrorMessage error=error />
            <h4 class="fold__subtitle">{move || i18n.t("Gegevens (ook in de basislijn)", "Data (baseline too)")}</h4>
            <For each=move || data.get() key=|f| *f let:field>
                <KnobControl address=Address::care_form(&key.get_value(), field) />
            </For>
            <h4 class="fold__subtitle">{move || i18n.t("Trends (ook in de basislijn)", "Trends (baseline too)")}</h4>
            <KnobControl address=trend(FormField::InflowGrowth) />
            <KnobControl address=trend(FormField::PriceIndex) />
        </div>
    }
}

/// One change of this form: its size, start year and ramp, and a remove button.
#[component]
fn FormChange(id: String) -> impl IntoView {
    let state = use_state();
    let key = StoredValue::new(id.clone());
    let label = move || {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.form_change(k)
                    .map(|c| c.label.clone())
                    .filter(|l| !l.is_empty())
            })
        })
    };
    let change = Address::lever(LeverList::FormChanges, &id, LeverField::Change);
    view! {
        <div class="lever-kind">
            {move || label().map(|l| view! { <p class="lever-kind__label">{l}</p> })}
            <KnobControl address=change />
            {timing_knobs(LeverList::FormChanges, &id)}
            <RemoveButton remove=Edit::RemoveFormChange { id } label=("Verwijder verandering", "Remove change") small=true />
        </div>
    }
}

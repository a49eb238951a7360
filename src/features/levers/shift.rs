//! Afschalen verblijf: a share of the inflow of residential forms goes to a
//! target mix (pleegzorg, gezinshuis, intensive ambulant care). Moving one
//! mix share rebalances the others so the mix keeps adding up to 100%.

use jeugdscenario_engine::knobs::{LeverField, LeverList};
use jeugdscenario_engine::scenario::{CareForm, CareGroup, ResidentialShift};
use jeugdscenario_engine::{Address, Edit};
use leptos::prelude::*;

use super::control::{inflow_knobs, KnobControl};
use super::panel::ids_of;
use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, ErrorMessage, Section, SelectField, StartParts};

#[component]
pub fn ShiftPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let ids = ids_of(StartParts::SHIFTS, |s| {
        s.levers
            .residential_shifts
            .iter()
            .map(|r| r.id.clone())
            .collect()
    });
    let error = RwSignal::new(None::<Text>);
    let add = move |_| show_refusal(error, state.apply(Edit::AddResidentialShift));
    view! {
        <Section class="panel"
            id="panel-afschalen"
            title=("Afschalen residentieel verblijf", "Shift from residential care")
            hint=(
                "Een deel van de instroom in residentiële of gesloten jeugdhulp gaat naar pleegzorg, een gezinshuis of intensieve ambulante hulp. Dat verlaagt het aandeel residentiële zorg; verblijf zoals het CBS telt (met pleegzorg en gezinshuis) kan juist stijgen.",
                "A share of the inflow into residential or secure care goes to foster care, a family home or intensive ambulant care. That lowers the share in residential care; out-of-home care as CBS counts it (with foster care and family homes) may rise.",
            )
        >
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ShiftLever id=id />
            </For>
            <Show when=move || ids.with(Vec::is_empty)>
                <button type="button" class="button" on:click=add>
                    {move || i18n.t("Afschalen verblijf toevoegen", "Add residential shift")}
                </button>
                <ErrorMessage error=error />
            </Show>
        </Section>
    }
}

#[component]
fn ShiftLever(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id.clone());
    let from_text = move || {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.residential_shift(k).map(|r| {
                    r.from
                        .iter()
                        .map(|f| s.care_form(f).map_or(f.clone(), |f| f.label.clone()))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            })
        })
    };
    let error = RwSignal::new(None::<Text>);
    view! {
        <article class="lever-group">
            <h3 class="lever-group__title">
                {move || i18n.t("Van", "From")} " " {from_text}
            </h3>
            {inflow_knobs(LeverList::ResidentialShifts, &id)}
            <ShiftSources key=key error=error />
            <ErrorMessage error=error />
            <ShiftMix key=key error=error />
        </article>
    }
}

/// The residential forms whose inflow the shift moves, ticked on or off.
#[component]
fn ShiftSources(key: StoredValue<String>, error: RwSignal<Option<Text>>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // Residential forms that may be a source, and whether each is one.
    let residential = shift_forms(key, |r, f| {
        let source = f.group == CareGroup::Verblijf && !r.mix.iter().any(|t| t.to == f.id);
        source.then(|| (f.id.clone(), f.label.clone(), r.from.contains(&f.id)))
    });
    let toggle_from = move |form: String, on: bool| {
        let edit = Edit::SetShiftSource {
            shift: key.get_value(),
            form,
            on,
        };
        show_refusal(error, state.apply(edit));
    };
    view! {
        <fieldset class="mix">
            <legend>{move || i18n.t("Af te schalen verblijfsvormen", "Residential forms to shift")}</legend>
            {move || residential.get().into_iter().map(|(id, label, on)| {
                let id = StoredValue::new(id);
                view! {
                    <label class="checkbox">
                        <input type="checkbox" prop:checked=on on:change=move |ev| toggle_from(id.get_value(), event_target_checked(&ev)) />
                        {label}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Where the shifted inflow goes: a share per target form (adding up to
/// 100%), a target removed or added.
#[component]
fn ShiftMix(key: StoredValue<String>, error: RwSignal<Option<Text>>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // The mix targets by care form id; a control per target.
    let targets = Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.residential_shift(k)
                    .map(|r| r.mix.iter().map(|t| t.to.clone()).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    });
    let mix_target = move |to: String| {
        let address = Address::lever(
            LeverList::ResidentialShifts,
            &key.get_value(),
            LeverField::Mix(to.clone()),
        );
        let name = state
            .scenario
            .with_untracked(|s| s.care_form(&to).map_or(to.clone(), |f| f.label.clone()));
        let to = StoredValue::new(to);
        // Removing a target hands its share to the others first, so the mix
        // keeps adding up to 100%.
        let remove = move |_| {
            let edit = Edit::RemoveMixTarget {
                shift: key.get_value(),
                to: to.get_value(),
            };
            show_refusal(error, state.apply(edit));
        };
        view! {
            <div class="mix__target">
                <KnobControl address=address />
                <Show when=move || targets.with(|t| t.len() > 1)>
                    <button
                        type="button"
                        class="button button--quiet button--small"
                        aria-label=format!("{} {name}", i18n.t("Verwijder doel", "Remove target"))
                        on:click=remove
                    >
                        {move || i18n.t("Verwijder", "Remove")}
                    </button>
                </Show>
            </div>
        }
    };
    // Forms that may join the mix: neither a source nor a target yet.
    let candidates = shift_forms(key, |r, f| {
        let free = !r.from.contains(&f.id) && !r.mix.iter().any(|t| t.to == f.id);
        free.then(|| (f.id.clone(), Text::same(f.label.clone())))
    });
    let new_target = RwSignal::new(String::new());
    let add_target = move |_| {
        let to = new_target.get_untracked();
        if to.is_empty() {
            return;
        }
        let edit = Edit::AddMixTarget {
            shift: key.get_value(),
            to,
        };
        show_refusal(error, state.apply(edit));
        new_target.set(String::new());
    };
    view! {
        <fieldset class="mix">
            <legend>{move || i18n.t("Doelmix (telt op tot 100%)", "Target mix (adds up to 100%)")}</legend>
            <For each=move || targets.get() key=|to| to.clone() let:to>
                {mix_target(to)}
            </For>
            <div class="add-row">
                <SelectField label=("Doel toevoegen", "Add target") value=new_target options=candidates on_pick=move |v| new_target.set(v) unchosen=true />
                <button type="button" class="button button--quiet" on:click=add_target>{move || i18n.t("Toevoegen", "Add")}</button>
            </div>
        </fieldset>
    }
}

/// What `pick` makes of each care form for the shift `key`, as a memo;
/// empty once the shift is gone.
fn shift_forms<T>(
    key: StoredValue<String>,
    pick: fn(&ResidentialShift, &CareForm) -> Option<T>,
) -> Memo<Vec<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let state = use_state();
    Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                s.residential_shift(k).map_or_else(Vec::new, |r| {
                    s.care_forms.iter().filter_map(|f| pick(r, f)).collect()
                })
            })
        })
    })
}

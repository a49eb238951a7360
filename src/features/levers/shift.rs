//! Afschalen verblijf: a share of the inflow of residential forms goes to a
//! target mix (pleegzorg, gezinshuis, intensive ambulant care). Moving one
//! mix share rebalances the others so the mix keeps adding up to 100%.

use jeugdscenario_engine::scenario::{CareGroup, MixTarget, ResidentialShift, Scenario};
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bind::{bound_lever, inflow_levers, MovesInflow, Range, Scale};
use super::control::{first_message, unique_id};
use crate::i18n::{use_i18n, Message};
use crate::state::use_state;

#[component]
pub fn ShiftPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let ids = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.levers
                .residential_shifts
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        state.scenario.update(|s| {
            let residential: Vec<String> = s
                .care_forms
                .iter()
                .filter(|f| {
                    f.group == CareGroup::Verblijf && f.id != "pleegzorg" && f.id != "gezinshuis"
                })
                .map(|f| f.id.clone())
                .collect();
            let Some(first_target) = s.care_forms.iter().find(|f| !residential.contains(&f.id))
            else {
                return;
            };
            let id = Scenario::fresh_id(
                "afschalen",
                s.levers.residential_shifts.iter().map(|r| r.id.as_str()),
            );
            let mix = vec![MixTarget {
                to: first_target.id.clone(),
                share: Decimal::ONE,
            }];
            let start = (s.base_year + 1).min(s.last_year());
            s.levers.residential_shifts.push(ResidentialShift {
                id,
                label: String::new(),
                from: residential.into_iter().take(1).collect(),
                share: Decimal::ZERO,
                relapse: Decimal::ZERO,
                mix,
                start_year: start,
                ramp_years: 0,
                source: None,
            });
        });
    };
    view! {
        <section class="panel" aria-labelledby="panel-afschalen">
            <h2 id="panel-afschalen">{move || i18n.t("Afschalen verblijf", "Residential to ambulant shift")}</h2>
            <p class="panel__hint">
                {move || i18n.t(
                    "Een deel van de instroom in verblijf gaat naar pleegzorg, een gezinshuis of intensieve ambulante hulp.",
                    "A share of the inflow into residential care goes to foster care, a family home or intensive ambulant care.",
                )}
            </p>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ShiftLever id=id />
            </For>
            <Show when=move || ids.with(Vec::is_empty)>
                <button type="button" class="button" on:click=add>
                    {move || i18n.t("Afschalen verblijf toevoegen", "Add residential shift")}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn ShiftLever(id: String) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let key = StoredValue::new(id);
    let levers = inflow_levers::<ResidentialShift>(
        key,
        (
            "Aandeel van de instroom in verblijf",
            "Share of residential inflow",
        ),
    );
    let from_text = move || {
        state.scenario.with(|s| {
            key.with_value(|k| {
                ResidentialShift::find(s, k).map(|r| {
                    r.from
                        .iter()
                        .map(|f| s.care_form(f).map_or(f.clone(), |f| f.label.clone()))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            })
        })
    };
    let targets = Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                ResidentialShift::find(s, k)
                    .map(|r| r.mix.len())
                    .unwrap_or(0)
            })
        })
    });
    let error = RwSignal::new(None::<Message>);
    let mix_levers = move || {
        (0..targets.get())
            .map(|j| {
                let label = Signal::derive(move || {
                    state.scenario.with(|s| {
                        key.with_value(|k| {
                            let to = ResidentialShift::find(s, k)
                                .and_then(|r| r.mix.get(j))
                                .map(|t| t.to.clone())
                                .unwrap_or_default();
                            let name = s.care_form(&to).map_or(to, |f| f.label.clone());
                            format!("{} {name}", i18n.t("Naar", "To"))
                        })
                    })
                });
                let lever = bound_lever(
                    label,
                    "%",
                    Scale::Percent,
                    Range::percent(0, 100),
                    true,
                    move |s| {
                        key.with_value(|k| ResidentialShift::find(s, k).and_then(|r| r.mix.get(j)).map(|t| t.share))
                    },
                    move |s, v| {
                        key.with_value(|k| {
                            if let Some(r) = ResidentialShift::find_mut(s, k) {
                                r.set_mix_share(j, v);
                            }
                        })
                    },
                );
                // Removing a target hands its share to the others first, so
                // the mix keeps adding up to 100%.
                let remove = move |_| {
                    let result = state.try_edit(|s| {
                        key.with_value(|k| {
                            if let Some(r) = ResidentialShift::find_mut(s, k).filter(|r| r.mix.len() > 1) {
                                r.set_mix_share(j, Decimal::ZERO);
                                r.mix.remove(j);
                            }
                        })
                    });
                    error.set(result.err().map(|p| first_message(&p)));
                };
                view! {
                    <div class="mix__target">
                        {lever}
                        <Show when=move || { targets.get() > 1 }>
                            <button
                                type="button"
                                class="button button--quiet button--small"
                                aria-label=move || format!("{} {}", i18n.t("Verwijder doel", "Remove target"), label.get().split_once(' ').map_or("", |(_, n)| n))
                                on:click=remove
                            >
                                {move || i18n.t("Verwijder", "Remove")}
                            </button>
                        </Show>
                    </div>
                }
            })
            .collect_view()
    };
    let candidates = Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                let Some(r) = ResidentialShift::find(s, k) else {
                    return Vec::new();
                };
                s.care_forms
                    .iter()
                    .filter(|f| !r.from.contains(&f.id) && !r.mix.iter().any(|t| t.to == f.id))
                    .map(|f| (f.id.clone(), f.label.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let residential = Memo::new(move |_| {
        state.scenario.with(|s| {
            key.with_value(|k| {
                let Some(r) = ResidentialShift::find(s, k) else {
                    return Vec::new();
                };
                s.care_forms
                    .iter()
                    .filter(|f| {
                        f.group == CareGroup::Verblijf && !r.mix.iter().any(|t| t.to == f.id)
                    })
                    .map(|f| (f.id.clone(), f.label.clone(), r.from.contains(&f.id)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let new_target = RwSignal::new(String::new());
    let add_target = move |_| {
        let to = new_target.get_untracked();
        if to.is_empty() {
            return;
        }
        let result = state.try_edit(|s| {
            key.with_value(|k| {
                if let Some(r) = ResidentialShift::find_mut(s, k) {
                    r.mix.push(MixTarget {
                        to: to.clone(),
                        share: Decimal::ZERO,
                    });
                }
            })
        });
        error.set(result.err().map(|p| first_message(&p)));
        new_target.set(String::new());
    };
    let toggle_from = move |id: String, on: bool| {
        let result = state.try_edit(|s| {
            key.with_value(|k| {
                if let Some(r) = ResidentialShift::find_mut(s, k) {
                    if on && !r.from.contains(&id) {
                        r.from.push(id.clone());
                    } else if !on {
                        r.from.retain(|f| *f != id);
                    }
                }
            })
        });
        error.set(result.err().map(|p| first_message(&p)));
    };
    let target_id = unique_id("doel");
    view! {
        <article class="lever-group">
            <h3 class="lever-group__title">
                {move || i18n.t("Van", "From")} " " {from_text}
            </h3>
            {levers}
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
            <p class="lever__error" role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
            <fieldset class="mix">
                <legend>{move || i18n.t("Doelmix (telt op tot 100%)", "Target mix (adds up to 100%)")}</legend>
                {mix_levers}
                <div class="add-row">
                    <div class="field">
                        <label for=target_id.clone()>{move || i18n.t("Doel toevoegen", "Add target")}</label>
                        <select id=target_id prop:value=move || new_target.get() on:change=move |ev| new_target.set(event_target_value(&ev))>
                            <option value="">{move || i18n.t("— kies —", "— choose —")}</option>
                            {move || candidates.get().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="button" class="button button--quiet" on:click=add_target>{move || i18n.t("Toevoegen", "Add")}</button>
                </div>
            </fieldset>
        </article>
    }
}

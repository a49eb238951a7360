//! Workshopmodus: for a room and a projector. Full screen (Esc leaves), large
//! type and high contrast, only the knobs the facilitator pinned (a sensible
//! set when none are), the headline cards and the cost chart. Number keys go
//! to a pinned knob, arrows move it a step, PageUp/PageDown ten steps.
//! "Terug naar start" returns to the state when the mode began (undoable);
//! "Stand bewaren" keeps the current state as a snapshot in Mijn scenario's.
//! Esc (or "Workshop verlaten") leaves the mode and full screen.

mod join;
mod presentation;
mod view;

pub use view::WorkshopView;

pub use presentation::{is_presentation_window, PresentationView};

use jeugdscenario_engine::knobs::{LeverField, LeverList};
use jeugdscenario_engine::{Address, Scenario, Text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::features::charts::Which;
use crate::i18n::use_i18n;
use crate::state::{AppState, Toast};
use crate::storage;
use crate::ui::PinSlot;

/// Pinned knobs shown at most in workshop mode: four fit a projector of
/// 1280x720 at 24 px beside the chart.
pub const MAX_PINS: usize = 4;

/// Workshop mode's state, shared by the pin buttons of every knob control.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub active: RwSignal<bool>,
    pub pins: RwSignal<Vec<Address>>,
    /// The one chart shown, here and on the presentation screen.
    pub chart: RwSignal<Which>,
    /// The scenario when the mode began, for "Terug naar start".
    start: StoredValue<Option<Scenario>>,
}

impl Workshop {
    /// Workshop mode for the main window: its state and the pin beside each
    /// knob (through `ui::PinSlot`, so the lever panels need not know this
    /// feature). Once, at the root.
    pub fn provide() -> Workshop {
        let workshop = Workshop::new();
        provide_context(workshop);
        provide_context(PinSlot(|address| {
            view! { <PinButton address=address /> }.into_any()
        }));
        workshop
    }

    /// Enters with the scenario as it stands. An old notice would take the
    /// projector's top lines: entering clears it.
    pub fn open(self, state: AppState) {
        state.toast.set(None);
        self.enter(state.scenario.get_untracked());
    }

    fn new() -> Workshop {
        let pins = storage::load_pins()
            .iter()
            .filter_map(|t| t.parse().ok())
            .collect();
        Workshop {
            active: RwSignal::new(false),
            pins: RwSignal::new(pins),
            chart: RwSignal::new(Which::default()),
            start: StoredValue::new(None),
        }
    }

    pub fn is_pinned(self, address: &Address) -> bool {
        self.pins.with(|p| p.contains(address))
    }

    pub fn toggle_pin(self, address: Address) {
        self.pins.update(|p| {
            if let Some(i) = p.iter().position(|a| *a == address) {
                p.remove(i);
            } else {
                p.push(address);
            }
        });
        storage::save_pins(
            &self
                .pins
                .with_untracked(|p| p.iter().map(ToString::to_string).collect::<Vec<_>>()),
        );
    }

    pub fn enter(self, scenario: Scenario) {
        self.start.set_value(Some(scenario));
        self.active.set(true);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            // Refused without a user gesture or in some browsers: the mode works in the window too.
            let _ = root.request_fullscreen();
        }
    }

    pub fn leave(self) {
        self.active.set(false);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
        }
    }
}

pub fn use_workshop() -> Workshop {
    expect_context::<Workshop>()
}

/// The pinned knobs that exist in this scenario, or a sensible set: the
/// shares of the substitutions and shifts and the per-form changes.
fn shown_knobs(s: &Scenario, pins: &[Address]) -> Vec<Address> {
    let pinned: Vec<Address> = pins
        .iter()
        .filter(|a| s.knob_value(a).is_some())
        .cloned()
        .collect();
    if !pinned.is_empty() {
        return pinned.into_iter().take(MAX_PINS).collect();
    }
    let l = &s.levers;
    l.substitutions
        .iter()
        .map(|r| Address::lever(LeverList::Substitutions, &r.id, LeverField::Share))
        .chain(
            l.residential_shifts
                .iter()
                .map(|r| Address::lever(LeverList::ResidentialShifts, &r.id, LeverField::Share)),
        )
        .chain(
            l.form_changes
                .iter()
                .map(|c| Address::lever(LeverList::FormChanges, &c.id, LeverField::Change)),
        )
        .take(MAX_PINS)
        .collect()
}

/// Each shown knob with what it belongs to as its label; with its own label
/// too where two shown knobs belong to the same lever.
pub(crate) fn shown_labels(s: &Scenario, addresses: &[Address]) -> Vec<(Address, Text)> {
    let found: Vec<_> = addresses.iter().filter_map(|a| s.knob(a)).collect();
    found
        .iter()
        .map(|k| {
            let shared = found.iter().filter(|o| o.subject == k.subject).count() > 1;
            let label = if shared || k.subject.is_empty() {
                k.full_label()
            } else {
                k.subject.clone()
            };
            (k.address.clone(), label)
        })
        .collect()
}

/// A pin toggle beside a knob control in the normal view.
#[component]
pub fn PinButton(address: Address) -> impl IntoView {
    let workshop = use_workshop();
    let i18n = use_i18n();
    let address = StoredValue::new(address);
    let pinned = move || address.with_value(|a| workshop.is_pinned(a));
    view! {
        <button
            type="button"
            class="pin"
            aria-pressed=move || pinned().to_string()
            title=move || i18n.t("Deze knop tonen in de workshopmodus (hooguit vier)", "Show this lever in workshop mode (at most four)")
            on:click=move |_| workshop.toggle_pin(address.get_value())
        >
            <span class="pin__check" aria-hidden="true">"✓ "</span>
            {move || i18n.t("Toon in workshop", "Show in workshop")}
        </button>
    }
}

/// Ten steps of the knob behind a slider (PageUp, PageDown), in the
/// engine's Decimal within its bounds: -32,8 + 1,0 is -31,8. A held key is
/// a drag, one undo step.
fn page_step(state: AppState, slider: &web_sys::HtmlInputElement, up: bool) {
    let Some(address) = slider
        .get_attribute("data-knob")
        .and_then(|a| a.parse::<Address>().ok())
    else {
        return;
    };
    let Some(knob) = state.scenario.with_untracked(|s| s.knob(&address)) else {
        return;
    };
    let moved = knob.step(knob.value, if up { 10 } else { -10 });
    if let Err(message) = state.drag_knob(address, moved) {
        state.say(Toast::error(message.nl, message.en));
    }
}

/// Workshop mode's keys, asked by the page's one keyboard listener: W opens
/// it from anywhere but a text field; in it, Esc leaves, PageUp/PageDown
/// move a slider ten steps and number keys go to a pinned knob. True when
/// a key was taken.
pub fn on_key(state: AppState, workshop: Workshop, e: &web_sys::KeyboardEvent) -> bool {
    if !workshop.active.get_untracked() {
        let typing =
            crate::browser::is_text_entry(e.target()) || crate::browser::is_select(e.target());
        let modified = e.ctrl_key() || e.alt_key() || e.meta_key();
        if !e.key().eq_ignore_ascii_case("w") || typing || modified {
            return false;
        }
        e.prevent_default();
        workshop.open(state);
        return true;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let key = e.key();
    if key == "Escape" {
        e.prevent_default();
        workshop.leave();
        return true;
    }
    if key == "PageUp" || key == "PageDown" {
        if let Some(slider) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.type_() == "range")
        {
            e.prevent_default();
            page_step(state, &slider, key == "PageUp");
            return true;
        }
        return false;
    }
    if let Some(n) = key
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_PINS).contains(n))
    {
        if crate::browser::is_text_entry(e.target()) || e.ctrl_key() || e.alt_key() || e.meta_key()
        {
            return false;
        }
        let selector = format!(".workshop__knobs .lever:nth-of-type({n}) input");
        if let Ok(Some(el)) = document.query_selector(&selector) {
            e.prevent_default();
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            return true;
        }
    }
    false
}

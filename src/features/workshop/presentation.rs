//! Presentatiescherm: a second window for the projector that shows the
//! cards, the knobs shown in the workshop with their values (a knob just
//! moved with its old value beside the new one for a few seconds) and the
//! one chart the facilitator chose, large, in type read from the back of a
//! room. It follows the facilitator's window live through a BroadcastChannel
//! (same browser, no server) and never writes local storage, so closing
//! either window loses nothing.

use std::time::Duration;

use jeugdscenario_engine::{load_scenario, scenario_to_json, Address, Edit, Scenario, Text};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::shown_labels;
use crate::features::cards::HeadlineCards;
use crate::features::charts::{ChartText, OneChart, Which};
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState};

const CHANNEL: &str = "jeugdhulp-presentatie";
const FRAGMENT: &str = "#presentatie";
/// What a presentation window sends when it opens, to get the scenario.
const HELLO: &str = "hallo";

pub fn is_presentation_window() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h == FRAGMENT)
}

fn channel() -> Option<web_sys::BroadcastChannel> {
    web_sys::BroadcastChannel::new(CHANNEL).ok()
}

/// A message that says which chart to show ("grafiek\nsaldo") or which
/// knobs ("knoppen\nADDRESS\nADDRESS"); anything else is a scenario file.
const CHART: &str = "grafiek\n";
const KNOBS: &str = "knoppen\n";
/// How long a moved knob shows its old value beside the new one.
const MOVED_FOR: Duration = Duration::from_secs(6);

/// The facilitator's side: posts the scenario on every change while
/// workshop mode is on, the chart and the knobs it shows, and answers a
/// presentation window that opens.
#[derive(Clone, Copy)]
pub struct Presenter {
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
}

impl Presenter {
    pub fn start(state: AppState, chart: Signal<Which>, knobs: Memo<Vec<Address>>) -> Presenter {
        let presenter = Presenter {
            channel: StoredValue::new_local(channel()),
        };
        let send = move |text: &str| {
            presenter.channel.with_value(|c| {
                if let Some(c) = c {
                    let _ = c.post_message(&JsValue::from_str(text));
                }
            });
        };
        let send_chart = move || send(&format!("{CHART}{}", chart.get_untracked().key()));
        let send_knobs = move || {
            let list = knobs.with_untracked(|k| {
                k.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            send(&format!("{KNOBS}{list}"));
        };
        let send_scenario = move || send(&state.scenario.with_untracked(scenario_to_json));
        Effect::new(move |_| {
            state.scenario.track();
            send_scenario();
        });
        Effect::new(move |_| {
            chart.track();
            send_chart();
        });
        Effect::new(move |_| {
            knobs.track();
            send_knobs();
        });
        presenter.channel.with_value(|c| {
            if let Some(c) = c {
                let answer = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                    move |e: web_sys::MessageEvent| {
                        if e.data().as_string().as_deref() == Some(HELLO) {
                            send_knobs();
                            send_chart();
                            send_scenario();
                        }
                    },
                );
                c.set_onmessage(Some(answer.as_ref().unchecked_ref()));
                answer.forget();
            }
        });
        on_cleanup(move || {
            presenter.channel.with_value(|c| {
                if let Some(c) = c {
                    c.set_onmessage(None);
                    c.close();
                }
            })
        });
        presenter
    }

    /// Opens (or brings back) the presentation window.
    pub fn open(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        let _ = window
            .open_with_url_and_target(&format!("{base}{FRAGMENT}"), "jeugdhulp-presentatiescherm");
    }
}

/// A shown knob: its label, its value now, and its value before when it
/// was just moved.
#[derive(Clone, PartialEq)]
struct Shown {
    address: Address,
    label: Text,
    value: String,
    before: Option<String>,
}

/// The projector's window: the cards, the knobs the facilitator shows with
/// their values (one just moved with its old value beside it), and the one
/// chart the facilitator chose, large.
/// What the presentation window knows: whether the facilitator's screen
/// has spoken yet, the chart it shows, the pinned knobs, and which of them
/// just moved (with the value before), for a while.
#[derive(Clone, Copy)]
struct Screen {
    state: AppState,
    waiting: RwSignal<bool>,
    which: RwSignal<Which>,
    addresses: RwSignal<Vec<Address>>,
    moved: RwSignal<Vec<(Address, String)>>,
    moves: StoredValue<u32>,
}

impl Screen {
    /// A scenario from the facilitator's screen: shown, and the pinned knobs
    /// it moved marked with their value before.
    fn receive(self, scenario: Scenario) {
        let state = self.state;
        let first = self.waiting.get_untracked();
        let changed: Vec<(Address, String)> = self.addresses.with_untracked(|list| {
            state.scenario.with_untracked(|old| {
                list.iter()
                    .filter_map(|a| {
                        let (before, after) = (old.knob(a)?, scenario.knob(a)?);
                        (before.value != after.value && !first)
                            .then(|| (a.clone(), before.show(before.value)))
                    })
                    .collect()
            })
        });
        let _ = state.apply(Edit::Replace(Box::new(scenario)));
        self.waiting.set(false);
        if changed.is_empty() {
            return;
        }
        self.moved.set(changed);
        self.moves.update_value(|n| *n += 1);
        let this = self.moves.get_value();
        set_timeout(
            move || {
                if self.moves.try_get_value() == Some(this) {
                    self.moved.set(Vec::new());
                }
            },
            MOVED_FOR,
        );
    }

    /// Listens to the facilitator's screen for the window's life.
    fn listen(self) {
        let Some(c) = channel() else {
            return;
        };
        let receive =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(text) = e.data().as_string() else {
                    return;
                };
                if let Some(key) = text.strip_prefix(CHART) {
                    if let Some(w) = Which::from_key(key) {
                        self.which.set(w);
                    }
                } else if let Some(list) = text.strip_prefix(KNOBS) {
                    self.addresses
                        .set(list.lines().filter_map(|a| a.parse().ok()).collect());
                } else if text != HELLO {
                    // Validated like any file; a message that does not load is ignored.
                    if let Ok(scenario) = load_scenario(text.as_bytes()) {
                        self.receive(scenario);
                    }
                }
            });
        c.set_onmessage(Some(receive.as_ref().unchecked_ref()));
        receive.forget();
        let _ = c.post_message(&JsValue::from_str(HELLO));
        // Kept open for the window's life.
        std::mem::forget(c);
    }

    /// The pinned knobs as shown: label, value, the value before a move.
    fn shown(self) -> Memo<Vec<Shown>> {
        let state = self.state;
        Memo::new(move |_| {
            let list = self.addresses.get();
            self.moved.with(|moved| {
                state.scenario.with(|s| {
                    shown_labels(s, &list)
                        .into_iter()
                        .filter_map(|(address, label)| {
                            let knob = s.knob(&address)?;
                            let before = moved
                                .iter()
                                .find(|(a, _)| *a == address)
                                .map(|(_, b)| b.clone());
                            Some(Shown {
                                value: knob.show(knob.value),
                                address,
                                label,
                                before,
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    }
}

#[component]
pub fn PresentationView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    provide_context(ChartText(24.0));
    let screen = Screen {
        state,
        waiting: RwSignal::new(true),
        which: RwSignal::new(Which::default()),
        addresses: RwSignal::new(Vec::new()),
        moved: RwSignal::new(Vec::new()),
        moves: StoredValue::new(0),
    };
    screen.listen();
    let shown = screen.shown();
    view! {
        <div class="workshop workshop--presentation">
            <header class="workshop__bar">
                <h1 class="workshop__title">{move || state.scenario.with(|s| s.name.clone())}</h1>
                <Show when=move || screen.waiting.get()>
                    <p role="status">{move || i18n.t("Wacht op het scherm van de begeleider…", "Waiting for the facilitator's screen…")}</p>
                </Show>
            </header>
            <HeadlineCards />
            <div class="presentation__body">
                <section class="presentation__knobs" aria-label=move || i18n.t("Knoppen in de workshop", "Levers in the workshop")>
                    <ul>
                        <For each=move || shown.get() key=|k| (k.address.to_string(), k.value.clone(), k.before.clone()) let:k>
                            <li class:presentation__moved=k.before.is_some()>
                                <span class="presentation__label">{i18n.show(&k.label)}</span>
                                <span class="presentation__value">
                                    {k.before.clone().map(|b| view! {
                                        <span class="presentation__before">{b}</span>
                                        <span class="visually-hidden">{i18n.t(" wordt ", " becomes ")}</span>
                                        <span aria-hidden="true">" → "</span>
                                    })}
                                    {k.value.clone()}
                                </span>
                            </li>
                        </For>
                    </ul>
                </section>
                <main class="presentation__chart" aria-label=move || i18n.t("Resultaten", "Results")>
                    <OneChart which=screen.which.into() />
                </main>
            </div>
        </div>
    }
}

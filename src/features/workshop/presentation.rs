//! Presentatiescherm: a second window for the projector that shows only the
//! cards and the charts, and follows the facilitator's window live through a
//! BroadcastChannel (same browser, no server). The presentation window never
//! writes local storage, so closing either window loses nothing.

use jeugdscenario_engine::{load_scenario, scenario_to_json, Edit};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::features::cards::HeadlineCards;
use crate::features::charts::ChartsPanel;
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

/// The facilitator's side: posts the scenario on every change while
/// workshop mode is on, and answers a presentation window that opens.
#[derive(Clone, Copy)]
pub struct Presenter {
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
}

impl Presenter {
    pub fn start(state: AppState) -> Presenter {
        let presenter = Presenter {
            channel: StoredValue::new_local(channel()),
        };
        let post = move || {
            let json = state.scenario.with_untracked(scenario_to_json);
            presenter.channel.with_value(|c| {
                if let Some(c) = c {
                    let _ = c.post_message(&JsValue::from_str(&json));
                }
            });
        };
        Effect::new(move |_| {
            state.scenario.track();
            post();
        });
        presenter.channel.with_value(|c| {
            if let Some(c) = c {
                let answer = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                    move |e: web_sys::MessageEvent| {
                        if e.data().as_string().as_deref() == Some(HELLO) {
                            post();
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

/// The projector's window: cards and charts of whatever the facilitator's
/// window sends.
#[component]
pub fn PresentationView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let waiting = RwSignal::new(true);
    if let Some(c) = channel() {
        let receive =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(text) = e.data().as_string() else {
                    return;
                };
                if text == HELLO {
                    return;
                }
                // Validated like any file; a message that does not load is ignored.
                if let Ok(scenario) = load_scenario(text.as_bytes()) {
                    let _ = state.apply(Edit::Replace(Box::new(scenario)));
                    waiting.set(false);
                }
            });
        c.set_onmessage(Some(receive.as_ref().unchecked_ref()));
        receive.forget();
        let _ = c.post_message(&JsValue::from_str(HELLO));
        // Kept open for the window's life.
        std::mem::forget(c);
    }
    view! {
        <div class="workshop workshop--presentation">
            <header class="workshop__bar">
                <h1 class="workshop__title">{move || state.scenario.with(|s| s.name.clone())}</h1>
                <Show when=move || waiting.get()>
                    <p role="status">{move || i18n.t("Wacht op het scherm van de begeleider…", "Waiting for the facilitator's screen…")}</p>
                </Show>
            </header>
            <HeadlineCards />
            <main class="workshop__charts" aria-label=move || i18n.t("Resultaten", "Results")>
                <ChartsPanel />
            </main>
        </div>
    }
}

//! Workshop mode's screen on the facilitator's laptop: the pinned knobs, the
//! cards and one chart, large; undo, back to start, a snapshot into the
//! library, joining by link and the presentation window.

use leptos::ev;
use leptos::prelude::*;

use super::{join, presentation, shown_knobs, shown_labels, use_workshop, Workshop};
use crate::features::cards::HeadlineCards;
use crate::features::charts::{ChartText, OneChart, Which};
use crate::features::levers::KnobControl;
use crate::features::scenarios::{use_library, Library};
use crate::i18n::use_i18n;
use crate::state::{use_state, AppState, Toast};

#[component]
pub fn WorkshopView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let workshop = use_workshop();
    let library = use_library();
    let knobs = Memo::new(move |_| {
        workshop
            .pins
            .with(|p| state.scenario.with(|s| shown_knobs(s, p)))
    });
    // Each knob by what it belongs to; with its own label too where two
    // pinned knobs belong to the same lever.
    let labelled = Memo::new(move |_| {
        let addresses = knobs.get();
        state.scenario.with(|s| shown_labels(s, &addresses))
    });
    provide_context(ChartText(24.0));
    let chart = workshop.chart;
    let presentation = presentation::Presenter::start(state, chart.into(), knobs);
    let joining = RwSignal::new(false);
    follow_fullscreen(workshop);
    view! {
        <div class="workshop" role="region" aria-label=move || i18n.t("Workshopmodus", "Workshop mode")>
            <header class="workshop__bar">
                <h1 class="workshop__title">{move || state.scenario.with(|s| s.name.clone())}</h1>
                <div class="workshop__actions">
                    <button type="button" class="button" on:click=move |_| state.undo() prop:disabled=move || !state.can_undo.get()>
                        {move || i18n.t("Ongedaan maken", "Undo")}
                    </button>
                    <button type="button" class="button" on:click=move |_| workshop.back_to_start(state)>{move || i18n.t("Terug naar start", "Back to start")}</button>
                    <button type="button" class="button" on:click=move |_| keep_this_state(state, library)>{move || i18n.t("Stand bewaren", "Save this state")}</button>
                    <button type="button" class="button" aria-pressed=move || joining.get().to_string() on:click=move |_| joining.update(|j| *j = !*j)>
                        {move || i18n.t("Meedoen", "Join in")}
                    </button>
                    <button type="button" class="button" on:click=move |_| presentation.open()>{move || i18n.t("Presentatiescherm", "Presentation screen")}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| workshop.leave()>{move || i18n.t("Workshop verlaten", "Leave workshop")}</button>
                </div>
            </header>
            <HeadlineCards />
            <Show when=move || joining.get()>
                <join::JoinPanel />
            </Show>
            <div class="workshop__body" hidden=move || joining.get()>
                <section class="workshop__knobs" aria-label=move || i18n.t("Vastgepinde knoppen", "Pinned levers")>
                    <For each=move || labelled.get() key=|(a, _)| a.to_string() let:pinned>
                        <KnobControl address=pinned.0 label=pinned.1 />
                    </For>

                </section>
                <div class="workshop__chart">
                    <ChartChoice chart=chart />
                    <OneChart which=chart.into() />
                    <p class="workshop__keys">{move || i18n.t(
                        "Toetsen: 1–4 knop, pijltjes, PageUp/Down, Ctrl+Z, Esc.",
                        "Keys: 1–4 lever, arrows, PageUp/Down, Ctrl+Z, Esc.",
                    )}</p>
                </div>
            </div>
        </div>
    }
}

impl Workshop {
    /// "Terug naar start": the scenario as the workshop began, as an undo step.
    fn back_to_start(self, state: AppState) {
        let Some(start) = self.start.get_value() else {
            return;
        };
        let source = state.source_id.get_untracked().map(|id| {
            let saved = state.source_saved_at.get_untracked().unwrap_or_default();
            (id, saved)
        });
        if state.replace(start, source, false) {
            state.say(Toast::info(
                "Terug naar de stand bij het begin van de workshop. Ongedaan maken brengt de laatste stand terug.",
                "Back to where the workshop began. Undo brings the last state back.",
            ));
        }
    }
}

/// "Stand bewaren": the scenario as it is now into Mijn scenario's, named
/// with the day and time.
fn keep_this_state(state: AppState, library: Library) {
    let mut snapshot = state.scenario.get_untracked();
    let d = js_sys::Date::new_0();
    snapshot.name = format!(
        "{} – workshop {:02}-{:02} {:02}:{:02}",
        snapshot.name,
        d.get_date(),
        d.get_month() + 1,
        d.get_hours(),
        d.get_minutes()
    )
    .chars()
    .take(200)
    .collect();
    if let Some(name) = library.save_snapshot(state, snapshot) {
        state.say(Toast::info(
            format!("Deze stand is bewaard als \"{name}\" in Mijn scenario's; vergelijk het later onder Vergelijken."),
            format!("This state is saved as \"{name}\" in My scenarios; compare it later under Compare."),
        ));
    }
}

/// Esc leaves full screen in the browser; the mode follows.
fn follow_fullscreen(workshop: Workshop) {
    let fullscreen = window_event_listener(
        ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            let still = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.fullscreen_element().is_some());
            if !still {
                workshop.leave();
            }
        },
    );
    on_cleanup(move || fullscreen.remove());
}

/// Which chart the projector shows.
#[component]
fn ChartChoice(chart: RwSignal<Which>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="workshop__choice" role="group" aria-label=move || i18n.t("Grafiek", "Chart")>
            {Which::ALL.into_iter().map(|w| view! {
                <button type="button" class="button button--quiet"
                    aria-pressed=move || (chart.get() == w).to_string()
                    on:click=move |_| chart.set(w)>
                    {move || i18n.t(w.label().0, w.label().1)}
                </button>
            }).collect_view()}
        </div>
    }
}

//! The Leptos shell of the jeugdhulp scenario planner: a thin layer over the
//! pure engine (`jeugdscenario_engine`). It holds the working scenario in one
//! signal, derives the projection, and keeps the working copy and the saved
//! scenarios in local storage through `storage`.

mod autosave;
mod browser;
mod drag;
mod features;
mod fixed;
mod history;
mod i18n;
mod state;
mod storage;
mod ui;
mod worker;

/// For the import worker (`src/bin/import_worker.rs`): it draws the
/// Terugblik's charts with the app's own chart layout.
pub use features::charts::{label_units, line_chart_svg};

use jeugdscenario_engine::example::voorbeeldregio;
use leptos::prelude::*;

use features::cards::HeadlineCards;
use features::levers::{
    BudgetPanel, FormChangesPanel, FrontBudgetPanel, ShiftPanel, SubstitutionPanel,
};
use features::results::Tabs;
use features::scenarios::{open_link_from_location, Library, Toolbar};
use i18n::{I18n, Lang};
use state::{AppState, Toast};
use ui::StartParts;

/// What the main window starts from: the app's state over the stored
/// working copy (`true`) or else the example region, and what to say when a
/// stored copy did not load.
type StartsFrom = (AppState, bool, Option<jeugdscenario_engine::Text>);

thread_local! {
    static STARTS_FROM: std::cell::Cell<Option<StartsFrom>> = const { std::cell::Cell::new(None) };
}

fn starts_from() -> StartsFrom {
    let (stored, notice) = storage::load_working_copy();
    let restored = stored.is_some();
    (
        AppState::new(stored.unwrap_or_else(voorbeeldregio)),
        restored,
        notice,
    )
}

/// Reads what the app starts from, in a task of its own before the page is
/// built (`main.rs`, issue 23); the presentation window reads no storage.
pub fn read_start() {
    if !features::workshop::is_presentation_window() {
        STARTS_FROM.set(Some(starts_from()));
    }
}

/// Projects what [`read_start`] read (the cards' figures and the baseline
/// they compare with), in the next task: the projections are kept until the
/// scenario changes, so the page's first part does not compute them.
pub fn project_start() {
    if let Some(start) = STARTS_FROM.take() {
        start.0.projection.with_untracked(|_| ());
        start.0.baseline.with_untracked(|_| ());
        STARTS_FROM.set(Some(start));
    }
}

#[component]
pub fn App() -> impl IntoView {
    if features::workshop::is_presentation_window() {
        return PresentationApp().into_any();
    }
    MainApp().into_any()
}

/// The projector's second window: cards and charts that follow the
/// facilitator's window; it reads and writes no storage.
#[component]
fn PresentationApp() -> impl IntoView {
    let state = AppState::new(voorbeeldregio());
    let i18n = I18n {
        lang: RwSignal::new(Lang::Nl),
    };
    provide_context(state);
    provide_context(i18n);
    provide_context(features::charts::DeviceRatio::follow());
    view! { <features::workshop::PresentationView /> }
}

#[component]
fn MainApp() -> impl IntoView {
    let (state, restored, load_notice) = STARTS_FROM.take().unwrap_or_else(starts_from);
    let i18n = I18n {
        lang: RwSignal::new(Lang::Nl),
    };
    let library = Library::new();
    provide_context(state);
    provide_context(i18n);
    provide_context(library);
    let workshop = features::workshop::Workshop::provide();
    listen_for_keys(state, workshop);
    listen_for_drag_ends(state);
    provide_context(features::scenarios::DragHint(RwSignal::new(false)));
    provide_context(features::scenarios::DropCatcher(RwSignal::new(None)));
    provide_context(features::own_data::StartOwnRegion(RwSignal::new(0)));
    provide_context(features::analysis::UncertaintyResult::new());
    let in_workshop = move || workshop.active.get();

    let skip_first = load_notice.is_some();
    say_how_it_started(state, restored, load_notice);
    library.refresh(state);
    open_link_from_location(state);
    provide_context(autosave::Autosave::start(state, library, skip_first));

    provide_context(features::charts::DeviceRatio::follow());
    let printing = features::report::follow_printing();
    let built = build_in_parts();

    view! {
        <Show when=move || !in_workshop()>
        <a class="skip-link" href="#grafieken">{move || i18n.t("Naar de grafieken", "Skip to charts")}</a>
        <features::topbar::TopBar />
        </Show>
        // Kept mounted in workshop mode for its keys (Ctrl+Z), not shown.
        <div hidden=in_workshop><Toolbar /></div>
        <ToastView />
        <autosave::ConflictNotice />
        <Show when=in_workshop>
            <features::workshop::WorkshopView />
        </Show>
        <Show when=move || !in_workshop()>
        <main class="layout">
            <HeadlineCards />
            <aside class="levers" aria-label=move || i18n.t("Knoppen", "Levers")>
                <Show when=move || { built.get() >= StartParts::LEVERS }>
                <SubstitutionPanel />
                <ShiftPanel />
                <FormChangesPanel />
                <FrontBudgetPanel />
                <BudgetPanel />
                </Show>
            </aside>
            <section class="charts" id="grafieken" aria-label=move || i18n.t("Resultaten", "Results")>
                <Show when=move || { built.get() >= StartParts::CHARTS }>
                <Tabs />
                </Show>
            </section>
        </main>
        </Show>
        <Show when=move || printing.get()>
            <features::report::Report />
        </Show>
    }
}

/// The page is built in parts, each a task of its own on the main thread,
/// so that none blocks a tap or a key for long (issue 23, measured in
/// docs/performance.md): first the header, the toolbar and the headline
/// cards, then the levers (their panels with the substitution rules, then
/// the shifts, then the other panels' lists: `ids_of` in
/// features/levers/panel.rs), then the charts, painted last, one a task
/// ([`StartParts`]). The cards do not move when the others arrive (they sit
/// above both columns).
fn build_in_parts() -> RwSignal<u8> {
    let built = RwSignal::new(1u8);
    provide_context(StartParts(built));
    fn next(built: RwSignal<u8>) {
        set_timeout(
            move || {
                built.update(|part| *part += 1);
                if built.get_untracked() < StartParts::LAST {
                    next(built);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next(built);
    built
}

/// The page's one keyboard listener: undo and redo, and workshop mode's
/// keys (W opens it; in it Esc, PageUp/PageDown and the number keys).
fn listen_for_keys(state: AppState, workshop: features::workshop::Workshop) {
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        // A slider's `change` during a held key does not end its drag.
        state.drag.update_value(|d| d.key(true));
        let _ = features::scenarios::undo_keys(state, &e)
            || features::workshop::on_key(state, workshop, &e);
    });
    on_cleanup(move || keys.remove());
}

/// Listens for the end of every drag on the page (`drag.rs`): a key or
/// pointer going up, `change` with no key held, `pointercancel`, the window
/// losing focus. A key going down is noted by [`listen_for_keys`].
fn listen_for_drag_ends(state: AppState) {
    use leptos::ev;
    let released = move |key: bool| {
        if key {
            state.drag.update_value(|d| d.key(false));
        }
        state.end_drag();
    };
    let key_up = window_event_listener(ev::keyup, move |_| released(true));
    let change = window_event_listener(ev::change, move |_| {
        if state.drag.with_value(drag::Drag::change_ends) {
            state.end_drag();
        }
    });
    let up = window_event_listener(ev::pointerup, move |_| released(false));
    let cancel = window_event_listener(ev::pointercancel, move |_| released(false));
    let blur = window_event_listener(ev::blur, move |_| released(true));
    on_cleanup(move || {
        key_up.remove();
        change.remove();
        up.remove();
        cancel.remove();
        blur.remove();
    });
}

/// Where the working copy came from and what the visit should know: the
/// library entry it was opened from, a new build, a stored copy that did
/// not load (left as it is until the user changes something).
fn say_how_it_started(
    state: AppState,
    restored: bool,
    load_notice: Option<jeugdscenario_engine::Text>,
) {
    if restored {
        if let Some(id) = storage::working_source() {
            state.source_id.set(Some(id.clone()));
            state.source_saved_at.set(storage::stored_saved_at(&id));
        }
    }
    // A build other than the last visit's (the service worker brought it).
    if browser::build_version().is_some_and(|v| storage::note_app_version(&v)) {
        state.say(Toast::info(
            "Nieuwe versie geladen. Uw werkversie en opgeslagen scenario's zijn bewaard.",
            "New version loaded. Your working copy and saved scenarios are kept.",
        ));
    }
    if let Some(n) = load_notice {
        state.say(Toast::error(n.nl, n.en));
    }
}

/// The current message, with an undo action where it has one.
#[component]
fn ToastView() -> impl IntoView {
    let state = state::use_state();
    let i18n = i18n::use_i18n();
    move || {
        state.toast.get().map(|toast| {
            let is_error = toast.is_error();
            let undo = toast.undo;
            view! {
                <div class="notice" class:notice--info=!is_error role=if is_error { "alert" } else { "status" }>
                    <p>{i18n.show(&toast.text)}</p>
                    <div class="notice__actions">
                        {undo.map(|undo| view! {
                            <button type="button" class="button" on:click=move |_| {
                                undo();
                                state.toast.set(None);
                            }>
                                {i18n.t("Ongedaan maken", "Undo")}
                            </button>
                        })}
                        <button type="button" class="button button--quiet" on:click=move |_| state.toast.set(None)>
                            {i18n.t("Sluiten", "Close")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

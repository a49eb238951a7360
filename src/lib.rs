//! The Leptos shell of the jeugdhulp scenario planner: a thin layer over the
//! pure engine (`jeugdscenario_engine`). It holds the working scenario in one
//! signal, derives the projection, and keeps the working copy and the saved
//! scenarios in local storage through `storage`.

mod autosave;
mod browser;
mod features;
mod fixed;
mod history;
mod i18n;
mod state;
mod storage;
mod worker;

/// For the import worker (`src/bin/import_worker.rs`): it draws the
/// Terugblik's charts with the app's own chart layout.
pub use features::charts::{label_units, line_chart_svg};

use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::file::load_scenario;
use jeugdscenario_engine::presets::{find_preset, presets, Preset};
use jeugdscenario_engine::scenario::Provenance;
use leptos::ev;
use leptos::prelude::*;

use features::cards::HeadlineCards;
use features::levers::{
    BudgetPanel, FormChangesPanel, FrontBudgetPanel, ShiftPanel, SubstitutionPanel,
};
use features::results::Tabs;
use features::scenarios::{open_link_from_location, Library, Toolbar};
use i18n::{I18n, Lang};
use state::{AppState, Toast};

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
    let (stored, load_notice) = storage::load_working_copy();
    let restored = stored.is_some();
    let state = AppState::new(stored.unwrap_or_else(voorbeeldregio));
    let i18n = I18n {
        lang: RwSignal::new(Lang::Nl),
    };
    let library = Library::new();
    let workshop = features::workshop::Workshop::new();
    provide_context(state);
    provide_context(i18n);
    provide_context(library);
    provide_context(workshop);
    provide_context(features::scenarios::DragHint(RwSignal::new(false)));
    provide_context(features::scenarios::DropCatcher(RwSignal::new(None)));
    let start_own = features::own_data::StartOwnRegion(RwSignal::new(0));
    provide_context(start_own);
    provide_context(features::analysis::UncertaintyResult::new());
    let in_workshop = move || workshop.active.get();
    // An old notice would take the projector's top lines: entering clears it.
    let enter_workshop = move || {
        state.toast.set(None);
        workshop.enter(state.scenario.get_untracked());
    };
    // "W" opens workshop mode from anywhere but a text field.
    let workshop_key = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        let typing = browser::is_text_entry(e.target()) || browser::is_select(e.target());
        let modified = e.ctrl_key() || e.alt_key() || e.meta_key();
        let active = workshop.active.get_untracked();
        if e.key().eq_ignore_ascii_case("w") && !(typing || modified || active) {
            e.prevent_default();
            enter_workshop();
        }
    });
    on_cleanup(move || workshop_key.remove());

    if restored {
        if let Some(id) = storage::working_source() {
            state.source_id.set(Some(id.clone()));
            state.source_saved_at.set(storage::stored_saved_at(&id));
        }
    }
    // A stored copy that did not load (or storage that is blocked) is left
    // as it is until the user changes something.
    let skip_first = load_notice.is_some();
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
    library.refresh(state);
    open_link_from_location(state);
    provide_context(autosave::Autosave::start(state, library, skip_first));

    // The printed report is built just before printing, from every tab.
    let printing = RwSignal::new(false);
    provide_context(features::charts::DeviceRatio::follow());
    let before_print = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after_print = window_event_listener(ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });

    let reset = move |_| {
        if state.replace(voorbeeldregio(), None, false) {
            storage::set_working_source(None);
        }
    };
    let menu_open = RwSignal::new(false);
    // Where the figures come from: the example's warning only on the example.
    let provenance = Memo::new(move |_| state.scenario.with(Provenance::of));
    let title = move || state.scenario.with(|s| s.name.clone());
    let horizon = move || {
        state
            .scenario
            .with(|s| format!("{} – {}", s.base_year, s.last_year()))
    };

    view! {
        <Show when=move || !in_workshop()>
        <a class="skip-link" href="#grafieken">{move || i18n.t("Naar de grafieken", "Skip to charts")}</a>
        <header class="topbar">
            <div class="topbar__brand">
                <p class="topbar__product">{move || i18n.t("Jeugdhulp scenarioplanner", "Youth care scenario planner")}</p>
                <h1 class="topbar__title">
                    {title}
                    <span class="topbar__horizon">{horizon}</span>
                </h1>
                <p class=move || format!("badge badge--{}", provenance.with(Provenance::class))>
                    {move || provenance.with(|p| i18n.show(&p.badge()))}
                </p>
            </div>
            // On a phone the actions fold behind "Menu" (style/layout.css).
            <button
                type="button"
                class="button button--quiet topbar__menu"
                aria-controls="topbar-acties"
                aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                {move || i18n.t("Menu", "Menu")}
            </button>
            <div class="topbar__actions" id="topbar-acties" class:topbar__actions--open=move || menu_open.get()>
                <button type="button" class="button topbar__workshop" aria-keyshortcuts="W" on:click=move |_| enter_workshop()>
                    {move || i18n.t("Workshopmodus", "Workshop mode")}
                </button>
                <p class="topbar__note">{move || i18n.t(
                    "Workshopmodus en het presentatiescherm zijn voor schermen vanaf 1280 pixels breed, zoals een laptop aan een beamer.",
                    "Workshop mode and the presentation window are for screens from 1280 pixels wide, such as a laptop on a projector.",
                )}</p>
                <PresetPicker />
                <button type="button" class="button button--quiet" on:click=move |_| {
                    start_own.0.update(|n| *n += 1);
                    browser::focus_later("eigen-regio-titel");
                }>
                    {move || i18n.t("Eigen regio beginnen", "Start your own region")}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    lang=move || if i18n.get() == Lang::Nl { "en" } else { "nl" }
                    on:click=move |_| i18n.lang.update(|l| *l = if *l == Lang::Nl { Lang::En } else { Lang::Nl })
                >
                    {move || i18n.t("English", "Nederlands")}
                </button>
                <button type="button" class="button button--quiet" on:click=reset>
                    {move || i18n.t("Terug naar het voorbeeld", "Back to the example")}
                </button>
            </div>
        </header>
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
                <SubstitutionPanel />
                <ShiftPanel />
                <FormChangesPanel />
                <FrontBudgetPanel />
                <BudgetPanel />
            </aside>
            <section class="charts" id="grafieken" aria-label=move || i18n.t("Resultaten", "Results")>
                <Tabs />
            </section>
        </main>
        </Show>
        <Show when=move || printing.get()>
            <features::report::Report />
        </Show>
    }
}

/// Opens the example region or one of the regional plans' presets; undo
/// brings the previous scenario back. A plan's file is fetched when chosen
/// (it is not built into the wasm; offline the service worker has it).
#[component]
fn PresetPicker() -> impl IntoView {
    let state = state::use_state();
    let i18n = i18n::use_i18n();
    let id = features::levers::unique_id("regio");
    let opened = move |preset: &'static Preset, scenario| {
        if !state.replace(scenario, None, false) {
            return;
        }
        storage::set_working_source(None);
        state.say(Toast::info(
            format!(
                "{} is geopend. Ongedaan maken brengt uw vorige scenario terug.",
                preset.title
            ),
            format!(
                "{} opened. Undo brings your previous scenario back.",
                preset.title
            ),
        ));
    };
    let open = move |ev: leptos::ev::Event| {
        let select = event_target::<web_sys::HtmlSelectElement>(&ev);
        let chosen = select.value();
        // Back to the prompt, so choosing the same preset again works too.
        select.set_value("");
        let Some(preset) = find_preset(&chosen) else {
            return;
        };
        if preset.is_built_in() {
            opened(preset, voorbeeldregio());
            return;
        }
        leptos::task::spawn_local(async move {
            let file = features::scenarios::preset_json(preset).await;
            match file.map(|f| load_scenario(&f)) {
                Some(Ok(scenario)) => opened(preset, scenario),
                Some(Err(_)) => state.say(Toast::error(
                    format!("{} kon niet worden gelezen: het bestand van deze versie is beschadigd. Uw scenario is niet veranderd; laad de pagina opnieuw.", preset.title),
                    format!("{} could not be read: this version's file is damaged. Your scenario is unchanged; reload the page.", preset.title),
                )),
                None => state.say(Toast::error(
                    format!("{} kon niet worden geladen: geen verbinding met de server. Uw scenario is niet veranderd; probeer het opnieuw.", preset.title),
                    format!("{} could not be loaded: no connection to the server. Your scenario is unchanged; try again.", preset.title),
                )),
            }
        });
    };
    view! {
        <div class="preset-picker">
            <label for=id.clone()>{move || i18n.t("Regio of plan openen", "Open region or plan")}</label>
            <select id=id on:change=open>
                <option value="">{move || i18n.t("— kies —", "— choose —")}</option>
                {presets()
                    .iter()
                    .map(|p| view! { <option value=p.id>{p.title}</option> })
                    .collect_view()}
            </select>
        </div>
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

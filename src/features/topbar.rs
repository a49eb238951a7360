//! The page's header: the product, the scenario's name and horizon, where
//! its figures come from, and the actions that change the whole page
//! (workshop mode, a region or plan, an own region, the language, back to
//! the example). On a phone the actions fold behind "Menu".

use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::file::load_scenario;
use jeugdscenario_engine::presets::{find_preset, presets, Preset};
use jeugdscenario_engine::scenario::Provenance;
use leptos::prelude::*;

use crate::features::own_data::StartOwnRegion;
use crate::features::workshop::use_workshop;
use crate::i18n::{use_i18n, Lang};
use crate::state::{use_state, Toast};
use crate::ui::unique_id;

#[component]
pub fn TopBar() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let workshop = use_workshop();
    let start_own = expect_context::<StartOwnRegion>();
    let reset = move |_| {
        if state.replace(voorbeeldregio(), None, false) {
            crate::storage::set_working_source(None);
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
                <button type="button" class="button topbar__workshop" aria-keyshortcuts="W" on:click=move |_| workshop.open(state)>
                    {move || i18n.t("Workshopmodus", "Workshop mode")}
                </button>
                <p class="topbar__note">{move || i18n.t(
                    "Workshopmodus en het presentatiescherm zijn voor schermen vanaf 1280 pixels breed, zoals een laptop aan een beamer.",
                    "Workshop mode and the presentation window are for screens from 1280 pixels wide, such as a laptop on a projector.",
                )}</p>
                <PresetPicker />
                <button type="button" class="button button--quiet" on:click=move |_| {
                    start_own.0.update(|n| *n += 1);
                    crate::browser::focus_later("eigen-regio-titel");
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
    }
}

/// Opens the example region or one of the regional plans' presets; undo
/// brings the previous scenario back. A plan's file is fetched when chosen
/// (it is not built into the wasm; offline the service worker has it).
#[component]
fn PresetPicker() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let id = unique_id("regio");
    let opened = move |preset: &'static Preset, scenario| {
        if !state.replace(scenario, None, false) {
            return;
        }
        crate::storage::set_working_source(None);
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
            let file = crate::features::scenarios::preset_json(preset).await;
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

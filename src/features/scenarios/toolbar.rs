//! The toolbar under the header: undo/redo (and their keys), save and the
//! library, files in and out (export, import by button or by dropping a
//! file anywhere on the page), share by link, print; and opening a
//! scenario from the page's own link.

use jeugdscenario_engine::nl::format_number;
use jeugdscenario_engine::region_csv::protocol as worker;
use jeugdscenario_engine::share::MAX_LINK_CHARS;
use jeugdscenario_engine::{load_scenario, scenario_to_json, LoadError};
use leptos::ev;
use leptos::prelude::*;
use rust_decimal::Decimal;

use super::{
    files_of, full_link, read_file_bytes, scenario_from_link, use_library, DragHint, DropCatcher,
    Library, LibraryPanel, SaveAsForm,
};
use crate::browser::{self, download_text, file_stem};
use crate::i18n::{use_i18n, Text};
use crate::state::{use_state, AppState, NoticeKind, Toast};
use crate::storage;
use crate::ui::{unique_id, Hint};
use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;

/// Which panel under the toolbar is open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    SaveAs,
    Library,
    Share,
}

/// Problems of a refused file or link as one notice.
pub fn refusal(what_nl: &str, what_en: &str, error: &LoadError) -> Toast {
    Toast::of(
        NoticeKind::Error,
        error.refusal(&Text::new(what_nl, what_en)),
    )
}

/// Reads an imported file; a valid scenario is added to the library (as a
/// copy when its name exists) and opened.
pub fn import_bytes(state: AppState, library: Library, file_name: &str, bytes: &[u8]) {
    match load_scenario(bytes) {
        Ok(scenario) => {
            if let Some(name) = library.save_as_new(state, scenario) {
                state.say(Toast::info(
                    format!("\"{file_name}\" is geïmporteerd als \"{name}\"."),
                    format!("\"{file_name}\" was imported as \"{name}\"."),
                ));
            }
        }
        Err(error) => state.say(refusal(
            &format!("Het bestand \"{file_name}\""),
            &format!("The file \"{file_name}\""),
            &error,
        )),
    }
}

fn import_file(state: AppState, library: Library, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        let name = file.name();
        match read_file_bytes(&file, MAX_FILE_BYTES).await {
            Ok(bytes) => import_bytes(state, library, &name, &bytes),
            Err(message) => state.say(Toast::error(
                format!("{} Er is niets veranderd.", message.nl),
                format!("{} Nothing changed.", message.en),
            )),
        }
    });
}

/// Opens a scenario from the page's link (`#s=` or `#p=`), as a draft.
pub fn open_link_from_location(state: AppState) {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        match scenario_from_link(&hash).await {
            None => {}
            Some(Ok(scenario)) => {
                let name = scenario.name.clone();
                if !state.replace(scenario, None, true) {
                    return;
                }
                state.say(Toast::info(
                    format!("\"{name}\" komt uit een link en is nog niet bewaard. Kies Opslaan om het bij uw scenario's te bewaren; uw eigen werkversie blijft tot dan ongemoeid."),
                    format!("\"{name}\" comes from a link and is not saved yet. Choose Save to keep it."),
                ));
            }
            Some(Err(error)) => state.say(refusal("De link", "The link", &error)),
        }
    });
}

/// Removes `#s=...` from the address once the draft is saved.
pub(crate) fn clear_link_from_location() {
    if let Some(window) = web_sys::window() {
        let url = window.location().href().unwrap_or_default();
        let base = url.split('#').next().unwrap_or_default().to_string();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base));
        }
    }
}

/// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, except in a text field,
/// which has its own undo; asked by the page's one keyboard listener. True
/// when a key was taken.
pub fn undo_keys(state: AppState, e: &web_sys::KeyboardEvent) -> bool {
    if !(e.ctrl_key() || e.meta_key()) || browser::is_text_entry(e.target()) {
        return false;
    }
    match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
        ("z", false) => state.undo(),
        ("z", true) | ("y", false) => state.redo(),
        _ => return false,
    }
    e.prevent_default();
    true
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let open = RwSignal::new(Open::Nothing);
    let link = RwSignal::new(String::new());
    listen_for_drops(state, library);
    let toggle =
        move |which: Open| open.update(|o| *o = if *o == which { Open::Nothing } else { which });
    let expanded = move |which: Open| move || (open.get() == which).to_string();
    let share = move |_| {
        if open.get_untracked() == Open::Share {
            open.set(Open::Nothing);
        } else {
            make_link(state, link, open);
        }
    };
    let import_id = unique_id("importeren");
    let on_pick = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(state, library, file);
        }
        input.set_value("");
    };
    let close = Callback::new(move |_| open.set(Open::Nothing));
    view! {
        <nav class="toolbar" aria-label=move || i18n.t("Scenario", "Scenario")>
            <div class="toolbar__group">
                <button type="button" class="button button--quiet" aria-keyshortcuts="Control+Z"
                    prop:disabled=move || !state.can_undo.get() on:click=move |_| state.undo()>
                    {move || i18n.t("Ongedaan maken", "Undo")}
                </button>
                <button type="button" class="button button--quiet" aria-keyshortcuts="Control+Shift+Z"
                    prop:disabled=move || !state.can_redo.get() on:click=move |_| state.redo()>
                    {move || i18n.t("Opnieuw", "Redo")}
                </button>
            </div>
            <div class="toolbar__group">
                <button type="button" class="button" on:click=move |_| library.save(state)>{move || i18n.t("Opslaan", "Save")}</button>
                <button type="button" class="button button--quiet" aria-expanded=expanded(Open::SaveAs)
                    on:click=move |_| toggle(Open::SaveAs)>
                    {move || i18n.t("Opslaan als…", "Save as…")}
                </button>
                <button type="button" class="button button--quiet" aria-expanded=expanded(Open::Library)
                    on:click=move |_| toggle(Open::Library)>
                    {move || i18n.t("Mijn scenario's", "My scenarios")}
                </button>
            </div>
            <div class="toolbar__group">
                <ExportMenu />
                <label class="button button--quiet file-button" for=import_id.clone()>
                    {move || i18n.t("Importeren", "Import")}
                </label>
                <input type="file" id=import_id class="visually-hidden" accept=".json,application/json" on:change=on_pick />
                <button type="button" class="button button--quiet" aria-expanded=expanded(Open::Share) on:click=share>
                    {move || i18n.t("Deel via link", "Share by link")}
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| browser::print()>{move || i18n.t("Afdrukken", "Print")}</button>
            </div>
            <Show when=move || state.draft.get()>
                <p class="badge badge--draft">{move || i18n.t("Concept uit een link: nog niet bewaard", "Draft from a link: not saved yet")}</p>
            </Show>
        </nav>
        {move || match open.get() {
            Open::Nothing => ().into_any(),
            Open::SaveAs => view! { <SaveAsForm on_done=close /> }.into_any(),
            Open::Library => view! { <LibraryPanel on_close=close /> }.into_any(),
            Open::Share => view! { <SharePanel link=link /> }.into_any(),
        }}
        <DropHint />
    }
}

/// Exporteren: the scenario file, and the projection as a table for Excel
/// or as JSON. The tables are written by the worker (the writers are not in
/// the app's wasm), from the scenario as it is now.
#[component]
fn ExportMenu() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let export_scenario = move |_| {
        state.scenario.with_untracked(|s| {
            let _ = download_text(
                &format!("{}.jeugdscenario.json", file_stem(&s.name)),
                "application/json",
                &scenario_to_json(s),
            );
        });
    };
    let export = move |format: &'static str, mime: &'static str| {
        let (stem, json) = state
            .scenario
            .with_untracked(|s| (file_stem(&s.name), scenario_to_json(s)));
        leptos::task::spawn_local(async move {
            let request = worker::Request::Export {
                format: format.into(),
            };
            let reply = crate::worker::ask(&request, &[json.as_bytes()]).await;
            match reply.export {
                Some(text) => {
                    let _ = download_text(&format!("{stem}-projectie.{format}"), mime, &text);
                }
                None => {
                    let problem = reply.problems.into_iter().next().map(|p| p.message);
                    let problem = problem.unwrap_or_else(|| Text::new("", ""));
                    state.say(Toast::error(
                        format!("De export is niet gemaakt. {}", problem.nl),
                        format!("The export was not made. {}", problem.en),
                    ));
                }
            }
        });
    };
    view! {
        <details class="menu">
            <summary class="button button--quiet">{move || i18n.t("Exporteren", "Export")}</summary>
            <div class="menu__list">
                <button type="button" class="button button--quiet" on:click=export_scenario>
                    {move || i18n.t("Scenariobestand (.json)", "Scenario file (.json)")}
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| export("csv", "text/csv;charset=utf-8")>
                    {move || i18n.t("Tabel voor Excel (.csv)", "Table for Excel (.csv)")}
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| export("json", "application/json")>
                    {move || i18n.t("Tabel als JSON (.json)", "Table as JSON (.json)")}
                </button>
            </div>
        </details>
    }
}

/// Makes the link to the scenario as it is now and opens the share panel
/// with it; a scenario too large for a link, or a browser that cannot
/// compress, is told to send the file instead.
fn make_link(state: AppState, link: RwSignal<String>, open: RwSignal<Open>) {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let scenario = state.scenario.get_untracked();
    leptos::task::spawn_local(async move {
        match full_link(&page, &scenario).await {
            Some(Ok(url)) => {
                link.set(url);
                open.set(Open::Share);
            }
            Some(Err(too_long)) => state.say(Toast::error(
                format!(
                    "Dit scenario is te groot voor een link ({} tekens; e-mailprogramma's breken links van meer dan {} tekens af). Stuur het scenariobestand: Exporteren, Scenariobestand (.json).",
                    format_number(Decimal::from(too_long.length), 0),
                    format_number(Decimal::from(MAX_LINK_CHARS), 0)
                ),
                format!("This scenario is too large for a link ({} characters). Send the scenario file instead.", too_long.length),
            )),
            None => state.say(Toast::error(
                "Deze browser kan geen link maken (hij kent geen CompressionStream). Stuur het scenariobestand: Exporteren, Scenariobestand (.json).",
                "This browser cannot make a link. Send the scenario file instead.",
            )),
        }
    });
}

/// The link to the scenario, to copy.
#[component]
fn SharePanel(link: RwSignal<String>) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let link_id = unique_id("link");
    let copy_link = move |_| {
        if browser::copy_to_clipboard(&link.get_untracked()) {
            state.say(Toast::info(
                "De link staat op het klembord.",
                "The link is on the clipboard.",
            ));
        }
    };
    view! {
        <div class="inline-form share">
            <div class="field field--wide">
                <label for=link_id.clone()>{move || i18n.t("Link naar dit scenario", "Link to this scenario")}</label>
                <input type="text" id=link_id readonly prop:value=move || link.get() />
            </div>
            <button type="button" class="button" on:click=copy_link>{move || i18n.t("Kopieer link", "Copy link")}</button>
            <Hint
                nl="De link bevat het hele scenario; er gaat niets naar een server. Wie de link opent, ziet een concept tot hij het bewaart."
                en="The link holds the whole scenario; nothing goes to a server."
            />
        </div>
    }
}

/// A file dropped anywhere on the page: given to the part of the page that
/// catches drops now (`DropCatcher`, e.g. De zaal), or imported. Another
/// tab's change of the library refreshes it here.
fn listen_for_drops(state: AppState, library: Library) {
    let dragging = use_context::<DragHint>().map_or_else(|| RwSignal::new(false), |h| h.0);
    let catcher = use_context::<DropCatcher>().map(|c| c.0);
    let over = window_event_listener(ev::dragover, move |e: web_sys::DragEvent| {
        e.prevent_default();
        dragging.set(true);
    });
    let leave = window_event_listener(ev::dragleave, move |e: web_sys::DragEvent| {
        if e.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |e: web_sys::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        let files = e.data_transfer().and_then(|d| d.files());
        if let Some(catch) = catcher.and_then(|c| c.get_untracked()) {
            catch.run(files_of(files));
        } else if let Some(file) = files.and_then(|f| f.get(0)) {
            import_file(state, library, file);
        }
    });
    let other_tab = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if e.key()
            .is_none_or(|k| k.starts_with(storage::LIBRARY_PREFIX))
        {
            library.refresh(state);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
        other_tab.remove();
    });
}

/// While a file is dragged over the page: where letting go puts it.
#[component]
fn DropHint() -> impl IntoView {
    let i18n = use_i18n();
    let dragging = use_context::<DragHint>().map_or_else(|| RwSignal::new(false), |h| h.0);
    let catcher = use_context::<DropCatcher>().map(|c| c.0);
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-hint" aria-hidden="true">{move || if catcher.and_then(|c| c.get()).is_some() {
                i18n.t("Laat los om hier toe te voegen", "Drop to add here")
            } else {
                i18n.t("Laat los om het scenario te importeren", "Drop to import the scenario")
            }}</div>
        </Show>
    }
}

//! The scenario toolbar: undo/redo, save and the library, files (export,
//! import by button or drag-and-drop), share by link, print.

mod intake;
mod library;
mod library_panel;
mod links;
mod toolbar;

use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;
use jeugdscenario_engine::load_scenario;
use jeugdscenario_engine::nl::format_number;
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::browser;

/// The bytes of a chosen file of at most `limit` bytes, or a message why
/// not (too large, unreadable).
pub async fn read_file_bytes(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, Text> {
    if let Some(refused) = size_problem(file, limit) {
        return Err(refused);
    }
    browser::read_file(file).await.ok_or_else(|| {
        let name = file.name();
        Text::new(
            format!("Het bestand \"{name}\" kon niet worden gelezen."),
            format!("The file \"{name}\" could not be read."),
        )
    })
}

/// Why `file` is refused before it is read: larger than `limit` bytes.
pub fn size_problem(file: &web_sys::File, limit: usize) -> Option<Text> {
    let size = file.size();
    (size > limit as f64).then(|| too_large(&file.name(), size, limit))
}

fn too_large(name: &str, size: f64, limit: usize) -> Text {
    let mb = |bytes: f64, decimals| {
        format_number(
            Decimal::from(bytes as u64) / Decimal::from(1_048_576),
            decimals,
        )
    };
    // The limits are whole megabytes (5, 32).
    let (megabytes, most) = (mb(size, 1), mb(limit as f64, 0));
    Text::new(
        format!("Het bestand \"{name}\" is te groot ({megabytes} MB); hooguit {most} MB."),
        format!("The file \"{name}\" is too large ({megabytes} MB); at most {most} MB."),
    )
}

pub use intake::{add_batch, Found, ScenarioIntake};
pub use library::{use_library, Library, SaveAsForm};
pub use library_panel::LibraryPanel;
pub use links::{full_link, preset_json, scenario_from_link, short_link};
pub(crate) use toolbar::clear_link_from_location;
pub use toolbar::{open_link_from_location, undo_keys, Toolbar};

/// While a view that gathers scenarios is shown (De zaal), files dropped
/// anywhere on the page go to it instead of into the library. Provided by
/// the app; set by [`ScenarioIntake`] with `catch_page_drops`.
#[derive(Clone, Copy)]
pub struct DropCatcher(pub RwSignal<Option<Callback<Vec<web_sys::File>>>>);

/// Whether files are being dragged over the page (the import hint shows).
/// Provided by the app, so a view that takes drops itself can end it.
#[derive(Clone, Copy)]
pub struct DragHint(pub RwSignal<bool>);

/// The files of a file list (chosen or dropped).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// A view that takes dropped files itself (Vergelijken, De zaal): its
/// dragover and drop keep the page-wide import from also taking them.
pub fn drop_zone(
    on_files: impl Fn(Vec<web_sys::File>) + Copy + 'static,
) -> (
    impl Fn(web_sys::DragEvent) + Copy + 'static,
    impl Fn(web_sys::DragEvent) + Copy + 'static,
) {
    let hint = use_context::<DragHint>().map(|h| h.0);
    let over = move |e: web_sys::DragEvent| {
        e.prevent_default();
        e.stop_propagation();
        if let Some(h) = hint {
            h.set(false);
        }
    };
    let drop = move |e: web_sys::DragEvent| {
        e.prevent_default();
        e.stop_propagation();
        if let Some(h) = hint {
            h.set(false);
        }
        on_files(files_of(e.data_transfer().and_then(|d| d.files())));
    };
    (over, drop)
}

/// A labelled field for several scenario files, handing the chosen files
/// to `on_files` (emptied, so the same files can be chosen again), and the
/// list of files that did not load (Vergelijken, De zaal).
#[component]
pub fn ScenarioFilesField(
    /// The field's visible label in Dutch and English.
    label: (&'static str, &'static str),
    on_files: Callback<Vec<web_sys::File>>,
    problems: RwSignal<Vec<Text>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("bestanden");
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let picked = files_of(input.files());
        input.set_value("");
        on_files.run(picked);
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
            <input type="file" id=id accept=".json,application/json" multiple on:change=on_change />
        </div>
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="csv-problems" role="alert">
                <ul>{move || problems.get().iter().map(|p| view! { <li>{i18n.show(p)}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// Files read one by one: the scenarios that load, by file name, and for
/// every other file its Dutch refusal naming it.
pub async fn read_scenario_files(
    picked: Vec<web_sys::File>,
) -> (Vec<(String, jeugdscenario_engine::Scenario)>, Vec<Text>) {
    let mut found = Vec::new();
    let mut refused = Vec::new();
    for file in picked {
        let name = file.name();
        match read_file_bytes(&file, MAX_FILE_BYTES).await {
            Ok(bytes) => match load_scenario(&bytes) {
                Ok(scenario) => found.push((name, scenario)),
                Err(e) => refused
                    .push(e.refusal(&Text::new(format!("\"{name}\""), format!("\"{name}\"")))),
            },
            Err(message) => refused.push(message),
        }
    }
    (found, refused)
}

use crate::i18n::{use_i18n, Text};
use crate::ui::unique_id;

//! One table of a region's own data read from a CSV: a file chooser labelled
//! with the table's name ("Zorgvormen (CSV)"), dropping a file on it, and
//! its template. The file is read by the import worker; what it gave is
//! shown below by the caller.

use jeugdscenario_engine::region_csv::protocol::Request;
use jeugdscenario_engine::region_csv::Table;
use jeugdscenario_engine::{scenario_to_json, Text};
use leptos::prelude::*;

use crate::browser::{download_text, file_stem};
use crate::features::scenarios::{drop_zone, size_problem};
use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::unique_id;
use crate::worker::ask;

/// A chosen file: its name and the file itself, which the import worker
/// reads (kept, so a table whose reading depends on the horizon is read
/// again when the horizon changes; never copied into the page).
pub type Chosen = Option<(String, web_sys::File)>;

/// Downloads `table`'s template with the rows of the scenario `json`, named
/// after the scenario (`stem`).
fn download_template(table: Table, json: String, stem: String) {
    leptos::task::spawn_local(async move {
        if let Some(text) = ask(&Request::Template { table }, &[json.as_bytes()])
            .await
            .template
        {
            let _ = download_text(&table.template_name(&stem), "text/csv;charset=utf-8", &text);
        }
    });
}

/// Takes `file` into `chosen`; a file over the table's limit becomes a
/// problem of the table, so the user sees why.
fn take(
    table: Table,
    file: web_sys::File,
    chosen: RwSignal<Chosen>,
    refused: RwSignal<Option<Text>>,
) {
    match size_problem(&file, table.max_bytes()) {
        Some(message) => refused.set(Some(message)),
        None => {
            refused.set(None);
            chosen.set(Some((file.name(), file)));
        }
    }
}

/// The file chooser and drop target of one table, and its template.
#[component]
pub fn TableFile(
    table: Table,
    /// The file chooser's label ("Zorgvormen (CSV)").
    input_label: Text,
    /// The template button's accessible name, starting with its visible
    /// text "Sjabloon downloaden".
    template_label: Text,
    chosen: RwSignal<Chosen>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let id = unique_id("tabel");
    let refused = RwSignal::new(None::<Text>);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        if let Some(file) = file {
            take(table, file, chosen, refused);
        }
    };
    let (over, drop) = drop_zone(move |files| {
        if let Some(file) = files.into_iter().next() {
            take(table, file, chosen, refused);
        }
    });
    let template = move |_| {
        let (json, stem) = state
            .scenario
            .with_untracked(|s| (scenario_to_json(s), file_stem(&s.name)));
        download_template(table, json, stem);
    };
    view! {
        <div class="table-file" on:dragover=over on:drop=drop>
            <h4>{move || i18n.show(&table.label())}</h4>
            <div class="add-row">
                <input type="file" id=id.clone() class="visually-hidden" accept=".csv,.txt,text/csv,text/plain" on:change=on_change />
                <label class="button file-button" for=id>{move || i18n.show(&input_label)}</label>
                <button type="button" class="button button--quiet" aria-label=move || i18n.show(&template_label) on:click=template>
                    {move || i18n.t("Sjabloon downloaden", "Download template")}
                </button>
            </div>
            <p class="panel__hint">
                {move || match chosen.with(|c| c.as_ref().map(|(name, _)| name.clone())) {
                    Some(name) => format!("{} \"{name}\"", i18n.t("Gekozen:", "Chosen:")),
                    None => i18n.t("Nog geen bestand; kies er een of sleep het hierheen.", "No file yet; choose one or drop it here.").to_string(),
                }}
            </p>
            {move || refused.get().map(|m| view! { <p class="csv-problems" role="alert">{i18n.show(&m)}</p> })}
            {children()}
        </div>
    }
}

//! One table of a region's own data read from a CSV: a file chooser labelled
//! with the table's name ("Zorgvormen (CSV)"), dropping a file on it, and
//! its template. What the file gave is shown below by the caller.

use jeugdscenario_engine::region_csv::{CsvProblem, Table};
use jeugdscenario_engine::Text;
use leptos::prelude::*;

use crate::features::levers::unique_id;
use crate::features::scenarios::{drop_zone, read_file_bytes};
use crate::i18n::use_i18n;

/// A chosen file: its name and bytes (kept, so a table whose reading
/// depends on the horizon is read again when the horizon changes).
pub type Chosen = Option<(String, Vec<u8>)>;

/// Reads `file` into `chosen`; a file the browser cannot read becomes a
/// problem of the table, so the user sees why.
fn take(file: web_sys::File, chosen: RwSignal<Chosen>, unreadable: RwSignal<Option<Text>>) {
    leptos::task::spawn_local(async move {
        let name = file.name();
        match read_file_bytes(&file).await {
            Ok(bytes) => {
                unreadable.set(None);
                chosen.set(Some((name, bytes)));
            }
            Err(message) => unreadable.set(Some(message)),
        }
    });
}

/// The file chooser and drop target of one table, and its template.
#[component]
pub fn TableFile(
    table: Table,
    /// The file chooser's label ("Zorgvormen (CSV)").
    input_label: &'static str,
    /// The template button's accessible name, starting with its visible
    /// text "Sjabloon downloaden".
    template_label: &'static str,
    chosen: RwSignal<Chosen>,
    /// Downloads the template: this table's columns with the current
    /// scenario's rows.
    on_template: Callback<()>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("tabel");
    let unreadable = RwSignal::new(None::<Text>);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        if let Some(file) = file {
            take(file, chosen, unreadable);
        }
    };
    let (over, drop) = drop_zone(move |files| {
        if let Some(file) = files.into_iter().next() {
            take(file, chosen, unreadable);
        }
    });
    view! {
        <div class="table-file" on:dragover=over on:drop=drop>
            <h4>{move || i18n.t(table.label_nl(), table.label_en())}</h4>
            <div class="add-row">
                <input type="file" id=id.clone() class="visually-hidden" accept=".csv,.txt,text/csv,text/plain" on:change=on_change />
                <label class="button file-button" for=id>{input_label}</label>
                <button type="button" class="button button--quiet" aria-label=template_label on:click=move |_| on_template.run(())>
                    {move || i18n.t("Sjabloon downloaden", "Download template")}
                </button>
            </div>
            <p class="panel__hint">
                {move || match chosen.with(|c| c.as_ref().map(|(name, _)| name.clone())) {
                    Some(name) => format!("{} \"{name}\"", i18n.t("Gekozen:", "Chosen:")),
                    None => i18n.t("Nog geen bestand; kies er een of sleep het hierheen.", "No file yet; choose one or drop it here.").to_string(),
                }}
            </p>
            {move || unreadable.get().map(|m| view! { <p class="csv-problems" role="alert">{i18n.show(&m)}</p> })}
            {children()}
        </div>
    }
}

/// The problems of a refused table, the file by name: nothing of it is used.
pub fn problems_view(name: &str, problems: &[CsvProblem]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="csv-problems" role="alert">
            <p><strong>{format!("\"{name}\" {}", i18n.t("is niet overgenomen; er is niets veranderd:", "was not applied; nothing changed:"))}</strong></p>
            <ul>
                {problems.iter().take(30).map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
            </ul>
            {(problems.len() > 30).then(|| format!("… {} {}", problems.len() - 30, i18n.t("meer problemen", "more problems")))}
        </div>
    }
}

/// The notices of a read table (columns not used).
pub fn notices_view(notices: &[Text]) -> impl IntoView {
    let i18n = use_i18n();
    (!notices.is_empty()).then(|| {
        view! {
            <ul class="csv-notices">
                {notices.iter().map(|n| view! { <li>{i18n.show(n)}</li> }).collect_view()}
            </ul>
        }
    })
}

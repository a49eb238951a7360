//! Mijn scenario's: the list of saved scenarios, and per row open, rename,
//! duplicate, delete (undoable).

use jeugdscenario_engine::{Edit, Scenario};
use leptos::prelude::*;

use super::library::{format_date, use_library, Library};
use crate::i18n::{use_i18n, Text};
use crate::state::{use_state, AppState, Toast};
use crate::storage::{self, LibraryEntry};
use crate::ui::{unique_id, ErrorMessage, Hint};

/// The list of saved scenarios with their actions.
#[component]
pub fn LibraryPanel(on_close: Callback<()>) -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    library.refresh(state);
    let rows = move || {
        library
            .entries
            .get()
            .into_iter()
            .map(|entry| view! { <LibraryRow entry=entry /> })
            .collect_view()
    };
    view! {
        <section class="library" aria-labelledby="library-title">
            <div class="library__head">
                <h2 id="library-title">{move || i18n.t("Mijn scenario's", "My scenarios")}</h2>
                <button type="button" class="button button--quiet" on:click=move |_| on_close.run(())>
                    {move || i18n.t("Sluiten", "Close")}
                </button>
            </div>
            <Show
                when=move || library.entries.with(|e| !e.is_empty())
                fallback=move || view! {
                    <Hint
                        nl="Nog geen bewaarde scenario's. Kies Opslaan als om de werkversie te bewaren."
                        en="No saved scenarios yet. Choose Save as to keep the working copy."
                    />
                }
            >
                <table class="data-table library__table">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t("Naam", "Name")}</th>
                            <th scope="col">{move || i18n.t("Laatst gewijzigd", "Last modified")}</th>
                            <th scope="col">{move || i18n.t("Acties", "Actions")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </Show>
        </section>
    }
}

/// One saved scenario: its name (or the field to rename it), when it was
/// saved, and what can be done with it.
#[component]
pub(super) fn LibraryRow(entry: LibraryEntry) -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let renaming = RwSignal::new(false);
    let name = entry.scenario.name.clone();
    let saved = format_date(entry.saved_at_ms);
    let entry = StoredValue::new(entry);
    let open_name = name.clone();
    view! {
        <tr>
            <th scope="row">
                <Show when=move || renaming.get() fallback={
                    let name = name.clone();
                    move || name.clone()
                }>
                    <RenameForm entry=entry renaming=renaming />
                </Show>
            </th>
            <td>{saved}</td>
            <td class="library__actions">
                <button type="button" class="button button--small"
                    aria-label=move || format!("{} {open_name}", i18n.t("Openen", "Open"))
                    on:click=move |_| entry.with_value(|e| open_entry(state, e))>
                    {move || i18n.t("Openen", "Open")}
                </button>
                <button type="button" class="button button--quiet button--small" on:click=move |_| renaming.update(|r| *r = !*r)>
                    {move || i18n.t("Naam wijzigen", "Rename")}
                </button>
                <button type="button" class="button button--quiet button--small" on:click=move |_| entry.with_value(|e| library.duplicate(state, e))>
                    {move || i18n.t("Dupliceren", "Duplicate")}
                </button>
                <button type="button" class="button button--quiet button--small" on:click=move |_| entry.with_value(|e| library.delete(state, e))>
                    {move || i18n.t("Verwijderen", "Delete")}
                </button>
            </td>
        </tr>
    }
}

/// Opens a saved scenario as the working copy, as an undo step.
fn open_entry(state: AppState, e: &LibraryEntry) {
    if !state.replace(
        e.scenario.clone(),
        Some((e.id.clone(), e.saved_at_ms)),
        false,
    ) {
        return;
    }
    storage::set_working_source(Some(&e.id));
    state.say(Toast::info(
        format!("\"{}\" geopend.", e.scenario.name),
        format!("\"{}\" opened.", e.scenario.name),
    ));
}

impl Library {
    /// A copy of the entry under a free name.
    fn duplicate(self, state: AppState, e: &LibraryEntry) {
        let names = self.names();
        let mut copy = e.scenario.clone();
        copy.name = Scenario::unique_name(&copy.name, names.iter().map(String::as_str));
        let id = self.fresh_entry_id();
        match storage::save_entry(&id, &copy) {
            Ok(_) => self.refresh(state),
            Err(n) => state.say(Toast::error(n.nl, n.en)),
        }
    }

    /// Deletes the entry; its notice can bring it back byte for byte.
    fn delete(self, state: AppState, e: &LibraryEntry) {
        let Some(text) = storage::delete_entry(&e.id) else {
            return;
        };
        if state.source_id.get_untracked().as_deref() == Some(e.id.as_str()) {
            state.source_id.set(None);
            storage::set_working_source(None);
        }
        self.refresh(state);
        let id = e.id.clone();
        state.say(Toast {
            undo: Some(std::sync::Arc::new(move || {
                match storage::restore_entry(&id, &text) {
                    Ok(()) => self.refresh(state),
                    Err(n) => state.say(Toast::error(n.nl, n.en)),
                }
            })),
            ..Toast::info(
                format!("\"{}\" is verwijderd.", e.scenario.name),
                format!("\"{}\" was deleted.", e.scenario.name),
            )
        });
    }
}

/// The field that renames a saved scenario (a free name, not empty); the
/// working copy follows when it was opened from this entry.
#[component]
fn RenameForm(entry: StoredValue<LibraryEntry>, renaming: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let library = use_library();
    let i18n = use_i18n();
    let new_name = RwSignal::new(entry.with_value(|e| e.scenario.name.clone()));
    let error = RwSignal::new(None::<Text>);
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entry.get_value();
        let wanted = new_name.get_untracked().trim().to_string();
        let taken = library
            .names()
            .iter()
            .any(|n| *n == wanted && *n != e.scenario.name);
        if wanted.is_empty() || taken {
            let why = if taken {
                Text::new(
                    "Er is al een scenario met deze naam.",
                    "A scenario with this name exists.",
                )
            } else {
                Text::new("Geef het scenario een naam.", "Give the scenario a name.")
            };
            return error.set(Some(why));
        }
        let mut scenario = e.scenario.clone();
        scenario.name = wanted.chars().take(200).collect();
        match storage::save_entry(&e.id, &scenario) {
            Ok(saved) => {
                if state.source_id.get_untracked().as_deref() == Some(e.id.as_str()) {
                    state.source_saved_at.set(Some(saved.saved_at_ms));
                    // The name was checked above; a refusal would only repeat it.
                    let _ = state.apply(Edit::Rename {
                        name: scenario.name.clone(),
                    });
                }
                renaming.set(false);
                library.refresh(state);
            }
            Err(n) => error.set(Some(n)),
        }
    };
    let field_id = unique_id("hernoem");
    view! {
        <form class="inline-form" on:submit=rename>
            <label class="visually-hidden" for=field_id.clone()>{move || i18n.t("Nieuwe naam", "New name")}</label>
            <input
                type="text"
                id=field_id
                maxlength="200"
                prop:value=move || new_name.get()
                on:input=move |ev| new_name.set(event_target_value(&ev))
            />
            <button type="submit" class="button">{move || i18n.t("Naam opslaan", "Save name")}</button>
            <ErrorMessage error=error />
        </form>
    }
}

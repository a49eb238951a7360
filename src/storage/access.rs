//! How storage is reached, for the rest of `storage`: every access through
//! gloo-storage's `LocalStorage`, asked first whether the browser allows it,
//! and every failure as a notice in Dutch and English.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

/// What the app tells the user about storage.
pub type StorageNotice = jeugdscenario_engine::Text;

/// A failed write: full storage (QuotaExceededError) or blocked storage.
fn write_error(error: StorageError) -> StorageNotice {
    match error {
        StorageError::JsError(e) if e.name == "QuotaExceededError" => StorageNotice {
            nl: "Opslaan in de browser is mislukt: de opslag is vol. Uw wijzigingen staan nog op het scherm; verwijder oude scenario's of bewaar het scenario als bestand.".into(),
            en: "Saving in the browser failed: storage is full. Your changes are still on screen.".into(),
        },
        _ => blocked_notice(),
    }
}

/// Whether the browser allows local storage. gloo-storage's
/// `LocalStorage::raw()` panics when it does not (a SecurityError on
/// `window.localStorage`, as in some private windows or with cookies
/// blocked), so every access asks here first and says so instead.
pub(super) fn allowed() -> Result<(), StorageNotice> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    storage.map(|_| ()).ok_or_else(blocked_notice)
}

/// A value stored as JSON; None when absent, not JSON, or blocked. One
/// type for every value (`serde_json::Value`), so the wasm holds gloo's
/// `get` and `set` once.
pub(super) fn get(key: &str) -> Option<Value> {
    allowed().ok()?;
    LocalStorage::get(key).ok()
}

/// A text value: stored as a JSON string, or as plain text by versions
/// before 2026-12-07.
pub(super) fn get_string(key: &str) -> Option<String> {
    match get(key) {
        Some(Value::String(text)) => Some(text),
        _ => text(key).ok().flatten(),
    }
}

/// Stores `value` as JSON.
pub(super) fn set(key: &str, value: impl Into<Value>) -> Result<(), StorageNotice> {
    allowed()?;
    LocalStorage::set(key, value.into()).map_err(write_error)
}

/// The stored text as it is, byte for byte.
pub(super) fn text(key: &str) -> Result<Option<String>, StorageNotice> {
    allowed()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| blocked_notice())
}

/// Stores `text` as it is, byte for byte: a scenario file, a backup.
pub(super) fn set_text(key: &str, text: &str) -> Result<(), StorageNotice> {
    allowed()?;
    LocalStorage::raw().set_item(key, text).map_err(|e| {
        let error = wasm_bindgen::JsCast::dyn_into::<js_sys::Error>(e)
            .map(|e| StorageError::JsError(e.into()));
        error.map_or_else(|_| blocked_notice(), write_error)
    })
}

pub(super) fn remove(key: &str) {
    if allowed().is_ok() {
        LocalStorage::delete(key);
    }
}

fn blocked_notice() -> StorageNotice {
    StorageNotice {
        nl: "De browser staat opslaan niet toe (privévenster of instellingen). Wijzigingen gaan verloren bij herladen; bewaar het scenario als bestand.".into(),
        en: "The browser does not allow storage. Changes are lost on reload.".into(),
    }
}

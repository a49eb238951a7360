//! Every use of the browser's local storage goes through here: the keys, the
//! stored shape (the versioned scenario file format, so older entries are
//! migrated by the same loader as files) and every failure path. No
//! component touches localStorage itself.
//!
//! All of it goes through gloo-storage's `LocalStorage`: typed values (a
//! library entry, the stamp, the pins, ids) with its `get` and `set`, as
//! JSON; a scenario file and a backup with its raw storage, byte for byte,
//! so the loader sees the text a user's file had and a backup is the
//! original exactly. Values written as plain text before 2026-12-07 are
//! still read.

mod access;

use gloo_storage::{LocalStorage, Storage};
use jeugdscenario_engine::{load_scenario, scenario_to_json, Scenario};
use serde_json::Value;

pub use access::StorageNotice;
use access::{allowed, get, get_string, remove, set, set_text, text};

/// The working copy: autosaved (see `autosave`), back after a reload.
pub const WORKING_COPY_KEY: &str = "jeugdhulp.werkversie";
/// Which tab wrote the working copy last, and its how-manieth write
/// ("tab:revision"); written just after the copy, so a tab that sees it
/// change (the `storage` event) finds the new copy already there.
pub const WORKING_STAMP_KEY: &str = "jeugdhulp.werkversie.stempel";
/// The build the page last ran (`<meta name="jeugdhulp-versie">`), for the
/// "Nieuwe versie geladen" notice.
pub const APP_VERSION_KEY: &str = "jeugdhulp.app.versie";
/// A stored entry that no longer loads is moved here, never dropped.
pub const BACKUP_PREFIX: &str = "jeugdhulp.defect.";
/// Saved scenarios, one key each, so one broken entry harms no other.
pub const LIBRARY_PREFIX: &str = "jeugdhulp.scenario.";
/// The library entry the working copy was opened from or saved to.
pub const WORKING_SOURCE_KEY: &str = "jeugdhulp.werkversie.bron";
/// The knobs pinned for workshop mode, by address, one per line.
pub const PINS_KEY: &str = "jeugdhulp.workshop.knoppen";
/// Version of the stored library entry's envelope (the scenario inside has
/// its own file format version).
const ENTRY_VERSION: u64 = 1;

/// A saved scenario in the library.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryEntry {
    pub id: String,
    pub saved_at_ms: f64,
    pub scenario: Scenario,
}

impl LibraryEntry {
    fn key(&self) -> String {
        format!("{LIBRARY_PREFIX}{}", self.id)
    }
}

/// Every saved scenario, newest first. Entries that do not load are moved to
/// a backup key and reported, never dropped.
pub fn list_library() -> (Vec<LibraryEntry>, Vec<StorageNotice>) {
    if let Err(blocked) = allowed() {
        return (Vec::new(), vec![blocked]);
    }
    let storage = LocalStorage::raw();
    let keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(LIBRARY_PREFIX))
        .collect();
    let mut entries = Vec::new();
    let mut notices = Vec::new();
    for key in keys {
        // As text, so an entry that no longer loads is kept byte for byte.
        let Ok(Some(text)) = text(&key) else {
            continue;
        };
        match parse_entry(&key, &text) {
            Ok(entry) => entries.push(entry),
            Err(reason) => {
                let backup_key = format!(
                    "{BACKUP_PREFIX}{}.{}",
                    &key[LIBRARY_PREFIX.len()..],
                    now_ms() as u64
                );
                if set_text(&backup_key, &text).is_ok() {
                    LocalStorage::delete(&key);
                    notices.push(StorageNotice {
                        nl: format!("Een opgeslagen scenario kon niet worden gelezen ({reason}). Het is bewaard onder \"{backup_key}\"."),
                        en: format!("A saved scenario could not be read ({reason}). It was kept under \"{backup_key}\"."),
                    });
                } else {
                    notices.push(StorageNotice {
                        nl: format!("Een opgeslagen scenario ({key}) kon niet worden gelezen ({reason}); het blijft ongewijzigd staan."),
                        en: format!("A saved scenario ({key}) could not be read ({reason}); it is left as it is."),
                    });
                }
            }
        }
    }
    // Newest first, through the engine's one sort (a sort per type costs the wasm about 5 KB).
    let newest_first: Vec<f64> = entries.iter().map(|e| -e.saved_at_ms).collect();
    let entries = jeugdscenario_engine::order::arrange(
        entries,
        &jeugdscenario_engine::order::by_f64(&newest_first),
    );
    (entries, notices)
}

fn parse_entry(key: &str, text: &str) -> Result<LibraryEntry, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| "geen geldige JSON".to_string())?;
    let version = value
        .get("entry_version")
        .and_then(serde_json::Value::as_u64);
    if version != Some(ENTRY_VERSION) {
        return Err(match version {
            Some(v) => {
                format!("opslagversie {v} is onbekend; deze app kent versie {ENTRY_VERSION}")
            }
            None => "de opslagversie ontbreekt".to_string(),
        });
    }
    // Read as text (serde_json keeps a number's text): the app's wasm then
    // holds no float parser, which costs about 15 KB gzipped.
    let saved_at_ms = value
        .get("saved_at_ms")
        .and_then(|n| whole_ms(&n.to_string()))
        .unwrap_or(0.0);
    let scenario_text = value
        .get("scenario")
        .map(serde_json::Value::to_string)
        .ok_or_else(|| "scenario ontbreekt".to_string())?;
    let scenario = load_scenario(scenario_text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(LibraryEntry {
        id: key[LIBRARY_PREFIX.len()..].to_string(),
        saved_at_ms,
        scenario,
    })
}

/// The whole milliseconds of a stored time: `1733480000000` as written now,
/// `1733480000000.0` as older versions wrote it. None for anything else (a
/// sign, an exponent, text): such an entry sorts as the oldest.
fn whole_ms(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    (!whole.is_empty() && digits(whole) && digits(fraction))
        .then(|| whole.parse::<u64>().ok())
        .flatten()
        .map(|ms| ms as f64)
}

/// Writes an entry (new or existing id) stamped with the current time.
pub fn save_entry(id: &str, scenario: &Scenario) -> Result<LibraryEntry, StorageNotice> {
    let entry = LibraryEntry {
        id: id.to_string(),
        // Whole milliseconds, as Date.now() gives them: written as an integer.
        saved_at_ms: now_ms().floor(),
        scenario: scenario.clone(),
    };
    let scenario_value: serde_json::Value =
        serde_json::from_str(&scenario_to_json(scenario)).expect("a written scenario is JSON");
    let envelope = serde_json::json!({
        "entry_version": ENTRY_VERSION,
        "saved_at_ms": entry.saved_at_ms as i64,
        "scenario": scenario_value,
    });
    set(&entry.key(), envelope)?;
    Ok(entry)
}

/// When the stored entry was last saved (by any tab); None when it is gone.
pub fn stored_saved_at(id: &str) -> Option<f64> {
    let key = format!("{LIBRARY_PREFIX}{id}");
    let text = text(&key).ok()??;
    parse_entry(&key, &text).ok().map(|e| e.saved_at_ms)
}

/// Removes an entry and returns its stored text, so the delete can be undone.
pub fn delete_entry(id: &str) -> Option<String> {
    let key = format!("{LIBRARY_PREFIX}{id}");
    let text = text(&key).ok()??;
    LocalStorage::delete(&key);
    Some(text)
}

/// Puts back an entry removed by [`delete_entry`].
pub fn restore_entry(id: &str, text: &str) -> Result<(), StorageNotice> {
    set_text(&format!("{LIBRARY_PREFIX}{id}"), text)
}

/// The library entry the working copy belongs to, if any.
pub fn working_source() -> Option<String> {
    get_string(WORKING_SOURCE_KEY)
}

pub fn set_working_source(id: Option<&str>) {
    match id {
        Some(id) => {
            let _ = set(WORKING_SOURCE_KEY, id);
        }
        None => remove(WORKING_SOURCE_KEY),
    }
}

/// The stored working copy, if there is one that loads. A stored entry that
/// does not load is copied to a backup key and reported.
pub fn load_working_copy() -> (Option<Scenario>, Option<StorageNotice>) {
    let stored = match text(WORKING_COPY_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (None, None),
        Err(blocked) => return (None, Some(blocked)),
    };
    match load_scenario(stored.as_bytes()) {
        Ok(scenario) => (Some(scenario), None),
        Err(error) => {
            let backup_key = format!("{BACKUP_PREFIX}werkversie.{}", now_ms() as u64);
            let kept = set_text(&backup_key, &stored).is_ok();
            let first = error
                .problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            let first_en = error
                .problems
                .first()
                .map(|p| p.message.en.clone())
                .unwrap_or_default();
            let notice = if kept {
                StorageNotice {
                    nl: format!(
                        "De opgeslagen werkversie kon niet worden gelezen ({first}). Hij is bewaard onder \"{backup_key}\"; u ziet nu het voorbeeld."
                    ),
                    en: format!("The stored working copy could not be read ({first_en}). It was kept under \"{backup_key}\"; showing the example."),
                }
            } else {
                StorageNotice {
                    nl: format!(
                        "De opgeslagen werkversie kon niet worden gelezen ({first}) en kon ook niet apart worden bewaard; hij blijft ongewijzigd staan tot u iets wijzigt."
                    ),
                    en: format!("The stored working copy could not be read ({first_en}) nor backed up."),
                }
            };
            (None, Some(notice))
        }
    }
}

/// Why the working copy was not written.
#[derive(Debug, Clone, PartialEq)]
pub enum NotSaved {
    /// Another tab wrote the working copy since this tab last wrote or read
    /// it; writing now would overwrite that tab's work.
    OtherTab,
    /// Full or blocked storage; the scenario in the page stays as it is.
    Failed(StorageNotice),
}

/// The stamp of the stored working copy (who wrote it last), if any.
pub fn working_copy_stamp() -> Option<String> {
    get_string(WORKING_STAMP_KEY)
}

/// Whether the stored working copy is exactly `json` (a scenario file's text).
pub fn working_copy_is(json: &str) -> bool {
    text(WORKING_COPY_KEY)
        .ok()
        .flatten()
        .is_some_and(|text| text == json)
}

/// Saves the working copy under the stamp `stamp`, but only when the stored
/// copy is still the one this tab knows (`known`: the stamp it last wrote or
/// read), so a tab never overwrites what another tab wrote meanwhile.
pub fn save_working_copy(json: &str, known: Option<&str>, stamp: &str) -> Result<(), NotSaved> {
    allowed().map_err(NotSaved::Failed)?;
    if working_copy_stamp().as_deref() != known {
        return Err(NotSaved::OtherTab);
    }
    set_text(WORKING_COPY_KEY, json)
        .and_then(|()| set(WORKING_STAMP_KEY, stamp))
        .map_err(NotSaved::Failed)
}

/// Notes the build this page runs; true when an earlier visit ran another
/// one (a new version was loaded). The first visit only notes it.
pub fn note_app_version(version: &str) -> bool {
    if allowed().is_err() {
        return false;
    }
    let previous = get_string(APP_VERSION_KEY);
    if previous.as_deref() == Some(version) {
        return false;
    }
    let _ = set(APP_VERSION_KEY, version);
    previous.is_some()
}

/// The addresses pinned for workshop mode (none when storage is blocked):
/// a JSON list, or one per line as versions before 2026-12-07 wrote them.
pub fn load_pins() -> Vec<String> {
    let pins: Vec<String> = match get(PINS_KEY) {
        Some(Value::Array(list)) => list
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => text(PINS_KEY)
            .ok()
            .flatten()
            .map(|lines| lines.lines().map(str::to_string).collect())
            .unwrap_or_default(),
    };
    pins.into_iter().filter(|l| !l.is_empty()).collect()
}

/// Keeps the pins for the next visit; a full or blocked storage only costs
/// the pins, which the screen still shows.
pub fn save_pins(addresses: &[String]) {
    let _ = set(PINS_KEY, addresses.to_vec());
}

/// Milliseconds since 1970, as JavaScript's Date.now().
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(test)]
mod tests {
    use super::whole_ms;

    #[test]
    fn stored_times_read_without_a_float_parser() {
        assert_eq!(whole_ms("1733480000000"), Some(1_733_480_000_000.0));
        // As versions before 2026-12 wrote it.
        assert_eq!(whole_ms("1733480000000.0"), Some(1_733_480_000_000.0));
        assert_eq!(whole_ms("1733480000000.75"), Some(1_733_480_000_000.0));
        for refused in ["", ".5", "-1", "1e12", "1.2e3", "12a", "\"12\""] {
            assert_eq!(whole_ms(refused), None, "{refused}");
        }
    }
}

//! Every use of the browser's local storage goes through here: the keys, the
//! stored shape (the versioned scenario file format, so older entries are
//! migrated by the same loader as files) and every failure path. No
//! component touches localStorage itself.

use gloo_storage::{LocalStorage, Storage};
use jeugdscenario_engine::{load_scenario, scenario_to_json, Scenario};

/// The working copy: autosaved on every change, back after a reload.
pub const WORKING_COPY_KEY: &str = "jeugdhulp.werkversie";
/// A stored entry that no longer loads is moved here, never dropped.
pub const BACKUP_PREFIX: &str = "jeugdhulp.defect.";

/// What the app tells the user about storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageNotice {
    pub nl: String,
    pub en: String,
}

/// The stored working copy, if there is one that loads. A stored entry that
/// does not load is copied to a backup key and reported.
pub fn load_working_copy() -> (Option<Scenario>, Option<StorageNotice>) {
    let Ok(storage) = local_storage() else {
        return (None, Some(blocked_notice()));
    };
    let stored = match storage.get_item(WORKING_COPY_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (None, None),
        Err(_) => return (None, Some(blocked_notice())),
    };
    match load_scenario(stored.as_bytes()) {
        Ok(scenario) => (Some(scenario), None),
        Err(error) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", js_sys_now());
            let kept = storage.set_item(&backup_key, &stored).is_ok();
            let first = error
                .problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            let notice = if kept {
                StorageNotice {
                    nl: format!(
                        "De opgeslagen werkversie kon niet worden gelezen ({first}). Hij is bewaard onder \"{backup_key}\"; u ziet nu het voorbeeld."
                    ),
                    en: format!("The stored working copy could not be read ({first}). It was kept under \"{backup_key}\"; showing the example."),
                }
            } else {
                StorageNotice {
                    nl: format!(
                        "De opgeslagen werkversie kon niet worden gelezen ({first}) en kon ook niet apart worden bewaard; hij blijft ongewijzigd staan tot u iets wijzigt."
                    ),
                    en: format!("The stored working copy could not be read ({first}) nor backed up."),
                }
            };
            (None, Some(notice))
        }
    }
}

/// Saves the working copy. A full or blocked storage is reported; the
/// scenario in the page stays as it is.
pub fn save_working_copy(scenario: &Scenario) -> Result<(), StorageNotice> {
    let storage = local_storage().map_err(|_| blocked_notice())?;
    storage
        .set_item(WORKING_COPY_KEY, &scenario_to_json(scenario))
        .map_err(|error| {
            let quota = format!("{error:?}").contains("Quota");
            if quota {
                StorageNotice {
                    nl: "Opslaan in de browser is mislukt: de opslag is vol. Uw wijzigingen staan nog op het scherm; maak ruimte of bewaar het scenario als bestand.".into(),
                    en: "Saving in the browser failed: storage is full. Your changes are still on screen.".into(),
                }
            } else {
                blocked_notice()
            }
        })
}

/// Removes the working copy, so the next start shows the example.
pub fn clear_working_copy() {
    if local_storage().is_ok() {
        LocalStorage::delete(WORKING_COPY_KEY);
    }
}

/// The storage, or None when the browser blocks it (gloo's `raw()` would
/// panic there).
fn local_storage() -> Result<web_sys::Storage, ()> {
    web_sys::window()
        .ok_or(())?
        .local_storage()
        .map_err(|_| ())?
        .ok_or(())
}

fn blocked_notice() -> StorageNotice {
    StorageNotice {
        nl: "De browser staat opslaan niet toe (privévenster of instellingen). Wijzigingen gaan verloren bij herladen; bewaar het scenario als bestand.".into(),
        en: "The browser does not allow storage. Changes are lost on reload.".into(),
    }
}

fn js_sys_now() -> u64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| (p.time_origin() + p.now()) as u64)
        .unwrap_or_default()
}

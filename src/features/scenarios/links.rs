//! Scenarios in links, both kinds: the whole scenario (`#s=`, deflated by
//! the browser) and the short link to a built-in preset with the knobs that
//! differ (`#p=`, read against the preset's file: the example is built in,
//! a plan's file is fetched, offline from the service worker's cache).

use jeugdscenario_engine::example::VOORBEELDREGIO_JSON;
use jeugdscenario_engine::file::limits::MAX_FILE_BYTES;
use jeugdscenario_engine::presets::{find_preset, presets, Preset};
use jeugdscenario_engine::region_csv::protocol::Request;
use jeugdscenario_engine::scenario::{Provenance, Scenario};
use jeugdscenario_engine::share::{
    fragment_bytes, link_json, link_of_deflated, scenario_from_inflated, LinkTooLong,
};
use jeugdscenario_engine::validate::Problem;
use jeugdscenario_engine::{load_scenario, scenario_to_json, LoadError};

use crate::browser;
use crate::worker::ask;

fn refused(nl: String, en: String) -> LoadError {
    LoadError {
        problems: vec![Problem::new("", nl, en)],
    }
}

/// A preset's file as shipped: the example's from the wasm, a plan's
/// fetched; None when it cannot be had (no connection, not cached).
pub async fn preset_json(preset: &Preset) -> Option<Vec<u8>> {
    if preset.is_built_in() {
        return Some(VOORBEELDREGIO_JSON.as_bytes().to_vec());
    }
    browser::fetch_text(&format!("presets/{}", preset.file))
        .await
        .ok()
        .map(String::into_bytes)
}

/// The scenario of a link's fragment, of either kind; None when the
/// fragment is no scenario link. A short link is read by the worker against
/// the preset's file (its code is not in the app's wasm); what it answers
/// is opened with the app's own loader.
pub async fn scenario_from_link(fragment: &str) -> Option<Result<Scenario, LoadError>> {
    if let Some(rest) = fragment
        .strip_prefix("#p=")
        .or_else(|| fragment.strip_prefix("p="))
    {
        let id = rest.split('&').next().unwrap_or_default();
        let file = match find_preset(id) {
            Some(preset) => match preset_json(preset).await {
                Some(json) => json,
                None => return Some(Err(refused(
                    format!("Het plan van deze link ({}) kon niet worden geladen: geen verbinding. Probeer het opnieuw.", preset.title),
                    format!("The plan of this link ({}) could not be loaded: no connection. Try again.", preset.title),
                ))),
            },
            None => Vec::new(),
        };
        let request = Request::OpenShort {
            fragment: fragment.to_string(),
        };
        let reply = ask(&request, &[&file]).await;
        return Some(match reply.scenario {
            Some(json) => load_scenario(json.as_bytes()),
            None => Err(LoadError {
                problems: reply
                    .problems
                    .into_iter()
                    .map(|p| Problem::new(&p.column, p.message.nl, p.message.en))
                    .collect(),
            }),
        });
    }
    let bytes = match fragment_bytes(fragment)? {
        Ok(bytes) => bytes,
        Err(refused) => return Some(Err(refused)),
    };
    let json = browser::flate(&bytes, true, MAX_FILE_BYTES).await;
    Some(scenario_from_inflated(json.as_deref()))
}

/// The whole scenario as a link on `page_url` (`#s=`, deflated by the
/// browser): too long for a mail client is an error; None when the browser
/// cannot deflate.
pub async fn full_link(page_url: &str, scenario: &Scenario) -> Option<Result<String, LinkTooLong>> {
    let json = link_json(scenario);
    let deflated = browser::flate(json.as_bytes(), false, usize::MAX).await?;
    Some(link_of_deflated(page_url, &deflated))
}

/// The short link (`page#p=…`) of a scenario that starts from a built-in
/// preset and differs from it only in knobs and name, made by the worker;
/// None otherwise (own data, a lever added, …): then only the full link or
/// the file will do.
pub async fn short_link(page_url: &str, scenario: &Scenario) -> Option<String> {
    let candidates: Vec<&Preset> = match &scenario.provenance {
        Provenance::Example => presets().iter().filter(|p| p.is_built_in()).collect(),
        Provenance::Plan { .. } => presets().iter().filter(|p| !p.is_built_in()).collect(),
        Provenance::Own { .. } => return None,
    };
    let mut ids = Vec::new();
    let mut files = vec![scenario_to_json(scenario).into_bytes()];
    for preset in candidates {
        if let Some(json) = preset_json(preset).await {
            ids.push(preset.id.to_string());
            files.push(json);
        }
    }
    let request = Request::ShortLink {
        page: page_url.to_string(),
        presets: ids,
    };
    let files: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    ask(&request, &files).await.export
}

//! Asking the import worker (`src/bin/import_worker.rs`) to read a table or
//! write a template: a worker per question, ended after its answer, so the
//! CSV reading lives in its own wasm and never blocks the page.

use jeugdscenario_engine::region_csv::protocol::{Reply, Request};
use jeugdscenario_engine::Text;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The worker's script, as trunk writes it beside the app.
const WORKER: &str = "./import_worker_loader.js";

/// The worker's reply; when the worker cannot be started or answers
/// nothing readable, a problem of the file as a whole, in Dutch.
pub async fn ask(request: &Request, files: &[&[u8]]) -> Reply {
    let parts: Vec<JsValue> = files.iter().map(|f| bytes_part(f)).collect();
    ask_with(request, &parts, None).await
}

/// A file for [`ask_with`] as bytes.
pub fn bytes_part(bytes: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(bytes).into()
}

/// [`ask`] with files as bytes ([`bytes_part`]) or as the chosen `File`
/// itself (the worker reads it: a large file is never copied on the page),
/// the job's progress in percent set into `progress` as the worker says it.
pub async fn ask_with(
    request: &Request,
    parts: &[JsValue],
    progress: Option<RwSignal<u8>>,
) -> Reply {
    match try_ask(request, parts, progress).await {
        Some(reply) => reply,
        None => Reply::refused(Text::new(
            "Het bestand kon niet worden ingelezen: het inleesonderdeel van de planner start niet. Laad de pagina opnieuw (offline werkt het pas na één bezoek met verbinding). Er is niets veranderd.",
            "The file could not be read: the planner's reading part does not start. Reload the page. Nothing changed.",
        )),
    }
}

/// The worker's next message.
async fn next_message(worker: &web_sys::Worker) -> Option<JsValue> {
    let message = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |ev: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &ev.data());
        });
        let on_error = Closure::once_into_js(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(message).await.ok()
}

async fn try_ask(
    request: &Request,
    parts: &[JsValue],
    progress: Option<RwSignal<u8>>,
) -> Option<Reply> {
    let worker = web_sys::Worker::new(WORKER).ok()?;
    let answer = ask_started(&worker, request, parts, progress).await;
    worker.terminate();
    answer
}

/// Waits for the worker to say it is ready (a message sent earlier would
/// be lost), asks, and reads the answer.
async fn ask_started(
    worker: &web_sys::Worker,
    request: &Request,
    parts: &[JsValue],
    progress: Option<RwSignal<u8>>,
) -> Option<Reply> {
    next_message(worker).await?;
    let message = js_sys::Array::of1(&JsValue::from_str(&serde_json::to_string(request).ok()?));
    for part in parts {
        message.push(part);
    }
    worker.post_message(&message).ok()?;
    loop {
        let answer = next_message(worker).await?.as_string()?;
        match answer.strip_prefix("voortgang:") {
            Some(percent) => {
                if let (Some(progress), Ok(percent)) = (progress, percent.parse()) {
                    progress.set(percent);
                }
            }
            None => return Reply::from_wire(serde_json::from_str(&answer).ok()?),
        }
    }
}

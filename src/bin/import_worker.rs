//! The web worker that does all the work with a region's own tables (CSV)
//! off the page's main thread: each message is `[request JSON, file...]`
//! (a file as bytes or as the chosen `File`, read here so a large file is
//! never copied on the page), each answer the reply's JSON
//! (`region_csv::protocol`). Before the answer it may send "voortgang:N"
//! (N percent done) for a long job. It holds no state; its first message
//! says it is ready.

use jeugdhulp_app::{label_units, line_chart_svg};
use jeugdscenario_engine::region_csv::protocol::{answer_with, Host, Reply};
use jeugdscenario_engine::view::chart::LineChart;
use jeugdscenario_engine::Text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The narrowest a Terugblik chart is shown (CSS px, `.lookback-charts`):
/// its labels are laid out to be at least 11 px there.
const NARROWEST_CHART_PX: f64 = 300.0;

/// Tells the page how far a job is (only when the percentage changes) and
/// draws charts with the app's own layout.
struct Worker {
    scope: web_sys::DedicatedWorkerGlobalScope,
    said: Option<u8>,
}

impl Host for Worker {
    fn progress(&mut self, percent: u8) {
        if self.said != Some(percent) {
            self.said = Some(percent);
            let _ = self
                .scope
                .post_message(&JsValue::from_str(&format!("voortgang:{percent}")));
        }
    }

    fn draw(&mut self, chart: &LineChart) -> Option<String> {
        Some(line_chart_svg(chart, label_units(11.0, NARROWEST_CHART_PX)))
    }
}

/// A file of the message: bytes, or a `File` (a Blob) read here; None
/// when the browser cannot read it (changed or removed since it was chosen).
fn bytes(part: JsValue) -> Option<Vec<u8>> {
    match part.dyn_into::<web_sys::Blob>() {
        Ok(blob) => web_sys::FileReaderSync::new()
            .and_then(|reader| reader.read_as_array_buffer(&blob))
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
            .ok(),
        Err(part) => Some(js_sys::Uint8Array::new(&part).to_vec()),
    }
}

fn unreadable() -> String {
    let reply = Reply::refused(Text::new(
        "Het bestand kon niet worden gelezen: is het na het kiezen veranderd, verplaatst of verwijderd? Kies het opnieuw. Er is niets veranderd.",
        "The file could not be read: was it changed, moved or removed after it was chosen? Choose it again. Nothing changed.",
    ));
    serde_json::to_string(&reply.to_wire()).unwrap_or_default()
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let message: js_sys::Array = ev.data().unchecked_into();
            let request = message.get(0).as_string().unwrap_or_default();
            let files: Option<Vec<Vec<u8>>> = (1..message.length())
                .map(|i| bytes(message.get(i)))
                .collect();
            let mut host = Worker {
                scope: replies.clone(),
                said: None,
            };
            let answer = match files {
                Some(files) => answer_with(&request, &files, &mut host),
                None => unreadable(),
            };
            let _ = replies.post_message(&JsValue::from_str(&answer));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A message sent before the handler above was set would be lost: the
    // app waits for this one before it asks.
    let _ = scope.post_message(&JsValue::from_str("klaar"));
}

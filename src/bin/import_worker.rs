//! The web worker that does all the work with a region's own tables (CSV)
//! off the page's main thread: each message is `[request JSON, file
//! bytes...]`, each answer the reply's JSON (`region_csv::protocol`). It
//! holds no state; its first message says it is ready.

use jeugdscenario_engine::region_csv::protocol::answer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let message: js_sys::Array = ev.data().unchecked_into();
            let request = message.get(0).as_string().unwrap_or_default();
            let files: Vec<Vec<u8>> = (1..message.length())
                .map(|i| js_sys::Uint8Array::new(&message.get(i)).to_vec())
                .collect();
            let _ = replies.post_message(&JsValue::from_str(&answer(&request, &files)));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A message sent before the handler above was set would be lost: the
    // app waits for this one before it asks.
    let _ = scope.post_message(&JsValue::from_str("klaar"));
}

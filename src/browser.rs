//! Everything the app asks of the browser outside the page: downloads
//! (scenario file, CSV, JSON, charts), reading an imported file (bounded
//! before it is read), deflating a share link, the clipboard and printing. Local storage has its own
//! module (`storage`).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The build this page came from: the hash scripts/precache.mjs writes into
/// `<meta name="jeugdhulp-versie">` (None in a build without it).
pub fn build_version() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=jeugdhulp-versie]")
        .ok()??
        .get_attribute("content")
        .filter(|v| !v.is_empty())
}

/// Offers `contents` as a download named `filename`.
pub fn download_text(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = download_url(filename, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// Clicks a temporary link to `url` with the download attribute.
pub fn download_url(filename: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("geen document")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.style().set_property("display", "none")?;
    let body = document.body().ok_or("geen body")?;
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    Ok(())
}

/// Renders an SVG chart into a PNG (twice its size, on white) and offers it
/// as a download. The browser draws the SVG, so text looks as on screen.
pub fn download_svg_as_png(
    filename: String,
    svg: &str,
    width: u32,
    height: u32,
) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("geen document")?;
    let sized = svg.replacen(
        "<svg ",
        &format!("<svg width=\"{width}\" height=\"{height}\" "),
        1,
    );
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&sized)
    );
    let image = web_sys::HtmlImageElement::new()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let (w, h) = (width * 2, height * 2);
    canvas.set_width(w);
    canvas.set_height(h);
    let drawn = image.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let draw = || -> Result<(), JsValue> {
            let context: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or("geen 2d-context")?
                .dyn_into()?;
            context.set_fill_style_str("#ffffff");
            context.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
            context.draw_image_with_html_image_element_and_dw_and_dh(
                &drawn,
                0.0,
                0.0,
                f64::from(w),
                f64::from(h),
            )?;
            download_url(&filename, &canvas.to_data_url()?)
        };
        let _ = draw();
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}

/// A file name from a scenario name: letters, digits, dashes.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "scenario".into()
    } else {
        stem.chars().take(60).collect()
    }
}

/// The bytes of a chosen or dropped file; None when the browser cannot
/// read it. (Its size is checked before: `scenarios::size_problem`.)
pub async fn read_file(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (web-sys has it only behind its
    /// unstable APIs); a readable and writable pair for `pipeThrough`.
    #[wasm_bindgen(extends = web_sys::ReadableWritablePair)]
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    #[wasm_bindgen(extends = web_sys::ReadableWritablePair)]
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// `bytes` deflated (raw DEFLATE, RFC 1951, as share links carry it) or,
/// with `inflate`, inflated, by the browser's own compression streams;
/// inflating stops once the result would be over `limit` bytes. None when
/// the browser cannot, the data is not deflated or the limit is passed.
pub async fn flate(bytes: &[u8], inflate: bool, limit: usize) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let pair: web_sys::ReadableWritablePair = if inflate {
        DecompressionStream::new("deflate-raw").ok()?.into()
    } else {
        CompressionStream::new("deflate-raw").ok()?.into()
    };
    let stream = blob.stream().pipe_through(&pair);
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        if js_sys::Reflect::get(&chunk, &"done".into())
            .ok()?
            .is_truthy()
        {
            return Some(out);
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        if out.len() + value.length() as usize > limit {
            let _ = reader.cancel();
            return None;
        }
        out.extend(value.to_vec());
    }
}

/// The text of one of the app's own files (`presets/...`), fetched from
/// the server or, offline, from the service worker's cache.
pub async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("geen venster")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("geen tekst"))
}

/// Whether a key pressed at `target` is typing in a text field, so a
/// page-wide shortcut must leave it alone. Sliders, checkboxes and file
/// fields take no letters or digits (and undo stays the app's there).
pub fn is_text_entry(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            let kind = el.get_attribute("type").unwrap_or_default();
            tag == "textarea"
                || (tag == "input"
                    && !matches!(kind.as_str(), "range" | "checkbox" | "radio" | "file"))
        })
}

/// Whether `target` is a select, where letters choose an option.
pub fn is_select(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("select"))
}

/// Puts `text` on the clipboard; false when the browser offers none.
pub fn copy_to_clipboard(text: &str) -> bool {
    match web_sys::window() {
        Some(window) => {
            // The promise settles later; a refusal leaves the text selectable in its field.
            let _ = window.navigator().clipboard().write_text(text);
            true
        }
        None => false,
    }
}

/// Moves the focus to the element with `id` once the view that holds it
/// has been drawn (after a tab change, say).
pub fn focus_later(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
}

/// Scrolls the page to its top, where the title and the notices are.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Opens the browser's print dialog (the A4 report of print.css).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today in the user's time zone as `YYYY-MM-DD`: the day a table was read
/// in, as a scenario's provenance records it.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_and_digits() {
        assert_eq!(file_stem("Voorbeeldregio"), "voorbeeldregio");
        assert_eq!(file_stem("Plan 2027 (<b>kopie</b>)"), "plan-2027-b-kopie-b");
        assert_eq!(file_stem("///"), "scenario");
    }
}

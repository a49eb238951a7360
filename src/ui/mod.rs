//! What every feature uses and none owns: ids for label and aria links, a
//! refusal's message, folds built only while open, a titled section with
//! its hint, labelled fields (a choice, a line of text), the slot through
//! which workshop mode puts its pin beside a knob, and how far the page's
//! start has come. Features import this; it imports no feature.

mod fields;
mod parts;
mod pins;
mod section;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::i18n::{use_i18n, Text};

pub use fields::{NumberField, SelectField, TextField};
pub use parts::StartParts;
pub use pins::PinSlot;
pub use section::{Hint, Section};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A unique id for label/for and aria links.
pub fn unique_id(stem: &str) -> String {
    format!("{stem}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// The `toggle` handler of a fold (`<details>`) whose body is built only
/// while it is open, so the controls of closed folds (every care form, every
/// budget line) do not follow each lever move.
pub fn track_open(open: RwSignal<bool>) -> impl Fn(leptos::ev::Event) + Copy {
    move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
}

/// The message of a refused button or field, kept until the next attempt.
pub fn show_refusal<T>(error: RwSignal<Option<Text>>, result: Result<T, Text>) {
    error.set(result.err());
}

/// The message of a refused button or field, announced to screen readers.
#[component]
pub fn ErrorMessage(error: RwSignal<Option<Text>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="lever__error" role="alert">{move || error.with(|e| e.as_ref().map(|m| i18n.show(m)))}</p>
    }
}

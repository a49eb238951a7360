//! Labelled form fields every feature uses: a choice from a list, a line
//! of text and a number typed as text. Each reports what the user chose or
//! typed to its caller, which makes the edit; none holds state of its own
//! (a number stays text in its caller's signal until the engine reads it).

use leptos::prelude::*;

use crate::i18n::{use_i18n, Text};
use crate::ui::unique_id;

/// A labelled choice from `options` (value, words shown).
#[component]
pub fn SelectField(
    /// The label, Dutch and English.
    label: (&'static str, &'static str),
    /// The value chosen now.
    #[prop(into)]
    value: Signal<String>,
    /// The choices, as (value, words shown).
    #[prop(into)]
    options: Signal<Vec<(String, Text)>>,
    /// Told the value the user picks.
    #[prop(into)]
    on_pick: Callback<String>,
    /// The list starts with "— kies —" (value ""): nothing chosen yet.
    #[prop(optional)]
    unchosen: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("keuze");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {unchosen.then(|| view! { <option value="">{move || i18n.t("— kies —", "— choose —")}</option> })}
                {move || options.get().into_iter().map(|(option, words)| {
                    // Marked as chosen itself too: the select's value is set
                    // before its options exist when it is first built.
                    let chosen = value.with_untracked(|v| *v == option);
                    view! { <option value=option selected=chosen>{i18n.show(&words)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled line of text, committed when the user leaves it or presses
/// Enter (`change`), trimmed.
#[component]
pub fn TextField(
    /// The label, Dutch and English.
    label: (&'static str, &'static str),
    /// The text now.
    #[prop(into)]
    value: Signal<String>,
    /// Told the text the user commits, trimmed.
    #[prop(into)]
    on_commit: Callback<String>,
    /// The longest text the file format takes.
    maxlength: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("tekst");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
            <input type="text" id=id maxlength=maxlength prop:value=move || value.get()
                on:change=move |ev| on_commit.run(event_target_value(&ev).trim().to_string()) />
        </div>
    }
}

/// A labelled number typed as text, kept as typed until the caller reads it
/// with the engine's `Field::parse` (which says in Dutch what is wrong).
#[component]
pub fn NumberField(
    /// The label, Dutch and English.
    label: (&'static str, &'static str),
    /// The text as typed.
    value: RwSignal<String>,
    /// `numeric` for whole numbers, `decimal` otherwise (the phone's keyboard).
    #[prop(default = "decimal")]
    inputmode: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("getal");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
            <input type="text" inputmode=inputmode id=id class="lever__number"
                prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

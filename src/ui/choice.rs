//! A labelled choice from a list that starts with "— kies —" (nothing
//! chosen), bound to a signal holding the chosen value ("" for none).

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::unique_id;

#[component]
pub fn ChoiceField(
    /// The label, Dutch and English.
    label: (&'static str, &'static str),
    /// The chosen value; "" while nothing is chosen.
    value: RwSignal<String>,
    /// The choices, as (value, name shown).
    #[prop(into)]
    choices: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("keuze");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label.0, label.1)}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="">{move || i18n.t("— kies —", "— choose —")}</option>
                {move || choices.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
        </div>
    }
}

//! What every panel of the levers column shares besides its titled section
//! ([`crate::ui::Section`]): the ids of the entities it lists, followed as
//! the scenario changes (so a panel rebuilds only when one is added or
//! removed), the care forms to choose from, and the remove button.

use jeugdscenario_engine::{Edit, Scenario};
use leptos::prelude::*;

use crate::i18n::{use_i18n, Text};
use crate::state::use_state;
use crate::ui::{show_refusal, ErrorMessage, StartParts};

/// The ids `pick` lists from the scenario, as a memo; none until the
/// page's start has reached `part` (its list is built in that part's task).
pub fn ids_of(part: u8, pick: fn(&Scenario) -> Vec<String>) -> Memo<Vec<String>> {
    let state = use_state();
    let parts = StartParts::here();
    Memo::new(move |_| {
        if StartParts::reached(parts, part) {
            state.scenario.with(pick)
        } else {
            Vec::new()
        }
    })
}

/// The button that removes a lever, a budget line or an investment (the
/// engine edit `remove`), with its refusal under it.
#[component]
pub fn RemoveButton(
    /// The edit that removes it.
    remove: Edit,
    /// The button's words, Dutch and English.
    label: (&'static str, &'static str),
    /// What it removes, added to the button's accessible name when several
    /// such buttons stand on the page ("Verwijder regel Jeugd-GGZ → POH-jeugd").
    #[prop(optional, into)]
    subject: Option<Signal<Option<String>>>,
    /// A small button (beside one change among others).
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let remove = StoredValue::new(remove);
    let error = RwSignal::new(None::<Text>);
    let words = move || i18n.t(label.0, label.1);
    let name = move || subject.map(|s| format!("{} {}", words(), s.get().unwrap_or_default()));
    view! {
        <button
            type="button"
            class=if small { "button button--quiet button--small" } else { "button button--quiet" }
            aria-label=name
            on:click=move |_| show_refusal(error, state.apply(remove.get_value()))
        >
            {words}
        </button>
        <ErrorMessage error=error />
    }
}

/// The care forms to choose from, by id and name.
pub fn care_form_choices() -> Memo<Vec<(String, Text)>> {
    let state = use_state();
    Memo::new(move |_| {
        state.scenario.with(|s| {
            s.care_forms
                .iter()
                .map(|f| (f.id.clone(), Text::same(f.label.clone())))
                .collect()
        })
    })
}

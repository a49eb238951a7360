//! What every panel of the levers column shares: a titled section with its
//! hint, and the ids of the entities it lists (followed as the scenario
//! changes, so a panel rebuilds only when one is added or removed).

use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_state;

/// A panel: `<section>` named by its `h2`, the hint under it, then the
/// panel's own controls.
#[component]
pub fn LeverPanel(
    /// The title's id, which names the section.
    id: &'static str,
    /// Title in Dutch and English.
    title: (&'static str, &'static str),
    /// What the panel's levers do, in Dutch and English.
    hint: (&'static str, &'static str),
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby=id>
            <h2 id=id>{move || i18n.t(title.0, title.1)}</h2>
            <p class="panel__hint">{move || i18n.t(hint.0, hint.1)}</p>
            {children()}
        </section>
    }
}

/// The ids `pick` lists from the scenario, as a memo.
pub fn ids_of(pick: fn(&Scenario) -> Vec<String>) -> Memo<Vec<String>> {
    let state = use_state();
    Memo::new(move |_| state.scenario.with(pick))
}

//! A titled part of the page: a `<section>` named by its heading, with a
//! hint under the title that says what the part is for.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// `<section>` named by its heading (`h2`, or `h3` for a part of a view),
/// the hint under it when there is one, then the section's own content.
#[component]
pub fn Section(
    /// The heading's id, which names the section.
    id: &'static str,
    /// The section's class (`panel view` for a tab, `analysis-part`, ...).
    class: &'static str,
    /// Title in Dutch and English.
    title: (&'static str, &'static str),
    /// What the part is for, in Dutch and English.
    #[prop(optional)]
    hint: Option<(&'static str, &'static str)>,
    /// A part of a view, under its `h2`: the title is an `h3`.
    #[prop(optional)]
    sub: bool,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || i18n.t(title.0, title.1);
    let heading = if sub {
        view! { <h3 id=id>{title}</h3> }.into_any()
    } else {
        view! { <h2 id=id>{title}</h2> }.into_any()
    };
    view! {
        <section class=class aria-labelledby=id>
            {heading}
            {hint.map(|(nl, en)| view! { <Hint nl=nl en=en /> })}
            {children()}
        </section>
    }
}

/// A hint: what a part of the page is for, in the language shown.
#[component]
pub fn Hint(nl: &'static str, en: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="panel__hint">{move || i18n.t(nl, en)}</p> }
}

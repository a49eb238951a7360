//! Headline cards: the last year's balance, the cumulative balance, savings
//! against the baseline and the residential share, each with one sentence.
//! What they say comes from the engine's view model (`view::cards`).

use jeugdscenario_engine::summary::Headline;
use jeugdscenario_engine::view::headline_cards;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn HeadlineCards() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    // Read in place: the projections are not copied for the cards.
    let cards = Memo::new(move |_| {
        state.projection.with(|p| {
            state
                .baseline
                .with(|b| Headline::of_projections(p, b).map(|h| headline_cards(&h)))
        })
    });
    let card = move |index: usize, id: &'static str| {
        let field = move |f: fn(&jeugdscenario_engine::view::Card) -> String| {
            move || cards.with(|c| c.as_ref().map(|c| f(&c[index])))
        };
        view! {
            <article
                class=move || format!("card card--{}", cards.with(|c| c.as_ref().map_or("neutral", |c| c[index].tone.class())))
                data-testid=format!("kaart-{id}")
            >
                <h2 class="card__title">{move || cards.with(|c| c.as_ref().map(|c| i18n.show(&c[index].title)))}</h2>
                <p class="card__figure">{field(|c| c.figure.clone())}</p>
                <p class="card__sentence">{move || cards.with(|c| c.as_ref().map(|c| i18n.show(&c[index].sentence)))}</p>
            </article>
        }
    };
    view! {
        <section class="cards" aria-label=move || i18n.t("Kerncijfers", "Headline figures")>
            {card(0, "saldo")}
            {card(1, "cumulatief")}
            {card(2, "besparing")}
            {card(3, "residentieel")}
        </section>
    }
}

//! Headline cards: the last year's balance, the cumulative balance, savings
//! against the baseline and the residential share, each with one sentence.

use jeugdscenario_engine::nl::{format_euro_millions, format_percent};
use jeugdscenario_engine::summary::Headline;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_state;

#[component]
pub fn HeadlineCards() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let headline = Memo::new(move |_| Headline::of(&state.comparison()));
    let card = move |title_nl: &'static str,
                     title_en: &'static str,
                     testid: &'static str,
                     figure: fn(&Headline) -> String,
                     sentence: fn(&Headline, crate::i18n::Lang) -> String,
                     tone: fn(&Headline) -> &'static str| {
        view! {
            <article
                class=move || format!("card card--{}", headline.with(|h| h.as_ref().map_or("neutral", tone)))
                data-testid=testid
            >
                <h2 class="card__title">{move || i18n.t(title_nl, title_en)}</h2>
                <p class="card__figure">{move || headline.with(|h| h.as_ref().map(figure))}</p>
                <p class="card__sentence">{move || headline.with(|h| h.as_ref().map(|h| sentence(h, i18n.get())))}</p>
            </article>
        }
    };
    view! {
        <section class="cards" aria-label=move || i18n.t("Kerncijfers", "Headline figures")>
            {card(
                "Saldo laatste jaar",
                "Balance in the last year",
                "kaart-saldo",
                |h| format_euro_millions(h.last_balance),
                |h, l| h.last_balance_sentence(l),
                |h| if h.last_balance.is_sign_negative() && !h.last_balance.is_zero() { "bad" } else { "good" },
            )}
            {card(
                "Cumulatief saldo",
                "Cumulative balance",
                "kaart-cumulatief",
                |h| format_euro_millions(h.cumulative_balance),
                |h, l| h.cumulative_sentence(l),
                |h| if h.cumulative_balance.is_sign_negative() && !h.cumulative_balance.is_zero() { "bad" } else { "good" },
            )}
            {card(
                "Besparing t.o.v. basislijn",
                "Savings against baseline",
                "kaart-besparing",
                |h| format_euro_millions(h.savings),
                |h, l| h.savings_sentence(l),
                |h| if h.savings.is_sign_negative() && !h.savings.is_zero() { "bad" } else { "neutral" },
            )}
            {card(
                "Aandeel verblijf",
                "Residential share",
                "kaart-verblijf",
                |h| format_percent(h.residential_share, 1),
                |h, l| h.residential_sentence(l),
                |_| "neutral",
            )}
        </section>
    }
}

//! The Leptos shell of the jeugdhulp scenario planner: a thin layer over the
//! pure engine (`jeugdscenario_engine`). It holds the working scenario in one
//! signal, derives the projection, and keeps the working copy in local
//! storage through `storage`.

mod features;
mod i18n;
mod state;
mod storage;

use jeugdscenario_engine::example::voorbeeldregio;
use leptos::prelude::*;

use features::cards::HeadlineCards;
use features::charts::ChartsPanel;
use features::levers::{BudgetPanel, FormChangesPanel, ShiftPanel, SubstitutionPanel};
use i18n::{I18n, Lang};
use state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let (stored, load_notice) = storage::load_working_copy();
    let state = AppState::new(stored.unwrap_or_else(voorbeeldregio));
    let i18n = I18n {
        lang: RwSignal::new(Lang::Nl),
    };
    provide_context(state);
    provide_context(i18n);

    let notice = RwSignal::new(load_notice);
    // Autosave: every change of the working scenario is written at once; a
    // failure is shown, and the scenario on screen stays as it is.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let result = state.scenario.with(storage::save_working_copy);
        if first_run.get_value() {
            // Do not overwrite a corrupt entry before the user changed anything.
            first_run.set_value(false);
            if notice.with_untracked(Option::is_some) {
                return;
            }
        }
        match result {
            Ok(()) => {
                if notice.with_untracked(|n| n.as_ref().is_some_and(|n| n.nl.contains("opslag"))) {
                    notice.set(None);
                }
            }
            Err(problem) => notice.set(Some(problem)),
        }
    });

    let reset = move |_| {
        storage::clear_working_copy();
        state.scenario.set(voorbeeldregio());
    };
    let illustrative = move || state.scenario.with(|s| s.illustrative);
    let title = move || state.scenario.with(|s| s.name.clone());
    let horizon = move || {
        state
            .scenario
            .with(|s| format!("{} – {}", s.base_year, s.last_year()))
    };

    view! {
        <a class="skip-link" href="#grafieken">{move || i18n.t("Naar de grafieken", "Skip to charts")}</a>
        <header class="topbar">
            <div class="topbar__brand">
                <p class="topbar__product">{move || i18n.t("Jeugdhulp scenarioplanner", "Youth care scenario planner")}</p>
                <h1 class="topbar__title">
                    {title}
                    <span class="topbar__horizon">{horizon}</span>
                </h1>
                <Show when=illustrative>
                    <p class="badge badge--illustrative">
                        {move || i18n.t(
                            "Illustratief voorbeeld: verzonnen regio, cijfers geschaald uit landelijke bronnen en aannames",
                            "Illustrative example: made-up region, figures scaled from national sources and assumptions",
                        )}
                    </p>
                </Show>
            </div>
            <div class="topbar__actions">
                <button
                    type="button"
                    class="button button--quiet"
                    lang=move || if i18n.get() == Lang::Nl { "en" } else { "nl" }
                    on:click=move |_| i18n.lang.update(|l| *l = if *l == Lang::Nl { Lang::En } else { Lang::Nl })
                >
                    {move || i18n.t("English", "Nederlands")}
                </button>
                <button type="button" class="button button--quiet" on:click=reset>
                    {move || i18n.t("Terug naar het voorbeeld", "Back to the example")}
                </button>
            </div>
        </header>
        {move || notice.get().map(|n| view! {
            <div class="notice" role="alert">
                <p>{i18n.pick(n.nl.clone(), n.en.clone())}</p>
                <button type="button" class="button button--quiet" on:click=move |_| notice.set(None)>
                    {i18n.t("Sluiten", "Close")}
                </button>
            </div>
        })}
        <main class="layout">
            <HeadlineCards />
            <aside class="levers" aria-label=move || i18n.t("Knoppen", "Levers")>
                <SubstitutionPanel />
                <ShiftPanel />
                <FormChangesPanel />
                <BudgetPanel />
            </aside>
            <section class="charts" id="grafieken" aria-label=move || i18n.t("Grafieken", "Charts")>
                <ChartsPanel />
            </section>
        </main>
    }
}

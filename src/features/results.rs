//! The results column: the tabs (Projectie, Doelen, Per gemeente, Bronnen, Eigen
//! gegevens, Analyse, Vergelijken, De zaal) and what each shows, with the
//! summary that heads the printed report.

use jeugdscenario_engine::summary::describe_levers;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::features::analysis::AnalysisView;
use crate::features::charts::ChartsPanel;
use crate::features::compare::CompareView;
use crate::features::municipalities::MunicipalitiesView;
use crate::features::own_data::{OwnDataView, StartOwnRegion};
use crate::features::room::RoomView;
use crate::features::sources::SourcesView;
use crate::features::targets::TargetsView;
use crate::{i18n, state};

/// What the right-hand column shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Projection,
    Targets,
    Municipalities,
    Sources,
    OwnData,
    Analysis,
    Compare,
    Room,
}

/// The tabs: their view, id and name in Dutch and English.
const TABS: [(View, &str, &str, &str); 8] = [
    (View::Projection, "tab-projectie", "Projectie", "Projection"),
    (View::Targets, "tab-doelen", "Doelen", "Targets"),
    (
        View::Municipalities,
        "tab-gemeenten",
        "Per gemeente",
        "Per municipality",
    ),
    (View::Sources, "tab-bronnen", "Bronnen", "Sources"),
    (View::OwnData, "tab-eigen", "Eigen gegevens", "Own data"),
    (View::Analysis, "tab-analyse", "Analyse", "Analysis"),
    (View::Compare, "tab-vergelijken", "Vergelijken", "Compare"),
    (View::Room, "tab-zaal", "De zaal", "The room"),
];

#[component]
pub fn Tabs() -> impl IntoView {
    let i18n = i18n::use_i18n();
    let current = RwSignal::new(View::Projection);
    follow_requests(current);
    // Arrow keys move between tabs, as screen-reader users expect.
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let index = TABS
            .iter()
            .position(|t| t.0 == current.get_untracked())
            .unwrap_or(0);
        let next = match e.key().as_str() {
            "ArrowRight" => (index + 1) % TABS.len(),
            "ArrowLeft" => (index + TABS.len() - 1) % TABS.len(),
            _ => return,
        };
        e.prevent_default();
        current.set(TABS[next].0);
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(TABS[next].1))
        {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    view! {
        <div class="tabs" role="tablist" aria-label=move || i18n.t("Weergave", "View") on:keydown=on_key>
            {TABS.into_iter().map(|(view, id, nl, en)| view! {
                <button
                    type="button"
                    role="tab"
                    id=id
                    class="tabs__tab"
                    aria-controls="weergave"
                    aria-selected=move || (current.get() == view).to_string()
                    tabindex=move || if current.get() == view { "0" } else { "-1" }
                    on:click=move |_| current.set(view)
                >
                    {move || i18n.t(nl, en)}
                </button>
            }).collect_view()}
        </div>
        <div class="tabs__panel" role="tabpanel" id="weergave"
            aria-labelledby=move || TABS.iter().find(|t| t.0 == current.get()).map_or("tab-projectie", |t| t.1)>
            {move || match current.get() {
                View::Projection => view! { <ChartsPanel /> <LeversInWords /> }.into_any(),
                View::Targets => view! { <TargetsView /> }.into_any(),
                View::Municipalities => view! { <MunicipalitiesView /> }.into_any(),
                View::Sources => view! { <SourcesView /> }.into_any(),
                View::OwnData => view! { <OwnDataView /> }.into_any(),
                View::Analysis => view! { <AnalysisView /> }.into_any(),
                View::Compare => view! { <CompareView /> }.into_any(),
                View::Room => view! { <RoomView /> }.into_any(),
            }}
        </div>
    }
}

/// Other parts of the page that open a tab: "Doel zoeken" beside a target
/// that is not met opens Analyse (goal seek there takes the request); the
/// header's "Eigen regio beginnen" opens Eigen gegevens.
fn follow_requests(current: RwSignal<View>) {
    let seek = state::SeekTarget(RwSignal::new(None));
    provide_context(seek);
    Effect::new(move |_| {
        if seek.0.with(Option::is_some) {
            current.set(View::Analysis);
        }
    });
    // A click after the tabs were drawn, not one from before (the tabs are
    // drawn again on leaving workshop mode).
    if let Some(start) = use_context::<StartOwnRegion>() {
        Effect::new(move |seen: Option<u32>| {
            let clicks = start.0.get();
            if seen.is_some_and(|seen| seen != clicks) {
                current.set(View::OwnData);
            }
            clicks
        });
    }
}

/// Maatregelen in woorden: every lever in a sentence.
#[component]
fn LeversInWords() -> impl IntoView {
    let state = state::use_state();
    let i18n = i18n::use_i18n();
    // Said again when a drag ends, not on each of its moves (the cards and
    // charts follow the drag): on the scenario at the format's limits these
    // are 490 sentences a move.
    let lines = Memo::new(
        move |previous: Option<&Vec<jeugdscenario_engine::Text>>| match previous {
            Some(lines) if state.dragging.get() => lines.clone(),
            _ => state.scenario.with(describe_levers),
        },
    );
    view! {
        <section class="chart levers-in-words" aria-labelledby="maatregelen-titel">
            <h2 id="maatregelen-titel">{move || i18n.t("Maatregelen in woorden", "Measures in words")}</h2>
            <ul>
                // Keyed by place and words: a lever move replaces its own line only.
                <For each=move || lines.get().into_iter().enumerate() key=|line| line.clone() let:line>
                    <li>{move || i18n.show(&line.1)}</li>
                </For>
            </ul>
        </section>
    }
}

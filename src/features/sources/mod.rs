//! Bronnen: every figure of the current scenario with where it comes from;
//! figures that differ from the scenario as it was opened are marked. The
//! rows come from the engine's view model (`view::sources`).

use jeugdscenario_engine::view::source_rows;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::Section;

#[component]
pub fn SourcesView() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let only_changed = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        state
            .scenario
            .with(|s| state.origin.with(|o| source_rows(s, o)))
    });
    let changed_count = move || rows.with(|r| r.iter().filter(|r| r.changed).count());
    view! {
        <Section id="bronnen-titel" class="panel view" title=("Bronnen", "Sources")
            hint=(
                "Elk cijfer van dit scenario met zijn bron. 'aanname' betekent: geen bron, een aanname. Gewijzigd: anders dan toen het scenario werd geopend.",
                "Every figure of this scenario with its source. 'aanname' means an assumption. Changed: different from when the scenario was opened.",
            )>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || only_changed.get() on:change=move |ev| only_changed.set(event_target_checked(&ev)) />
                {move || format!("{} ({})", i18n.t("Alleen gewijzigde cijfers", "Only changed figures"), changed_count())}
            </label>
            <div class="table-wrap" tabindex="0">
                <table class="data-table sources-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t("Onderdeel", "Item")}</th>
                            <th scope="col">{move || i18n.t("Gegeven", "Figure")}</th>
                            <th scope="col">{move || i18n.t("Waarde", "Value")}</th>
                            <th scope="col">{move || i18n.t("Bron", "Source")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().filter(|r| !only_changed.get() || r.changed).map(|r| view! {
                            <tr class:sources-table__changed=r.changed>
                                <th scope="row">{r.item}</th>
                                <td class="sources-table__field">{i18n.show(&r.field)}</td>
                                <td>{r.value}{r.changed.then(|| view! { <span class="badge badge--changed">{i18n.t("gewijzigd", "changed")}</span> })}</td>
                                <td class="sources-table__source">{r.source}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

//! What a table read from a CSV gave: every value it will put in the
//! scenario, with its notices, or the problems that stopped it.

use jeugdscenario_engine::region_csv::CsvProblem;
use jeugdscenario_engine::view::own_data::PreviewTable;
use jeugdscenario_engine::Text;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Every value, a row per entity, the first column as the row's header;
/// above it "Voorbeeld van "NAME": COUNT. THEN", `count` the rows in words
/// ("14 zorgvormen": `Table::counted`).
pub fn preview_table(name: &str, table: PreviewTable, count: Text, then: Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>{format!("{} \"{name}\": {}. {}", i18n.t("Voorbeeld van", "Preview of"), i18n.show(&count), i18n.show(&then))}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.t("Voorbeeld van de gelezen rijen", "Preview of the rows read")>
            <table class="data-table">
                <thead>
                    <tr>{table.headers.iter().map(|h| view! { <th scope="col">{i18n.show(h)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The problems of a refused file, by name: nothing of it is used.
pub fn problems_view(name: &str, problems: &[CsvProblem]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="csv-problems" role="alert">
            <p><strong>{format!("\"{name}\" {}", i18n.t("is niet overgenomen; er is niets veranderd:", "was not applied; nothing changed:"))}</strong></p>
            <ul>
                {problems.iter().take(30).map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
            </ul>
            {(problems.len() > 30).then(|| format!("… {} {}", problems.len() - 30, i18n.t("meer problemen", "more problems")))}
        </div>
    }
}

/// The notices of a read table (columns not used).
pub fn notices_view(notices: &[Text]) -> impl IntoView {
    let i18n = use_i18n();
    (!notices.is_empty()).then(|| {
        view! {
            <ul class="csv-notices">
                {notices.iter().map(|n| view! { <li>{i18n.show(n)}</li> }).collect_view()}
            </ul>
        }
    })
}

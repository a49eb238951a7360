//! What a table read from a CSV gave: every value it will put in the
//! scenario, with its notices, or the problems that stopped it.

use jeugdscenario_engine::region_csv::CsvProblem;
use jeugdscenario_engine::view::own_data::PreviewTable;
use jeugdscenario_engine::Text;
use leptos::prelude::*;

use super::table_file::{notices_view, problems_view};
use crate::i18n::use_i18n;

/// A table that was read: its preview and its notices.
pub struct ReadTable {
    pub table: PreviewTable,
    pub notices: Vec<Text>,
}

impl ReadTable {
    pub fn of(table: PreviewTable, notices: Vec<Text>) -> ReadTable {
        ReadTable { table, notices }
    }
}

/// What a read table is and what to do with it, for the preview's intro:
/// ("zorgvormen", "Controleer ze voordat u de regio aanmaakt.").
pub type Intro = (&'static str, &'static str);

/// The preview of the file `name` when it was read, its problems when not,
/// nothing before a file is chosen.
pub fn read_view(
    name: Option<String>,
    read: Option<Result<ReadTable, Vec<CsvProblem>>>,
    intro: Intro,
) -> impl IntoView {
    let name = name.unwrap_or_default();
    match read {
        None => ().into_any(),
        Some(Err(problems)) => problems_view(&name, &problems).into_any(),
        Some(Ok(read)) => view! {
            <div class="csv-preview">
                {preview_table(&name, read.table, intro)}
                {notices_view(&read.notices)}
            </div>
        }
        .into_any(),
    }
}

/// Every value, a row per entity, the first column as the row's header;
/// above it "Voorbeeld van "NAME": N zorgvormen. ...".
pub fn preview_table(name: &str, table: PreviewTable, (what, then): Intro) -> impl IntoView {
    let i18n = use_i18n();
    let count = table.rows.len();
    view! {
        <p>{format!("{} \"{name}\": {count} {what}. {then}", i18n.t("Voorbeeld van", "Preview of"))}</p>
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

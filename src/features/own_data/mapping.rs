//! De koppeling of "Uit de administratie": which care form counts each
//! product category (or product code) of the allocations file, as the
//! worker used it, changeable per line. A change asks the worker again with
//! the rules as they are now; a mapping can also be chosen as a CSV (with
//! rules per product code) and the one in use downloaded. The mapping is
//! kept with the scenario when its care forms are taken over.

use jeugdscenario_engine::region_csv::protocol::Reply;
use leptos::prelude::*;

/// The mapping of a reply: its rules, the care forms they may name, its CSV.
pub type InUse = (Vec<[String; 4]>, Vec<[String; 3]>, String);

/// The mapping `reply` was counted with, when it has one.
pub fn in_use(reply: &Reply) -> Option<InUse> {
    (!reply.mapping_rules.is_empty()).then(|| {
        (
            reply.mapping_rules.clone(),
            reply.mapping_forms.clone(),
            reply.mapping.clone().unwrap_or_default(),
        )
    })
}

use crate::browser::download_text;
use crate::i18n::use_i18n;
use crate::ui::unique_id;

/// What the user changed: the rules as sent to the worker (category, code,
/// care form id or empty), or a mapping file chosen.
#[derive(Clone, Default)]
pub struct Changed {
    pub rules: Option<Vec<[String; 3]>>,
    pub file: Option<web_sys::File>,
}

/// The mapping in use, a line per rule, each with a choice of care form
/// that changes `changed`. Laid out again only when the mapping differs (a
/// choice answered leaves it as chosen, so the focus stays on it).
pub fn mapping_view((rules, forms, csv): InUse, changed: RwSignal<Changed>) -> impl IntoView {
    let i18n = use_i18n();
    let file_id = unique_id("koppeling");
    let counted = rules.iter().filter(|r| !r[2].is_empty()).count();
    let all = rules.clone();
    let choose = move |line: usize, form: String| {
        let next: Vec<[String; 3]> = all
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let form = if i == line {
                    form.clone()
                } else {
                    r[2].clone()
                };
                [r[0].clone(), r[1].clone(), form]
            })
            .collect();
        changed.set(Changed {
            rules: Some(next),
            file: None,
        });
    };
    let lines = rules
        .iter()
        .enumerate()
        .map(|(line, [category, code, form, rows])| {
            let name = if code.is_empty() {
                format!("{} {category}", i18n.t("Zorgvorm voor productcategorie", "Care form for product category"))
            } else {
                format!("{} {code}", i18n.t("Zorgvorm voor productcode", "Care form for product code"))
            };
            let choose = choose.clone();
            view! {
                <tr>
                    <th scope="row">{category.clone()}</th>
                    <td>{if code.is_empty() { i18n.t("alle", "all").to_string() } else { code.clone() }}</td>
                    <td class="num">{rows.clone()}</td>
                    <td>
                        <select aria-label=name on:change=move |ev| choose(line, event_target_value(&ev))>
                            <option value="" selected=form.is_empty()>{i18n.t("niet meetellen", "not counted")}</option>
                            {forms.iter().map(|[id, label, _]| view! {
                                <option value=id.clone() selected=id == form>{label.clone()}</option>
                            }).collect_view()}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        if file.is_some() {
            changed.set(Changed { rules: None, file });
        }
    };
    let download = move |_| {
        let _ = download_text("koppeling.csv", "text/csv;charset=utf-8", &csv);
    };
    view! {
        <details class="mapping">
            <summary>{format!("{} ({counted} {})", i18n.t("Koppeling van productcategorie naar zorgvorm", "Mapping of product category to care form"), i18n.t("regels", "rules"))}</summary>
            <p class="panel__hint">{i18n.t(
                "Welke zorgvorm telt de toewijzingen van elke productcategorie? Een andere keuze rekent de zorgvormen en de Terugblik opnieuw uit. Regels per productcode: download de koppeling, vul ze aan in Excel en kies het bestand. Neemt u de zorgvormen over, dan wordt de koppeling met het scenario bewaard en volgend jaar weer gebruikt.",
                "Which care form counts each product category's allocations? Another choice derives the care forms and the Terugblik again. Taken over with the care forms, the mapping is kept with the scenario.",
            )}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.t("Koppeling", "Mapping")>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{i18n.t("Productcategorie", "Product category")}</th>
                        <th scope="col">{i18n.t("Productcode", "Product code")}</th>
                        <th scope="col">{i18n.t("Rijen in het bestand", "Rows in the file")}</th>
                        <th scope="col">{i18n.t("Zorgvorm", "Care form")}</th>
                    </tr></thead>
                    <tbody>{lines}</tbody>
                </table>
            </div>
            <div class="add-row">
                <input type="file" id=file_id.clone() class="visually-hidden" accept=".csv,.txt,text/csv,text/plain" on:change=on_file />
                <label class="button file-button" for=file_id>{i18n.t("Koppeling (CSV)", "Mapping (CSV)")}</label>
                <button type="button" class="button button--quiet" on:click=download>{i18n.t("Koppeling downloaden (CSV)", "Download mapping (CSV)")}</button>
            </div>
        </details>
    }
}

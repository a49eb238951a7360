//! De zaal's table per knob, compact enough for 1366 px: the lowest, median
//! and highest choice with a dot plot, who chose what on demand, and the
//! knobs on which everyone agreed folded away under the table.

use jeugdscenario_engine::view::room::{KnobSpread, Room};
use leptos::prelude::*;

use super::dots::dots_svg;
use crate::i18n::use_i18n;

/// Knobs listed before "Toon alle".
const FIRST_KNOBS: usize = 15;

fn knob_row(k: &KnobSpread, names: &[String]) -> impl IntoView {
    let i18n = use_i18n();
    let who = k
        .choices
        .iter()
        .zip(names)
        .map(|(c, n)| {
            let value = c.map_or_else(|| "—".to_string(), |v| k.knob.show(v));
            view! { <li>{format!("{n}: {value}")}</li> }
        })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{i18n.show(&k.knob.full_label())}</th>
            <td>{k.knob.show(k.min)}</td>
            <td>{k.knob.show(k.median)}</td>
            <td>{k.knob.show(k.max)}</td>
            <td class="room__dots" inner_html=dots_svg(k)></td>
            <td class="room__who">
                <details>
                    <summary>{i18n.t("Wie koos wat", "Who chose what")}</summary>
                    <ul>{who}</ul>
                </details>
            </td>
        </tr>
    }
}

/// Drawn inside the room's reactive view, so it follows the language.
pub fn knob_table(room: &Room, show_all: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let (apart, agreed): (Vec<&KnobSpread>, Vec<&KnobSpread>) =
        room.knobs.iter().partition(|k| !k.agreed);
    let count = apart.len();
    let limit = if show_all.get() {
        usize::MAX
    } else {
        FIRST_KNOBS
    };
    let rows = apart
        .iter()
        .take(limit)
        .map(|k| knob_row(k, &room.names))
        .collect_view();
    let agreed_list = agreed
        .iter()
        .map(|k| view! { <li>{format!("{}: {}", i18n.show(&k.knob.full_label()), k.knob.show(k.min))}</li> })
        .collect_view();
    let agreed_count = agreed.len();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table room-table">
                <caption>{i18n.t(
                    "Per knop waarop de zaal verschilt: laagste, mediaan en hoogste keuze, de keuzes als stippen (de streep is de mediaan) en wie wat koos (grootste spreiding eerst)",
                    "Per lever the room differs on: lowest, median and highest choice, the choices as dots (the bar is the median) and who chose what (widest spread first)",
                )}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("Knop", "Lever")}</th>
                    <th scope="col">{i18n.t("Laagste", "Lowest")}</th>
                    <th scope="col">{i18n.t("Mediaan", "Median")}</th>
                    <th scope="col">{i18n.t("Hoogste", "Highest")}</th>
                    <th scope="col">{i18n.t("Spreiding", "Spread")}</th>
                    <th scope="col">{i18n.t("Keuzes", "Choices")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(count > limit).then(|| view! {
            <button type="button" class="button button--quiet" on:click=move |_| show_all.set(true)>
                {format!("{} ({count})", i18n.t("Toon alle knoppen waarop de zaal verschilt", "Show every lever the room differs on"))}
            </button>
        })}
        {(agreed_count > 0).then(|| view! {
            <details class="room__agreed">
                <summary>{format!("{} ({agreed_count})", i18n.t("Knoppen waarover iedereen het eens is", "Levers everyone agrees on"))}</summary>
                <ul>{agreed_list}</ul>
            </details>
        })}
    }
}

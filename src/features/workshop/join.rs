//! Meedoen: in workshop mode a QR code and a link to the scenario on
//! screen, large enough to scan from the back of the room, so every
//! participant opens it in their own browser (laptop or phone) and plays
//! with it. A scenario from a built-in plan or the example travels as a
//! short link (the preset and the knobs that differ); one with own figures
//! only as the whole scenario, too long for a QR code: then the panel says
//! to share the file or the link by chat. The QR code is made by the import
//! worker (`qrcodegen` is not in the app's wasm).

use jeugdscenario_engine::qr::QrMatrix;
use jeugdscenario_engine::region_csv::protocol::Request;
use leptos::prelude::*;

use crate::browser;
use crate::features::scenarios::{full_link, short_link};
use crate::i18n::use_i18n;
use crate::state::use_state;

/// Longest link shown as a QR code: beyond it the code has so many modules
/// that a phone camera no longer reads it off a projector at 5 metres (a
/// 600-character link is about 85 modules a side).
const MAX_QR_LINK: usize = 600;
/// Light modules around the code, as the standard asks.
const QUIET: u32 = 4;

/// The link for the room: short where it can be, else the whole scenario.
async fn link_for_room(page: String, scenario: jeugdscenario_engine::Scenario) -> Option<String> {
    if let Some(short) = short_link(&page, &scenario).await {
        return Some(short);
    }
    full_link(&page, &scenario).await?.ok()
}

/// The code as SVG: a square per dark module, on white with its quiet zone.
fn qr_svg(qr: &QrMatrix, label: &str) -> String {
    let side = qr.size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..qr.size {
        for x in 0..qr.size {
            if qr.is_dark(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    format!(
        r##"<svg class="join__qr" viewBox="0 0 {side} {side}" role="img" aria-label="{label}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="{side}" height="{side}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    )
}

#[derive(Clone, PartialEq)]
enum Join {
    Making,
    Ready { link: String, qr: Option<String> },
    NoLink,
}

#[component]
pub fn JoinPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let join = RwSignal::new(Join::Making);
    // Each scenario shown asks anew; only the latest question's answer is shown.
    let asked = StoredValue::new(0u32);
    Effect::new(move |_| {
        let scenario = state.scenario.get();
        let page = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        join.set(Join::Making);
        asked.update_value(|n| *n += 1);
        let this = asked.get_value();
        let answer = move |ready: Join| {
            if asked.try_get_value() == Some(this) {
                join.set(ready);
            }
        };
        leptos::task::spawn_local(async move {
            let Some(link) = link_for_room(page, scenario).await else {
                answer(Join::NoLink);
                return;
            };
            let qr = if link.len() <= MAX_QR_LINK {
                let reply = crate::worker::ask(&Request::Qr { text: link.clone() }, &[]).await;
                let label = i18n.t(
                    "QR-code met de link naar dit scenario",
                    "QR code with the link to this scenario",
                );
                reply.qr.map(|m| qr_svg(&m, label))
            } else {
                None
            };
            answer(Join::Ready { link, qr });
        });
    });
    let copy = move |link: String| {
        if browser::copy_to_clipboard(&link) {
            state.say(crate::state::Toast::info(
                "De link staat op het klembord.",
                "The link is on the clipboard.",
            ));
        }
    };
    view! {
        <section class="join" aria-labelledby="meedoen-titel">
            <h2 id="meedoen-titel">{move || i18n.t("Meedoen", "Join in")}</h2>
            {move || match join.get() {
                Join::Making => view! { <p role="status">{i18n.t("De link wordt gemaakt…", "Making the link…")}</p> }.into_any(),
                Join::NoLink => view! {
                    <p role="status">{i18n.t(
                        "Dit scenario is te groot voor een link. Deel het scenariobestand (Exporteren, Scenariobestand).",
                        "This scenario is too large for a link. Share the scenario file.",
                    )}</p>
                }.into_any(),
                Join::Ready { link, qr } => {
                    let shown = link.clone();
                    let has_qr = qr.is_some();
                    view! {
                        <div class="join__body">
                            {qr.map(|svg| view! { <div class="join__code" inner_html=svg></div> })}
                            <div class="join__text">
                                <p>{if has_qr {
                                    i18n.t(
                                        "Scan de code met de camera van uw telefoon, of open de link: u krijgt dit scenario in uw eigen browser en draait zelf aan de knoppen. Stuur uw keuze terug met Deel via link.",
                                        "Scan the code with your phone's camera, or open the link: you get this scenario in your own browser and turn the levers yourself. Send your choice back with Share by link.",
                                    )
                                } else {
                                    i18n.t(
                                        "Dit scenario heeft eigen cijfers en gaat alleen als hele link mee: te lang voor een QR-code. Deel de link via de chat, of het scenariobestand (Exporteren, Scenariobestand).",
                                        "This scenario has its own figures and travels only as a whole link: too long for a QR code. Share the link by chat, or the scenario file.",
                                    )
                                }}</p>
                                {has_qr.then(|| view! { <p class="join__link">{shown}</p> })}
                                <button type="button" class="button" on:click=move |_| copy(link.clone())>
                                    {i18n.t("Kopieer link", "Copy link")}
                                </button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}

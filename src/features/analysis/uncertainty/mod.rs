//! Onzekerheid: ranges on growth, price index, relapse and the levers'
//! effect; samples drawn by the import worker (`Request::Uncertainty`, with
//! progress: the page never samples and its wasm holds no sampler); fans of cost and balance per year and the chance that
//! the budget holds; where the projection without uncertainty lies in the
//! bands, and why. Bands are rounded to a tenth of a million: they come
//! from the f64 path and are never shown as cents. The result lives in
//! [`UncertaintyResult`] above the tab, so it survives a tab switch and the
//! printed report shows it ([`UncertaintyReport`]).

use jeugdscenario_engine::analysis::fields::{range_field, samples_field, seed_field};
use jeugdscenario_engine::analysis::uncertainty::batch::ranges_text;
use jeugdscenario_engine::analysis::uncertainty::{
    centre_sentence, Range, Ranges, Uncertain, Uncertainty,
};
use jeugdscenario_engine::knobs::Field;
use jeugdscenario_engine::nl::format_number;
use jeugdscenario_engine::region_csv::protocol::Request;
use jeugdscenario_engine::scenario_to_json;
use jeugdscenario_engine::{project, Text};
use leptos::prelude::*;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

use super::UncertaintyResult;
use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::{unique_id, ErrorMessage, Section};
use crate::worker::{ask_with, bytes_part};

mod bands;
use bands::bands_view;
pub use bands::UncertaintyReport;

/// One uncertain quantity's three fields, in display units.
#[derive(Clone, Copy)]
struct RangeFields {
    which: Uncertain,
    nl: &'static str,
    en: &'static str,
    fields: [RwSignal<String>; 3],
}

impl RangeFields {
    fn new(which: Uncertain, nl: &'static str, en: &'static str) -> RangeFields {
        let r = Ranges::default().get(which);
        let field = range_field(which);
        let show = |v: f64| field.format(Decimal::from_f64(v).unwrap_or_default());
        RangeFields {
            which,
            nl,
            en,
            fields: [
                RwSignal::new(show(r.low)),
                RwSignal::new(show(r.likely)),
                RwSignal::new(show(r.high)),
            ],
        }
    }

    fn read(&self) -> Result<Range, Text> {
        let field = range_field(self.which);
        let mut v = [0.0; 3];
        for (i, text) in self.fields.iter().enumerate() {
            v[i] = field.parse(&text.get_untracked())?.to_f64().unwrap_or(0.0);
        }
        Ok(Range {
            low: v[0],
            likely: v[1],
            high: v[2],
        })
    }
}

#[component]
pub fn UncertaintyPanel() -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let ranges = [
        RangeFields::new(
            Uncertain::InflowGrowth,
            "Groei van de instroom (procentpunt per jaar)",
            "Inflow growth (points a year)",
        ),
        RangeFields::new(
            Uncertain::PriceIndex,
            "Prijsindex (procentpunt per jaar)",
            "Price index (points a year)",
        ),
        RangeFields::new(
            Uncertain::Relapse,
            "Terugval (procentpunt)",
            "Relapse (points)",
        ),
        RangeFields::new(
            Uncertain::LeverEffect,
            "Effect van de knoppen (% van gepland)",
            "Effect of the levers (% of planned)",
        ),
    ];
    let samples = RwSignal::new("2.000".to_string());
    let seed = RwSignal::new("1".to_string());
    let error = RwSignal::new(None::<Text>);
    // While sampling: how many were asked for, and how far the worker is.
    let progress = RwSignal::new(None::<usize>);
    let percent = RwSignal::new(0u8);
    let result = use_context::<UncertaintyResult>().map_or_else(|| RwSignal::new(None), |r| r.0);
    let year = RwSignal::new(state.scenario.with_untracked(|s| s.last_year()));
    let years = Memo::new(move |_| state.scenario.with(|s| s.year_range().collect::<Vec<_>>()));
    let (samples_id, seed_id, year_id) = (
        unique_id("doorrekeningen"),
        unique_id("startgetal"),
        unique_id("kansjaar"),
    );
    let start = move |_| {
        let read = || -> Result<(Ranges, usize, u64), Text> {
            let r: Vec<Range> = ranges
                .iter()
                .map(RangeFields::read)
                .collect::<Result<_, _>>()?;
            let whole =
                |field: Field, text: String| field.parse(&text).map(|d| d.to_u64().unwrap_or(0));
            let n = whole(samples_field(), samples.get_untracked())?;
            let s = whole(seed_field(), seed.get_untracked())?;
            Ok((
                Ranges {
                    inflow_growth: r[0],
                    price_index: r[1],
                    relapse: r[2],
                    lever_effect: r[3],
                },
                n as usize,
                s,
            ))
        };
        let (r, n, s) = match read() {
            Ok(v) => v,
            Err(t) => return error.set(Some(t)),
        };
        let scenario = state.scenario.get_untracked();
        error.set(None);
        percent.set(0);
        progress.set(Some(n));
        // The worker samples: the page stays free, and the app's wasm holds
        // no sampler.
        leptos::task::spawn_local(async move {
            let request = Request::Uncertainty {
                ranges: Box::new(ranges_text(&r)),
                samples: n,
                seed: s,
            };
            let json = scenario_to_json(&scenario);
            let parts = [bytes_part(json.as_bytes())];
            let reply = ask_with(&request, &parts, Some(percent)).await;
            progress.set(None);
            if let Some(problem) = reply.problems.into_iter().next() {
                return error.set(Some(problem.message));
            }
            let computed = Uncertainty {
                samples: n,
                seed: s,
                ranges: r,
                years: reply.bands,
            };
            result.set(Some((scenario, computed)));
        });
    };
    let stale = move || {
        result.with(|r| {
            r.as_ref()
                .is_some_and(|(s, _)| state.scenario.with(|now| now != s))
        })
    };
    let chance = move || {
        result.with(|r| {
            r.as_ref().and_then(|(_, u)| u.years.iter().find(|y| y.year == year.get())).map(|y| {
                let percent = format_number(Decimal::from_f64((y.budget_holds * 100.0).round()).unwrap_or_default(), 0);
                Text::new(
                    format!("Kans dat de begroting sluit in {} (saldo ten minste € 0): {percent}%.", y.year),
                    format!("Chance that the budget holds in {} (balance at least € 0): {percent}%.", y.year),
                )
            })
        })
    };
    let centre = move || {
        result.with(|r| {
            r.as_ref()
                .and_then(|(s, u)| centre_sentence(u, &project(s), year.get()))
                .map(|t| i18n.show(&t))
        })
    };
    let fans = move || result.with(|r| r.as_ref().map(|(s, u)| bands_view(i18n, s, u)));
    let range_rows = ranges
        .into_iter()
        .map(|r| {
            let ids = [unique_id("laag"), unique_id("waarschijnlijk"), unique_id("hoog")];
            let words = [("laag", "low"), ("waarschijnlijk", "likely"), ("hoog", "high")];
            let source = r.which.source();
            view! {
                <fieldset class="range-fields">
                    <legend>{move || i18n.t(r.nl, r.en)}</legend>
                    {ids.into_iter().zip(words).zip(r.fields).map(|((id, (nl, en)), field)| view! {
                        <div class="field">
                            <label for=id.clone()>{move || i18n.t(nl, en)}</label>
                            <input type="text" inputmode="decimal" id=id class="lever__number"
                                prop:value=move || field.get() on:change=move |ev| field.set(event_target_value(&ev)) />
                        </div>
                    }).collect_view()}
                    <p class="range-fields__source">{move || i18n.show(&source)}</p>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Section id="onzekerheid-titel" class="analysis-part" title=("Onzekerheid", "Uncertainty")
            hint=(
                "Hoe zeker is de uitkomst? Elke doorrekening kiest per onzekerheid een waarde tussen laag en hoog, los van de andere: waarschijnlijk komt het vaakst voor, laag en hoog zijn de uitersten. Pas de bereiken gerust aan. Hetzelfde startgetal geeft dezelfde uitkomst.",
                "How certain is the outcome? Each run picks a value between low and high for every uncertainty, independently: the likely value comes up most often, low and high are the outer limits. Adjust the ranges as you see fit. The same starting number gives the same result.",
            ) sub=true>
            <div class="range-grid">{range_rows}</div>
            <div class="goal-form">
                <div class="field">
                    <label for=samples_id.clone()>{move || i18n.t("Doorrekeningen", "Runs")}</label>
                    <input type="text" inputmode="numeric" id=samples_id class="lever__number" prop:value=move || samples.get() on:change=move |ev| samples.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=seed_id.clone()>{move || i18n.t("Startgetal (voor herhaalbaarheid)", "Starting number (for repeatability)")}</label>
                    <input type="text" inputmode="numeric" id=seed_id class="lever__number" prop:value=move || seed.get() on:change=move |ev| seed.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=year_id.clone()>{move || i18n.t("Jaar voor kans en uitleg", "Year for chance and explanation")}</label>
                    <select id=year_id prop:value=move || year.get().to_string() on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or_default())>
                        // Selected as built: the select's value is set before its options exist.
                        {move || years.get().into_iter().map(|y| view! { <option value=y.to_string() selected=y == year.get_untracked()>{y}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button" on:click=start prop:disabled=move || progress.with(Option::is_some)>
                    {move || i18n.t("Onzekerheid berekenen", "Compute uncertainty")}
                </button>
            </div>
            <ErrorMessage error=error />
            {move || progress.get().map(|target| {
                let done = target * usize::from(percent.get()) / 100;
                let words = Text::new(
                    format!("Bezig met doorrekenen: {} van {}", format_number(Decimal::from(done), 0), format_number(Decimal::from(target), 0)),
                    format!("Running: {done} of {target}"),
                );
                view! {
                    <div class="sampling" role="status">
                        <label>
                            {i18n.show(&words)}
                            <progress max=target.to_string() value=done.to_string()></progress>
                        </label>
                    </div>
                }
            })}
            <Show when=stale>
                <p class="notice notice--info" role="status">
                    {move || i18n.t("Het scenario is veranderd sinds deze berekening; bereken opnieuw.", "The scenario changed since this was computed; compute again.")}
                </p>
            </Show>
            <p class="analysis-sentence" data-testid="kans">{move || chance().map(|t| i18n.show(&t))}</p>
            <p class="analysis-sentence" data-testid="midden">{centre}</p>
            {fans}
        </Section>
    }
}

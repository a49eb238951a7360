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
use jeugdscenario_engine::view::year_choices;
use jeugdscenario_engine::{project, Scenario, Text};
use leptos::prelude::*;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

use super::UncertaintyResult;
use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::ui::{ErrorMessage, NumberField, Section, SelectField};
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

    /// The four uncertain quantities, at their default ranges.
    fn all() -> [RangeFields; 4] {
        [
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
        ]
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
    let ranges = RangeFields::all();
    let samples = RwSignal::new("2.000".to_string());
    let seed = RwSignal::new("1".to_string());
    let error = RwSignal::new(None::<Text>);
    // While sampling: how many were asked for, and how far the worker is.
    let progress = RwSignal::new(None::<usize>);
    let percent = RwSignal::new(0u8);
    let result = use_context::<UncertaintyResult>().map_or_else(|| RwSignal::new(None), |r| r.0);
    let year = RwSignal::new(state.scenario.with_untracked(|s| s.last_year()));
    let start = move |_| {
        let (r, n, s) = match read_form(ranges, samples, seed) {
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
            let answer = sampled(&scenario, r, n, s, percent).await;
            progress.set(None);
            match answer {
                Ok(computed) => result.set(Some((scenario, computed))),
                Err(problem) => error.set(Some(problem)),
            }
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
            let (_, u) = r.as_ref()?;
            u.years
                .iter()
                .find(|y| y.year == year.get())
                .map(|y| i18n.show(&chance_sentence(y.year, y.budget_holds)))
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
    view! {
        <Section id="onzekerheid-titel" class="analysis-part" title=("Onzekerheid", "Uncertainty")
            hint=(
                "Hoe zeker is de uitkomst? Elke doorrekening kiest per onzekerheid een waarde tussen laag en hoog, los van de andere: waarschijnlijk komt het vaakst voor, laag en hoog zijn de uitersten. Pas de bereiken gerust aan. Hetzelfde startgetal geeft dezelfde uitkomst.",
                "How certain is the outcome? Each run picks a value between low and high for every uncertainty, independently: the likely value comes up most often, low and high are the outer limits. Adjust the ranges as you see fit. The same starting number gives the same result.",
            ) sub=true>
            <div class="range-grid">{ranges.map(|r| view! { <RangeFieldset range=r /> })}</div>
            <div class="goal-form">
                <NumberField label=("Doorrekeningen", "Runs") value=samples inputmode="numeric" />
                <NumberField label=("Startgetal (voor herhaalbaarheid)", "Starting number (for repeatability)") value=seed inputmode="numeric" />
                <SelectField label=("Jaar voor kans en uitleg", "Year for chance and explanation") value=Signal::derive(move || year.get().to_string())
                    options=Signal::derive(move || state.scenario.with(year_choices)) on_pick=move |v: String| year.set(v.parse().unwrap_or_default()) />
                <button type="button" class="button" on:click=start prop:disabled=move || progress.with(Option::is_some)>
                    {move || i18n.t("Onzekerheid berekenen", "Compute uncertainty")}
                </button>
            </div>
            <ErrorMessage error=error />
            {move || progress.get().map(|target| view! { <SamplingProgress target=target percent=percent /> })}
            <Show when=stale>
                <p class="notice notice--info" role="status">
                    {move || i18n.t("Het scenario is veranderd sinds deze berekening; bereken opnieuw.", "The scenario changed since this was computed; compute again.")}
                </p>
            </Show>
            <p class="analysis-sentence" data-testid="kans">{chance}</p>
            <p class="analysis-sentence" data-testid="midden">{centre}</p>
            {fans}
        </Section>
    }
}

/// One uncertain quantity: its low, likely and high value, and where the
/// default range comes from.
#[component]
fn RangeFieldset(range: RangeFields) -> impl IntoView {
    let i18n = use_i18n();
    let source = range.which.source();
    let words = [
        ("laag", "low"),
        ("waarschijnlijk", "likely"),
        ("hoog", "high"),
    ];
    view! {
        <fieldset class="range-fields">
            <legend>{move || i18n.t(range.nl, range.en)}</legend>
            {words.into_iter().zip(range.fields).map(|(label, value)| view! { <NumberField label=label value=value /> }).collect_view()}
            <p class="range-fields__source">{move || i18n.show(&source)}</p>
        </fieldset>
    }
}

/// How far the worker is with sampling `target` runs.
#[component]
fn SamplingProgress(target: usize, percent: RwSignal<u8>) -> impl IntoView {
    let i18n = use_i18n();
    let done = move || target * usize::from(percent.get()) / 100;
    let words = move || {
        let done = done();
        Text::new(
            format!(
                "Bezig met doorrekenen: {} van {}",
                format_number(Decimal::from(done), 0),
                format_number(Decimal::from(target), 0)
            ),
            format!("Running: {done} of {target}"),
        )
    };
    view! {
        <div class="sampling" role="status">
            <label>
                {move || i18n.show(&words())}
                <progress max=target.to_string() value=move || done().to_string()></progress>
            </label>
        </div>
    }
}

/// The ranges, the number of runs and the seed as typed, read by the
/// engine's fields (a Dutch message for the first that does not read).
fn read_form(
    ranges: [RangeFields; 4],
    samples: RwSignal<String>,
    seed: RwSignal<String>,
) -> Result<(Ranges, usize, u64), Text> {
    let r: Vec<Range> = ranges
        .iter()
        .map(RangeFields::read)
        .collect::<Result<_, _>>()?;
    let whole = |field: Field, text: String| field.parse(&text).map(|d| d.to_u64().unwrap_or(0));
    let n = whole(samples_field(), samples.get_untracked())?;
    let s = whole(seed_field(), seed.get_untracked())?;
    let ranges = Ranges {
        inflow_growth: r[0],
        price_index: r[1],
        relapse: r[2],
        lever_effect: r[3],
    };
    Ok((ranges, n as usize, s))
}

/// "Kans dat de begroting sluit in 2030 (saldo ten minste € 0): 62%."
fn chance_sentence(year: i32, holds: f64) -> Text {
    let percent = format_number(
        Decimal::from_f64((holds * 100.0).round()).unwrap_or_default(),
        0,
    );
    Text::new(
        format!("Kans dat de begroting sluit in {year} (saldo ten minste € 0): {percent}%."),
        format!("Chance that the budget holds in {year} (balance at least € 0): {percent}%."),
    )
}

/// `n` runs of `scenario` with the ranges `r` and seed `s`, sampled by the
/// worker, its progress in `percent`.
async fn sampled(
    scenario: &Scenario,
    r: Ranges,
    n: usize,
    s: u64,
    percent: RwSignal<u8>,
) -> Result<Uncertainty, Text> {
    let request = Request::Uncertainty {
        ranges: Box::new(ranges_text(&r)),
        samples: n,
        seed: s,
    };
    let json = scenario_to_json(scenario);
    let parts = [bytes_part(json.as_bytes())];
    let reply = ask_with(&request, &parts, Some(percent)).await;
    if let Some(problem) = reply.problems.into_iter().next() {
        return Err(problem.message);
    }
    Ok(Uncertainty {
        samples: n,
        seed: s,
        ranges: r,
        years: reply.bands,
    })
}

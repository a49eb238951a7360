//! An engine line chart on the page: its title, the chart drawn on the
//! plotters path (a canvas on screen, SVG in the printed report and the
//! downloads), and a legend that shows each line's dash and marker and
//! each band's shade beside its name. Vergelijken, De zaal and the
//! uncertainty's fans use it; the cumulative balance beside the cards uses
//! its legend.

use jeugdscenario_engine::view::chart::{ChartBand, Dash, LineChart, LineStyle, Marker};
use leptos::prelude::*;

use super::draw::Figure;
use super::frame::{ChartCanvas, ChartDownloads, InReport};
use super::palette::{css, tone_colour};
use crate::i18n::use_i18n;

/// A line's sample for the legend, as SVG markup (decoration: the name
/// beside it says which line it is).
fn line_sample(style: LineStyle) -> String {
    let colour = css(tone_colour(style.tone));
    let dash = match style.dash {
        Dash::Solid => "",
        Dash::Dashed => "8 5",
        Dash::Dotted => "2 4",
        Dash::Long => "13 4",
    };
    let marker = match style.marker {
        Marker::None => "",
        Marker::Circle => r#"<circle cx="18" cy="7" r="4"/>"#,
        Marker::Triangle => r#"<polygon points="18,2 23,11 13,11"/>"#,
        Marker::Square => r#"<rect x="14" y="3" width="8" height="8"/>"#,
        Marker::Diamond => r#"<polygon points="18,1 24,7 18,13 12,7"/>"#,
    };
    format!(
        r#"<line x1="0" x2="36" y1="7" y2="7" stroke="{colour}" stroke-width="3" stroke-dasharray="{dash}"/><g fill="{colour}">{marker}</g>"#
    )
}

fn band_sample(band: &ChartBand) -> String {
    let opacity = if band.strong { "0.36" } else { "0.18" };
    format!(
        r#"<rect x="0" y="1" width="36" height="12" fill="{}" fill-opacity="{opacity}"/>"#,
        css(tone_colour(band.tone))
    )
}

/// The legend of an engine line chart: bands first, then the lines.
pub fn line_legend(chart: &LineChart) -> impl IntoView {
    let i18n = use_i18n();
    let item = |sample: String, name: &jeugdscenario_engine::text::Text| {
        view! {
            <li class="legend__item">
                <svg class="legend__sample" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false" inner_html=sample></svg>
                {i18n.show(name)}
            </li>
        }
    };
    let bands = chart
        .bands
        .iter()
        .map(|b| item(band_sample(b), &b.name))
        .collect_view();
    let lines = chart
        .lines
        .iter()
        .map(|l| item(line_sample(l.style), &l.name))
        .collect_view();
    view! { <ul class="legend">{bands}{lines}</ul> }
}

/// An engine line chart with its title (an `h3` with id `id`), legend and,
/// on screen, its SVG and PNG downloads named `<scenario>-<stem>`.
#[component]
pub fn LineFigure(id: &'static str, chart: Signal<LineChart>, stem: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let in_report = use_context::<InReport>().is_some();
    let id = if in_report {
        format!("rapport-{id}")
    } else {
        id.to_string()
    };
    let figure = Memo::new(move |_| chart.with(|c| Figure::of_lines(c.clone(), i18n.get())));
    let title = move || chart.with(|c| i18n.show(&c.title));
    let legend = move || chart.with(line_legend);
    let heading = id.clone();
    view! {
        <figure class="chart chart--lines" aria-labelledby=id.clone()>
            <figcaption><h3 id=heading>{title}</h3></figcaption>
            <div class="chart__body">
                <ChartCanvas figure=figure />
                {legend}
            </div>
            {(!in_report).then(|| view! {
                <div class="chart__footer">
                    <ChartDownloads figure=figure stem=stem />
                </div>
            })}
        </figure>
    }
}

//! What every chart shares: the figure frame with title, legend, folded
//! table and downloads, and the helpers that feed it.

use jeugdscenario_engine::projection::Projection;
use jeugdscenario_engine::view::legends::LegendEntry;
use jeugdscenario_engine::view::tables::YearTable;
use jeugdscenario_engine::Scenario;
use leptos::prelude::*;

use super::draw;
use crate::browser::{download_svg_as_png, download_text, file_stem};
use crate::i18n::{use_i18n, Lang};
use crate::state::use_state;
use crate::ui::{track_open, StartParts};

/// What a chart of the scenario's projection draws, `make` of the scenario,
/// its projection and the language shown, as a memo compared before
/// drawing: a step that leaves it as it was does not redraw it.
pub fn projected_figure(
    make: fn(&Scenario, &Projection, Lang) -> draw::Figure,
) -> Memo<draw::Figure> {
    let state = use_state();
    let i18n = use_i18n();
    Memo::new(move |_| {
        let lang = i18n.get();
        state
            .scenario
            .with(|s| state.projection.with(|p| make(s, p, lang)))
    })
}

/// The table under a chart of the scenario's projection.
pub fn projected_table(
    make: fn(&Scenario, &Projection) -> YearTable,
) -> impl Fn() -> AnyView + Copy + Send + Sync + 'static {
    let state = use_state();
    move || {
        state
            .scenario
            .with(|s| state.projection.with(|p| year_table(make(s, p)).into_any()))
    }
}

/// Provided inside the printed report: a chart there is its SVG with its
/// table open and no controls, and its ids carry the prefix `rapport-`, so
/// they never repeat the screen's.
#[derive(Clone, Copy)]
pub struct InReport;

/// A folded table that is only built while open, so a lever move does not
/// rebuild hidden tables.
#[component]
pub fn TableDetails(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let shown = move || open.get();
    view! {
        <details
            class="chart__table"
            on:toggle=track_open(open)
        >
            <summary>{move || i18n.t("Toon tabel", "Show table")}</summary>
            <Show when=shown>{children()}</Show>
        </details>
    }
}

/// A legend entry of the engine's view model with the colour this shell
/// gives its series.
#[derive(Clone, PartialEq)]
pub struct LegendItem {
    pub colour: String,
    pub entry: LegendEntry,
}

pub fn legend_list(items: Vec<LegendItem>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="legend">
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <li class="legend__item">
                            <span class=format!("legend__swatch legend__swatch--{}", item.entry.mark.class()) style=format!("--swatch: {}", item.colour)></span>
                            {i18n.show(&item.entry.label)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A table of the engine's view model, years as columns; in the printed
/// report in thousands of euros, so ten years fit the page's width.
pub fn year_table(table: YearTable) -> impl IntoView {
    let i18n = use_i18n();
    let table = if use_context::<InReport>().is_some() {
        table.in_thousands()
    } else {
        table
    };
    let format = table.format;
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption>{i18n.show(&table.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        {table.years.into_iter().map(|y| view! { <th scope="col">{y}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr class:data-table__total=row.total>
                                    <th scope="row">{i18n.show(&row.label)}</th>
                                    {row.values.into_iter().map(|v| view! { <td>{format.show(v)}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// "SVG" and "PNG" downloads of a chart, named after the scenario.
#[component]
pub fn ChartDownloads(figure: Memo<draw::Figure>, stem: &'static str) -> impl IntoView {
    let state = use_state();
    let i18n = use_i18n();
    let name = move || {
        state
            .scenario
            .with_untracked(|s| format!("{}-{stem}", file_stem(&s.name)))
    };
    let as_svg = move |_| {
        let sized = figure.with_untracked(draw::Figure::svg).replacen(
            "<svg ",
            &format!(
                "<svg width=\"{}\" height=\"{}\" ",
                draw::WIDTH,
                draw::HEIGHT
            ),
            1,
        );
        let _ = download_text(&format!("{}.svg", name()), "image/svg+xml", &sized);
    };
    let as_png = move |_| {
        let _ = download_svg_as_png(
            format!("{}.png", name()),
            &figure.with_untracked(draw::Figure::svg),
            draw::WIDTH,
            draw::HEIGHT,
        );
    };
    view! {
        <div class="chart__downloads">
            <button type="button" class="button button--quiet button--small" on:click=as_svg>
                {move || i18n.t("Download SVG", "Download SVG")}
            </button>
            <button type="button" class="button button--quiet button--small" on:click=as_png>
                {move || i18n.t("Download PNG", "Download PNG")}
            </button>
        </div>
    }
}

/// Device pixels per CSS pixel, between 1 and 3.
fn device_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 3.0)
}

/// Device pixels per CSS pixel: one signal for every chart of a window,
/// followed when the window moves to a screen of another density (a
/// projector) or the page is zoomed, so the charts are painted sharp there.
/// It also follows the window's width, so a chart's text is laid out again
/// at a size that stays readable where the chart is shown small.
#[derive(Clone, Copy)]
pub struct DeviceRatio(ReadSignal<f64>, ReadSignal<i32>);

fn window_width() -> i32 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .map_or(0, |w| w as i32)
}

impl DeviceRatio {
    /// Starts following the ratio; once per window, at its root.
    pub fn follow() -> Self {
        let (ratio, set_ratio) = signal(device_ratio());
        let (width, set_width) = signal(window_width());
        follow_media_query(set_ratio);
        // Zooming, and on some systems moving to another screen, resizes
        // the page instead of (or as well as) changing the media query.
        let resized = window_event_listener(leptos::ev::resize, move |_| {
            let now = device_ratio();
            if ratio.get_untracked() != now {
                set_ratio.set(now);
            }
            let now = window_width();
            if width.get_untracked() != now {
                set_width.set(now);
            }
        });
        on_cleanup(move || resized.remove());
        Self(ratio, width)
    }
}

/// The smallest chart text in CSS pixels where a chart is shown: 11 on
/// any screen (a phone), 24 in workshop mode and on the presentation
/// screen (read from the back of a room). Provided by those views.
#[derive(Clone, Copy)]
pub struct ChartText(pub f64);

/// The label size, in the drawing's own units, that shows at least
/// `min_px` CSS pixels on a canvas `shown_px` wide (never below the
/// normal size).
pub fn label_units(min_px: f64, shown_px: f64) -> u32 {
    if shown_px <= 0.0 {
        return draw::LABEL_SIZE;
    }
    let needed = (min_px * f64::from(draw::WIDTH) / shown_px).ceil() as u32;
    needed.clamp(draw::LABEL_SIZE, draw::MAX_LABEL_SIZE)
}

/// A media query for the current ratio says when it stops matching; then
/// the ratio is set and the next one is asked. Ends with the window's root.
fn follow_media_query(set_ratio: WriteSignal<f64>) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    // The ratio as JavaScript writes it (exact, and no float printing in the wasm).
    let ratio = js_sys::Number::from(window.device_pixel_ratio())
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_else(|_| "1".into());
    let query = format!("(resolution: {ratio}dppx)");
    let Some(list) = window.match_media(&query).ok().flatten() else {
        return;
    };
    let changed = wasm_bindgen::closure::Closure::once_into_js(move || {
        if set_ratio.try_set(device_ratio()).is_none() {
            follow_media_query(set_ratio);
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = list.add_event_listener_with_callback_and_add_event_listener_options(
        "change",
        changed.unchecked_ref(),
        &options,
    );
}

/// A chart's drawing where it is shown: on screen painted on a canvas,
/// again only when its figure or its label size changes; in the printed
/// report the SVG.
#[component]
pub fn ChartCanvas(figure: Memo<draw::Figure>) -> impl IntoView {
    if use_context::<InReport>().is_some() {
        return view! {
            <div class="chart__print" inner_html=move || figure.with(draw::Figure::svg)></div>
        }
        .into_any();
    }
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let follow = use_context::<DeviceRatio>();
    let min_px = use_context::<ChartText>().map_or(11.0, |t| t.0);
    let parts = StartParts::here();
    let turn = StartParts::paint_turn(parts);
    // The label size for the canvas as shown, again when the window is
    // resized; the chart is painted again only when the size changes.
    let label = Memo::new(move |_| {
        if let Some(f) = follow {
            f.1.track();
        }
        canvas.get().map_or(draw::LABEL_SIZE, |canvas| {
            // Drawn at the box's width, or at twice its height where the
            // box is wider than 2:1 (the drawing keeps its shape).
            let (w, h) = (canvas.client_width(), canvas.client_height());
            let shown = if h > 0 { w.min(2 * h) } else { w };
            label_units(min_px, f64::from(shown))
        })
    });
    Effect::new(move |_| {
        // At the app's start not before the page is built, one chart a task.
        if !StartParts::reached(parts, turn) {
            return;
        }
        if let Some(canvas) = canvas.get() {
            let scale = follow.map_or_else(device_ratio, |r| r.0.get());
            let label = label.get();
            figure.with(|f| f.drawing_at(label).paint(&canvas, scale));
        }
    });
    let description = move || figure.with(|f| f.description.clone());
    view! {
        <div class="chart__plot">
            <canvas
                node_ref=canvas
                class="chart__canvas"
                role="img"
                aria-label=description
                width=draw::WIDTH
                height=draw::HEIGHT
            ></canvas>
        </div>
    }
    .into_any()
}

/// The frame every chart shares: title, the chart, its legend, the table
/// (folded) and the downloads. In the printed report the chart is its SVG,
/// with its table open and no controls.
#[component]
pub fn ChartFigure(
    /// Id of the title, which names the figure.
    id: &'static str,
    /// Title in Dutch and English.
    title: (&'static str, &'static str),
    figure: Memo<draw::Figure>,
    /// The legend beside the chart.
    #[prop(into)]
    legend: ViewFn,
    /// File name part of the downloads: `<scenario>-<stem>.svg`.
    stem: &'static str,
    /// The chart's numbers as a table.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let caption = move |id: String| {
        view! { <figcaption><h2 id=id>{move || i18n.t(title.0, title.1)}</h2></figcaption> }
    };
    if use_context::<InReport>().is_some() {
        let id = format!("rapport-{id}");
        return view! {
            <figure class="chart report__chart" aria-labelledby=id.clone()>
                {caption(id.clone())}
                <ChartCanvas figure=figure />
                {legend.run()}
                {children()}
            </figure>
        }
        .into_any();
    }
    view! {
        <figure class="chart" aria-labelledby=id>
            {caption(id.to_string())}
            <div class="chart__body">
                <ChartCanvas figure=figure />
                {legend.run()}
            </div>
            <div class="chart__footer">
                <TableDetails>{children()}</TableDetails>
                <ChartDownloads figure=figure stem=stem />
            </div>
        </figure>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_grow_where_the_chart_is_shown_small_or_read_from_afar() {
        // At about its own width the chart keeps its labels.
        assert_eq!(label_units(11.0, 880.0), draw::LABEL_SIZE);
        // A phone: 358 px wide, 11 px text needs 28 units.
        assert_eq!(label_units(11.0, 358.0), 28);
        // A projector at 1080p, a chart 1100 px wide, 24 px text: 20 units
        // would do, the normal 21 stay; at 720p, 620 px wide: 35 units.
        assert_eq!(label_units(24.0, 1100.0), draw::LABEL_SIZE);
        assert_eq!(label_units(24.0, 620.0), 35);
        // Never beyond the largest; nothing shown yet: the normal size.
        assert_eq!(label_units(24.0, 100.0), draw::MAX_LABEL_SIZE);
        assert_eq!(label_units(11.0, 0.0), draw::LABEL_SIZE);
    }
}

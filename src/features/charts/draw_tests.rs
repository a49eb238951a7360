//! Tests of the chart layout (`draw.rs`).

use super::super::drawing::Shape;
use super::super::palette::GAP;
use super::*;
use jeugdscenario_engine::text::Text;
use jeugdscenario_engine::view::chart::{
    ChartLine, Dash, LineStyle, Marker as MarkerShape, Stack, Tone,
};
use jeugdscenario_engine::view::legends::Series;
use rust_decimal::Decimal;

/// A cost chart of whole millions: the first stack in ink, the second in
/// the deficit's orange.
fn cost_figure(
    description: &str,
    years: Vec<i32>,
    stacks: Vec<Vec<i64>>,
    income: Vec<Decimal>,
) -> Figure {
    let chart = CostChart {
        description: Text::same(description),
        unit: Text::same("€ mln"),
        years,
        stacks: stacks
            .into_iter()
            .enumerate()
            .map(|(i, values)| Stack {
                series: Series::Form(i),
                values: values.into_iter().map(Decimal::from).collect(),
            })
            .collect(),
        income,
    };
    Figure {
        description: description.into(),
        plot: Plot::Cost(chart, vec![INK, GAP], Lang::Nl),
    }
}

#[test]
fn larger_labels_get_room_and_fewer_year_labels() {
    let years: Vec<i32> = (2026..2036).collect();
    let chart = LineChart {
        title: Text::same("Saldo"),
        description: Text::same("Saldo"),
        unit: Text::same("€ mln"),
        years: years.clone(),
        bands: Vec::new(),
        lines: vec![ChartLine {
            name: Text::same("Scenario"),
            values: (0..10)
                .map(|i| Some(Decimal::from(i) * Decimal::new(12345, 1)))
                .collect(),
            style: LineStyle::new(Tone::Scenario, Dash::Solid, MarkerShape::Circle),
        }],
    };
    let figure = Figure::of_lines(chart, Lang::Nl);
    let year_labels = |d: &Drawing| {
        d.labels
            .iter()
            .filter(|l| l.content.len() == 4 && l.content.starts_with("20"))
            .count()
    };
    let normal = figure.drawing();
    assert!(normal.labels.iter().all(|l| l.size == LABEL_SIZE));
    assert_eq!(year_labels(&normal), 10);
    // A phone shows the chart 358 px wide: 11 px needs 28 units.
    let phone = figure.drawing_at(28);
    assert!(phone.labels.iter().all(|l| l.size == 28));
    // Large labels on a projector: the y labels take 192 of 880 units,
    // leaving 66 per year where a year label needs 134: every third year
    // (2026, 2029, 2032, 2035); the y axis title still inside the drawing.
    let far = figure.drawing_at(48);
    assert_eq!(year_labels(&far), 4);
    let title = far.labels.iter().find(|l| l.upright).unwrap();
    assert!(title.at.0 > 0 && title.at.0 < 120, "{:?}", title.at);
    assert!(far
        .labels
        .iter()
        .all(|l| l.at.1 > 0 && l.at.1 < HEIGHT as i32));
}

#[test]
fn one_layout_gives_the_canvas_and_the_svg_the_same_shapes() {
    let figure = cost_figure(
        "Kosten",
        vec![2026, 2027],
        vec![vec![1, 3], vec![1, 1]],
        vec![Decimal::new(25, 1); 2],
    );
    let drawing = figure.drawing();
    let filled = |colour: RGBColor| {
        drawing
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Rect { fill: true, colour: c, .. } if c.rgb == (colour.0, colour.1, colour.2) && c.alpha == 1.0))
            .count()
    };
    assert_eq!(
        filled(INK),
        2,
        "a bar segment per year for the first series"
    );
    assert_eq!(filled(GAP), 2, "and for the second");
    let gaps = drawing
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Rect { fill: true, colour: c, .. } if c.alpha < 1.0))
        .count();
    assert_eq!(gaps, 1, "only 2027's cost (4) rises above income (2,5)");
    let svg = figure.svg();
    assert_eq!(
        svg.matches("<rect").count(),
        1 + drawing
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Rect { .. }))
            .count()
    );
    assert_eq!(svg.matches("<text").count(), drawing.labels.len());
}

#[test]
fn charts_render_natively_with_labels_as_svg_text() {
    let years = [2026, 2027, 2028];
    let svg = cost_figure(
        "Kosten <test>",
        years.to_vec(),
        vec![vec![1, 2, 3]],
        vec![Decimal::TWO; 3],
    )
    .svg();
    assert!(svg.contains("aria-label=\"Kosten &lt;test&gt;\""));
    assert!(svg.contains(">2027</text>"));
    assert!(svg.contains(">€ mln</text>"));
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn a_band_is_drawn_under_the_lines_and_every_marker_shape_is_drawn() {
    let d = |v: i64| Decimal::from(v);
    let line = |n: usize, values: [i64; 3]| ChartLine {
        name: Text::same(format!("lijn {n}")),
        values: values.iter().map(|v| Some(d(*v))).collect(),
        style: LineStyle::nth(n),
    };
    let chart = LineChart {
        title: Text::same("Waaier"),
        description: Text::same("Waaier"),
        unit: Text::new("€ mln", "EUR million"),
        years: vec![2026, 2027, 2028],
        bands: vec![jeugdscenario_engine::view::chart::ChartBand {
            name: Text::same("band"),
            upper: vec![d(300), d(320), d(340)],
            lower: vec![d(200), d(190), d(180)],
            tone: Tone::Scenario,
            strong: false,
        }],
        lines: (0..4).map(|n| line(n, [250, 255, 260])).collect(),
    };
    let drawing = Figure::of_lines(chart, Lang::En).drawing();
    let translucent = |s: &Shape| matches!(s, Shape::Polygon { colour, .. } if colour.alpha < 1.0);
    let band = drawing
        .shapes
        .iter()
        .position(translucent)
        .expect("the band");
    let first_line = drawing
        .shapes
        .iter()
        .position(|s| matches!(s, Shape::Path { width: 4, .. }))
        .expect("the solid line");
    assert!(band < first_line, "the band lies under the lines");
    // Three years: circles for A; squares, triangles and diamonds (four,
    // three, four corners) for B, C and D.
    let circles = drawing
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Circle { .. }))
        .count();
    assert_eq!(circles, 3);
    let corners = |n: usize| {
        drawing
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Polygon { points, colour } if points.len() == n && colour.alpha == 1.0))
            .count()
    };
    assert_eq!((corners(3), corners(4)), (3, 6));
    // The engine's axis from zero: 340 + 340/25 = 353,6, a fifth of it
    // 70,7, a step of 100; in the language shown.
    let texts: Vec<&str> = drawing.labels.iter().map(|l| l.content.as_str()).collect();
    assert!(
        texts.contains(&"0") && texts.contains(&"400") && texts.contains(&"EUR million"),
        "{texts:?}"
    );
}

//! Tests of the chart layout (`draw.rs`).

use super::super::drawing::Shape;
use super::*;

#[test]
fn axis_ticks_are_round_numbers_covering_the_range() {
    let (lo, hi, ticks) = nice_axis(0.0, 257.0);
    assert_eq!((lo, hi), (0.0, 300.0));
    assert_eq!(ticks, vec![0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0]);
    let (lo, _, _) = nice_axis(-135.0, 0.0);
    assert_eq!(lo, -140.0);
    // Below one (shares) and far above (euros) the step is found too.
    let (_, hi, ticks) = nice_axis(0.0, 0.27);
    assert_eq!((ticks.len(), (hi * 100.0).round()), (7, 30.0));
    let (_, hi, _) = nice_axis(0.0, 2.57e9);
    assert_eq!(hi, 3.0e9);
}

#[test]
fn axis_numbers_are_dutch() {
    assert_eq!(number_label(1250.0), "1.250");
    assert_eq!(number_label(-12.5), "-12,5");
    assert_eq!(number_label(0.0), "0");
}

#[test]
fn larger_labels_get_room_and_fewer_year_labels() {
    let years: Vec<i32> = (2026..2036).collect();
    let figure = Figure {
        description: "Saldo".into(),
        plot: Plot::Lines {
            years: years.clone(),
            lines: vec![Line {
                colour: INK,
                marker: Marker::Circle,
                dashed: false,
                values: (0..10).map(|i| f64::from(i) * 1234.5).collect(),
            }],
            y_desc: "€ mln".into(),
        },
    };
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
    let figure = Figure {
        description: "Kosten".into(),
        plot: Plot::StackedCost {
            years: vec![2026, 2027],
            stacks: vec![
                Series {
                    colour: INK,
                    values: vec![1.0, 3.0],
                },
                Series {
                    colour: GAP,
                    values: vec![1.0, 1.0],
                },
            ],
            income: vec![2.5, 2.5],
            y_desc: "€ mln".into(),
        },
    };
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
    let svg = Figure {
        description: "Kosten <test>".into(),
        plot: Plot::StackedCost {
            years: years.to_vec(),
            stacks: vec![Series {
                colour: INK,
                values: vec![1.0, 2.0, 3.0],
            }],
            income: vec![2.0, 2.0, 2.0],
            y_desc: "€ mln".into(),
        },
    }
    .svg();
    assert!(svg.contains("aria-label=\"Kosten &lt;test&gt;\""));
    assert!(svg.contains(">2027</text>"));
    assert!(svg.contains(">€ mln</text>"));
    assert!(svg.trim_end().ends_with("</svg>"));
}

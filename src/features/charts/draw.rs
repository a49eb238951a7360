//! Charts drawn with plotters into SVG text: crisp on a projector and
//! exportable. Coordinates are f64 for drawing only; every figure a user reads
//! as a number comes from the Decimal tables beside the charts.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{GAP, GRID, INK, SCENARIO};

pub const WIDTH: u32 = 880;
pub const HEIGHT: u32 = 440;

/// A named series of yearly values.
pub struct Series {
    pub colour: RGBColor,
    pub values: Vec<f64>,
}

fn font(size: i32) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&INK)
}

fn x_label(x: &f64) -> String {
    if (x - x.round()).abs() < 1e-6 {
        format!("{:.0}", x)
    } else {
        String::new()
    }
}

/// Dutch axis numbers: 1.234 and -12,5.
fn y_label(y: &f64) -> String {
    let text = if y.abs() >= 100.0 || y.fract().abs() < 1e-9 {
        format!("{:.0}", y)
    } else {
        format!("{:.1}", y)
    };
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Makes the SVG scale with its box and names it for screen readers.
fn finish(svg: String, description: &str) -> String {
    let size = format!("width=\"{WIDTH}\" height=\"{HEIGHT}\" ");
    let description = description
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    svg.replacen(
        &size,
        &format!("class=\"chart__svg\" role=\"img\" aria-label=\"{description}\" preserveAspectRatio=\"xMidYMid meet\" "),
        1,
    )
}

fn value_range(values: impl Iterator<Item = f64>, include_zero: bool) -> (f64, f64) {
    let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if include_zero || !lo.is_finite() {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if !hi.is_finite() || hi <= lo {
        hi = lo + 1.0;
    }
    let pad = (hi - lo) * 0.08;
    (if lo < 0.0 { lo - pad } else { lo }, hi + pad)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn with_svg(description: &str, draw: impl FnOnce(&Area) -> DrawResult) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        let drawn = root
            .fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|_| draw(&root).map_err(|e| e.to_string()));
        if drawn.is_ok() {
            let _ = root.present();
        }
    }
    finish(svg, description)
}

/// Stacked bars of cost per year (one segment per series) with the income as
/// a line over them; where cost rises above income the gap is shaded.
pub fn stacked_cost(
    years: &[i32],
    stacks: &[Series],
    income: &[f64],
    y_desc: &str,
    description: &str,
) -> String {
    with_svg(description, |root| {
        let totals: Vec<f64> = (0..years.len())
            .map(|i| stacks.iter().map(|s| s.values[i]).sum())
            .collect();
        let (lo, hi) = value_range(totals.iter().chain(income).copied(), true);
        let (first, last) = (
            f64::from(years[0]),
            f64::from(*years.last().unwrap_or(&years[0])),
        );
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .x_label_area_size(44)
            .y_label_area_size(72)
            .build_cartesian_2d((first - 0.6)..(last + 0.6), lo..hi)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(years.len() + 1)
            .x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .y_desc(y_desc)
            .axis_desc_style(font(18))
            .label_style(font(18))
            .draw()?;
        for (i, year) in years.iter().enumerate() {
            let x = f64::from(*year);
            let mut bottom = 0.0;
            for series in stacks {
                let top = bottom + series.values[i];
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.34, bottom), (x + 0.34, top)],
                    series.colour.filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.34, bottom), (x + 0.34, top)],
                    WHITE.stroke_width(1),
                )))?;
                bottom = top;
            }
            if totals[i] > income[i] {
                let gap = [(x - 0.42, income[i]), (x + 0.42, totals[i])];
                chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.mix(0.28).filled())))?;
                chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.stroke_width(2))))?;
            }
        }
        let points: Vec<(f64, f64)> = years
            .iter()
            .zip(income)
            .map(|(y, v)| (f64::from(*y), *v))
            .collect();
        chart.draw_series(LineSeries::new(points.clone(), INK.stroke_width(4)))?;
        chart.draw_series(points.iter().map(|p| Circle::new(*p, 6, INK.filled())))?;
        Ok(())
    })
}

/// Marker shapes that tell lines apart without colour.
#[derive(Clone, Copy)]
pub enum Marker {
    Circle,
    Triangle,
    Cross,
    Square,
    Diamond,
}

pub struct Line {
    pub colour: RGBColor,
    pub marker: Marker,
    pub dashed: bool,
    pub values: Vec<f64>,
}

/// Lines over the years, with a zero line when values cross zero.
pub fn lines(
    years: &[i32],
    lines: &[Line],
    y_desc: &str,
    description: &str,
    include_zero: bool,
) -> String {
    with_svg(description, |root| {
        let (lo, hi) = value_range(
            lines.iter().flat_map(|l| l.values.iter().copied()),
            include_zero,
        );
        let (first, last) = (
            f64::from(years[0]),
            f64::from(*years.last().unwrap_or(&years[0])),
        );
        let mut chart = ChartBuilder::on(root)
            .margin(14)
            .x_label_area_size(44)
            .y_label_area_size(72)
            .build_cartesian_2d((first - 0.4)..(last + 0.4), lo..hi)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(years.len() + 1)
            .x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .y_desc(y_desc)
            .axis_desc_style(font(18))
            .label_style(font(18))
            .draw()?;
        if lo < 0.0 && hi > 0.0 {
            chart.draw_series(LineSeries::new(
                vec![(first - 0.4, 0.0), (last + 0.4, 0.0)],
                INK.stroke_width(2),
            ))?;
        }
        for line in lines {
            let points: Vec<(f64, f64)> = years
                .iter()
                .zip(&line.values)
                .map(|(y, v)| (f64::from(*y), *v))
                .collect();
            let style = line.colour.stroke_width(if line.dashed { 3 } else { 4 });
            if line.dashed {
                chart.draw_series(DashedLineSeries::new(points.clone(), 10, 7, style))?;
            } else {
                chart.draw_series(LineSeries::new(points.clone(), style))?;
            }
            let fill = line.colour.filled();
            for p in points {
                match line.marker {
                    Marker::Circle => {
                        chart.draw_series(std::iter::once(Circle::new(p, 6, fill)))?
                    }
                    Marker::Triangle => {
                        chart.draw_series(std::iter::once(TriangleMarker::new(p, 8, fill)))?
                    }
                    Marker::Cross => chart.draw_series(std::iter::once(Cross::new(
                        p,
                        7,
                        line.colour.stroke_width(3),
                    )))?,
                    Marker::Square => chart.draw_series(std::iter::once(
                        EmptyElement::at(p) + Rectangle::new([(-6, -6), (6, 6)], fill),
                    ))?,
                    Marker::Diamond => chart.draw_series(std::iter::once(
                        EmptyElement::at(p)
                            + Polygon::new(vec![(0, -8), (8, 0), (0, 8), (-8, 0)], fill),
                    ))?,
                };
            }
        }
        Ok(())
    })
}

pub const SCENARIO_COLOUR: RGBColor = SCENARIO;

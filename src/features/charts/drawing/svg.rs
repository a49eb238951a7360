//! The drawing written as SVG, for the downloads and the printed report.

use std::fmt::Write as _;

use plotters_backend::BackendCoord;

use super::{Anchor, Colour, Drawing, Shape, HEIGHT, WIDTH};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An SVG shape's fill, or its outline.
fn svg_paint(colour: Colour, width: u32, fill: bool) -> String {
    if fill {
        format!("fill=\"{}\"", colour.hex())
    } else {
        format!(
            "fill=\"none\" stroke=\"{}\" stroke-width=\"{width}\"",
            colour.hex()
        )
    }
}

fn points(points: &[BackendCoord]) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(out, "{}{x},{y}", if i > 0 { " " } else { "" });
    }
    out
}

impl Drawing {
    /// The drawing as an SVG image that scales with its box, named for
    /// screen readers by `description`.
    pub fn svg(&self, description: &str) -> String {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart__svg\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" preserveAspectRatio=\"xMidYMid meet\"><rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>",
            escape(description)
        );
        for shape in &self.shapes {
            let _ = match shape {
                Shape::Path { points: p, colour, width } => write!(
                    out,
                    "<polyline fill=\"none\" stroke=\"{}\" stroke-opacity=\"{}\" stroke-width=\"{width}\" stroke-linejoin=\"round\" points=\"{}\"/>",
                    colour.hex(),
                    colour.opacity(),
                    points(p)
                ),
                Shape::Rect { from, to, colour, width, fill } => {
                    let paint = svg_paint(*colour, *width, *fill);
                    write!(
                        out,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" opacity=\"{}\" {paint}/>",
                        from.0,
                        from.1,
                        to.0 - from.0,
                        to.1 - from.1,
                        colour.opacity()
                    )
                }
                Shape::Circle { centre, radius, colour, width, fill } => {
                    let paint = svg_paint(*colour, *width, *fill);
                    write!(
                        out,
                        "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\" opacity=\"{}\" {paint}/>",
                        centre.0,
                        centre.1,
                        colour.opacity()
                    )
                }
                Shape::Polygon { points: p, colour } => write!(
                    out,
                    "<polygon points=\"{}\" fill=\"{}\" opacity=\"{}\"/>",
                    points(p),
                    colour.hex(),
                    colour.opacity()
                ),
            };
        }
        let ink = self.ink.hex();
        for label in &self.labels {
            let (x, y) = label.at;
            let anchor = match label.anchor {
                Anchor::End => "end",
                Anchor::Middle => "middle",
            };
            let weight = if label.bold {
                " font-weight=\"700\""
            } else {
                ""
            };
            let turn = if label.upright {
                format!(" transform=\"rotate(-90 {x} {y})\"")
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<text x=\"{x}\" y=\"{y}\"{turn} text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-family=\"sans-serif\" font-size=\"{}\"{weight} fill=\"{ink}\">{}</text>",
                label.size,
                escape(&label.content)
            );
        }
        out.push_str("</svg>");
        out
    }
}

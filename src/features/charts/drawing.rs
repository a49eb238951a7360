//! A chart as a list of shapes and labels, and the two ways it is shown:
//! painted on a canvas on screen (`paint`: one call per shape, no markup
//! for the browser to parse and lay out on every lever move) and written as
//! SVG for the downloads and the printed report (`svg`).
//!
//! Plotters lays the chart out once, into a [`Recorder`]: a drawing backend
//! that keeps the shapes it is given. Written here rather than taken from
//! `plotters-canvas` and `plotters-svg`: those draw while plotters lays out,
//! so the layout code would be built twice into the wasm; and
//! `plotters-canvas` sizes the drawing by the canvas's pixels, so a
//! high-density screen or projector would get another layout or a blurred
//! chart. Here the chart is laid out in its own units (`WIDTH` x `HEIGHT`)
//! and the canvas has `scale` device pixels per unit: the same layout, sharp.

use std::cell::RefCell;
use std::fmt::Write as _;

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// The chart's size in its own units.
pub const WIDTH: u32 = 880;
pub const HEIGHT: u32 = 440;

/// One shape as plotters drew it, in chart units.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A line through points.
    Path {
        points: Vec<BackendCoord>,
        colour: Colour,
        width: u32,
    },
    /// A rectangle, filled or outlined.
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        colour: Colour,
        width: u32,
        fill: bool,
    },
    Circle {
        centre: BackendCoord,
        radius: u32,
        colour: Colour,
        width: u32,
        fill: bool,
    },
    /// A filled polygon (areas, triangle markers).
    Polygon {
        points: Vec<BackendCoord>,
        colour: Colour,
    },
}

/// A colour with its opacity.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Colour {
    pub rgb: (u8, u8, u8),
    pub alpha: f64,
}

impl Colour {
    pub fn of(colour: BackendColor) -> Self {
        Self {
            rgb: colour.rgb,
            alpha: colour.alpha,
        }
    }

    /// `#rrggbb`, the opacity apart (SVG).
    fn hex(self) -> String {
        let (r, g, b) = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// `rgba(...)` (canvas).
    fn css(self) -> String {
        let (r, g, b) = self.rgb;
        format!("rgba({r},{g},{b},{})", self.opacity())
    }

    /// The opacity as short as it goes, at most three decimals: `1`,
    /// `0.25`.
    fn opacity(self) -> String {
        let text = crate::fixed::fixed(self.alpha, 3);
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// How a label sits on its point: its end or its middle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    End,
    Middle,
}

/// Text beside the shapes: axis numbers, years, titles. Written as text, so
/// the browser aligns it and no font is measured while drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub at: BackendCoord,
    pub anchor: Anchor,
    pub size: u32,
    pub bold: bool,
    /// Turned a quarter to the left (the y axis title).
    pub upright: bool,
    pub content: String,
}

/// A chart ready to be shown: its shapes, then its labels over them, on a
/// white ground.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drawing {
    pub shapes: Vec<Shape>,
    pub labels: Vec<Label>,
    /// The labels' colour.
    pub ink: Colour,
}

/// Recording the shapes is all this backend does, so it never fails.
#[derive(Debug)]
pub enum Never {}

impl std::fmt::Display for Never {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

type Recorded = Result<(), DrawingErrorKind<Never>>;

/// The drawing backend plotters lays the charts out into.
#[derive(Default)]
pub struct Recorder {
    pub shapes: Vec<Shape>,
}

impl Recorder {
    /// Keeps the shape unless its colour is fully transparent.
    fn keep(&mut self, colour: BackendColor, shape: impl FnOnce(Colour) -> Shape) -> Recorded {
        if colour.alpha > 0.0 {
            self.shapes.push(shape(Colour::of(colour)));
        }
        Ok(())
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        (WIDTH, HEIGHT)
    }

    fn ensure_prepared(&mut self) -> Recorded {
        Ok(())
    }

    fn present(&mut self) -> Recorded {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, colour: BackendColor) -> Recorded {
        self.keep(colour, |colour| Shape::Rect {
            from: (x, y),
            to: (x + 1, y + 1),
            colour,
            width: 1,
            fill: true,
        })
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Recorded {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Recorded {
        let width = style.stroke_width();
        self.keep(style.color(), |colour| Shape::Rect {
            from,
            to,
            colour,
            width,
            fill,
        })
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Recorded {
        let width = style.stroke_width();
        self.keep(style.color(), |colour| Shape::Path {
            points: path.into_iter().collect(),
            colour,
            width,
        })
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Recorded {
        let width = style.stroke_width();
        self.keep(style.color(), |colour| Shape::Circle {
            centre,
            radius,
            colour,
            width,
            fill,
        })
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Recorded {
        self.keep(style.color(), |colour| Shape::Polygon {
            points: vertices.into_iter().collect(),
            colour,
        })
    }

    // The charts' text is never laid out by plotters (no caption, no mesh
    // labels): it is `Label`s, written as text for the browser to place.
    // These two keep plotters' font code (and its float printing, about 4 KB
    // of the wasm gzipped) out of the app; a debug build says so if a chart
    // ever asks plotters for text.
    fn draw_text<T: BackendTextStyle>(&mut self, _: &str, _: &T, _: BackendCoord) -> Recorded {
        debug_assert!(false, "chart text goes through Label, not plotters");
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        _: &str,
        _: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        debug_assert!(false, "chart text goes through Label, not plotters");
        Ok((0, 0))
    }
}

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

    /// Paints the drawing on `canvas` with `scale` device pixels per chart
    /// unit (the canvas is resized to match).
    pub fn paint(&self, canvas: &web_sys::HtmlCanvasElement, scale: f64) {
        use wasm_bindgen::JsCast;
        let (width, height) = (
            (f64::from(WIDTH) * scale).round() as u32,
            (f64::from(HEIGHT) * scale).round() as u32,
        );
        if canvas.width() != width {
            canvas.set_width(width);
        }
        if canvas.height() != height {
            canvas.set_height(height);
        }
        let Some(c) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = c.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0);
        c.set_fill_style_str("#ffffff");
        c.fill_rect(0.0, 0.0, f64::from(WIDTH), f64::from(HEIGHT));
        c.set_line_join("round");
        // A path through points; 0.5 puts a line of odd width on whole
        // pixels instead of blurring it over two.
        let trace = |points: &[BackendCoord], offset: f64| {
            c.begin_path();
            for (i, &(x, y)) in points.iter().enumerate() {
                let (x, y) = (f64::from(x) + offset, f64::from(y) + offset);
                if i == 0 {
                    c.move_to(x, y);
                } else {
                    c.line_to(x, y);
                }
            }
        };
        // A style is set only when it changes: at a thousand bars, setting
        // it per shape costs about 2 ms a step.
        let (fill_style, stroke_style) = (RefCell::new(None), RefCell::new(None));
        let finish = |colour: &Colour, width: u32, fill: bool| {
            if fill {
                if fill_style.replace(Some(*colour)) != Some(*colour) {
                    c.set_fill_style_str(&colour.css());
                }
                c.fill();
            } else {
                if stroke_style.replace(Some((*colour, width))) != Some((*colour, width)) {
                    c.set_stroke_style_str(&colour.css());
                    c.set_line_width(f64::from(width.max(1)));
                }
                c.stroke();
            }
        };
        for shape in &self.shapes {
            match shape {
                Shape::Path {
                    points,
                    colour,
                    width,
                } => {
                    trace(points, if width % 2 == 1 { 0.5 } else { 0.0 });
                    finish(colour, *width, false);
                }
                Shape::Rect {
                    from,
                    to,
                    colour,
                    width,
                    fill,
                } => {
                    c.begin_path();
                    c.rect(
                        f64::from(from.0),
                        f64::from(from.1),
                        f64::from(to.0 - from.0),
                        f64::from(to.1 - from.1),
                    );
                    finish(colour, *width, *fill);
                }
                Shape::Circle {
                    centre,
                    radius,
                    colour,
                    width,
                    fill,
                } => {
                    c.begin_path();
                    let _ = c.arc(
                        f64::from(centre.0),
                        f64::from(centre.1),
                        f64::from(*radius),
                        0.0,
                        std::f64::consts::TAU,
                    );
                    finish(colour, *width, *fill);
                }
                Shape::Polygon { points, colour } => {
                    trace(points, 0.0);
                    c.close_path();
                    finish(colour, 1, true);
                }
            }
        }
        c.set_fill_style_str(&self.ink.css());
        c.set_text_baseline("middle");
        for label in &self.labels {
            let weight = if label.bold { "700 " } else { "" };
            c.set_font(&format!("{weight}{}px sans-serif", label.size));
            c.set_text_align(match label.anchor {
                Anchor::End => "end",
                Anchor::Middle => "center",
            });
            let (x, y) = (f64::from(label.at.0), f64::from(label.at.1));
            if label.upright {
                c.save();
                let _ = c.translate(x, y);
                let _ = c.rotate(-std::f64::consts::FRAC_PI_2);
                let _ = c.fill_text(&label.content, 0.0, 0.0);
                c.restore();
            } else {
                let _ = c.fill_text(&label.content, x, y);
            }
        }
    }
}

//! A chart as a list of shapes and labels, and the two ways it is shown:
//! painted on a canvas on screen (`paint`: one call per shape, no markup
//! for the browser to parse and lay out on every lever move) and written as
//! SVG for the downloads and the printed report (`svg`), in `drawing/canvas.rs`
//! and `drawing/svg.rs`.
//!
//! Plotters lays the chart out once, into a [`Recorder`]: a drawing backend
//! that keeps the shapes it is given. Written here rather than taken from
//! `plotters-canvas` and `plotters-svg`: those draw while plotters lays out,
//! so the layout code would be built twice into the wasm; and
//! `plotters-canvas` sizes the drawing by the canvas's pixels, so a
//! high-density screen or projector would get another layout or a blurred
//! chart. Here the chart is laid out in its own units (`WIDTH` x `HEIGHT`)
//! and the canvas has `scale` device pixels per unit: the same layout, sharp.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// The chart's size in its own units.
pub const WIDTH: u32 = 880;
pub const HEIGHT: u32 = 440;

mod canvas;
mod svg;

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

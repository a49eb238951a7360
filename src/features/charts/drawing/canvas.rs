//! The drawing painted on a canvas on screen: one call per shape, no markup
//! for the browser to parse and lay out on every lever move.

use std::cell::RefCell;

use plotters_backend::BackendCoord;

use super::{Anchor, Colour, Drawing, Shape, HEIGHT, WIDTH};

impl Drawing {
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
        let rect = |from: &BackendCoord, to: &BackendCoord| {
            c.rect(
                f64::from(from.0),
                f64::from(from.1),
                f64::from(to.0 - from.0),
                f64::from(to.1 - from.1),
            );
        };
        // Filled rectangles of one colour that follow each other (a series'
        // bars) are one path, filled once: a cost chart of 100 care forms
        // over 15 years has 1,500.
        let mut bars: Option<Colour> = None;
        let fill_bars = |bars: &mut Option<Colour>| {
            if let Some(colour) = bars.take() {
                finish(&colour, 1, true);
            }
        };
        for shape in &self.shapes {
            match shape {
                Shape::Rect {
                    from,
                    to,
                    colour,
                    fill: true,
                    ..
                } => {
                    if bars != Some(*colour) {
                        fill_bars(&mut bars);
                        c.begin_path();
                        bars = Some(*colour);
                    }
                    rect(from, to);
                    continue;
                }
                _ => fill_bars(&mut bars),
            }
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
                    ..
                } => {
                    c.begin_path();
                    rect(from, to);
                    finish(colour, *width, false);
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
        fill_bars(&mut bars);
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

//! Fixed-point text for numbers the browser reads (SVG coordinates, CSS
//! widths, opacities): written from whole numbers, so the app's wasm holds
//! no float formatting (core's float printing costs about 4 KB gzipped).

/// `x` with `decimals` decimals (at most 6) and a point: `fixed(12.345, 1)`
/// is `12.3`, `fixed(-0.04, 1)` is `0.0`, `fixed(3.0, 0)` is `3`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10_i64.pow(decimals);
    let scaled = (x * scale as f64).round();
    // Beyond what any coordinate or width reaches; kept finite and in range.
    let n = if scaled.is_finite() {
        scaled.clamp(-1e15, 1e15) as i64
    } else {
        0
    };
    let sign = if n < 0 { "-" } else { "" };
    let (whole, part) = (n.abs() / scale, n.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        let width = decimals as usize;
        format!("{sign}{whole}.{part:0width$}")
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn writes_like_rusts_own_fixed_format() {
        for (x, d) in [
            (12.344, 1),
            (12.356, 2),
            (0.0, 1),
            (-7.251, 2),
            (99.96, 1),
            (1234.6, 0),
            (0.333_333, 2),
            (-0.5, 2),
            (640.0, 1),
        ] {
            // No halves: Rust rounds those from the exact binary value.
            assert_eq!(fixed(x, d), format!("{x:.*}", d as usize), "{x} {d}");
        }
        // A negative that rounds to zero has no sign (Rust writes "-0.0").
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
    }
}

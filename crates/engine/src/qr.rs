//! A QR code's modules for a link (Meedoen: a participant scans the short
//! link off the projector). The code is made by the `qrcodegen` crate; this
//! module only picks the error correction and hands the matrix over as
//! plain data the app draws (and sends it over the import worker's wire,
//! `region_csv::protocol`, so the app's own wasm carries no QR encoder).

use qrcodegen::{QrCode, QrCodeEcc};

/// Longest text we try to put in a code: a version 40 code at the lowest
/// error correction holds 2,953 bytes; anything longer is refused before
/// the encoder sees it.
pub const MAX_QR_TEXT: usize = 2_953;

/// Above this version (57 modules) a code at error correction Medium is
/// hard to scan from the back of a room; Low is used when it makes the
/// code smaller.
const LONG_VERSION: u8 = 10;

/// The modules of a QR code, without its quiet zone (4 light modules on
/// every side when drawn).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side: 21 for version 1, 4 more per version.
    pub size: u32,
    /// Row after row, `size * size` entries; true is dark.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// The module in column `x` of row `y`; light outside the code.
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        x < self.size && y < self.size && self.dark[(y * self.size + x) as usize]
    }

    /// The QR version (1 to 40).
    pub fn version(&self) -> u32 {
        (self.size - 17) / 4
    }

    /// For the worker's wire: `["qr", SIZE, "0110…"]` (row after row).
    pub fn to_wire(&self) -> Vec<String> {
        let bits = self.dark.iter().map(|d| if *d { '1' } else { '0' });
        vec!["qr".into(), self.size.to_string(), bits.collect()]
    }

    /// The matrix from the parts after the tag `qr`; None when they are not
    /// one (a size that is no QR size, a row missing, another character).
    pub fn from_wire(size: &str, bits: &str) -> Option<QrMatrix> {
        let size: u32 = size.parse().ok()?;
        if !(21..=177).contains(&size) || size % 4 != 1 {
            return None;
        }
        if bits.len() != (size * size) as usize {
            return None;
        }
        let dark = bits
            .bytes()
            .map(|b| match b {
                b'1' => Some(true),
                b'0' => Some(false),
                _ => None,
            })
            .collect::<Option<Vec<bool>>>()?;
        Some(QrMatrix { size, dark })
    }
}

/// The QR code of `text` at error correction Medium, or Low when the text
/// is long enough that Low gives a smaller code; None when it does not fit
/// in a QR code at all (or is empty).
pub fn qr_matrix(text: &str) -> Option<QrMatrix> {
    if text.is_empty() || text.len() > MAX_QR_TEXT {
        return None;
    }
    let medium = QrCode::encode_text(text, QrCodeEcc::Medium).ok();
    let code = match medium {
        Some(code) if code.version().value() <= LONG_VERSION => code,
        medium => {
            let low = QrCode::encode_text(text, QrCodeEcc::Low).ok();
            match (medium, low) {
                (Some(m), Some(l)) if l.size() < m.size() => l,
                (Some(m), _) => m,
                (None, low) => low?,
            }
        }
    };
    let size = code.size();
    let dark = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some(QrMatrix {
        size: u32::try_from(size).ok()?,
        dark,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_gives_a_small_code_that_crosses_the_wire() {
        let m = qr_matrix("https://example.org/#p=voorbeeldregio").unwrap();
        assert_eq!(m.dark.len(), (m.size * m.size) as usize);
        assert!(m.version() <= 4, "version {}", m.version());
        // The finder pattern: the top-left corner module is dark, the one
        // beside the finder (column 7) light.
        assert!(m.is_dark(0, 0) && !m.is_dark(7, 0));
        let wire = m.to_wire();
        assert_eq!(wire[0], "qr");
        assert_eq!(QrMatrix::from_wire(&wire[1], &wire[2]), Some(m));
    }

    #[test]
    fn a_long_text_falls_back_to_low_and_too_long_gives_none() {
        let long = "a".repeat(600);
        let m = qr_matrix(&long).unwrap();
        let medium = QrCode::encode_text(&long, QrCodeEcc::Medium).unwrap();
        assert!(m.size < u32::try_from(medium.size()).unwrap());
        assert!(qr_matrix(&"a".repeat(3_000)).is_none());
        assert!(qr_matrix(&"é".repeat(2_000)).is_none(), "4,000 bytes");
        assert!(qr_matrix("").is_none());
    }

    #[test]
    fn damaged_wire_is_refused() {
        assert!(QrMatrix::from_wire("22", &"0".repeat(22 * 22)).is_none());
        assert!(QrMatrix::from_wire("21", &"0".repeat(440)).is_none());
        assert!(QrMatrix::from_wire("21", &"2".repeat(441)).is_none());
        assert!(QrMatrix::from_wire("x", "").is_none());
        assert!(QrMatrix::from_wire("21", &"1".repeat(441)).is_some());
    }
}

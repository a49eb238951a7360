//! The bytes of a CSV as Excel saves it, as text: UTF-8 with or without a
//! byte order mark ("CSV UTF-8"), Windows-1252 (Dutch Excel's plain "CSV
//! (gescheiden door lijstscheidingsteken)") and UTF-16 with a byte order
//! mark ("Unicode-tekst", tab separated). A spreadsheet or other binary file
//! is refused.
//!
//! Decoded by hand, a few dozen lines: the `encoding_rs` crate would do it
//! too, but its tables would add far more to the app's wasm than these three
//! encodings need, and the wasm is at its size limit.

/// Why the bytes are not text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NotText {
    /// An .xlsx (a zip), an old .xls, or other binary.
    Binary,
}

/// The text of a CSV file, without a byte order mark.
pub(super) fn decode(bytes: &[u8]) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if is_binary(bytes) {
        return Err(NotText::Binary);
    }
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => windows_1252(bytes),
    })
}

/// A zip (.xlsx, .ods), an OLE file (.xls) or any file with a NUL byte:
/// text files have none, outside UTF-16.
fn is_binary(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || bytes.contains(&0)
}

/// UTF-16 in the byte order `unit` reads; an unpaired surrogate or an odd
/// last byte becomes U+FFFD, so no text is lost silently without a mark.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect::<String>()
        .trim_start_matches('\u{feff}')
        .to_string()
}

/// Windows-1252: Latin-1, except 0x80 to 0x9F, which hold €, curly quotes,
/// dashes and a few letters (the five unassigned bytes stay the control
/// characters of Latin-1, as browsers decode them).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)]))
                .unwrap_or(char::REPLACEMENT_CHARACTER),
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_reads_euro_quotes_and_accents() {
        let bytes = b"cli\xebnten;\x80 1.234,50;\x93ja\x94;\x96";
        assert_eq!(
            decode(bytes).unwrap(),
            "cliënten;€ 1.234,50;\u{201c}ja\u{201d};\u{2013}"
        );
    }

    #[test]
    fn utf8_with_or_without_a_byte_order_mark() {
        assert_eq!(decode("\u{feff}€;ë".as_bytes()).unwrap(), "€;ë");
        assert_eq!(decode("€;ë".as_bytes()).unwrap(), "€;ë");
    }

    #[test]
    fn utf16_in_either_byte_order() {
        let text = "naam\taandeel\r\nÉén\t12,5\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap(), text);
        assert_eq!(decode(&be).unwrap(), text);
        le.push(0x41);
        assert!(decode(&le).unwrap().ends_with('\u{fffd}'));
    }

    #[test]
    fn spreadsheets_and_binary_are_not_text() {
        assert_eq!(decode(b"PK\x03\x04rest"), Err(NotText::Binary));
        assert_eq!(decode(&[0xD0, 0xCF, 0x11, 0xE0, 1]), Err(NotText::Binary));
        assert_eq!(decode(b"a;b\0c"), Err(NotText::Binary));
    }
}

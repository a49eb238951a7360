//! The field path at a place in a JSON text (`care_forms[0].clients_start`),
//! so a file that does not decode names the field a user must fix. serde_json
//! says where it stopped (line and column); this scanner walks the text up to
//! there, keeping the stack of objects (with their current key) and arrays
//! (with their current index). It replaces a path-tracking deserializer,
//! which wrapped every type's decoding a second time (about 25 KB of the
//! app's wasm, gzipped) for what is only needed once a file is refused.

/// One level of nesting the scan is inside.
enum Frame {
    /// An object, with the key whose value is being read; `in_key` while
    /// the key itself is being read (before its colon).
    Object {
        key: Option<String>,
        in_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of what stands at byte `offset` of `text`. A key being read
/// (an unknown or duplicate field) is part of the path when `with_key`;
/// otherwise an error at a key (a map key that is not a year) names the
/// object that holds it. After a closing brace (a missing field) the path
/// is the object's. The root is "".
pub fn path_at(text: &str, offset: usize, with_key: bool) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                in_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_key, .. }) = stack.last_mut() {
                    *in_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_key }) => {
                    *key = None;
                    *in_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let (content, next) = string_at(text, i);
                if let Some(Frame::Object { key, in_key: true }) = stack.last_mut() {
                    *key = Some(content);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    let last = stack.len().saturating_sub(1);
    for (depth, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object {
                key: Some(key),
                in_key,
            } if !*in_key || (with_key && depth == last) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The content of the string whose opening quote is at `start` (escapes
/// kept as written: keys with escapes are rare and only shown), and the
/// index just past its closing quote.
fn string_at(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    let content = text.get(start + 1..i.min(bytes.len())).unwrap_or_default();
    (content.to_string(), (i + 1).min(bytes.len()))
}

/// The byte offset of serde_json's 1-based line and column (a column counts
/// bytes from the line's start).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"name":"A","care_forms":[{"id":"a","clients_start":1},{"id":"b","clients_start":"x","group":"g"}],"levers":{"investments":[{"amounts":{"abc":1}}]}}"#;

    fn after(needle: &str) -> usize {
        FILE.find(needle).unwrap() + needle.len()
    }

    #[test]
    fn a_value_is_named_by_its_key_and_the_indexes_of_its_arrays() {
        assert_eq!(
            path_at(FILE, after(r#""clients_start":"x""#), false),
            "care_forms[1].clients_start"
        );
        assert_eq!(
            path_at(FILE, after(r#""clients_start":1"#), false),
            "care_forms[0].clients_start"
        );
        assert_eq!(path_at(FILE, after(r#""name":"A""#), false), "name");
    }

    #[test]
    fn a_key_is_part_of_the_path_only_when_asked() {
        let at_key = after(r#""group""#);
        assert_eq!(path_at(FILE, at_key, true), "care_forms[1].group");
        assert_eq!(path_at(FILE, at_key, false), "care_forms[1]");
        // A map key that is not a year names the map.
        assert_eq!(
            path_at(FILE, after(r#""abc""#), false),
            "levers.investments[0].amounts"
        );
    }

    #[test]
    fn after_a_closing_brace_the_path_is_the_objects_that_closed() {
        assert_eq!(
            path_at(FILE, after(r#""clients_start":1}"#), false),
            "care_forms[0]"
        );
        assert_eq!(path_at(FILE, FILE.len(), false), "");
    }

    #[test]
    fn quotes_commas_and_brackets_inside_strings_are_text() {
        let text = r#"{"a":"x,\"]}{","b":[1,2,{"c":true}]}"#;
        assert_eq!(
            path_at(text, text.find("true").unwrap() + 4, false),
            "b[2].c"
        );
    }

    #[test]
    fn lines_and_columns_become_byte_offsets() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 1, 1), 1);
        assert_eq!(&text[..offset_of(text, 3, 8)], "{\n  \"a\": 1,\n  \"b\": x");
    }
}

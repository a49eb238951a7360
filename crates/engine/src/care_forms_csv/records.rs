//! Splitting the CSV text into records: the separator, quoting and the
//! line each record starts on.

/// Splits CSV text into records (RFC 4180 quoting), each with the 1-based
/// line it starts on.
pub(super) fn records(text: &str, delimiter: char) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cell.push(c);
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => in_quotes = true,
            c if c == delimiter => record.push(std::mem::take(&mut cell)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut cell));
                out.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        out.push((start_line, record));
    }
    out.retain(|(_, r)| r.iter().any(|c| !c.trim().is_empty()));
    out
}

/// The separator the header uses most; None when it uses none of them.
pub(super) fn detect_delimiter(header_line: &str) -> Option<char> {
    [';', '\t', ',']
        .into_iter()
        .map(|d| (d, header_line.matches(d).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_keep_separators_and_newlines_and_lines_count_from_one() {
        let text = "a;\"b;c\"\n\"x\ny\";\"say \"\"hi\"\"\"\n\n1;2";
        assert_eq!(
            records(text, ';'),
            vec![
                (1, vec!["a".to_string(), "b;c".to_string()]),
                (2, vec!["x\ny".to_string(), "say \"hi\"".to_string()]),
                (5, vec!["1".to_string(), "2".to_string()]),
            ]
        );
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses_most() {
        assert_eq!(detect_delimiter("a;b;c,d"), Some(';'));
        assert_eq!(detect_delimiter("a\tb\tc"), Some('\t'));
        assert_eq!(detect_delimiter("a,b"), Some(','));
        assert_eq!(detect_delimiter("abc"), None);
    }
}

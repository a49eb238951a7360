//! Splitting the CSV text into records: the separator, and (through the
//! `csv` crate) quoting and the line each record starts on.

/// Splits CSV text into records (RFC 4180 quoting, by the `csv` crate),
/// each with the 1-based line it starts on; blank records are left out.
pub(super) fn records(text: &str, delimiter: char) -> Vec<(usize, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(u8::try_from(delimiter).unwrap_or(b';'))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    // The text is valid UTF-8 and records may differ in length, so reading
    // cannot fail; a failure would end the records read, never invent any.
    let (mut counted_to, mut line) = (0, 1);
    while let Ok(true) = reader.read_record(&mut record) {
        // The line from the byte offset: the crate's own line count skips
        // blank lines, and a user looks for the line in a text editor.
        // Its position is where the reader went on after the last record,
        // before any blank lines it skipped.
        let mut start = record
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .max(counted_to);
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        line += text.as_bytes()[counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted_to = start;
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().any(|c| !c.trim().is_empty()) {
            out.push((line, cells));
        }
    }
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
    fn lines_count_blank_lines_and_crlf_as_an_editor_shows_them() {
        let text = "a;b\r\n\r\n\r\n1;2\r\n;\r\n3;4";
        let lines: Vec<usize> = records(text, ';').into_iter().map(|(l, _)| l).collect();
        assert_eq!(lines, vec![1, 4, 6]);
    }

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

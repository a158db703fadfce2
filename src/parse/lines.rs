//! Splits the text into lines, keeping each line's byte range so every entry can point
//! back at the bytes it came from. `\n`, `\r\n` and a lone `\r` all end a line.

/// One line of the decoded text, without its terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 0-based line number.
    pub no: usize,
    /// Byte offset of the line's first byte.
    pub start: usize,
    /// Byte offset just past the line's last byte (before its terminator).
    pub end: usize,
    pub text: &'a str,
}

impl Line<'_> {
    /// Blank lines separate paragraphs; a line of only spaces (NBSP included) is blank.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

pub fn split(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    let mut start = 0;
    while start < bytes.len() {
        let (end, next) = match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            None => (bytes.len(), bytes.len()),
            Some(off) => {
                let end = start + off;
                let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
                (end, end + if crlf { 2 } else { 1 })
            }
        };
        lines.push(Line {
            no: lines.len(),
            start,
            end,
            text: &text[start..end],
        });
        start = next;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn every_line_ending_ends_a_line() {
        let text = "a\nb\r\nc\rd";
        let lines = split(text);
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        for l in &lines {
            assert_eq!(&text[l.start..l.end], l.text);
        }
        assert_eq!(lines[3].no, 3);
    }

    #[test]
    fn trailing_terminator_adds_no_line_and_blank_lines_count() {
        let texts: Vec<_> = split("a\n\n \u{a0}\nb\n")
            .iter()
            .map(|l| l.is_blank())
            .collect();
        assert_eq!(texts, [false, true, true, false]);
        assert!(split("").is_empty());
    }
}

//! Finds the web links in a comment so the UI can make them clickable.
//!
//! Only `http://`, `https://` and `mailto:` links become links: any other scheme
//! (`javascript:`, `data:`, …) stays plain text, whatever its spelling. The UI still renders the returned
//! pieces as text nodes and attributes, never as HTML.

/// A piece of a text: either plain text or a URL to link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits `text` into plain text and links, in order; concatenated, the pieces give back
/// `text` exactly.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut search_from = 0;
    while let Some((start, end)) = next_link(text, search_from) {
        if start > plain_from {
            out.push(Segment::Text(&text[plain_from..start]));
        }
        out.push(Segment::Link(&text[start..end]));
        plain_from = end;
        search_from = end;
    }
    if plain_from < text.len() {
        out.push(Segment::Text(&text[plain_from..]));
    }
    out
}

/// The schemes that become links, with what must follow the colon.
const SCHEMES: [(&str, &str); 3] = [("https", "//"), ("http", "//"), ("mailto", "")];

/// Byte range of the first link at or after `from`.
fn next_link(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    // Every scheme ends in a colon: colons are rarer in prose than any scheme's letters.
    while let Some(off) = memchr::memchr(b':', &bytes[i..]) {
        let colon = i + off;
        i = colon + 1;
        let Some((start, body_start)) = scheme_before(bytes, colon) else {
            continue;
        };
        // A scheme glued to a preceding word ("xhttp://") is not a link start.
        if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let end = link_end(text, start, body_start);
        let is_mail = body_start == colon + 1;
        if end > body_start && (!is_mail || looks_like_address(&text[body_start..end])) {
            return Some((start, end));
        }
    }
    None
}

/// The start of the scheme ending at `colon`, and where the link's body starts.
fn scheme_before(bytes: &[u8], colon: usize) -> Option<(usize, usize)> {
    SCHEMES.iter().find_map(|(name, after)| {
        let start = colon.checked_sub(name.len())?;
        let rest = &bytes[colon + 1..];
        (bytes[start..colon].eq_ignore_ascii_case(name.as_bytes())
            && rest.starts_with(after.as_bytes()))
        .then_some((start, colon + 1 + after.len()))
    })
}

/// `someone@example.org`, possibly with `?subject=…`: one `@`, a dotted domain.
fn looks_like_address(body: &str) -> bool {
    let address = body.split('?').next().unwrap_or(body);
    match address.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

/// End of a URL: it runs to white space or a character that cannot be in one, then loses
/// trailing punctuation that belongs to the sentence (`see http://a.b/c.` or `(http://x)`).
fn link_end(text: &str, start: usize, body_start: usize) -> usize {
    let mut end = body_start;
    for (off, c) in text[body_start..].char_indices() {
        if c.is_whitespace()
            || matches!(c, '"' | '<' | '>' | '«' | '»' | '“' | '”' | '‘' | '’' | '`')
        {
            break;
        }
        end = body_start + off + c.len_utf8();
    }
    loop {
        let url = &text[start..end];
        let Some(last) = url.chars().next_back() else {
            return end;
        };
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '…' => true,
            ')' => url.matches('(').count() < url.matches(')').count(),
            ']' => url.matches('[').count() < url.matches(']').count(),
            _ => false,
        };
        if !trim || end <= body_start {
            return end;
        }
        end -= last.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::{segments, Segment::*};

    #[test]
    fn finds_links_and_keeps_all_text() {
        let text = "voir http://bit.ly/9xPXNc et https://ow.ly/2Iea2.";
        let segs = segments(text);
        assert_eq!(
            segs,
            vec![
                Text("voir "),
                Link("http://bit.ly/9xPXNc"),
                Text(" et "),
                Link("https://ow.ly/2Iea2"),
                Text("."),
            ]
        );
        let joined: String = segs
            .iter()
            .map(|s| match s {
                Text(t) | Link(t) => *t,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn keeps_balanced_parentheses_and_drops_closing_ones() {
        assert_eq!(
            segments("(http://fr.wikipedia.org/wiki/Gr%C3%A8ve_(homonymie))"),
            vec![
                Text("("),
                Link("http://fr.wikipedia.org/wiki/Gr%C3%A8ve_(homonymie)"),
                Text(")")
            ]
        );
    }

    #[test]
    fn other_schemes_stay_text() {
        for text in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1) data:text/html,<b>",
            "xhttp://glued.example",
            "http:// nothing after the scheme",
            "ftp://files.example",
        ] {
            assert!(
                segments(text).iter().all(|s| matches!(s, Text(_))),
                "{text} produced a link"
            );
        }
    }

    #[test]
    fn mail_links_need_an_address() {
        assert_eq!(
            segments("écrire à MAILTO:ann@example.org."),
            vec![Text("écrire à "), Link("MAILTO:ann@example.org"), Text(".")]
        );
        assert_eq!(
            segments("mailto:ann@example.org?subject=palabre"),
            vec![Link("mailto:ann@example.org?subject=palabre")]
        );
        for text in [
            "mailto:",
            "mailto:nobody",
            "mailto:a@b",
            "mailto:@example.org",
        ] {
            assert!(
                segments(text).iter().all(|s| matches!(s, Text(_))),
                "{text} produced a link"
            );
        }
    }

    #[test]
    fn a_link_stops_at_quotes_and_angle_brackets() {
        assert_eq!(
            segments("<a href=\"http://x.example/\" onclick=alert(1)>"),
            vec![
                Text("<a href=\""),
                Link("http://x.example/"),
                Text("\" onclick=alert(1)>")
            ]
        );
    }
}

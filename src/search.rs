//! Full-text search as a reader expects it: case and accents do not matter (`naivete`
//! finds `naïveté`, `CECILE` finds `Cécile`), and hits come back as byte ranges of the
//! original text, so the UI can mark them in place.
//!
//! Searching runs on every keystroke over every entry, so the common case (plain ASCII
//! text) is a byte scan driven by `memchr`; other text is folded character by character.

use crate::text::fold_char;
use std::ops::Range;

/// A search, ready to run over many texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The folded needle, white space collapsed to single spaces.
    needle: Vec<char>,
    /// The same needle as bytes when it is ASCII, for the fast path.
    ascii: Option<Vec<u8>>,
}

impl Query {
    /// `None` for a query with nothing to look for (empty or only white space).
    pub fn new(text: &str) -> Option<Query> {
        let mut needle = Vec::new();
        for word in text.split_whitespace() {
            if !needle.is_empty() {
                needle.push(' ');
            }
            needle.extend(word.chars().flat_map(fold_char));
        }
        if needle.is_empty() {
            return None;
        }
        let ascii = needle
            .iter()
            .all(char::is_ascii)
            .then(|| needle.iter().map(|&c| c as u8).collect());
        Some(Query { needle, ascii })
    }

    /// Every non-overlapping occurrence in `haystack`, in order.
    pub fn find_all(&self, haystack: &str) -> Vec<Range<usize>> {
        let mut hits = Vec::new();
        self.each(haystack, |hit| hits.push(hit));
        hits
    }

    /// How many times it occurs in `haystack`, counted without keeping where: a
    /// one-letter search of a large log occurs millions of times.
    pub fn count(&self, haystack: &str) -> usize {
        let mut n = 0;
        self.each(haystack, |_| n += 1);
        n
    }

    fn each(&self, haystack: &str, found: impl FnMut(Range<usize>)) {
        match &self.ascii {
            Some(needle) if haystack.is_ascii() => find_ascii(needle, haystack.as_bytes(), found),
            _ => self.find_folded(haystack, found),
        }
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        // Texts are short (one comment): counting all costs little more than finding one.
        self.count(haystack) > 0
    }

    fn find_folded(&self, haystack: &str, mut found: impl FnMut(Range<usize>)) {
        // Each folded character with the byte range of the original character it came
        // from (lower-casing may turn one character into two).
        let folded: Vec<(char, usize, usize)> = haystack
            .char_indices()
            .flat_map(|(at, c)| {
                let end = at + c.len_utf8();
                let c = if c.is_whitespace() { ' ' } else { c };
                fold_char(c).map(move |f| (f, at, end))
            })
            .collect();
        let n = self.needle.len();
        let mut i = 0;
        while i + n <= folded.len() {
            let window = &folded[i..i + n];
            if window.iter().zip(&self.needle).all(|(f, c)| f.0 == *c) {
                found(window[0].1..window[n - 1].2);
                i += n;
            } else {
                i += 1;
            }
        }
    }
}

fn find_ascii(needle: &[u8], haystack: &[u8], mut found: impl FnMut(Range<usize>)) {
    let first = needle[0];
    let mut from = 0;
    while let Some(offset) = memchr::memchr2(
        first,
        first.to_ascii_uppercase(),
        &haystack[from.min(haystack.len())..],
    ) {
        let start = from + offset;
        let end = start + needle.len();
        if haystack
            .get(start..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            found(start..end);
            from = end;
        } else {
            from = start + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(query: &str, text: &'a str) -> Vec<&'a str> {
        Query::new(query)
            .unwrap()
            .find_all(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        assert_eq!(found("naivete", "Quelle naïveté !"), ["naïveté"]);
        assert_eq!(found("NAÏVETÉ", "naivete, Naïveté"), ["naivete", "Naïveté"]);
        assert_eq!(
            found("cecile", "Merci Cécile et CECILE"),
            ["Cécile", "CECILE"]
        );
    }

    #[test]
    fn ascii_text_takes_the_fast_path_with_the_same_answers() {
        let text = "Community managers, COMMUNITY and community.";
        assert_eq!(found("community", text).len(), 3);
        assert_eq!(found("community m", text), ["Community m"]);
        assert_eq!(found("aa", "aaaa"), ["aa", "aa"], "hits do not overlap");
        assert!(found("zz", text).is_empty());
        assert!(found("munity managers, COMMUNITY and community. and more", text).is_empty());
    }

    #[test]
    fn counting_finds_as_many_as_finding_all() {
        let text = "Naïve NAIVE naïveté, or nai\u{308}ve: aaaa";
        for q in ["naive", "a", "aa", "e", "zz", "naïveté, or"] {
            let query = Query::new(q).unwrap();
            assert_eq!(query.count(text), query.find_all(text).len(), "{q}");
        }
        assert_eq!(Query::new("a").unwrap().count("banana"), 3);
    }

    #[test]
    fn white_space_in_the_query_matches_any_white_space() {
        assert_eq!(found("  la   pute ", "être la\u{a0}pute"), ["la\u{a0}pute"]);
    }

    #[test]
    fn blank_queries_find_nothing_to_look_for() {
        assert_eq!(Query::new(""), None);
        assert_eq!(Query::new(" \t\n"), None);
    }

    #[test]
    fn ranges_fall_on_character_boundaries() {
        let text = "İstanbul é ß ﬁ 😀 naïve";
        for q in ["i", "e", "naive", "😀", "s"] {
            for r in Query::new(q).unwrap().find_all(text) {
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }
}

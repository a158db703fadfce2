//! What every blog-comment format shares once its headers are found: the post before the
//! first header, entry bodies between headers, entry kinds, and the site chrome (menus,
//! footers) that copying a web page drags along.

use super::date::parse_date;
use super::lines::Line;
use crate::model::{Archive, Entry, Kind, Post};
use crate::text::fold;

/// An entry header a format found.
pub(crate) struct Header<'a> {
    /// Index (in `lines`) of the header's first line.
    pub line: usize,
    /// Index of the first line after the header; always greater than `line`.
    pub body_from: usize,
    pub author: &'a str,
    pub time_text: Option<&'a str>,
}

/// Builds the archive from the headers a format found. `post_end` is the index of the
/// first line that is not part of the post (the first header, or a "12 comments" line).
pub(crate) fn build(format: &str, lines: &[Line], headers: &[Header], post_end: usize) -> Archive {
    let mut problems = Vec::new();
    let post = post_from(&lines[..post_end.min(lines.len())], &mut problems);
    let end = match headers.last() {
        Some(last) => cut_trailing_chrome(lines, last.body_from, &mut problems),
        None => lines.len(),
    };
    let title = post.title.as_deref().map(fold);
    let entries = headers
        .iter()
        .enumerate()
        .map(|(id, h)| {
            let body_to = headers.get(id + 1).map_or(end, |next| next.line);
            let body_lines = trim_blank(&lines[h.body_from.min(body_to)..body_to]);
            let body = join(body_lines);
            // A header with no body still spans its own lines.
            let last = body_lines.last().unwrap_or(&lines[h.body_from - 1]);
            let time = h.time_text.and_then(parse_date);
            if let (Some(t), None) = (h.time_text, time) {
                problems.push(format!(
                    "Line {}: the date “{t}” could not be read.",
                    h.line + 1
                ));
            }
            Entry {
                id,
                author: h.author.trim().to_string(),
                time,
                time_text: h.time_text.map(|t| t.trim().to_string()),
                kind: classify(h.author, &body, title.as_deref()),
                line: lines[h.line].no,
                span: [lines[h.line].start, last.end],
                parents: Vec::new(),
                links: Vec::new(),
                body,
            }
        })
        .collect();
    Archive {
        format: format.to_string(),
        post,
        entries,
        problems,
        declared_count: None,
    }
}

/// The post: an optional site name and title at the top, then the text.
///
/// Copied blog pages start with the site name, then the title, often repeated (page
/// title, heading, breadcrumb). A line repeated within the first few is the title; a
/// single name-like line above it is the site name, which on a personal blog is the
/// post's author.
fn post_from(lines: &[Line], problems: &mut Vec<String>) -> Post {
    let filled: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).collect();
    let top = &filled[..filled.len().min(8)];
    let title_at = (0..top.len()).find(|&i| {
        let t = fold(top[i].text);
        top[i + 1..].iter().any(|l| fold(l.text) == t)
    });
    let Some(t) = title_at else {
        let body = join(trim_blank(lines));
        return Post {
            body: (!body.is_empty()).then_some(body),
            ..Post::default()
        };
    };
    let title = top[t].text.trim();
    let folded = fold(title);
    let last_repeat = top
        .iter()
        .rposition(|l| fold(l.text) == folded)
        .unwrap_or(t);
    let above = &top[..t];
    let author = above
        .last()
        .map(|l| l.text.trim())
        .filter(|l| looks_like_name(l));
    let dropped = above.len() - usize::from(author.is_some());
    if dropped > 0 {
        problems.push(format!(
            "{dropped} line(s) of site header above the title were left out."
        ));
    }
    let after_title = top[last_repeat].no - lines[0].no + 1;
    let body = join(trim_blank(&lines[after_title..]));
    Post {
        title: Some(title.to_string()),
        author: author.map(str::to_string),
        body: (!body.is_empty()).then_some(body),
    }
}

fn looks_like_name(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=5).contains(&words)
        && line.chars().count() <= 40
        && !line
            .chars()
            .any(|c| c.is_ascii_digit() || ".!?:;,".contains(c))
}

/// Copying a page also copies its footer: a last block of short, unpunctuated lines
/// (`Visibilité` / `Newsletters Me soutenir`) after a blank line. Returns the index of the
/// first line not to use.
fn cut_trailing_chrome(lines: &[Line], body_from: usize, problems: &mut Vec<String>) -> usize {
    let mut end = lines.len();
    while end > body_from && lines[end - 1].is_blank() {
        end -= 1;
    }
    let mut start = end;
    while start > body_from && !lines[start - 1].is_blank() {
        start -= 1;
    }
    let block = &lines[start..end];
    let has_text_before = lines[body_from..start].iter().any(|l| !l.is_blank());
    let is_chrome = block.len() >= 2
        && has_text_before
        && block.iter().all(|l| {
            let t = l.text.trim();
            t.chars().count() <= 40
                && !t.contains("://")
                && !t.ends_with(['.', '!', '?', '…', ':', ';', ')', '"', '»'])
        });
    if !is_chrome {
        return lines.len();
    }
    problems.push(format!(
        "Lines {}–{} look like the site's footer and were left out.",
        block[0].no + 1,
        block[block.len() - 1].no + 1
    ));
    start
}

pub(crate) fn trim_blank<'l, 'a>(lines: &'l [Line<'a>]) -> &'l [Line<'a>] {
    let start = lines
        .iter()
        .position(|l| !l.is_blank())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.is_blank())
        .map_or(start, |i| i + 1);
    &lines[start..end]
}

/// The text of these lines, separated by `\n` whatever the dump's line ends were.
pub(crate) fn join(lines: &[Line]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(l.text);
    }
    out
}

/// Pingbacks quote the linking page between `[…]` marks; echoes are tweets and shares of
/// the post (`RT @crouzet: …`, or its title with a short link).
fn classify(author: &str, body: &str, post_title: Option<&str>) -> Kind {
    let body = body.trim();
    let lower_author = author.trim_start().to_lowercase();
    if lower_author.starts_with("pingback") || lower_author.starts_with("trackback") {
        return Kind::Pingback;
    }
    let is_ellipsis = |s: &str| s == "[…]" || s == "[...]";
    let quoted = body
        .get(..body.find(']').map_or(0, |i| i + 1))
        .is_some_and(is_ellipsis)
        && body
            .get(body.rfind('[').unwrap_or(body.len())..)
            .is_some_and(is_ellipsis);
    if quoted && body.chars().count() > 6 {
        return Kind::Pingback;
    }
    if is_echo(body, post_title) {
        return Kind::Echo;
    }
    Kind::Comment
}

fn is_echo(body: &str, post_title: Option<&str>) -> bool {
    let length = body.chars().count();
    let retweet = body.contains("RT @") || body.contains("RT: @") || body.contains(" via @");
    if retweet && length <= 400 {
        return true;
    }
    if length > 280 || !body.contains("://") {
        return false;
    }
    let folded = fold(body);
    post_title.is_some_and(|t| t.chars().count() >= 8 && folded.contains(t))
        || body.split_whitespace().any(is_short_link)
}

/// Links from URL shorteners (`http://bit.ly/9xPXNc`): a short host and a single short
/// code, the mark of a tweet.
fn is_short_link(word: &str) -> bool {
    let Some(rest) = word
        .strip_prefix("http://")
        .or_else(|| word.strip_prefix("https://"))
    else {
        return false;
    };
    let Some((host, code)) = rest.split_once('/') else {
        return false;
    };
    host.len() <= 12
        && host.contains('.')
        && (4..=10).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn kinds_of_entries() {
        let title = Some("les community managers sont des putes");
        let cases = [
            ("greg", "Excellente réflexion Thierry !", Kind::Comment),
            (
                "x",
                "[…] This post was Twitted by Carole_Fabre […]",
                Kind::Pingback,
            ),
            ("x", "[...] quoted text [...]", Kind::Pingback),
            ("Pingback: Some blog", "text", Kind::Pingback),
            (
                "x",
                "RT @crouzet: Les community managers sont des putes http://bit.ly/9xPXNc",
                Kind::Echo,
            ),
            ("x", "Tous des putes ? http://2doc.net/z5iff", Kind::Echo),
            (
                "x",
                "Les community managers sont des putes - http://blog.example.com/2010/09/16/x/",
                Kind::Echo,
            ),
            (
                "x",
                "moi aussi, voir http://ie-lobbying.net/competitive-business/2009/08/27/ie/",
                Kind::Comment,
            ),
            ("x", "le reste des signaux twitter (T ou RT)", Kind::Comment),
        ];
        for (author, body, kind) in cases {
            assert_eq!(classify(author, body, title), kind, "{body}");
        }
    }

    #[test]
    fn a_title_repeated_at_the_top_and_the_site_name_above_it() {
        let text = "Site Owner\nThe Title\nThe Title\n\nThe Title\n\nFirst paragraph.\n\nSecond.\n";
        let lines = split(text);
        let mut problems = vec![];
        let post = post_from(&lines, &mut problems);
        assert_eq!(post.title.as_deref(), Some("The Title"));
        assert_eq!(post.author.as_deref(), Some("Site Owner"));
        assert_eq!(post.body.as_deref(), Some("First paragraph.\n\nSecond."));
        assert!(problems.is_empty());
    }

    #[test]
    fn a_post_with_no_repeated_line_is_all_body() {
        let lines = split("\nJust a text.\nAnother line.\n");
        let post = post_from(&lines, &mut vec![]);
        assert_eq!(post.title, None);
        assert_eq!(post.body.as_deref(), Some("Just a text.\nAnother line."));
    }

    #[test]
    fn footer_lines_are_cut_but_a_last_paragraph_is_not() {
        let lines = split("A @\n\nreal text here.\n\nVisibilité\nNewsletters Me soutenir\n");
        let mut problems = vec![];
        assert_eq!(cut_trailing_chrome(&lines, 1, &mut problems), 4);
        assert_eq!(problems.len(), 1);
        let lines = split("A @\n\nreal text here.\nand a second line.\n");
        assert_eq!(cut_trailing_chrome(&lines, 1, &mut vec![]), lines.len());
        let lines = split("A @\n\nonly\nshort lines\n");
        assert_eq!(cut_trailing_chrome(&lines, 1, &mut vec![]), lines.len());
    }
}

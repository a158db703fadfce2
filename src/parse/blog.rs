//! What every blog-comment format shares once its headers are found: the post before the
//! first header, entry bodies between headers, entry kinds, and the site chrome (menus,
//! footers) that copying a web page drags along.

use super::chat::order_notice;
use super::date::{numeric_in, read_when_as, Order, OrderVotes, When};
use super::lines::Line;
use super::ParseOptions;
use crate::model::{Archive, Cue, Entry, Kind, Link, Post, Problem, Stamp};
use crate::text::fold;

/// An entry header a format found.
pub(crate) struct Header<'a> {
    /// Index (in `lines`) of the header's first line.
    pub line: usize,
    /// Index of the first line after the header; always greater than `line`.
    pub body_from: usize,
    pub author: &'a str,
    pub time_text: Option<&'a str>,
    /// A line after the body that still belongs to the entry (Blogger writes the date
    /// under the comment): the body stops before it, the span reaches it.
    pub trailer: Option<usize>,
    /// The kind the header states (`Pingback: …`); otherwise it is read from the body.
    pub kind: Option<Kind>,
    /// The entry (an index into the headers, always smaller) this one says it answers.
    pub parent: Option<usize>,
}

impl<'a> Header<'a> {
    pub fn new(line: usize, body_from: usize, author: &'a str, time_text: Option<&'a str>) -> Self {
        Header {
            line,
            body_from,
            author,
            time_text,
            trailer: None,
            kind: None,
            parent: None,
        }
    }
}

/// The links pages print under every comment; copied with it, they are not its text.
pub(crate) fn is_button(line: &str) -> bool {
    matches!(
        line.trim(),
        "Reply"
            | "reply"
            | "Reply ↓"
            | "↓ Reply"
            | "Log in to Reply"
            | "Répondre"
            | "Répondre ↓"
            | "Responder"
            | "Antworten"
            | "Rispondi"
            | "Beantwoorden"
            | "Reageren"
            | "Delete"
            | "Supprimer"
            | "Share ›"
    )
}

/// Builds the archive from the headers a format found. The post is what comes before the
/// first header, less a "12 comments" line just above it (kept as the declared count).
/// `buttons` tells the lines that end each entry without being part of it.
pub(crate) fn build(
    format: &str,
    lines: &[Line],
    headers: &[Header],
    options: &ParseOptions,
    buttons: fn(&str) -> bool,
) -> Archive {
    let mut problems = Vec::new();
    let first = headers.first().map_or(lines.len(), |h| h.line);
    // Just above the first comment (and its buttons or avatar): "12 comments" (a count)
    // or "Comments" (a heading).
    let above = lines[..first]
        .iter()
        .rposition(|l| !l.is_blank() && !buttons(l.text));
    let declared = above.and_then(|i| Some((i, comment_count(lines[i].text)?)));
    let heading = above.filter(|&i| is_comments_heading(lines[i].text));
    let mut post_end = declared.map(|(i, _)| i).or(heading).unwrap_or(first);
    // The chrome just above the first comment (Disqus's `Avatar`) is not the post's.
    while post_end > 0 && (lines[post_end - 1].is_blank() || buttons(lines[post_end - 1].text)) {
        post_end -= 1;
    }
    let post = post_from(&lines[..post_end], &mut problems);
    let end = match headers.last() {
        Some(last) => cut_trailing_chrome(lines, last, &mut problems),
        None => lines.len(),
    };
    let title = post.title.as_deref().map(fold);
    let mut dates = Dates::voted(headers);
    let entries = headers
        .iter()
        .enumerate()
        .map(|(id, h)| {
            let next = headers
                .get(id + 1)
                .map_or(end, |next| next.line)
                .max(h.body_from);
            let body_to = h.trailer.filter(|&t| t < next).unwrap_or(next);
            let mut body_lines = trim_blank(&lines[h.body_from.min(body_to)..body_to]);
            while let Some((last, rest)) = body_lines.split_last() {
                if !buttons(last.text) {
                    break;
                }
                body_lines = trim_blank(rest);
            }
            let body = join(body_lines);
            // A header with no body still spans its own lines.
            let last = h
                .trailer
                .filter(|&t| t < next)
                .map(|t| &lines[t])
                .or(body_lines.last())
                .unwrap_or(&lines[h.body_from - 1]);
            let (time, approximate) = dates.read(h, options, &mut problems);
            let links: Vec<Link> = h
                .parent
                .filter(|&p| p < id)
                .map(|p| Link {
                    to: p,
                    evidence: format!("↪ {}", headers[p].author.trim()).into(),
                    confidence: 1.0,
                    cue: Cue::Stated,
                })
                .into_iter()
                .collect();
            Entry {
                id,
                author: h.author.trim().into(),
                time,
                time_text: h.time_text.map(|t| t.trim().into()),
                kind: h
                    .kind
                    .unwrap_or_else(|| classify(h.author, &body, title.as_deref())),
                line: lines[h.line].no,
                span: [lines[h.line].start, last.end],
                links: links.into(),
                body: body.into(),
                approximate,
            }
        })
        .collect();
    problems.extend(dates.notices(options));
    let mut archive = Archive {
        format: format.to_string(),
        post,
        entries,
        problems,
        declared_count: None,
    };
    if let Some((_, count)) = declared {
        declare_count(&mut archive, count);
    }
    archive
}

/// Records the comment count a page announces, and a problem when it is not what was
/// found (a partial copy, folded replies).
pub(crate) fn declare_count(archive: &mut Archive, count: usize) {
    archive.declared_count = Some(count);
    if count != archive.entries.len() {
        archive.problems.push(Problem::CountMismatch {
            declared: count,
            found: archive.entries.len(),
        });
    }
}

/// Reads the entries' dates, counting the relative ones ("7 years ago") for one notice.
#[derive(Default)]
struct Dates {
    relative: usize,
    example: Option<String>,
    /// How the file's all-number dates put day and month, voted over all of them as chat
    /// formats do, so that `03/09/2010` and `09/13/2010` in one file are read alike.
    order: Option<Order>,
    /// The order was guessed, for dates such as this one, which could be read either way.
    undecided: Option<Problem>,
}

impl Dates {
    fn voted(headers: &[Header]) -> Self {
        let mut votes = OrderVotes::default();
        let mut example = None;
        for text in headers.iter().filter_map(|h| h.time_text) {
            if let Some((date, twelve_hour)) = numeric_in(text) {
                votes.see_date(date, twelve_hour);
                example.get_or_insert(text.trim());
            }
        }
        let (order, _) = votes.order();
        Dates {
            order: example.is_some().then_some(order),
            undecided: example
                .filter(|_| votes.undecided())
                .map(|e| order_notice(e, order)),
            ..Dates::default()
        }
    }

    /// The entry's time, and whether it is an estimate.
    fn read(
        &mut self,
        h: &Header,
        options: &ParseOptions,
        problems: &mut Vec<Problem>,
    ) -> (Option<Stamp>, bool) {
        let Some(text) = h.time_text else {
            return (None, false);
        };
        match read_when_as(text, self.order) {
            Some(When::At(stamp)) => (Some(stamp), false),
            Some(When::Ago(ago)) => {
                self.relative += 1;
                self.example.get_or_insert_with(|| text.trim().to_string());
                let time = options.anchor.and_then(|a| ago.before(a));
                (time, time.is_some())
            }
            None => {
                problems.push(Problem::UnreadableDate {
                    line: h.line + 1,
                    text: text.trim().to_string(),
                });
                (None, false)
            }
        }
    }

    /// One problem for all the relative dates, and one for an order of day and month that
    /// nothing settled, if any.
    fn notices(self, options: &ParseOptions) -> impl Iterator<Item = Problem> {
        let relative = self.example.map(|example| Problem::RelativeDates {
            count: self.relative,
            example,
            anchor: options.anchor,
        });
        self.undecided.into_iter().chain(relative)
    }
}

/// The post: an optional site name and title at the top, then the text.
///
/// Copied blog pages start with the site name, then the title, often repeated (page
/// title, heading, breadcrumb). A line repeated within the first few is the title; a
/// single name-like line above it is the site name, which on a personal blog is the
/// post's author.
fn post_from(lines: &[Line], problems: &mut Vec<Problem>) -> Post {
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
        problems.push(Problem::SiteHeader { lines: dropped });
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

/// Copying a page also copies its footer: a last block of short, unpunctuated lines after
/// a blank line, half of them at least with a word menus use (`Visibilité` / `Newsletters
/// Me soutenir`, `About this site` / `Newsletter Contact`). Short lines alone are not
/// enough: a comment may end `Yes` / `No` / `Maybe`, or with a signature (`Thanks anyway`
/// / `Bob`), and a block naming the last entry's author is that signature. Returns the
/// index of the first line not to use.
pub(crate) fn cut_trailing_chrome(
    lines: &[Line],
    last: &Header,
    problems: &mut Vec<Problem>,
) -> usize {
    let body_from = last.body_from;
    // The comment form's heading ends the comments, whatever follows it.
    if let Some(form) = lines[body_from.min(lines.len())..]
        .iter()
        .position(|l| is_form_heading(l.text))
    {
        let start = body_from + form;
        problems.push(Problem::CommentForm {
            from: start + 1,
            to: lines.len(),
        });
        return start;
    }
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
    let short = block.iter().all(|l| {
        let t = l.text.trim();
        t.chars().count() <= 40
            && !t.contains("://")
            && !t.ends_with(['.', '!', '?', '…', ':', ';', ')', '"', '»'])
    });
    let author = fold(last.author);
    let first_name = author.split_whitespace().next().unwrap_or("");
    let signed = block.iter().any(|l| {
        let t = fold(l.text);
        !t.is_empty() && (t == author || t == first_name)
    });
    let menus = block.iter().filter(|l| is_menu_line(l.text)).count();
    let is_chrome =
        block.len() >= 2 && has_text_before && short && !signed && menus * 2 >= block.len();
    if !is_chrome {
        return lines.len();
    }
    problems.push(Problem::Footer {
        from: block[0].no + 1,
        to: block[block.len() - 1].no + 1,
    });
    start
}

/// A line with a word site menus and footers use, in the seven languages.
fn is_menu_line(line: &str) -> bool {
    fold(line)
        .split(|c: char| !c.is_alphanumeric() && c != '©')
        .any(|w| {
            matches!(
                w,
                "about"
                    | "contact"
                    | "contacts"
                    | "newsletter"
                    | "newsletters"
                    | "home"
                    | "archives"
                    | "menu"
                    | "privacy"
                    | "terms"
                    | "legal"
                    | "subscribe"
                    | "rss"
                    | "feed"
                    | "categories"
                    | "tags"
                    | "search"
                    | "login"
                    | "copyright"
                    | "©"
                    | "sitemap"
                    | "donate"
                    | "imprint"
                    | "cookies"
                    | "faq"
                    | "facebook"
                    | "twitter"
                    | "instagram"
                    | "linkedin"
                    | "mastodon"
                    | "youtube"
                    | "accueil"
                    | "propos"
                    | "mentions"
                    | "confidentialite"
                    | "abonnement"
                    | "abonner"
                    | "recherche"
                    | "rechercher"
                    | "soutenir"
                    | "impressum"
                    | "datenschutz"
                    | "kontakt"
                    | "startseite"
                    | "suche"
                    | "inicio"
                    | "contacto"
                    | "privacidad"
                    | "buscar"
                    | "contatti"
                    | "cerca"
                    | "contato"
                    | "pesquisar"
                    | "zoeken"
                    | "privacybeleid"
            )
        })
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

/// The heading above the comments.
fn is_comments_heading(line: &str) -> bool {
    matches!(
        fold(line).trim_end_matches(':'),
        "comments"
            | "responses"
            | "commentaires"
            | "reactions"
            | "comentarios"
            | "kommentare"
            | "commenti"
            | "reacties"
    )
}

/// The heading of the form under the comments.
fn is_form_heading(line: &str) -> bool {
    matches!(
        fold(line).as_str(),
        "leave a reply"
            | "leave a comment"
            | "post a comment"
            | "add a comment"
            | "laisser un commentaire"
            | "laisser une reponse"
            | "ajouter un commentaire"
            | "deja un comentario"
            | "deja una respuesta"
            | "schreibe einen kommentar"
            | "kommentar verfassen"
            | "lascia un commento"
            | "deixe um comentario"
            | "deixe uma resposta"
            | "laat een reactie achter"
    )
}

/// `12 comments`, `1 Comment`, `5 Responses`, `3 commentaires`, `12 comments:`,
/// `7 Responses to “Title”`, `7 thoughts on “Title”`, `4 réflexions sur « Titre »`.
pub(crate) fn comment_count(line: &str) -> Option<usize> {
    let line = line.trim().trim_end_matches(':').trim_end();
    let mut words = line.splitn(4, ' ');
    let (n, word) = (words.next()?, words.next()?);
    let about = words.next();
    if !matches!(
        about,
        None | Some("to" | "on" | "sur" | "zu" | "en" | "su" | "em" | "op")
    ) {
        return None;
    }
    let known = matches!(
        fold(word).as_str(),
        "comment"
            | "comments"
            | "response"
            | "responses"
            | "reply"
            | "replies"
            | "commentaire"
            | "commentaires"
            | "reponse"
            | "reponses"
            | "comentario"
            | "comentarios"
            | "kommentar"
            | "kommentare"
            | "commento"
            | "commenti"
            | "reactie"
            | "reacties"
            | "thought"
            | "thoughts"
            | "reflexion"
            | "reflexions"
    );
    known.then(|| n.parse().ok()).flatten()
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
    fn declared_counts() {
        assert_eq!(comment_count("12 comments"), Some(12));
        assert_eq!(comment_count("1 Comment"), Some(1));
        assert_eq!(comment_count("3 commentaires"), Some(3));
        assert_eq!(comment_count("12 comments:"), Some(12));
        assert_eq!(comment_count("4 réponses"), Some(4));
        assert_eq!(comment_count("7 Responses to “Why I Stopped”"), Some(7));
        assert_eq!(comment_count("5 thoughts on “Digging”"), Some(5));
        assert_eq!(comment_count("4 réflexions sur « Le pain »"), Some(4));
        assert_eq!(comment_count("12 angry men"), None);
        assert_eq!(comment_count("3 comments were deleted"), None);
        assert_eq!(comment_count("many comments"), None);
    }

    fn headers_every_other_line<'a>(lines: &[Line<'a>], relative: bool) -> Vec<Header<'a>> {
        (0..lines.len())
            .step_by(2)
            .map(|i| {
                let time = if relative {
                    "7 years ago"
                } else {
                    "Sep 1, 2009"
                };
                Header::new(i, i + 1, lines[i].text, Some(time))
            })
            .collect()
    }

    #[test]
    fn relative_dates_need_an_anchor_and_are_approximate() {
        let lines = split("ann\nhi\nbob\nho\n");
        let headers = headers_every_other_line(&lines, true);
        let none = build("x", &lines, &headers, &ParseOptions::default(), is_button);
        assert!(none
            .entries
            .iter()
            .all(|e| e.time.is_none() && !e.approximate));
        assert_eq!(none.entries[0].time_text.as_deref(), Some("7 years ago"));
        assert_eq!(none.problems.len(), 1, "{:?}", none.problems);
        assert!(none.problems[0].to_string().contains("no reference date"));
        let options = ParseOptions {
            anchor: crate::model::Stamp::new(2026, 1, 1, 0, 0, 0),
        };
        let anchored = build("x", &lines, &headers, &options, is_button);
        let e = &anchored.entries[1];
        assert_eq!(e.time.unwrap().to_string(), "2019-01-01T00:00:00");
        assert!(e.approximate);
        assert!(anchored.problems[0].to_string().contains("approximate"));
        // Absolute dates are not approximate and raise no notice.
        let exact = build(
            "x",
            &lines,
            &headers_every_other_line(&lines, false),
            &options,
            is_button,
        );
        assert!(exact.problems.is_empty() && !exact.entries[0].approximate);
    }

    #[test]
    fn all_number_dates_follow_the_file_order() {
        let text = "Anne\nhi\nCy\nho\n";
        let lines = split(text);
        let headers = [
            Header::new(0, 1, "Anne", Some("03/09/2010, 12:05")),
            Header::new(2, 3, "Cy", Some("09/13/2010, 08:00")),
        ];
        let a = build("x", &lines, &headers, &ParseOptions::default(), is_button);
        let times: Vec<String> = a
            .entries
            .iter()
            .map(|e| e.time.unwrap().to_string())
            .collect();
        assert_eq!(times, ["2010-03-09T12:05:00", "2010-09-13T08:00:00"]);
        assert!(a.problems.is_empty(), "{:?}", a.problems);
        // Nothing settles `03/09/2010` and `04/09/2010`: read day first, and said so.
        let headers = [
            Header::new(0, 1, "Anne", Some("03/09/2010")),
            Header::new(2, 3, "Cy", Some("04/09/2010")),
        ];
        let a = build("x", &lines, &headers, &ParseOptions::default(), is_button);
        assert_eq!(
            a.entries[0].time.unwrap().to_string(),
            "2010-09-03T00:00:00"
        );
        assert!(
            a.problems[0].to_string().contains("day first"),
            "{:?}",
            a.problems
        );
    }

    #[test]
    fn stated_parents_trailers_and_buttons() {
        let text = "ann\nhi\nReply\nbob\nho\nSep 2, 2009\nDelete\n";
        let lines = split(text);
        let mut headers = vec![
            Header::new(0, 1, "ann", None),
            Header::new(3, 4, "bob", Some("Sep 2, 2009")),
        ];
        headers[1].trailer = Some(5);
        headers[1].parent = Some(0);
        headers[0].parent = Some(1); // a later entry: ignored
        let a = build("x", &lines, &headers, &ParseOptions::default(), is_button);
        assert_eq!(&*a.entries[0].body, "hi");
        assert!(a.entries[0].links.is_empty());
        let bob = &a.entries[1];
        assert_eq!(&*bob.body, "ho");
        assert_eq!(&text[bob.span[0]..bob.span[1]], "bob\nho\nSep 2, 2009");
        assert_eq!(bob.parents().collect::<Vec<_>>(), [0]);
        assert_eq!(
            (bob.links[0].evidence.as_str(), bob.links[0].cue),
            ("↪ ann", Cue::Stated)
        );
    }

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
        let bob = Header::new(0, 1, "Bob Martin", None);
        let cut = |text: &str| {
            let lines = split(text);
            let end = cut_trailing_chrome(&lines, &bob, &mut vec![]);
            (end < lines.len()).then_some(end)
        };
        let text = "A @\n\nreal text here.\n\nVisibilité\nNewsletters Me soutenir\n";
        assert_eq!(cut(text), Some(4));
        let mut problems = vec![];
        cut_trailing_chrome(&split(text), &bob, &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            cut("A @\n\nreal text.\n\nAbout this site\nNewsletter Contact\n"),
            Some(4)
        );
        assert_eq!(cut("A @\n\nreal text here.\nand a second line.\n"), None);
        assert_eq!(cut("A @\n\nonly\nshort lines\n"), None);
        // Short lines that a comment ends with: answers, a signature.
        assert_eq!(cut("A @\n\nWhich one?\n\nYes\nNo\nMaybe\n"), None);
        assert_eq!(cut("A @\n\nI disagree.\n\nThanks anyway\nBob\n"), None);
        assert_eq!(cut("A @\n\nI disagree.\n\nContact me\nBob Martin\n"), None);
        let text = "A @\ntext.\nLeave a Reply\nYour email address will not be published.\n";
        assert_eq!(cut(text), Some(2));
    }
}

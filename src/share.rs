//! Sharing, the pure part: the view ⇄ URL fragment codec, the `#z=` payload's base64url,
//! permalink anchors, link-length verdicts and the checks on a `?src=` response (their
//! failures as [`SourceError`], worded in English by `Display`, in French by the app).
//!
//! A fragment looks like `#e=<anchor>&a=<author>&from=<iso>&to=<iso>&m=thread|chrono&q=<text>`;
//! a link with the data inside starts with `z=<base64url of deflate-raw>` and may carry the
//! same view keys after it. Values are percent-encoded; unknown keys are ignored; parsing
//! never fails and never panics. The deflate itself is the browser's (`CompressionStream`).

use crate::model::{Entry, Stamp};
use std::collections::HashMap;
use std::fmt::{self, Write as _};

/// How entries are listed, as a link says it (`m=thread` / `m=chrono`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewMode {
    Thread,
    Chrono,
}

/// What a link restores. Every part is optional: a link only says what differs from the
/// default view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// Permalink anchor of the selected entry (see [`anchors`]).
    pub entry: Option<String>,
    /// Name of the highlighted person, as shown.
    pub author: Option<String>,
    /// Only entries dated in `[from, to)`.
    pub range: Option<(Stamp, Stamp)>,
    pub mode: Option<ViewMode>,
    pub search: Option<String>,
}

/// A whole fragment: the dump itself (`z=`, still base64url text) and the view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fragment {
    pub data: Option<String>,
    pub view: View,
}

/// Longest value kept from a link (a name, a search): longer ones are cut, not refused.
const MAX_VALUE_CHARS: usize = 1_000;

impl Fragment {
    /// Reads `location.hash` (with or without its `#`). Anything unexpected is ignored:
    /// unknown keys, bad dates, a range backwards, stray `%`, invalid UTF-8.
    pub fn parse(hash: &str) -> Fragment {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let mut out = Fragment::default();
        let (mut from, mut to) = (None, None);
        for (i, part) in hash.split('&').enumerate() {
            let Some((key, value)) = part.split_once('=') else {
                // A bare anchor (`#k3x9…`), as the saved HTML page links entries.
                if i == 0 && is_anchor(part) {
                    out.view.entry = Some(part.to_string());
                }
                continue;
            };
            if key == "z" {
                let data = value.trim_end_matches('=');
                if !data.is_empty() && data.bytes().all(|b| base64_value(b).is_some()) {
                    out.data = Some(data.to_string());
                }
                continue;
            }
            let value = percent_decode(value);
            let value: String = value.trim().chars().take(MAX_VALUE_CHARS).collect();
            let value = value.trim_end();
            let text = (!value.is_empty()).then(|| value.to_string());
            match key {
                "e" => out.view.entry = text.filter(|t| is_anchor(t)),
                "a" => out.view.author = text,
                "q" => out.view.search = text,
                "from" => from = text.and_then(|t| Stamp::parse_iso(&t)),
                "to" => to = text.and_then(|t| Stamp::parse_iso(&t)),
                "m" => {
                    out.view.mode = match text.as_deref() {
                        Some("thread" | "threads") => Some(ViewMode::Thread),
                        Some("chrono" | "chronological") => Some(ViewMode::Chrono),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        out.view.range = from.zip(to).filter(|(f, t)| f < t);
        out
    }

    /// The fragment with its `#`, or an empty string when there is nothing to say. The
    /// payload comes first, so that the view keys stay readable at the end of the link.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(data) = &self.data {
            parts.push(format!("z={data}"));
        }
        let v = &self.view;
        let mut put =
            |key: &str, value: &str| parts.push(format!("{key}={}", percent_encode(value)));
        if let Some(e) = &v.entry {
            put("e", e);
        }
        if let Some(a) = &v.author {
            put("a", a);
        }
        if let Some((from, to)) = v.range {
            put("from", &from.to_string());
            put("to", &to.to_string());
        }
        match v.mode {
            Some(ViewMode::Thread) => put("m", "thread"),
            Some(ViewMode::Chrono) => put("m", "chrono"),
            None => {}
        }
        if let Some(q) = v.search.as_deref().filter(|q| !q.is_empty()) {
            put("q", q);
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("#{}", parts.join("&"))
        }
    }
}

fn is_anchor(s: &str) -> bool {
    (1..=24).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Percent-encodes everything but unreserved characters and `:` (kept for readable times).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as it is, and bytes
/// that are not UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |j: usize| b.get(j).and_then(|&c| char::from(c).to_digit(16));
        match (b[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// base64url without padding (RFC 4648 §5): safe in a fragment as it is.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes base64url, with or without `=` padding; `None` for any other character or an
/// impossible length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= base64_value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// One permalink anchor per entry, derived from what the entry says rather than where it
/// sits, so that a link survives reloads and a re-parse by a newer parser: FNV-1a of the
/// folded author, the date as written and the opening of the folded body, in base 36.
/// Identical entries get `-2`, `-3`… in dump order.
pub fn anchors(entries: &[Entry]) -> Vec<String> {
    // Counted by hash, not by string: a large log has a million anchors to make.
    let mut seen: HashMap<u64, u32> = HashMap::with_capacity(entries.len());
    entries
        .iter()
        .map(|e| {
            let hash = anchor_hash(e);
            let n = seen.entry(hash).or_insert(0);
            *n += 1;
            match *n {
                1 => base36(hash),
                n => format!("{}-{n}", base36(hash)),
            }
        })
        .collect()
}

/// Body characters that go into an anchor: enough to tell entries apart, little enough
/// that a parser trimming a body's end differently keeps the same anchor.
const ANCHOR_BODY_CHARS: usize = 80;

/// FNV-1a of the folded author, `\x1f`, the folded date as written, `\x1f`, and the
/// first [`ANCHOR_BODY_CHARS`] folded characters of the body's opening, hashed as they
/// are folded (no string is built: `text::fold`'s output, byte for byte).
fn anchor_hash(e: &Entry) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.folded(&e.author, usize::MAX);
    h.bytes(b"\x1f");
    h.folded(e.time_text.as_deref().unwrap_or(""), usize::MAX);
    h.bytes(b"\x1f");
    let opening = match e.body.char_indices().nth(ANCHOR_BODY_CHARS * 3) {
        Some((end, _)) => &e.body[..end],
        None => &e.body,
    };
    h.folded(opening, ANCHOR_BODY_CHARS);
    h.0
}

struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// Hashes at most `limit` characters of `fold(text)`: lower case, accents off, runs
    /// of white space as one space, none at either end.
    fn folded(&mut self, text: &str, limit: usize) {
        let mut left = limit;
        let mut pending_space = false;
        let mut started = false;
        let mut buf = [0u8; 4];
        for c in text.chars() {
            if c.is_whitespace() {
                pending_space = started;
                continue;
            }
            // ASCII, most of any text, folds to one lower-case byte.
            let ascii = c.is_ascii().then(|| c.to_ascii_lowercase());
            for f in ascii.into_iter().chain(
                (!c.is_ascii())
                    .then(|| crate::text::fold_char(c))
                    .into_iter()
                    .flatten(),
            ) {
                if pending_space {
                    if left == 0 {
                        return;
                    }
                    self.bytes(b" ");
                    left -= 1;
                    pending_space = false;
                }
                if left == 0 {
                    return;
                }
                self.bytes(f.encode_utf8(&mut buf).as_bytes());
                left -= 1;
                started = true;
            }
        }
    }
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// Links longer than this may be cut by chat apps and mail clients.
pub const CHAT_LINK_LIMIT: usize = 2_000;
/// Chromium refuses longer URLs (2 MiB); other browsers accept at least as much.
pub const BROWSER_URL_LIMIT: usize = 2 * 1024 * 1024;

/// How well a link of some length travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFit {
    Fine,
    /// Works in a browser, but chat apps may cut it.
    Long,
    /// No browser would open it.
    TooLong,
}

pub fn link_fit(chars: usize) -> LinkFit {
    match chars {
        n if n > BROWSER_URL_LIMIT => LinkFit::TooLong,
        n if n > CHAT_LINK_LIMIT => LinkFit::Long,
        _ => LinkFit::Fine,
    }
}

/// `?src=` files larger than this are refused, as dropped files are.
pub const MAX_SOURCE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a `?src=` dump could not be opened; `Display` is the message the user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    NotFound {
        url: String,
    },
    Http {
        url: String,
        status: u16,
    },
    /// `fetch` rejected: offline, wrong host, or a cross-origin refusal (CORS).
    Network {
        url: String,
    },
    /// Served as something other than text.
    NotText {
        url: String,
        content_type: String,
    },
    /// Text by its label, binary by its bytes.
    Binary {
        url: String,
    },
    Empty {
        url: String,
    },
    /// Larger than `limit` bytes: `bytes` as the server stated it, `None` when it did not
    /// say and the body ran past the limit as it was read.
    TooLarge {
        url: String,
        bytes: Option<u64>,
        limit: u64,
    },
}

/// Content types that are certainly not a text dump. Unknown ones
/// (`application/octet-stream`, what many hosts send for `.log`) are left to the bytes.
pub fn is_binary_content_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let (top, sub) = essence.split_once('/').unwrap_or((&essence, ""));
    matches!(top, "image" | "audio" | "video" | "font" | "model")
        && !(top == "image" && sub == "svg+xml")
        || matches!(
            essence.as_str(),
            "application/wasm"
                | "application/pdf"
                | "application/zip"
                | "application/gzip"
                | "application/x-gzip"
                | "application/x-tar"
                | "application/x-7z-compressed"
                | "application/vnd.rar"
                | "application/x-rar-compressed"
                | "application/x-bzip2"
                | "application/x-xz"
                | "application/zstd"
                | "application/vnd.ms-excel"
                | "application/msword"
                | "application/x-msdownload"
                | "application/x-executable"
        )
        || essence.starts_with("application/vnd.openxmlformats")
        || essence.starts_with("application/vnd.oasis.opendocument")
}

/// What the response's status line and headers already tell, before its body is read;
/// `limit` is the most bytes it may have ([`MAX_SOURCE_BYTES`]).
pub fn check_response(
    url: &str,
    status: u16,
    content_type: Option<&str>,
    content_length: Option<u64>,
    limit: u64,
) -> Result<(), SourceError> {
    let url = url.to_string();
    match status {
        404 | 410 => return Err(SourceError::NotFound { url }),
        200..=299 => {}
        status => return Err(SourceError::Http { url, status }),
    }
    if let Some(ct) = content_type.filter(|ct| is_binary_content_type(ct)) {
        let content_type = ct.split(';').next().unwrap_or(ct).trim().to_string();
        return Err(SourceError::NotText { url, content_type });
    }
    match content_length {
        Some(bytes) if bytes > limit => Err(SourceError::TooLarge {
            url,
            bytes: Some(bytes),
            limit,
        }),
        _ => Ok(()),
    }
}

/// Counts a body's bytes as they arrive and refuses them once past the limit, so that a
/// response which does not state its length (chunked) is held to the same cap as one
/// that does, without being read to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyCap {
    limit: u64,
    read: u64,
}

impl BodyCap {
    pub fn new(limit: u64) -> BodyCap {
        BodyCap { limit, read: 0 }
    }

    /// Takes `n` more bytes: `Err` with the bytes received so far once they exceed the
    /// limit (the caller stops reading then).
    pub fn take(&mut self, n: u64) -> Result<(), u64> {
        self.read = self.read.saturating_add(n);
        if self.read > self.limit {
            Err(self.read)
        } else {
            Ok(())
        }
    }

    /// Why a body that ran past the cap is refused.
    pub fn refusal(&self, url: &str) -> SourceError {
        SourceError::TooLarge {
            url: url.to_string(),
            bytes: None,
            limit: self.limit,
        }
    }
}

/// What a link's `?src=` names, for the file-name slot: its last path segment.
pub fn source_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path);
    let name = percent_decode(last);
    if name.trim().is_empty() {
        msg::LINKED_FILE.to_string()
    } else {
        name
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::NotFound { url } => write!(
                f,
                "not found at {url} (the server answered 404). Check the link's src= address."
            ),
            SourceError::Http { url, status } => write!(
                f,
                "the server at {url} answered with an error (HTTP {status}); try again later."
            ),
            SourceError::Network { url } => write!(
                f,
                "could not be fetched from {url}. The address may be wrong or offline, or its \
                 server does not let other sites read it: the host must allow cross-origin \
                 requests (CORS), or put the dump beside palabre and link it by a relative path \
                 (?src=dump.txt). Only https:// addresses and files beside palabre can be opened."
            ),
            SourceError::NotText { url, content_type } => write!(
                f,
                "{url} is not a text file (the server says it is {content_type}); palabre opens \
                 plain-text dumps."
            ),
            SourceError::Binary { url } => write!(
                f,
                "{url} looks like a binary file (an image, an archive or a program), not a text \
                 dump of a discussion."
            ),
            SourceError::Empty { url } => {
                write!(f, "{url} is empty: there is nothing to show.")
            }
            SourceError::TooLarge {
                url,
                bytes: Some(bytes),
                limit,
            } => write!(
                f,
                "{url} is {} MB; palabre opens files up to {} MB.",
                bytes.div_ceil(1 << 20),
                limit >> 20
            ),
            SourceError::TooLarge {
                url,
                bytes: None,
                limit,
            } => write!(
                f,
                "{url} is larger than {} MB, the most palabre opens (the server did not say \
                 its size; palabre stopped reading there).",
                limit >> 20
            ),
        }
    }
}

/// The names the sharing core gives a dump it did not get as a file (the file-name slot
/// shows them in the reader's language, `app::i18n::Lang::dump_name`).
pub mod msg {
    pub const LINKED_FILE: &str = "linked file";
    pub const SHARED_LINK: &str = "shared link";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::text::fold;

    /// The first implementation, kept as the reference the fast one must equal: old
    /// links must keep working.
    fn anchors_by_strings(entries: &[Entry]) -> Vec<String> {
        let base = |e: &Entry| {
            let body: String = e.body.chars().take(ANCHOR_BODY_CHARS * 3).collect();
            let body: String = fold(&body).chars().take(ANCHOR_BODY_CHARS).collect();
            let mut h = Fnv(0xcbf2_9ce4_8422_2325);
            let parts = [
                fold(&e.author),
                e.time_text.as_deref().map(fold).unwrap_or_default(),
                body,
            ];
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    h.bytes(b"\x1f");
                }
                h.bytes(part.as_bytes());
            }
            base36(h.0)
        };
        let mut seen: HashMap<String, usize> = HashMap::new();
        entries
            .iter()
            .map(|e| {
                let b = base(e);
                let n = seen.entry(b.clone()).or_insert(0);
                *n += 1;
                if *n == 1 {
                    b
                } else {
                    format!("{b}-{n}")
                }
            })
            .collect()
    }

    #[test]
    fn fast_anchors_equal_the_reference_on_every_fixture() {
        let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        for file in std::fs::read_dir(dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                let (text, _) = crate::decode::decode(&bytes).unwrap();
                let entries = crate::read_dump(&text).entries;
                assert_eq!(anchors(&entries), anchors_by_strings(&entries), "{path:?}");
            }
        }
        let odd = Entry {
            author: "  Ann\u{a0}  MARIE ".into(),
            time_text: Some(" 16  Sept ".into()),
            body: format!("  {}", "É tè  ".repeat(200)).into(),
            ..entry("x", None, "")
        };
        let odd = [odd];
        assert_eq!(anchors(&odd), anchors_by_strings(&odd));
    }

    fn stamp(s: &str) -> Stamp {
        Stamp::parse_iso(s).unwrap()
    }

    #[test]
    fn a_full_view_round_trips() {
        let view = View {
            entry: Some("1k2j3h-2".into()),
            author: Some("Thierry Crouzet & co = 100%".into()),
            range: Some((stamp("2010-09-16T00:00:00"), stamp("2010-09-17T00:00:00"))),
            mode: Some(ViewMode::Chrono),
            search: Some("é #hash?&x=1".into()),
        };
        let f = Fragment {
            data: Some("AbC-_9".into()),
            view,
        };
        let hash = f.to_hash();
        assert_eq!(
            hash,
            "#z=AbC-_9&e=1k2j3h-2&a=Thierry%20Crouzet%20%26%20co%20%3D%20100%25\
             &from=2010-09-16T00:00:00&to=2010-09-17T00:00:00&m=chrono\
             &q=%C3%A9%20%23hash%3F%26x%3D1"
        );
        assert_eq!(Fragment::parse(&hash), f);
        assert_eq!(Fragment::default().to_hash(), "");
        assert_eq!(Fragment::parse(""), Fragment::default());
    }

    #[test]
    fn hostile_fragments_are_ignored_piece_by_piece() {
        let cases: &[(&str, Fragment)] = &[
            ("#", Fragment::default()),
            ("#&&&==&", Fragment::default()),
            ("#e=", Fragment::default()),
            ("#e=%", Fragment::default()),
            ("#e=<script>", Fragment::default()),
            ("#e=ABC", Fragment::default()),
            ("#a=%", view(|v| v.author = Some("%".into()))),
            ("#a=%zz%4", view(|v| v.author = Some("%zz%4".into()))),
            (
                "#a=%FF%FE",
                view(|v| v.author = Some("\u{fffd}\u{fffd}".into())),
            ),
            ("#a=%C3", view(|v| v.author = Some("\u{fffd}".into()))),
            ("#a=%20%20", Fragment::default()),
            ("#m=sideways", Fragment::default()),
            ("#from=2010-09-16T00:00:00", Fragment::default()),
            (
                "#from=2010-09-17T00:00:00&to=2010-09-16T00:00:00",
                Fragment::default(),
            ),
            (
                "#from=2010-02-30T00:00:00&to=2011-01-01T00:00:00",
                Fragment::default(),
            ),
            ("#from=9999999999&to=-1", Fragment::default()),
            ("#z=", Fragment::default()),
            ("#z=abc$def", Fragment::default()),
            (
                "#unknown=1&m=thread",
                view(|v| v.mode = Some(ViewMode::Thread)),
            ),
            ("##e=abc", Fragment::default()),
            ("#k3x9", view(|v| v.entry = Some("k3x9".into()))),
            ("#X&k3x9", Fragment::default()),
            ("#e=a&e=b", view(|v| v.entry = Some("b".into()))),
            ("#q=%00", view(|v| v.search = Some("\0".into()))),
        ];
        for (hash, want) in cases {
            assert_eq!(&Fragment::parse(hash), want, "{hash}");
        }
        let long = format!("#a={}", "x".repeat(100_000));
        assert_eq!(
            Fragment::parse(&long).view.author.map(|a| a.len()),
            Some(MAX_VALUE_CHARS)
        );
    }

    fn view(change: impl FnOnce(&mut View)) -> Fragment {
        let mut f = Fragment::default();
        change(&mut f.view);
        f
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff, 0xfe]), "-__-");
        assert_eq!(base64url_decode("Zm8="), Some(b"fo".to_vec()));
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm+v"), None);
        assert_eq!(base64url_decode("Zm9v\n"), None);
    }

    fn entry(author: &str, time: Option<&str>, body: &str) -> Entry {
        Entry {
            id: 0,
            author: author.into(),
            time: None,
            time_text: time.map(Into::into),
            kind: Kind::Comment,
            line: 0,
            span: [0, 0],
            body: body.into(),
            links: Default::default(),
            approximate: false,
        }
    }

    #[test]
    fn anchors_follow_content_not_position() {
        let a = entry("Badr Bouanani", Some("2010-09-16 11:00:00"), "Same words.");
        let b = entry("greg", Some("2010-09-16 11:01:00"), "Other words.");
        let ids = anchors(&[a.clone(), b.clone(), a.clone(), a.clone()]);
        assert_eq!(ids[2], format!("{}-2", ids[0]));
        assert_eq!(ids[3], format!("{}-3", ids[0]));
        assert_ne!(ids[0], ids[1]);
        // Another position, another spelling of the name, a longer tail: same anchor.
        let moved = anchors(&[b.clone(), a.clone()]);
        assert_eq!(moved[1], ids[0]);
        let respelled = entry("BADR  bouanani", Some("2010-09-16 11:00:00"), "Same words.");
        assert_eq!(anchors(&[respelled])[0], ids[0]);
        let long = "x".repeat(200);
        let tail_a = entry("n", None, &format!("{long} end A"));
        let tail_b = entry("n", None, &format!("{long} end B"));
        assert_eq!(anchors(&[tail_a])[0], anchors(&[tail_b])[0]);
        assert!(ids.iter().all(|id| is_anchor(id)), "{ids:?}");
    }

    #[test]
    fn a_body_without_a_stated_length_is_held_to_the_cap_as_it_arrives() {
        let url = "https://example.org/endless.txt";
        // Chunks of 64 KiB against a 1 MiB cap: the 17th is one too many.
        let mut cap = BodyCap::new(1 << 20);
        for _ in 0..16 {
            assert_eq!(cap.take(64 << 10), Ok(()));
        }
        assert_eq!(cap.take(64 << 10), Err((1 << 20) + (64 << 10)));
        let refusal = cap.refusal(url);
        assert_eq!(
            refusal.to_string(),
            "https://example.org/endless.txt is larger than 1 MB, the most palabre opens \
             (the server did not say its size; palabre stopped reading there)."
        );
        // Exactly the limit passes; a stated length over it is refused before reading.
        let mut cap = BodyCap::new(10);
        assert_eq!(cap.take(10), Ok(()));
        assert_eq!(cap.take(0), Ok(()));
        assert_eq!(cap.take(u64::MAX), Err(u64::MAX));
        assert!(check_response(url, 200, None, Some(11), 10).is_err());
        assert!(check_response(url, 200, None, None, 10).is_ok());
    }

    #[test]
    fn link_lengths_get_a_verdict() {
        assert_eq!(link_fit(1_999), LinkFit::Fine);
        assert_eq!(link_fit(2_001), LinkFit::Long);
        assert_eq!(link_fit(3 * 1024 * 1024), LinkFit::TooLong);
    }

    #[test]
    fn each_source_failure_has_its_own_message() {
        let url = "https://example.org/d.txt";
        let check = |status, ct, len| check_response(url, status, ct, len, MAX_SOURCE_BYTES);
        assert_eq!(
            check(200, Some("text/plain; charset=utf-8"), Some(10)),
            Ok(())
        );
        assert_eq!(check(200, Some("application/octet-stream"), None), Ok(()));
        assert_eq!(check(200, None, None), Ok(()));
        let errors = [
            check(404, Some("text/html"), None),
            check(500, None, None),
            check(200, Some("image/png"), None),
            check(200, Some("text/plain"), Some(MAX_SOURCE_BYTES + 1)),
            Err(SourceError::Network { url: url.into() }),
            Err(SourceError::Binary { url: url.into() }),
            Err(SourceError::Empty { url: url.into() }),
        ];
        let messages: Vec<String> = errors
            .iter()
            .map(|e| e.clone().unwrap_err().to_string())
            .collect();
        assert!(messages[0].starts_with("not found at https://example.org/d.txt"));
        assert!(messages[1].contains("HTTP 500"));
        assert!(messages[2].contains("not a text file") && messages[2].contains("image/png"));
        assert!(messages[3].contains("513 MB") && messages[3].contains("512 MB"));
        assert!(messages[4].contains("cross-origin") && messages[4].contains("beside palabre"));
        assert!(messages[5].contains("binary"));
        assert!(messages[6].contains("empty"));
        assert!(is_binary_content_type("application/wasm"));
        assert!(is_binary_content_type("Image/JPEG"));
        assert!(!is_binary_content_type("image/svg+xml"));
        assert!(!is_binary_content_type("text/html"));
    }

    #[test]
    fn source_names_are_the_last_segment() {
        assert_eq!(source_name("dumps/a%20b.txt?x=1#y"), "a b.txt");
        assert_eq!(source_name("https://example.org/"), "example.org");
        assert_eq!(source_name(""), msg::LINKED_FILE);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_fragment_parses_without_panicking(hash in ".{0,300}") {
            let f = Fragment::parse(&hash);
            // Whatever was read is written back in a form that reads the same.
            prop_assert_eq!(Fragment::parse(&f.to_hash()), f);
        }

        #[test]
        fn percent_codes_round_trip(s in "\\PC{0,60}") {
            prop_assert_eq!(percent_decode(&percent_encode(&s)), s);
        }

        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn any_base64_text_decodes_without_panicking(s in "[A-Za-z0-9_=-]{0,50}") {
            let _ = base64url_decode(&s);
        }
    }
}

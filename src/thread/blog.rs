//! Reply links between blog comments, from the cues a careful reader uses: `@name`
//! addresses, retweets of an earlier entry, quoted sentences, the addressee answering
//! back, an author continuing themselves, and (weakly) a first name in the text.
//!
//! Each entry's links are decided from earlier entries only, so links always point back.

use super::names::{handle_key, mentions, Directory, Match, NameForms};
use crate::model::{Archive, Cue, Entry, Kind, Link, Links};
use crate::text::fold;
use foldhash::{HashMap, HashMapExt};

/// An addressee who posts again within this many seconds is taken to answer back.
const ANSWER_BACK_WINDOW: i64 = 48 * 3600;
/// How many entries back an address is looked for.
const ANSWER_BACK_LOOKBACK: usize = 500;
/// A second comment by the same author within this many seconds continues the first.
const FOLLOW_UP_WINDOW: i64 = 2 * 3600;
/// A quote must be this long to be recognised: short phrases recur by chance.
const QUOTE_MIN_WORDS: usize = 5;
const QUOTE_MIN_CHARS: usize = 24;
/// Words in the shingle a quote is looked up by (its first words): five, as a quote has five words at least: shorter shingles recur so often in a long
/// dump (`je pense que`) that a quote would be checked against thousands of texts.
const SHINGLE: usize = QUOTE_MIN_WORDS;
/// 64-bit words in the quick filter of wanted shingles (2^16 bits: 8 KB).
const FILTER_WORDS: usize = 1024;
/// A retweet's text is looked up by this many first characters.
const RT_PREFIX_CHARS: usize = 10;

/// Every lookup below goes through an index built once, so that a dump of a hundred
/// thousand comments threads in about the time it takes to read it: no cue compares an
/// entry with every earlier one.
pub fn infer(archive: &Archive) -> Vec<Links> {
    let ctx = Context::new(archive);
    let mut out: Vec<Links> = Vec::with_capacity(archive.entries.len());
    // Per author, the latest entry so far that addressed them with `@name`.
    let mut addressed: Vec<Option<usize>> = vec![None; ctx.authors.len()];
    for entry in &archive.entries {
        let links = if entry.kind == Kind::Pingback {
            Vec::new()
        } else {
            ctx.links_of(entry, &addressed)
        };
        for l in links.iter().filter(|l| l.cue == Cue::Mention) {
            if let Some(slot) = ctx.author_of.get(l.to).and_then(|&a| addressed.get_mut(a)) {
                *slot = Some(entry.id);
            }
        }
        out.push(links.into());
    }
    out
}

/// What every entry's inference looks things up in.
struct Context<'a> {
    entries: &'a [Entry],
    /// Distinct author names (folded), in order of first entry.
    authors: Vec<String>,
    /// Their name forms, their entries, and whom a handle names.
    dir: Directory,
    /// Author (index into `authors`) of each entry, by entry id.
    author_of: Vec<usize>,
    /// Authors by first name, for names written like a person's (`Sandrine Szabo`,
    /// not `community manager`).
    first_names: HashMap<String, Vec<usize>>,
    post_author: Option<String>,
    post_author_forms: Option<NameForms>,
    /// The post's title and body, then every entry body, folded, for quote search.
    corpus: String,
    /// Where each entry's text starts in `corpus`; the post is before `starts[0]`.
    starts: Vec<usize>,
    /// Entries by the first characters of their folded body, for retweets.
    by_opening: HashMap<String, Vec<usize>>,
    /// For the opening shingle of every quote in the dump: the texts it occurs in, in
    /// order (0 is the post, `i + 1` entry `i`).
    shingles: HashMap<u64, Vec<usize>>,
}

impl<'a> Context<'a> {
    fn new(archive: &'a Archive) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut authors = Vec::new();
        let author_of: Vec<usize> = archive
            .entries
            .iter()
            .map(|e| {
                let key = fold(&e.author);
                *index.entry(key.clone()).or_insert_with(|| {
                    authors.push((key, NameForms::new(&e.author)));
                    authors.len() - 1
                })
            })
            .collect();
        let mut first_names: HashMap<String, Vec<usize>> = HashMap::new();
        let mut seen = vec![false; authors.len()];
        for (e, &a) in archive.entries.iter().zip(&author_of) {
            if std::mem::replace(&mut seen[a], true) {
                continue;
            }
            let forms: &NameForms = &authors[a].1;
            if let (Some(first), true) =
                (forms.first_name(), e.author.starts_with(char::is_uppercase))
            {
                first_names.entry(first.to_string()).or_default().push(a);
            }
        }
        let post = &archive.post;
        let mut corpus = quote_key(&format!(
            "{}\n{}\n",
            post.title.as_deref().unwrap_or(""),
            post.body.as_deref().unwrap_or("")
        ));
        let mut starts = Vec::with_capacity(archive.entries.len());
        let mut by_opening: HashMap<String, Vec<usize>> = HashMap::new();
        for e in &archive.entries {
            let start = corpus.len();
            starts.push(start);
            corpus.push_str(&quote_key(&e.body));
            if let Some(opening) = opening(&corpus[start..]) {
                by_opening
                    .entry(opening.to_string())
                    .or_default()
                    .push(e.id);
            }
            corpus.push('\n');
        }
        let wanted: std::collections::HashSet<u64> = archive
            .entries
            .iter()
            .flat_map(|e| quoted(split_retweet(&e.body).0))
            .filter_map(|q| shingle(&quote_key(q)))
            .collect();
        let shingles = find_shingles(&corpus, &starts, &wanted);
        Context {
            entries: &archive.entries,
            dir: Directory::new(
                authors.iter().map(|(_, forms)| forms.clone()).collect(),
                author_of.clone(),
            ),
            authors: authors.into_iter().map(|(name, _)| name).collect(),
            author_of,
            first_names,
            post_author: post.author.as_deref().map(fold),
            post_author_forms: post.author.as_deref().map(NameForms::new),
            corpus,
            starts,
            by_opening,
            shingles,
        }
    }

    fn links_of(&self, entry: &Entry, addressed: &[Option<usize>]) -> Vec<Link> {
        let mut links = Vec::new();
        let (own_text, echoed) = split_retweet(&entry.body);
        if let Some((handle, text)) = echoed {
            // A retweet of a retweet with its comment (`Oh oui. RT @Badr: …`, copied
            // whole) repeats the entry that first said all of it, not the handle's.
            let copied = (!own_text.trim().is_empty())
                .then(|| self.copy_of(entry))
                .flatten();
            let link = copied.or_else(|| self.retweet(entry, handle, text));
            links.extend(link);
        }
        let mentioned = self.mention_links(entry, own_text);
        let has_mentions = !mentioned.is_empty() || !mentions(own_text).is_empty();
        links.extend(mentioned);
        links.extend(self.quote_links(entry, own_text));
        if links.is_empty() {
            links.extend(self.answer_back(entry, addressed));
        }
        if links.is_empty() {
            links.extend(self.follow_up(entry));
        }
        if !has_mentions && entry.kind == Kind::Comment {
            links.extend(self.name_links(entry, own_text));
        }
        dedupe(links)
    }

    /// `@name` in the entry's own words: the latest earlier entry of each person named.
    fn mention_links(&self, entry: &Entry, text: &str) -> Vec<Link> {
        mentions(text)
            .into_iter()
            .filter_map(|(at, handle)| {
                let target = self.resolve(entry, handle)?;
                let starts_line = text[..at]
                    .rsplit('\n')
                    .next()
                    .is_some_and(|l| l.trim().is_empty());
                Some(Link {
                    to: target,
                    evidence: format!("@{handle}").into(),
                    confidence: if starts_line { 0.95 } else { 0.7 },
                    cue: Cue::Mention,
                })
            })
            .collect()
    }

    /// The latest earlier entry by the author `handle` names best, excluding the entry's
    /// own author. A handle naming the post author in a tweet means the post itself.
    fn resolve(&self, entry: &Entry, handle: &str) -> Option<usize> {
        if entry.kind == Kind::Echo && self.is_post_author(handle) {
            return None;
        }
        self.dir
            .resolve(&handle_key(handle), entry.id, self.author_of[entry.id])
    }

    fn is_post_author(&self, handle: &str) -> bool {
        self.post_author_forms
            .as_ref()
            .and_then(|f| f.matches(handle))
            .is_some_and(|m| m <= Match::Abbreviated)
    }

    /// Text `t` of the corpus as `quote_key` made it: the post (0) or entry `t - 1`.
    fn text(&self, t: usize) -> &str {
        let start = match t.checked_sub(1) {
            Some(id) => self.starts.get(id).copied().unwrap_or(self.corpus.len()),
            None => 0,
        };
        let end = self.starts.get(t).copied().unwrap_or(self.corpus.len());
        self.corpus.get(start..end).unwrap_or("")
    }

    /// An entry's body as `quote_key` made it, from the shared corpus.
    fn folded_body(&self, id: usize) -> &str {
        let end = self.starts.get(id + 1).map_or(self.corpus.len(), |&s| s);
        self.corpus[self.starts[id]..end].trim_end_matches('\n')
    }

    fn latest_by(&self, author: usize, before: usize) -> Option<usize> {
        self.dir.latest_by(author, before)
    }

    /// `RT @handle: text` repeats an earlier entry: find it by its text first, since
    /// Twitter handles and display names differ; prefer one whose author fits the handle.
    fn retweet(&self, entry: &Entry, handle: &str, text: &str) -> Option<Link> {
        let wanted = quote_key(text.trim_end_matches(['.', '…', ' ']));
        if wanted.chars().count() < 10 {
            return None;
        }
        let Some(candidates) = opening(&wanted).and_then(|o| self.by_opening.get(o)) else {
            return self.fallback_retweet(entry, handle);
        };
        let before = candidates.partition_point(|&i| i < entry.id);
        let same_text: Vec<usize> = candidates[..before]
            .iter()
            .rev()
            .copied()
            .filter(|&i| {
                let body = self.folded_body(i);
                body.starts_with(&wanted)
                    || (body.chars().count() >= 10 && wanted.starts_with(body))
            })
            .collect();
        let by_handle = same_text.iter().copied().find(|&i| {
            self.dir
                .forms(self.author_of[i])
                .is_some_and(|f| f.matches(handle).is_some())
        });
        let link = |to, confidence| Link {
            to,
            evidence: format!("RT @{handle}").into(),
            confidence,
            cue: Cue::Echo,
        };
        if let Some(to) = by_handle {
            return Some(link(to, 0.9));
        }
        if self.is_post_author(handle) {
            return None;
        }
        match same_text.first() {
            Some(&to) => Some(link(to, 0.6)),
            None => self.fallback_retweet(entry, handle),
        }
    }

    /// The first earlier entry whose whole text this entry's is.
    fn copy_of(&self, entry: &Entry) -> Option<Link> {
        let body = self.folded_body(entry.id);
        let candidates = self.by_opening.get(opening(body)?)?;
        let to = candidates
            .iter()
            .copied()
            .take_while(|&i| i < entry.id)
            .find(|&i| self.folded_body(i) == body)?;
        Some(Link {
            to,
            evidence: format!("RT of {}", self.entries.get(to)?.author).into(),
            confidence: 0.9,
            cue: Cue::Echo,
        })
    }

    /// A retweet whose text is nowhere earlier: the latest entry by the handle's author.
    fn fallback_retweet(&self, entry: &Entry, handle: &str) -> Option<Link> {
        if self.is_post_author(handle) {
            return None;
        }
        self.resolve(entry, handle).map(|to| Link {
            to,
            evidence: format!("RT @{handle}").into(),
            confidence: 0.5,
            cue: Cue::Echo,
        })
    }

    /// A quoted sentence found earlier: in the post (no link: it answers the post) or in
    /// an earlier entry by someone else.
    fn quote_links(&self, entry: &Entry, text: &str) -> Vec<Link> {
        quoted(text)
            .into_iter()
            .filter_map(|q| {
                let key = quote_key(q);
                // The first earlier text holding the quote: the post (0) or an entry.
                let found = self
                    .shingles
                    .get(&shingle(&key)?)?
                    .iter()
                    .take_while(|&&t| t <= entry.id)
                    .find(|&&t| {
                        memchr::memmem::find(self.text(t).as_bytes(), key.as_bytes()).is_some()
                    })?;
                let source = found.checked_sub(1)?;
                (self.author_of[source] != self.author_of[entry.id]).then(|| Link {
                    to: source,
                    evidence: "quote".into(),
                    confidence: 0.8,
                    cue: Cue::Quote,
                })
            })
            .collect()
    }

    /// Someone addressed with `@name` who posts next, soon, without naming anyone, is
    /// answering whoever addressed them.
    /// `addressed[author]`: the latest entry so far that addressed them with `@name`.
    fn answer_back(&self, entry: &Entry, addressed: &[Option<usize>]) -> Option<Link> {
        if entry.kind != Kind::Comment {
            return None;
        }
        let me = self.author_of[entry.id];
        let i = addressed.get(me).copied().flatten()?;
        // Only if they have not spoken since, and not too long ago.
        let spoke_since = self.latest_by(me, entry.id).is_some_and(|own| own > i);
        if spoke_since || entry.id - i > ANSWER_BACK_LOOKBACK {
            return None;
        }
        let to = self.entries.get(i)?;
        within(to, entry, ANSWER_BACK_WINDOW).then(|| Link {
            to: i,
            evidence: format!("answers {}", to.author).into(),
            confidence: 0.6,
            cue: Cue::AnswersBack,
        })
    }

    /// The same author right after themselves: a correction or a continuation.
    fn follow_up(&self, entry: &Entry) -> Option<Link> {
        let previous = entry.id.checked_sub(1)?;
        let p = &self.entries[previous];
        let continues = entry.kind == Kind::Comment
            && p.kind == Kind::Comment
            && self.author_of[previous] == self.author_of[entry.id]
            && within(p, entry, FOLLOW_UP_WINDOW);
        continues.then(|| Link {
            to: previous,
            evidence: "same author".into(),
            confidence: 0.7,
            cue: Cue::SameAuthor,
        })
    }

    /// A commenter's first name inside a sentence (`d'accord avec Sandrine`): weak, and
    /// only for names that point at one person. The post author's name means the post.
    fn name_links(&self, entry: &Entry, text: &str) -> Vec<Link> {
        let words = capitalised_words_inside_sentences(text);
        let post_first = self
            .post_author_forms
            .as_ref()
            .and_then(NameForms::first_name);
        words
            .into_iter()
            .filter_map(|w| {
                let key = fold(w);
                if Some(key.as_str()) == post_first {
                    return None;
                }
                let [author] = self.first_names.get(key.as_str())?.as_slice() else {
                    return None;
                };
                let is_post_author =
                    self.post_author.as_deref() == Some(self.authors[*author].as_str());
                if *author == self.author_of[entry.id] || is_post_author {
                    return None;
                }
                Some(Link {
                    to: self.latest_by(*author, entry.id)?,
                    evidence: format!("name {w}").into(),
                    confidence: 0.4,
                    cue: Cue::Name,
                })
            })
            .collect()
    }
}

/// One link per parent, the strongest evidence kept, in order of first appearance.
fn dedupe(links: Vec<Link>) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::with_capacity(links.len());
    for link in links {
        match out.iter_mut().find(|l| l.to == link.to) {
            Some(kept) if kept.confidence < link.confidence => *kept = link,
            Some(_) => {}
            None => out.push(link),
        }
    }
    out
}

/// Whether `later` comes within `seconds` of `earlier`; undated entries are given the
/// benefit of the doubt, since their order in the dump is still known.
fn within(earlier: &Entry, later: &Entry, seconds: i64) -> bool {
    match (earlier.time, later.time) {
        (Some(a), Some(b)) => (0..=seconds).contains(&(b.seconds() - a.seconds())),
        _ => true,
    }
}

/// Splits `own words RT @handle: echoed text` (also `RT: @handle:`, `RT @handle text`).
fn split_retweet(body: &str) -> (&str, Option<(&str, &str)>) {
    for marker in ["RT @", "RT: @"] {
        if let Some(at) = memchr::memmem::find(body.as_bytes(), marker.as_bytes()) {
            let rest = &body[at + marker.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\\'))
                .unwrap_or(rest.len());
            let (handle, text) = rest.split_at(end);
            let text = text.trim_start_matches(':').trim_start();
            if !handle.is_empty() {
                return (&body[..at], Some((handle, text)));
            }
        }
    }
    (body, None)
}

/// Quoted passages on one line: text between two quote marks, long enough to be a
/// sentence rather than a term (`"community manager"`).
fn quoted(text: &str) -> Vec<&str> {
    let is_quote = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '„');
    let mut out = Vec::new();
    // Every quote mark is `"` or starts with one of these two lead bytes, so marks are
    // found without decoding every character (French text is full of other 0xE2 / 0xC2
    // characters, such as `’`, which the check below passes over).
    for line in text.lines() {
        let marks: Vec<usize> = memchr::memchr3_iter(b'"', 0xE2, 0xC2, line.as_bytes())
            .filter(|&i| {
                line.get(i..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_quote)
            })
            .collect();
        for pair in marks.windows(2) {
            let inner = line[pair[0]..pair[1]].trim_start_matches(is_quote).trim();
            if inner.split_whitespace().count() >= QUOTE_MIN_WORDS
                && inner.chars().count() >= QUOTE_MIN_CHARS
            {
                out.push(inner);
            }
        }
    }
    out
}

/// Text reduced for quote search: folded, typographic apostrophes and quote marks made
/// plain, white space collapsed.
fn quote_key(text: &str) -> String {
    crate::text::fold_mapped(text, |c| match c {
        '’' | '‘' | '`' => '\'',
        '“' | '”' | '«' | '»' | '„' => '"',
        _ => c,
    })
}

/// The first characters of a folded text, which a retweet of it shares.
fn opening(text: &str) -> Option<&str> {
    let (end, _) = text.char_indices().nth(RT_PREFIX_CHARS - 1)?;
    let last = text[end..].chars().next()?;
    text.get(..end + last.len_utf8())
}

/// The words of a folded text as the quote index sees them: runs of ASCII letters and
/// digits and of any non-ASCII character (folded text is mostly ASCII; splitting on bytes
/// spares decoding every character of the dump).
fn words(text: &str) -> impl Iterator<Item = &[u8]> {
    text.as_bytes()
        .split(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A hash of the first [`SHINGLE`] words of a folded quote.
fn shingle(key: &str) -> Option<u64> {
    let mut window = [0u64; SHINGLE];
    let mut n = 0;
    for w in words(key).take(SHINGLE) {
        window[n] = word_hash(w);
        n += 1;
    }
    (n == SHINGLE).then(|| combine(&window, 0))
}

/// FNV-1a of one word.
fn word_hash(word: &[u8]) -> u64 {
    word.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The shingle hash of a ring of word hashes whose oldest is at `oldest`: each word
/// hashed once, each shingle a few multiplications.
fn combine(ring: &[u64; SHINGLE], oldest: usize) -> u64 {
    (0..SHINGLE).fold(0u64, |h, i| {
        (h.rotate_left(21) ^ ring[(oldest + i) % SHINGLE]).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    })
}

/// One pass over the corpus: for every shingle in `wanted`, the texts it occurs in (the
/// post is 0, entry `i` is `i + 1`), in order, each once.
fn find_shingles(
    corpus: &str,
    starts: &[usize],
    wanted: &std::collections::HashSet<u64>,
) -> HashMap<u64, Vec<usize>> {
    let mut found: HashMap<u64, Vec<usize>> = HashMap::new();
    if wanted.is_empty() {
        return found;
    }
    // Nearly every shingle of the text is no quote's: a bit per hash bucket answers most
    // of them before the set is asked.
    let mut filter = vec![0u64; FILTER_WORDS];
    for &h in wanted {
        filter[(h as usize >> 6) % FILTER_WORDS] |= 1 << (h & 63);
    }
    let maybe = |h: u64| filter[(h as usize >> 6) % FILTER_WORDS] & (1 << (h & 63)) != 0;
    let mut texts = std::iter::once(0).chain(starts.iter().copied()).peekable();
    let mut t = 0;
    while let Some(start) = texts.next() {
        let end = texts.peek().copied().unwrap_or(corpus.len());
        let mut ring = [0u64; SHINGLE];
        for (n, w) in words(corpus.get(start..end).unwrap_or("")).enumerate() {
            ring[n % SHINGLE] = word_hash(w);
            if n + 1 < SHINGLE {
                continue;
            }
            let hash = combine(&ring, (n + 1) % SHINGLE);
            if maybe(hash) && wanted.contains(&hash) {
                let texts = found.entry(hash).or_default();
                if texts.last() != Some(&t) {
                    texts.push(t);
                }
            }
        }
        t += 1;
    }
    found
}

/// Whether UTF-8 text may hold a capital letter, from its bytes alone: an ASCII capital,
/// `À`–`Þ` (0xC3 then 0x80–0x9E), or any letter of the scripts whose UTF-8 starts with
/// 0xC4–0xD4 (Latin Extended, Greek, Cyrillic…), which mix cases. The lower-case accents
/// of Western European text (`é`: 0xC3 0xA9) and punctuation such as `’` (0xE2…) do not
/// count, so most words are passed over without being decoded.
fn may_hold_capital(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| {
        b.is_ascii_uppercase()
            || (0xC4..=0xD4).contains(&b)
            || (b == 0xC3 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9E).contains(n)))
    })
}

/// Capitalised words that do not open a sentence: `Lumineux Stéphanie`,
/// `d'accord avec Sandrine`, `qu'évoque Iza`.
fn capitalised_words_inside_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut sentence_start = true;
        for raw in line.split_whitespace() {
            // Only a word holding a capital can be a name: the others need no trimming.
            if !may_hold_capital(raw.as_bytes()) {
                sentence_start = raw.ends_with(['.', '!', '?', ':', '…']);
                continue;
            }
            let word = raw
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .rsplit(['\'', '’'])
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).all(char::is_lowercase)
                && word.chars().count() >= 3;
            if capitalised && !sentence_start {
                out.push(word);
            }
            sentence_start = raw.ends_with(['.', '!', '?', ':', '…']);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retweets_are_split_from_own_words() {
        assert_eq!(
            split_retweet("RT @crouzet: Les CM http://x"),
            ("", Some(("crouzet", "Les CM http://x")))
        );
        assert_eq!(
            split_retweet("Oh oui. RT @Badr: Les CM"),
            ("Oh oui. ", Some(("Badr", "Les CM")))
        );
        assert_eq!(
            split_retweet("de RT: @SoAnn: Pas faux"),
            ("de ", Some(("SoAnn", "Pas faux")))
        );
        assert_eq!(
            split_retweet("RT @DavidAbiker Tapin.com"),
            ("", Some(("DavidAbiker", "Tapin.com")))
        );
        assert_eq!(
            split_retweet("signaux twitter (T ou RT)"),
            ("signaux twitter (T ou RT)", None)
        );
    }

    #[test]
    fn quotes_need_a_sentence() {
        let text = "Vous écrivez : \"Une communauté ne se développe, au sens organique\" et \"community manager\".";
        assert_eq!(
            quoted(text),
            ["Une communauté ne se développe, au sens organique"]
        );
        assert!(quoted("« court »").is_empty());
        assert_eq!(
            quoted("\"\"Quand on parle de jugement du style “c’est bon ou mauvais”, je\"\""),
            ["Quand on parle de jugement du style"]
        );
    }

    #[test]
    fn capitals_are_seen_from_their_bytes() {
        for word in [
            "Iza", "d’Iza", "Élodie", "ÉLODIE", "Łukasz", "Ωmega", "Жора", "x-Z",
        ] {
            assert!(may_hold_capital(word.as_bytes()), "{word}");
        }
        for word in ["été", "qu’évoque", "naïveté", "ça", "–", "42", "«\u{a0}»"] {
            assert!(!may_hold_capital(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn names_inside_sentences_only() {
        assert_eq!(
            capitalised_words_inside_sentences("Lumineux Stéphanie (va vraiment"),
            ["Stéphanie"]
        );
        assert_eq!(
            capitalised_words_inside_sentences(
                "Je suis d’accord avec Sandrine. Bof ! celle qu’évoque Iza"
            ),
            ["Sandrine", "Iza"]
        );
        assert!(capitalised_words_inside_sentences("Bof, non. CM partout").is_empty());
    }
}

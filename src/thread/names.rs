//! Matching an `@handle` (or a first name) to an author as the dump shows them, loosely:
//! people write `@Lucile` for `Lucile Reynard`, `@lamachineaecrire` for
//! `LA MACHINE A ECRIRE`, `@MaxHock` for `Maxime Hock`, `@narvic` for `arvic`.

use crate::text::fold;
use foldhash::HashMap;

/// How well a handle matches an author; smaller is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// The whole name, glued: `@lamachineaecrire`, `@renaud_elghozi`.
    Glued,
    /// One word of the name: a first name, a surname, a handle in the name.
    Word,
    /// First name and surname glued, one of them shortened: `@MaxHock`, `@rcarcan`.
    Abbreviated,
    /// One letter off the glued name or a word of it: `@narvic`, `@jeanloup`.
    Typo,
}

/// The forms of one author's name that handles are compared with.
#[derive(Debug, Clone)]
pub struct NameForms {
    glued: String,
    words: Vec<String>,
}

impl NameForms {
    pub fn new(name: &str) -> Self {
        let folded = fold(&unescape(name));
        let words: Vec<String> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        NameForms {
            glued: words.concat(),
            words,
        }
    }

    /// The name's first word, when it can serve as a first name in running text.
    pub fn first_name(&self) -> Option<&str> {
        self.words
            .first()
            .map(String::as_str)
            .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
    }

    pub fn matches(&self, handle: &str) -> Option<Match> {
        self.matches_key(&handle_key(handle))
    }

    /// [`NameForms::matches`] for a handle already reduced by [`handle_key`].
    pub fn matches_key(&self, h: &str) -> Option<Match> {
        if h.len() < 2 || self.glued.is_empty() {
            return None;
        }
        if *h == self.glued {
            return Some(Match::Glued);
        }
        if self.words.iter().any(|w| w.chars().count() >= 3 && *w == h) {
            return Some(Match::Word);
        }
        if let [first, .., last] = self.words.as_slice() {
            let abbreviated = |a: &str, b: &str| {
                // `r` + `carcan`, `max` + `hock`, `lena` + `hoff`.
                h.strip_suffix(b)
                    .is_some_and(|p| !p.is_empty() && a.starts_with(p))
                    || h.strip_prefix(a)
                        .is_some_and(|s| s.len() >= 3 && b.starts_with(s))
            };
            if last.len() >= 3 && abbreviated(first, last) {
                return Some(Match::Abbreviated);
            }
        }
        let typo = |w: &str| w.chars().count() >= 5 && one_edit_apart(h, w);
        if h.chars().count() >= 5 && (typo(&self.glued) || self.words.iter().any(|w| typo(w))) {
            return Some(Match::Typo);
        }
        None
    }
}

/// Shortest form that is matched with one typo allowed (shorter names collide by chance).
const TYPO_MIN_CHARS: usize = 5;

/// Who an `@handle` names, found without comparing it with every author: a long dump has
/// thousands of commenters and mentions, and that comparison would make threading
/// quadratic. Exact matches (the best two [`Match`] levels) are answered from lists of
/// entries by key; looser ones from short lists of candidate authors, which
/// [`NameForms::matches_key`] then decides.
#[derive(Debug, Default)]
pub struct Directory {
    forms: Vec<NameForms>,
    author_of: Vec<usize>,
    /// Each author's entries, in order.
    by_author: Vec<Vec<usize>>,
    /// Entries, in order, by their author's glued name ([`Match::Glued`]) and by each
    /// word of 3+ letters of it ([`Match::Word`]).
    glued: HashMap<String, Vec<usize>>,
    word: HashMap<String, Vec<usize>>,
    /// Built the first time a handle matches no name exactly: most never do.
    loose: std::cell::OnceCell<Loose>,
}

/// Authors by the forms a handle takes when it matches a name loosely.
#[derive(Debug, Default)]
struct Loose {
    /// Authors with names of two words or more, for [`Match::Abbreviated`] (`r` +
    /// `carcan`, `max` + `hock`): by last word and the first letter of the first, and by
    /// first word and the first letter of the last, so that a common first name does not
    /// list everyone.
    last_first: HashMap<String, Vec<usize>>,
    first_last: HashMap<String, Vec<usize>>,
    /// Authors by each form long enough for a typo, and by that form with one letter
    /// deleted (symmetric deletion: strings one edit apart share such a form).
    deletions: HashMap<String, Vec<usize>>,
}

impl Loose {
    fn new(forms: &[NameForms]) -> Loose {
        let mut loose = Loose::default();
        for (a, f) in forms.iter().enumerate() {
            if let [first, .., last] = f.words.as_slice() {
                add(&mut loose.last_first, &word_and_initial(last, first), a);
                add(&mut loose.first_last, &word_and_initial(first, last), a);
            }
            for form in std::iter::once(&f.glued).chain(&f.words) {
                if form.chars().count() >= TYPO_MIN_CHARS {
                    add(&mut loose.deletions, form, a);
                    for d in one_deletions(form) {
                        add(&mut loose.deletions, &d, a);
                    }
                }
            }
        }
        loose
    }
}

/// Appends `id` to the list under `key`, once.
fn add(map: &mut HashMap<String, Vec<usize>>, key: &str, id: usize) {
    let ids = map.entry(key.to_string()).or_default();
    if ids.last() != Some(&id) {
        ids.push(id);
    }
}

impl Directory {
    /// `forms[a]` is author `a`'s name; `author_of[id]` the author of entry `id`.
    pub fn new(forms: Vec<NameForms>, author_of: Vec<usize>) -> Self {
        let mut dir = Directory {
            by_author: vec![Vec::new(); forms.len()],
            ..Directory::default()
        };
        for (id, &a) in author_of.iter().enumerate() {
            if let Some(ids) = dir.by_author.get_mut(a) {
                ids.push(id);
            }
        }
        // Keys per author, not per entry: each author's entries join the lists of their
        // name's keys at once; a list that several authors share is sorted after.
        let mut shared: Vec<String> = Vec::new();
        let mut join = |map: &mut HashMap<String, Vec<usize>>, key: &str, ids: &[usize]| {
            let list = map.entry(key.to_string()).or_default();
            if !list.is_empty() {
                shared.push(key.to_string());
            }
            list.extend_from_slice(ids);
        };
        for (f, ids) in forms.iter().zip(&dir.by_author) {
            if ids.is_empty() {
                continue;
            }
            if !f.glued.is_empty() {
                join(&mut dir.glued, &f.glued, ids);
            }
            let mut words: Vec<&String> =
                f.words.iter().filter(|w| w.chars().count() >= 3).collect();
            // A name that repeats a word (`Jean Jean`) lists its entries once.
            words.sort_unstable();
            words.dedup();
            for w in words {
                join(&mut dir.word, w, ids);
            }
        }
        for key in shared {
            for map in [&mut dir.glued, &mut dir.word] {
                if let Some(list) = map.get_mut(&key) {
                    list.sort_unstable();
                    list.dedup();
                }
            }
        }
        dir.forms = forms;
        dir.author_of = author_of;
        dir
    }

    pub fn forms(&self, author: usize) -> Option<&NameForms> {
        self.forms.get(author)
    }

    /// Author `author`'s latest entry before entry `before`.
    pub fn latest_by(&self, author: usize, before: usize) -> Option<usize> {
        let ids = self.by_author.get(author)?;
        let n = ids.partition_point(|&i| i < before);
        ids.get(n.checked_sub(1)?).copied()
    }

    /// The latest entry before `before` by the author the handle key `h` (from
    /// [`handle_key`]) names best, leaving out author `own`: the best [`Match`] level
    /// wins, then the latest entry.
    pub fn resolve(&self, h: &str, before: usize, own: usize) -> Option<usize> {
        if h.len() < 2 {
            return None;
        }
        for exact in [&self.glued, &self.word] {
            let Some(ids) = exact.get(h) else { continue };
            let n = ids.partition_point(|&i| i < before);
            let latest = ids[..n]
                .iter()
                .rev()
                .find(|&&i| self.author_of.get(i) != Some(&own));
            if let Some(&id) = latest {
                return Some(id);
            }
        }
        let mut best: Option<(Match, std::cmp::Reverse<usize>)> = None;
        self.each_loose_candidate(h, |a| {
            if a == own {
                return;
            }
            let level = self.forms.get(a).and_then(|f| f.matches_key(h));
            if let (Some(level), Some(id)) = (level, self.latest_by(a, before)) {
                let key = (level, std::cmp::Reverse(id));
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        });
        best.map(|(_, std::cmp::Reverse(id))| id)
    }

    /// Calls `visit` with every author `h` may name loosely (abbreviated, one typo), some
    /// more than once.
    fn each_loose_candidate(&self, h: &str, mut visit: impl FnMut(usize)) {
        let loose = self.loose.get_or_init(|| Loose::new(&self.forms));
        let mut take = |map: &HashMap<String, Vec<usize>>, key: &str| {
            if let Some(ids) = map.get(key) {
                ids.iter().for_each(|&a| visit(a));
            }
        };
        // `r` + `carcan`: a shortened first word then a last word, or the other way round.
        for (k, _) in h.char_indices().skip(1) {
            let (head, tail) = h.split_at(k);
            take(&loose.last_first, &word_and_initial(tail, head));
            take(&loose.first_last, &word_and_initial(head, tail));
        }
        if h.chars().count() >= TYPO_MIN_CHARS {
            take(&loose.deletions, h);
            for d in one_deletions(h) {
                take(&loose.deletions, &d);
            }
        }
    }
}

/// `word` and the first character of `other`, as one key.
fn word_and_initial(word: &str, other: &str) -> String {
    let mut key = String::with_capacity(word.len() + 5);
    key.push_str(word);
    key.push('\0');
    key.extend(other.chars().next());
    key
}

/// `s` with one character left out, at each position.
fn one_deletions(s: &str) -> impl Iterator<Item = String> + '_ {
    s.char_indices().map(move |(i, c)| {
        let mut d = String::with_capacity(s.len());
        d.push_str(&s[..i]);
        d.push_str(&s[i + c.len_utf8()..]);
        d
    })
}

/// A handle reduced to what survives spelling variants: folded, letters and digits only.
pub fn handle_key(handle: &str) -> String {
    fold(&unescape(handle))
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Markdown escapes (`renaud\_elghozi`) are not part of a name.
fn unescape(s: &str) -> String {
    s.replace('\\', "")
}

/// True when `a` and `b` differ by exactly one inserted, deleted or replaced character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_edit_apart_in(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit_apart_in(&a, &b)
}

fn one_edit_apart_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// `@handle` mentions in a text, with their byte offsets: an `@` that starts a word,
/// followed by a handle. E-mail addresses (`a@b.c`) are not mentions.
pub fn mentions(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'@', bytes)
        .filter(|&at| at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_'))
        .filter_map(|at| {
            let rest = &text[at + 1..];
            let len = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '\\' | '.' | '-')))
                .map_or(rest.len(), |(i, _)| i);
            let handle = rest[..len].trim_end_matches(['.', '-', '\\']);
            (handle.chars().count() >= 2).then_some((at, handle))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(name: &str, handle: &str) -> Option<Match> {
        NameForms::new(name).matches(handle)
    }

    #[test]
    fn loose_matches_the_seeds_rely_on() {
        assert_eq!(
            level("LA MACHINE A ECRIRE", "lamachineaecrire"),
            Some(Match::Glued)
        );
        assert_eq!(
            level("renaud\\_elghozi", "renaud_elghozi"),
            Some(Match::Glued)
        );
        assert_eq!(level("Lucile Reynard", "Lucile"), Some(Match::Word));
        assert_eq!(level("saM", "sam"), Some(Match::Glued));
        assert_eq!(
            level("Stephanie Booth ( @ stephtara)", "stephtara"),
            Some(Match::Word)
        );
        assert_eq!(level("@ grnkss", "grnkss"), Some(Match::Glued));
        assert_eq!(level("Bao", "Bao_"), Some(Match::Glued));
        assert_eq!(level("Maxime Hock", "MaxHock"), Some(Match::Abbreviated));
        assert_eq!(level("Robin Carcan", "rcarcan"), Some(Match::Abbreviated));
        assert_eq!(level("Lena Hoffmann", "lenahoff"), Some(Match::Abbreviated));
        assert_eq!(level("arvic", "narvic"), Some(Match::Typo));
        assert_eq!(level("Jeanloub", "jeanloup"), Some(Match::Typo));
        assert_eq!(level("Lomig Unger", "blomig"), Some(Match::Typo));
    }

    #[test]
    fn near_misses_do_not_match() {
        assert_eq!(level("greg", "mygreg"), None);
        assert_eq!(level("isacrouzet", "crouzet"), None);
        assert_eq!(level("Yann Guillon", "konandrum"), None);
        assert_eq!(
            level("Lily", "lila"),
            None,
            "short names get no typo allowance"
        );
        assert_eq!(level("Steve Faisant", "Faiste"), None);
        assert_eq!(level("community manager", "community_mngr"), None);
    }

    /// What [`Directory::resolve`] must find: every author compared with the handle.
    fn resolve_slowly(
        forms: &[NameForms],
        author_of: &[usize],
        h: &str,
        before: usize,
        own: usize,
    ) -> Option<usize> {
        (0..forms.len())
            .filter(|&a| a != own)
            .filter_map(|a| Some((forms[a].matches_key(h)?, a)))
            .filter_map(|(level, a)| {
                let latest = (0..before.min(author_of.len()))
                    .rev()
                    .find(|&i| author_of[i] == a)?;
                Some((level, std::cmp::Reverse(latest)))
            })
            .min()
            .map(|(_, std::cmp::Reverse(id))| id)
    }

    #[test]
    fn the_directory_resolves_like_comparing_every_author() {
        let names = [
            "LA MACHINE A ECRIRE",
            "renaud\\_elghozi",
            "Lucile Reynard",
            "saM",
            "Maxime Hock",
            "Robin Carcan",
            "Lena Hoffmann",
            "arvic",
            "Jeanloub",
            "Lomig Unger",
            "greg",
            "Yann Guillon",
            "Jean-Loup Martin",
            "Łukasz Żółw",
            "Sam Lucile",
        ];
        let forms: Vec<NameForms> = names.iter().map(|n| NameForms::new(n)).collect();
        // Every author writes twice, in two rounds.
        let author_of: Vec<usize> = (0..names.len() * 2).map(|i| i % names.len()).collect();
        let dir = Directory::new(forms.clone(), author_of.clone());
        let handles = [
            "lamachineaecrire",
            "renaud_elghozi",
            "Lucile",
            "reynard",
            "sam",
            "MaxHock",
            "rcarcan",
            "lenahoff",
            "narvic",
            "jeanloup",
            "blomig",
            "greg",
            "mygreg",
            "yan",
            "guillon",
            "jeanlou",
            "lukasz",
            "zolw",
            "łukasz",
            "konandrum",
            "hock",
            "xy",
            "jmartin",
            "jeanloupmartin",
            "jeanlupmartin",
            "s",
        ];
        for handle in handles {
            let h = handle_key(handle);
            for before in [0, 3, 14, 15, 20, 30] {
                for own in [0, 2, 3, 14] {
                    assert_eq!(
                        dir.resolve(&h, before, own),
                        resolve_slowly(&forms, &author_of, &h, before, own),
                        "{handle} before {before}, not by {own}"
                    );
                }
            }
        }
        // `Lucile Reynard` (2) and `Sam Lucile` (14) match alike: the latest entry wins.
        assert_eq!(dir.resolve(&handle_key("Lucile"), 30, 0), Some(29));
        assert_eq!(dir.resolve(&handle_key("Lucile"), 29, 0), Some(17));
        assert_eq!(dir.resolve(&handle_key("narvic"), 30, 0), Some(22));
    }

    // A small alphabet, so that random names and handles often match in every way.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_directory_misses_no_match(
            names in proptest::collection::vec("[abcé]{1,7}( [abc]{1,7}){0,2}", 1..10),
            writers in proptest::collection::vec(0usize..10, 1..40),
            handle in "[abcé_]{2,12}",
            before in 0usize..45,
            own in 0usize..10,
        ) {
            let forms: Vec<NameForms> = names.iter().map(|n| NameForms::new(n)).collect();
            let author_of: Vec<usize> = writers.iter().map(|w| w % forms.len()).collect();
            let dir = Directory::new(forms.clone(), author_of.clone());
            let h = handle_key(&handle);
            proptest::prop_assert_eq!(
                dir.resolve(&h, before, own),
                resolve_slowly(&forms, &author_of, &h, before, own)
            );
        }
    }

    #[test]
    fn finds_mentions_but_not_email_addresses() {
        let found: Vec<&str> = mentions("@Lucile ok, @saM: oui. mail a@b.com @crouzet... (@lily)")
            .into_iter()
            .map(|(_, h)| h)
            .collect();
        assert_eq!(found, ["Lucile", "saM", "crouzet", "lily"]);
        assert!(mentions("@ stephtara @").is_empty());
    }
}

//! Matching an `@handle` (or a first name) to an author as the dump shows them, loosely:
//! people write `@Lucile` for `Lucile Reynard`, `@lamachineaecrire` for
//! `LA MACHINE A ECRIRE`, `@MaxHock` for `Maxime Hock`, `@narvic` for `arvic`.

use crate::text::fold;

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
        let h = handle_key(handle);
        if h.len() < 2 || self.glued.is_empty() {
            return None;
        }
        if h == self.glued {
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
        let typo = |w: &str| w.chars().count() >= 5 && one_edit_apart(&h, w);
        if h.chars().count() >= 5 && (typo(&self.glued) || self.words.iter().any(|w| typo(w))) {
            return Some(Match::Typo);
        }
        None
    }
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
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
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

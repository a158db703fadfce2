//! Small text helpers shared by the parsers and the summary.

/// Folds a name or a phrase for loose comparison: lower case, accents removed, runs of
/// white space collapsed. `Thierry CROUZET` and ` thierry  crouzet` fold alike.
pub fn fold(s: &str) -> String {
    fold_mapped(s, |c| c)
}

/// [`fold`], with `map` applied to each character first (quote search makes typographic
/// quotes plain this way, in the same pass).
pub fn fold_mapped(s: &str, map: impl Fn(char) -> char) -> String {
    let mut out = Folded {
        bytes: Vec::with_capacity(s.len()),
        pending_space: false,
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // A run of plain ASCII letters, digits and punctuation that `map` leaves alone
        // is copied lower-cased in one go: most of any dump is such runs.
        let run = bytes[i..]
            .iter()
            .take_while(|&&c| c.is_ascii_graphic() && map(char::from(c)) == char::from(c))
            .count();
        if run > 0 {
            out.word_bytes(&bytes[i..i + run]);
            i += run;
        } else if b.is_ascii() {
            out.push(map(char::from(b)));
            i += 1;
        } else if let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) {
            out.push(map(c));
            i += c.len_utf8();
        } else {
            break;
        }
    }
    // Only whole characters were written.
    String::from_utf8(out.bytes).unwrap_or_default()
}

/// Folded text being written: white space collapses into one pending space, written
/// only before the next non-space.
struct Folded {
    bytes: Vec<u8>,
    pending_space: bool,
}

impl Folded {
    fn space_if_pending(&mut self) {
        if std::mem::take(&mut self.pending_space) {
            self.bytes.push(b' ');
        }
    }

    /// ASCII letters, digits or punctuation, none white.
    fn word_bytes(&mut self, run: &[u8]) {
        self.space_if_pending();
        self.bytes.extend(run.iter().map(u8::to_ascii_lowercase));
    }

    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = !self.bytes.is_empty();
            return;
        }
        self.space_if_pending();
        if c.is_ascii() {
            self.bytes.push(c.to_ascii_lowercase() as u8);
        } else {
            for f in fold_char(c) {
                self.bytes
                    .extend_from_slice(f.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }
}

/// One character folded for loose comparison: lower case, accent removed.
pub fn fold_char(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(strip_accent)
}

/// Base letter of the accented Latin letters French, Spanish, German, Italian, Portuguese
/// and Dutch use; other characters are returned unchanged. A table instead of Unicode
/// decomposition keeps the wasm bundle free of normalisation data.
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_char, fold_mapped};

    /// `fold_mapped` one character at a time, as it was first written: the fast paths
    /// must give the same text.
    fn fold_slowly(s: &str, map: impl Fn(char) -> char) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.chars().map(map) {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
                continue;
            }
            if std::mem::take(&mut pending_space) {
                out.push(' ');
            }
            out.extend(fold_char(c));
        }
        out
    }

    fn quotes_plain(c: char) -> char {
        match c {
            '’' | '`' => '\'',
            '«' | '»' => '"',
            _ => c,
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn fast_folding_folds_like_folding_each_character(s in "[ -~\t\nÀ-ÿ’«»`\u{a0}\u{2028}İ]{0,40}") {
            proptest::prop_assert_eq!(fold(&s), fold_slowly(&s, |c| c));
            proptest::prop_assert_eq!(fold_mapped(&s, quotes_plain), fold_slowly(&s, quotes_plain));
        }
    }

    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(fold("Thierry CROUZET"), fold(" thierry  crouzet "));
        assert_eq!(fold("Mélina LOUPIA"), "melina loupia");
        assert_eq!(fold("Cécile"), fold("CECILE"));
        assert_ne!(fold("greg"), fold("greg."));
    }
}

//! Small text helpers shared by the parsers and the summary.

/// Folds a name or a phrase for loose comparison: lower case, accents removed, runs of
/// white space collapsed. `Thierry CROUZET` and ` thierry  crouzet` fold alike.
pub fn fold(s: &str) -> String {
    fold_mapped(s, |c| c)
}

/// [`fold`], with `map` applied to each character first (quote search makes typographic
/// quotes plain this way, in the same pass).
pub fn fold_mapped(s: &str, map: impl Fn(char) -> char) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut pending_space = false;
    let mut push = |out: &mut Vec<u8>, c: char| {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            return;
        }
        if std::mem::take(&mut pending_space) {
            out.push(b' ');
        }
        // Most of any dump is ASCII: no case table, no accent table.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase() as u8);
        } else {
            for f in fold_char(c) {
                out.extend_from_slice(f.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            push(&mut out, map(char::from(b)));
            i += 1;
        } else if let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) {
            push(&mut out, map(c));
            i += c.len_utf8();
        } else {
            break;
        }
    }
    // Only whole characters were written.
    String::from_utf8(out).unwrap_or_default()
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
    use super::fold;

    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(fold("Thierry CROUZET"), fold(" thierry  crouzet "));
        assert_eq!(fold("Mélina LOUPIA"), "melina loupia");
        assert_eq!(fold("Cécile"), fold("CECILE"));
        assert_ne!(fold("greg"), fold("greg."));
    }
}

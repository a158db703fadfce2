//! Small text helpers shared by the parsers and the summary.

/// Folds a name or a phrase for loose comparison: lower case, accents removed, runs of
/// white space collapsed. `Thierry CROUZET` and ` thierry  crouzet` fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(fold_char(c));
    }
    out
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

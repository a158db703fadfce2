//! Invariants of the core on any input: parsing and threading never panic, spans stay
//! inside the text and point at their entry, ids are positions, parents come earlier.
#![cfg(not(target_arch = "wasm32"))]

use palabre::model::Archive;
use proptest::prelude::*;

fn check(text: &str) {
    let archive = palabre::read_dump(text);
    check_archive(text, &archive);
}

fn check_archive(text: &str, a: &Archive) {
    for (i, e) in a.entries.iter().enumerate() {
        assert_eq!(e.id, i);
        let [start, end] = e.span;
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} of {}",
            text.len()
        );
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert!(
            e.parents.iter().all(|&p| p < e.id),
            "#{i} answers a later entry"
        );
        assert_eq!(e.parents.len(), e.links.len());
        assert!(e.links.iter().all(|l| (0.0..=1.0).contains(&l.confidence)));
    }
    // The JSON round-trips.
    let back: Archive = serde_json::from_str(&a.to_json(false)).unwrap();
    assert_eq!(back.entries.len(), a.entries.len());
}

/// Lines that look like the headers of the known formats, mixed with noise.
fn dumpish_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zéÉ@ ._()-]{0,20} @ 20[0-9]{2}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]",
        "[A-Za-z@ ]{1,20} @",
        "[A-Za-z ]{1,20} says:",
        "(Sep|Oct|mars|Foo) [0-9]{1,2}, [0-9]{4}",
        "[0-9]{1,3} comments",
        "(@[a-z_\\\\]{1,12} |RT @[a-z]{1,8}: |\"|« |http://x.y/[a-z]{0,5} |[a-zA-Zé ]{0,30}){0,6}",
        "\\[[0-9]{2}:[0-9]{2}\\] <[a-z_|]{1,10}> [a-z: ]{0,30}",
        "=== [a-z ]{0,20}",
        "",
        ".{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_parses(text in "(?s).{0,2000}") {
        check(&text);
    }

    #[test]
    fn dump_like_text_parses(lines in prop::collection::vec(dumpish_line(), 0..80),
                             ending in prop_oneof!["\n", "\r\n", "\r"]) {
        let text = lines.join(ending.as_str());
        check(&text);
    }
}

/// Inputs that once looked risky, kept as named cases.
#[test]
fn edge_cases_do_not_panic() {
    for text in [
        "",
        "\n\n\n",
        " @",
        "@ @",
        "a @ 2010-02-30 10:00:00\n\nbad day",
        "a says:\nSep 1, 2009",
        "x says:\n\n\n",
        "\u{feff}a @ 2010-01-01 00:00:00",
        "é @ 2010-01-01 00:00:00\r\n\r\n«»\r\n",
        "RT @",
        "RT @x:",
        "\"\"\"\"\"\"",
        "a @ 2010-01-01 00:00:00\n\n@a @a @a\n\nb @\n\nRT @a: @a\n",
    ] {
        check(text);
    }
    let long_line = "word ".repeat(2_000_000);
    check(&long_line);
}

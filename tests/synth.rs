//! The benchmark generator's dumps parse back into what was generated: same format, same
//! number of entries, and reply inference finds (at least) the replies written by name.

use palabre::synth::{generate, FORMATS};

#[test]
fn generated_dumps_parse_back() {
    for format in FORMATS {
        let dump = generate(format, 300_000).unwrap();
        let archive = palabre::read_dump(&dump.text);
        assert_eq!(archive.format, *format);
        assert_eq!(archive.entries.len(), dump.entries, "{format}");
        let linked = archive
            .entries
            .iter()
            .filter(|e| !e.links.is_empty())
            .count();
        assert!(
            linked >= dump.addressed,
            "{format}: {linked} entries linked, {} addressed by name",
            dump.addressed
        );
        assert!(
            archive
                .problems
                .iter()
                .all(|p| !p.to_string().contains("differ")),
            "{format}: {:?}",
            archive.problems
        );
    }
}

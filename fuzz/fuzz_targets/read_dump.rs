//! Any text through everything the app does with a dump: detection, parsing, reply
//! inference (with and without a reference date), the views (tree, authors, timeline,
//! summary), search, permalink anchors, the exports and the worker's wire form of both
//! entries and views. Panics are crashes; broken invariants are asserted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palabre::model::{Archive, Stamp};
use palabre::parse::ParseOptions;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let plain = palabre::read_dump(&text);
    check(&text, &plain);
    let options = ParseOptions {
        anchor: Stamp::new(2026, 1, 1, 0, 0, 0),
    };
    check(&text, &palabre::read_dump_with(&text, &options));
});

fn check(text: &str, a: &Archive) {
    let lines = text.split('\n').count() + text.matches('\r').count();
    for (i, e) in a.entries.iter().enumerate() {
        assert_eq!(e.id, i);
        let [start, end] = e.span;
        assert!(start <= end && end <= text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert!(e.line <= lines);
        assert!(e.parents().all(|p| p < i), "entry {i} answers a later one");
        assert!(e.links.iter().all(|l| (0.0..=1.0).contains(&l.confidence)));
    }
    let views = palabre::views::Views::of(a);
    let back = palabre::wire::decode_views(&palabre::wire::encode_views(&views), a.entries.len());
    assert_eq!(back.as_ref(), Some(&views), "the views' wire form reads back");
    let _ = palabre::csv::to_csv(a);
    let anchors = palabre::share::anchors(&a.entries);
    assert_eq!(anchors.len(), a.entries.len());
    if let Some(query) = a
        .entries
        .first()
        .and_then(|e| palabre::search::Query::new(e.body.get(..e.body.len().min(8)).unwrap_or("")))
    {
        for e in &a.entries {
            for hit in query.find_all(&e.body) {
                assert!(hit.start <= hit.end && hit.end <= e.body.len());
            }
        }
    }
    let json = a.to_json(false);
    let back: Archive = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back.entries.len(), a.entries.len());
    let wire = palabre::wire::decode_entries(&palabre::wire::encode_entries(&a.entries), 0)
        .expect("the wire form reads back");
    assert_eq!(wire, a.entries);
    let links = palabre::wire::decode_links(&palabre::wire::encode_links(&a.entries), 0)
        .expect("the links' wire form reads back");
    assert!(links.iter().zip(&a.entries).all(|(l, e)| *l == e.links));
}

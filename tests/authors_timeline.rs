//! Author identities and the timeline on the two real seeds.

use palabre::authors::{Authors, Evidence, Rule};
use palabre::model::{Archive, Kind, Stamp};
use palabre::text::fold;
use palabre::timeline::{self, Timeline, MAX_BARS, MIN_BARS};
use std::collections::HashSet;

fn seed(name: &str) -> Archive {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    palabre::read_dump(&std::fs::read_to_string(path).expect("seed fixture"))
}

fn day(y: u16, m: u8, d: u8) -> Stamp {
    Stamp::new(y, m, d, 0, 0, 0).unwrap()
}

#[test]
fn seed_000_thierry_crouzet_is_one_person_and_the_post_author() {
    let archive = seed("000_0a401290472b4421");
    let authors = Authors::of(&archive);
    let thierry = authors.find("Thierry CROUZET").expect("Thierry comments");
    assert_eq!(thierry.name, "Thierry Crouzet");
    assert_eq!(thierry.count(), 14);
    assert_eq!(thierry.first.unwrap().to_string(), "2010-09-16T12:21:26");
    let post = authors.post_author.as_ref().expect("a post author");
    assert_eq!((post.identity, post.rule), (thierry.id, Rule::Header));

    // `greg` (a comment) and `greg.` (a retweet two months later) are not merged.
    let (greg, greg_dot) = (
        authors.find("greg").unwrap(),
        authors.find("greg.").unwrap(),
    );
    assert_ne!(greg.id, greg_dot.id);
    assert_eq!((greg.count(), greg_dot.count()), (1, 1));

    // One identity per folded name, every entry in exactly one.
    let folded: HashSet<String> = archive.entries.iter().map(|e| fold(&e.author)).collect();
    assert_eq!(authors.identities.len(), folded.len());
    assert_eq!(authors.identities.len(), 107);
    let total: usize = authors.identities.iter().map(|i| i.count()).sum();
    assert_eq!(total, archive.entries.len());
}

#[test]
fn seed_002_carole_is_found_through_her_twitted_by_pingback() {
    let archive = seed("002_0ad0d366ed8f33a8");
    assert_eq!(archive.post.author, None);
    let authors = Authors::of(&archive);
    let carole = authors.find("Carole_F").unwrap();
    assert_eq!(carole.count(), 4);
    let post = authors.post_author.as_ref().expect("a post author");
    assert_eq!((post.identity, post.rule), (carole.id, Rule::Pingback));
    match &post.evidence {
        Evidence::Pingback { kind, handle, .. } => {
            assert_eq!((*kind, handle.as_str()), (Kind::Pingback, "Carole_Fabre"))
        }
        other => panic!("{other:?}"),
    }
    assert!(post.evidence.to_string().contains("… by Carole_Fabre"));

    // Without the pingbacks, her `@name` answers still single her out.
    let mut comments_only = archive.clone();
    comments_only.entries.retain(|e| e.kind == Kind::Comment);
    let authors = Authors::of(&comments_only);
    let post = authors.post_author.as_ref().expect("a post author");
    assert_eq!(post.rule, Rule::Answers);
    assert_eq!(authors.identities[post.identity].name, "Carole_F");
}

#[test]
fn seed_000_timeline_keeps_both_bursts_visible() {
    let archive = seed("000_0a401290472b4421");
    let authors = Authors::of(&archive);

    let busiest = timeline::busiest_day(&archive).unwrap();
    assert_eq!((busiest.day, busiest.entries), (day(2010, 9, 16), 40));

    let t = Timeline::of(&archive, &authors);
    assert_eq!(t.unit, timeline::Unit::Day);
    assert!((MIN_BARS..=MAX_BARS).contains(&t.bars), "{} bars", t.bars);
    assert_eq!(t.undated.len(), 3);
    let counted: usize = t.bins().map(|b| b.counts.total()).sum();
    assert_eq!(counted + t.undated.len(), archive.entries.len());

    let first = t.bin_at(day(2010, 9, 16)).expect("16 Sep 2010 is drawn");
    assert_eq!(first.counts.comment, 40);
    assert_eq!(
        authors.identities[first.top_authors[0].identity].name,
        "Thierry Crouzet"
    );
    let second = t.bin_at(day(2010, 10, 21)).expect("21 Oct 2010 is drawn");
    assert_eq!(second.counts.total(), 24);
    assert_eq!((second.counts.comment, second.counts.echo), (3, 21));

    // The silences of 2011–2014 are folded away, and say how long they are.
    assert_eq!(t.breaks.len() + 1, t.segments.len());
    assert!(!t.breaks.is_empty());
    let longest = t.breaks.iter().map(|b| b.empty_bins).max().unwrap();
    assert!(longest > 900, "the 2011–2014 silence: {longest} days");
    assert!(t.bin_at(day(2012, 6, 1)).is_none());
    let last = t.segments.last().unwrap().bins.last().unwrap();
    assert_eq!(last.start, day(2014, 3, 17));
}

#[test]
fn seed_002_timeline_counts_the_late_pingbacks() {
    let archive = seed("002_0ad0d366ed8f33a8");
    let t = Timeline::of(&archive, &Authors::of(&archive));
    let counted: usize = t.bins().map(|b| b.counts.total()).sum();
    assert_eq!(counted, 12);
    let late = t.bin_at(day(2010, 9, 16)).unwrap();
    assert_eq!(late.counts.pingback, 2);
}

#[test]
fn seeds_reply_latency_comes_from_their_reply_links() {
    // Figures as `palabre --summary` prints them for the seeds.
    let archive = seed("000_0a401290472b4421");
    let authors = Authors::of(&archive);
    let l = timeline::latency(&archive, &authors);
    // 36 answered: #128 gained its copy #129 (6 min later).
    assert_eq!((l.first_reply, l.answered_entries), (Some(3222), 36));
    assert_eq!((l.post_author, l.post_author_answers), (Some(3222), 14));
    assert!(!authors.pairs.is_empty());

    // Seed 002 dates its comments by day only: replies the same day are instant.
    let archive = seed("002_0ad0d366ed8f33a8");
    let authors = Authors::of(&archive);
    let l = timeline::latency(&archive, &authors);
    assert_eq!((l.first_reply, l.answered_entries), (Some(0), 6));
    assert_eq!((l.post_author, l.post_author_answers), (Some(0), 4));

    // Without its reply links, a seed has no latency to tell.
    let mut unlinked = seed("000_0a401290472b4421");
    for e in &mut unlinked.entries {
        e.links.clear();
    }
    let authors = Authors::of(&unlinked);
    let l = timeline::latency(&unlinked, &authors);
    assert_eq!((l.first_reply, l.post_author), (None, None));
    assert_eq!((l.answered_entries, l.post_author_answers), (0, 0));
    assert!(authors.pairs.is_empty());
}

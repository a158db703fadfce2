//! Reply links on the seeds, as a reader finds them: written from reading every `@`,
//! quote and `RT` in the dumps, not from the code's output.

use palabre::model::{Archive, Cue};
use std::collections::BTreeSet;

fn seed(name: &str) -> Archive {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    palabre::read_dump(&std::fs::read_to_string(path).unwrap())
}

fn links(a: &Archive) -> BTreeSet<(usize, usize, Cue)> {
    a.entries
        .iter()
        .flat_map(|e| e.links.iter().map(move |l| (e.id, l.to, l.cue)))
        .collect()
}

fn assert_links(a: &Archive, expected: &[(usize, usize, Cue)]) {
    let expected: BTreeSet<_> = expected.iter().copied().collect();
    let actual = links(a);
    let missing: Vec<_> = expected.difference(&actual).collect();
    let extra: Vec<_> = actual.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}\nextra {extra:?}"
    );
}

#[test]
fn blog_seed_000_links() {
    use Cue::*;
    let a = seed("000_0a401290472b4421.txt");
    assert_links(
        &a,
        &[
            (4, 2, Mention),       // @Nathalie
            (4, 3, Mention),       // @Laurent: the latest laurent before
            (5, 4, AnswersBack),   // laurent, addressed, comes back half an hour later
            (11, 8, Mention),      // @Lucile = Lucile Reynard
            (11, 9, Mention),      // @saM
            (11, 10, Mention),     // @lily
            (12, 11, AnswersBack), // Lily answers five minutes later
            (13, 2, Quote),        // Iza quotes Nathalie's sentence
            (16, 8, Mention),      // @Lucile
            (17, 15, Mention),     // @Olivier
            (19, 13, Name),        // "celle qu'évoque Iza"
            (27, 23, Mention),     // @Cathy
            (27, 25, Mention),     // @grnkss, whose header is "@ grnkss @"
            (29, 28, Mention),     // @rya63
            (36, 33, Mention),     // @narvic is arvic (one letter off)
            (36, 34, Mention),     // @CyrilHijar, undated header
            (38, 33, Quote),       // 000 quotes arvic
            (42, 40, Quote),       // 000 quotes Henri A
            (44, 41, Mention),     // @Sandrine
            (44, 43, Mention),     // @jeanloup is Jeanloub
            (49, 48, Name),        // "Lumineux Stéphanie"
            (50, 48, Quote),       // Iza quotes Stephanie Booth
            (51, 41, Name),        // "d'accord avec Sandrine"
            (52, 36, AnswersBack), // arvic, addressed as @narvic, comes back
            (53, 51, Mention),     // @Bof
            (53, 52, Mention),     // @Narvic: the latest arvic
            (56, 48, Mention),     // @stephtara is in Stephanie Booth's header
            (57, 56, Echo),        // RT @damiendouani
            (60, 59, Echo),        // RT @rcarcan is Robin Carcan
            (61, 59, Echo),
            (64, 14, Mention), // @Bao_
            (73, 72, Echo),    // RT @mariegaraud
            (75, 72, Echo),
            (76, 68, Echo), // RT @Faiste: the handle fits no one, the text is Steve Faisant's
            (81, 80, Echo), // RT @SoAnn
            (82, 80, Echo), // "RT: @SoAnn:"
            (88, 87, Echo), // RT @community_mngr
            (89, 55, Mention), // @lamachineaecrire is LA MACHINE A ECRIRE
            (90, 88, Echo), // RT of a text first seen from Oriane
            (92, 90, Echo), // RT @psst_: the handle of PSST INNOVATION 2.0
            (93, 92, Echo), // RT @blomig is Lomig Unger
            (94, 92, Echo),
            (99, 98, Echo),     // RT @renaud_elghozi, written renaud\_elghozi
            (103, 78, Echo),    // RT @florencegirod
            (111, 26, Mention), // @MaxHock is Maxime Hock
            (112, 71, Echo),    // RT @clemelly: the text is Mélanie Berthe's
            (117, 116, Echo),   // RT @DavidAbiker
            (118, 116, Echo),
            (119, 116, Echo),
            (120, 116, Echo),
            (121, 116, Echo),
            (128, 127, Echo), // RT @Badr: the latest Badr Bouanani with that text
            // `Oh oui insulte-moi. RT @Badr: …` is Eowenn's whole tweet (128), comment
            // included, copied: it echoes her, not Badr.
            (129, 128, Echo),
        ],
    );
    // Retweets of the post author's own tweet (RT @crouzet) belong under the post.
    for id in [69, 70, 78, 79, 85, 91, 100, 104, 106, 108, 122, 124, 130] {
        assert!(
            a.entries[id].links.is_empty(),
            "#{id} should answer the post"
        );
    }
}

#[test]
fn wordpress_seed_002_links() {
    use Cue::*;
    let a = seed("002_0ad0d366ed8f33a8.txt");
    assert_links(
        &a,
        &[
            (2, 1, SameAuthor), // "dsl manque un mot": jcfrog corrects himself
            (3, 0, Mention),    // @nblas
            (3, 2, Mention),    // @jcfrog: his latest entry
            (6, 5, Mention),    // @desirade
            (7, 6, SameAuthor), // Carole_F goes on
            (9, 8, Mention),    // @jadlat
        ],
    );
}

#[test]
fn parents_are_earlier_and_links_are_sure_to_a_degree() {
    for name in [
        "000_0a401290472b4421.txt",
        "002_0ad0d366ed8f33a8.txt",
        "example_at_stamp.txt",
    ] {
        for e in seed(name).entries {
            assert!(e.parents().all(|p| p < e.id), "{name} #{}", e.id);
            assert!(e.links.iter().all(|l| (0.0..=1.0).contains(&l.confidence)));
        }
    }
}

fn dump(comments: &[(&str, &str)]) -> Archive {
    let mut text =
        String::from("Title\nTitle\n\nThe post says something long enough to quote here.\n\n");
    for (i, (author, body)) in comments.iter().enumerate() {
        text += &format!("{author} @ 2020-01-01 10:{i:02}:00\n\n{body}\n\n");
    }
    palabre::read_dump(&text)
}

#[test]
fn near_misses_do_not_link() {
    let a = dump(&[
        ("Alice Martin", "First comment."),
        ("Bob", "@Zoe I think you are wrong."), // nobody called Zoe
        ("Carol", "Write to alice@example.com for details."), // an e-mail address
        (
            "Dan",
            "As someone said \"this sentence appears nowhere at all\".",
        ), // quote found nowhere
        (
            "Eve",
            "\"The post says something long enough to quote\" indeed.",
        ), // quotes the post
        ("Frank", "Bof, je ne sais pas."),      // a capitalised word opening a sentence
    ]);
    for e in &a.entries {
        assert!(e.links.is_empty(), "#{} {}: {:?}", e.id, e.author, e.links);
    }
}

#[test]
fn each_cue_on_its_own() {
    let a = dump(&[
        (
            "Alice Martin",
            "Gardens should be left to grow wild every single summer.",
        ),
        ("Bob", "@alice agreed."),   // mention
        ("Alice Martin", "Thanks!"), // answers back
        (
            "Carol",
            "\"Gardens should be left to grow wild\" is my motto too.",
        ), // quote
        ("Carol", "sorry, typo above"), // same author
        ("Dan", "Je suis d'accord avec Bob sur ce point."), // first name
        ("Eve", "RT @bob: @alice agreed."), // retweet
    ]);
    let cues: Vec<Vec<(usize, Cue)>> = a
        .entries
        .iter()
        .map(|e| e.links.iter().map(|l| (l.to, l.cue)).collect())
        .collect();
    assert_eq!(
        cues,
        vec![
            vec![],
            vec![(0, Cue::Mention)],
            vec![(1, Cue::AnswersBack)],
            vec![(0, Cue::Quote)],
            vec![(3, Cue::SameAuthor)],
            vec![(1, Cue::Name)],
            vec![(1, Cue::Echo)],
        ]
    );
}

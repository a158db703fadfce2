//! Invariants of the core on any input: parsing and threading never panic, spans stay
//! inside the text and point at their entry, ids are positions, parents come earlier.
#![cfg(not(target_arch = "wasm32"))]

use palabre::model::{Archive, Stamp};
use palabre::parse::ParseOptions;
use proptest::prelude::*;

fn check(text: &str) {
    let archive = palabre::read_dump(text);
    check_archive(text, &archive);
    // With a reference date, relative dates are counted back: that arithmetic too.
    let options = ParseOptions {
        anchor: Stamp::new(2026, 1, 1, 0, 0, 0),
    };
    let anchored = palabre::read_dump_with(text, &options);
    check_archive(text, &anchored);
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
        assert!(e.parents().all(|p| p < e.id), "#{i} answers a later entry");
        assert!(e.links.iter().all(|l| (0.0..=1.0).contains(&l.confidence)));
    }
    // The JSON round-trips.
    let back: Archive = serde_json::from_str(&a.to_json(false)).unwrap();
    assert_eq!(back.entries.len(), a.entries.len());
    // Problems come back as their sentences.
    let said = |a: &Archive| a.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert_eq!(said(&back), said(a));
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
        // Blogs: WordPress (French, pingbacks, buttons), Blogger, Dotclear.
        "[A-Za-zé ]{1,20} (a )?dit ?:",
        "[0-9]{1,2} (septembre|mars|März|enero|maio) 20[0-9]{2}( à [0-9]{1,2} h [0-9]{2} min)?",
        "(Pingback|Trackback|Ping) ?: [A-Za-z »]{0,20}",
        "(Reply|Répondre|Delete|reply|Leave a Reply|[0-9]{1,2} (comments|Responses to x|commentaires):?)",
        "[A-Za-z ]{1,20} said(\\.\\.\\.|…)",
        "(September|Sep) [0-9]{1,2}, 20[0-9]{2} at [0-9]{1,2}:[0-9]{2} (AM|PM)",
        "([0-9]{1,2}\\. )?Le (jeudi )?[0-9]{1,2} septembre 20[0-9]{2}, [0-9]{2}:[0-9]{2} par [A-Za-z ]{1,15}",
        "(From|De) [A-Za-z .]{1,15} - [0-3][0-9]/[01][0-9]/20[0-9]{2}, [0-9]{2}:[0-9]{2}",
        // Disqus and Hacker News, with relative dates.
        "(Avatar|[0-9]{0,2} ?△ ▽ • Reply • Share ›|Load more comments)",
        "[A-Za-z ]{1,20}( Mod)?( [A-Za-z]{1,10})? (• )?([0-9]{1,6}|a|an) (years|hours|day|months|weeks) ago( • edited)?",
        "(il y a|hace|vor) ([0-9]{1,3}|un|une|einem) (jours|días|Tagen|an|heure|Jahr)",
        "[a-z_]{1,10} ([0-9]{1,2} hours ago|on Sep [0-9]{1,2}, 20[0-9]{2})( \\| (root|parent|prev|next)){0,4} \\[(–|\\+|[0-9] more)\\]",
        "[0-9]{1,4} points by [a-z]{1,8} [0-9]{1,2} hours ago \\| hide \\| [0-9]{1,3} comments",
        // Chats: WhatsApp (Android, iOS), Telegram.
        "\u{200e}?\\[[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}, [0-9]{1,2}:[0-9]{2}:[0-9]{2}[ \u{202f}\u{a0}](AM|PM)\\] [A-Za-z ]{1,12}: \u{200e}?[a-z ]{0,20}",
        "[0-3][0-9]/[01][0-9]/(20)?[0-9]{2},? [0-2][0-9]:[0-5][0-9] - [A-Za-z ]{1,12}(: )?[a-z :]{0,20}",
        "[A-Za-z ]{1,12}, \\[[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2} [0-9]{1,2}:[0-9]{2}( PM)?\\]",
        "\\[(In reply to|Forwarded from) [A-Za-z ]{0,12}\\]",
        // IRC: irssi, WeeChat, Limnoria.
        "[0-2][0-9]:[0-5][0-9](:[0-5][0-9])? (<[@+ ]?[a-z]{0,8}>| \\* [a-z]{1,8}|-!- [a-z]{1,8} has joined|-[a-z]{1,8}\\(x\\)-) [a-z ]{0,20}",
        "--- (Log opened|Day changed|Log closed) (Thu|Fri) Sep [0-9]{1,2}( [0-9]{2}:[0-9]{2}:[0-9]{2})? 20[0-9]{2}",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]\t(-->|<--|--|@?[a-z]{0,8}| \\*)\t[a-z ]{0,20}",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9] {1,2}(<[a-z]{0,8}>|\\*|\\*\\*\\*|-[a-z]{1,5}-) [a-z ]{0,20}",
        // A layout only the guess reads.
        "(Posted by )?[A-Za-z ]{1,15} (\\||-|,) [0-3][0-9]/[01][0-9]/20[0-9]{2}( [0-2][0-9]:[0-5][0-9])?",
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
        "Avatar\nAnn • 99999 years ago\nx\nReply\nAvatar\nBob Ann • 100000 years ago\n",
        "Avatar\nAnn Mod Ann • a year ago\n\nAvatar\nAnn Mod • just now\n",
        "x 1 hour ago | parent | prev [–]\ny 1 hour ago | parent | prev [–]\n",
        "[1/1/00, 12:00 AM] a: b\n[31/2/99, 9:00 PM] a: c\n",
        "a, [31.02.10 12:00]\n[In reply to a]\n\na, [01.01.10 00:00]\n[In reply to ]\n",
        "--- Day changed Fri Sep 99 2010\n23:59 <a> x\n--- Log opened\n00:00 <b> y\n",
        "9999-12-31 23:59:59\ta\tb\n0000-00-00 00:00:00\tc\td\n",
        "a | 1 year ago\nb | 2 years ago\nc | 3 years ago\n",
        "Pingback:\nPingback: x\n\u{a0}dit :\nSep 1, 2010\n",
    ] {
        check(text);
    }
    let long_line = "word ".repeat(2_000_000);
    check(&long_line);
}

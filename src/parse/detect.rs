//! Picks the format of a dump by scoring its opening against every registered format.

use super::formats::{Format, REGISTRY};
use super::lines::Line;

/// How much of the dump is looked at: enough to get past a long post to the first
/// comments, little enough that detection costs nothing on a huge log.
const HEAD_BYTES: usize = 256 * 1024;

/// The format whose header pattern the opening of the text matches most often, or `None`
/// when no format finds enough headers there (its [`Format::min_score`]).
pub fn detect(lines: &[Line]) -> Option<&'static dyn Format> {
    let head = head(lines);
    // The guess scores half a header per line at most, and reading every line as a
    // possible header is the costliest score of all: once a known format has that many,
    // the guess cannot win (a tie goes to the format registered first) and is skipped.
    let ceiling = head.iter().filter(|l| !l.is_blank()).count() / 2;
    let mut best: Option<(&'static dyn Format, usize)> = None;
    for &format in REGISTRY {
        let hopeless = format.name() == "guessed" && best.is_some_and(|(_, s)| s >= ceiling);
        if hopeless {
            continue;
        }
        let score = format.score(head);
        let enough = score >= format.min_score().max(1);
        if enough && best.is_none_or(|(_, b)| score > b) {
            best = Some((format, score));
        }
    }
    best.map(|(format, _)| format)
}

pub fn head<'l, 'a>(lines: &'l [Line<'a>]) -> &'l [Line<'a>] {
    &lines[..lines.partition_point(|l| l.start < HEAD_BYTES)]
}

/// Every registered format with its score on `head`, in registry order.
pub fn scores(head: &[Line]) -> Vec<(&'static dyn Format, usize)> {
    REGISTRY.iter().map(|&f| (f, f.score(head))).collect()
}

#[cfg(test)]
mod tests {
    use super::detect;
    use crate::parse::lines::split;

    fn detected(text: &str) -> &'static str {
        detect(&split(text)).map_or("plain", |f| f.name())
    }

    #[test]
    fn one_quoted_chat_line_does_not_make_a_chat() {
        for text in [
            "An essay.\n\nIt was a long week.\n\n[12:05] <bob> the build is broken again\n\nSo it goes.\n",
            "A note.\n\nAnn, [16.09.10 12:05]\nwas what the screen showed.\n",
            "Minutes.\n\n06/03/2017, 00:45 - Ana: we meet at noon\n\nShe was late.\n",
            "Two quotes in prose:\n\n[12:05] <bob> broken\nhe wrote, and then\n[12:06] <ann> again\n\
             she answered, and the rest of the afternoon went on\nwithout a word\nfrom anyone.\n",
        ] {
            assert_eq!(detected(text), "plain", "{text:?}");
        }
        assert_eq!(detected("[12:05] <bob> hi\n[12:06] <ann> yo\n"), "irc");
        assert_eq!(
            detected("Ann, [16.09.10 12:05]\nhi\n\nBob, [16.09.10 12:06]\nyo\n"),
            "telegram"
        );
    }
}

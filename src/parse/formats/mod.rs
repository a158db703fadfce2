//! The registry of dump formats. Each format recognises its own entry headers; the shared
//! assembly of posts and entries lives in `parse::blog`. To add a format, write a file
//! here and list it in [`REGISTRY`].

use super::blog::{join, trim_blank};
use super::lines::Line;
use super::ParseOptions;
use crate::model::{Archive, Post, Problem};

pub mod at_stamp;
pub mod blogger;
pub mod disqus;
pub mod dotclear;
pub mod guessed;
pub mod hackernews;
pub mod irc;
pub mod telegram;
pub mod whatsapp;
pub mod wordpress;

pub trait Format: Sync {
    /// Stable name, written into `Archive::format`.
    fn name(&self) -> &'static str;
    /// How many of this format's entry headers `head` (the opening lines) contains;
    /// 0 when it sees none. Scores of different formats are compared directly.
    fn score(&self, head: &[Line]) -> usize;
    /// The lowest score that makes a text this format's. A chat header is one short line,
    /// easily quoted in an essay or a note, so one of them proves nothing: chat formats
    /// ask for two. A blog header (`says:` over a date, `Name @ stamp`) is rarely quoted.
    fn min_score(&self) -> usize {
        1
    }
    fn parse(&self, text: &str, lines: &[Line], options: &ParseOptions) -> Archive;
}

/// Every format detection considers; on equal scores the earlier one wins.
pub static REGISTRY: &[&dyn Format] = &[
    &at_stamp::AtStamp,
    &wordpress::WordPress,
    &blogger::Blogger,
    &dotclear::Dotclear,
    &disqus::Disqus,
    &hackernews::HackerNews,
    &whatsapp::WhatsApp,
    &telegram::Telegram,
    &irc::Irc,
    // Last: a guess, weighed at half a known header.
    &guessed::Guessed,
];

/// What is shown when no format recognises the text: all of it as the post's body.
pub fn plain(lines: &[Line]) -> Archive {
    let body = lines
        .iter()
        .any(|l| !l.is_blank())
        .then(|| join(trim_blank(lines)));
    let problems = vec![if body.is_some() {
        Problem::Unrecognised
    } else {
        Problem::Empty
    }];
    Archive {
        format: "plain".into(),
        post: Post {
            body,
            ..Post::default()
        },
        problems,
        ..Archive::default()
    }
}

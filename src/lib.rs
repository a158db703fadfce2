//! palabre: rebuilds a readable discussion from a plain-text dump.
//!
//! Architecture Invariant: the core (`model`, `parse`, `thread`, `authors`, `timeline`,
//! `search`, `csv`, `summary`, `linkify`, `decode`, `text`, `share`, `views`, `wire`, `synth`) never imports
//! yew, web-sys, gloo or wasm-bindgen, does no IO and never panics on any input: it is tested natively and
//! fuzzed. Only `app` touches the browser.

pub mod authors;
pub mod csv;
pub mod decode;
pub mod linkify;
pub mod model;
pub mod parse;
pub mod search;
pub mod share;
pub mod summary;
pub mod synth;
pub mod text;
pub mod thread;
pub mod timeline;
pub mod views;
pub mod wire;

pub mod app;

/// A demo dump written for palabre (not taken from the seeds), in the `Name @ date` format,
/// with every oddity the real dumps have: an undated header, `@name` replies, a retweet
/// echo, a quoted sentence, site chrome at both ends.
pub const EXAMPLE: &str = include_str!("example.txt");

/// Parses a dump and infers its reply threads: what the app shows and the CLI prints.
pub fn read_dump(text: &str) -> model::Archive {
    read_dump_with(text, &parse::ParseOptions::default())
}

/// [`read_dump`] with options, such as the reference date relative dates count back from.
pub fn read_dump_with(text: &str, options: &parse::ParseOptions) -> model::Archive {
    let mut archive = parse::parse_with(text, options);
    thread::link(&mut archive);
    archive
}

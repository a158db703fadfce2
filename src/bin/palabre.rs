//! palabre's command line: the same core as the app, dump in, JSON out.
//!
//!     palabre [--pretty | --summary] FILE     (FILE may be `-` for standard input)
//!
//! Exit codes: 0 parsed (problems, if any, are in the JSON), 1 bad usage, 2 unreadable input.

use palabre::authors::Authors;
use palabre::decode::decode;
use palabre::model::Archive;
use palabre::summary::{short_date, Summary};
use palabre::timeline::{busiest_day, latency, Timeline};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: palabre [--pretty | --summary] FILE   (FILE may be - for standard input)";

enum Output {
    Json { pretty: bool },
    Summary,
}

fn main() -> ExitCode {
    let mut output = Output::Json { pretty: false };
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--pretty" => output = Output::Json { pretty: true },
            "--summary" => output = Output::Summary,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with("--") => return fail(1, &format!("unknown option {a}\n{USAGE}")),
            _ if path.is_some() => return fail(1, USAGE),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        return fail(1, USAGE);
    };
    let bytes = match read(&path) {
        Ok(b) => b,
        Err(e) => return fail(2, &format!("{path}: cannot read: {e}")),
    };
    let Some((text, how)) = decode(&bytes) else {
        let why = palabre::decode::sniff(&bytes)
            .notice()
            .unwrap_or("not text");
        return fail(2, &format!("{path}: {why}"));
    };
    if let Some(notice) = how.notice() {
        eprintln!("palabre: {path}: {notice}");
    }
    let archive = palabre::read_dump(&text);
    let printed = match output {
        Output::Json { pretty } => archive.to_json(pretty),
        Output::Summary => summary(&archive),
    };
    // A closed pipe (`palabre f | head`) is not an error worth a message.
    let _ = writeln!(std::io::stdout().lock(), "{printed}");
    ExitCode::SUCCESS
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

fn summary(archive: &Archive) -> String {
    let s = Summary::of(archive);
    let authors = Authors::of(archive);
    let mut lines = vec![format!("format: {}", archive.format), s.to_string()];
    if let Some(p) = &authors.post_author {
        let who = &authors.identities[p.identity];
        lines.push(format!(
            "post author: {} ({} entries; {})",
            who.name,
            who.count(),
            p.evidence
        ));
    }
    lines.push(format!("people: {}", authors.identities.len()));
    let links: usize = archive.entries.iter().map(|e| e.links.len()).sum();
    let replies = archive
        .entries
        .iter()
        .filter(|e| !e.parents.is_empty())
        .count();
    lines.push(format!(
        "reply links: {links} ({replies} entries answer an earlier one)"
    ));
    if let Some(day) = busiest_day(archive) {
        lines.push(format!(
            "busiest day: {} ({} entries)",
            short_date(day.day),
            day.entries
        ));
    }
    let t = Timeline::of(archive, &authors);
    lines.push(format!(
        "timeline: {} bars of one {:?}, {} folded silences",
        t.bars,
        t.unit,
        t.breaks.len()
    ));
    let l = latency(archive, &authors);
    if let Some(first) = l.first_reply {
        lines.push(format!(
            "median first reply: {first} s over {} entries",
            l.answered_entries
        ));
    }
    if let Some(host) = l.post_author {
        lines.push(format!(
            "post author's median answer: {host} s over {} answers",
            l.post_author_answers
        ));
    }
    let describe = |e: &palabre::model::Entry| {
        let when = e.time.map_or("undated".to_string(), |t| t.to_string());
        format!("{} ({when})", e.author)
    };
    if let (Some(first), Some(last)) = (archive.entries.first(), archive.entries.last()) {
        lines.push(format!("first: {}", describe(first)));
        lines.push(format!("last: {}", describe(last)));
    }
    lines.extend(archive.problems.iter().map(|p| format!("problem: {p}")));
    lines.join("\n")
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("palabre: {message}");
    ExitCode::from(code)
}

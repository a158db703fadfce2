//! palabre's command line: the same core as the app, dump in, JSON out.
//!
//!     palabre [--pretty | --summary | --csv] [--now DATE] [--encoding LABEL] FILE
//!
//! FILE may be `-` for standard input. `--now YYYY-MM-DD[THH:MM:SS]` is the moment the
//! page was copied, which relative dates ("7 years ago") count back from; by default, the
//! file's modification time (the current time for standard input), in UTC. `--encoding`
//! overrides the guessed encoding (`utf-8`, `windows-1252`, `iso-8859-1`, `utf-16le`,
//! `utf-16be`).
//!
//! Exit codes: 0 parsed (problems, if any, are in the JSON), 1 bad usage, 2 unreadable input.

use palabre::authors::Authors;
use palabre::decode::{decode, decode_as, sniff, Encoding};
use palabre::model::{Archive, Problem, Stamp};
use palabre::parse::ParseOptions;
use palabre::summary::{short_date, Summary};
use palabre::timeline::{busiest_day, latency, Timeline};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str = "usage: palabre [--pretty | --summary | --csv] [--now YYYY-MM-DD[THH:MM:SS]] \
                     [--encoding LABEL] FILE   (FILE may be - for standard input)";

enum Output {
    Json {
        pretty: bool,
    },
    Summary,
    /// One row per entry, as the app's CSV export.
    Csv,
}

fn main() -> ExitCode {
    let mut output = Output::Json { pretty: false };
    let mut path = None;
    let mut now: Option<Stamp> = None;
    let mut encoding: Option<Encoding> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        // `--now X` and `--now=X` alike.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(what.to_string())
        };
        match name.as_str() {
            "--pretty" => output = Output::Json { pretty: true },
            "--summary" => output = Output::Summary,
            "--csv" => output = Output::Csv,
            "--now" => match value("--now needs a date").map(|v| anchor(&v)) {
                Ok(Some(stamp)) => now = Some(stamp),
                Ok(None) => return fail(1, "--now takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"),
                Err(e) => return fail(1, &e),
            },
            "--encoding" => {
                match value("--encoding needs a label").map(|v| Encoding::from_label(&v)) {
                    Ok(Some(e)) => encoding = Some(e),
                    Ok(None) => {
                        let known: Vec<&str> = Encoding::ALL.iter().map(|e| e.label()).collect();
                        return fail(1, &format!("unknown encoding; known: {}", known.join(", ")));
                    }
                    Err(e) => return fail(1, &e),
                }
            }
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
    let (text, notice) = match encoding {
        // The user's choice is followed even for a file that looks binary.
        Some(e) if !bytes.is_empty() => (decode_as(&bytes, e), None),
        _ => {
            let Some((text, how)) = decode(&bytes) else {
                let why = sniff(&bytes).notice().unwrap_or("not text");
                return fail(2, &format!("{path}: {why}"));
            };
            (text, how.message())
        }
    };
    let options = ParseOptions {
        anchor: now.or_else(|| modified(&path)),
    };
    let mut archive = palabre::read_dump_with(&text, &options);
    // How the bytes were read is the first thing to know about the result: on stderr for
    // whoever runs the command, in `problems` for whoever reads the JSON later.
    if let Some(notice) = notice {
        eprintln!("palabre: {path}: {notice}");
        archive.problems.insert(0, Problem::Text(notice));
    }
    let printed = match output {
        Output::Json { pretty } => archive.to_json(pretty),
        Output::Summary => summary(&archive),
        Output::Csv => palabre::csv::to_csv(&archive),
    };
    // A closed pipe (`palabre f | head`) is not an error worth a message.
    let _ = writeln!(std::io::stdout().lock(), "{printed}");
    ExitCode::SUCCESS
}

/// `2026-01-01` or `2026-01-01T12:00:00`.
fn anchor(text: &str) -> Option<Stamp> {
    match text.len() {
        10 => Stamp::parse_iso(&format!("{text}T00:00:00")),
        _ => Stamp::parse_iso(text),
    }
}

/// When the file was last written (now, for standard input), in UTC: the best guess of
/// when the page was copied.
fn modified(path: &str) -> Option<Stamp> {
    let when = match path {
        "-" => SystemTime::now(),
        _ => std::fs::metadata(path).ok()?.modified().ok()?,
    };
    let seconds = when.duration_since(UNIX_EPOCH).ok()?.as_secs();
    Stamp::from_seconds(i64::try_from(seconds).ok()?)
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
        .filter(|e| !e.links.is_empty())
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

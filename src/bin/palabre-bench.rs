//! Figures, not tests: how fast the core parses and threads. Run with `--release`.
//!
//!     palabre-bench [--sizes 1,10,100] [--formats at_stamp,wordpress,irc,whatsapp]
//!     palabre-bench --messages 1000000      one IRC log of that many lines
//!     palabre-bench --parse-only FILE       prints parse_ms=… (e2e/bench.mjs reads it)
//!
//! For each synthetic dump (`palabre::synth`, sizes in MB): parse and reply-inference
//! throughput in MB/s and entries/s, then the time to build what the page shows beside
//! the entries (reply tree, authors, timeline, latency, summary: `views::Views::of`, done
//! by the worker for a large file), the best of three runs below 50 MB, one above.

use palabre::synth::{generate, irc_lines, FORMATS};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    if let Some(path) = value("--parse-only") {
        return parse_only(path);
    }
    if let Some(n) = value("--messages") {
        let Ok(lines) = n.parse::<usize>() else {
            eprintln!("--messages takes a number of lines");
            return ExitCode::from(1);
        };
        let dump = irc_lines(lines);
        println!(
            "synthetic IRC log: {lines} lines, {:.1} MB",
            dump.text.len() as f64 / 1e6
        );
        header();
        measure("irc", &dump.text, 1);
        return ExitCode::SUCCESS;
    }
    let sizes: Vec<f64> = value("--sizes")
        .unwrap_or("1,10,100")
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let formats: Vec<&str> = value("--formats")
        .map(|f| f.split(',').collect())
        .unwrap_or_else(|| FORMATS.to_vec());
    header();
    for format in formats {
        for &mb in &sizes {
            let Some(dump) = generate(format, (mb * 1e6) as usize) else {
                eprintln!("unknown format {format} (known: {})", FORMATS.join(", "));
                return ExitCode::from(1);
            };
            measure(format, &dump.text, if mb < 50.0 { 3 } else { 1 });
        }
    }
    ExitCode::SUCCESS
}

fn header() {
    println!(
        "{:<10} {:>8} {:>9} | {:>9} {:>10} {:>12} | {:>9} {:>10} {:>12} | {:>9} | {:>7}",
        "format",
        "MB",
        "entries",
        "parse s",
        "MB/s",
        "entries/s",
        "thread s",
        "MB/s",
        "entries/s",
        "total MB/s",
        "views s"
    );
}

/// What is shown beside the entries of a finished archive (`views::Views::of`), each part
/// timed: which of them dominates decides what is worth moving off the page's thread.
fn views(archive: &palabre::model::Archive) -> [(&'static str, f64); 5] {
    fn timed<T>(make: impl FnOnce() -> T) -> (T, f64) {
        let started = Instant::now();
        let made = std::hint::black_box(make());
        (made, started.elapsed().as_secs_f64())
    }
    let (_, tree) = timed(|| palabre::thread::tree::Tree::build(&archive.entries));
    let (authors, by_author) = timed(|| palabre::authors::Authors::of(archive));
    let (_, timeline) = timed(|| palabre::timeline::Timeline::of(archive, &authors));
    let (_, latency) = timed(|| palabre::timeline::latency(archive, &authors));
    let (_, summary) = timed(|| palabre::summary::Summary::of(archive));
    [
        ("tree", tree),
        ("authors", by_author),
        ("timeline", timeline),
        ("latency", latency),
        ("summary", summary),
    ]
}

/// Parses and threads `text` `runs` times and prints the best times.
fn measure(format: &str, text: &str, runs: usize) {
    let (mut parse, mut thread, mut shown) = (f64::MAX, f64::MAX, f64::MAX);
    let mut parts = Vec::new();
    let mut entries = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let mut archive = palabre::parse::parse(text);
        parse = parse.min(started.elapsed().as_secs_f64());
        let started = Instant::now();
        palabre::thread::link(&mut archive);
        thread = thread.min(started.elapsed().as_secs_f64());
        let timed = views(&archive);
        let total: f64 = timed.iter().map(|(_, s)| s).sum();
        if total < shown {
            shown = total;
            parts = timed.to_vec();
        }
        entries = archive.entries.len();
        if archive.format != format {
            eprintln!("warning: {format} dump detected as {}", archive.format);
        }
    }
    let mb = text.len() as f64 / 1e6;
    let n = entries as f64;
    println!(
        "{format:<10} {mb:>8.1} {entries:>9} | {parse:>9.3} {:>10.1} {:>12.0} | {thread:>9.3} {:>10.1} {:>12.0} | {:>9.1} | {shown:>7.3}",
        mb / parse,
        n / parse,
        mb / thread,
        n / thread,
        mb / (parse + thread)
    );
    let parts: Vec<String> = parts
        .iter()
        .map(|(name, s)| format!("{name} {s:.3}"))
        .collect();
    println!("{:>30} views s: {}", "", parts.join(", "));
}

fn parse_only(path: &str) -> ExitCode {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut best = f64::MAX;
    let mut entries = 0;
    for _ in 0..3 {
        let started = Instant::now();
        entries = palabre::parse::parse(&text).entries.len();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!("parse_ms={:.1} entries={entries}", best * 1e3);
    ExitCode::SUCCESS
}

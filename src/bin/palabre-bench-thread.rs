//! `palabre-bench-thread [MESSAGES]`: times parsing and reply inference on a synthetic
//! IRC log (1,000,000 lines by default) and prints the figures. A measurement, not a
//! test: run it with `--release`.
//!
//! The log imitates a busy support channel: a few hundred nicks, a third of the lines
//! addressed to someone who spoke recently (`nick: …`), actions, empty messages, joins,
//! quits and nick changes, the clock moving a minute every few lines.

use std::fmt::Write as _;
use std::time::Instant;

const NICKS: usize = 300;
const WORDS: &[&str] = &[
    "sudo",
    "apt-get",
    "install",
    "kernel",
    "grub",
    "xorg",
    "driver",
    "wifi",
    "mount",
    "partition",
    "the",
    "it",
    "does",
    "not",
    "work",
    "try",
    "reboot",
    "thanks",
    "what",
    "version",
    "ubuntu",
    "how",
    "do",
    "i",
    "fix",
    "error",
    "package",
    "you",
    "can",
    "with",
];

/// A small deterministic generator (xorshift64*), so every run times the same log.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn synthetic_log(lines: usize) -> (String, usize) {
    let nicks: Vec<String> = (0..NICKS)
        .map(|i| format!("{}{}", ["tux", "ana", "Bob_", "kde", "zed|away"][i % 5], i))
        .collect();
    let mut rng = Rng(0x5EED);
    let mut text = String::with_capacity(lines * 70);
    let mut recent: Vec<usize> = Vec::new();
    let mut messages = 0;
    let mut minute = 0usize;
    for _ in 0..lines {
        if rng.below(6) == 0 {
            minute += 1;
        }
        let stamp = format!("[{:02}:{:02}]", minute / 60 % 24, minute % 60);
        // Speakers come back: most lines are by someone who spoke lately.
        let who = match recent.len() {
            0 => rng.below(NICKS),
            n if rng.below(4) > 0 => recent[n - 1 - rng.below(n.min(30))],
            _ => rng.below(NICKS),
        };
        let nick = &nicks[who];
        let roll = rng.below(100);
        if roll < 8 {
            let _ = match roll % 3 {
                0 => writeln!(
                    text,
                    "=== {nick} [~u@host-{who}.example]  has joined #ubuntu"
                ),
                1 => writeln!(text, "=== {nick} has quit (\"Ping timeout\")"),
                _ => writeln!(text, "=== {nick} is now known as {nick}_"),
            };
            continue;
        }
        messages += 1;
        let mut body = String::new();
        if roll < 40 && !recent.is_empty() {
            let to = recent[recent.len() - 1 - rng.below(recent.len().min(20))];
            let _ = write!(body, "{}: ", nicks[to]);
        }
        for _ in 0..1 + rng.below(12) {
            body.push_str(WORDS[rng.below(WORDS.len())]);
            body.push(' ');
        }
        if rng.below(5) == 0 {
            body.push('?');
        }
        let _ = match roll {
            40..=44 => writeln!(text, "{stamp}  * {nick} {}", body.trim_end()),
            45 => writeln!(text, "{stamp} <{nick}>"),
            _ => writeln!(text, "{stamp} <{nick}> {}", body.trim_end()),
        };
        recent.push(who);
        if recent.len() > 200 {
            recent.drain(..100);
        }
    }
    (text, messages)
}

fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let started = Instant::now();
    let (text, messages) = synthetic_log(lines);
    let mb = text.len() as f64 / 1e6;
    println!(
        "synthetic IRC log: {lines} lines, {messages} messages, {mb:.1} MB (generated in {:.2}s)",
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let mut archive = palabre::parse::parse(&text);
    let parse = started.elapsed().as_secs_f64();
    let started = Instant::now();
    palabre::thread::link(&mut archive);
    let thread = started.elapsed().as_secs_f64();

    let linked = archive
        .entries
        .iter()
        .filter(|e| !e.parents.is_empty())
        .count();
    println!(
        "format {}, {} entries, {linked} with a parent",
        archive.format,
        archive.entries.len()
    );
    for (what, secs) in [
        ("parse", parse),
        ("thread", thread),
        ("both", parse + thread),
    ] {
        println!(
            "{what:>6}: {secs:7.3} s  {:>12.0} lines/s  {:>8.1} MB/s",
            lines as f64 / secs,
            mb / secs
        );
    }
}

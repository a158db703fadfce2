//! Synthetic dumps for benchmarks: deterministic text in the layouts palabre reads, of
//! about a requested size, with the reply patterns of the real ones.
//!
//! Not used by the app; `palabre-gen` prints these dumps and `palabre-bench` times the
//! core on them. Pure and deterministic (a fixed-seed xorshift), so that every run times
//! the same bytes and a test can check that parsing gives back what was generated.
//!
//! - `at_stamp`: a post, then `Name @ YYYY-MM-DD HH:MM:SS` comments of one to five
//!   paragraphs; a quarter answer a recent commenter by `@name`, some quote an earlier
//!   sentence, some retweet the post, a few headers lost their date; bursts of comments
//!   separated by quiet weeks.
//! - `wordpress`: `N comments`, then `Name says:` / `Sep 1, 2009` / lines, `@name`
//!   replies, pingbacks at the end.
//! - `irc`: a busy support channel in the Ubuntu log layout: a few hundred nicks, a third
//!   of the lines addressed to someone who spoke recently (`nick: …`), actions, empty
//!   messages, joins, quits and nick changes, the clock moving a minute every few lines.
//! - `whatsapp`: an Android export: a handful of people, multi-line messages, system
//!   lines.

use std::fmt::Write as _;

/// The layouts [`generate`] writes.
pub const FORMATS: &[&str] = &["at_stamp", "wordpress", "irc", "whatsapp"];

/// A generated dump and what it holds, for checking a parse against.
#[derive(Debug, Clone)]
pub struct Dump {
    pub text: String,
    /// How many entries (comments, messages, system lines) were written.
    pub entries: usize,
    /// How many of them address an earlier entry's author by name.
    pub addressed: usize,
}

/// A dump in `format` of at least `bytes` bytes (it stops after the entry that crosses
/// the size), or `None` for an unknown format.
pub fn generate(format: &str, bytes: usize) -> Option<Dump> {
    let mut g = Gen {
        rng: Rng(0x5EED_CAFE),
        dump: Dump {
            text: String::with_capacity(bytes + 4096),
            entries: 0,
            addressed: 0,
        },
    };
    match format {
        "at_stamp" => g.at_stamp(bytes),
        "wordpress" => g.wordpress(bytes),
        "irc" => g.irc(bytes, usize::MAX),
        "whatsapp" => g.whatsapp(bytes),
        _ => return None,
    }
    Some(g.dump)
}

/// An IRC log of exactly `lines` lines (messages and system lines), whatever its size.
pub fn irc_lines(lines: usize) -> Dump {
    let mut g = Gen {
        rng: Rng(0x5EED),
        dump: Dump {
            text: String::with_capacity(lines * 60),
            entries: 0,
            addressed: 0,
        },
    };
    g.irc(usize::MAX, lines);
    g.dump
}

/// Reads `10MB`, `512KB`, `1GB` or a plain byte count (decimal units, as the benchmarks
/// print them).
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let upper = s.to_ascii_uppercase();
    let (digits, unit) = match upper.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => upper.split_at(i),
        None => (upper.as_str(), ""),
    };
    let value: f64 = digits.parse().ok()?;
    let unit = match unit.trim() {
        "" | "B" => 1.0,
        "KB" | "K" => 1e3,
        "MB" | "M" => 1e6,
        "GB" | "G" => 1e9,
        _ => return None,
    };
    let bytes = value * unit;
    (bytes.is_finite() && bytes >= 0.0).then_some(bytes as usize)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Lucile",
    "Arnaud",
    "Nathalie",
    "Laurent",
    "Stéphanie",
    "Greg",
    "Sandrine",
    "Marc",
    "Élodie",
    "Jean-Loup",
    "Hélène",
    "Karim",
    "Sophie",
    "Olivier",
    "Chloé",
    "Yann",
];
const LAST: &[&str] = &[
    "Reynard",
    "Goulevant",
    "Martin",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Hock",
    "",
    "",
    "",
];
const BLOG_WORDS: &[&str] = &[
    "communauté",
    "réseau",
    "entreprise",
    "lien",
    "marketing",
    "billet",
    "idée",
    "sens",
    "je",
    "pense",
    "que",
    "le",
    "la",
    "les",
    "un",
    "une",
    "est",
    "pas",
    "vraiment",
    "toujours",
    "mais",
    "aussi",
    "très",
    "bien",
    "pour",
    "avec",
    "dans",
    "sur",
    "on",
    "nous",
    "relation",
    "réciproque",
    "manager",
    "confiance",
    "question",
    "Internet",
    "blog",
];
const IRC_WORDS: &[&str] = &[
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
const CHAT_WORDS: &[&str] = &[
    "on", "se", "voit", "demain", "ok", "merci", "pour", "le", "lien", "je", "regarde", "ça", "ce",
    "soir", "tu", "as", "vu", "match", "oui", "non", "à", "quelle", "heure",
];
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

struct Gen {
    rng: Rng,
    dump: Dump,
}

impl Gen {
    fn words(&mut self, vocabulary: &[&str], n: usize) -> String {
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(self.rng.pick(vocabulary));
        }
        out
    }

    /// A sentence of French-looking words, capitalised and closed.
    fn sentence(&mut self) -> String {
        let n = 6 + self.rng.below(14);
        let mut s = self.words(BLOG_WORDS, n);
        if let Some(first) = s.get(..1) {
            let upper = first.to_uppercase();
            s.replace_range(..1, &upper);
        }
        s.push(if self.rng.chance(15) { '?' } else { '.' });
        s
    }

    fn paragraph(&mut self) -> String {
        let n = 1 + self.rng.below(4);
        (0..n)
            .map(|_| self.sentence())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn person(&mut self, i: usize) -> String {
        let first = FIRST.get(i % FIRST.len()).copied().unwrap_or("Anon");
        let last = LAST
            .get(i / FIRST.len() % LAST.len())
            .copied()
            .unwrap_or("");
        match (last, i / (FIRST.len() * LAST.len())) {
            ("", 0) => first.to_string(),
            ("", n) => format!("{first}{n}"),
            (last, 0) => format!("{first} {last}"),
            (last, n) => format!("{first} {last} {n}"),
        }
    }

    /// A commenter: mostly someone who spoke lately, sometimes a newcomer.
    fn speaker(&mut self, recent: &[usize], crowd: usize) -> usize {
        match recent.len() {
            n if n > 0 && self.rng.chance(60) => recent
                .get(n - 1 - self.rng.below(n.min(12)))
                .copied()
                .unwrap_or(0),
            _ => self.rng.below(crowd),
        }
    }

    fn at_stamp(&mut self, bytes: usize) {
        let crowd = (bytes / 2_000).clamp(20, 5_000);
        let title = "Les communautés se construisent-elles seules ?";
        let _ = write!(self.dump.text, "Le Blog de Test\n{title}\n{title}\n\n");
        let mut post_sentences = Vec::new();
        for _ in 0..6 {
            let p = self.paragraph();
            post_sentences.push(p.clone());
            let _ = write!(self.dump.text, "{p}\n\n");
        }
        let mut earlier: Vec<(usize, String)> = Vec::new();
        let mut recent: Vec<usize> = Vec::new();
        // 2010-09-16 10:00:00, in seconds; bursts then quiet weeks.
        let mut clock: i64 = 1_284_631_200;
        while self.dump.text.len() < bytes {
            clock += if self.rng.chance(2) {
                86_400 * (7 + self.rng.below(30) as i64)
            } else {
                60 + self.rng.below(3_600) as i64
            };
            let who = self.speaker(&recent, crowd);
            let name = self.person(who);
            let header = match crate::model::Stamp::from_seconds(clock) {
                Some(s) if !self.rng.chance(1) => format!(
                    "{name} @ {:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                    s.year, s.month, s.day, s.hour, s.minute, s.second
                ),
                _ => format!("{name} @"),
            };
            let mut body = Vec::new();
            let roll = self.rng.below(100);
            if roll < 3 {
                let line = post_sentences
                    .get(self.rng.below(post_sentences.len()))
                    .and_then(|p| p.split(". ").next())
                    .unwrap_or(title);
                body.push(format!("RT @leblog: {line} http://t.co/x{clock:x}"));
            } else {
                if roll < 28 {
                    if let Some((to, _)) = earlier
                        .get(earlier.len().saturating_sub(1 + self.rng.below(8)))
                        .filter(|(to, _)| *to != who)
                    {
                        let handle = self.person(*to);
                        let short = handle.split(' ').next().unwrap_or(&handle).to_string();
                        let p = self.paragraph();
                        body.push(format!("@{short} {p}"));
                        self.dump.addressed += 1;
                    }
                } else if roll < 33 {
                    if let Some((_, said)) = earlier.get(self.rng.below(earlier.len())) {
                        let quoted = said.split(". ").next().unwrap_or(said).to_string();
                        body.push(format!("Vous écrivez : \"{quoted}\""));
                    }
                }
                for _ in 0..1 + self.rng.below(4) {
                    body.push(self.paragraph());
                }
            }
            let _ = write!(self.dump.text, "{header}\n\n{}\n\n", body.join("\n\n"));
            self.dump.entries += 1;
            earlier.push((who, body.last().cloned().unwrap_or_default()));
            if earlier.len() > 64 {
                earlier.drain(..32);
            }
            recent.push(who);
            if recent.len() > 64 {
                recent.drain(..32);
            }
        }
        self.dump
            .text
            .push_str("Visibilité\nNewsletters Me soutenir\n");
    }

    fn wordpress(&mut self, bytes: usize) {
        let crowd = (bytes / 1_500).clamp(10, 5_000);
        let mut intro = String::from("Le community management\n");
        for _ in 0..3 {
            let p = self.paragraph();
            let _ = writeln!(intro, "{p}");
        }
        // The declared count comes first: write the comments aside, then put it above.
        let mut comments = String::with_capacity(bytes);
        let mut recent: Vec<usize> = Vec::new();
        let mut day: i64 = 14_488; // 2009-09-01, in days
        let mut pingbacks = 0;
        while pingbacks < 2 {
            let pingback = intro.len() + comments.len() >= bytes;
            if self.rng.chance(5) {
                day += 1;
            }
            let (y, m, d) = match crate::model::Stamp::from_seconds(day * 86_400) {
                Some(s) => (s.year, s.month, s.day),
                None => (2009, 9, 1),
            };
            let month = MONTHS.get(usize::from(m) - 1).copied().unwrap_or("Sep");
            self.dump.entries += 1;
            if pingback {
                pingbacks += 1;
                let _ = write!(
                    comments,
                    "Blog ami {pingbacks} says:\n{month} {d}, {y}\n[…] un billet qui en parle ici […]\n"
                );
                continue;
            }
            let who = self.speaker(&recent, crowd);
            let name = self.person(who).replace(' ', "_");
            let _ = write!(comments, "{name} says:\n{month} {d}, {y}\n");
            if let Some(&to) = recent.last().filter(|&&to| to != who) {
                if self.rng.chance(30) {
                    let handle = self.person(to).replace(' ', "_").to_lowercase();
                    let _ = writeln!(comments, "@{handle}");
                    self.dump.addressed += 1;
                }
            }
            for _ in 0..1 + self.rng.below(3) {
                let p = self.paragraph();
                let _ = writeln!(comments, "{p}");
            }
            recent.push(who);
            if recent.len() > 32 {
                recent.drain(..16);
            }
        }
        let count = self.dump.entries;
        let _ = write!(self.dump.text, "{intro}{count} comments\n{comments}");
    }

    fn irc(&mut self, bytes: usize, lines: usize) {
        const NICKS: usize = 300;
        let nicks: Vec<String> = (0..NICKS)
            .map(|i| format!("{}{}", ["tux", "ana", "Bob_", "kde", "zed|away"][i % 5], i))
            .collect();
        let nick = |i: usize| nicks.get(i).map_or("anon", String::as_str);
        let mut recent: Vec<usize> = Vec::new();
        let mut minute = 0usize;
        while self.dump.text.len() < bytes && self.dump.entries < lines {
            self.dump.entries += 1;
            if self.rng.below(6) == 0 {
                minute += 1;
            }
            // Speakers come back: most lines are by someone who spoke lately.
            let who = match recent.len() {
                0 => self.rng.below(NICKS),
                n if self.rng.below(4) > 0 => recent
                    .get(n - 1 - self.rng.below(n.min(30)))
                    .copied()
                    .unwrap_or(0),
                _ => self.rng.below(NICKS),
            };
            let me = nick(who);
            let roll = self.rng.below(100);
            let text = &mut self.dump.text;
            if roll < 8 {
                let _ = match roll % 3 {
                    0 => writeln!(text, "=== {me} [~u@host-{who}.example]  has joined #ubuntu"),
                    1 => writeln!(text, "=== {me} has quit (\"Ping timeout\")"),
                    _ => writeln!(text, "=== {me} is now known as {me}_"),
                };
                continue;
            }
            let mut body = String::new();
            if roll < 40 && !recent.is_empty() {
                let n = recent.len();
                let to = recent.get(n - 1 - self.rng.below(n.min(20))).copied();
                let _ = write!(body, "{}: ", nick(to.unwrap_or(0)));
                self.dump.addressed += 1;
            }
            for _ in 0..1 + self.rng.below(12) {
                body.push_str(self.rng.pick(IRC_WORDS));
                body.push(' ');
            }
            if self.rng.below(5) == 0 {
                body.push('?');
            }
            let stamp = format!("[{:02}:{:02}]", minute / 60 % 24, minute % 60);
            let text = &mut self.dump.text;
            let _ = match roll {
                40..=44 => writeln!(text, "{stamp}  * {me} {}", body.trim_end()),
                45 => writeln!(text, "{stamp} <{me}>"),
                _ => writeln!(text, "{stamp} <{me}> {}", body.trim_end()),
            };
            recent.push(who);
            if recent.len() > 200 {
                recent.drain(..100);
            }
        }
    }

    fn whatsapp(&mut self, bytes: usize) {
        const PEOPLE: &[&str] = &[
            "Ann Moreau",
            "Bob",
            "Chloé",
            "Dan K.",
            "Eve",
            "Farid",
            "Gaëlle",
            "Hugo",
        ];
        let mut minute: i64 = 24_750_720; // 2017-01-22 00:00, in minutes
        let mut last: Option<&str> = None;
        while self.dump.text.len() < bytes {
            minute += self.rng.below(3) as i64;
            let Some(s) = crate::model::Stamp::from_seconds(minute * 60) else {
                break;
            };
            let stamp = format!(
                "{:02}/{:02}/{}, {:02}:{:02}",
                s.day, s.month, s.year, s.hour, s.minute
            );
            let who = self.rng.pick(PEOPLE);
            self.dump.entries += 1;
            if self.rng.below(50) == 0 {
                let _ = writeln!(self.dump.text, "{stamp} - {who} left");
                continue;
            }
            let mut line = String::new();
            if let Some(to) = last.filter(|&to| to != who && self.rng.chance(15)) {
                let _ = write!(line, "@{} ", to.split(' ').next().unwrap_or(to));
                self.dump.addressed += 1;
            }
            let n = 3 + self.rng.below(12);
            line.push_str(&self.words(CHAT_WORDS, n));
            if self.rng.below(8) == 0 {
                let n = 3 + self.rng.below(8);
                line.push('\n');
                line.push_str(&self.words(CHAT_WORDS, n));
            }
            let _ = writeln!(self.dump.text, "{stamp} - {who}: {line}");
            last = Some(who);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_decimal_units() {
        assert_eq!(parse_size("10MB"), Some(10_000_000));
        assert_eq!(parse_size("1.5kb"), Some(1_500));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("2 GB"), Some(2_000_000_000));
        assert_eq!(parse_size("ten"), None);
        assert_eq!(parse_size("3TB"), None);
    }

    #[test]
    fn dumps_reach_their_size_and_are_deterministic() {
        for format in FORMATS {
            let a = generate(format, 20_000).expect(format);
            let b = generate(format, 20_000).expect(format);
            assert!(a.text.len() >= 20_000, "{format}: {}", a.text.len());
            assert!(a.text.len() < 40_000, "{format}: {}", a.text.len());
            assert_eq!(a.text, b.text, "{format}");
            assert!(a.addressed > 0, "{format} has no replies");
        }
        assert!(generate("mbox", 100).is_none());
        assert_eq!(irc_lines(1_000).entries, 1_000);
        assert_eq!(irc_lines(1_000).text.lines().count(), 1_000);
    }
}

//! Every dump in tests/fixtures parsed and compared with the expected JSON beside it.

use palabre::model::{Archive, Problem, Stamp};
use palabre::parse::ParseOptions;
use std::fs;
use std::path::{Path, PathBuf};

/// Relative dates ("7 years ago") are counted back from this fixed date, so that the
/// expected JSON does not change with the day the tests run.
fn read(text: &str) -> Archive {
    let options = ParseOptions {
        anchor: Stamp::new(2026, 1, 1, 0, 0, 0),
    };
    palabre::read_dump_with(text, &options)
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dumps: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dumps.sort();
    dumps
}

#[test]
fn every_fixture_parses_to_its_expected_json() {
    let bless = std::env::var_os("PALABRE_BLESS").is_some();
    let mut failures = Vec::new();
    let dumps = fixtures();
    assert!(dumps.len() >= 6, "fixtures went missing: {dumps:?}");
    for dump in &dumps {
        let bytes = fs::read(dump).unwrap();
        let (text, _) = palabre::decode::decode(&bytes).expect("fixtures are text");
        let actual = read(&text).to_json(true) + "\n";
        let expected_path = dump.with_extension("json");
        let failed_path = dump.with_extension("failed.json");
        if bless {
            fs::write(&expected_path, &actual).unwrap();
            let _ = fs::remove_file(&failed_path);
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {
                let _ = fs::remove_file(&failed_path);
            }
            Ok(expected) => {
                fs::write(&failed_path, &actual).unwrap();
                failures.push(format!(
                    "{}: {}",
                    dump.display(),
                    first_difference(&expected, &actual)
                ));
            }
            Err(_) => {
                fs::write(&failed_path, &actual).unwrap();
                failures.push(format!("{}: no expected JSON yet", dump.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches (see the .failed.json files):\n{}",
        failures.join("\n")
    );
}

/// What the parser reports is data, never ready-made words, so that the app can say it in
/// the reader's language; the JSON's sentences (compared above) are its English `Display`.
#[test]
fn the_parser_reports_every_problem_as_data() {
    let mut seen = 0;
    for dump in fixtures() {
        let bytes = fs::read(&dump).unwrap();
        let (text, _) = palabre::decode::decode(&bytes).expect("fixtures are text");
        for p in read(&text).problems {
            assert!(
                !matches!(p, Problem::Text(_)),
                "{}: {p:?} is words, not data",
                dump.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 20, "the fixtures hold {seen} problems");
}

/// The first differing line, expected and actual side by side.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut e = expected.lines();
    let mut a = actual.lines();
    for n in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return format!(
                    "line {n}\n  expected: {}\n  actual:   {}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
    unreachable!()
}

/// The facts the seeds were specified with, checked independently of the JSON files.
#[test]
fn the_seeds_parse_to_their_specified_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let seed = |name: &str| read(&fs::read_to_string(dir.join(name)).unwrap());

    let a = seed("000_0a401290472b4421.txt");
    let s = palabre::summary::Summary::of(&a);
    assert_eq!(a.format, "at_stamp");
    assert_eq!(
        s.to_string(),
        "133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated"
    );
    assert_eq!(s.by_post_author, 14);
    assert_eq!(a.post.author.as_deref(), Some("Thierry CROUZET"));
    assert_eq!(
        a.post.title.as_deref(),
        Some("Les community managers sont des putes")
    );
    let (first, last) = (&a.entries[0], &a.entries[132]);
    assert_eq!(
        (first.author.as_str(), first.time.unwrap().to_string()),
        ("greg", "2010-09-16T10:59:58".into())
    );
    assert_eq!(
        (last.author.as_str(), last.time.unwrap().to_string()),
        ("chloe", "2014-03-17T13:54:30".into())
    );
    assert!(
        last.body.ends_with("peut-être ..."),
        "site footer leaked into the last comment"
    );
    let undated: Vec<&str> = a
        .entries
        .iter()
        .filter(|e| e.time.is_none())
        .map(|e| e.author.as_str())
        .collect();
    assert_eq!(
        undated,
        ["@ grnkss", "@ CyrilHijar", "Stephanie Booth ( @ stephtara)"]
    );

    let b = seed("002_0ad0d366ed8f33a8.txt");
    assert_eq!(b.format, "wordpress");
    assert_eq!((b.entries.len(), b.declared_count), (12, Some(12)));
    assert!(b.problems.is_empty(), "{:?}", b.problems);
    let kinds: Vec<&str> = b.entries.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(&kinds[10..], ["pingback", "pingback"]);
    assert!(kinds[..10].iter().all(|k| *k == "comment"));
    assert!(b
        .post
        .body
        .as_deref()
        .unwrap()
        .starts_with("Depuis cet été"));
}

/// Spans and lines point back at the text each entry came from.
#[test]
fn spans_and_lines_point_into_the_dump() {
    for dump in fixtures() {
        let text = palabre::decode::decode(&fs::read(&dump).unwrap())
            .unwrap()
            .0;
        // The parser's own line split: it also ends lines at a lone `\r`.
        let lines: Vec<&str> = palabre::parse::lines::split(&text)
            .iter()
            .map(|l| l.text)
            .collect();
        for e in read(&text).entries {
            let [start, end] = e.span;
            let source = text
                .get(start..end)
                .unwrap_or_else(|| panic!("{dump:?} #{}: bad span", e.id));
            assert!(
                lines[e.line].contains(e.author.as_str()),
                "{dump:?} #{}: header line",
                e.id
            );
            assert!(
                source.starts_with(lines[e.line]),
                "{dump:?} #{}: span starts at the header",
                e.id
            );
            let first_body_line = e.body.lines().next().unwrap_or("");
            assert!(
                source.contains(first_body_line),
                "{dump:?} #{}: body inside the span",
                e.id
            );
        }
    }
}

//! Detection, measured: every fixture is detected as the format its file name starts with
//! (`<format>_<what>.txt`). On failure, a confusion table and each miss's scores.

use palabre::parse::formats::REGISTRY;
use palabre::parse::{detect, lines};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Fixtures named before the `<format>_<what>` rule, kept under their names.
const NAMED_BEFORE: &[(&str, &str)] = &[
    ("000_0a401290472b4421", "at_stamp"),
    ("002_0ad0d366ed8f33a8", "wordpress"),
    ("example_at_stamp", "at_stamp"),
];

/// Every format detection can answer, `plain` last.
fn format_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = REGISTRY.iter().map(|f| f.name()).collect();
    names.push("plain");
    names
}

/// The format a fixture's name promises: the longest format name it starts with.
fn expected(stem: &str, names: &[&'static str]) -> Option<&'static str> {
    if let Some(&(_, format)) = NAMED_BEFORE.iter().find(|(s, _)| *s == stem) {
        return Some(format);
    }
    names
        .iter()
        .filter(|n| stem.starts_with(&format!("{n}_")))
        .max_by_key(|n| n.len())
        .copied()
}

fn detected(text: &str) -> &'static str {
    detect::detect(&lines::split(text)).map_or("plain", |f| f.name())
}

#[test]
fn every_fixture_is_detected_as_its_own_format() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let names = format_names();
    let mut confusion: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut unnamed = Vec::new();
    let mut dumps: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dumps.sort();
    for path in &dumps {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let Some(want) = expected(&stem, &names) else {
            unnamed.push(stem);
            continue;
        };
        let text = palabre::decode::decode(&fs::read(path).unwrap()).unwrap().0;
        let got = detected(&text);
        *confusion.entry((want, got)).or_default() += 1;
        if got != want {
            let lines = lines::split(&text);
            let scores: Vec<String> = detect::scores(detect::head(&lines))
                .iter()
                .filter(|(_, s)| *s > 0)
                .map(|(f, s)| format!("{} {s}", f.name()))
                .collect();
            misses.push(format!(
                "{stem}: expected {want}, detected {got} (scores: {})",
                scores.join(", ")
            ));
        }
    }
    assert!(
        unnamed.is_empty(),
        "fixtures whose name starts with no format: {unnamed:?}"
    );
    assert!(
        misses.is_empty(),
        "{}\n\n{}",
        misses.join("\n"),
        table(&confusion, &names)
    );
    // Every format has a fixture that proves it is detected.
    for name in &names {
        assert!(
            confusion.contains_key(&(name, name)),
            "no fixture detected as {name}"
        );
    }
}

/// Rows: expected format; columns: detected format.
fn table(confusion: &BTreeMap<(&str, &str), usize>, names: &[&str]) -> String {
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let mut out = format!("{:width$} |", "expected \\ got");
    for n in names {
        out += &format!(" {n}");
    }
    for want in names {
        out += &format!("\n{want:width$} |");
        for got in names {
            let count = confusion.get(&(want, got)).copied().unwrap_or(0);
            let cell = if count == 0 {
                ".".to_string()
            } else {
                count.to_string()
            };
            out += &format!(" {cell:>w$}", w = got.len());
        }
    }
    out
}

#[test]
fn fixture_names_map_to_formats() {
    let names = format_names();
    assert_eq!(expected("at_stamp_crlf", &names), Some("at_stamp"));
    assert_eq!(expected("plain_no_headers", &names), Some("plain"));
    assert_eq!(expected("002_0ad0d366ed8f33a8", &names), Some("wordpress"));
    assert_eq!(expected("nothing_known", &names), None);
}

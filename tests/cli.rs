//! The `palabre` binary: output, exit codes and messages.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED_000: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/000_0a401290472b4421.txt"
);
const SEED_002: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/002_0ad0d366ed8f33a8.txt"
);

fn palabre(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palabre"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("palabre-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn summary_gives_the_seed_figures() {
    let out = palabre(&["--summary", SEED_000], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = [
        "format: at_stamp",
        "133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated",
        "post author: Thierry Crouzet (14 entries; named at the top of the post: Thierry CROUZET)",
        "people: 107",
        "busiest day: Sep 16, 2010 (40 entries)",
        "first: greg (2010-09-16T10:59:58)",
        "last: chloe (2014-03-17T13:54:30)",
    ];
    for line in expected {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
}

#[test]
fn json_is_the_archive_compact_or_pretty() {
    let compact = palabre(&[SEED_002], b"");
    let pretty = palabre(&["--pretty", SEED_002], b"");
    assert!(compact.status.success() && pretty.status.success());
    let a: serde_json::Value = serde_json::from_slice(&compact.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&pretty.stdout).unwrap();
    assert_eq!(a, b);
    assert_eq!(a["entries"].as_array().unwrap().len(), 12);
    assert_eq!(a["entries"][10]["kind"], "pingback");
    assert_eq!(compact.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = palabre(&["-"], b"ann @ 2011-01-02 03:04:05\n\nhi\n");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][0]["author"], "ann");
}

#[test]
fn unreadable_input_exits_2_with_one_line() {
    let binary = temp_file("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty = temp_file("empty.txt", b"");
    for (args, needle) in [
        (vec![binary.as_str()], "binary file"),
        (vec![empty.as_str()], "empty"),
        (vec!["/no/such/file.txt"], "cannot read"),
    ] {
        let out = palabre(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn legacy_text_is_decoded_with_a_notice_on_stderr() {
    let file = temp_file(
        "latin.txt",
        b"Caf\xE9 @ 2009-01-02 03:04:05\n\n\x93D\xE9j\xE0 vu\x94\n",
    );
    let out = palabre(&[&file], b"");
    assert!(out.status.success());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("Windows-1252"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][0]["author"], "Café");
    assert_eq!(v["entries"][0]["body"], "“Déjà vu”");
    // The JSON says it too, first among its problems.
    let first = v["problems"][0].as_str().unwrap();
    assert!(first.contains("Windows-1252"), "{first}");
}

#[test]
fn utf8_with_a_stray_byte_is_repaired_and_says_so() {
    let mut bytes = "Zoé @ 2009-01-02 03:04:05\n\nDéjà vu… caf"
        .as_bytes()
        .to_vec();
    bytes.extend(b"\xE9\n");
    let file = temp_file("mixed.txt", &bytes);
    let out = palabre(&[&file], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][0]["author"], "Zoé");
    assert_eq!(v["entries"][0]["body"], "Déjà vu… café");
    let first = v["problems"][0].as_str().unwrap();
    assert!(first.contains("1 byte(s)"), "{first}");
}

#[test]
fn utf16_files_are_read_end_to_end() {
    let text = "Zoé @ 2009-01-02 03:04:05\n\n“Déjà vu” 🙂\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let file = temp_file(name, &bytes);
        let out = palabre(&[&file], b"");
        assert!(out.status.success(), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["format"], "at_stamp", "{name}");
        assert_eq!(v["entries"][0]["author"], "Zoé", "{name}");
        assert_eq!(v["entries"][0]["body"], "“Déjà vu” 🙂", "{name}");
        assert_eq!(v["problems"][0], "This file is UTF-16 text.", "{name}");
        assert!(String::from_utf8(out.stderr).unwrap().contains("UTF-16"));
    }
}

#[test]
fn bad_usage_exits_1() {
    assert_eq!(palabre(&[], b"").status.code(), Some(1));
    assert_eq!(palabre(&["--nope", SEED_000], b"").status.code(), Some(1));
}

const RELATIVE: &[u8] = "Avatar\nAnn • 7 years ago\nhi\n△ ▽ • Reply • Share ›\nAvatar\nBob • 2 days ago\nho\n△ ▽ • Reply • Share ›\n".as_bytes();

#[test]
fn relative_dates_count_back_from_now() {
    let out = palabre(&["--now", "2026-01-01", "-"], RELATIVE);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "disqus");
    assert_eq!(v["entries"][0]["time"], "2019-01-01T00:00:00");
    assert_eq!(v["entries"][0]["approximate"], true);
    assert_eq!(v["entries"][1]["time"], "2025-12-30T00:00:00");
    let out = palabre(&["--now=2026-01-01T12:30:00", "-"], RELATIVE);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][1]["time"], "2025-12-30T12:30:00");
}

#[test]
fn without_now_the_file_time_is_the_reference() {
    let file = temp_file("disqus.txt", RELATIVE);
    let out = palabre(&[&file], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Written a moment ago: "2 days ago" falls in the last few days.
    let time = v["entries"][1]["time"].as_str().unwrap().to_string();
    assert!(time.as_str() > "2025-01-01", "{time}");
    assert_eq!(v["entries"][1]["approximate"], true);
}

#[test]
fn the_encoding_can_be_chosen() {
    let file = temp_file(
        "latin.txt",
        b"Caf\xE9 @ 2009-01-02 03:04:05\n\n\x93ok\x94\n",
    );
    let out = palabre(&["--encoding", "iso-8859-1", &file], b"");
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "no guess, no notice");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][0]["author"], "Café");
    assert_eq!(v["entries"][0]["body"], "\u{93}ok\u{94}");
    let out = palabre(&["--encoding=utf-8", &file], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entries"][0]["author"], "Caf\u{FFFD}");
}

#[test]
fn the_legacy_guess_is_named() {
    let file = temp_file(
        "latin1.txt",
        b"Caf\xE9 @ 2009-01-02 03:04:05\n\nD\xE9j\xE0 vu\n",
    );
    let out = palabre(&[&file], b"");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("ISO-8859-1"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["problems"][0].as_str().unwrap().contains("ISO-8859-1"));
}

#[test]
fn a_byte_order_mark_over_nul_bytes_is_binary() {
    let file = temp_file("bom-nul.txt", b"\xEF\xBB\xBFa\0b\0c\0");
    let out = palabre(&[&file], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("binary"));
}

#[test]
fn bad_dates_and_encodings_exit_1() {
    for args in [
        vec!["--now", "yesterday", "-"],
        vec!["--now"],
        vec!["--encoding", "ebcdic", "-"],
        vec!["--encoding"],
    ] {
        // No input: the process exits before it would read any.
        let out = palabre(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
}

#[test]
fn csv_gives_one_row_per_entry() {
    let out = palabre(&["--csv", SEED_002], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rows = text.split("\r\n");
    assert_eq!(rows.next(), Some("id,author,time,kind,parents,text"));
    assert!(rows
        .next()
        .unwrap()
        .starts_with("0,nblas,2009-09-01T00:00:00,comment,,"));
    // Quoted bodies may span lines: count row starts instead.
    let starts = text
        .split("\r\n")
        .filter(|r| {
            r.split(',')
                .next()
                .is_some_and(|id| id.parse::<usize>().is_ok())
        })
        .count();
    assert_eq!(starts, 12);
}

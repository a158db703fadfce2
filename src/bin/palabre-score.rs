//! `palabre-score DIR [DIR…]`: scores reply inference on annotated IRC logs.
//!
//! Every `X.raw.txt` with an `X.annotation.txt` beside it is read with
//! `palabre::read_dump`; the links it infers are scored against the annotation (see
//! `palabre::thread::score`), next to the previous-message baseline. One line per folder,
//! over all its links; `--files` adds one line per log.

use palabre::thread::score::{
    links_by_line, parse_annotation, previous_message_links, score, Scores,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let per_file = args.iter().any(|a| a == "--files");
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if dirs.is_empty() {
        eprintln!(
            "usage: palabre-score [--files] DIR [DIR…]  (folders of X.raw.txt + X.annotation.txt)"
        );
        return ExitCode::from(2);
    }
    for dir in dirs {
        match score_dir(Path::new(dir), per_file) {
            Ok(()) => {}
            Err(e) => {
                eprintln!("palabre-score: {dir}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn score_dir(dir: &Path, per_file: bool) -> std::io::Result<()> {
    let logs = annotated_logs(dir)?;
    let started = Instant::now();
    let (mut model, mut baseline) = (Scores::default(), Scores::default());
    for (raw, annotation) in &logs {
        let text = std::fs::read_to_string(raw)?;
        let gold = parse_annotation(&std::fs::read_to_string(annotation)?);
        let archive = palabre::read_dump(&text);
        let (m, b) = (
            score(&gold, &links_by_line(&archive)),
            score(&gold, &previous_message_links(&archive)),
        );
        if per_file {
            println!("  {}", line(&raw.display().to_string(), m, b));
        }
        model.add(m);
        baseline.add(b);
    }
    println!(
        "{}  ({} logs, {:.1}s)",
        line(&dir.display().to_string(), model, baseline),
        logs.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn line(name: &str, model: Scores, baseline: Scores) -> String {
    let pct = |s: Scores| {
        format!(
            "P {:5.1} R {:5.1} F1 {:5.1}",
            100.0 * s.precision(),
            100.0 * s.recall(),
            100.0 * s.f1()
        )
    };
    format!(
        "{name}: model {} | previous message {}  [{} gold links]",
        pct(model),
        pct(baseline),
        model.gold
    )
}

/// `(X.raw.txt, X.annotation.txt)` pairs in `dir`, sorted by name.
fn annotated_logs(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut logs: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(|e| {
            let raw = e.ok()?.path();
            let stem = raw
                .file_name()?
                .to_str()?
                .strip_suffix(".raw.txt")?
                .to_string();
            let annotation = raw.with_file_name(format!("{stem}.annotation.txt"));
            annotation.is_file().then_some((raw, annotation))
        })
        .collect();
    logs.sort();
    Ok(logs)
}

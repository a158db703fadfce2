//! `palabre-train DIR [DIR…] > src/thread/chat_weights.rs`: fits the chat reply model on
//! annotated IRC logs (the training split only: the dev split is for measuring) and prints
//! the weights as Rust source. Deterministic: the same logs give the same file.
//!
//! Reproduce the committed weights with
//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train > src/thread/chat_weights.rs && cargo fmt`
//! (about a minute; the file comes out byte for byte the same).

use palabre::thread::score::{feature_names, parse_annotation, train, Gold};
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Passes over the training logs by default; the score on train stops moving after a few.
const EPOCHS: usize = 20;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut epochs = EPOCHS;
    if let Some(at) = args.iter().position(|a| a == "--epochs") {
        match args.get(at + 1).and_then(|n| n.parse().ok()) {
            Some(n) => epochs = n,
            None => return usage(),
        }
        args.drain(at..at + 2);
    }
    let dirs = args;
    if dirs.is_empty() {
        return usage();
    }
    let started = Instant::now();
    let mut logs = Vec::new();
    for dir in &dirs {
        match read_logs(Path::new(dir)) {
            Ok(more) => logs.extend(more),
            Err(e) => {
                eprintln!("palabre-train: {dir}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let views: Vec<_> = logs.iter().map(|(e, g)| (e.as_slice(), g)).collect();
    let weights = train(&views, epochs);
    eprintln!(
        "trained on {} logs, {} epochs, in {:.1}s",
        logs.len(),
        epochs,
        started.elapsed().as_secs_f64()
    );
    println!("//! Weights of the chat reply model (`chat.rs`), written by `palabre-train`:");
    println!("//! `cargo run --release --bin palabre-train -- ../shared/corpora/irc-train`, then `cargo fmt`");
    println!(
        "//! ({} logs of the Kummerfeld et al. 2019 training split, {epochs} epochs). Do not edit.",
        logs.len()
    );
    println!();
    println!("pub const WEIGHTS: &[f32] = &[");
    for (w, name) in weights.iter().zip(feature_names()) {
        println!("    {w:.4}, // {name}");
    }
    println!("];");
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: palabre-train [--epochs N] DIR [DIR…] > src/thread/chat_weights.rs");
    ExitCode::from(2)
}

type Log = (Vec<palabre::model::Entry>, Gold);

/// Every annotated log of `dir`, parsed, with its gold parents by entry id.
fn read_logs(dir: &Path) -> std::io::Result<Vec<Log>> {
    let mut raws: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".raw.txt"))
        .collect();
    raws.sort();
    let mut logs = Vec::new();
    for raw in raws {
        let name = raw.to_string_lossy().replace(".raw.txt", ".annotation.txt");
        let Ok(annotation) = std::fs::read_to_string(&name) else {
            continue;
        };
        let entries = palabre::parse::parse(&std::fs::read_to_string(&raw)?).entries;
        let id_of: HashMap<usize, usize> = entries.iter().map(|e| (e.line, e.id)).collect();
        let mut gold = Gold::default();
        for (child, parent) in parse_annotation(&annotation) {
            if let (Some(&c), Some(&p)) = (id_of.get(&child), id_of.get(&parent)) {
                gold.entry(c).or_default().push(p);
            }
        }
        logs.push((entries, gold));
    }
    Ok(logs)
}

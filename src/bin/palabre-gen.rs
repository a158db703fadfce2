//! `palabre-gen FORMAT SIZE`: prints a synthetic dump of about SIZE (`1MB`, `100MB`, a byte
//! count) in FORMAT (`at_stamp`, `wordpress`, `irc`, `whatsapp`) on standard output, for
//! benchmarks. The same arguments always give the same bytes (see `palabre::synth`).

use palabre::synth::{generate, parse_size, FORMATS};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || {
        eprintln!(
            "usage: palabre-gen FORMAT SIZE   (FORMAT: {}; SIZE: 1MB, 10MB…)",
            FORMATS.join(", ")
        );
        ExitCode::from(1)
    };
    let [format, size] = args.as_slice() else {
        return usage();
    };
    let Some(bytes) = parse_size(size) else {
        return usage();
    };
    let Some(dump) = generate(format, bytes) else {
        return usage();
    };
    match std::io::stdout().lock().write_all(dump.text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("palabre-gen: {e}");
            ExitCode::from(2)
        }
    }
}

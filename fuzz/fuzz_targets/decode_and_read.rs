//! Any bytes as a dropped file: the encoding decision, every decoder, then parsing and
//! reply inference of what was decoded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palabre::decode::{decode, decode_as, repair, sniff, Encoding};

fuzz_target!(|data: &[u8]| {
    let how = sniff(data);
    let _ = how.message();
    if let Some((text, _)) = decode(data) {
        let archive = palabre::read_dump(&text);
        for e in &archive.entries {
            assert!(e.span[1] <= text.len());
        }
    }
    let _ = repair(data);
    for label in ["utf-8", "windows-1252", "iso-8859-1", "utf-16le", "utf-16be"] {
        if let Some(encoding) = Encoding::from_label(label) {
            let _ = decode_as(data, encoding);
        }
    }
});

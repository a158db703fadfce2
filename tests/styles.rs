//! The stylesheet's person colours must be the palette `authors.rs` assigns and whose
//! contrast its tests check.

use palabre::authors::{contrast_ratio, PALETTE};

const CSS: &str = include_str!("../styles/app.css");

#[test]
fn person_colour_classes_follow_the_palette() {
    for (i, (name, light_hex, dark_hex)) in PALETTE.iter().enumerate() {
        let rule = format!(".c{i} {{ --person: light-dark({light_hex}, {dark_hex}); }}");
        assert!(CSS.contains(&rule), "{name}: rule missing: {rule}");
    }
}

/// The `(light, dark)` values of a `--name: light-dark(#…, #…);` custom property.
fn themed(name: &str) -> (&'static str, &'static str) {
    let start = CSS
        .find(&format!("--{name}: light-dark("))
        .unwrap_or_else(|| panic!("--{name} is not set with light-dark()"));
    let rest = &CSS[start + name.len() + 15..];
    let values = &rest[..rest.find(')').unwrap()];
    let (light, dark) = values.split_once(", ").unwrap();
    (light, dark)
}

#[test]
fn every_text_colour_is_readable_on_every_background_it_sits_on() {
    // Names sit on the page, on cards, on echo and pingback cards, and on highlighted rows.
    let backgrounds = ["bg", "surface", "echo-bg", "ping-bg", "notice-bg"].map(themed);
    let texts = PALETTE
        .iter()
        .map(|&(name, light, dark)| (name, (light, dark)))
        .chain(["text", "muted", "accent"].map(|t| (t, themed(t))));
    let mut failures = Vec::new();
    for (name, (light, dark)) in texts {
        for (bg_light, bg_dark) in backgrounds {
            for (fg, bg) in [(light, bg_light), (dark, bg_dark)] {
                let c = contrast_ratio(fg, bg).unwrap();
                if c < 4.5 {
                    failures.push(format!("{name} {fg} on {bg}: {c:.2}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
}

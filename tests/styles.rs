//! The stylesheet's person colours must be the palette `authors.rs` assigns and whose
//! contrast its tests check.

use palabre::authors::PALETTE;

const CSS: &str = include_str!("../styles/app.css");

#[test]
fn person_colour_classes_follow_the_palette() {
    let (light, dark) = CSS
        .split_once("@media (prefers-color-scheme: dark) {\n  .c0")
        .expect("a dark-theme block of person colours");
    for (i, (name, light_hex, dark_hex)) in PALETTE.iter().enumerate() {
        let rule = |hex: &str| format!(".c{i} {{ --person: {hex}; }}");
        assert!(
            light.contains(&rule(light_hex)),
            "{name}: light rule missing"
        );
        assert!(
            format!("  .c0{dark}").contains(&format!("  {}", rule(dark_hex))),
            "{name}: dark rule missing"
        );
    }
}

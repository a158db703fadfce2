//! The stylesheet's person colours must be the palette `authors.rs` assigns and whose
//! contrast its tests check.

use palabre::authors::PALETTE;

const CSS: &str = include_str!("../styles/app.css");

#[test]
fn person_colour_classes_follow_the_palette() {
    for (i, (name, light_hex, dark_hex)) in PALETTE.iter().enumerate() {
        let rule = format!(".c{i} {{ --person: light-dark({light_hex}, {dark_hex}); }}");
        assert!(CSS.contains(&rule), "{name}: rule missing: {rule}");
    }
}

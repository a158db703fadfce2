//! The stylesheet's colours: person colours are the palette `authors.rs` assigns, every
//! text colour reads at 4.5:1 on every background it sits on (search marks and dimmed
//! entries included), and focus rings stand out at 3:1.

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

/// The declarations of the rule whose selector list is exactly `selector`.
fn rule(selector: &str) -> &'static str {
    let start = CSS
        .find(&format!("\n{selector} {{"))
        .unwrap_or_else(|| panic!("no rule for {selector}"));
    let body = &CSS[start + selector.len() + 3..];
    &body[..body.find('}').unwrap()]
}

/// Every `(foreground, background)` pair below `min`, in both themes.
fn below(
    min: f64,
    fgs: impl IntoIterator<Item = (&'static str, (&'static str, &'static str))>,
    bgs: &[(&'static str, &'static str)],
) -> Vec<String> {
    let mut failures = Vec::new();
    for (name, (light, dark)) in fgs {
        for &(bg_light, bg_dark) in bgs {
            for (fg, bg) in [(light, bg_light), (dark, bg_dark)] {
                let c = contrast_ratio(fg, bg).unwrap();
                if c < min {
                    failures.push(format!("{name} {fg} on {bg}: {c:.2}"));
                }
            }
        }
    }
    failures
}

/// Cards and rows a name or a text can sit on: the page, cards, echo and pingback cards,
/// highlighted rows and notices, dimmed cards.
const BACKGROUNDS: [&str; 6] = ["bg", "surface", "echo-bg", "ping-bg", "notice-bg", "dim-bg"];

#[test]
fn every_text_colour_is_readable_on_every_background_it_sits_on() {
    let backgrounds = BACKGROUNDS.map(themed);
    let texts = PALETTE
        .iter()
        .map(|&(name, light, dark)| (name, (light, dark)))
        .chain(["text", "muted", "accent", "dim-text"].map(|t| (t, themed(t))));
    let failures = below(4.5, texts, &backgrounds);
    assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
}

#[test]
fn search_marks_keep_their_text_readable() {
    let mut failures = below(4.5, [("text", themed("text"))], &[themed("mark-bg")]);
    failures.extend(below(
        4.5,
        [("mark-current-text", themed("mark-current-text"))],
        &[themed("mark-current")],
    ));
    assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
    assert!(rule("mark").contains("color: var(--text)"));
    assert!(rule("mark.current").contains("color: var(--mark-current-text)"));
    // The current hit is told apart by more than a shade: an outline in the text colour.
    assert!(rule("mark.current").contains("outline: 2px solid var(--text)"));
}

#[test]
fn dimmed_entries_are_dimmed_by_colour_not_opacity() {
    // Opacity blends text into its background: anything under it drops below 4.5:1.
    assert!(!CSS.contains("opacity:"), "the stylesheet uses opacity");
    let dimmed = rule(".entry.dimmed");
    assert!(dimmed.contains("background: var(--dim-bg)"), "{dimmed}");
    assert!(dimmed.contains("color: var(--dim-text)"), "{dimmed}");
    assert!(rule(".entry.dimmed button.author").contains("color: var(--dim-text)"));
}

#[test]
fn focus_rings_stand_out_on_every_background() {
    let mut backgrounds = BACKGROUNDS.map(themed).to_vec();
    backgrounds.push(themed("mark-bg"));
    let failures = below(3.0, [("focus", themed("focus"))], &backgrounds);
    assert!(failures.is_empty(), "below 3:1: {failures:#?}");
    assert!(rule(":focus-visible").contains("var(--focus)"));
}

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

/// Linear-light RGB of `#rrggbb`.
fn linear(hex: &str) -> [f64; 3] {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(0), channel(1), channel(2)]
}

/// How a colour looks with normal vision and with each dichromacy: Machado, Oliveira and
/// Fernandes (2009), full severity, applied in linear RGB.
const VISIONS: [(&str, [[f64; 3]; 3]); 4] = [
    (
        "normal",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

/// CIELAB (D65) of `hex` as seen with `vision`.
fn lab_seen(hex: &str, vision: &[[f64; 3]; 3]) -> [f64; 3] {
    let c = linear(hex);
    let [r, g, b] =
        vision.map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[test]
fn person_colours_stay_apart_for_colour_blind_readers() {
    // What `authors::PALETTE` promises: 10 ΔE*ab between any two person colours, and
    // between a person colour and the text colours, in each theme and each vision.
    const MIN: f64 = 10.0;
    let mut failures = Vec::new();
    for theme in [0, 1] {
        let pick =
            |(light, dark): (&'static str, &'static str)| if theme == 0 { light } else { dark };
        let people: Vec<(&str, &str)> = PALETTE
            .iter()
            .map(|&(name, light, dark)| (name, pick((light, dark))))
            .collect();
        let texts = [
            ("text", pick(themed("text"))),
            ("muted", pick(themed("muted"))),
        ];
        for (vision, matrix) in &VISIONS {
            for (i, &(a, a_hex)) in people.iter().enumerate() {
                let others = people[i + 1..].iter().chain(&texts);
                for &(b, b_hex) in others {
                    let d = delta_e(lab_seen(a_hex, matrix), lab_seen(b_hex, matrix));
                    if d < MIN {
                        let theme = ["light", "dark"][theme];
                        failures.push(format!(
                            "{theme}, {vision}: {a} {a_hex} / {b} {b_hex}: {d:.1}"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "closer than {MIN} ΔE: {failures:#?}");
}

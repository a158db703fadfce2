//! Keyboard shortcuts: which key does what. Pure, so the table is tested natively; the
//! root component listens for keys and carries the command out.

use super::state::Action;

/// What a key press asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Dispatch(Action),
    /// `/`: put the cursor in the search box.
    FocusSearch,
}

/// The command for `key` (the DOM `KeyboardEvent.key`), if any. `typing` is true when
/// focus is in a text field: letters are then text, and only Esc is a command. Keys held
/// with Ctrl, Alt or ⌘ belong to the browser (`Ctrl+F`, `⌘K`…) and are left alone.
pub fn command(key: &str, typing: bool, with_modifier: bool) -> Option<Command> {
    use Action::*;
    if with_modifier {
        return None;
    }
    if key == "Escape" {
        return Some(Command::Dispatch(Escape));
    }
    if typing {
        return None;
    }
    let action = match key {
        "j" => StepEntry { forward: true },
        "k" => StepEntry { forward: false },
        "n" => StepHit { forward: true },
        "p" => StepHit { forward: false },
        "a" => HighlightSelected,
        "o" => ToggleSelectedReplies,
        "t" => ToggleMode,
        "?" => ToggleHelp,
        "/" => return Some(Command::FocusSearch),
        _ => return None,
    };
    Some(Command::Dispatch(action))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispatched(key: &str) -> Option<Action> {
        match command(key, false, false) {
            Some(Command::Dispatch(a)) => Some(a),
            _ => None,
        }
    }

    #[test]
    fn letters_move_and_act() {
        assert_eq!(dispatched("j"), Some(Action::StepEntry { forward: true }));
        assert_eq!(dispatched("k"), Some(Action::StepEntry { forward: false }));
        assert_eq!(dispatched("n"), Some(Action::StepHit { forward: true }));
        assert_eq!(dispatched("p"), Some(Action::StepHit { forward: false }));
        assert_eq!(dispatched("a"), Some(Action::HighlightSelected));
        assert_eq!(dispatched("o"), Some(Action::ToggleSelectedReplies));
        assert_eq!(dispatched("?"), Some(Action::ToggleHelp));
        assert_eq!(dispatched("t"), Some(Action::ToggleMode));
        assert_eq!(command("/", false, false), Some(Command::FocusSearch));
        assert_eq!(dispatched("x"), None);
        assert_eq!(dispatched("J"), None, "Shift+J is not j");
    }

    #[test]
    fn typing_keeps_letters_and_modifiers_belong_to_the_browser() {
        assert_eq!(command("j", true, false), None);
        assert_eq!(command("/", true, false), None);
        assert_eq!(
            command("Escape", true, false),
            Some(Command::Dispatch(Action::Escape))
        );
        assert_eq!(command("f", false, true), None);
        assert_eq!(command("Escape", false, true), None);
    }
}

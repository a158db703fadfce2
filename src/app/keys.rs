//! Keyboard shortcuts: which key does what. Pure, so the table is tested natively; the
//! root component listens for keys and carries the command out.

use super::state::{Action, TreeKey};

/// What a key press asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Dispatch(Action),
    /// `/`: put the cursor in the search box.
    FocusSearch,
}

/// Where a key was pressed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// Focus is in a text field: letters are then text, and only Esc is a command.
    pub typing: bool,
    /// Ctrl, Alt or ⌘ is held: the key belongs to the browser (`Ctrl+F`, `⌘K`…).
    pub modifier: bool,
    /// Focus is in the entry list, on (or inside) the row of this entry: arrows, Home
    /// and End move in the list, as in a tree widget. Elsewhere they scroll the page.
    pub row: Option<usize>,
}

/// The command for `key` (the DOM `KeyboardEvent.key`), if any.
pub fn command(key: &str, at: Context) -> Option<Command> {
    use Action::*;
    if at.modifier {
        return None;
    }
    if key == "Escape" {
        return Some(Command::Dispatch(Escape));
    }
    if at.typing {
        return None;
    }
    let tree = |key| {
        at.row
            .is_some()
            .then_some(Command::Dispatch(Tree { at: at.row, key }))
    };
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
        "ArrowUp" => return tree(TreeKey::Up),
        "ArrowDown" => return tree(TreeKey::Down),
        "ArrowLeft" => return tree(TreeKey::Left),
        "ArrowRight" => return tree(TreeKey::Right),
        "Home" => return tree(TreeKey::First),
        "End" => return tree(TreeKey::Last),
        _ => return None,
    };
    Some(Command::Dispatch(action))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispatched(key: &str) -> Option<Action> {
        match command(key, Context::default()) {
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
        assert_eq!(command("/", Context::default()), Some(Command::FocusSearch));
        assert_eq!(dispatched("x"), None);
        assert_eq!(dispatched("J"), None, "Shift+J is not j");
    }

    #[test]
    fn typing_keeps_letters_and_modifiers_belong_to_the_browser() {
        let typing = Context {
            typing: true,
            ..Context::default()
        };
        let modifier = Context {
            modifier: true,
            ..Context::default()
        };
        assert_eq!(command("j", typing), None);
        assert_eq!(command("/", typing), None);
        assert_eq!(
            command("Escape", typing),
            Some(Command::Dispatch(Action::Escape))
        );
        assert_eq!(command("f", modifier), None);
        assert_eq!(command("Escape", modifier), None);
    }

    #[test]
    fn arrows_home_and_end_move_in_the_list_only_from_a_row() {
        let on_row = Context {
            row: Some(7),
            ..Context::default()
        };
        for (key, tree_key) in [
            ("ArrowUp", TreeKey::Up),
            ("ArrowDown", TreeKey::Down),
            ("ArrowLeft", TreeKey::Left),
            ("ArrowRight", TreeKey::Right),
            ("Home", TreeKey::First),
            ("End", TreeKey::Last),
        ] {
            assert_eq!(
                command(key, on_row),
                Some(Command::Dispatch(Action::Tree {
                    at: Some(7),
                    key: tree_key
                })),
                "{key}"
            );
            // Elsewhere they scroll the page, as browsers do.
            assert_eq!(command(key, Context::default()), None, "{key}");
            let typing_in_a_row = Context {
                typing: true,
                ..on_row
            };
            assert_eq!(command(key, typing_in_a_row), None, "{key}");
        }
        assert_eq!(dispatched("ArrowDown"), None);
    }
}

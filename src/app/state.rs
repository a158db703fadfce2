//! The app's state and its one reducer. `apply` is pure: file reading, clipboard and
//! downloads happen in `root.rs` and `services.rs`, which only dispatch [`Action`]s.

use crate::model::Archive;
use crate::read_dump;
use crate::summary::Summary;
use std::rc::Rc;

/// A dump on screen.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// File name, or "pasted text" / "example".
    pub name: String,
    pub archive: Archive,
    pub summary: Summary,
    /// What the edge noticed while turning bytes into text (encoding guesses).
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// The dump on screen. A failed load never clears it: the user keeps their view.
    pub current: Option<Rc<Loaded>>,
    /// Name of the file being read, while it is read.
    pub loading: Option<String>,
    /// The last load's failure, shown until dismissed or replaced.
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    StartLoading {
        name: String,
    },
    Open {
        name: String,
        text: Rc<str>,
        notices: Vec<String>,
    },
    Fail {
        name: String,
        message: String,
    },
    DismissError,
    Close,
}

pub fn apply(state: &AppState, action: Action) -> AppState {
    match action {
        Action::StartLoading { name } => AppState {
            loading: Some(name),
            error: None,
            ..state.clone()
        },
        Action::Open {
            name,
            text,
            notices,
        } => {
            let archive = read_dump(&text);
            let summary = Summary::of(&archive);
            AppState {
                current: Some(Rc::new(Loaded {
                    name,
                    archive,
                    summary,
                    notices,
                })),
                loading: None,
                error: None,
            }
        }
        Action::Fail { name, message } => AppState {
            loading: None,
            error: Some(format!("{name}: {message}")),
            ..state.clone()
        },
        Action::DismissError => AppState {
            error: None,
            ..state.clone()
        },
        Action::Close => AppState::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &str) -> Action {
        Action::Open {
            name: "t.txt".into(),
            text: text.into(),
            notices: vec![],
        }
    }

    #[test]
    fn opening_parses_and_clears_loading_and_errors() {
        let s = apply(
            &AppState::default(),
            Action::StartLoading {
                name: "t.txt".into(),
            },
        );
        assert_eq!(s.loading.as_deref(), Some("t.txt"));
        let s = apply(&s, open("a @ 2010-09-16 10:59:58\n\nhello\n"));
        let loaded = s.current.as_ref().unwrap();
        assert_eq!(loaded.archive.entries.len(), 1);
        assert_eq!(loaded.summary.entries, 1);
        assert_eq!((s.loading, s.error), (None, None));
    }

    #[test]
    fn a_failed_load_keeps_the_view_on_screen() {
        let s = apply(
            &AppState::default(),
            open("a @ 2010-09-16 10:59:58\n\nhello\n"),
        );
        let s = apply(
            &s,
            Action::StartLoading {
                name: "b.png".into(),
            },
        );
        let s = apply(
            &s,
            Action::Fail {
                name: "b.png".into(),
                message: "binary".into(),
            },
        );
        assert_eq!(s.current.as_ref().unwrap().archive.entries.len(), 1);
        assert_eq!(s.error.as_deref(), Some("b.png: binary"));
        assert_eq!(s.loading, None);
        let s = apply(&s, Action::DismissError);
        assert_eq!(s.error, None);
        assert!(s.current.is_some());
    }
}

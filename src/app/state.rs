//! The app's state and its one reducer. `apply` is pure: file reading, clipboard and
//! downloads happen in `root.rs` and `services.rs`, which only dispatch [`Action`]s.

use super::view_link;
use crate::authors::Authors;
use crate::model::{Archive, Stamp};
use crate::read_dump;
use crate::share::{self, View};
use crate::summary::Summary;
use crate::thread::tree::Tree;
use crate::timeline::{latency, Latency, Timeline};
use std::collections::BTreeSet;
use std::rc::Rc;

/// Replies nest this deep on screen; deeper ones open as their own thread ("continued"),
/// so that indentation stays readable.
pub const MAX_DEPTH: usize = 5;

/// A dump on screen.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// File name, or "pasted text" / "example".
    pub name: String,
    pub archive: Archive,
    pub summary: Summary,
    pub tree: Tree,
    pub authors: Authors,
    pub timeline: Timeline,
    pub latency: Latency,
    /// What the edge noticed while turning bytes into text (encoding guesses).
    pub notices: Vec<String>,
    /// Sharing: the text as opened (to pack into a link), each entry's permalink anchor,
    /// and the `#z=` payload when the dump came from a link (kept in the address).
    pub text: Rc<str>,
    pub anchors: Vec<String>,
    pub shared: Option<Rc<str>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// The dump on screen. A failed load never clears it: the user keeps their view.
    pub current: Option<Rc<Loaded>>,
    /// Name of the file being read, while it is read.
    pub loading: Option<String>,
    /// The last load's failure, shown until dismissed or replaced.
    pub error: Option<String>,
    /// How the dump on screen is shown; reset when another dump opens.
    pub view: ViewState,
    /// A view from a link, applied when the next dump opens.
    pub pending: Option<View>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replies nested under what they answer.
    Thread,
    /// Dump order.
    Chronological,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// `None` until the user picks: threads when there are reply links, else dump order.
    pub chosen_mode: Option<Mode>,
    /// Entries whose replies are folded away.
    pub collapsed: BTreeSet<usize>,
    /// A thread opened on its own ("continued"): only its subtree is shown.
    pub focus: Option<usize>,
    /// The reply under the pointer or focus: its parents are outlined.
    pub hovered: Option<usize>,
    /// The entry to scroll to and flash, with a counter so that jumping twice to the
    /// same entry flashes it twice.
    pub jump: Option<(usize, u32)>,
    /// The person whose entries stand out (an identity id); the others are dimmed.
    pub highlight: Option<usize>,
    /// Only entries dated in `[from, to)` are listed.
    pub range: Option<(Stamp, Stamp)>,
}

impl ViewState {
    /// Whether the filters let entry `id` through.
    pub fn shows(&self, archive: &Archive, id: usize) -> bool {
        self.range.is_none_or(|(from, to)| {
            archive.entries[id]
                .time
                .is_some_and(|t| from <= t && t < to)
        })
    }
}

impl AppState {
    pub fn mode(&self) -> Mode {
        let has_links = self
            .current
            .as_ref()
            .is_some_and(|l| l.archive.entries.iter().any(|e| !e.parents.is_empty()));
        self.view.chosen_mode.unwrap_or(if has_links {
            Mode::Thread
        } else {
            Mode::Chronological
        })
    }
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
    SetMode(Mode),
    ToggleReplies(usize),
    /// Show one thread alone (`Some`) or every thread (`None`).
    Focus(Option<usize>),
    Hover(Option<usize>),
    /// Scroll to an entry and flash it, unfolding whatever hides it.
    JumpTo(usize),
    /// Highlight a person's entries; the same person again clears it.
    ToggleHighlight(usize),
    /// Jump to the highlighted person's next (`true`) or previous entry.
    StepHighlight {
        forward: bool,
    },
    SelectRange(Option<(Stamp, Stamp)>),
    /// Esc: clears the highlight first, then the time range.
    Escape,
    /// A view from the address bar (a link, back / forward); kept for the next dump when
    /// none is open.
    RestoreView(View),
    /// A dump that came inside a link (`#z=`): `payload` stays in the address.
    OpenShared {
        text: Rc<str>,
        payload: Rc<str>,
    },
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
        } => open(state, name, text, notices, None),
        Action::OpenShared { text, payload } => open(
            state,
            share::msg::SHARED_LINK.into(),
            text,
            vec![],
            Some(payload),
        ),
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
        Action::SetMode(mode) => with_view(state, |v| {
            v.chosen_mode = Some(mode);
            v.focus = None;
        }),
        Action::ToggleReplies(id) => with_view(state, |v| {
            if !v.collapsed.remove(&id) {
                v.collapsed.insert(id);
            }
        }),
        Action::Focus(focus) => with_view(state, |v| v.focus = focus),
        Action::Hover(hovered) => with_view(state, |v| v.hovered = hovered),
        Action::JumpTo(id) => jump(state, id),
        Action::ToggleHighlight(person) => with_view(state, |v| {
            v.highlight = (v.highlight != Some(person)).then_some(person);
        }),
        Action::StepHighlight { forward } => {
            let (Some(loaded), Some(person)) = (&state.current, state.view.highlight) else {
                return state.clone();
            };
            let theirs = &loaded.authors.identities[person].entries;
            let here = state.view.jump.map(|(id, _)| id);
            let next = match (forward, here) {
                (true, Some(h)) => theirs.iter().find(|&&e| e > h).or(theirs.first()),
                (false, Some(h)) => theirs.iter().rev().find(|&&e| e < h).or(theirs.last()),
                (true, None) => theirs.first(),
                (false, None) => theirs.last(),
            };
            match next {
                Some(&id) => jump(state, id),
                None => state.clone(),
            }
        }
        Action::SelectRange(range) => with_view(state, |v| v.range = range),
        Action::Escape => with_view(state, |v| {
            if v.highlight.take().is_none() {
                v.range = None;
            }
        }),
        Action::RestoreView(view) => {
            let Some(loaded) = &state.current else {
                return AppState {
                    pending: Some(view),
                    ..state.clone()
                };
            };
            let r = view_link::resolve(loaded, &view);
            let next = with_view(state, |v| {
                v.chosen_mode = r.mode;
                v.highlight = r.highlight;
                v.range = r.range;
                view_link::set_search(v, r.search);
                if r.entry.is_none() {
                    v.jump = None;
                }
            });
            match r.entry {
                Some(id) => jump(&next, id),
                None => next,
            }
        }
    }
}

fn open(
    state: &AppState,
    name: String,
    text: Rc<str>,
    notices: Vec<String>,
    shared: Option<Rc<str>>,
) -> AppState {
    let archive = read_dump(&text);
    let summary = Summary::of(&archive);
    let tree = Tree::build(&archive.entries);
    let authors = Authors::of(&archive);
    let timeline = Timeline::of(&archive, &authors);
    let latency = latency(&archive, &authors);
    let anchors = share::anchors(&archive.entries);
    let opened = AppState {
        current: Some(Rc::new(Loaded {
            name,
            archive,
            summary,
            tree,
            authors,
            timeline,
            latency,
            notices,
            text,
            anchors,
            shared,
        })),
        loading: None,
        error: None,
        view: ViewState::default(),
        pending: None,
    };
    match state.pending.clone() {
        Some(view) => apply(&opened, Action::RestoreView(view)),
        None => opened,
    }
}

fn jump(state: &AppState, id: usize) -> AppState {
    let Some(loaded) = &state.current else {
        return state.clone();
    };
    let tree = &loaded.tree;
    let thread_mode = state.mode() == Mode::Thread;
    let hidden_by_range = !state.view.shows(&loaded.archive, id);
    with_view(state, |v| {
        if thread_mode {
            reveal(tree, id, v);
        }
        if hidden_by_range {
            v.range = None;
        }
        let count = v.jump.map_or(0, |(_, n)| n.wrapping_add(1));
        v.jump = Some((id, count));
    })
}

fn with_view(state: &AppState, change: impl FnOnce(&mut ViewState)) -> AppState {
    let mut next = state.clone();
    change(&mut next.view);
    next
}

/// Unfolds the threads around `id` and, when it is outside the thread on its own or
/// deeper than the nesting cap, focuses the thread that shows it.
fn reveal(tree: &Tree, id: usize, v: &mut ViewState) {
    for a in tree.ancestors(id) {
        v.collapsed.remove(&a);
    }
    if v.focus.is_some_and(|f| !tree.is_within(id, f)) {
        v.focus = None;
    }
    let top = v.focus.map_or(0, |f| tree.depth[f]);
    if tree.depth[id] > top + MAX_DEPTH {
        // The ancestor MAX_DEPTH levels up shows `id` at the deepest nested level.
        v.focus = tree.ancestors(id).nth(MAX_DEPTH - 1);
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

    fn chain(n: usize) -> String {
        // Each comment addresses the previous author: a thread n deep.
        let mut text = String::new();
        for i in 0..n {
            let body = if i == 0 {
                "Start.".to_string()
            } else {
                format!("@p{} ok", i - 1)
            };
            text += &format!("p{i} @ 2020-01-01 10:{i:02}:00\n\n{body}\n\n");
        }
        text
    }

    #[test]
    fn threads_by_default_when_there_are_links_and_dump_order_otherwise() {
        let s = apply(&AppState::default(), open(&chain(3)));
        assert_eq!(s.mode(), Mode::Thread);
        let s = apply(&s, Action::SetMode(Mode::Chronological));
        assert_eq!(s.mode(), Mode::Chronological);
        let s = apply(&s, open("a @ 2020-01-01 10:00:00\n\nhello\n"));
        assert_eq!(
            s.mode(),
            Mode::Chronological,
            "a new dump resets the choice"
        );
        assert_eq!(s.view, ViewState::default());
    }

    #[test]
    fn jumping_unfolds_and_refocuses_to_reveal_the_target() {
        let s = apply(&AppState::default(), open(&chain(10)));
        let tree = &s.current.as_ref().unwrap().tree;
        assert_eq!(tree.depth[9], 9);
        let s = apply(&s, Action::ToggleReplies(2));
        assert!(s.view.collapsed.contains(&2));
        let s = apply(&s, Action::JumpTo(4));
        assert!(!s.view.collapsed.contains(&2), "the fold hiding #4 opens");
        assert_eq!(s.view.jump, Some((4, 0)));
        assert_eq!(s.view.focus, None);
        let s = apply(&s, Action::JumpTo(9));
        assert_eq!(
            s.view.focus,
            Some(4),
            "#9 is shown at the deepest level under #4"
        );
        assert_eq!(s.view.jump, Some((9, 1)));
        let s = apply(&s, Action::JumpTo(1));
        assert_eq!(s.view.focus, None, "#1 is outside the focused thread");
    }

    #[test]
    fn highlight_steps_through_a_persons_entries_and_escape_clears() {
        let text = "a @ 2020-01-01 10:00:00\n\nx\n\nb @ 2020-01-01 10:01:00\n\ny\n\n\
                    A @ 2020-01-01 10:02:00\n\nz\n";
        let s = apply(&AppState::default(), open(text));
        let a = s.current.as_ref().unwrap().authors.identities[0].id;
        let s = apply(&s, Action::ToggleHighlight(a));
        assert_eq!(s.view.highlight, Some(a));
        let s = apply(&s, Action::StepHighlight { forward: true });
        assert_eq!(s.view.jump.map(|j| j.0), Some(0));
        let s = apply(&s, Action::StepHighlight { forward: true });
        assert_eq!(
            s.view.jump.map(|j| j.0),
            Some(2),
            "`A` is the same person as `a`"
        );
        let s = apply(&s, Action::StepHighlight { forward: true });
        assert_eq!(s.view.jump.map(|j| j.0), Some(0), "wraps around");
        let s = apply(
            &s,
            Action::SelectRange(
                Stamp::new(2020, 1, 1, 10, 1, 0).zip(Stamp::new(2020, 1, 1, 10, 2, 0)),
            ),
        );
        let s = apply(&s, Action::Escape);
        assert_eq!(s.view.highlight, None);
        assert!(s.view.range.is_some());
        let s = apply(&s, Action::Escape);
        assert_eq!(s.view.range, None);
        let s = apply(&s, Action::ToggleHighlight(a));
        let s = apply(&s, Action::ToggleHighlight(a));
        assert_eq!(s.view.highlight, None, "a second click clears");
    }

    #[test]
    fn a_range_filters_and_jumping_outside_it_lifts_it() {
        let text = "a @ 2020-01-01 10:00:00\n\nx\n\nb @ 2020-01-02 10:00:00\n\n@a y\n";
        let s = apply(&AppState::default(), open(text));
        let day2 = Stamp::new(2020, 1, 2, 0, 0, 0).zip(Stamp::new(2020, 1, 3, 0, 0, 0));
        let s = apply(&s, Action::SelectRange(day2));
        let archive = &s.current.as_ref().unwrap().archive;
        assert!(!s.view.shows(archive, 0) && s.view.shows(archive, 1));
        let s = apply(&s, Action::JumpTo(0));
        assert_eq!(s.view.range, None);
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

//! What the entry list shows, as flat rows: the reply tree restricted to the entries the
//! filters let through, walked depth first, with folds, the depth cap and a focused
//! thread applied. Pure, so that keyboard steps, search order and the (virtualised) list
//! all agree on one reading order, and so that it is tested natively.
//!
//! A flat list of rows with a level each (rather than nested lists) is what an ARIA tree
//! with `aria-level` needs, and what a virtualised list can slice.

use super::state::{Loaded, Mode, ViewState};
use crate::thread::tree::{walk, Children, Parent, MAX_DEPTH};
pub use crate::thread::tree::{Replies, Row};
use std::borrow::Cow;
use std::rc::Rc;

/// The rows on screen: the dump's own reading rows, shared, when nothing is filtered,
/// folded or focused (a new dump, or the reader back to where it started), else walked
/// afresh.
pub fn listed(loaded: &Loaded, view: &ViewState, mode: Mode) -> Rc<Vec<Row>> {
    let as_opened = mode == Mode::Thread
        && !view.filtered()
        && view.focus.is_none()
        && view.collapsed.is_empty();
    if as_opened {
        loaded.views.rows.clone()
    } else {
        Rc::new(Shown::new(loaded, view).rows(view, mode))
    }
}

/// The reply tree as the filters leave it: every shown entry hangs under its nearest
/// shown ancestor, or becomes a root.
pub struct Shown<'a> {
    pub visible: Vec<bool>,
    pub count: usize,
    roots: Cow<'a, [usize]>,
    children: Cow<'a, Children>,
    descendants: Cow<'a, [usize]>,
}

impl<'a> Shown<'a> {
    pub fn new(loaded: &'a Loaded, view: &ViewState) -> Shown<'a> {
        let tree = &loaded.views.tree;
        let n = loaded.archive.entries.len();
        let visible: Vec<bool> = if view.filtered() {
            (0..n).map(|id| view.shows(loaded, id)).collect()
        } else {
            vec![true; n]
        };
        let count = if view.filtered() {
            visible.iter().filter(|&&v| v).count()
        } else {
            n
        };
        if count == n {
            // Nothing filtered: the tree as built, borrowed rather than copied.
            return Shown {
                visible,
                count,
                roots: Cow::Borrowed(&tree.roots),
                children: Cow::Borrowed(&tree.children),
                descendants: Cow::Borrowed(&tree.descendants),
            };
        }
        // Parents come before their replies, so one pass in dump order finds each shown
        // entry's nearest shown ancestor, and one backward pass counts subtrees.
        let mut shown_parent: Vec<Parent> = vec![Parent::default(); n];
        let mut roots = Vec::new();
        for id in 0..n {
            let parent = tree.parent(id).and_then(|p| {
                if visible[p] {
                    Some(p)
                } else {
                    shown_parent[p].get()
                }
            });
            shown_parent[id] = Parent::of(parent);
            if visible[id] && parent.is_none() {
                roots.push(id);
            }
        }
        // A hidden entry hangs under nothing: its parent was only there to be passed on.
        for (parent, &shown) in shown_parent.iter_mut().zip(&visible) {
            if !shown {
                *parent = Parent::default();
            }
        }
        let children = Children::of(&shown_parent);
        let mut descendants = vec![0; n];
        for id in (0..n).rev().filter(|&id| visible[id]) {
            if let Some(p) = shown_parent[id].get() {
                descendants[p] += descendants[id] + 1;
            }
        }
        Shown {
            visible,
            count,
            roots: Cow::Owned(roots),
            children: Cow::Owned(children),
            descendants: Cow::Owned(descendants),
        }
    }

    /// The rows on screen: folds, the depth cap and the focused thread applied.
    pub fn rows(&self, view: &ViewState, mode: Mode) -> Vec<Row> {
        self.walk(view, mode, true)
    }

    /// Every shown entry in reading order, as if every fold were open and no thread
    /// focused: the order in which `j`/`k` and search hits move.
    pub fn order(&self, view: &ViewState, mode: Mode) -> Vec<usize> {
        self.walk(view, mode, false)
            .into_iter()
            .map(|r| r.id)
            .collect()
    }

    fn walk(&self, view: &ViewState, mode: Mode, as_shown: bool) -> Vec<Row> {
        let n = self.visible.len();
        if mode == Mode::Chronological {
            return (0..n)
                .filter(|&id| self.visible[id])
                .map(|id| Row::new(id, 0, Replies::None))
                .collect();
        }
        let focused = view
            .focus
            .filter(|&f| as_shown && self.visible.get(f) == Some(&true));
        let tops: &[usize] = match &focused {
            Some(f) => std::slice::from_ref(f),
            None => &self.roots,
        };
        walk(
            tops,
            &self.children,
            &self.descendants,
            as_shown.then_some(MAX_DEPTH),
            |id| as_shown && view.collapsed.contains(&id),
            self.count,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::{apply, Action, AppState};
    use crate::model::Kind;

    /// p0 ← p1 ← p2 ← … (each addresses the previous author), then an unrelated q.
    fn chain(n: usize) -> AppState {
        let mut text = String::new();
        for i in 0..n {
            let body = if i == 0 {
                "Start.".to_string()
            } else {
                format!("@p{} ok", i - 1)
            };
            text += &format!("p{i} @ 2020-01-0{} 10:{i:02}:00\n\n{body}\n\n", 1 + i % 2);
        }
        text += "q @ 2020-01-03 10:00:00\n\nUnrelated.\n";
        apply(
            &AppState::default(),
            Action::Open {
                name: "t".into(),
                text: text.into(),
                notices: vec![],
                source: Default::default(),
            },
        )
    }

    fn rows(s: &AppState) -> Vec<(usize, usize, Replies)> {
        let loaded = s.current.as_ref().unwrap();
        Shown::new(loaded, &s.view)
            .rows(&s.view, s.mode())
            .into_iter()
            .map(|r| (r.id, r.level(), r.replies()))
            .collect()
    }

    #[test]
    fn threads_walk_depth_first_with_levels_and_reply_counts() {
        let s = chain(3);
        assert_eq!(
            rows(&s),
            [
                (0, 0, Replies::Open(2)),
                (1, 1, Replies::Open(1)),
                (2, 2, Replies::None),
                (3, 0, Replies::None)
            ]
        );
    }

    #[test]
    fn folds_hide_replies_and_deep_threads_continue_on_their_own() {
        let s = apply(&chain(3), Action::ToggleReplies(1));
        assert_eq!(rows(&s)[1], (1, 1, Replies::Folded(1)));
        assert_eq!(rows(&s).len(), 3);
        let s = chain(MAX_DEPTH + 3);
        let r = rows(&s);
        assert_eq!(r[MAX_DEPTH], (MAX_DEPTH, MAX_DEPTH, Replies::Continued(2)));
        let s = apply(&s, Action::Focus(Some(MAX_DEPTH)));
        assert_eq!(
            rows(&s),
            [
                (MAX_DEPTH, 0, Replies::Open(2)),
                (MAX_DEPTH + 1, 1, Replies::Open(1)),
                (MAX_DEPTH + 2, 2, Replies::None)
            ]
        );
    }

    #[test]
    fn a_filtered_entry_hands_its_replies_to_its_nearest_shown_ancestor() {
        // Days alternate: p0, p2 on the 1st; p1 on the 2nd; q on the 3rd.
        let s = chain(3);
        let day1 = crate::model::Stamp::new(2020, 1, 1, 0, 0, 0)
            .zip(crate::model::Stamp::new(2020, 1, 2, 0, 0, 0));
        let s = apply(&s, Action::SelectRange(day1));
        assert_eq!(rows(&s), [(0, 0, Replies::Open(1)), (2, 1, Replies::None)]);
    }

    #[test]
    fn reading_order_ignores_folds_and_focus() {
        let s = apply(&chain(4), Action::ToggleReplies(0));
        let s = apply(&s, Action::Focus(Some(2)));
        let loaded = s.current.as_ref().unwrap();
        let shown = Shown::new(loaded, &s.view);
        assert_eq!(shown.order(&s.view, s.mode()), [0, 1, 2, 3, 4]);
        assert_eq!(shown.rows(&s.view, s.mode()).len(), 2, "p2 and p3 alone");
    }

    #[test]
    fn dump_order_is_flat() {
        let s = apply(&chain(3), Action::SetMode(Mode::Chronological));
        assert!(rows(&s)
            .iter()
            .all(|&(_, level, r)| level == 0 && r == Replies::None));
        let s = apply(&s, Action::ToggleKind(Kind::Comment));
        assert!(rows(&s).is_empty());
    }

    #[test]
    fn a_chain_of_a_hundred_thousand_replies_does_not_overflow_the_stack() {
        let n = 100_000;
        let entries: Vec<crate::model::Entry> = (0..n)
            .map(|id| crate::model::Entry {
                id,
                author: format!("p{}", id % 2).into(),
                time: None,
                time_text: None,
                kind: Kind::Message,
                line: id,
                span: [0, 0],
                links: id
                    .checked_sub(1)
                    .map(|to| crate::model::Link {
                        to,
                        evidence: "".into(),
                        confidence: 1.0,
                        cue: crate::model::Cue::Context,
                    })
                    .into_iter()
                    .collect(),
                body: Box::default(),
                approximate: false,
            })
            .collect();
        let loaded = Loaded::new(
            "t".into(),
            crate::model::Archive {
                entries,
                ..Default::default()
            },
            vec![],
            "".into(),
            None,
        );
        let view = ViewState::default();
        let shown = Shown::new(&loaded, &view);
        assert_eq!(shown.order(&view, Mode::Thread).len(), n);
        assert_eq!(shown.rows(&view, Mode::Thread).len(), MAX_DEPTH + 1);
    }
}

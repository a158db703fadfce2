//! The view in a link: [`AppState`] ⇄ [`share::View`](crate::share::View). Pure: the
//! address bar itself is handled by `links.rs`.

use super::state::{Action, AppState, Loaded, Mode, ViewState};
use crate::model::Stamp;
use crate::share::{Fragment, View, ViewMode};

/// The view on screen, as a link says it.
pub fn view_of(state: &AppState) -> View {
    let Some(loaded) = &state.current else {
        return View::default();
    };
    let v = &state.view;
    View {
        entry: v.jump.and_then(|(id, _)| loaded.anchors().get(id).cloned()),
        author: v
            .highlight
            .and_then(|h| loaded.views.authors.identities.get(h))
            .map(|who| who.name.clone()),
        range: v.range,
        mode: v.chosen_mode.map(|m| match m {
            Mode::Thread => ViewMode::Thread,
            Mode::Chronological => ViewMode::Chrono,
        }),
        search: search_of(v),
    }
}

/// The view part of the fragment the address bar should show (`""` for the default
/// view), or `None` to leave the address alone: a view from a link still waiting for
/// its dump.
pub fn view_hash(state: &AppState) -> Option<String> {
    match (&state.current, &state.pending) {
        (Some(_), _) => Some(
            Fragment {
                data: None,
                view: view_of(state),
            }
            .to_hash(),
        ),
        (None, Some(_)) => None,
        (None, None) => Some(String::new()),
    }
}

/// The whole fragment: the `#z=` payload when the dump came from a link, then the view.
pub fn full_hash(loaded: &Loaded, view_hash: &str) -> String {
    match &loaded.shared {
        Some(data) => data_hash(data, view_hash),
        None => view_hash.to_string(),
    }
}

/// `#z=<data>`, then the view's keys.
pub fn data_hash(data: &str, view_hash: &str) -> String {
    match view_hash.strip_prefix('#') {
        Some(keys) => format!("#z={data}&{keys}"),
        None => format!("#z={data}"),
    }
}

/// A link's view, resolved against the dump on screen. What the link names and the dump
/// lacks (an anchor, a person) is dropped.
#[derive(Debug, Default, PartialEq)]
pub struct Resolved {
    pub mode: Option<Mode>,
    pub highlight: Option<usize>,
    pub range: Option<(Stamp, Stamp)>,
    pub entry: Option<usize>,
    pub search: Option<String>,
}

pub fn resolve(loaded: &Loaded, view: &View) -> Resolved {
    let highlight = view
        .author
        .as_deref()
        .and_then(|name| loaded.views.authors.find(name))
        .map(|who| who.id);
    Resolved {
        mode: view.mode.map(|m| match m {
            ViewMode::Thread => Mode::Thread,
            ViewMode::Chrono => Mode::Chronological,
        }),
        highlight,
        range: view.range,
        entry: view
            .entry
            .as_ref()
            .and_then(|a| loaded.anchors().iter().position(|x| x == a)),
        search: view.search.clone(),
    }
}

fn search_of(v: &ViewState) -> Option<String> {
    (!v.search.trim().is_empty()).then(|| v.search.clone())
}

pub fn set_search(v: &mut ViewState, q: Option<String>) {
    v.search = q.unwrap_or_default();
}

/// What a change the user made is, as far as history goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gesture {
    /// An edit of the search box, keystroke by keystroke.
    Typing,
    /// The selection moving through entries (`j`/`k`, arrows, `n`/`p`, previous / next).
    Stepping,
    /// Anything else: a click, a mode, a highlight, a range picked.
    Other,
}

pub fn gesture(action: &Action) -> Gesture {
    match action {
        Action::SetSearch(_) => Gesture::Typing,
        Action::StepEntry { .. } | Action::StepHit { .. } | Action::StepHighlight { .. } => {
            Gesture::Stepping
        }
        _ => Gesture::Other,
    }
}

/// How a change of the view enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new entry: Back returns to the view before.
    Push,
    /// The current entry is updated in place.
    Replace,
}

/// One history entry per view change the user makes: a whole edit of the search box is
/// one (its first keystroke pushes, the next ones replace), and moving the selection
/// only updates the entry it is in. `before` is the gesture that last wrote the address.
pub fn history_step(now: Gesture, before: Option<Gesture>) -> HistoryStep {
    match (now, before) {
        (Gesture::Stepping, _) | (Gesture::Typing, Some(Gesture::Typing)) => HistoryStep::Replace,
        _ => HistoryStep::Push,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::{apply, Action};
    use crate::share::View;

    const TEXT: &str = "Ann @ 2020-01-01 10:00:00\n\nhello\n\n\
                        Bob @ 2020-01-02 10:00:00\n\n@Ann hi\n\n\
                        ann @ 2020-01-03 10:00:00\n\n@Bob yes\n";

    fn opened() -> AppState {
        apply(
            &AppState::default(),
            Action::Open {
                name: "t.txt".into(),
                text: TEXT.into(),
                notices: vec![],
                source: Default::default(),
            },
        )
    }

    #[test]
    fn a_view_survives_the_trip_through_a_link() {
        let s = opened();
        assert_eq!(
            view_hash(&s).as_deref(),
            Some(""),
            "the default view says nothing"
        );
        let anchors = s.current.as_ref().unwrap().anchors().to_vec();
        let s = apply(&s, Action::JumpTo(1));
        let s = apply(&s, Action::ToggleHighlight(0));
        let s = apply(&s, Action::SetMode(Mode::Chronological));
        let day = Stamp::new(2020, 1, 2, 0, 0, 0).zip(Stamp::new(2020, 1, 3, 0, 0, 0));
        let s = apply(&s, Action::SelectRange(day));
        let hash = view_hash(&s).unwrap();
        assert_eq!(
            hash,
            format!(
                "#e={}&a=Ann&from=2020-01-02T00:00:00&to=2020-01-03T00:00:00&m=chrono",
                anchors[1]
            )
        );

        let fresh = apply(&opened(), Action::RestoreView(Fragment::parse(&hash).view));
        assert_eq!(fresh.view.jump.map(|j| j.0), Some(1));
        assert_eq!(fresh.view.highlight, Some(0));
        assert_eq!(fresh.view.range, day);
        assert_eq!(fresh.mode(), Mode::Chronological);
        assert_eq!(view_hash(&fresh), Some(hash));
    }

    #[test]
    fn a_view_from_a_link_waits_for_its_dump() {
        let anchors = opened().current.as_ref().unwrap().anchors().to_vec();
        let view = View {
            entry: Some(anchors[2].clone()),
            author: Some("BOB".into()),
            ..View::default()
        };
        let s = apply(&AppState::default(), Action::RestoreView(view.clone()));
        assert_eq!(s.pending, Some(view));
        assert_eq!(view_hash(&s), None, "the address is left alone meanwhile");
        let s = apply(
            &s,
            Action::Open {
                name: "t.txt".into(),
                text: TEXT.into(),
                notices: vec![],
                source: Default::default(),
            },
        );
        assert_eq!(s.pending, None);
        assert_eq!(s.view.jump.map(|j| j.0), Some(2), "the entry is selected");
        assert_eq!(s.view.highlight, Some(1), "Bob, named in another case");
        let s = apply(&s, Action::Close);
        assert_eq!(view_hash(&s).as_deref(), Some(""));
    }

    #[test]
    fn what_the_dump_lacks_is_dropped_and_the_rest_reset() {
        let s = apply(&opened(), Action::JumpTo(2));
        let s = apply(&s, Action::SetMode(Mode::Chronological));
        let view = View {
            entry: Some("nosuchanchor".into()),
            author: Some("Nobody".into()),
            ..View::default()
        };
        let s = apply(&s, Action::RestoreView(view));
        assert_eq!(s.view.jump, None);
        assert_eq!(s.view.highlight, None);
        assert_eq!(s.view.chosen_mode, None, "back to the default mode");
        assert_eq!(view_hash(&s).as_deref(), Some(""));
    }

    #[test]
    fn a_dump_from_a_link_keeps_its_data_in_the_address() {
        let s = apply(
            &AppState::default(),
            Action::OpenShared {
                text: TEXT.into(),
                payload: "AbC".into(),
                source: Default::default(),
            },
        );
        let loaded = s.current.as_ref().unwrap();
        assert_eq!(loaded.name, crate::share::msg::SHARED_LINK);
        assert_eq!(full_hash(loaded, ""), "#z=AbC");
        assert_eq!(full_hash(loaded, "#m=chrono"), "#z=AbC&m=chrono");
        assert_eq!(&*loaded.text, TEXT, "the text is kept, to share it again");
        let s = apply(
            &s,
            Action::Open {
                name: "other.txt".into(),
                text: TEXT.into(),
                notices: vec![],
                source: Default::default(),
            },
        );
        assert_eq!(s.current.as_ref().unwrap().shared, None);
    }

    #[test]
    fn an_edit_of_the_search_is_one_history_entry_and_steps_replace() {
        use HistoryStep::*;
        let typing = gesture(&Action::SetSearch("a".into()));
        let click = gesture(&Action::ToggleHighlight(0));
        let step = gesture(&Action::StepEntry { forward: true });
        assert_eq!(
            history_step(typing, Some(click)),
            Push,
            "the first keystroke"
        );
        assert_eq!(history_step(typing, None), Push);
        assert_eq!(history_step(typing, Some(typing)), Replace, "the next ones");
        assert_eq!(
            history_step(typing, Some(step)),
            Push,
            "a new edit after n / Enter"
        );
        assert_eq!(history_step(step, None), Replace);
        assert_eq!(
            history_step(gesture(&Action::StepHit { forward: false }), Some(typing)),
            Replace
        );
        assert_eq!(history_step(click, Some(click)), Push);
        assert_eq!(history_step(click, Some(typing)), Push);
        assert_eq!(
            history_step(gesture(&Action::SelectRange(None)), Some(step)),
            Push
        );
    }
}

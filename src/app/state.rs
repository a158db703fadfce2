//! The app's state and its one reducer. `apply` is pure: file reading, clipboard and
//! downloads happen in `root.rs` and `services.rs`, which only dispatch [`Action`]s.

use super::i18n::Lang;
use super::message::Message;
use super::rows::{Replies, Shown};
use super::view_link;
use crate::decode::Encoding;
use crate::model::{Archive, Entry, Kind, Stamp};
use crate::parse::ParseOptions;
use crate::read_dump_with;
use crate::search::Query;
use crate::share::{self, View};
use crate::thread::tree::Tree;
use crate::views::Views;
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;

pub use crate::thread::tree::MAX_DEPTH;

/// A dump on screen.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// File name, or "pasted text" / "example".
    pub name: String,
    pub archive: Archive,
    /// Reply tree, authors, timeline and the rest shown beside the entries.
    pub views: Views,
    /// What the edge noticed while turning bytes into text (encoding guesses).
    pub notices: Vec<Message>,
    /// Sharing: the text as opened (to pack into a link), each entry's permalink anchor,
    /// and the `#z=` payload when the dump came from a link (kept in the address).
    pub text: Rc<str>,
    anchors: std::cell::OnceCell<Vec<String>>,
    pub shared: Option<Rc<str>>,
    pub source: Source,
    /// Only the opening of a large file, shown while the rest loads.
    pub partial: bool,
}

impl Loaded {
    /// Each entry's permalink anchor, worked out at the first need of one (a link, a
    /// copy, a restored view): hashing every entry of a large log is not worth doing
    /// for readers who never share.
    pub fn anchors(&self) -> &[String] {
        self.anchors
            .get_or_init(|| share::anchors(&self.archive.entries))
    }

    /// The dump `text` parses into, with everything its views need (pure: the edge calls
    /// it too, to parse in a task before the one that shows the dump).
    pub fn read(
        name: String,
        text: Rc<str>,
        notices: Vec<Message>,
        shared: Option<Rc<str>>,
        source: Source,
    ) -> Loaded {
        let options = ParseOptions {
            anchor: source.anchor,
        };
        let archive = read_dump_with(&text, &options);
        Loaded {
            source,
            ..Loaded::new(name, archive, notices, text, shared)
        }
    }

    /// Everything the views need, computed once per dump.
    pub fn new(
        name: String,
        archive: Archive,
        notices: Vec<Message>,
        text: Rc<str>,
        shared: Option<Rc<str>>,
    ) -> Loaded {
        let views = Views::of(&archive);
        Loaded {
            text,
            shared,
            ..Loaded::with_views(name, archive, views, notices)
        }
    }

    /// A dump whose views were built elsewhere (by the worker that parsed it).
    pub fn with_views(
        name: String,
        archive: Archive,
        views: Views,
        notices: Vec<Message>,
    ) -> Loaded {
        let (text, shared) = ("".into(), None);
        Loaded {
            name,
            archive,
            views,
            notices,
            text,
            anchors: std::cell::OnceCell::new(),
            shared,
            source: Source::default(),
            partial: false,
        }
    }
}

/// How an opened dump's text was obtained, and what its relative dates count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Source {
    /// How its bytes were decoded; `None` when it came as text (pasted, the example).
    pub encoding: Option<Encoding>,
    /// What relative dates ("7 years ago") count back from: the file's modification
    /// time unless the reader set another.
    pub anchor: Option<Stamp>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// The dump on screen. A failed load never clears it: the user keeps their view.
    pub current: Option<Rc<Loaded>>,
    /// Name of the file being read, while it is read.
    pub loading: Option<String>,
    /// How far a large file's reading has gone (files read by the worker).
    pub progress: Option<Progress>,
    /// The dump that was on screen before a large file's first screen replaced it: back
    /// on screen if that file is cancelled or fails.
    pub previous: Option<Rc<Loaded>>,
    /// The last load's failure, shown until dismissed or replaced.
    pub error: Option<Failure>,
    /// How the dump on screen is shown; reset when another dump opens.
    pub view: ViewState,
    /// The keyboard shortcut sheet is open.
    pub help: bool,
    /// The reader's choices, kept across dumps (and, by the root, across visits).
    pub prefs: Prefs,
    /// The dumps kept in this browser.
    pub library: Library,
    /// A view from a link, applied when the next dump opens.
    pub pending: Option<View>,
}

/// A load that failed: what was being opened, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub name: String,
    pub message: Message,
}

/// A large file on its way.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Progress {
    pub bytes: f64,
    pub total: f64,
    /// Entries found, once parsed (threading them is what remains).
    pub entries: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    /// Newest first.
    pub items: Vec<Stored>,
    /// Bytes used by palabre's storage, and the browser's quota.
    pub usage: Option<(f64, f64)>,
    /// Why the library cannot be used, when it cannot.
    pub unavailable: Option<String>,
    /// The stored dump on screen.
    pub showing: Option<u32>,
}

/// A dump kept in the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub key: u32,
    pub name: String,
    /// Bytes.
    pub size: f64,
    /// When it was last opened, local time.
    pub added: Option<Stamp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: Theme,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the system's light or dark setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replies nested under what they answer.
    Thread,
    /// Dump order.
    Chronological,
}

/// What a narrow screen shows at once; wide screens show everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Entries,
    Timeline,
    Authors,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Entries, Tab::Timeline, Tab::Authors];

    pub fn key(self) -> &'static str {
        match self {
            Tab::Entries => "entries",
            Tab::Timeline => "timeline",
            Tab::Authors => "authors",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// The panel a narrow screen shows; any jump to an entry shows the entries.
    pub tab: Tab,
    /// `None` until the user picks: threads when there are reply links, else dump order.
    pub chosen_mode: Option<Mode>,
    /// Entries whose replies are folded away.
    pub collapsed: BTreeSet<usize>,
    /// A thread opened on its own ("continued"): only its subtree is shown.
    pub focus: Option<usize>,
    /// The reply under the pointer or focus: its parents are outlined.
    pub hovered: Option<usize>,
    /// The entry to scroll to and flash, with a counter so that jumping twice to the
    /// same entry flashes it twice. It is also where `j`/`k` and `a`/`o` act.
    pub jump: Option<(usize, u32)>,
    /// The person whose entries stand out (an identity id); the others are dimmed.
    pub highlight: Option<usize>,
    /// Only entries dated in `[from, to)` are listed.
    pub range: Option<(Stamp, Stamp)>,
    /// Kinds of entries left out of the list.
    pub hidden_kinds: BTreeSet<Kind>,
    /// Only threads in which the post author wrote.
    pub host_threads_only: bool,
    /// The search box's text, as typed.
    pub search: String,
    /// Where the search text occurs, in reading order; derived from the fields above by
    /// `apply`, never set directly.
    pub hits: Rc<Hits>,
    /// The hit `n`/`p` last moved to.
    pub hit: Option<usize>,
}

/// Every occurrence of the search text, in reading order, numbered from 0: kept as the
/// entries that hold them and how many each holds (in its author's name, then in its
/// body). Where in an entry they fall is found again for the entries drawn: kept, the
/// ranges of a one-letter search of a 100 MB IRC log took the page 161 MB.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    query: Option<Query>,
    /// Each entry holding hits, in reading order, with the number of hits before its
    /// first.
    list: Vec<(usize, usize)>,
    /// Positions in `list`, in order of entry: an entry's hits are found by bisection.
    by_entry: Vec<usize>,
    total: usize,
}

impl Hits {
    pub fn len(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The entry holding hit `n`.
    pub fn entry_of(&self, n: usize) -> Option<usize> {
        if n >= self.total {
            return None;
        }
        let after = self.list.partition_point(|&(_, before)| before <= n);
        after.checked_sub(1).map(|at| self.list[at].0)
    }

    /// The entries holding hits, in reading order.
    pub fn entries(&self) -> impl Iterator<Item = usize> + '_ {
        self.list.iter().map(|&(entry, _)| entry)
    }

    /// The hits in `entry`'s `field`: each one's number, and its byte range there. Found
    /// again each time the entry is drawn: one text's scan, where the list of every hit
    /// had been a scan of the whole dump at each keystroke.
    pub fn in_entry(&self, entry: &Entry, field: Field) -> Vec<(usize, Range<usize>)> {
        let list = &self.list;
        let found = self
            .by_entry
            .binary_search_by_key(&entry.id, |&at| list[at].0)
            .ok();
        let (Some(query), Some(found)) = (&self.query, found) else {
            return Vec::new();
        };
        let first = list[self.by_entry[found]].1;
        let (first, text) = match field {
            Field::Author => (first, entry.author.as_str()),
            Field::Body => (first + query.count(&entry.author), &*entry.body),
        };
        (first..).zip(query.find_all(text)).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Author,
    Body,
}

impl ViewState {
    /// Whether the filters (time range, kinds, post author's threads) let entry `id`
    /// through. The highlight and the search only mark entries, they never hide them.
    pub fn shows(&self, loaded: &Loaded, id: usize) -> bool {
        let Some(entry) = loaded.archive.entries.get(id) else {
            return false;
        };
        self.range
            .is_none_or(|(from, to)| entry.time.is_some_and(|t| from <= t && t < to))
            && !self.hidden_kinds.contains(&entry.kind)
            && (!self.host_threads_only || loaded.views.in_host_thread.get(id) == Some(&true))
    }

    /// Whether any filter is on.
    pub fn filtered(&self) -> bool {
        self.range.is_some() || !self.hidden_kinds.is_empty() || self.host_threads_only
    }
}

impl AppState {
    pub fn mode(&self) -> Mode {
        let has_links = self
            .current
            .as_ref()
            .is_some_and(|l| l.archive.entries.iter().any(|e| !e.links.is_empty()));
        self.view.chosen_mode.unwrap_or(if has_links {
            Mode::Thread
        } else {
            Mode::Chronological
        })
    }

    /// The entry keyboard commands act on: the last one jumped or stepped to.
    pub fn selected(&self) -> Option<usize> {
        self.view.jump.map(|(id, _)| id)
    }
}

/// The keys a tree widget answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeKey {
    /// ↑: the row above.
    Up,
    /// ↓: the row below.
    Down,
    /// ←: fold the replies, or go to the entry answered.
    Left,
    /// →: unfold the replies, or go to the first reply.
    Right,
    /// Home: the first row.
    First,
    /// End: the last row.
    Last,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    StartLoading {
        name: String,
    },
    Open {
        name: String,
        text: Rc<str>,
        notices: Vec<Message>,
        source: Source,
    },
    /// A dump the edge read and parsed (`Loaded::read`), in the task before this one: a
    /// seed's parsing and its first drawing in one task had held the page 100 ms.
    Show(Rc<Loaded>),
    /// Count relative dates from this date instead, and read the dump again.
    Reanchor(Stamp),
    /// A large file's reading, parsing and threading (by the worker).
    Progress {
        bytes: f64,
        total: f64,
    },
    /// The opening of a large file, parsed, with its views: shown until the whole is
    /// ready.
    Preview {
        name: String,
        archive: Box<Archive>,
        views: Box<Views>,
        source: Source,
    },
    /// The whole file is parsed; its reply links are being worked out.
    Threading {
        entries: usize,
    },
    /// A dump parsed and threaded elsewhere (by the worker), with its views when they
    /// came too (else they are built here).
    OpenParsed {
        name: String,
        archive: Box<Archive>,
        views: Option<Box<Views>>,
        notices: Vec<Message>,
        source: Source,
    },
    /// The reader stopped a large file's loading.
    CancelLoad,
    Fail {
        name: String,
        message: Message,
    },
    DismissError,
    Close,
    SetMode(Mode),
    /// `t`: threads ↔ dump order.
    ToggleMode,
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
    /// Show or hide entries of a kind.
    ToggleKind(Kind),
    SetHostThreadsOnly(bool),
    SetSearch(String),
    /// Jump to the next (`true`) or previous search hit.
    StepHit {
        forward: bool,
    },
    /// `j` / `k`: the next or previous entry in reading order.
    StepEntry {
        forward: bool,
    },
    /// An arrow key, Home or End in the entry list (an ARIA tree in threads): `at` is the
    /// entry whose row has keyboard focus (else the selected one).
    Tree {
        at: Option<usize>,
        key: TreeKey,
    },
    /// `a`: highlight the selected entry's author.
    HighlightSelected,
    /// `o`: fold or unfold the selected entry's replies.
    ToggleSelectedReplies,
    ToggleHelp,
    /// On a narrow screen, show this panel.
    ShowTab(Tab),
    SetLang(Lang),
    SetTheme(Theme),
    /// What the library holds now.
    Listed {
        items: Vec<Stored>,
        usage: Option<(f64, f64)>,
    },
    LibraryUnavailable(String),
    /// The dump on screen is this stored one.
    Showing(u32),
    /// Esc: closes the shortcut sheet, else clears the highlight, then the search, then
    /// the filters.
    Escape,
    /// A view from the address bar (a link, back / forward); kept for the next dump when
    /// none is open.
    RestoreView(View),
    /// A dump that came inside a link (`#z=`): `payload` stays in the address.
    OpenShared {
        text: Rc<str>,
        payload: Rc<str>,
        source: Source,
    },
}

pub fn apply(state: &AppState, action: Action) -> AppState {
    let next = reduce(state, action);
    match &next.current {
        Some(loaded) if search_inputs_changed(state, &next) => {
            let mut next = next.clone();
            next.view.hits = Rc::new(hits(loaded, &next.view, next.mode()));
            next.view.hit = None;
            next
        }
        _ => next,
    }
}

fn reduce(state: &AppState, action: Action) -> AppState {
    match action {
        Action::StartLoading { name } => AppState {
            loading: Some(name),
            progress: None,
            error: None,
            ..state.clone()
        },
        Action::Progress { bytes, total } => match state.loading {
            Some(_) => AppState {
                progress: Some(Progress {
                    bytes,
                    total,
                    ..state.progress.unwrap_or_default()
                }),
                ..state.clone()
            },
            None => state.clone(),
        },
        Action::Threading { entries } => match state.loading {
            Some(_) => AppState {
                progress: Some(Progress {
                    entries: Some(entries),
                    ..state.progress.unwrap_or_default()
                }),
                ..state.clone()
            },
            None => state.clone(),
        },
        Action::Preview {
            name,
            archive,
            views,
            source,
        } => {
            // Only the file being read: not one cancelled or done with.
            if state.loading.as_deref() != Some(name.as_str()) {
                return state.clone();
            }
            let loaded = Loaded {
                source,
                partial: true,
                ..Loaded::with_views(name, *archive, *views, vec![])
            };
            AppState {
                previous: keep_previous(state),
                current: Some(Rc::new(loaded)),
                view: ViewState::default(),
                ..state.clone()
            }
        }
        Action::OpenParsed {
            name,
            archive,
            views,
            notices,
            source,
        } => {
            // The text stays in the worker's file: `services` reads it again if a link
            // needs it.
            let views = match views {
                Some(views) => *views,
                None => Views::of(&archive),
            };
            let loaded = Loaded {
                source,
                ..Loaded::with_views(name, *archive, views, notices)
            };
            opened(state, Rc::new(loaded))
        }
        Action::CancelLoad => AppState {
            loading: None,
            progress: None,
            current: keep_previous(state),
            previous: None,
            ..state.clone()
        },
        Action::Open {
            name,
            text,
            notices,
            source,
        } => open(state, name, text, notices, None, source),
        Action::Show(loaded) => opened(state, loaded),
        Action::OpenShared {
            text,
            payload,
            source,
        } => open(
            state,
            share::msg::SHARED_LINK.into(),
            text,
            vec![],
            Some(payload),
            source,
        ),
        Action::Reanchor(anchor) => {
            let Some(loaded) = &state.current else {
                return state.clone();
            };
            let source = Source {
                anchor: Some(anchor),
                ..loaded.source
            };
            let reread = Loaded::read(
                loaded.name.clone(),
                loaded.text.clone(),
                loaded.notices.clone(),
                loaded.shared.clone(),
                source,
            );
            // Only dates change: the view (folds, filters, selection) still applies.
            AppState {
                current: Some(Rc::new(reread)),
                ..state.clone()
            }
        }
        Action::Fail { name, message } => AppState {
            loading: None,
            progress: None,
            error: Some(Failure { name, message }),
            current: keep_previous(state),
            previous: None,
            ..state.clone()
        },
        Action::DismissError => AppState {
            error: None,
            ..state.clone()
        },
        Action::Close => AppState {
            prefs: state.prefs,
            help: state.help,
            library: Library {
                showing: None,
                ..state.library.clone()
            },
            ..AppState::default()
        },
        Action::Listed { items, usage } => AppState {
            library: Library {
                items,
                usage,
                unavailable: None,
                ..state.library.clone()
            },
            ..state.clone()
        },
        Action::LibraryUnavailable(why) => AppState {
            library: Library {
                unavailable: Some(why),
                ..state.library.clone()
            },
            ..state.clone()
        },
        Action::Showing(key) => AppState {
            library: Library {
                showing: Some(key),
                ..state.library.clone()
            },
            ..state.clone()
        },
        Action::SetMode(mode) => with_view(state, |v| {
            v.chosen_mode = Some(mode);
            v.focus = None;
        }),
        Action::ToggleMode => {
            let other = match state.mode() {
                Mode::Thread => Mode::Chronological,
                Mode::Chronological => Mode::Thread,
            };
            reduce(state, Action::SetMode(other))
        }
        Action::ToggleReplies(id) => with_view(state, |v| {
            if !v.collapsed.remove(&id) {
                v.collapsed.insert(id);
            }
        }),
        Action::Focus(focus) => with_view(state, |v| v.focus = focus),
        Action::ShowTab(tab) => with_view(state, |v| v.tab = tab),
        Action::Hover(hovered) => with_view(state, |v| v.hovered = hovered),
        Action::JumpTo(id) => jump(state, id),
        Action::ToggleHighlight(person) => with_view(state, |v| {
            v.highlight = (v.highlight != Some(person)).then_some(person);
        }),
        Action::StepHighlight { forward } => {
            let (Some(loaded), Some(person)) = (&state.current, state.view.highlight) else {
                return state.clone();
            };
            let Some(who) = loaded.views.authors.identities.get(person) else {
                return state.clone();
            };
            match step(&who.entries, state.selected(), forward) {
                Some(id) => jump(state, id),
                None => state.clone(),
            }
        }
        Action::SelectRange(range) => with_view(state, |v| v.range = range),
        Action::ToggleKind(kind) => with_view(state, |v| {
            if !v.hidden_kinds.remove(&kind) {
                v.hidden_kinds.insert(kind);
            }
        }),
        Action::SetHostThreadsOnly(on) => with_view(state, |v| v.host_threads_only = on),
        Action::SetSearch(text) => with_view(state, |v| v.search = text),
        Action::StepHit { forward } => {
            let hits = &state.view.hits;
            if hits.is_empty() {
                return state.clone();
            }
            let at = match (state.view.hit, forward) {
                (None, true) => 0,
                (None, false) => hits.len() - 1,
                (Some(h), true) => (h + 1) % hits.len(),
                (Some(h), false) => h.checked_sub(1).unwrap_or(hits.len() - 1),
            };
            let Some(entry) = hits.entry_of(at) else {
                return state.clone();
            };
            let mut next = jump(state, entry);
            next.view.hit = Some(at);
            next
        }
        Action::StepEntry { forward } => {
            let Some(loaded) = &state.current else {
                return state.clone();
            };
            let order = Shown::new(loaded, &state.view).order(&state.view, state.mode());
            let here = state
                .selected()
                .and_then(|s| order.iter().position(|&id| id == s));
            let at = match (here, forward) {
                (None, true) => Some(0),
                (None, false) => order.len().checked_sub(1),
                (Some(i), true) => Some((i + 1).min(order.len() - 1)),
                (Some(i), false) => Some(i.saturating_sub(1)),
            };
            match at.and_then(|i| order.get(i)) {
                Some(&id) => jump(state, id),
                None => state.clone(),
            }
        }
        Action::Tree { at, key } => tree_key(state, at.or(state.selected()), key),
        Action::HighlightSelected => match (&state.current, state.selected()) {
            (Some(loaded), Some(id)) => match loaded.views.authors.by_entry.get(id) {
                Some(&person) => reduce(state, Action::ToggleHighlight(person)),
                None => state.clone(),
            },
            _ => state.clone(),
        },
        Action::ToggleSelectedReplies => match state.selected() {
            Some(id) => reduce(state, Action::ToggleReplies(id)),
            None => state.clone(),
        },
        Action::SetLang(lang) => AppState {
            prefs: Prefs {
                lang,
                ..state.prefs
            },
            ..state.clone()
        },
        Action::SetTheme(theme) => AppState {
            prefs: Prefs {
                theme,
                ..state.prefs
            },
            ..state.clone()
        },
        Action::ToggleHelp => AppState {
            help: !state.help,
            ..state.clone()
        },
        Action::Escape => {
            if state.help {
                return AppState {
                    help: false,
                    ..state.clone()
                };
            }
            with_view(state, |v| {
                if v.highlight.take().is_none() && !take(&mut v.search) {
                    clear_filters(v);
                }
            })
        }
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
    notices: Vec<Message>,
    shared: Option<Rc<str>>,
    source: Source,
) -> AppState {
    opened(
        state,
        Rc::new(Loaded::read(name, text, notices, shared, source)),
    )
}

/// What stays on screen when a large file stops loading, or the screen before its first
/// screen replaced it: never that first screen alone.
fn keep_previous(state: &AppState) -> Option<Rc<Loaded>> {
    match &state.current {
        Some(c) if c.partial => state.previous.clone(),
        other => other.clone(),
    }
}

fn opened(state: &AppState, loaded: Rc<Loaded>) -> AppState {
    let opened = AppState {
        current: Some(loaded),
        loading: None,
        progress: None,
        previous: None,
        error: None,
        view: ViewState::default(),
        pending: None,
        library: Library {
            showing: None,
            ..state.library.clone()
        },
        ..state.clone()
    };
    match state.pending.clone() {
        Some(view) => apply(&opened, Action::RestoreView(view)),
        None => opened,
    }
}

/// The item after (or before) `here` in a sorted list of ids, wrapping around.
fn step(ids: &[usize], here: Option<usize>, forward: bool) -> Option<usize> {
    let next = match (forward, here) {
        (true, Some(h)) => ids.iter().find(|&&e| e > h).or(ids.first()),
        (false, Some(h)) => ids.iter().rev().find(|&&e| e < h).or(ids.last()),
        (true, None) => ids.first(),
        (false, None) => ids.last(),
    };
    next.copied()
}

/// Whether what the hits depend on changed: the dump, the search text, the filters, the
/// highlight (hits are counted among the highlighted person's entries) or the order.
fn search_inputs_changed(before: &AppState, after: &AppState) -> bool {
    let (a, b) = (&before.view, &after.view);
    let same_dump = match (&before.current, &after.current) {
        (Some(x), Some(y)) => Rc::ptr_eq(x, y),
        _ => false,
    };
    !same_dump
        || a.search != b.search
        || a.range != b.range
        || a.hidden_kinds != b.hidden_kinds
        || a.host_threads_only != b.host_threads_only
        || a.highlight != b.highlight
        || before.mode() != after.mode()
}

/// Every occurrence of the search text in the entries shown, in reading order: in author
/// names, then in bodies. With a highlight on, only that person's entries count.
fn hits(loaded: &Loaded, view: &ViewState, mode: Mode) -> Hits {
    let Some(query) = Query::new(&view.search) else {
        return Hits::default();
    };
    let order = Shown::new(loaded, view).order(view, mode);
    let (mut list, mut total) = (Vec::new(), 0);
    for id in order {
        if view
            .highlight
            .is_some_and(|h| loaded.views.authors.by_entry.get(id) != Some(&h))
        {
            continue;
        }
        let Some(entry) = loaded.archive.entries.get(id) else {
            continue;
        };
        let found = query.count(&entry.author) + query.count(&entry.body);
        if found > 0 {
            list.push((id, total));
            total += found;
        }
    }
    let mut by_entry: Vec<usize> = (0..list.len()).collect();
    by_entry.sort_unstable_by_key(|&at| list[at].0);
    Hits {
        query: Some(query),
        list,
        by_entry,
        total,
    }
}

/// What an arrow key, Home or End does in the entry list, from the row at `here`: moves
/// between the rows as shown (folds respected), folds and unfolds, goes up to the entry
/// answered or down to the first reply.
fn tree_key(state: &AppState, here: Option<usize>, key: TreeKey) -> AppState {
    let Some(loaded) = &state.current else {
        return state.clone();
    };
    let rows = Shown::new(loaded, &state.view).rows(&state.view, state.mode());
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return state.clone();
    };
    let at = here.and_then(|h| rows.iter().position(|r| r.id == h));
    let Some(i) = at else {
        // Nothing selected in the list yet: ↓ and Home start at the top, ↑ and End at
        // the bottom.
        return match key {
            TreeKey::Down | TreeKey::First => jump(state, first.id),
            TreeKey::Up | TreeKey::Last => jump(state, last.id),
            TreeKey::Left | TreeKey::Right => state.clone(),
        };
    };
    let row = rows[i];
    let threads = state.mode() == Mode::Thread;
    match key {
        TreeKey::Up => jump(state, rows[i.saturating_sub(1)].id),
        TreeKey::Down => jump(state, rows[(i + 1).min(rows.len() - 1)].id),
        TreeKey::First => jump(state, first.id),
        TreeKey::Last => jump(state, last.id),
        TreeKey::Right if threads => match row.replies() {
            Replies::Folded(_) => {
                let mut next = jump(state, row.id);
                next.view.collapsed.remove(&row.id);
                next
            }
            // Its replies come next, one level down.
            Replies::Open(_) => match rows.get(i + 1) {
                Some(child) if child.level() > row.level() => jump(state, child.id),
                _ => state.clone(),
            },
            // Too deep to indent: its thread opens on its own.
            Replies::Continued(_) => {
                let mut next = jump(state, row.id);
                next.view.focus = Some(row.id);
                next
            }
            Replies::None => state.clone(),
        },
        TreeKey::Left if threads => match row.replies() {
            Replies::Open(_) => {
                let mut next = jump(state, row.id);
                next.view.collapsed.insert(row.id);
                next
            }
            _ => {
                let parent = rows[..i].iter().rev().find(|r| r.level() < row.level());
                match (parent, loaded.views.tree.parent(row.id)) {
                    (Some(parent), _) => jump(state, parent.id),
                    // The top of a thread shown on its own: the entry it answers is
                    // outside, and going there shows every thread again.
                    (None, Some(answered)) if state.view.focus == Some(row.id) => {
                        jump(state, answered)
                    }
                    _ => state.clone(),
                }
            }
        },
        TreeKey::Left | TreeKey::Right => state.clone(),
    }
}

fn jump(state: &AppState, id: usize) -> AppState {
    let Some(loaded) = state
        .current
        .as_ref()
        .filter(|l| id < l.archive.entries.len())
    else {
        return state.clone();
    };
    let tree = &loaded.views.tree;
    let thread_mode = state.mode() == Mode::Thread;
    let hidden = !state.view.shows(loaded, id);
    with_view(state, |v| {
        if thread_mode {
            reveal(tree, id, v);
        }
        if hidden {
            // Jumping to an entry the filters hide lifts them: the reader asked for it.
            clear_filters(v);
        }
        let count = v.jump.map_or(0, |(_, n)| n.wrapping_add(1));
        v.jump = Some((id, count));
        // On a narrow screen the entry is in the entries panel: it must be the one shown.
        v.tab = Tab::Entries;
    })
}

fn clear_filters(v: &mut ViewState) {
    v.range = None;
    v.hidden_kinds.clear();
    v.host_threads_only = false;
}

/// Empties a text, saying whether there was anything to empty.
fn take(text: &mut String) -> bool {
    let had = !text.is_empty();
    text.clear();
    had
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
    use crate::read_dump;

    fn open(text: &str) -> Action {
        Action::Open {
            name: "t.txt".into(),
            text: text.into(),
            notices: vec![],
            source: Source::default(),
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
        assert_eq!(loaded.views.summary.entries, 1);
        assert_eq!((s.loading, s.error), (None, None));
    }

    #[test]
    fn a_dump_read_at_the_edge_shows_as_opening_it_would() {
        let text = "a @ 2010-09-16 10:59:58\n\nhello\n";
        let loading = apply(
            &AppState::default(),
            Action::StartLoading {
                name: "t.txt".into(),
            },
        );
        let read = Rc::new(Loaded::read(
            "t.txt".into(),
            text.into(),
            vec![],
            None,
            Source::default(),
        ));
        let shown = apply(&loading, Action::Show(read.clone()));
        assert!(Rc::ptr_eq(shown.current.as_ref().unwrap(), &read));
        assert_eq!(shown.loading, None);
        let opened = apply(&loading, open(text));
        assert_eq!(shown.current, opened.current, "the same dump either way");
        assert_eq!(
            &*read.text, text,
            "the text is kept, to share or reanchor it"
        );
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
        let tree = &s.current.as_ref().unwrap().views.tree;
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
        let a = s.current.as_ref().unwrap().views.authors.identities[0].id;
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

    /// 0 ← 1 ← 2 (each answering the one before), then 3 on its own.
    fn branch() -> AppState {
        let text = "alice @ 2020-01-01 10:00:00\n\nStart.\n\n\
                    bob @ 2020-01-01 10:01:00\n\n@alice yes\n\n\
                    carol @ 2020-01-01 10:02:00\n\n@bob no\n\n\
                    dave @ 2020-01-01 10:03:00\n\nOther.\n";
        let s = apply(&AppState::default(), open(text));
        let tree = &s.current.as_ref().unwrap().views.tree;
        let parents: Vec<Option<usize>> = (0..4).map(|id| tree.parent(id)).collect();
        assert_eq!(parents, [None, Some(0), Some(1), None]);
        s
    }

    fn key(s: &AppState, key: TreeKey) -> AppState {
        apply(s, Action::Tree { at: None, key })
    }

    #[test]
    fn tree_keys_move_fold_and_go_up_and_down_the_threads() {
        let s = branch();
        let selected = |s: &AppState| s.selected();
        let s = key(&s, TreeKey::Down);
        assert_eq!(
            selected(&s),
            Some(0),
            "↓ with nothing selected: the first row"
        );
        let s = key(&s, TreeKey::Down);
        assert_eq!(selected(&s), Some(1));
        let s = key(&s, TreeKey::Up);
        assert_eq!(selected(&s), Some(0));
        assert_eq!(selected(&key(&s, TreeKey::Last)), Some(3));
        assert_eq!(
            selected(&key(&key(&s, TreeKey::Last), TreeKey::Down)),
            Some(3)
        );
        assert_eq!(selected(&key(&s, TreeKey::First)), Some(0));
        // → on an open thread: its first reply; ← on an open one folds it.
        let s = key(&s, TreeKey::Right);
        assert_eq!(selected(&s), Some(1));
        let s = key(&s, TreeKey::Left);
        assert!(s.view.collapsed.contains(&1), "folded");
        assert_eq!(selected(&s), Some(1));
        // Folded, ↓ skips its replies; → unfolds.
        assert_eq!(selected(&key(&s, TreeKey::Down)), Some(3));
        let unfolded = key(&s, TreeKey::Right);
        assert!(!unfolded.view.collapsed.contains(&1));
        assert_eq!(selected(&unfolded), Some(1));
        // ← on a folded (or leaf) row: the entry it answers.
        let s = key(&s, TreeKey::Left);
        assert_eq!(selected(&s), Some(0));
        assert_eq!(
            key(&key(&s, TreeKey::Last), TreeKey::Right),
            key(&s, TreeKey::Last),
            "a leaf"
        );
        // The row with keyboard focus wins over the selection.
        let s = apply(
            &s,
            Action::Tree {
                at: Some(3),
                key: TreeKey::Up,
            },
        );
        assert_eq!(
            selected(&s),
            Some(1),
            "the row above #3 is #1, #2 being folded away"
        );
        // In dump order there is no tree: ← and → do nothing, ↑ ↓ follow the dump.
        let s = apply(&branch(), Action::SetMode(Mode::Chronological));
        let s = apply(&s, Action::JumpTo(1));
        assert_eq!(key(&s, TreeKey::Left), s);
        assert_eq!(key(&s, TreeKey::Right), s);
        assert_eq!(selected(&key(&s, TreeKey::Down)), Some(2));
    }

    #[test]
    fn tree_keys_open_a_thread_too_deep_to_indent_and_leave_it_from_its_top() {
        let s = apply(&AppState::default(), open(&chain(MAX_DEPTH + 3)));
        let deepest_shown = MAX_DEPTH;
        let s = apply(&s, Action::JumpTo(deepest_shown));
        assert_eq!(s.view.focus, None);
        let s = key(&s, TreeKey::Right);
        assert_eq!(
            s.view.focus,
            Some(deepest_shown),
            "its thread opens on its own"
        );
        let s = key(&s, TreeKey::Left);
        assert!(
            s.view.collapsed.contains(&deepest_shown),
            "← folds it first"
        );
        let s = key(&s, TreeKey::Left);
        assert_eq!(
            s.selected(),
            Some(deepest_shown - 1),
            "← from its top: the entry answered"
        );
        assert_eq!(s.view.focus, None, "every thread again");
    }

    #[test]
    fn o_folds_and_unfolds_the_selected_entrys_replies() {
        let s = branch();
        assert_eq!(
            apply(&s, Action::ToggleSelectedReplies),
            s,
            "nothing selected"
        );
        let s = apply(&s, Action::JumpTo(0));
        let s = apply(&s, Action::ToggleSelectedReplies);
        assert_eq!(s.view.collapsed, BTreeSet::from([0]));
        let loaded = s.current.as_ref().unwrap();
        let shown: Vec<usize> = Shown::new(loaded, &s.view)
            .rows(&s.view, s.mode())
            .iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(shown, [0, 3]);
        let s = apply(&s, Action::ToggleSelectedReplies);
        assert!(s.view.collapsed.is_empty());
    }

    /// Hits are kept as counts per entry: numbering them, finding the entry of one and
    /// the ranges in one entry must give what listing every hit in reading order gives.
    #[test]
    fn search_hits_are_numbered_in_reading_order_author_first() {
        let text = include_str!("../../tests/fixtures/000_0a401290472b4421.txt");
        let s = apply(&AppState::default(), open(text));
        let s = apply(&s, Action::SetSearch("e".into()));
        let loaded = s.current.as_ref().unwrap();
        let query = Query::new("e").unwrap();
        let mut every = Vec::new();
        for id in Shown::new(loaded, &s.view).order(&s.view, s.mode()) {
            let e = &loaded.archive.entries[id];
            for (field, text) in [(Field::Author, e.author.as_str()), (Field::Body, &e.body)] {
                every.extend(query.find_all(text).into_iter().map(|r| (id, field, r)));
            }
        }
        let hits = &s.view.hits;
        assert!(every.len() > 1_000, "{}", every.len());
        assert_eq!(hits.len(), every.len());
        for (n, (id, _, _)) in every.iter().enumerate() {
            assert_eq!(hits.entry_of(n), Some(*id), "hit {n}");
        }
        assert_eq!(hits.entry_of(every.len()), None);
        let mut again = Vec::new();
        for id in hits.entries() {
            let e = &loaded.archive.entries[id];
            for field in [Field::Author, Field::Body] {
                again.extend(
                    hits.in_entry(e, field)
                        .into_iter()
                        .map(|(n, r)| (n, id, field, r)),
                );
            }
        }
        let numbered: Vec<_> = every
            .into_iter()
            .enumerate()
            .map(|(n, (id, field, r))| (n, id, field, r))
            .collect();
        assert_eq!(again, numbered);
    }

    #[test]
    fn search_hits_keep_to_the_time_range_and_the_kinds_shown() {
        let text = include_str!("../../tests/fixtures/000_0a401290472b4421.txt");
        let s = apply(&AppState::default(), open(text));
        let s = apply(&s, Action::SetSearch("de".into()));
        // Every hit the filters let through, counted entry by entry.
        let expected = |s: &AppState| {
            let loaded = s.current.as_ref().unwrap();
            let query = Query::new("de").unwrap();
            (0..loaded.archive.entries.len())
                .filter(|&id| s.view.shows(loaded, id))
                .map(|id| {
                    let e = &loaded.archive.entries[id];
                    query.find_all(&e.author).len() + query.find_all(&e.body).len()
                })
                .sum::<usize>()
        };
        let all = s.view.hits.len();
        assert_eq!(all, expected(&s));
        // Both bursts: 16 Sep (comments) to 21 Oct 2010 (echoes), not the years after.
        let day = Stamp::new(2010, 9, 16, 0, 0, 0).zip(Stamp::new(2010, 10, 22, 0, 0, 0));
        let s = apply(&s, Action::SelectRange(day));
        let in_day = s.view.hits.len();
        assert_eq!(in_day, expected(&s));
        assert!(0 < in_day && in_day < all, "{in_day} of {all}");
        let loaded = s.current.as_ref().unwrap();
        assert!(s.view.hits.entries().all(|e| {
            let t = loaded.archive.entries[e].time.unwrap();
            day.is_some_and(|(from, to)| from <= t && t < to)
        }));
        // Comments hidden too: the echoes of 21 Oct only.
        let s = apply(&s, Action::ToggleKind(Kind::Comment));
        let others = s.view.hits.len();
        assert_eq!(others, expected(&s));
        assert!(0 < others && others < in_day, "{others} of {in_day}");
        assert!(s
            .view
            .hits
            .entries()
            .all(|e| loaded.archive.entries[e].kind != Kind::Comment));
        // n walks only those.
        let s = apply(&s, Action::StepHit { forward: true });
        assert_eq!(s.selected(), s.view.hits.entry_of(0));
        assert!(s.view.range.is_some() && s.view.hidden_kinds.contains(&Kind::Comment));
    }

    #[test]
    fn every_jump_shows_the_entries_panel() {
        let text = "a @ 2020-01-01 10:00:00\n\nx\n\nb @ 2020-01-02 10:00:00\n\n@a y\n";
        let s = apply(&AppState::default(), open(text));
        let a = s.current.as_ref().unwrap().views.authors.identities[0].id;
        for (tab, action) in [
            (Tab::Timeline, Action::StepEntry { forward: true }),
            (Tab::Authors, Action::JumpTo(1)),
            (Tab::Timeline, Action::StepHighlight { forward: true }),
            (Tab::Authors, Action::StepHit { forward: true }),
        ] {
            let s = apply(&s, Action::ShowTab(tab));
            let s = apply(&s, Action::ToggleHighlight(a));
            let s = apply(&s, Action::SetSearch("x".into()));
            assert_eq!(
                s.view.tab, tab,
                "highlighting and searching stay on the panel"
            );
            let s = apply(&s, action.clone());
            assert_eq!(s.view.tab, Tab::Entries, "{action:?}");
        }
        // Picking a range on the timeline stays there (its bar shows on every panel).
        let s = apply(&s, Action::ShowTab(Tab::Timeline));
        let s = apply(&s, Action::SelectRange(None));
        assert_eq!(s.view.tab, Tab::Timeline);
    }

    #[test]
    fn a_range_filters_and_jumping_outside_it_lifts_it() {
        let text = "a @ 2020-01-01 10:00:00\n\nx\n\nb @ 2020-01-02 10:00:00\n\n@a y\n";
        let s = apply(&AppState::default(), open(text));
        let day2 = Stamp::new(2020, 1, 2, 0, 0, 0).zip(Stamp::new(2020, 1, 3, 0, 0, 0));
        let s = apply(&s, Action::SelectRange(day2));
        let loaded = s.current.as_ref().unwrap();
        assert!(!s.view.shows(loaded, 0) && s.view.shows(loaded, 1));
        let s = apply(&s, Action::JumpTo(0));
        assert_eq!(s.view.range, None);
    }

    #[test]
    fn a_large_file_shows_its_first_screen_then_the_whole_or_the_dump_before() {
        let before = apply(
            &AppState::default(),
            open("a @ 2010-09-16 10:59:58\n\nhello\n"),
        );
        let start = |s: &AppState| {
            apply(
                s,
                Action::StartLoading {
                    name: "big.log".into(),
                },
            )
        };
        let preview = |s: &AppState| {
            apply(s, {
                let archive = read_dump("b @ 2011-01-01 00:00:00\n\nfirst\n");
                Action::Preview {
                    name: "big.log".into(),
                    views: Box::new(Views::of(&archive)),
                    archive: Box::new(archive),
                    source: Source::default(),
                }
            })
        };
        let s = apply(
            &start(&before),
            Action::Progress {
                bytes: 10.0,
                total: 100.0,
            },
        );
        assert_eq!(s.progress.map(|p| p.bytes), Some(10.0));
        let s = preview(&s);
        let shown = s.current.as_ref().unwrap();
        assert!(shown.partial);
        assert_eq!(shown.archive.entries[0].author, "b");
        // Cancelled: the dump from before is back.
        let cancelled = apply(&s, Action::CancelLoad);
        assert_eq!(cancelled.current, before.current);
        assert_eq!((&cancelled.loading, cancelled.progress), (&None, None));
        // Failed: the same, with the message.
        let failed = apply(
            &s,
            Action::Fail {
                name: "big.log".into(),
                message: Message::WorkerStopped,
            },
        );
        assert_eq!(failed.current, before.current);
        // Done: the whole, no longer partial; a preview arriving after a cancel is ignored.
        let s = apply(&s, Action::Threading { entries: 2 });
        assert_eq!(s.progress.and_then(|p| p.entries), Some(2));
        let whole =
            read_dump("b @ 2011-01-01 00:00:00\n\nfirst\n\nc @ 2011-01-02 00:00:00\n\n@b second\n");
        let done = apply(
            &s,
            Action::OpenParsed {
                name: "big.log".into(),
                archive: Box::new(whole),
                views: None,
                notices: vec![],
                source: Source::default(),
            },
        );
        let shown = done.current.as_ref().unwrap();
        assert!(!shown.partial && shown.archive.entries.len() == 2);
        assert!(done.loading.is_none() && done.previous.is_none());
        assert_eq!(preview(&cancelled).current, before.current);
        // A preview drawn a task later lands on nothing it does not belong to.
        assert_eq!(preview(&done).current, done.current, "after the whole dump");
        let other = apply(
            &before,
            Action::StartLoading {
                name: "other.log".into(),
            },
        );
        assert_eq!(preview(&other).current, other.current, "another file's");
    }

    #[test]
    fn actions_naming_entries_or_people_that_do_not_exist_change_nothing() {
        let s = branch();
        for action in [
            Action::JumpTo(99),
            Action::ToggleReplies(99),
            Action::Focus(Some(99)),
            Action::Hover(Some(99)),
            Action::Tree {
                at: Some(99),
                key: TreeKey::Left,
            },
        ] {
            let _ = apply(&s, action);
        }
        let s = apply(&s, Action::ToggleHighlight(99));
        let _ = apply(&s, Action::StepHighlight { forward: true });
        let _ = apply(&s, Action::SetSearch("a".into()));
        assert_eq!(apply(&s, Action::JumpTo(99)).view.jump, None);
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
                message: Message::Text("binary".into()),
            },
        );
        assert_eq!(s.current.as_ref().unwrap().archive.entries.len(), 1);
        let failure = s.error.as_ref().unwrap();
        assert_eq!(
            (failure.name.as_str(), &failure.message),
            ("b.png", &Message::Text("binary".into()))
        );
        assert_eq!(s.loading, None);
        let s = apply(&s, Action::DismissError);
        assert_eq!(s.error, None);
        assert!(s.current.is_some());
    }
}

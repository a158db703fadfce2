use super::super::i18n::{Lang, Texts};
use super::super::layout::{Heights, Measured, Scale};
use super::super::rows::{listed, Replies, Row};
use super::super::services;
use super::super::state::{Action, Field, Loaded, Mode, Tab, ViewState};
use super::authors_panel::AuthorsPanel;
use super::rich_text::{folded_paragraphs, marked, paragraphs, Mark};
use super::timeline_chart::TimelineChart;
use super::toolbar::Toolbar;
use super::{use_stages, Same, Stage};
use crate::decode::Encoding;
use crate::model::{Entry, Kind, Post, Stamp};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct ArchiveViewProps {
    pub loaded: Rc<Loaded>,
    pub view: ViewState,
    pub mode: Mode,
    pub on_action: Callback<Action>,
    /// "Copy a link to this entry" (the entry's index).
    #[prop_or_default]
    pub on_copy_link: Callback<usize>,
    /// Read the file again in another encoding.
    #[prop_or_default]
    pub on_encoding: Callback<Encoding>,
    /// Count relative dates from another day.
    #[prop_or_default]
    pub on_anchor: Callback<Stamp>,
    /// Render every row, however many (the HTML export), rather than those on screen.
    #[prop_or_default]
    pub all_rows: bool,
}

impl PartialEq for ArchiveViewProps {
    /// A new load is a new `Rc`: comparing pointers spares a deep comparison per render.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.view == other.view
            && self.mode == other.mode
            && self.on_action == other.on_action
            && self.on_copy_link == other.on_copy_link
            && self.on_encoding == other.on_encoding
            && self.on_anchor == other.on_anchor
            && self.all_rows == other.all_rows
    }
}

/// Paragraphs of the post shown before "Read the rest".
const POST_PARAGRAPHS_SHOWN: usize = 3;

/// The dump rebuilt: summary, notices, timeline and authors, the post, then the entries
/// as threads or in dump order.
#[component]
pub fn ArchiveView(props: &ArchiveViewProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    let tab = props.view.tab;
    let loaded = &props.loaded;
    let archive = &loaded.archive;
    let notices: Vec<String> = loaded
        .notices
        .iter()
        .map(|m| lang.message(m))
        .chain(archive.problems.iter().map(|p| lang.problem(p)))
        .collect();
    // Entries the filters let through, for the range bar.
    let shown = *use_memo(
        (
            Same(loaded.clone()),
            props.view.range,
            props.view.hidden_kinds.clone(),
            props.view.host_threads_only,
        ),
        |(loaded, range, hidden_kinds, host_threads_only)| {
            let view = ViewState {
                range: *range,
                hidden_kinds: hidden_kinds.clone(),
                host_threads_only: *host_threads_only,
                ..ViewState::default()
            };
            let n = loaded.0.archive.entries.len();
            if !view.filtered() {
                return n;
            }
            (0..n).filter(|&id| view.shows(&loaded.0, id)).count()
        },
    );
    let tab_button = |which: Tab, label: &str| {
        html! {
            <button type="button" role="tab" aria-selected={(tab == which).to_string()}
                data-tab-button={which.key()} onclick={props.on_action.reform(move |_| Action::ShowTab(which))}>{ label }</button>
        }
    };
    html! {
        <div class="archive" data-archive="" data-format={archive.format.clone()} data-tab={tab.key()}>
            if loaded.partial {
                <p class="first-screen" data-first-screen="" role="status">{ t.first_screen }</p>
            }
            <p class="summary" data-summary="">{ lang.summary(&loaded.views.summary) }</p>
            { source_bar(loaded, &props.on_anchor, &props.on_encoding, lang) }
            if !notices.is_empty() {
                <ul class="notices" data-problems="" aria-label={t.notices_label}>
                    { for notices.iter().map(|n| html! { <li>{ n.as_str() }</li> }) }
                </ul>
            }
            if !archive.entries.is_empty() {
                <div class="tabs" role="tablist" aria-label={t.panels_label}>
                    { tab_button(Tab::Entries, t.tab_entries) }
                    { tab_button(Tab::Timeline, t.tab_timeline) }
                    { tab_button(Tab::Authors, t.tab_authors) }
                </div>
                <div data-panel="timeline">
                    <TimelineChart loaded={loaded.clone()} highlight={props.view.highlight} range={props.view.range}
                        on_action={props.on_action.clone()} at_once={props.all_rows} />
                </div>
                <div data-panel="authors">
                    <AuthorsPanel loaded={loaded.clone()} highlight={props.view.highlight} on_action={props.on_action.clone()}
                        all_rows={props.all_rows} />
                </div>
                // Outside the panels, so that a narrow screen shows them on every tab.
                if props.view.highlight.is_some() || props.view.range.is_some() {
                    <div class="filter-bars" data-filter-bars="">
                        { highlight_bar(loaded, &props.view, &props.on_action, lang) }
                        { range_bar(shown, &props.view, &props.on_action, lang) }
                    </div>
                }
            }
            <div data-panel="entries">
                { post_view(&archive.post, t) }
                if !archive.entries.is_empty() {
                    <Toolbar loaded={loaded.clone()} mode={props.mode} search={props.view.search.clone()}
                        hits={props.view.hits.len()} hit={props.view.hit} hidden_kinds={props.view.hidden_kinds.clone()}
                        host_threads_only={props.view.host_threads_only} on_action={props.on_action.clone()} />
                    <EntryList loaded={loaded.clone()} view={props.view.clone()} mode={props.mode}
                        on_action={props.on_action.clone()} on_copy_link={props.on_copy_link.clone()}
                        all_rows={props.all_rows} />
                }
            </div>
        </div>
    }
}

/// How the file was read, and what its relative dates count from, both changeable.
fn source_bar(
    loaded: &Loaded,
    on_anchor: &Callback<Stamp>,
    on_encoding: &Callback<Encoding>,
    lang: Lang,
) -> Html {
    let t = lang.t();
    let relative = loaded.views.summary.approximate > 0;
    let (encoding, anchor) = (loaded.source.encoding, loaded.source.anchor);
    if encoding.is_none() && !relative {
        return Html::default();
    }
    let on_pick = on_encoding.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Encoding::from_label(&select.value()).unwrap_or(Encoding::Utf8)
    });
    let on_date = {
        let on_anchor = on_anchor.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // An emptied field changes nothing; the browser only gives valid dates.
            if let Some(day) = Stamp::parse_iso(&format!("{}T12:00:00", input.value())) {
                on_anchor.emit(day);
            }
        })
    };
    html! {
        <p class="source-bar" data-source-bar="">
            if let Some(encoding) = encoding {
                <label>
                    { t.encoding_label }{ " " }
                    <select data-encoding="" onchange={on_pick}>
                        { for Encoding::ALL.iter().map(|e| html! {
                            <option value={e.label()} selected={*e == encoding}>{ e.name() }</option>
                        }) }
                    </select>
                </label>
            }
            if relative {
                <label>
                    { t.relative_from }{ " " }
                    <input type="date" data-anchor-date=""
                        value={anchor.map(|a| format!("{:04}-{:02}-{:02}", a.year, a.month, a.day))}
                        onchange={on_date} />
                </label>
            }
        </p>
    }
}

/// Past this many rows, only the rows near the screen are rendered.
const VIRTUAL_FROM: usize = 300;
/// Pixels rendered beyond each edge of the screen, so a short scroll never shows a blank.
const OVERSCAN: f64 = 1200.0;
/// What a row is taken to measure before any was measured.
const ROW_GUESS: f64 = 140.0;
/// A dump shown whole is drawn in stages when it opens: its opening rows (more than a
/// tall screen holds) in the task that opens it, then this many more after each paint
/// until every row is in the page, where the browser's find-in-page sees it. Drawing a
/// seed's 133 rows and the panels at once had held the page's thread 135–360 ms before
/// anything was painted.
const FIRST_ROWS: usize = 16;
const ROWS_PER_FRAME: usize = 48;

/// How many rows to draw of `dump` when it is new to the list (`previous` was on screen
/// before): its opening ones, but the same file read again (in another encoding, with
/// another anchor for its relative dates) whole, so that the page keeps its length and
/// the reader's place (asking the page where it is scrolled would lay it out).
fn first_rows(dump: &Loaded, previous: Option<&Loaded>) -> usize {
    match previous {
        Some(p) if p.name == dump.name => usize::MAX,
        _ => FIRST_ROWS,
    }
}

/// What the rows depend on: recomputed only when one of these changes, not on hover or
/// highlight.
#[derive(PartialEq)]
struct RowsKey {
    loaded: Same<Loaded>,
    mode: Mode,
    range: Option<(Stamp, Stamp)>,
    hidden_kinds: BTreeSet<Kind>,
    host_threads_only: bool,
    collapsed: BTreeSet<usize>,
    focus: Option<usize>,
}

struct Listed {
    rows: Rc<Vec<Row>>,
}

fn list_rows(key: &RowsKey) -> Listed {
    let view = ViewState {
        range: key.range,
        hidden_kinds: key.hidden_kinds.clone(),
        host_threads_only: key.host_threads_only,
        collapsed: key.collapsed.clone(),
        focus: key.focus,
        ..ViewState::default()
    };
    Listed {
        rows: listed(&key.loaded.0, &view, key.mode),
    }
}

/// The entries. A long list renders only the rows near the screen:
/// this component measures what it rendered and listens to scrolling, DOM work that is
/// purely presentational and so stays here rather than in the root.
#[component]
fn EntryList(props: &ArchiveViewProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let v = &props.view;
    let listed = use_memo(
        RowsKey {
            loaded: Same(props.loaded.clone()),
            mode: props.mode,
            range: v.range,
            hidden_kinds: v.hidden_kinds.clone(),
            host_threads_only: v.host_threads_only,
            collapsed: v.collapsed.clone(),
            focus: v.focus,
        },
        list_rows,
    );
    // The first screen of a large file is virtualised however short it is: the rest of
    // the file is on its way, and building a few hundred rows' DOM at once was a quarter
    // of a second of the page's thread while the worker's messages waited.
    let virtualised = !props.all_rows && (listed.rows.len() > VIRTUAL_FROM || props.loaded.partial);
    let stage = use_mut_ref(Stage::default);
    let drawn = if virtualised || props.all_rows {
        usize::MAX
    } else {
        let loaded = &props.loaded;
        stage
            .borrow_mut()
            .of(loaded, |previous| first_rows(loaded, previous))
    };
    let staging = drawn < listed.rows.len();
    // A jump to a row not drawn yet draws them all at once.
    let update = use_force_update();
    let measured = use_mut_ref(Measured::default);
    let layout = use_mut_ref(|| Heights::new(0, ROW_GUESS, []));
    let window = use_state_eq(|| 0..0usize);
    let pending_jump = use_mut_ref(|| None::<usize>);
    // Where the screen was last seen, in pixels down the list's element, and the rows in
    // the page then: a list taller than the page holds moves its rows as the page
    // scrolls (`Scale`), so its spacers follow every scroll, not only a new window.
    let page_top = use_mut_ref(|| 0.0f64);
    let rendered = use_mut_ref(|| 0..0usize);
    let (list_ref, top_ref, bottom_ref) = (use_node_ref(), use_node_ref(), use_node_ref());

    // New rows: lay them out with what was measured, and find the window again.
    {
        let (layout, measured, window) = (layout.clone(), measured.clone(), window.clone());
        use_effect_with(Same(listed.clone()), move |listed| {
            let rows = &listed.0.rows;
            let m = measured.borrow();
            *layout.borrow_mut() = Heights::new(
                rows.len(),
                m.estimate(ROW_GUESS),
                m.in_rows(rows.iter().map(|r| r.id)),
            );
            // No layout is read in the drawing's task (see below): a new list shows what
            // a screen holds from its top, a list changed keeps its window, until the
            // frame is painted and the window found.
            let len = layout.borrow().len();
            let kept = window.start.min(len)..window.end.min(len);
            window.set(if kept.is_empty() {
                layout.borrow().window(0.0, screen_height(), OVERSCAN)
            } else {
                kept
            });
        });
    }

    // Scrolling and resizing move the window; a new width makes every height stale.
    {
        let (layout, measured, window, list_ref, listed) = (
            layout.clone(),
            measured.clone(),
            window.clone(),
            list_ref.clone(),
            listed.clone(),
        );
        let (top_ref, bottom_ref, page_top, rendered) = (
            top_ref.clone(),
            bottom_ref.clone(),
            page_top.clone(),
            rendered.clone(),
        );
        use_effect_with(Same(listed.clone()), move |_| {
            let target = gloo::utils::window();
            let on_scroll = {
                let (layout, window, list_ref, page_top) = (
                    layout.clone(),
                    window.clone(),
                    list_ref.clone(),
                    page_top.clone(),
                );
                gloo::events::EventListener::new(&target, "scroll", move |_| {
                    let layout = layout.borrow();
                    let seen = on_screen(&list_ref, &layout);
                    *page_top.borrow_mut() = seen.page_top;
                    if seen.scale.ratio() > 1.0 {
                        size_spacers(
                            &top_ref,
                            &bottom_ref,
                            &layout,
                            &seen.scale,
                            &rendered.borrow(),
                            seen.page_top,
                        );
                    }
                    window.set(seen.rows);
                })
            };
            let on_resize = gloo::events::EventListener::new(&target, "resize", move |_| {
                measured.borrow_mut().clear();
                let rows = &listed.rows;
                *layout.borrow_mut() = Heights::new(rows.len(), ROW_GUESS, []);
                let seen = on_screen(&list_ref, &layout.borrow());
                *page_top.borrow_mut() = seen.page_top;
                window.set(seen.rows);
            });
            move || drop((on_scroll, on_resize))
        });
    }

    // A jump to a row outside the window: scroll to where it will be, render it there,
    // then let the row flash (the root's own scroll found nothing to scroll to).
    {
        let (layout, window, list_ref, listed, pending, stage, update, page_top) = (
            layout.clone(),
            window.clone(),
            list_ref.clone(),
            listed.clone(),
            pending_jump.clone(),
            stage.clone(),
            update.clone(),
            page_top.clone(),
        );
        use_effect_with(props.view.jump, move |jump| {
            let Some((id, _)) = *jump else { return };
            let Some(index) = listed.rows.iter().position(|r| r.id == id) else {
                return;
            };
            if !virtualised {
                // A row not drawn yet: draw them all, and land once it is in the page.
                if index >= drawn {
                    stage.borrow_mut().finish();
                    *pending.borrow_mut() = Some(id);
                    update.force_update();
                }
                return;
            }
            if window.contains(&index) {
                return;
            }
            let layout = layout.borrow();
            let screen = screen_height();
            let scale = Scale::of(&layout, screen);
            let at = scale.page_top(layout.offset(index) - screen / 3.0);
            scroll_list_to(&list_ref, at);
            *page_top.borrow_mut() = at;
            window.set(scale.window(&layout, at, screen, OVERSCAN));
            *pending.borrow_mut() = Some(id);
        });
    }

    // After each render: size the spacers, then, once the frame is painted, measure the
    // rows rendered, find the window again and finish a jump. Reading a row's height in
    // the drawing's own task made the browser lay the page out within it (20–150 ms of a
    // large file's first screen); after the paint, the layout is already done.
    {
        let (layout, measured, window, list_ref, listed) = (
            layout.clone(),
            measured.clone(),
            window.clone(),
            list_ref.clone(),
            listed.clone(),
        );
        let (top_ref, bottom_ref, pending, page_top, rendered, update) = (
            top_ref.clone(),
            bottom_ref.clone(),
            pending_jump.clone(),
            page_top.clone(),
            rendered.clone(),
            update.clone(),
        );
        let shown = (*window).clone();
        use_effect(move || {
            let later = if virtualised {
                *rendered.borrow_mut() = shown.clone();
                {
                    let layout = layout.borrow();
                    let scale = Scale::of(&layout, screen_height());
                    let at = *page_top.borrow();
                    size_spacers(&top_ref, &bottom_ref, &layout, &scale, &shown, at);
                }
                Some(services::after_paint(move || {
                    let changed = measure(
                        &list_ref,
                        &listed.rows,
                        &mut layout.borrow_mut(),
                        &mut measured.borrow_mut(),
                    );
                    // Every read before the spacers are written: a read after a write
                    // lays the page out again, here.
                    let seen = on_screen(&list_ref, &layout.borrow());
                    *page_top.borrow_mut() = seen.page_top;
                    let (scale, at) = (&seen.scale, seen.page_top);
                    size_spacers(&top_ref, &bottom_ref, &layout.borrow(), scale, &shown, at);
                    // A jump lands once the rows around it are measured and stay put.
                    let settled = !changed && seen.rows == shown;
                    // Rows that only changed height draw nothing new, so nothing would
                    // measure them again: a jump waiting on them never landed.
                    let again = !settled && seen.rows == shown && pending.borrow().is_some();
                    let scaled = seen.scale.ratio() > 1.0;
                    window.set(seen.rows);
                    if again {
                        update.force_update();
                    } else if settled {
                        // In a list taller than the page, the page scrolling a pixel
                        // moves the rows by `ratio` pixels: the row's own scroll into
                        // view would overshoot, and the jump put it on screen already.
                        land(&pending, !scaled);
                    }
                }))
            } else {
                land(&pending, true);
                None
            };
            // A drawing before the paint measures instead.
            move || drop(later)
        });
    }

    use_stages(stage.clone(), staging, ROWS_PER_FRAME);

    let list = List {
        loaded: &props.loaded,
        view: &props.view,
        on_action: &props.on_action,
        on_copy_link: &props.on_copy_link,
        mode: props.mode,
        lang,
        with_anchors: !virtualised,
    };
    let rows = &listed.rows;
    let (shown, spacers) = if virtualised {
        let w = (*window).clone();
        (
            w.start.min(rows.len())..w.end.min(rows.len()),
            Some((&top_ref, &bottom_ref)),
        )
    } else {
        (0..rows.len().min(drawn), None)
    };
    list.render(rows, shown, spacers, &list_ref, staging)
}

/// Finishes a jump once its row is in the page.
fn land(pending: &RefCell<Option<usize>>, scroll: bool) {
    let target = *pending.borrow();
    if let Some(id) = target {
        if gloo::utils::document()
            .get_element_by_id(&format!("e{id}"))
            .is_some()
        {
            pending.borrow_mut().take();
            services::flash(id, scroll);
        }
    }
}

/// The height of the browser's viewport (reading it lays nothing out).
fn screen_height() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}

/// The spacers' heights: the rows before and after `shown`, as laid out now, for a screen
/// `page_top` down the list's element.
fn size_spacers(
    top: &NodeRef,
    bottom: &NodeRef,
    layout: &Heights,
    scale: &Scale,
    shown: &Range<usize>,
    page_top: f64,
) {
    let (before, after) = scale.spacers(layout, shown, page_top);
    set_height(top, before);
    set_height(bottom, after);
    // The browser's scroll anchoring keeps the row at the screen's top where it was when
    // the spacer above it changes: it would undo each move of a scaled list's rows.
    let list = top
        .cast::<web_sys::Element>()
        .and_then(|t| t.parent_element())
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(style) = list.map(|l| l.style()) {
        // Written when it changes only: this runs on every scroll of a scaled list.
        let off = scale.ratio() > 1.0;
        let is_off = style.get_property_value("overflow-anchor").ok().as_deref() == Some("none");
        if off != is_off {
            let _ = style.set_property("overflow-anchor", if off { "none" } else { "auto" });
        }
    }
}

/// Where the screen is over the list, worked out once per scroll or paint.
struct Seen {
    /// The rows it shows, with their margins.
    rows: Range<usize>,
    /// How far down the list's element the screen's top is (the list's top is 0).
    page_top: f64,
    scale: Scale,
}

/// Where the screen over the list is now.
fn on_screen(list: &NodeRef, layout: &Heights) -> Seen {
    let screen = screen_height();
    let page_top = list
        .cast::<web_sys::Element>()
        .map_or(0.0, |l| -l.get_bounding_client_rect().top());
    let scale = Scale::of(layout, screen);
    Seen {
        rows: scale.window(layout, page_top, screen, OVERSCAN),
        page_top,
        scale,
    }
}

/// Scrolls the page so that the screen's top is `page_top` down the list's element.
fn scroll_list_to(list: &NodeRef, page_top: f64) {
    if let Some(list) = list.cast::<web_sys::Element>() {
        let window = gloo::utils::window();
        let list_top = list.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
        window.scroll_to_with_x_and_y(0.0, list_top + page_top);
    }
}

/// Records the height of every row rendered; says whether the layout moved.
fn measure(list: &NodeRef, rows: &[Row], layout: &mut Heights, measured: &mut Measured) -> bool {
    let Some(list) = list.cast::<web_sys::Element>() else {
        return false;
    };
    let Ok(items) = list.query_selector_all(":scope > [data-row]") else {
        return false;
    };
    let mut changed = false;
    for i in 0..items.length() {
        let Some(item) = items
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(index) = item
            .get_attribute("data-row")
            .and_then(|r| r.parse::<usize>().ok())
        else {
            continue;
        };
        let height = item.get_bounding_client_rect().height() as f32;
        if let Some(row) = rows.get(index) {
            measured.insert(row.id, height);
            changed |= layout.set(index, height);
        }
    }
    changed
}

/// Sets an element's height through CSSOM: the CSP forbids `style` attributes, not this.
fn set_height(element: &NodeRef, px: f64) {
    if let Some(e) = element.cast::<web_sys::HtmlElement>() {
        let _ = e
            .style()
            .set_property("height", &format!("{}px", px.max(0.0).round()));
    }
}

/// "14 entries by Thierry Crouzet · first Sep 16, 2010 · last Sep 18, 2010", with
/// previous / next among them.
fn highlight_bar(
    loaded: &Loaded,
    view: &ViewState,
    on_action: &Callback<Action>,
    lang: Lang,
) -> Html {
    let Some(who) = view
        .highlight
        .and_then(|h| loaded.views.authors.identities.get(h))
    else {
        return Html::default();
    };
    let t = lang.t();
    let person = who.id;
    html! {
        <div class={classes!("filter-bar", format!("c{}", who.colour.index))} data-highlight-bar="" role="status">
            <span>
                { (t.by_person)(who.count()) }
                <strong>{ &who.name }</strong>
                { (t.first_last)(&lang.optional_date(who.first), &lang.optional_date(who.last)) }
            </span>
            <button type="button" data-previous="" onclick={on_action.reform(|_| Action::StepHighlight { forward: false })}>{ t.previous }</button>
            <button type="button" data-next="" onclick={on_action.reform(|_| Action::StepHighlight { forward: true })}>{ t.next }</button>
            <button type="button" data-clear-highlight="" onclick={on_action.reform(move |_| Action::ToggleHighlight(person))}>{ t.clear_esc }</button>
        </div>
    }
}

fn range_bar(count: usize, view: &ViewState, on_action: &Callback<Action>, lang: Lang) -> Html {
    let Some((from, to)) = view.range else {
        return Html::default();
    };
    // `to` is exclusive: the last second shown is just before it.
    let last = Stamp::from_seconds(to.seconds() - 1).unwrap_or(to);
    let span = if lang.date(from) == lang.date(last) {
        lang.date(from)
    } else {
        format!("{} – {}", lang.date(from), lang.date(last))
    };
    let t = lang.t();
    html! {
        <div class="filter-bar" data-range-bar="" role="status">
            <span>{ (t.showing_from)(count, &span) }</span>
            <button type="button" data-clear-range="" onclick={on_action.reform(|_| Action::SelectRange(None))}>{ t.clear }</button>
        </div>
    }
}

fn post_view(post: &Post, t: &Texts) -> Html {
    if post.title.is_none() && post.body.is_none() {
        return Html::default();
    }
    html! {
        <article class="post" data-post="">
            if let Some(title) = &post.title {
                <h2 class="post-title">{ title }</h2>
            }
            if let Some(author) = &post.author {
                <p class="post-author">{ t.by }<span data-post-author="">{ author }</span></p>
            }
            if let Some(body) = &post.body {
                <div class="body">{ folded_paragraphs(body, POST_PARAGRAPHS_SHOWN, t) }</div>
            }
        </article>
    }
}

/// Renders the entry list; plain functions rather than a component per entry, so that a
/// long dump costs one component, not thousands.
struct List<'a> {
    loaded: &'a Loaded,
    view: &'a ViewState,
    on_action: &'a Callback<Action>,
    on_copy_link: &'a Callback<usize>,
    mode: Mode,
    lang: Lang,
    /// Cards carry their permalink anchor (not in long lists: working out every anchor
    /// of a large log is left to the first link asked for).
    with_anchors: bool,
}

impl List<'_> {
    /// The list with rows `window` of `rows` rendered; `spacers` stand for the others
    /// (their heights are set by the list component, through CSSOM).
    fn render(
        &self,
        rows: &[Row],
        window: Range<usize>,
        spacers: Option<(&NodeRef, &NodeRef)>,
        list: &NodeRef,
        busy: bool,
    ) -> Html {
        let t = self.lang.t();
        let mode = self.mode;
        if rows.is_empty() {
            return html! { <p class="nothing-shown" data-nothing-shown="">{ t.nothing_shown }</p> };
        }
        let first = rows[0].id;
        // Keys keep each DOM row with its entry as the window slides, and keep a spacer
        // (whose height is set outside the virtual DOM) from being reused as a row.
        let spacer = |r: &NodeRef, key: &'static str| {
            html! {
                <li key={key} class="spacer" role="none" aria-hidden="true" ref={r.clone()} data-spacer={key}></li>
            }
        };
        let mut items: Vec<Html> = Vec::with_capacity(window.len() + 2);
        if let Some((top, _)) = spacers {
            items.push(spacer(top, "before"));
        }
        items.extend(
            rows[window.clone()]
                .iter()
                .zip(window)
                .map(|(row, index)| self.row(row, index, first)),
        );
        if let Some((_, bottom)) = spacers {
            items.push(spacer(bottom, "after"));
        }
        // A list rendered whole lets the browser skip laying out the rows off screen
        // (the stylesheet's `content-visibility`); a virtualised one measures its rows,
        // so they must be laid out for real.
        let whole = spacers.is_none().then_some("whole");
        match mode {
            Mode::Chronological => html! {
                <ol class={classes!("entries", whole)} data-entries="" aria-label={t.entries_in_dump_order} aria-busy={busy.then_some("true")} ref={list.clone()}>
                    { for items }
                </ol>
            },
            Mode::Thread => html! {
                <>
                    { self.focus_bar() }
                    <ol class={classes!("entries", "thread", whole)} data-entries="" role="tree" aria-label={t.thread_tree} aria-busy={busy.then_some("true")} ref={list.clone()}>
                        { for items }
                    </ol>
                </>
            },
        }
    }

    fn focus_bar(&self) -> Html {
        let Some(focus) = self.view.focus else {
            return Html::default();
        };
        let t = self.lang.t();
        html! {
            <p class="focus-bar" data-focus-bar="">
                { (t.one_thread)(self.author(focus), self.loaded.views.tree.descendants.get(focus).copied().unwrap_or(0)) }
                <button type="button" data-unfocus="" onclick={self.on_action.reform(|_| Action::Focus(None))}>
                    { t.back_to_all }
                </button>
            </p>
        }
    }

    fn row(&self, row: &Row, index: usize, first: usize) -> Html {
        let t = self.lang.t();
        let id = row.id;
        let selected = self.view.jump.is_some_and(|(j, _)| j == id);
        // One row is reachable by Tab (the selected one, else the first): a roving tab
        // stop, as a tree widget has.
        let tabindex = if selected || (self.view.jump.is_none() && id == first) {
            "0"
        } else {
            "-1"
        };
        let after = match row.replies() {
            Replies::None => Html::default(),
            Replies::Continued(n) => html! {
                <button type="button" class="continue" data-continue=""
                    onclick={self.on_action.reform(move |_| Action::Focus(Some(id)))}>
                    { (t.continue_thread)(n) }
                </button>
            },
            Replies::Open(n) | Replies::Folded(n) => {
                let open = matches!(row.replies(), Replies::Open(_));
                html! {
                    <button type="button" class="toggle" data-toggle="" aria-expanded={open.to_string()}
                        onclick={self.on_action.reform(move |_| Action::ToggleReplies(id))}>
                        { if open { t.hide_replies.to_string() } else { (t.show_replies)(n) } }
                    </button>
                }
            }
        };
        let expanded = match row.replies() {
            Replies::Open(_) => Some("true"),
            Replies::Folded(_) | Replies::Continued(_) => Some("false"),
            Replies::None => None,
        };
        let level = row.level().to_string();
        match self.mode {
            Mode::Thread => html! {
                <li key={id} class={classes!("row", format!("level-{}", row.level()))} role="treeitem" id={format!("e{id}")}
                    aria-level={(row.level() + 1).to_string()} aria-expanded={expanded}
                    aria-selected={selected.to_string()} tabindex={tabindex}
                    data-node={id.to_string()} data-level={level} data-row={index.to_string()}>
                    { self.card(id) }
                    { after }
                </li>
            },
            Mode::Chronological => html! {
                <li key={id} class="row" id={format!("e{id}")} tabindex={tabindex} data-row={index.to_string()}>{ self.card(id) }</li>
            },
        }
    }

    fn author(&self, id: usize) -> &str {
        self.loaded
            .archive
            .entries
            .get(id)
            .map_or("", |e| e.author.as_str())
    }

    fn marks(&self, entry: &Entry, field: Field) -> Vec<Mark> {
        self.view
            .hits
            .in_entry(entry, field)
            .into_iter()
            .map(|(i, range)| Mark {
                range,
                current: self.view.hit == Some(i),
            })
            .collect()
    }

    fn card(&self, id: usize) -> Html {
        let t = self.lang.t();
        let Some(entry) = self.loaded.archive.entries.get(id) else {
            return Html::default();
        };
        let outlined = self
            .view
            .hovered
            .and_then(|h| self.loaded.archive.entries.get(h))
            .is_some_and(|h| h.parents().any(|p| p == id));
        let flash = self.view.jump.is_some_and(|(j, _)| j == id);
        let authors = &self.loaded.views.authors;
        let person = authors.by_entry.get(id).copied().unwrap_or_default();
        let colour = authors
            .identities
            .get(person)
            .map(|who| format!("c{}", who.colour.index));
        let is_host = authors
            .post_author
            .as_ref()
            .is_some_and(|p| p.identity == person);
        let (highlighted, dimmed) = match self.view.highlight {
            Some(h) => (h == person, h != person),
            None => (false, false),
        };
        let when = match (&entry.time, &entry.time_text) {
            (Some(time), Some(text)) if entry.approximate => {
                let from = self
                    .loaded
                    .source
                    .anchor
                    .map_or_else(String::new, |a| self.lang.date(a));
                html! {
                    <time class="approximate" datetime={time.to_string()} data-approximate=""
                        title={(t.approximately)(text, &from)}>
                        { format!("≈ {}", self.lang.date(*time)) }
                    </time>
                }
            }
            (Some(time), text) => html! {
                <time datetime={time.to_string()} title={text.as_deref().map(t.as_written)}>
                    { self.lang.date_time(*time) }
                </time>
            },
            (None, Some(text)) => html! { <span class="time-unread">{ text.as_str() }</span> },
            (None, None) => html! { <span class="undated">{ t.no_date }</span> },
        };
        let on = self.on_action;
        html! {
            <article class={classes!("entry", entry.kind.as_str(), outlined.then_some("outlined"), flash.then_some("flash"),
                highlighted.then_some("highlighted"), dimmed.then_some("dimmed"))}
                data-entry={id.to_string()} data-anchor={self.with_anchors.then(|| self.loaded.anchors().get(id).cloned()).flatten()}
                data-kind={entry.kind.as_str()}
                data-undated={entry.time.is_none().then_some("")} data-line={(entry.line + 1).to_string()}
                onmouseenter={on.reform(move |_| Action::Hover(Some(id)))}
                onmouseleave={on.reform(|_| Action::Hover(None))}
                onfocusin={on.reform(move |_| Action::Hover(Some(id)))}
                onfocusout={on.reform(|_| Action::Hover(None))}>
                <header class="entry-head">
                    <button type="button" class={classes!("author", colour)} data-author=""
                        aria-pressed={highlighted.to_string()} title={t.highlight_title}
                        onclick={on.reform(move |_| Action::ToggleHighlight(person))}>
                        { marked(&entry.author, &self.marks(entry, Field::Author)) }
                    </button>
                    if is_host {
                        <span class="host-badge" data-host-badge="" title={t.post_author_title}>{ t.post_author }</span>
                    }
                    { when }
                    if entry.kind != Kind::Comment {
                        <span class="kind-badge">{ (t.kind_badge)(entry.kind) }</span>
                    }
                    <button type="button" class="permalink" data-copy-link="" title={t.copy_link}
                        aria-label={t.copy_link} onclick={self.on_copy_link.reform(move |_| id)}>{ "#" }</button>
                </header>
                { self.reply_line(id) }
                <div class="body">{ paragraphs(&entry.body, &self.marks(entry, Field::Body), t) }</div>
            </article>
        }
    }

    /// "↩ in reply to Lucile Reynard · also answers saM, Lily · why?"
    fn reply_line(&self, id: usize) -> Html {
        let t = self.lang.t();
        let (Some(entry), Some(primary)) = (
            self.loaded.archive.entries.get(id),
            self.loaded.views.tree.parent(id),
        ) else {
            return Html::default();
        };
        let jump = |to: usize| self.on_action.reform(move |_| Action::JumpTo(to));
        let others: Vec<usize> = entry.parents().filter(|&p| p != primary).collect();
        html! {
            <div class="reply-line">
                <button type="button" class="link-button" data-reply-to={primary.to_string()} onclick={jump(primary)}>
                    { (t.in_reply_to)(self.author(primary)) }
                </button>
                if !others.is_empty() {
                    <span class="also">
                        { t.also_answers }
                        { for others.iter().map(|&p| html! {
                            <button type="button" class="chip" data-also={p.to_string()} onclick={jump(p)}>
                                { self.author(p) }
                            </button>
                        }) }
                    </span>
                }
                <details class="why" data-why="">
                    <summary>{ t.why }</summary>
                    <ul>
                        { for entry.links.iter().map(|l| html! {
                            <li>
                                { format!("{}: ", self.author(l.to)) }
                                <q>{ l.evidence.as_str() }</q>
                                { (t.sure)(l.confidence) }
                            </li>
                        }) }
                    </ul>
                </details>
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::Source;

    fn dump(name: &str, text: &str) -> Rc<Loaded> {
        let (name, source) = (name.to_string(), Source::default());
        Rc::new(Loaded::read(name, text.into(), vec![], None, source))
    }

    #[test]
    fn a_dump_is_drawn_in_stages_as_it_opens_and_whole_when_read_again() {
        let mut stage = Stage::default();
        let mut open = |d: &Rc<Loaded>| stage.of(d, |previous| first_rows(d, previous));
        let a = dump("a.txt", "a @ 2010-09-16 10:59:58\n\nhi\n");
        assert_eq!(open(&a), FIRST_ROWS);
        assert_eq!(open(&dump("b.txt", "b\n")), FIRST_ROWS, "another file");
        let again = dump("b.txt", "b, in another encoding\n");
        assert_eq!(
            open(&again),
            usize::MAX,
            "the same file read again: drawn whole, where the reader is"
        );
    }

    #[test]
    fn a_stage_grows_for_its_dump_and_starts_again_for_another() {
        let (a, b) = (dump("a.txt", "a\n"), dump("b.txt", "b\n"));
        let mut stage = Stage::default();
        assert_eq!(stage.of(&a, |_| 16), 16);
        stage.grow(48);
        assert_eq!(
            stage.of(&a, |_| 16),
            64,
            "the same dump: what was drawn, and more"
        );
        assert!(stage.finish(), "the rest drawn at once");
        assert!(!stage.finish(), "nothing left to draw");
        assert_eq!(stage.of(&a, |_| 16), usize::MAX);
        assert_eq!(
            stage.of(&b, |previous| previous.map_or(0, |p| p.name.len())),
            5
        );
    }
}

//! The app in headless Chromium: each test mounts it into a fresh `div`, feeds it a dump
//! through the same events a user causes (a real `drop`, a real `paste`, a click), and
//! checks the rendered DOM through `data-*` attributes.
#![cfg(target_arch = "wasm32")]

use palabre::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_000: &[u8] = include_bytes!("fixtures/000_0a401290472b4421.txt");
const SEED_002: &[u8] = include_bytes!("fixtures/002_0ad0d366ed8f33a8.txt");
/// A comment in Windows-1252: é, à and typographic quotes (0x93, 0x94) as old blogs wrote.
const LEGACY_1252: &[u8] = b"Caf\xE9 @ 2009-01-02 03:04:05\n\n\x93D\xE9j\xE0 vu\x94\n";

struct Mounted {
    root: Element,
    handle: AppHandle<App>,
}

impl Mounted {
    fn new() -> Self {
        // Preferences a previous test stored (a language, a theme) must not leak.
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            storage.clear().unwrap();
        }
        // Tests share one page: each starts from an address without a fragment.
        set_address("");
        Self::at_address()
    }

    /// Mounted on the page's current address (a fragment a test put there).
    fn at_address() -> Self {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        Mounted { root, handle }
    }

    /// Mounted, with its drop zone rendered.
    async fn ready() -> Self {
        let app = Mounted::new();
        app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
            .await;
        app
    }

    /// Mounted, with seed 000 dropped and all its entries shown.
    async fn with_seed_000() -> Self {
        let app = Mounted::ready().await;
        drop_file(&app.element("[data-dropzone]"), "000.txt", SEED_000);
        app.until("133 entries", |a| {
            a.drawn() && a.count("[data-entry]") == 133
        })
        .await;
        app
    }

    /// Nothing drawn in stages (the entry list, the chart's bars) is still coming.
    fn drawn(&self) -> bool {
        self.count("[aria-busy]") == 0
    }

    fn click(&self, selector: &str) {
        self.element(selector)
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    fn text_or_empty(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// The `data-node` of the row the reader has selected, if any.
    fn selected_node(&self) -> Option<String> {
        self.root
            .query_selector("[data-node][aria-selected='true']")
            .unwrap()
            .and_then(|e| e.get_attribute("data-node"))
    }

    /// Sets the `<select>` or `<input>` at `selector` to `value`, as a reader would.
    fn choose(&self, selector: &str, value: &str) {
        let element = self.element(selector);
        if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.set_value(value);
        } else if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(value);
        }
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
        element.dispatch_event(&event).unwrap();
    }

    fn element(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap()
    }

    /// Lets rendering and file reading finish until `done` holds. File reading completes
    /// on the browser's event loop, so each round yields to it; the bound only stops a
    /// broken app from hanging the suite.
    async fn until(&self, what: &str, done: impl Fn(&Self) -> bool) {
        for _ in 0..500 {
            yew::scheduler::flush().await;
            if done(self) {
                return;
            }
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
        let text = self.root.text_content().unwrap_or_default();
        panic!(
            "never happened: {what}; page text begins: {:?}",
            text.chars().take(600).collect::<String>()
        );
    }

    /// The `aria-level` of entry `id`'s row in the thread tree.
    fn level(&self, id: &str) -> u32 {
        self.element(&format!("[data-node='{id}']"))
            .get_attribute("aria-level")
            .and_then(|l| l.parse().ok())
            .unwrap_or(0)
    }

    /// Entry ids in the order their rows are on screen.
    fn node_order(&self) -> Vec<usize> {
        let rows = self.root.query_selector_all("[data-node]").unwrap();
        (0..rows.length())
            .filter_map(|i| rows.get(i))
            .filter_map(|n| n.unchecked_into::<Element>().get_attribute("data-node"))
            .filter_map(|n| n.parse().ok())
            .collect()
    }

    fn destroy(self) {
        self.handle.destroy();
        self.root.remove();
        set_address("");
    }

    fn attribute(&self, selector: &str, name: &str) -> String {
        self.element(selector)
            .get_attribute(name)
            .unwrap_or_else(|| panic!("{selector} has no {name}"))
    }

    fn input_value(&self, selector: &str) -> String {
        self.element(selector)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    }

    fn flashes(&self, id: usize) -> bool {
        self.root
            .query_selector(&format!("[data-entry='{id}']"))
            .ok()
            .flatten()
            .is_some_and(|e| e.class_list().contains("flash"))
    }
}

/// Replaces the address's fragment without a history entry (`""`: none).
fn set_address(hash: &str) {
    let location = gloo::utils::window().location();
    let url = format!(
        "{}{}{hash}",
        location.pathname().unwrap(),
        location.search().unwrap()
    );
    gloo::utils::window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// A new history entry at the current address, so that no forward entry is left from an
/// earlier test: `history.length` then counts what this test pushes.
fn fresh_history() -> web_sys::History {
    let history = gloo::utils::window().history().unwrap();
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None)
        .unwrap();
    history
}

fn address_hash() -> String {
    gloo::utils::window().location().hash().unwrap()
}

/// A `drop` event carrying a file, as the browser fires it when a user drops one.
fn drop_file(target: &Element, name: &str, bytes: &[u8]) {
    drop_files(target, &[(name, bytes)]);
}

/// A `drop` event carrying several files.
fn drop_files(target: &Element, files: &[(&str, &[u8])]) {
    let data = web_sys::DataTransfer::new().unwrap();
    for (name, bytes) in files {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(*bytes));
        let file = web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap();
        data.items().add_with_file(&file).unwrap();
    }
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&data));
    let event = web_sys::DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// A `paste` event carrying text, as Ctrl+V fires it.
fn paste_text(target: &Element, text: &str) {
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn dropping_the_blog_seed_shows_every_entry() {
    let app = Mounted::with_seed_000().await;

    assert_eq!(
        app.text("[data-summary]"),
        "133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated"
    );
    assert_eq!(app.count("[data-entry][data-undated]"), 3);
    assert_eq!(
        app.text("[data-entry][data-undated] [data-author]"),
        "@ grnkss"
    );
    assert_eq!(app.text("[data-post-author]"), "Thierry CROUZET");
    assert_eq!(
        app.text(".post-title"),
        "Les community managers sont des putes"
    );
    // The long post folds after three paragraphs so that comments are reachable.
    assert_eq!(app.count("[data-post] .body > p"), 3);
    assert_eq!(
        app.count("[data-post] [data-more] p"),
        14,
        "17 paragraphs in all"
    );
    assert_eq!(app.text("[data-entry='0'] [data-author]"), "greg");
    // Dates read in the interface's language; the dump's own text stays at hand.
    assert_eq!(app.text("[data-entry='0'] time"), "Sep 16, 2010, 10:59 AM");
    assert_eq!(
        app.element("[data-entry='0'] time")
            .get_attribute("title")
            .as_deref(),
        Some("As written in the dump: 2010-09-16 10:59:58")
    );
    assert_eq!(app.text("[data-file-name]"), "000.txt");
    // Paragraphs of a comment are separate <p>s.
    assert_eq!(app.count("[data-entry='0'] .body p"), 2);
    app.destroy();
}

#[wasm_bindgen_test]
async fn pasting_the_wordpress_seed_shows_its_pingbacks() {
    let app = Mounted::ready().await;
    paste_text(&app.root, std::str::from_utf8(SEED_002).unwrap());
    app.until("12 entries", |a| a.count("[data-entry]") == 12)
        .await;

    assert_eq!(app.count("[data-kind='pingback']"), 2);
    assert_eq!(
        app.text("[data-entry='11'] [data-author]"),
        "Tweets that mention Règles de Jeux » Community manager -- Topsy.com"
    );
    assert!(app.text("[data-entry='0'] time").starts_with("Sep 1, 2009"));
    assert_eq!(
        app.count("[data-problems]"),
        0,
        "a count that matches is no problem"
    );
    assert!(app.text("[data-post]").starts_with("Depuis cet été"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_example_shows_every_oddity() {
    let app = Mounted::new();
    app.until("the example button", |a| {
        a.count("[data-open-example]") == 1
    })
    .await;
    app.click("[data-open-example]");
    app.until("the example's entries", |a| a.count("[data-entry]") > 0)
        .await;

    assert_eq!(app.count("[data-entry]"), 11);
    assert_eq!(app.count("[data-entry][data-undated]"), 1);
    assert_eq!(app.count("[data-kind='echo']"), 2);
    // Links are real anchors, only to http(s), with a safe rel.
    let links = app.root.query_selector_all("[data-entries] a").unwrap();
    assert!(links.length() >= 2);
    for i in 0..links.length() {
        let a: web_sys::HtmlAnchorElement = links.get(i).unwrap().unchecked_into();
        assert!(a.href().starts_with("https://"), "{}", a.href());
        assert_eq!(a.rel(), "noopener noreferrer nofollow ugc");
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_binary_file_gets_a_message_and_the_view_is_kept() {
    let app = Mounted::ready().await;
    paste_text(&app.root, std::str::from_utf8(SEED_002).unwrap());
    app.until("12 entries", |a| a.count("[data-entry]") == 12)
        .await;

    drop_file(
        &app.element("[data-dropzone]"),
        "photo.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    app.until("an error", |a| a.count("[data-error]") == 1)
        .await;
    assert!(
        app.text("[data-error]").contains("binary file"),
        "{}",
        app.text("[data-error]")
    );
    assert_eq!(
        app.count("[data-entry]"),
        12,
        "the previous dump stays on screen"
    );

    drop_file(&app.element("[data-dropzone]"), "empty.txt", b"");
    app.until("the empty-file error", |a| {
        a.text_or_empty("[data-error]").contains("empty")
    })
    .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn legacy_encoded_text_is_decoded_with_a_notice() {
    let app = Mounted::ready().await;
    drop_file(&app.element("[data-dropzone]"), "old.txt", LEGACY_1252);
    app.until("one entry", |a| a.count("[data-entry]") == 1)
        .await;
    assert_eq!(app.text("[data-author]"), "Café");
    assert_eq!(app.text("[data-entry] .body"), "“Déjà vu”");
    assert!(app.text("[data-problems]").contains("Windows-1252"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn hostile_html_in_a_comment_stays_text() {
    let app = Mounted::ready().await;
    let hostile = "<img src=x onerror=alert(1)> @ 2010-01-01 00:00:00\n\n\
                   <script>alert(2)</script> javascript:alert(3) <b onmouseover=alert(4)>hi</b>\n\
                   see http://ok.example/page\"onclick=\"alert(5)\n";
    paste_text(&app.root, hostile);
    app.until("one entry", |a| a.count("[data-entry]") == 1)
        .await;
    assert_eq!(app.count("img, script, b"), 0);
    assert_eq!(app.text("[data-author]"), "<img src=x onerror=alert(1)>");
    assert!(app
        .text("[data-entry] .body")
        .contains("<script>alert(2)</script>"));
    let links = app.root.query_selector_all("[data-entry] a").unwrap();
    assert_eq!(links.length(), 1);
    let link: web_sys::HtmlAnchorElement = links.get(0).unwrap().unchecked_into();
    assert_eq!(link.href(), "http://ok.example/page");
    assert!(!link.has_attribute("onclick"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn text_without_headers_is_shown_as_a_post_with_a_notice() {
    let app = Mounted::ready().await;
    paste_text(
        &app.root,
        "Just a note.\nNothing that looks like a comment.",
    );
    app.until("the post", |a| a.count("[data-post]") == 1).await;
    assert_eq!(app.count("[data-entry]"), 0);
    assert!(app
        .text("[data-problems]")
        .contains("shown as a single post"));
    assert_eq!(app.count("[data-post] .body p"), 2);
    app.destroy();
}

#[wasm_bindgen_test]
async fn threads_show_who_answers_whom_and_jump_to_the_parent() {
    let app = Mounted::with_seed_000().await;

    // Threads are the default view once there are links.
    assert_eq!(
        app.element("[data-mode='thread']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // Thierry Crouzet's 14:52:40 comment answers Lucile Reynard, saM and Lily.
    let reply = "[data-entry='11']";
    assert_eq!(
        app.text(&format!("{reply} [data-author]")),
        "Thierry Crouzet"
    );
    assert_eq!(app.text(&format!("{reply} time")), "Sep 16, 2010, 2:52 PM");
    assert_eq!(
        app.text(&format!("{reply} [data-reply-to]")),
        "↩ in reply to Lucile Reynard"
    );
    let chips = app
        .root
        .query_selector_all(&format!("{reply} [data-also]"))
        .unwrap();
    let names: Vec<String> = (0..chips.length())
        .map(|i| chips.get(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(names, ["saM", "Lily"]);
    assert_eq!(app.count(&format!("{reply} [data-why] li")), 3);
    assert!(app.text(&format!("{reply} [data-why]")).contains("@Lucile"));
    // It is nested in Lucile's thread, and Lily's answer is nested under it: rows of a
    // tree, each a level deeper, the reply right after its parent's earlier replies.
    assert_eq!(app.count("[role='tree'] > [role='treeitem']"), 133);
    let level = |id: &str| app.level(id);
    assert_eq!((level("8"), level("11"), level("12")), (1, 2, 3));
    let order = app.node_order();
    let at = |id: usize| order.iter().position(|&n| n == id).unwrap();
    assert!(at(8) < at(11) && at(11) + 1 == at(12));

    // "In reply to" scrolls to the parent and flashes it.
    let parent = app.element("[data-entry='8']");
    window_scroll_to_bottom();
    assert!(!in_viewport(&parent), "the parent starts off screen");
    app.click(&format!("{reply} [data-reply-to]"));
    app.until("the parent flashes", |a| {
        a.element("[data-entry='8']").class_list().contains("flash")
    })
    .await;
    assert!(
        in_viewport(&app.element("[data-entry='8']")),
        "the parent is scrolled into view"
    );

    // Hovering a reply outlines each of its parents.
    let enter = web_sys::MouseEvent::new("mouseenter").unwrap();
    app.element(reply).dispatch_event(&enter).unwrap();
    app.until("outlined parents", |a| a.count(".entry.outlined") == 3)
        .await;
    for p in ["8", "9", "10"] {
        assert!(app
            .element(&format!("[data-entry='{p}']"))
            .class_list()
            .contains("outlined"));
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn threads_fold_and_the_chronological_view_keeps_dump_order() {
    let app = Mounted::with_seed_000().await;

    // Lucile's comment (#8) has three replies in its thread: #11, #12 under it, and #16.
    let toggle = "[data-node='8'] > [data-toggle]";
    assert_eq!(
        app.element(toggle)
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    app.click(toggle);
    app.until("the fold", |a| a.count("[data-entry]") == 130)
        .await;
    assert_eq!(app.text(toggle), "▸ Show 3 replies");
    assert_eq!(app.count("[data-entry='11']"), 0);

    // The chronological view shows every entry, in dump order, whatever is folded.
    app.click("[data-mode='chronological']");
    app.until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    assert_eq!(app.count("[data-entry]"), 133);
    let first = app
        .root
        .query_selector_all("[data-entries] > li [data-entry]")
        .unwrap();
    let ids: Vec<String> = (0..5)
        .map(|i| {
            first
                .get(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-entry")
                .unwrap()
        })
        .collect();
    assert_eq!(ids, ["0", "1", "2", "3", "4"]);

    // Back in threads, a chip pointing into a folded thread unfolds it: #53 answers
    // Bof (#51, its thread) and also arvic's #52, which sits in #36's thread.
    app.click("[data-mode='thread']");
    app.until("threads again", |a| a.count("[data-node]") > 0)
        .await;
    app.click("[data-node='36'] > [data-toggle]");
    app.until("#52 folded away", |a| a.count("[data-entry='52']") == 0)
        .await;
    app.click("[data-entry='53'] [data-also='52']");
    app.until("the fold opens", |a| a.count("[data-entry='52']") == 1)
        .await;
    assert!(app
        .element("[data-entry='52']")
        .class_list()
        .contains("flash"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_dump_without_links_opens_in_dump_order() {
    let app = Mounted::ready().await;
    paste_text(
        &app.root,
        "a @ 2020-01-01 10:00:00\n\nhello\n\nb @ 2020-01-01 10:01:00\n\nworld\n",
    );
    app.until("two entries", |a| a.count("[data-entry]") == 2)
        .await;
    assert_eq!(
        app.element("[data-mode='chronological']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(app.count("[data-reply-to]"), 0);
    app.destroy();
}

fn key(name: &str) -> web_sys::KeyboardEvent {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
}

fn window_scroll_to_bottom() {
    let window = gloo::utils::window();
    let height = gloo::utils::document().body().unwrap().scroll_height();
    window.scroll_to_with_x_and_y(0.0, f64::from(height));
}

fn in_viewport(element: &Element) -> bool {
    let rect = element.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    rect.bottom() > 0.0 && rect.top() < height
}

#[wasm_bindgen_test]
async fn deep_threads_continue_on_their_own() {
    let app = Mounted::ready().await;
    // Eight comments, each answering the one before: deeper than the nesting cap.
    let mut text = String::new();
    for i in 0..8 {
        let body = if i == 0 {
            "Start.".to_string()
        } else {
            format!("@p{} right", i - 1)
        };
        text += &format!("p{i} @ 2020-01-01 10:0{i}:00\n\n{body}\n\n");
    }
    paste_text(&app.root, &text);
    app.until("the capped thread", |a| a.count("[data-continue]") == 1)
        .await;
    assert_eq!(
        app.count("[data-entry]"),
        6,
        "five levels of replies under the first comment"
    );
    assert_eq!(
        app.text("[data-continue]"),
        "Continue this thread (2 more) →"
    );
    app.click("[data-continue]");
    app.until("the thread on its own", |a| {
        a.count("[data-focus-bar]") == 1
    })
    .await;
    assert_eq!(app.count("[data-entry]"), 3);
    app.click("[data-unfocus]");
    app.until("all threads again", |a| a.count("[data-focus-bar]") == 0)
        .await;
    assert_eq!(app.count("[data-entry]"), 6);
    app.destroy();
}

#[wasm_bindgen_test]
async fn clicking_an_author_highlights_all_their_entries() {
    let app = Mounted::with_seed_000().await;

    // The post author's 14 entries carry a badge, under both spellings of the name.
    assert_eq!(app.count("[data-host-badge]"), 14);
    app.click("[data-entry='4'] [data-author]");
    app.until("the highlight", |a| a.count(".entry.highlighted") > 0)
        .await;
    assert_eq!(app.count(".entry.highlighted"), 14);
    assert_eq!(app.count(".entry.dimmed"), 133 - 14);
    assert!(app
        .text("[data-highlight-bar]")
        .starts_with("14 entries by Thierry Crouzet · first Sep 16, 2010 · last Sep 18, 2010"));
    // Next walks through them.
    app.click("[data-next]");
    app.until("the first of them flashes", |a| {
        a.element("[data-entry='4']").class_list().contains("flash")
    })
    .await;

    // Esc clears it.
    app.root.dispatch_event(&key("Escape")).unwrap();
    app.until("no highlight", |a| a.count(".entry.highlighted") == 0)
        .await;
    assert_eq!(app.count(".entry.dimmed"), 0);

    // The author panel's button does the same, and a second click clears. Its table is
    // built when the panel opens.
    assert_eq!(app.count("[data-authors-panel] [data-author-row]"), 0);
    app.click("[data-authors-panel] summary");
    app.until("the table", |a| {
        a.count("[data-authors-panel] [data-author-row]") == 107
    })
    .await;
    let row = app.element("[data-authors-panel] [data-author-row] button.author");
    row.clone().unchecked_into::<web_sys::HtmlElement>().click();
    app.until("the panel's highlight", |a| {
        a.count("[data-highlight-bar]") == 1
    })
    .await;
    row.unchecked_into::<web_sys::HtmlElement>().click();
    app.until("cleared again", |a| a.count("[data-highlight-bar]") == 0)
        .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_timeline_selects_a_day() {
    let app = Mounted::with_seed_000().await;

    // The chart and every bar have a text label.
    let chart = app.element("svg.timeline-chart");
    assert!(chart
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("Timeline: 130 dated entries"));
    let bars = app.root.query_selector_all("[data-bar]").unwrap();
    assert!(
        (40..=120).contains(&bars.length()),
        "{} bars",
        bars.length()
    );
    for i in 0..bars.length() {
        let bar: Element = bars.get(i).unwrap().unchecked_into();
        assert!(!bar
            .get_attribute("aria-label")
            .unwrap_or_default()
            .is_empty());
        assert_eq!(
            bar.query_selector("title").unwrap().unwrap().text_content(),
            bar.get_attribute("aria-label")
        );
    }
    assert_eq!(app.text("[data-undated-count]"), "3 undated");

    // Both bursts are bars of their own: 40 entries on Sep 16, 2010, 24 on Oct 21, 2010.
    let bar_of = |day: &str| {
        (0..bars.length())
            .map(|i| bars.get(i).unwrap().unchecked_into::<Element>())
            .find(|b| b.get_attribute("aria-label").unwrap().starts_with(day))
            .unwrap_or_else(|| panic!("no bar for {day}"))
    };
    assert!(bar_of("Sep 16, 2010:")
        .get_attribute("aria-label")
        .unwrap()
        .contains("40 entries"));
    let october = bar_of("Oct 21, 2010:");
    assert!(october
        .get_attribute("aria-label")
        .unwrap()
        .contains("24 entries"));

    // Pointing at a bar lists its most active people; clicking one highlights them.
    pointer(&bar_of("Sep 16, 2010:"), "pointermove");
    app.until("the bar's read-out", |a| a.count("[data-bar-author]") > 0)
        .await;
    assert!(app
        .text("[data-bar-info]")
        .starts_with("Sep 16, 2010: 40 entries"));
    app.click("[data-bar-author]");
    app.until("a highlight from the chart", |a| {
        a.count("[data-highlight-bar]") == 1
    })
    .await;
    app.root.dispatch_event(&key("Escape")).unwrap();
    app.until("no highlight", |a| a.count("[data-highlight-bar]") == 0)
        .await;
    assert!(app
        .text("[data-latency]")
        .starts_with("Median time to a first reply:"));

    // Clicking the bar leaves that day's 24 entries in view, until cleared.
    pointer(&october, "pointerdown");
    pointer(&october, "pointerup");
    app.until("the day's entries", |a| a.count("[data-entry]") == 24)
        .await;
    assert!(app
        .text("[data-range-bar]")
        .starts_with("Showing 24 entries from Oct 21, 2010"));
    app.click("[data-mode='chronological']");
    app.until("the same filter in dump order", |a| {
        a.count("[data-node]") == 0
    })
    .await;
    assert_eq!(app.count("[data-entry]"), 24);
    app.click("[data-clear-range]");
    app.until("everything again", |a| a.count("[data-entry]") == 133)
        .await;

    // Keyboard: Enter on a focused bar selects it too.
    bar_of("Sep 16, 2010:")
        .dispatch_event(&key("Enter"))
        .unwrap();
    app.until("the September burst", |a| a.count("[data-entry]") == 40)
        .await;
    app.destroy();
}

/// A pointer event at the middle of `bar`, dispatched on its hit area (where a real
/// pointer would land), as a mouse's primary button.
fn pointer(bar: &Element, kind: &str) {
    let target = bar.query_selector(".hit").unwrap().unwrap();
    let r = target.get_bounding_client_rect();
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_client_x(((r.left() + r.right()) / 2.0) as i32);
    init.set_client_y(((r.top() + r.bottom()) / 2.0) as i32);
    init.set_pointer_id(1);
    init.set_pointer_type("mouse");
    init.set_is_primary(true);
    let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn bars(app: &Mounted) -> Vec<Element> {
    let list = app.root.query_selector_all("[data-bar]").unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().unchecked_into())
        .collect()
}

/// The bar whose label starts with `day`.
fn bar_on(app: &Mounted, day: &str) -> (usize, Element) {
    bars(app)
        .into_iter()
        .enumerate()
        .find(|(_, b)| b.get_attribute("aria-label").unwrap().starts_with(day))
        .unwrap_or_else(|| panic!("no bar for {day}"))
}

/// How many entries the bars `from..=to` hold, by their labels (`…: 40 entries…`).
fn entries_in(app: &Mounted, from: usize, to: usize) -> u32 {
    bars(app)[from..=to]
        .iter()
        .map(|b| {
            let label = b.get_attribute("aria-label").unwrap();
            let (_, rest) = label.split_once(": ").unwrap();
            rest.split(' ').next().unwrap().parse::<u32>().unwrap()
        })
        .sum()
}

#[wasm_bindgen_test]
async fn a_chat_timeline_names_messages_and_system_lines() {
    let app = Mounted::ready().await;
    paste_text(&app.root, include_str!("fixtures/whatsapp_android.txt"));
    app.until("the chat", |a| a.count("[data-entry]") == 10)
        .await;
    // The legend lists the kinds this dump has, and only those.
    let legend: Vec<String> = {
        let keys = app.root.query_selector_all("[data-legend]").unwrap();
        (0..keys.length())
            .map(|i| {
                let key: Element = keys.get(i).unwrap().unchecked_into();
                key.get_attribute("data-legend").unwrap()
            })
            .collect()
    };
    assert_eq!(legend, ["message", "system"]);
    assert_eq!(app.text("[data-legend='system']"), "system lines");
    app.destroy();

    // A bar holding both kinds counts its system lines beside its messages.
    let app = Mounted::ready().await;
    paste_text(
        &app.root,
        "06/03/2017, 10:00 - Marta created group \"Tour\"\n\
         06/03/2017, 10:00 - Marta added Olu\n\
         06/03/2017, 10:00 - Marta: Hi all\n\
         06/03/2017, 10:00 - Olu: Hello\n\
         09/03/2017, 18:30 - Olu: Bye\n",
    );
    app.until("the chat", |a| a.drawn() && a.count("[data-entry]") == 5)
        .await;
    let label = bars(&app)[0].get_attribute("aria-label").unwrap();
    assert!(
        label.contains(": 4 entries, 2 messages, 2 system lines"),
        "{label}"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn dragging_across_bars_selects_them_all_when_the_pointer_lifts() {
    let app = Mounted::with_seed_000().await;
    let (from, first) = bar_on(&app, "Sep 16, 2010:");
    let (to, last) = bar_on(&app, "Sep 18, 2010:");
    assert!(to > from + 1, "bars {from}..{to}");
    let expected = entries_in(&app, from, to);
    pointer(&first, "pointerdown");
    // Bars crossed light up; nothing is filtered until the pointer lifts.
    pointer(&bars(&app)[from + 1], "pointermove");
    pointer(&last, "pointermove");
    app.until("the bars dragged across", |a| {
        a.count("[data-bar].selecting") == (to - from + 1) as u32
    })
    .await;
    assert_eq!(app.count("[data-range-bar]"), 0);
    assert_eq!(app.count("[data-entry]"), 133);
    pointer(&last, "pointerup");
    app.until("the three days", |a| a.count("[data-range-bar]") == 1)
        .await;
    assert_eq!(app.count("[data-entry]"), expected);
    assert_eq!(
        app.count("[data-bar][aria-pressed='true']"),
        (to - from + 1) as u32
    );
    assert_eq!(app.count("[data-bar].selecting"), 0);
    assert!(app.text("[data-range-bar]").starts_with(&format!(
        "Showing {expected} entries from Sep 16, 2010 – Sep 18, 2010"
    )));
    // A pointer the page loses (a touch taken over by scrolling) picks nothing.
    pointer(&first, "pointerdown");
    pointer(&bars(&app)[from + 1], "pointercancel");
    yew::scheduler::flush().await;
    assert_eq!(
        app.count("[data-entry]"),
        expected,
        "the selection stays as it was"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_timeline_is_one_tab_stop_whose_arrows_move_and_enter_picks_a_range() {
    let app = Mounted::with_seed_000().await;
    let stops = |a: &Mounted| a.count("[data-bar][tabindex='0']");
    assert_eq!(stops(&app), 1, "one tab stop for all the bars");
    let all = bars(&app);
    assert_eq!(all[0].get_attribute("tabindex").as_deref(), Some("0"));
    let focused = || {
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.get_attribute("data-bar"))
    };
    all[0]
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    all[0].dispatch_event(&key("ArrowRight")).unwrap();
    assert_eq!(focused().as_deref(), Some("1"));
    app.until("the tab stop follows focus", |a| {
        a.attribute("[data-bar='1']", "tabindex") == "0"
    })
    .await;
    assert_eq!(stops(&app), 1);
    let end = all.len() - 1;
    bars(&app)[1].dispatch_event(&key("End")).unwrap();
    assert_eq!(focused(), Some(end.to_string()));
    bars(&app)[end].dispatch_event(&key("Home")).unwrap();
    assert_eq!(focused().as_deref(), Some("0"));

    // Enter at one end, Shift+Enter at the other: the days between are picked.
    let (from, first) = bar_on(&app, "Sep 16, 2010:");
    let (to, last) = bar_on(&app, "Sep 18, 2010:");
    first.dispatch_event(&key("Enter")).unwrap();
    app.until("the first day", |a| a.count("[data-entry]") == 40)
        .await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_shift_key(true);
    init.set_bubbles(true);
    let shift_enter =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    last.dispatch_event(&shift_enter).unwrap();
    let expected = entries_in(&app, from, to);
    app.until("the three days", |a| a.count("[data-entry]") == expected)
        .await;
    // Enter on a bar picked alone clears it.
    let (_, october) = bar_on(&app, "Oct 21, 2010:");
    october.dispatch_event(&key("Enter")).unwrap();
    app.until("one day", |a| a.count("[data-entry]") == 24)
        .await;
    october.dispatch_event(&key("Enter")).unwrap();
    app.until("every day", |a| a.count("[data-entry]") == 133)
        .await;
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_wordpress_post_author_is_badged() {
    let app = Mounted::ready().await;
    paste_text(&app.root, std::str::from_utf8(SEED_002).unwrap());
    app.until("12 entries", |a| a.count("[data-entry]") == 12)
        .await;
    let badged = app.root.query_selector_all("[data-host-badge]").unwrap();
    assert_eq!(badged.length(), 4);
    for i in 0..badged.length() {
        let author = badged
            .get(i)
            .unwrap()
            .parent_element()
            .unwrap()
            .query_selector("[data-author]")
            .unwrap()
            .unwrap();
        assert_eq!(author.text_content().as_deref(), Some("Carole_F"));
    }
    app.destroy();
}

const XSS_INTRUDERS: &str = include_str!("data/xss/IntrudersXSS.txt");
const XSS_POLYGLOTS: &str = include_str!("data/xss/XSS_Polyglots.txt");

#[wasm_bindgen_test]
async fn xss_payloads_stay_text_everywhere() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let payloads: Vec<&str> = XSS_INTRUDERS
        .lines()
        .chain(XSS_POLYGLOTS.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(payloads.len() >= 100, "{} payloads", payloads.len());
    // Any payload that ran would call one of these.
    let calls = Rc::new(Cell::new(0));
    let window = gloo::utils::window();
    for name in ["alert", "confirm", "prompt"] {
        let calls = calls.clone();
        let trap = Closure::<dyn FnMut()>::new(move || calls.set(calls.get() + 1));
        js_sys::Reflect::set(&window, &name.into(), trap.as_ref()).unwrap();
        trap.forget();
    }

    let app = Mounted::ready().await;
    let mut dump = String::new();
    for (i, p) in payloads.iter().enumerate() {
        dump += &format!(
            "{p} @ 2010-01-01 {:02}:{:02}:00\n\n{p}\nsee http://x.example/{p}\n@{p} and \"{p}\"\n\n",
            i / 60,
            i % 60
        );
    }
    paste_text(&app.root, &dump);
    app.until("the payload entries", |a| a.count("[data-entry]") >= 100)
        .await;
    // Dump order renders every entry whatever the threads; then the event loop runs a
    // while, so that any handler a payload managed to attach would have fired.
    app.click("[data-mode='chronological']");
    app.until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    for _ in 0..20 {
        gloo::timers::future::TimeoutFuture::new(0).await;
    }

    assert_eq!(calls.get(), 0, "a payload ran");
    let all = app.root.query_selector_all("*").unwrap();
    let dangerous = [
        "script",
        "img",
        "iframe",
        "object",
        "embed",
        "marquee",
        "plaintext",
        "isindex",
        "style",
        "link",
        "meta",
        "form",
        "video",
        "audio",
        "body",
        "frameset",
        "base",
        "xmp",
        "math",
    ];
    for i in 0..all.length() {
        let el: Element = all.get(i).unwrap().unchecked_into();
        let tag = el.tag_name().to_lowercase();
        assert!(
            !dangerous.contains(&tag.as_str()),
            "a <{tag}> element was created"
        );
        let names = el.get_attribute_names();
        for n in 0..names.length() {
            let name = names.get(n).as_string().unwrap().to_lowercase();
            assert!(!name.starts_with("on"), "<{tag}> has an {name} attribute");
            let value = el.get_attribute(&name).unwrap_or_default().to_lowercase();
            if ["href", "src", "action", "formaction", "xlink:href"].contains(&name.as_str()) {
                assert!(
                    ["http://", "https://", "mailto:"]
                        .iter()
                        .any(|scheme| value.starts_with(scheme)),
                    "<{tag} {name}={value:?}>"
                );
            }
        }
    }
    // Names are shown as written.
    assert!(
        app.text("[data-entry='0'] [data-author]").contains('<')
            || app.text("[data-entry='0'] [data-author]").contains('"')
    );
    app.destroy();
}

/// A panic aborts a wasm test, so the banner the panic hook shows is checked directly.
#[wasm_bindgen_test]
fn the_crash_banner_offers_a_reload() {
    palabre::app::show_crash_banner().unwrap();
    palabre::app::show_crash_banner().unwrap();
    let banners = gloo::utils::document()
        .query_selector_all("#palabre-crashed")
        .unwrap();
    assert_eq!(banners.length(), 1, "shown once");
    let banner: Element = banners.get(0).unwrap().unchecked_into();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("internal error"));
    let button = banner.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    banner.remove();
}

/// Types `text` into the search box, as a keyboard would (an `input` event per change).
fn type_search(app: &Mounted, text: &str) {
    let input: web_sys::HtmlInputElement = app.element("[data-search]").unchecked_into();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Presses a key on the page (not in a text field).
fn press(app: &Mounted, name: &str) {
    app.element("[data-archive]")
        .dispatch_event(&key(name))
        .unwrap();
}

#[wasm_bindgen_test]
async fn search_ignores_case_and_accents_and_walks_its_hits() {
    let app = Mounted::with_seed_000().await;
    // Seed 000's comments write "naïveté" three times.
    type_search(&app, "NAIVETE");
    app.until("hits counted", |a| a.text("[data-hit-counter]") == "3 hits")
        .await;
    assert_eq!(app.count("mark[data-hit]"), 3);
    assert_eq!(app.text("mark[data-hit]").to_lowercase(), "naïveté");
    assert_eq!(app.count("[data-current-hit]"), 0);

    // "communaute" finds "communauté", "Communauté"…
    type_search(&app, "communaute");
    app.until("more hits", |a| a.count("mark[data-hit]") > 10)
        .await;
    let hits = app.count("mark[data-hit]");
    assert_eq!(app.text("[data-hit-counter]"), format!("{hits} hits"));
    // n and p walk the hits; the current one is marked and its entry scrolled to.
    press(&app, "n");
    app.until("the first hit is current", |a| {
        a.text("[data-hit-counter]") == format!("1 / {hits}")
    })
    .await;
    assert_eq!(app.count("[data-current-hit]"), 1);
    press(&app, "p");
    app.until("back to the last hit", |a| {
        a.text("[data-hit-counter]") == format!("{hits} / {hits}")
    })
    .await;
    // Composed with a highlight, only that person's hits count.
    app.click("[data-entry='4'] [data-author]");
    app.until("fewer hits", |a| a.count("mark[data-hit]") < hits)
        .await;
    let theirs = app.count("mark[data-hit]");
    assert!(theirs > 0);
    assert_eq!(app.text("[data-hit-counter]"), format!("{theirs} hits"));
    // Esc clears the highlight, then the search.
    press(&app, "Escape");
    press(&app, "Escape");
    app.until("no search", |a| a.count("mark[data-hit]") == 0)
        .await;
    assert_eq!(app.text("[data-hit-counter]"), "");
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_keyboard_moves_between_entries_and_acts_on_them() {
    let app = Mounted::with_seed_000().await;
    let selected = Mounted::selected_node;
    press(&app, "j");
    app.until("the first entry is selected", |a| {
        selected(a).as_deref() == Some("0")
    })
    .await;
    press(&app, "j");
    app.until("the next one in reading order", |a| {
        selected(a).is_some_and(|s| s != "0")
    })
    .await;
    let second = selected(&app).unwrap();
    assert_eq!(second, app.node_order()[1].to_string());
    // Keyboard focus follows the selection, so screen readers follow it too.
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-node"), Some(second.clone()));
    press(&app, "k");
    app.until("back to the first", |a| selected(a).as_deref() == Some("0"))
        .await;
    // `a` highlights the selected entry's author (greg).
    press(&app, "a");
    app.until("greg highlighted", |a| a.count(".entry.highlighted") > 0)
        .await;
    assert!(app.text("[data-highlight-bar]").contains("greg"));
    // `?` opens the shortcut sheet and Esc closes it before clearing anything else.
    press(&app, "?");
    app.until("the sheet", |a| a.count("[data-help-sheet]") == 1)
        .await;
    assert!(app
        .text("[data-help-sheet]")
        .contains("next / previous entry"));
    press(&app, "Escape");
    app.until("no sheet", |a| a.count("[data-help-sheet]") == 0)
        .await;
    assert!(app.count(".entry.highlighted") > 0, "the highlight stays");
    // `t` switches to dump order and back.
    press(&app, "t");
    app.until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    press(&app, "t");
    app.until("threads", |a| a.count("[data-node]") == 133)
        .await;
    // Letters typed into the search box are text, not commands.
    let input = app.element("[data-search]");
    input.dispatch_event(&key("t")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(app.count("[data-node]"), 133);
    app.destroy();
}

/// Presses a key where keyboard focus is, as a keyboard would.
fn press_focused(name: &str) {
    gloo::utils::document()
        .active_element()
        .unwrap()
        .dispatch_event(&key(name))
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_thread_tree_answers_to_arrows_home_end_and_o() {
    let app = Mounted::with_seed_000().await;
    let selected = Mounted::selected_node;
    let focused = || {
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.get_attribute("data-node"))
    };
    let expanded =
        |a: &Mounted, id: &str| a.attribute(&format!("[data-node='{id}']"), "aria-expanded");
    let order = app.node_order();
    // Lucile Reynard's comment (#8) has replies: the row after it is the first.
    let at = order.iter().position(|&id| id == 8).unwrap();
    let first_reply = order[at + 1].to_string();
    assert_eq!(expanded(&app, "8"), "true");
    app.element("[data-node='8']")
        .unchecked_into::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    press_focused("ArrowDown");
    app.until("the row below", |a| {
        selected(a) == Some(first_reply.clone())
    })
    .await;
    assert_eq!(focused(), Some(first_reply.clone()), "focus follows");
    press_focused("ArrowUp");
    app.until("back up", |a| selected(a).as_deref() == Some("8"))
        .await;
    // `o` folds the selected entry's replies, and unfolds them.
    press(&app, "o");
    app.until("folded by o", |a| expanded(a, "8") == "false")
        .await;
    assert_eq!(app.count(&format!("[data-node='{first_reply}']")), 0);
    press(&app, "o");
    app.until("unfolded by o", |a| expanded(a, "8") == "true")
        .await;
    // ← folds, → unfolds, → again goes to the first reply, ← from there comes back.
    press_focused("ArrowLeft");
    app.until("folded by ←", |a| expanded(a, "8") == "false")
        .await;
    press_focused("ArrowRight");
    app.until("unfolded by →", |a| expanded(a, "8") == "true")
        .await;
    press_focused("ArrowRight");
    app.until("its first reply", |a| {
        selected(a) == Some(first_reply.clone())
    })
    .await;
    let reply = format!("[data-node='{first_reply}']");
    if app
        .element(&reply)
        .get_attribute("aria-expanded")
        .as_deref()
        == Some("true")
    {
        // An open reply folds first.
        press_focused("ArrowLeft");
        app.until("the reply folded", |a| {
            a.attribute(&reply, "aria-expanded") == "false"
        })
        .await;
    }
    press_focused("ArrowLeft");
    app.until("the entry it answers", |a| {
        selected(a).as_deref() == Some("8")
    })
    .await;
    // End and Home: the last and first rows.
    press_focused("End");
    let last = order.last().unwrap().to_string();
    app.until("the last row", |a| selected(a) == Some(last.clone()))
        .await;
    press_focused("Home");
    app.until("the first row", |a| selected(a).as_deref() == Some("0"))
        .await;
    assert_eq!(focused().as_deref(), Some("0"));
    // Arrows elsewhere are the page's: pressed on the toolbar, they select nothing.
    app.element("[data-mode='chronological']")
        .dispatch_event(&key("ArrowDown"))
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(selected(&app).as_deref(), Some("0"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn filters_by_kind_and_by_the_post_authors_threads() {
    let app = Mounted::with_seed_000().await;
    let echoes = app.count("[data-entry][data-kind='echo']");
    assert!(echoes > 0);
    app.click("[data-kind-filter='echo']");
    app.until("echoes hidden", |a| {
        a.count("[data-entry][data-kind='echo']") == 0
    })
    .await;
    assert_eq!(app.count("[data-entry]"), 133 - echoes);
    app.click("[data-kind-filter='echo']");
    app.until("echoes back", |a| a.count("[data-entry]") == 133)
        .await;
    // Only threads Thierry Crouzet wrote in: each shown thread has one of his entries.
    app.click("[data-host-threads]");
    app.until("fewer threads", |a| a.count("[data-entry]") < 133)
        .await;
    let order = app.node_order();
    let mut thread_has_host = false;
    for (i, id) in order.iter().enumerate() {
        if app.level(&id.to_string()) == 1 {
            if i > 0 {
                assert!(
                    thread_has_host,
                    "a thread before #{id} has no post author entry"
                );
            }
            thread_has_host = false;
        }
        thread_has_host |= app.count(&format!("[data-entry='{id}'] [data-host-badge]")) == 1;
    }
    assert!(thread_has_host);
    assert_eq!(
        app.count("[data-host-badge]"),
        14,
        "none of his entries is lost"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn only_a_language_or_theme_the_reader_picks_is_remembered() {
    let app = Mounted::with_seed_000().await;
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    let stored = |key: &str| storage.get_item(key).unwrap();
    // Guessed from the browser and the system: applied, not stored, so a later visit
    // still follows them.
    let html = gloo::utils::document().document_element().unwrap();
    assert!(html.get_attribute("lang").is_some());
    assert_eq!(
        (stored("palabre.lang"), stored("palabre.theme")),
        (None, None)
    );
    app.choose("[data-lang]", "en");
    app.choose("[data-theme-select]", "light");
    app.until("light", |_| {
        html.get_attribute("data-theme").as_deref() == Some("light")
    })
    .await;
    assert_eq!(stored("palabre.lang").as_deref(), Some("en"));
    assert_eq!(stored("palabre.theme").as_deref(), Some("light"));
    // Auto is no choice: the system's setting rules again.
    app.choose("[data-theme-select]", "auto");
    app.until("auto", |_| {
        html.get_attribute("data-theme").as_deref() == Some("auto")
    })
    .await;
    assert_eq!(stored("palabre.theme"), None);
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_interface_speaks_french_and_remembers_it_and_the_theme() {
    let app = Mounted::with_seed_000().await;
    app.choose("[data-lang]", "fr");
    app.until("French", |a| a.text("[data-mode='thread']") == "Fils")
        .await;
    assert_eq!(
        app.text("[data-summary]"),
        "133 entrées · 107 auteurs · 16 sept. 2010 – 17 mars 2014 · 3 sans date"
    );
    assert_eq!(app.text("[data-entry='0'] time"), "16 sept. 2010, 10:59");
    // What palabre itself says is French too: why this is the post author, a file refused.
    assert_eq!(
        app.text("[data-post-author-rule]"),
        "Auteur du billet : Thierry Crouzet (nommé en tête du billet)."
    );
    // And what the parser found odd in the dump: seed 000 ends with the site's footer.
    assert_eq!(
        app.text("[data-problems]"),
        "Les lignes 1093 et 1094 ressemblent au pied de page du site et ont été laissées de \
         côté."
    );
    drop_file(
        &app.element("[data-dropzone]"),
        "photo.png",
        b"\x89PNG\0\0\0",
    );
    app.until("an error", |a| a.count("[data-error]") == 1)
        .await;
    assert!(
        app.text("[data-error]")
            .starts_with("photo.png: Ce fichier ressemble à un fichier binaire"),
        "{}",
        app.text("[data-error]")
    );
    // Switching back rewords what is already on screen.
    app.choose("[data-lang]", "en");
    app.until("English", |a| a.text("[data-mode='thread']") == "Threads")
        .await;
    assert!(app
        .text("[data-error]")
        .contains("looks like a binary file"));
    assert_eq!(
        app.text("[data-problems]"),
        "Lines 1093–1094 look like the site's footer and were left out.",
        "the JSON's own words"
    );
    app.choose("[data-lang]", "fr");
    app.until("French again", |a| a.text("[data-mode='thread']") == "Fils")
        .await;
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    // The test page has no stylesheet: bring the app's, to see the theme take effect.
    let style = gloo::utils::document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../styles/app.css")));
    gloo::utils::document()
        .head()
        .unwrap()
        .append_child(&style)
        .unwrap();
    app.choose("[data-theme-select]", "dark");
    app.until("dark", |_| {
        html.get_attribute("data-theme").as_deref() == Some("dark")
    })
    .await;
    let background = gloo::utils::window()
        .get_computed_style(&gloo::utils::body())
        .unwrap()
        .unwrap()
        .get_property_value("background-color")
        .unwrap();
    assert_eq!(background, "rgb(23, 24, 27)", "the dark theme's --bg");
    // A second visit (a new app on the same page, same storage) keeps both.
    let root = app.root.clone();
    app.handle.destroy();
    let again = yew::Renderer::<App>::with_root(root.clone()).render();
    let app = Mounted {
        root,
        handle: again,
    };
    app.until("still French", |a| a.count("[data-dropzone]") == 1)
        .await;
    assert_eq!(app.text("[data-open-example]"), "Ouvrir l’exemple");
    assert_eq!(html.get_attribute("data-theme").as_deref(), Some("dark"));
    app.destroy();
    // Leave the page as the other tests expect it.
    style.remove();
    html.set_attribute("data-theme", "auto").unwrap();
    html.set_attribute("lang", "en").unwrap();
}

/// Empties the library a previous test filled.
async fn clear_library() {
    let request = gloo::utils::window()
        .indexed_db()
        .unwrap()
        .unwrap()
        .delete_database("palabre")
        .unwrap();
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        // "blocked" only means a connection is still closing: success follows.
        request.set_onerror(Some(&reject));
    });
    wasm_bindgen_futures::JsFuture::from(done)
        .await
        .expect("the library database is deleted");
}

#[wasm_bindgen_test]
async fn the_library_keeps_dropped_dumps_across_visits() {
    clear_library().await;
    let app = Mounted::ready().await;
    drop_files(
        &app.element("[data-dropzone]"),
        &[("000.txt", SEED_000), ("002.txt", SEED_002)],
    );
    // The first is shown, both are kept.
    app.until("both kept", |a| a.count("[data-library-item]") == 2)
        .await;
    app.until("the first shown", |a| a.count("[data-entry]") == 133)
        .await;
    app.until("marked current", |a| {
        a.count("[data-library-item].current [data-library-open]") == 1
    })
    .await;
    assert_eq!(
        app.text("[data-library-item].current [data-library-open]"),
        "000.txt"
    );
    // The storage figure itself, once the browser has said it: "89 KB used of 11 GB…".
    app.until("the storage used", |a| a.count("[data-storage-used]") == 1)
        .await;
    let used = app.text("[data-storage-used]");
    let (amount, rest) = used
        .split_once(" used of ")
        .unwrap_or_else(|| panic!("{used}"));
    assert!(amount.ends_with(" KB") || amount.ends_with(" MB"), "{used}");
    assert!(rest.ends_with(" available."), "{used}");
    // Reopening the other one from the library.
    let other = app.element("[data-library-item]:not(.current) [data-library-open]");
    assert_eq!(other.text_content().unwrap(), "002.txt");
    other.unchecked_into::<web_sys::HtmlElement>().click();
    app.until("the WordPress dump", |a| a.count("[data-entry]") == 12)
        .await;
    app.until("now current", |a| {
        a.text_or_empty("[data-library-item].current [data-library-open]") == "002.txt"
    })
    .await;
    // Renaming.
    app.click("[data-library-item].current [data-rename]");
    app.until("a name field", |a| a.count("[data-rename-input]") == 1)
        .await;
    let input: web_sys::HtmlInputElement = app.element("[data-rename-input]").unchecked_into();
    input.set_value("Community managers (WordPress)");
    input.dispatch_event(&key("Enter")).unwrap();
    app.until("renamed", |a| {
        a.text("[data-library]")
            .contains("Community managers (WordPress)")
    })
    .await;
    // A new visit finds both.
    let root = app.root.clone();
    app.handle.destroy();
    let again = yew::Renderer::<App>::with_root(root.clone()).render();
    let app = Mounted {
        root,
        handle: again,
    };
    app.until("the library after a reload", |a| {
        a.count("[data-library-item]") == 2
    })
    .await;
    // Deleting asks first.
    app.click("[data-library-item] [data-delete]");
    app.until("a confirmation", |a| a.count("[data-confirm-delete]") == 1)
        .await;
    assert_eq!(app.count("[data-library-item]"), 2);
    app.click("[data-confirm-delete]");
    app.until("one left", |a| a.count("[data-library-item]") == 1)
        .await;
    app.destroy();
    clear_library().await;
}

#[wasm_bindgen_test]
async fn every_entry_has_a_permalink_stable_across_loads() {
    let app = Mounted::with_seed_000().await;
    let anchors = app.root.query_selector_all("[data-entry]").unwrap();
    let mut all: Vec<String> = (0..anchors.length())
        .map(|i| {
            anchors
                .get(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-anchor")
                .unwrap()
        })
        .collect();
    let eleven = app.attribute("[data-entry='11']", "data-anchor");
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 133, "one anchor per entry");
    // Badr Bouanani's comment appears twice, word for word: the copy gets `-2`.
    let copies = app.root.query_selector_all("[data-anchor$='-2']").unwrap();
    assert_eq!(copies.length(), 1);
    let copy: Element = copies.get(0).unwrap().unchecked_into();
    assert_eq!(
        copy.query_selector("[data-author]")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Badr Bouanani")
    );
    app.destroy();

    // Another load of the same dump: the same anchors.
    let again = Mounted::with_seed_000().await;
    assert_eq!(again.attribute("[data-entry='11']", "data-anchor"), eleven);
    // "Copy link" selects the entry and puts its link in the address.
    again.click("[data-entry='11'] [data-copy-link]");
    again.until("the entry flashes", |a| a.flashes(11)).await;
    assert_eq!(address_hash(), format!("#e={eleven}"));
    // Headless Chromium may refuse the clipboard; either way the user is told.
    again
        .until("a word about the copy", |a| {
            !a.text_or_empty("[data-share-status]").is_empty()
        })
        .await;
    again.destroy();
}

#[wasm_bindgen_test]
async fn view_changes_are_history_entries_that_back_and_forward_restore() {
    let app = Mounted::with_seed_000().await;
    let history = fresh_history();
    let start = history.length().unwrap();
    let lucile = app.attribute("[data-entry='8']", "data-anchor");

    app.click("[data-entry='11'] [data-reply-to]");
    app.until("the parent flashes", |a| a.flashes(8)).await;
    assert_eq!(address_hash(), format!("#e={lucile}"));
    app.click("[data-entry='4'] [data-author]");
    app.until("the highlight", |a| a.count("[data-highlight-bar]") == 1)
        .await;
    assert_eq!(address_hash(), format!("#e={lucile}&a=Thierry%20Crouzet"));
    app.click("[data-mode='chronological']");
    app.until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    assert!(address_hash().ends_with("&m=chrono"));
    // Hovering is no view change.
    let enter = web_sys::MouseEvent::new("mouseenter").unwrap();
    app.element("[data-entry='12']")
        .dispatch_event(&enter)
        .unwrap();
    app.until("outlined parents", |a| a.count(".entry.outlined") > 0)
        .await;
    assert_eq!(history.length().unwrap(), start + 3);

    history.back().unwrap();
    app.until("threads again", |a| a.count("[data-node]") > 0)
        .await;
    assert_eq!(app.count("[data-highlight-bar]"), 1);
    history.back().unwrap();
    app.until("no highlight", |a| a.count("[data-highlight-bar]") == 0)
        .await;
    assert_eq!(address_hash(), format!("#e={lucile}"));
    history.forward().unwrap();
    app.until("the highlight again", |a| {
        a.count("[data-highlight-bar]") == 1
    })
    .await;
    assert!(app.count("[data-node]") > 0, "still threads");
    assert_eq!(
        history.length().unwrap(),
        start + 3,
        "restoring adds no entry"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn typing_a_search_and_stepping_are_one_history_entry_each() {
    let app = Mounted::with_seed_000().await;
    let history = fresh_history();
    let start = history.length().unwrap();
    for typed in ["c", "co", "com", "comm", "commu"] {
        type_search(&app, typed);
        app.until("the address follows", |_| {
            address_hash() == format!("#q={typed}")
        })
        .await;
    }
    assert_eq!(
        history.length().unwrap(),
        start + 1,
        "one entry for the edit"
    );
    // Stepping through hits and entries updates that entry rather than adding one.
    press(&app, "n");
    app.until("a current hit", |a| a.count("[data-current-hit]") == 1)
        .await;
    for k in ["j", "j", "k"] {
        press(&app, k);
    }
    app.until("the selection in the address", |_| {
        address_hash().starts_with("#e=")
    })
    .await;
    assert_eq!(history.length().unwrap(), start + 1, "steps replace");
    // A click after it is a new entry.
    app.click("[data-mode='chronological']");
    app.until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    assert_eq!(history.length().unwrap(), start + 2);

    history.back().unwrap();
    app.until("threads again", |a| a.count("[data-node]") > 0)
        .await;
    assert_eq!(app.input_value("[data-search]"), "commu");
    // One Back leaves the whole search, not one letter.
    history.back().unwrap();
    app.until("no search", |a| a.input_value("[data-search]").is_empty())
        .await;
    assert_eq!(app.count("mark[data-hit]"), 0);
    assert_eq!(address_hash(), "");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_link_to_a_view_restores_it_once_the_dump_is_open() {
    // The anchor of Bof's comment (#51), as a first load computes it.
    let probe = Mounted::with_seed_000().await;
    let bof = probe.attribute("[data-entry='51']", "data-anchor");
    probe.destroy();

    set_address(&format!(
        "#e={bof}&a=sam&from=2010-09-16T00:00:00&to=2010-09-17T00:00:00&m=chrono&junk=%%"
    ));
    let app = Mounted::at_address();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
    assert!(
        address_hash().starts_with("#e="),
        "the address waits for its dump"
    );
    drop_file(&app.element("[data-dropzone]"), "000.txt", SEED_000);
    app.until("the entry flashes", |a| a.flashes(51)).await;
    assert_eq!(
        app.attribute("[data-mode='chronological']", "aria-pressed"),
        "true"
    );
    assert!(app.text("[data-highlight-bar]").contains("by saM"));
    // #51 is outside the day in the link: showing it lifts the range, as a jump does.
    assert_eq!(app.count("[data-range-bar]"), 0);

    // A fragment typed into the address bar (`hashchange`) restores too.
    gloo::utils::window()
        .location()
        .set_hash("m=thread&from=2010-10-21T00:00:00&to=2010-10-22T00:00:00")
        .unwrap();
    app.until("the day's threads", |a| {
        a.count("[data-range-bar]") == 1 && a.count("[data-node]") > 0
    })
    .await;
    assert_eq!(app.count("[data-entry]"), 24);
    assert_eq!(app.count("[data-highlight-bar]"), 0);
    app.destroy();
}

#[wasm_bindgen_test]
async fn share_packs_the_dump_into_a_link_that_opens_it_again() {
    let app = Mounted::ready().await;
    paste_text(&app.root, std::str::from_utf8(SEED_002).unwrap());
    app.until("12 entries", |a| a.count("[data-entry]") == 12)
        .await;
    app.click("[data-share]");
    app.until("the link", |a| a.count("[data-data-link]") == 1)
        .await;
    let link = app.input_value("[data-data-link]");
    let (page, fragment) = link.split_once('#').unwrap();
    assert!(
        !page.contains('?'),
        "a link with the data inside fetches nothing"
    );
    assert!(fragment.starts_with("z="));
    let length: usize = app
        .attribute("[data-link-length]", "data-link-length")
        .parse()
        .unwrap();
    assert_eq!(length, link.chars().count());
    assert!(app.text("[data-link-length]").ends_with(" characters"));
    // 9,483 bytes of French comments: a link too long for chat apps, so the files are offered.
    assert!((2_000..9_483).contains(&length), "{length}");
    assert_eq!(app.count("[data-link-long] [data-save-html-instead]"), 1);
    assert!(app.input_value("[data-view-link]").starts_with(page));
    app.destroy();

    // Opening the link: the dump comes out of the fragment, nothing is fetched.
    set_address(&format!("#{fragment}"));
    let opened = Mounted::at_address();
    opened
        .until("the shared dump", |a| a.count("[data-entry]") == 12)
        .await;
    assert_eq!(opened.text("[data-file-name]"), "shared link");
    assert_eq!(opened.count("[data-kind='pingback']"), 2);
    // Its view changes keep the data in the address.
    opened.click("[data-mode='chronological']");
    opened
        .until("dump order", |a| a.count("[data-node]") == 0)
        .await;
    assert_eq!(address_hash(), format!("#{fragment}&m=chrono"));
    opened.destroy();

    // A link cut short says so, and opens nothing.
    set_address(&format!("#{}", &fragment[..fragment.len() / 2]));
    let cut = Mounted::at_address();
    cut.until("an error", |a| a.count("[data-error]") == 1)
        .await;
    assert!(cut.text("[data-error]").contains("damaged"));
    assert_eq!(cut.count("[data-entry]"), 0);
    cut.destroy();
}

/// A long comment thread: `n` comments, every third answering an earlier author.
fn long_dump(n: usize) -> String {
    let mut text = String::from("Site\nA long discussion\nA long discussion\n\nThe post.\n\n");
    for i in 0..n {
        let (day, hour, minute) = (1 + i / 1440 % 28, i / 60 % 24, i % 60);
        text += &format!(
            "person{} @ 2021-03-{day:02} {hour:02}:{minute:02}:00\n\n",
            i % 97
        );
        if i % 3 == 1 {
            text += &format!("@person{} I agree with you.\n", (i - 1) % 97);
        }
        // Bodies of different lengths, so rows have different heights.
        for line in 0..(i % 4) {
            text += &format!("Comment {i}, line {line}: something worth reading.\n");
        }
        text += &format!("Signed {i}{}\n\n", if i == n - 7 { " needle" } else { "" });
    }
    text
}

#[wasm_bindgen_test]
async fn a_long_dump_renders_only_what_is_near_the_screen() {
    let app = Mounted::ready().await;
    // Enough rows to be virtualised, few enough for a debug build of the app to parse
    // quickly.
    let n = 1500;
    // The test page has no stylesheet: bring the app's, so rows have their real heights.
    let style = gloo::utils::document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../styles/app.css")));
    gloo::utils::document()
        .head()
        .unwrap()
        .append_child(&style)
        .unwrap();
    paste_text(&app.element("[data-dropzone]"), &long_dump(n));
    app.until("the dump", |a| a.count("[data-entry]") > 0).await;
    assert_eq!(
        app.text("[data-summary]").split(" · ").next(),
        Some("1500 entries")
    );
    let rendered = app.count("[data-entry]");
    assert!(rendered < 200, "{rendered} entries rendered for {n}");
    // The list is as tall as all its rows: the spacers stand for the rest.
    let list_height = app
        .element("[data-entries]")
        .get_bounding_client_rect()
        .height();
    assert!(list_height > 50.0 * n as f64, "list is {list_height}px");

    // Scrolling to the end renders the end.
    window_scroll_to_bottom();
    app.until("the last entries", |a| {
        a.count(&format!("[data-entry='{}']", n - 1)) == 1
    })
    .await;
    assert!(app.count("[data-entry]") < 200);
    assert_eq!(
        app.count("[data-entry='0']"),
        0,
        "the top is no longer rendered"
    );

    // A search hit far away is rendered, scrolled to and flashed.
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    app.until("back at the top", |a| a.count("[data-entry='0']") == 1)
        .await;
    type_search(&app, "needle");
    app.until("one hit", |a| a.text("[data-hit-counter]") == "1 hit")
        .await;
    press(&app, "n");
    let target = n - 7;
    app.until("the far hit flashes", |a| a.flashes(target))
        .await;
    let selector = format!("[data-entry='{target}']");
    app.until("the far hit on screen", |a| {
        in_viewport(&a.element(&selector))
    })
    .await;
    assert_eq!(app.count("[data-current-hit]"), 1);
    app.destroy();
    style.remove();
}

#[wasm_bindgen_test]
async fn a_crowd_lists_its_busiest_people_and_everyone_on_request() {
    let app = Mounted::ready().await;
    let mut text = String::from("Site\nA crowd\nA crowd\n\nThe post.\n\n");
    for i in 0..250 {
        // person0 writes three times: the busiest, so the first row.
        for _ in 0..if i == 0 { 3 } else { 1 } {
            text += &format!("person{i} @ 2021-03-01 10:{:02}:00\n\nHello.\n\n", i % 60);
        }
    }
    paste_text(&app.element("[data-dropzone]"), &text);
    app.until("the dump", |a| a.count("[data-entry]") > 0).await;
    let rows = "[data-authors-panel] [data-author-row]";
    app.click("[data-authors-panel] summary");
    app.until("the table", |a| a.count(rows) > 0).await;
    assert_eq!(app.count(rows), 200);
    assert_eq!(
        app.element(rows)
            .get_attribute("data-author-row")
            .as_deref(),
        Some("0")
    );
    assert_eq!(app.text("[data-all-authors]"), "Show all 250 people");
    app.click("[data-all-authors]");
    app.until("everyone", |a| a.count(rows) == 250).await;
    assert_eq!(app.count("[data-all-authors]"), 0);
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_encoding_can_be_chosen_and_relative_dates_re_anchored() {
    let app = Mounted::ready().await;
    drop_file(&app.element("[data-dropzone]"), "old.txt", LEGACY_1252);
    app.until("one entry", |a| a.count("[data-entry]") == 1)
        .await;
    let select: web_sys::HtmlSelectElement = app.element("[data-encoding]").unchecked_into();
    assert_eq!(select.value(), "windows-1252");
    // Read as ISO-8859-1, the 0x93/0x94 quotes become control characters, not “ ”.
    app.choose("[data-encoding]", "iso-8859-1");
    app.until("read again", |a| {
        a.text("[data-entry] .body") == "\u{93}Déjà vu\u{94}"
    })
    .await;
    assert!(app.text("[data-problems]").contains("as chosen"));
    app.destroy();

    // Hacker News writes "14 hours ago": dates count back from a day the reader sets.
    let app = Mounted::ready().await;
    paste_text(
        &app.element("[data-dropzone]"),
        include_str!("fixtures/hackernews_thread.txt"),
    );
    app.until("the thread", |a| a.count("[data-entry]") > 3)
        .await;
    assert!(app.count("[data-approximate]") > 0);
    app.choose("[data-anchor-date]", "2020-06-15");
    app.until("dates in June 2020", |a| {
        a.text("[data-approximate]").contains("2020")
    })
    .await;
    assert_eq!(
        app.element("[data-anchor-date]")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        "2020-06-15"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn links_are_rewritten_by_the_browsers_url_parser() {
    let app = Mounted::ready().await;
    paste_text(
        &app.element("[data-dropzone]"),
        "Ann @ 2020-01-01 10:00:00\n\n         Write to MAILTO:ann@example.org or see HTTP://Example.ORG/a/../b?q=1 \
         \u{1}java\u{3}script:alert(1) http://\u{1}x\n",
    );
    app.until("the entry", |a| a.count("[data-entry]") == 1)
        .await;
    let links = app.root.query_selector_all("[data-entry] a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .map(|i| {
            links
                .get(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("href")
                .unwrap()
        })
        .collect();
    // As the URL parser writes them back: lower-case scheme and host, path resolved.
    assert_eq!(
        hrefs,
        ["mailto:ann@example.org", "http://example.org/b?q=1"]
    );
    assert!(app.text("[data-entry] .body").contains("script:alert(1)"));
    app.destroy();
}

/// What the worker sends is copied into wasm and its buffer given back at once, not left
/// for the garbage collector to find (a 100 MB log's chunks held 87 MB of heap so).
#[wasm_bindgen_test]
fn a_messages_bytes_are_copied_out_and_its_buffer_given_back() {
    let array = js_sys::Uint8Array::from(&[7u8, 0, 255][..]);
    assert_eq!(array.buffer().byte_length(), 3);
    assert_eq!(palabre::app::take_bytes(&array), vec![7, 0, 255]);
    assert_eq!(array.buffer().byte_length(), 0, "the buffer is detached");
    assert_eq!(array.length(), 0);
}

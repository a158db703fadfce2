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

struct Mounted {
    root: Element,
    handle: AppHandle<App>,
}

impl Mounted {
    fn new() -> Self {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        Mounted { root, handle }
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
        panic!(
            "never happened: {what}; page text: {:?}",
            self.root.text_content()
        );
    }

    fn destroy(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

/// A `drop` event carrying a file, as the browser fires it when a user drops one.
fn drop_file(target: &Element, name: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    data.items().add_with_file(&file).unwrap();
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
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
    drop_file(&app.element("[data-dropzone]"), "000.txt", SEED_000);
    app.until("133 entries", |a| a.count("[data-entry]") == 133)
        .await;

    assert_eq!(
        app.text("[data-summary]"),
        "133 entries · 107 authors · 16 Sep 2010 – 17 Mar 2014 · 3 undated"
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
    assert_eq!(app.text("[data-entry='0'] time"), "2010-09-16 10:59:58");
    assert_eq!(app.text("[data-file-name]"), "000.txt");
    // Paragraphs of a comment are separate <p>s.
    assert_eq!(app.count("[data-entry='0'] .body p"), 2);
    app.destroy();
}

#[wasm_bindgen_test]
async fn pasting_the_wordpress_seed_shows_its_pingbacks() {
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
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
    app.element("[data-open-example]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
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
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
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
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
    drop_file(
        &app.element("[data-dropzone]"),
        "old.txt",
        b"Caf\xE9 @ 2009-01-02 03:04:05\n\n\x93D\xE9j\xE0 vu\x94\n",
    );
    app.until("one entry", |a| a.count("[data-entry]") == 1)
        .await;
    assert_eq!(app.text("[data-author]"), "Café");
    assert_eq!(app.text("[data-entry] .body"), "“Déjà vu”");
    assert!(app.text("[data-problems]").contains("Windows-1252"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn hostile_html_in_a_comment_stays_text() {
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
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
    let app = Mounted::new();
    app.until("the drop zone", |a| a.count("[data-dropzone]") == 1)
        .await;
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

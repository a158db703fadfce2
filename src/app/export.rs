//! "Save as HTML": the archive as one read-only page that opens anywhere, without
//! palabre. The archive view is rendered once more, off screen and unfiltered, then its
//! DOM is made inert (every fold opened, controls turned into text, "in reply to" into
//! links within the page) and saved with the app's stylesheet and a policy that forbids
//! every script. The browser serialises the DOM, so dump text stays escaped text.

use super::components::{ArchiveView, ArchiveViewProps};
use super::i18n::Lang;
use super::services;
use super::state::{Loaded, Mode, ViewState};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};
use yew::prelude::*;

/// No script of any kind, no request: styles inline (they cannot run anything), images
/// only as data.
pub const EXPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                              base-uri 'none'; form-action 'none'";

/// Renders, snapshots and downloads the page, in the reader's language.
pub async fn save_html(loaded: Rc<Loaded>, mode: Mode, lang: Lang) -> Result<(), JsValue> {
    let mut archive = render(&loaded, mode, lang).await?;
    let shown = archive.query_selector_all("[data-entry]")?.length() as usize;
    if shown < loaded.archive.entries.len() {
        // Threads deeper than the nesting cap continue behind a button: dump order has
        // every entry.
        archive = render(&loaded, Mode::Chronological, lang).await?;
    }
    let document = gloo::utils::document();
    make_static(&document, &archive, loaded.anchors())?;
    let title = document.create_element("title")?;
    let heading = loaded.archive.post.title.as_deref().unwrap_or(&loaded.name);
    title.set_text_content(Some(&format!("{heading} — palabre")));
    let note = document.create_element("p")?;
    note.set_class_name("export-note");
    note.set_text_content(Some(lang.t().export_note));
    let page = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"palabre\">\n{}\n<style>\n{}\n</style>\n</head>\n\
         <body>\n<main>\n{}\n{}\n</main>\n</body>\n</html>\n",
        lang.code(),
        title.outer_html(),
        stylesheet_text(&document).replace("</", "<\\/"),
        note.outer_html(),
        archive.outer_html(),
    );
    let stem = loaded
        .name
        .rsplit_once('.')
        .map_or(loaded.name.as_str(), |(s, _)| s);
    services::download(&format!("{stem}.palabre.html"), "text/html", &page)
}

#[derive(Properties, PartialEq)]
struct ExportedProps {
    lang: Lang,
    view: ArchiveViewProps,
}

/// The archive view in a language of its own (the export renders outside the app).
#[component]
fn Exported(props: &ExportedProps) -> Html {
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <ArchiveView ..props.view.clone() />
        </ContextProvider<Lang>>
    }
}

/// The archive view with nothing filtered, folded or highlighted, in a detached element.
pub(super) async fn render(
    loaded: &Rc<Loaded>,
    mode: Mode,
    lang: Lang,
) -> Result<Element, JsValue> {
    let host = gloo::utils::document().create_element("div")?;
    let view = ArchiveViewProps {
        loaded: loaded.clone(),
        view: ViewState::default(),
        mode,
        on_action: Callback::noop(),
        on_copy_link: Callback::noop(),
        on_encoding: Callback::noop(),
        on_anchor: Callback::noop(),
        // A saved page has no script to render rows as they scroll into view.
        all_rows: true,
    };
    let props = ExportedProps { lang, view };
    let handle = yew::Renderer::<Exported>::with_root_and_props(host.clone(), props).render();
    // Yew renders from the microtask queue: a task later, the view is there.
    let mut archive = None;
    for _ in 0..100 {
        gloo::timers::future::TimeoutFuture::new(0).await;
        archive = host.query_selector("[data-archive]")?;
        if archive.is_some() {
            break;
        }
    }
    let archive = archive.ok_or_else(|| JsValue::from_str("the archive did not render"))?;
    let copy: Element = archive.clone_node_with_deep(true)?.unchecked_into();
    handle.destroy();
    Ok(copy)
}

fn all(root: &Element, selector: &str) -> Result<Vec<Element>, JsValue> {
    let list = root.query_selector_all(selector)?;
    Ok((0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect())
}

fn index(el: &Element, attribute: &str) -> Option<usize> {
    el.get_attribute(attribute)?.parse().ok()
}

/// Opens every fold, links replies within the page, and turns every control into text.
fn make_static(document: &Document, root: &Element, anchors: &[String]) -> Result<(), JsValue> {
    for el in all(root, "[data-entry]")? {
        if let Some(anchor) = index(&el, "data-entry").and_then(|i| anchors.get(i)) {
            el.set_id(anchor);
        }
    }
    for el in all(root, "details")? {
        el.set_attribute("open", "")?;
    }
    for el in all(root, "[data-reply-to], [data-also]")? {
        let to = index(&el, "data-reply-to").or_else(|| index(&el, "data-also"));
        let Some(anchor) = to.and_then(|i| anchors.get(i)) else {
            continue;
        };
        let link = document.create_element("a")?;
        link.set_attribute("href", &format!("#{anchor}"))?;
        link.set_class_name(&el.class_name());
        link.set_text_content(el.text_content().as_deref());
        el.replace_with_with_node_1(&link)?;
    }
    let interactive = "[data-toggle], [data-continue], [data-copy-link], [data-bar-info], \
                       .mode-switch, .filter-bar, [data-focus-bar], input, label";
    for el in all(root, interactive)? {
        el.remove();
    }
    for el in all(root, "button")? {
        let text = document.create_element("span")?;
        text.set_class_name(&el.class_name());
        text.set_text_content(el.text_content().as_deref());
        el.replace_with_with_node_1(&text)?;
    }
    for el in all(
        root,
        "[tabindex], [aria-pressed], [aria-expanded], [role='button']",
    )? {
        for name in ["tabindex", "aria-pressed", "aria-expanded"] {
            el.remove_attribute(name)?;
        }
        if el.get_attribute("role").as_deref() == Some("button") {
            el.remove_attribute("role")?;
        }
    }
    Ok(())
}

/// The text of every stylesheet the page has (the app's own; inline in the single file).
fn stylesheet_text(document: &Document) -> String {
    let sheets = document.style_sheets();
    let mut css = String::new();
    for i in 0..sheets.length() {
        let Some(sheet) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            continue;
        };
        let Ok(rules) = sheet.css_rules() else {
            continue;
        };
        for j in 0..rules.length() {
            if let Some(rule) = rules.item(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css.push_str(
        ".export-note { color: var(--muted); font-size: .9rem; }\n\
         span.author { color: var(--person, var(--text)); }\n",
    );
    css
}

//! The Share button and its panel: a link to this view, a link with the data inside
//! (its length, a warning when chat apps may cut it), and "Save as HTML".

use crate::share::{link_fit, msg, LinkFit};
use std::rc::Rc;
use yew::prelude::*;

/// Where the link with the data inside stands.
#[derive(Debug, Clone, PartialEq)]
pub enum DataLink {
    Idle,
    Making,
    /// The whole link.
    Ready(Rc<str>),
    Failed(String),
}

#[derive(Properties, PartialEq, Clone)]
pub struct ShareMenuProps {
    /// The address of this view (with `?src=` when the dump came from one).
    pub view_link: String,
    /// The dump came from `?src=` (or `#z=`): the view link opens it by itself.
    pub self_contained: bool,
    /// palabre runs from `file://`.
    pub from_file: bool,
    pub data_link: DataLink,
    /// What the last copy or save did ("Link copied.").
    pub status: Option<String>,
    /// The panel opened: time to pack the dump.
    pub on_open: Callback<()>,
    pub on_copy: Callback<String>,
    pub on_save_html: Callback<()>,
    pub on_download_json: Callback<MouseEvent>,
}

#[component]
pub fn ShareMenu(props: &ShareMenuProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let (open, on_open) = (open.clone(), props.on_open.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open {
                on_open.emit(());
            }
            open.set(!*open);
        })
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let copy = |text: String| props.on_copy.reform(move |_: MouseEvent| text.clone());
    let save_html = props.on_save_html.reform(|_: MouseEvent| ());
    let download_json = props.on_download_json.clone();
    let instead = html! {
        <span class="share-instead">
            <button type="button" onclick={save_html.clone()} data-save-html-instead="">{ msg::SAVE_HTML }</button>
            <button type="button" onclick={download_json} data-download-json-instead="">{ msg::DOWNLOAD_JSON }</button>
        </span>
    };
    let data_link = match &props.data_link {
        DataLink::Idle => Html::default(),
        DataLink::Making => {
            html! { <p role="status" data-link-making="">{ msg::DATA_LINK_MAKING }</p> }
        }
        DataLink::Failed(why) => {
            html! { <p class="share-warning" role="alert" data-link-failed="">{ why }</p> }
        }
        DataLink::Ready(link) => match link_fit(link.chars().count()) {
            LinkFit::TooLong => html! {
                <p class="share-warning" role="alert" data-link-too-long="">{ msg::link_too_long() }{ " " }{ instead }</p>
            },
            fit => html! {
                <>
                    <div class="link-row">
                        <input type="text" readonly=true value={link.to_string()} aria-label={msg::DATA_LINK} data-data-link="" />
                        <button type="button" onclick={copy(link.to_string())} data-copy-data-link="">{ msg::COPY }</button>
                        <span class="link-length" data-link-length={link.chars().count().to_string()}>
                            { msg::link_length(link.chars().count()) }
                        </span>
                    </div>
                    if fit == LinkFit::Long {
                        <p class="share-warning" data-link-long="">{ msg::link_long() }{ " " }{ instead }</p>
                    }
                </>
            },
        },
    };
    html! {
        <div class="share" data-share-menu="">
            <button type="button" aria-expanded={open.to_string()} title={msg::SHARE_TITLE}
                onclick={toggle} data-share="">{ msg::SHARE }</button>
            <span class="share-status" role="status" data-share-status="">{ props.status.clone().unwrap_or_default() }</span>
            if *open {
                <section class="share-panel" aria-label={msg::SHARE_TITLE} data-share-panel="">
                    <h2>{ msg::VIEW_LINK }</h2>
                    <p class="share-hint">
                        { if props.self_contained { msg::VIEW_LINK_HINT_SOURCE } else { msg::VIEW_LINK_HINT_LOCAL } }
                    </p>
                    <div class="link-row">
                        <input type="text" readonly=true value={props.view_link.clone()} aria-label={msg::VIEW_LINK} data-view-link="" />
                        <button type="button" onclick={copy(props.view_link.clone())} data-copy-view-link="">{ msg::COPY }</button>
                    </div>
                    <h2>{ msg::DATA_LINK }</h2>
                    <p class="share-hint">{ msg::DATA_LINK_HINT }</p>
                    { data_link }
                    <h2>{ msg::SAVE_HTML }</h2>
                    <p class="share-hint">{ msg::SAVE_HTML_HINT }</p>
                    <button type="button" onclick={save_html} data-save-html="">{ msg::SAVE_HTML }</button>
                    if props.from_file {
                        <p class="share-hint" data-from-file="">{ msg::FROM_FILE_HINT }</p>
                    }
                    <button type="button" class="share-close" onclick={close} data-share-close="">{ msg::CLOSE }</button>
                </section>
            }
        </div>
    }
}

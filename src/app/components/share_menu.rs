//! The Share button and its panel: a link to this view, a link with the data inside
//! (its length, a warning when chat apps may cut it), and "Save as HTML".

use super::super::i18n::Lang;
use super::super::message::Message;
use crate::share::{link_fit, LinkFit};
use std::rc::Rc;
use yew::prelude::*;

/// Where the link with the data inside stands.
#[derive(Debug, Clone, PartialEq)]
pub enum DataLink {
    Idle,
    Making,
    /// The whole link.
    Ready(Rc<str>),
    Failed(Message),
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
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
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
            <button type="button" onclick={save_html.clone()} data-save-html-instead="">{ t.save_html }</button>
            <button type="button" onclick={download_json} data-download-json-instead="">{ t.download_json }</button>
        </span>
    };
    let data_link = match &props.data_link {
        DataLink::Idle => Html::default(),
        DataLink::Making => {
            html! { <p role="status" data-link-making="">{ t.data_link_making }</p> }
        }
        DataLink::Failed(why) => {
            html! { <p class="share-warning" role="alert" data-link-failed="">{ lang.message(why) }</p> }
        }
        DataLink::Ready(link) => match link_fit(link.chars().count()) {
            LinkFit::TooLong => html! {
                <p class="share-warning" role="alert" data-link-too-long="" data-link-length={link.chars().count().to_string()}>
                    { (t.link_too_long)(link.chars().count(), crate::share::BROWSER_URL_LIMIT) }{ " " }{ instead }
                </p>
            },
            fit => html! {
                <>
                    <div class="link-row">
                        <input type="text" readonly=true value={link.to_string()} aria-label={t.data_link} data-data-link="" />
                        <button type="button" onclick={copy(link.to_string())} data-copy-data-link="">{ t.copy }</button>
                        <span class="link-length" data-link-length={link.chars().count().to_string()}>
                            { (t.link_length)(link.chars().count()) }
                        </span>
                    </div>
                    if fit == LinkFit::Long {
                        <p class="share-warning" data-link-long="">{ (t.link_long)(crate::share::CHAT_LINK_LIMIT) }{ " " }{ instead }</p>
                    }
                </>
            },
        },
    };
    html! {
        <div class="share" data-share-menu="">
            <button type="button" aria-expanded={open.to_string()} title={t.share_title}
                onclick={toggle} data-share="">{ t.share }</button>
            <span class="share-status" role="status" data-share-status="">{ props.status.clone().unwrap_or_default() }</span>
            if *open {
                <section class="share-panel" aria-label={t.share_title} data-share-panel="">
                    <h2>{ t.view_link }</h2>
                    <p class="share-hint">
                        { if props.self_contained { t.view_link_hint_source } else { t.view_link_hint_local } }
                    </p>
                    <div class="link-row">
                        <input type="text" readonly=true value={props.view_link.clone()} aria-label={t.view_link} data-view-link="" />
                        <button type="button" onclick={copy(props.view_link.clone())} data-copy-view-link="">{ t.copy }</button>
                    </div>
                    <h2>{ t.data_link }</h2>
                    <p class="share-hint">{ t.data_link_hint }</p>
                    { data_link }
                    <h2>{ t.save_html }</h2>
                    <p class="share-hint">{ t.save_html_hint }</p>
                    <button type="button" onclick={save_html} data-save-html="">{ t.save_html }</button>
                    if props.from_file {
                        <p class="share-hint" data-from-file="">{ t.from_file_hint }</p>
                    }
                    <button type="button" class="share-close" onclick={close} data-share-close="">{ t.close }</button>
                </section>
            }
        </div>
    }
}

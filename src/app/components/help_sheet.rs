use super::super::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpSheetProps {
    pub on_close: Callback<()>,
}

/// The keyboard shortcut sheet (`?`).
#[component]
pub fn HelpSheet(props: &HelpSheetProps) -> Html {
    let t = use_context::<Lang>().unwrap_or_default().t();
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="sheet-backdrop">
            <section class="sheet" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-help-sheet="">
                <h2 id="shortcuts-title">{ t.shortcuts_title }</h2>
                <dl class="shortcuts">
                    { for t.shortcuts.iter().map(|(keys, what)| html! {
                        <>
                            <dt>{ for keys.split(" / ").enumerate().map(|(i, k)| html! {
                                <>{ if i > 0 { " / " } else { "" } }<kbd>{ k }</kbd></>
                            }) }</dt>
                            <dd>{ *what }</dd>
                        </>
                    }) }
                </dl>
                <button type="button" onclick={close} data-close-help="">{ t.close }</button>
            </section>
        </div>
    }
}

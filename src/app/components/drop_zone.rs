use super::super::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Once a dump is shown, the zone shrinks to a bar above it.
    pub compact: bool,
    pub on_file: Callback<web_sys::File>,
    pub on_example: Callback<()>,
}

/// Where a dump comes in: drop, file picker, paste, or the built-in example.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let t = use_context::<Lang>().unwrap_or_default().t();
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("dropzone", props.compact.then_some("compact"))} data-dropzone=""
            aria-label={t.drop_zone_label}>
            if !props.compact {
                <p class="dropzone-title">{ t.drop_title }</p>
                <p class="dropzone-hint">{ t.drop_hint }</p>
            }
            <div class="dropzone-actions">
                <label class="button">
                    { if props.compact { t.open_another } else { t.choose_file } }
                    <input type="file" class="visually-hidden" accept=".txt,.log,.text,text/plain"
                        {onchange} data-file-input="" />
                </label>
                <button type="button" onclick={on_example} data-open-example="">{ t.open_example }</button>
                <span class="dropzone-paste">{ t.or_paste }</span>
            </div>
        </section>
    }
}

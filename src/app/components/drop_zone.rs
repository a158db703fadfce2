use super::super::i18n::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Once a dump is shown, the zone shrinks to a bar above it.
    pub compact: bool,
    /// One file or several (the first is shown, all are kept in the library).
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_example: Callback<()>,
}

/// Where a dump comes in: drop, file picker, paste, or the built-in example.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let t = use_context::<Lang>().unwrap_or_default().t();
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let files = input.files().map(|f| super::super::services::files_of(&f));
            if let Some(files) = files.filter(|f| !f.is_empty()) {
                on_files.emit(files);
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
                    <input type="file" class="visually-hidden" multiple=true accept=".txt,.log,.text,text/plain"
                        {onchange} data-file-input="" />
                </label>
                <button type="button" onclick={on_example} data-open-example="">{ t.open_example }</button>
                <span class="dropzone-paste">{ t.or_paste }</span>
            </div>
        </section>
    }
}

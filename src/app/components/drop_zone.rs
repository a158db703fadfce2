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
            aria-label="Open a discussion dump">
            if !props.compact {
                <p class="dropzone-title">{ "Drop a discussion dump here" }</p>
                <p class="dropzone-hint">
                    { "A blog post with its comments, a WordPress comment list, a chat log… \
                       copied as plain text. It stays in your browser: nothing is uploaded." }
                </p>
            }
            <div class="dropzone-actions">
                <label class="button">
                    { if props.compact { "Open another file" } else { "Choose a file" } }
                    <input type="file" class="visually-hidden" accept=".txt,.log,.text,text/plain"
                        {onchange} data-file-input="" />
                </label>
                <button type="button" onclick={on_example} data-open-example="">{ "Open example" }</button>
                <span class="dropzone-paste">{ "or paste text anywhere (Ctrl+V / ⌘V)" }</span>
            </div>
        </section>
    }
}

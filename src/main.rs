//! The web app's entry point; Trunk builds it for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    palabre::app::install_panic_banner();
    yew::Renderer::<palabre::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("palabre-app runs in the browser: build it with `scripts/serve`.");
    std::process::exit(2);
}

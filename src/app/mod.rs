//! The web UI: function components over one reducer (`state.rs`). Side effects live in
//! `services.rs` and are wired up by the root component only.

mod components;
pub mod i18n;
mod keys;
pub mod layout;
mod library;
mod root;
mod rows;
mod services;
pub mod state;

pub use root::App;
pub use services::{install_panic_banner, show_crash_banner};

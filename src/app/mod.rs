//! The web UI: function components over one reducer (`state.rs`). Side effects live in
//! `services.rs` (and `web_share.rs`, `export.rs` for sharing) and are wired up by the root
//! component only (and its sharing hook, `links.rs`).

mod components;
mod export;
pub mod i18n;
mod keys;
pub mod layout;
mod library;
mod links;
pub mod message;
mod root;
mod rows;
mod services;
pub mod state;
mod view_link;
mod web_share;
mod worker;

pub use root::App;
pub use services::{install_panic_banner, show_crash_banner};
pub use worker::take_bytes;

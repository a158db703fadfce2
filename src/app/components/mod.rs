//! Presentational components: they render what they are given and report user intent
//! through callbacks. Tests find their parts by `data-*` attributes.

mod archive_view;
mod authors_panel;
mod drop_zone;
mod format;
mod rich_text;
mod share_menu;
mod timeline_chart;

pub use archive_view::{ArchiveView, ArchiveViewProps};
pub use drop_zone::DropZone;
pub use share_menu::{DataLink, ShareMenu, ShareMenuProps};

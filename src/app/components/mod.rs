//! Presentational components: they render what they are given and report user intent
//! through callbacks. Tests find their parts by `data-*` attributes.

mod archive_view;
mod authors_panel;
mod drop_zone;
mod format;
mod help_sheet;
mod library_panel;
mod rich_text;
mod share_menu;
mod timeline_chart;
mod toolbar;

pub use archive_view::{ArchiveView, ArchiveViewProps};
pub use drop_zone::DropZone;
pub use help_sheet::HelpSheet;
pub use library_panel::LibraryPanel;
pub use share_menu::{DataLink, ShareMenu, ShareMenuProps};
pub use toolbar::focus_search;

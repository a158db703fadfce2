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

use std::rc::Rc;

pub use archive_view::{ArchiveView, ArchiveViewProps};
pub use drop_zone::DropZone;
pub use help_sheet::HelpSheet;
pub use library_panel::LibraryPanel;
pub use share_menu::{DataLink, ShareMenu, ShareMenuProps};
pub use toolbar::focus_search;

/// An `Rc` compared by address: a new dump or a new row list is a new allocation, and a
/// deep comparison of a million rows per render is what memoising avoids.
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

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

use super::state::Loaded;
use std::cell::RefCell;
use std::rc::Rc;

pub use archive_view::{ArchiveView, ArchiveViewProps};
pub use drop_zone::DropZone;
pub use help_sheet::HelpSheet;
pub use library_panel::LibraryPanel;
pub use share_menu::{DataLink, ShareMenu, ShareMenuProps};
pub use toolbar::focus_search;

/// `value` once the browser has painted a frame since it came: until then the value
/// before it (`None` at first). A costly part of a drawing (the chart's bars) follows the
/// rest of it this way, in a task of its own.
#[yew::hook]
fn use_painted<T: 'static>(value: Rc<T>) -> Option<Rc<T>> {
    let painted = yew::use_state(|| None::<Rc<T>>);
    {
        let painted = painted.clone();
        yew::use_effect_with(Same(value), move |value| {
            let value = value.0.clone();
            let next = super::services::after_paint(move || painted.set(Some(value)));
            move || drop(next)
        });
    }
    (*painted).clone()
}

/// How much of a long drawing of a dump (the entry list's rows, the chart's bars) is in
/// the page yet, and for which dump: drawn in stages, one after each paint, so that no
/// task draws it all (see `use_stages`).
#[derive(Default)]
struct Stage {
    dump: Option<Same<Loaded>>,
    drawn: usize,
}

impl Stage {
    /// How many to draw of `dump`: `start(the dump before)` when it is new here, else
    /// what was drawn so far.
    fn of(&mut self, dump: &Rc<Loaded>, start: impl FnOnce(Option<&Loaded>) -> usize) -> usize {
        let dump = Same(dump.clone());
        if self.dump.as_ref() != Some(&dump) {
            self.drawn = start(self.dump.as_ref().map(|d| &*d.0));
            self.dump = Some(dump);
        }
        self.drawn
    }

    fn grow(&mut self, step: usize) {
        self.drawn = self.drawn.saturating_add(step);
    }

    /// Draws the rest at once; false if it was all drawn already.
    fn finish(&mut self) -> bool {
        std::mem::replace(&mut self.drawn, usize::MAX) != usize::MAX
    }
}

/// While `staging`, draws `step` more of what `stage` counts once this drawing is painted
/// (not if the component draws again first, or goes: the effect's cleanup drops it), and
/// all of it at once if the reader prints meanwhile: paper gets the whole list.
#[yew::hook]
fn use_stages(stage: Rc<RefCell<Stage>>, staging: bool, step: usize) {
    let update = yew::use_force_update();
    {
        let (stage, update) = (stage.clone(), update.clone());
        yew::use_effect_with((), move |_| {
            let print = super::services::before_print(move || {
                if stage.borrow_mut().finish() {
                    update.force_update();
                }
            });
            move || drop(print)
        });
    }
    yew::use_effect(move || {
        let next = staging.then(|| {
            super::services::after_paint_and_reads(move || {
                stage.borrow_mut().grow(step);
                update.force_update();
            })
        });
        move || drop(next)
    });
}

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

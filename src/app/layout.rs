//! Where the rows of a long list sit on the page when only the rows near the screen are
//! rendered (a virtualised list), so a million entries cost a few hundred DOM nodes.
//!
//! Rows have different heights (a retweet is one line, a comment can be thirty), known
//! only once rendered. Unmeasured rows count at an estimate, the mean of those measured so
//! far. Offsets are prefix sums kept in a Fenwick tree: measuring a row and finding the row
//! at a given height both cost O(log n), so scrolling through a million rows stays cheap.
//! Pure: tested natively, driven by the list component.

use std::ops::Range;

pub struct Heights {
    /// Fenwick tree over row heights (1-based internally).
    tree: Vec<f64>,
}

impl Heights {
    /// `rows` rows at `estimate`, but for those already measured (`(row, height)`).
    ///
    /// Equal heights need no pass to sum: node `i` of the tree covers `i & -i` rows. So a
    /// million rows cost one simple pass, and the few measured rows a point update each:
    /// building this row by row took 40 ms of the page's thread as a chat log opened.
    pub fn new(
        rows: usize,
        estimate: f64,
        known: impl IntoIterator<Item = (usize, f32)>,
    ) -> Heights {
        let tree = (0..=rows)
            .map(|i| (i & i.wrapping_neg()) as f64 * estimate)
            .collect();
        let mut heights = Heights { tree };
        for (row, height) in known {
            heights.set(row, height);
        }
        heights
    }

    pub fn len(&self) -> usize {
        self.tree.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records a row's rendered height; says whether anything moved.
    pub fn set(&mut self, row: usize, height: f32) -> bool {
        if row >= self.len() || !height.is_finite() || height < 0.0 {
            return false;
        }
        let delta = f64::from(height) - (self.offset(row + 1) - self.offset(row));
        if delta.abs() < 0.5 {
            return false;
        }
        let mut i = row + 1;
        while i < self.tree.len() {
            self.tree[i] += delta;
            i += i & i.wrapping_neg();
        }
        true
    }

    /// Total height of the rows before `row`.
    pub fn offset(&self, row: usize) -> f64 {
        let mut i = row.min(self.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i];
            i -= i & i.wrapping_neg();
        }
        sum
    }

    pub fn total(&self) -> f64 {
        self.offset(self.len())
    }

    /// The row that covers height `y` (the last row when `y` is past the end).
    pub fn row_at(&self, y: f64) -> usize {
        if self.is_empty() {
            return 0;
        }
        // Descend the tree: the largest prefix whose sum stays at or below `y`.
        let mut pos = 0;
        let mut rest = y.max(0.0);
        let mut step = self.tree.len().next_power_of_two() / 2;
        while step > 0 {
            let next = pos + step;
            if next < self.tree.len() && self.tree[next] <= rest {
                pos = next;
                rest -= self.tree[next];
            }
            step /= 2;
        }
        pos.min(self.len() - 1)
    }

    /// The rows to render for a screen showing `top..bottom` of the list, with `margin`
    /// pixels more on each side so a short scroll never shows a blank.
    pub fn window(&self, top: f64, bottom: f64, margin: f64) -> Range<usize> {
        if self.is_empty() {
            return 0..0;
        }
        let first = self.row_at(top - margin);
        let last = self.row_at(bottom + margin);
        first..(last + 1).min(self.len())
    }
}

/// The tallest a list's element gets. Browsers stop laying out near 17.9 million pixels
/// (Firefox; Chromium and Safari at 33.5 million), and a million-entry chat log is taller:
/// before this cap, the rows of a 1.8-million-line IRC log past the 418,549th could never
/// be scrolled to, nor jumped to.
pub const PAGE_MAX: f64 = 15_000_000.0;

/// How a list fits in the page. A list taller than [`PAGE_MAX`] scrolls `ratio` list
/// pixels for each pixel the page scrolls, so that the page's ends are the list's ends;
/// the rows rendered keep their own heights, and the spacers around them take up the
/// rest of the page, sized for where the screen is. Under the cap, the ratio is one and
/// the spacers are simply the heights of the rows they stand for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    ratio: f64,
    /// The list's height in the page.
    page: f64,
}

impl Scale {
    pub fn of(layout: &Heights, screen: f64) -> Scale {
        let total = layout.total();
        if total <= PAGE_MAX {
            return Scale {
                ratio: 1.0,
                page: total,
            };
        }
        // The screen's top runs over 0..total - screen in the list and over
        // 0..PAGE_MAX - screen in the page.
        let ratio = (total - screen).max(0.0) / (PAGE_MAX - screen).max(1.0);
        Scale {
            ratio: ratio.max(1.0),
            page: PAGE_MAX,
        }
    }

    pub fn ratio(&self) -> f64 {
        self.ratio
    }

    /// Where in the list the screen's top is, `page_top` pixels down the list's element.
    pub fn list_top(&self, page_top: f64) -> f64 {
        page_top.max(0.0) * self.ratio
    }

    /// How far down the list's element the screen's top goes to show `list_top` there.
    pub fn page_top(&self, list_top: f64) -> f64 {
        list_top.max(0.0) / self.ratio
    }

    /// The rows to render for a screen `screen` tall, `page_top` down the list's element,
    /// with `margin` pixels more each side (divided by the ratio in a scaled list, and
    /// never more than the page has room for beyond the screen: a scaled list's rows
    /// keep their own heights, so rows drawn past the page's ends would lengthen it).
    pub fn window(
        &self,
        layout: &Heights,
        page_top: f64,
        screen: f64,
        margin: f64,
    ) -> Range<usize> {
        if layout.is_empty() {
            return 0..0;
        }
        let top = self.list_top(page_top);
        let (above, below) = if self.ratio > 1.0 {
            // A margin saves drawing for a scroll shorter than it; here the list moves
            // `ratio` times as far as the page, so that scroll is that much shorter.
            let margin = margin / self.ratio;
            let room_below = self.page - page_top - screen;
            (
                margin.min(page_top.max(0.0)),
                margin.min(room_below.max(0.0)),
            )
        } else {
            (margin, margin)
        };
        let first = layout.row_at(top - above);
        let last = layout.row_at(top + screen + below);
        first..(last + 1).min(layout.len())
    }

    /// The heights of the spacers before and after the rows `shown`, for a screen
    /// `page_top` down the list's element.
    pub fn spacers(&self, layout: &Heights, shown: &Range<usize>, page_top: f64) -> (f64, f64) {
        let end = shown.end.min(layout.len());
        let (from, to) = (layout.offset(shown.start.min(end)), layout.offset(end));
        if self.ratio <= 1.0 {
            return (from, layout.total() - to);
        }
        // The rows rendered sit where the list has them, seen from the screen's top.
        let page_top = page_top.max(0.0);
        let before = (page_top - (self.list_top(page_top) - from)).max(0.0);
        let after = (self.page - before - (to - from)).max(0.0);
        (before, after)
    }
}

/// Heights measured so far, by entry id, and their mean: the estimate for the others.
/// Survives folding, filtering and re-sorting, which change rows but not entries.
///
/// A list indexed by entry rather than a map: laying out rows looks their entries up, and
/// hashing a million ids took 50 ms of the page's thread.
#[derive(Default)]
pub struct Measured {
    /// `NaN` for an entry not measured yet.
    by_entry: Vec<f32>,
    count: usize,
    sum: f64,
}

impl Measured {
    /// What an unmeasured row is taken to be: the mean so far, or `fallback`.
    pub fn estimate(&self, fallback: f64) -> f64 {
        match self.count {
            0 => fallback,
            n => self.sum / n as f64,
        }
    }

    pub fn get(&self, entry: usize) -> Option<f32> {
        self.by_entry.get(entry).copied().filter(|h| !h.is_nan())
    }

    /// The measured ones among rows showing these entries, as `(row, height)`. The scan
    /// stops once every measured entry is found (an entry is one row at most), so a
    /// million rows are not all looked at when only the first screen was measured.
    pub fn in_rows<'a>(
        &'a self,
        entries: impl Iterator<Item = usize> + 'a,
    ) -> impl Iterator<Item = (usize, f32)> + 'a {
        entries
            .enumerate()
            .filter_map(|(row, entry)| Some((row, self.get(entry)?)))
            .take(self.count)
    }

    pub fn insert(&mut self, entry: usize, height: f32) {
        if height.is_nan() {
            return;
        }
        if entry >= self.by_entry.len() {
            self.by_entry.resize(entry + 1, f32::NAN);
        }
        match std::mem::replace(&mut self.by_entry[entry], height) {
            old if old.is_nan() => self.count += 1,
            old => self.sum -= f64::from(old),
        }
        self.sum += f64::from(height);
    }

    /// After a change of width, every height is stale.
    pub fn clear(&mut self) {
        *self = Measured::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_offset(heights: &[f64], row: usize) -> f64 {
        heights[..row].iter().sum()
    }

    #[test]
    fn offsets_follow_measurements() {
        let mut h = Heights::new(10, 100.0, []);
        assert_eq!(h.total(), 1000.0);
        assert_eq!(h.offset(3), 300.0);
        assert!(h.set(2, 40.0));
        assert!(!h.set(2, 40.2), "sub-pixel changes move nothing");
        assert_eq!(h.offset(3), 240.0);
        assert_eq!(h.offset(2), 200.0);
        assert_eq!(h.total(), 940.0);
        assert!(!h.set(99, 1.0), "rows past the end are ignored");
        assert!(!h.set(1, f32::NAN));
    }

    #[test]
    fn the_row_at_a_height_inverts_offsets() {
        let heights: Vec<f64> = (0..1000).map(|i| f64::from(20 + (i * 37) % 200)).collect();
        let mut h = Heights::new(1000, 50.0, []);
        for (i, &height) in heights.iter().enumerate() {
            h.set(i, height as f32);
        }
        for row in [0, 1, 17, 500, 998, 999] {
            let top = naive_offset(&heights, row);
            assert!((h.offset(row) - top).abs() < 1e-6);
            assert_eq!(h.row_at(top), row, "top edge of {row}");
            assert_eq!(h.row_at(top + heights[row] - 0.5), row, "bottom of {row}");
        }
        assert_eq!(h.row_at(-50.0), 0);
        assert_eq!(h.row_at(1e12), 999);
    }

    #[test]
    fn construction_matches_the_heights_summed_by_hand() {
        // Every third row measured, the others at the estimate: the closed-form tree and
        // the measured rows on top give the offsets a plain running sum gives.
        let known = |i: usize| i.is_multiple_of(3).then_some(10.0 + i as f32);
        let built = Heights::new(37, 30.0, (0..37).filter_map(|i| Some((i, known(i)?))));
        let heights: Vec<f64> = (0..37).map(|i| known(i).map_or(30.0, f64::from)).collect();
        assert_eq!(built.len(), 37);
        for row in 0..=37 {
            assert!(
                (built.offset(row) - naive_offset(&heights, row)).abs() < 1e-9,
                "{row}"
            );
        }
        // Nothing measured, a length that is no power of two.
        let plain = Heights::new(1_001, 7.0, []);
        for row in [0, 1, 2, 3, 500, 511, 512, 1_000, 1_001] {
            assert_eq!(plain.offset(row), 7.0 * row as f64, "{row}");
        }
    }

    #[test]
    fn a_window_covers_the_screen_and_its_margins() {
        let h = Heights::new(1_000_000, 100.0, []);
        assert_eq!(h.window(0.0, 900.0, 200.0), 0..12);
        assert_eq!(h.window(50_000.0, 50_900.0, 200.0), 498..512);
        assert_eq!(h.window(1e9, 1e9 + 900.0, 200.0), 999_999..1_000_000);
        assert_eq!(Heights::new(0, 100.0, []).window(0.0, 10.0, 0.0), 0..0);
    }

    #[test]
    fn a_list_under_the_cap_is_laid_out_as_it_is() {
        let h = Heights::new(1_000, 100.0, []);
        let s = Scale::of(&h, 900.0);
        assert_eq!(s.ratio(), 1.0);
        assert_eq!(
            s.window(&h, 50_000.0, 900.0, 200.0),
            h.window(50_000.0, 50_900.0, 200.0)
        );
        // Wherever the screen is, the spacers are the rows they stand for.
        for page_top in [0.0, 12_345.0, 99_000.0] {
            assert_eq!(
                s.spacers(&h, &(498..512), page_top),
                (49_800.0, 100_000.0 - 51_200.0)
            );
        }
    }

    #[test]
    fn a_list_over_the_cap_fits_the_page_and_every_row_is_reached() {
        // 1.8 million rows of 80 px (144 million pixels): the IRC log the cap was found with.
        let rows = 1_800_000;
        let mut h = Heights::new(rows, 80.0, []);
        h.set(1_234_567, 400.0);
        let (screen, margin) = (900.0, 1200.0);
        let s = Scale::of(&h, screen);
        assert!(s.ratio() > 9.0, "{}", s.ratio());
        let rendered = |w: &Range<usize>| h.offset(w.end) - h.offset(w.start);

        // The page's top is the list's top, its bottom the list's bottom.
        let w = s.window(&h, 0.0, screen, margin);
        assert_eq!((w.start, s.spacers(&h, &w, 0.0).0), (0, 0.0));
        let bottom = PAGE_MAX - screen;
        let w = s.window(&h, bottom, screen, margin);
        assert_eq!(w.end, rows);
        let (before, after) = s.spacers(&h, &w, bottom);
        assert_eq!(after, 0.0);
        assert!((before + rendered(&w) - PAGE_MAX).abs() < 1e-3);

        for page_top in [2_000.0, 123_456.7, 7_500_000.0, bottom - 2_000.0] {
            let w = s.window(&h, page_top, screen, margin);
            let list_top = s.list_top(page_top);
            let top_row = h.row_at(list_top);
            assert!(w.contains(&top_row) && w.len() < 100, "{page_top}: {w:?}");
            let (before, after) = s.spacers(&h, &w, page_top);
            // The element keeps its height as the screen moves…
            assert!(
                (before + rendered(&w) + after - PAGE_MAX).abs() < 1e-3,
                "{page_top}"
            );
            // …and the screen's top shows the list where the scale says it is.
            let row_in_page = before + h.offset(top_row) - h.offset(w.start);
            let shown_at = h.offset(top_row) + (page_top - row_in_page);
            assert!((shown_at - list_top).abs() < 1e-3, "{page_top}");
        }
        // Within a margin of either end, where a spacer has no room for the rows beyond
        // the screen, the screen still shows its rows, a row's height off at most.
        for page_top in [0.5, 10.0, 500.0, bottom - 500.0, bottom - 1.0] {
            let w = s.window(&h, page_top, screen, margin);
            assert!(w.contains(&h.row_at(s.list_top(page_top))));
            let (before, after) = s.spacers(&h, &w, page_top);
            assert!(before >= 0.0 && after >= 0.0);
            assert!(
                (before + rendered(&w) + after - PAGE_MAX).abs() <= 80.0,
                "{page_top}"
            );
        }
        // A row is jumped to through the page position that shows it.
        let y = h.offset(1_700_000);
        assert!((s.list_top(s.page_top(y)) - y).abs() < 1e-3);
    }

    #[test]
    fn the_estimate_is_the_mean_of_what_was_measured() {
        let mut m = Measured::default();
        assert_eq!(m.estimate(120.0), 120.0);
        m.insert(4, 100.0);
        m.insert(9, 50.0);
        m.insert(4, 150.0);
        assert_eq!(m.estimate(120.0), 100.0);
        assert_eq!(m.get(9), Some(50.0));
        assert_eq!((m.get(5), m.get(1_000)), (None, None), "never measured");
        m.insert(5, f32::NAN);
        assert_eq!((m.get(5), m.estimate(120.0)), (None, 100.0), "not a height");
        // Rows showing entries 9, 2, 4 (and more): the measured ones, by row.
        let found: Vec<(usize, f32)> = m.in_rows([9, 2, 4, 7].into_iter()).collect();
        assert_eq!(found, [(0, 50.0), (2, 150.0)]);
        // The scan stops at the last measured entry: an endless list of rows ends.
        assert_eq!(m.in_rows([4, 9].into_iter().chain(10..)).count(), 2);
        m.clear();
        assert_eq!(m.get(9), None);
    }
}

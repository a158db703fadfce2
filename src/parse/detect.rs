//! Picks the format of a dump by scoring its opening against every registered format.

use super::formats::{Format, REGISTRY};
use super::lines::Line;

/// How much of the dump is looked at: enough to get past a long post to the first
/// comments, little enough that detection costs nothing on a huge log.
const HEAD_BYTES: usize = 256 * 1024;

/// The format whose header pattern the opening of the text matches most often, or `None`
/// when no format recognises a single header there.
pub fn detect(lines: &[Line]) -> Option<&'static dyn Format> {
    scores(head(lines))
        .into_iter()
        .filter(|&(_, score)| score > 0)
        // On a tie the earlier registered format wins: `max_by_key` keeps the last maximum.
        .rev()
        .max_by_key(|&(_, score)| score)
        .map(|(format, _)| format)
}

/// The opening lines detection looks at.
pub fn head<'l, 'a>(lines: &'l [Line<'a>]) -> &'l [Line<'a>] {
    &lines[..lines.partition_point(|l| l.start < HEAD_BYTES)]
}

/// Every registered format with its score on `head`, in registry order.
pub fn scores(head: &[Line]) -> Vec<(&'static dyn Format, usize)> {
    REGISTRY.iter().map(|&f| (f, f.score(head))).collect()
}

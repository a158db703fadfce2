//! Link precision, recall and F1 of reply inference against hand-annotated IRC logs, as
//! Kummerfeld et al. (ACL 2019, "A Large-Scale Corpus for Conversation Disentanglement")
//! measure it.
//!
//! Links are `(child, parent)` pairs of line numbers. Only annotated messages count: those
//! that are the child (`max(A, B)`) of some annotation line. A message with no predicted
//! parent predicts a self-link `(child, child)` ("starts a conversation"), and self-links
//! count like any other link.

use crate::model::{Archive, Kind};

/// What `palabre-train` needs to fit the chat model this module measures: the model
/// itself stays private to `thread`.
pub use super::chat::{feature_names, train, AnnotatedLog, Gold};
use std::collections::HashSet;

/// Counts from which precision, recall and F1 follow; they add up across logs so that a
/// folder is scored over all its links at once (micro-average), as the paper does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Scores) {
        self.correct += other.correct;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Reads an annotation file: lines `A B -`, each the link `(max(A, B), min(A, B))`.
/// Lines that do not start with two numbers are skipped.
pub fn parse_annotation(text: &str) -> Vec<(usize, usize)> {
    text.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let a: usize = words.next()?.parse().ok()?;
            let b: usize = words.next()?.parse().ok()?;
            Some((a.max(b), a.min(b)))
        })
        .collect()
}

/// Scores `predicted` links against `gold` over the annotated messages.
pub fn score(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> Scores {
    let gold: HashSet<(usize, usize)> = gold.iter().copied().collect();
    let annotated: HashSet<usize> = gold.iter().map(|&(child, _)| child).collect();
    let mut predicted: HashSet<(usize, usize)> = predicted
        .iter()
        .copied()
        .filter(|(child, _)| annotated.contains(child))
        .collect();
    let with_parent: HashSet<usize> = predicted.iter().map(|&(child, _)| child).collect();
    for &child in annotated.difference(&with_parent) {
        predicted.insert((child, child));
    }
    Scores {
        correct: predicted.intersection(&gold).count(),
        predicted: predicted.len(),
        gold: gold.len(),
    }
}

/// The links an archive holds, as `(child line, parent line)`.
pub fn links_by_line(archive: &Archive) -> Vec<(usize, usize)> {
    let entries = &archive.entries;
    entries
        .iter()
        .flat_map(|e| {
            e.parents()
                .filter_map(|p| Some((e.line, entries.get(p)?.line)))
        })
        .collect()
}

/// The paper's baseline: every message answers the closest earlier message (not a system
/// line); system lines answer nothing.
pub fn previous_message_links(archive: &Archive) -> Vec<(usize, usize)> {
    let mut previous = None;
    let mut links = Vec::new();
    for e in &archive.entries {
        if e.kind == Kind::System {
            continue;
        }
        if let Some(p) = previous {
            links.push((e.line, p));
        }
        previous = Some(e.line);
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_lines_become_child_parent_pairs() {
        assert_eq!(
            parse_annotation("1000 1001 -\n1003 1003 -\n\n1010 999 -\nbad line\n"),
            [(1001, 1000), (1003, 1003), (1010, 999)]
        );
    }

    #[test]
    fn missing_parents_predict_self_links_and_unannotated_children_are_ignored() {
        let gold = [(10, 9), (11, 11), (12, 10), (12, 11)];
        // 10 right, 11 predicts nothing (self-link: right), 12 one of two right,
        // 5 is not annotated.
        let s = score(&gold, &[(10, 9), (12, 11), (5, 4)]);
        assert_eq!(
            s,
            Scores {
                correct: 3,
                predicted: 3,
                gold: 4
            }
        );
        assert_eq!(s.precision(), 1.0);
        assert_eq!(s.recall(), 0.75);
        assert!((s.f1() - 6.0 / 7.0).abs() < 1e-12);
        assert_eq!(Scores::default().f1(), 0.0);
    }
}

//! Counts as a coordinator publishes them: every group, a total for each group of the
//! dimensions before the last, and a grand total, with small counts protected.

use super::protect::{Shown, Tree, protect};
use super::query::Group;

/// One line of the table. `values` holds the fixed dimensions: all of them for a group,
/// fewer for a total (a total over the rest), none for the grand total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub values: Vec<String>,
    pub shown: Shown,
}

impl Row {
    pub fn is_total(&self, dimensions: usize) -> bool {
        self.values.len() < dimensions
    }
}

/// The rows in reading order: each group's rows, then its total; the grand total last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub dimensions: usize,
    pub rows: Vec<Row>,
}

impl Table {
    /// `groups` must be sorted by their values, as `count_by` returns them.
    pub fn build(groups: &[Group], dimensions: usize, threshold: u64) -> Table {
        // Nodes in creation order (every total before its groups), as the protection needs.
        let mut values: Vec<Vec<String>> = vec![Vec::new()];
        let mut counts: Vec<u64> = vec![0];
        let mut parents: Vec<Option<usize>> = vec![None];
        // The open total at each level for the current prefix.
        let mut open: Vec<usize> = vec![0];
        for group in groups {
            debug_assert_eq!(group.values.len(), dimensions);
            let shared = open
                .iter()
                .skip(1)
                .zip(&group.values)
                .take_while(|(node, value)| values[**node].last() == Some(*value))
                .count();
            open.truncate(shared + 1);
            for level in shared..dimensions {
                let node = values.len();
                values.push(group.values[..=level].to_vec());
                counts.push(0);
                parents.push(open.last().copied());
                open.push(node);
            }
            for &node in &open {
                counts[node] += group.count;
            }
        }
        let tree = Tree::new(counts, parents.clone());
        let shown = protect(&tree, threshold);
        // Post-order: a total comes after what it adds up.
        let mut children = vec![Vec::new(); values.len()];
        for (node, parent) in parents.iter().enumerate() {
            if let Some(parent) = parent {
                children[*parent].push(node);
            }
        }
        let mut rows = Vec::with_capacity(values.len());
        let mut stack = vec![(0usize, false)];
        while let Some((node, expanded)) = stack.pop() {
            if expanded || children[node].is_empty() {
                rows.push(Row {
                    values: std::mem::take(&mut values[node]),
                    shown: shown[node],
                });
            } else {
                stack.push((node, true));
                stack.extend(children[node].iter().rev().map(|&c| (c, false)));
            }
        }
        Table { dimensions, rows }
    }

    /// The grand total as published.
    pub fn total(&self) -> Shown {
        self.rows.last().map_or(Shown::Count(0), |row| row.shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(values: &[&str], count: u64) -> Group {
        Group {
            values: values.iter().map(|v| v.to_string()).collect(),
            count,
        }
    }

    #[test]
    fn groups_then_their_total_then_the_grand_total() {
        let groups = [
            group(&["tax-on-web", "ar"], 6),
            group(&["tax-on-web", "nl"], 12),
            group(&["vdab-jobs", "fr"], 7),
        ];
        let table = Table::build(&groups, 2, 5);
        let lines: Vec<(Vec<&str>, Shown)> = table
            .rows
            .iter()
            .map(|r| (r.values.iter().map(String::as_str).collect(), r.shown))
            .collect();
        assert_eq!(
            lines,
            [
                (vec!["tax-on-web", "ar"], Shown::Count(6)),
                (vec!["tax-on-web", "nl"], Shown::Count(12)),
                (vec!["tax-on-web"], Shown::Count(18)),
                (vec!["vdab-jobs", "fr"], Shown::Count(7)),
                (vec!["vdab-jobs"], Shown::Count(7)),
                (vec![], Shown::Count(25)),
            ]
        );
    }

    #[test]
    fn no_dimensions_is_the_grand_total_alone() {
        let table = Table::build(&[group(&[], 21)], 0, 5);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.total(), Shown::Count(21));
    }

    #[test]
    fn nothing_counted_is_a_total_of_zero() {
        let table = Table::build(&[], 1, 5);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.total(), Shown::Count(0));
    }
}

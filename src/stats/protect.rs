//! Small-count protection for a table of counts with totals. A count below the threshold
//! is never published ("small"); and because totals are published too, more counts are
//! hidden where needed so that no hidden count can be worked out from the rest.
//!
//! The table is a tree: the grand total at the root, then one level per grouping, each
//! node the sum of its children. Someone reading the export knows every published count,
//! that a listed group has at least 1, that a "small" count is at most threshold - 1, and
//! that a "hidden" count is at least 1. A hidden count can be worked out exactly when every
//! table that agrees with all of that gives it the same value. It cannot when some other
//! agreeing table differs from the true one by one along a path: up from a listed group
//! through hidden totals, then down through a hidden sibling (or up to a hidden grand total).
//! Any agreeing table that differs contains such a path, so checking paths is exact.

/// How one count of the table is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// Below the threshold: shown as `<threshold`.
    Small,
    /// Hidden so that another count cannot be worked out (or a small one whose bound
    /// would give it away): shown without any bound.
    Hidden,
}

/// A table of counts as a tree; node 0 is the grand total.
pub struct Tree {
    counts: Vec<u64>,
    parents: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl Tree {
    /// `parents[i]` is the node that node `i` adds up into; only node 0 has none, and every
    /// parent comes before its children.
    pub fn new(counts: Vec<u64>, parents: Vec<Option<usize>>) -> Tree {
        assert_eq!(counts.len(), parents.len());
        let mut children = vec![Vec::new(); counts.len()];
        for (node, parent) in parents.iter().enumerate() {
            match parent {
                Some(parent) => {
                    assert!(*parent < node, "a parent comes before its children");
                    children[*parent].push(node);
                }
                None => assert_eq!(node, 0, "only the grand total has no parent"),
            }
        }
        Tree {
            counts,
            parents,
            children,
        }
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Decides how every count of `tree` is shown, with counts below `threshold` never published.
pub fn protect(tree: &Tree, threshold: u64) -> Vec<Shown> {
    let mut shown: Vec<Shown> = tree
        .counts
        .iter()
        .map(|&count| {
            // Nothing at all singles nobody out: an empty table says 0.
            if count == 0 || count >= threshold {
                Shown::Count(count)
            } else {
                Shown::Small
            }
        })
        .collect();
    // Hiding only ever adds ways for a table to differ, so a count once protected stays so,
    // and each exposed count is fixed by one path: one pass over the counts is enough.
    for node in 0..tree.len() {
        if matches!(shown[node], Shown::Count(_)) {
            continue;
        }
        let audit = Audit {
            tree,
            shown: &shown,
            threshold,
        };
        if audit.protected(node) {
            continue;
        }
        let path = Fixer {
            tree,
            shown: &shown,
            threshold,
        }
        .cheapest_path(node);
        for changed in path {
            shown[changed] = Shown::Hidden;
        }
        debug_assert!(
            Audit {
                tree,
                shown: &shown,
                threshold
            }
            .protected(node)
        );
    }
    shown
}

/// Finds the cheapest way to protect a count: a path of counts that can all move by one
/// (see the module comment), hiding or unbounding as few and as small counts as it can.
struct Fixer<'a> {
    tree: &'a Tree,
    shown: &'a [Shown],
    threshold: u64,
}

/// What it costs to let a count move, and what must change for it.
const UNBOUND: u64 = 1;
const HIDE: u64 = 10;
const HIDE_GRAND_TOTAL: u64 = 1_000_000;

impl Fixer<'_> {
    /// The nodes to hide (or unbound) so that `node` lies on a path that can move.
    fn cheapest_path(&self, node: usize) -> Vec<usize> {
        let cheapest = [1, -1]
            .into_iter()
            .filter_map(|step| {
                let (down_cost, mut path) = self.down(node, step)?;
                let (up_cost, up_path) = self.up(node, step)?;
                path.extend(up_path);
                Some((down_cost.saturating_add(up_cost), path))
            })
            .min_by_key(|(cost, _)| *cost);
        match cheapest {
            Some((_, path)) => path
                .into_iter()
                .filter(|&(n, step)| self.cost(n, step) != Some(0))
                .map(|(n, _)| n)
                .collect(),
            // Moving up by one always works once everything is hidden; never reached.
            None => (0..self.tree.len()).collect(),
        }
    }

    /// The cost of letting `node` move by `step`, or `None` if nothing can.
    fn cost(&self, node: usize, step: i64) -> Option<u64> {
        let moved = self.tree.counts[node] as i64 + step;
        if moved < 1 {
            return None;
        }
        Some(match self.shown[node] {
            Shown::Hidden => 0,
            Shown::Small if moved < self.threshold as i64 => 0,
            Shown::Small => UNBOUND,
            Shown::Count(count) if node == 0 => HIDE_GRAND_TOTAL + count,
            Shown::Count(count) => HIDE + count,
        })
    }

    /// The cheapest chain from `node` down to a group, all moving by `step`.
    fn down(&self, node: usize, step: i64) -> Option<(u64, Vec<(usize, i64)>)> {
        let own = self.cost(node, step)?;
        let below = self.tree.children[node]
            .iter()
            .filter_map(|&child| self.down(child, step))
            .min_by_key(|(cost, _)| *cost);
        match below {
            None if !self.tree.children[node].is_empty() => None,
            None => Some((own, vec![(node, step)])),
            Some((cost, mut chain)) => {
                chain.push((node, step));
                Some((own.saturating_add(cost), chain))
            }
        }
    }

    /// The cheapest way to keep the totals above `node` true when it moves by `step`.
    fn up(&self, node: usize, step: i64) -> Option<(u64, Vec<(usize, i64)>)> {
        let Some(parent) = self.tree.parents[node] else {
            return Some((0, Vec::new()));
        };
        let turn = self.tree.children[parent]
            .iter()
            .filter(|&&sibling| sibling != node)
            .filter_map(|&sibling| self.down(sibling, -step))
            .min_by_key(|(cost, _)| *cost);
        let climb = self.cost(parent, step).and_then(|own| {
            let (cost, mut path) = self.up(parent, step)?;
            path.push((parent, step));
            Some((own.saturating_add(cost), path))
        });
        [turn, climb]
            .into_iter()
            .flatten()
            .min_by_key(|(cost, _)| *cost)
    }
}

struct Audit<'a> {
    tree: &'a Tree,
    shown: &'a [Shown],
    threshold: u64,
}

impl Audit<'_> {
    /// Some agreeing table has a different value at `node`.
    fn protected(&self, node: usize) -> bool {
        [1, -1]
            .into_iter()
            .any(|step| self.down(node, step) && self.up(node, step))
    }

    /// `node` can move by `step` together with a chain of hidden counts down to a group.
    fn down(&self, node: usize, step: i64) -> bool {
        self.can_move(node, step)
            && (self.tree.children[node].is_empty()
                || self.tree.children[node]
                    .iter()
                    .any(|&child| self.down(child, step)))
    }

    /// The total above `node` stays true when `node` moves by `step`: a hidden sibling
    /// moves the other way, or the total itself is hidden and moves along.
    fn up(&self, node: usize, step: i64) -> bool {
        let Some(parent) = self.tree.parents[node] else {
            return true;
        };
        self.tree.children[parent]
            .iter()
            .any(|&sibling| sibling != node && self.down(sibling, -step))
            || (self.can_move(parent, step) && self.up(parent, step))
    }

    fn can_move(&self, node: usize, step: i64) -> bool {
        let moved = self.tree.counts[node] as i64 + step;
        match self.shown[node] {
            Shown::Count(_) => false,
            Shown::Small => moved >= 1 && moved < self.threshold as i64,
            Shown::Hidden => moved >= 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of counts that a reader of the export cannot tell apart from `tree`.
    /// Brute force over the groups (the leaves; totals follow from them), cutting a
    /// branch as soon as a total it completes or overfills disagrees. Small tables only.
    /// Returns, for each count, the least and the most it can be, and whether the true
    /// table was among them.
    fn agreeing_tables(tree: &Tree, shown: &[Shown], threshold: u64) -> (Vec<(u64, u64)>, bool) {
        struct Search<'a> {
            tree: &'a Tree,
            shown: &'a [Shown],
            threshold: u64,
            leaves: Vec<usize>,
            /// The last leaf (in order) under each node.
            last_leaf: Vec<usize>,
            cap: u64,
            values: Vec<u64>,
            range: Vec<(u64, u64)>,
            saw_truth: bool,
        }
        impl Search<'_> {
            fn most(&self, node: usize) -> u64 {
                match self.shown[node] {
                    Shown::Count(count) => count,
                    Shown::Small => self.threshold - 1,
                    Shown::Hidden => u64::MAX,
                }
            }
            fn fits(&self, node: usize, value: u64) -> bool {
                match self.shown[node] {
                    Shown::Count(count) => value == count,
                    Shown::Small => (1..self.threshold).contains(&value),
                    Shown::Hidden => value >= 1,
                }
            }
            fn assign(&mut self, at: usize) {
                if at == self.leaves.len() {
                    for (range, &value) in self.range.iter_mut().zip(&self.values) {
                        *range = (range.0.min(value), range.1.max(value));
                    }
                    self.saw_truth |= self.values == self.tree.counts;
                    return;
                }
                let leaf = self.leaves[at];
                let range = match self.shown[leaf] {
                    Shown::Count(count) => count..=count,
                    Shown::Small => 1..=self.threshold - 1,
                    Shown::Hidden => 1..=self.cap,
                };
                'value: for value in range {
                    self.values[leaf] = value;
                    let mut ancestor = self.tree.parents[leaf];
                    let mut added = vec![];
                    while let Some(node) = ancestor {
                        self.values[node] += value;
                        added.push(node);
                        let complete = self.last_leaf[node] == leaf;
                        let value_here = self.values[node];
                        if value_here > self.most(node)
                            || (complete && !self.fits(node, value_here))
                        {
                            for &node in &added {
                                self.values[node] -= value;
                            }
                            continue 'value;
                        }
                        ancestor = self.tree.parents[node];
                    }
                    self.assign(at + 1);
                    for &node in &added {
                        self.values[node] -= value;
                    }
                }
            }
        }
        let leaves: Vec<usize> = (0..tree.len())
            .filter(|&n| tree.children[n].is_empty())
            .collect();
        let mut last_leaf = vec![0; tree.len()];
        for &leaf in &leaves {
            let mut node = Some(leaf);
            while let Some(n) = node {
                last_leaf[n] = leaf;
                node = tree.parents[n];
            }
        }
        let cap = match shown[0] {
            Shown::Count(total) => total,
            _ => tree.counts[0] + threshold,
        };
        let mut search = Search {
            tree,
            shown,
            threshold,
            leaves,
            last_leaf,
            cap,
            values: vec![0; tree.len()],
            range: vec![(u64::MAX, 0); tree.len()],
            saw_truth: false,
        };
        search.assign(0);
        (search.range, search.saw_truth)
    }

    /// The proof asked for: no hidden count has a single possible value.
    fn assert_nothing_can_be_worked_out(tree: &Tree, threshold: u64) -> Vec<Shown> {
        let shown = protect(tree, threshold);
        for (node, state) in shown.iter().enumerate() {
            match state {
                Shown::Count(count) => {
                    assert_eq!(*count, tree.counts[node]);
                    assert!(*count >= threshold, "count {count} published");
                }
                Shown::Small => assert!(tree.counts[node] < threshold),
                Shown::Hidden => {}
            }
        }
        let (ranges, saw_truth) = agreeing_tables(tree, &shown, threshold);
        assert!(saw_truth, "the true table agrees");
        for node in 0..tree.len() {
            if !matches!(shown[node], Shown::Count(_)) {
                let (least, most) = ranges[node];
                assert!(
                    least < most,
                    "node {node} ({}) can be worked out: {shown:?}",
                    tree.counts[node]
                );
            }
        }
        shown
    }

    /// A one-level table: groups under a grand total.
    fn flat(groups: &[u64]) -> Tree {
        let mut counts = vec![groups.iter().sum()];
        counts.extend(groups);
        let mut parents = vec![None];
        parents.extend(groups.iter().map(|_| Some(0)));
        Tree::new(counts, parents)
    }

    #[test]
    fn nothing_small_nothing_hidden() {
        let shown = assert_nothing_can_be_worked_out(&flat(&[12, 7, 30]), 5);
        assert!(shown.iter().all(|s| matches!(s, Shown::Count(_))));
    }

    #[test]
    fn one_small_group_takes_a_neighbour_with_it() {
        // 2 could be worked out as 49 - 12 - 30 - 5; the 5 is hidden too, not the 30.
        let shown = assert_nothing_can_be_worked_out(&flat(&[12, 2, 30, 5]), 5);
        assert_eq!(shown[2], Shown::Small);
        assert_eq!(shown[4], Shown::Hidden);
        assert_eq!(shown[1], Shown::Count(12));
        assert_eq!(shown[3], Shown::Count(30));
    }

    #[test]
    fn two_small_ones_that_would_give_each_other_away() {
        // 1 and 1 under a total of 42 with 40 published: both are 1, since each is at least 1.
        assert_nothing_can_be_worked_out(&flat(&[40, 1, 1]), 5);
        // 4 and 4: both at most 4, and they add up to 8.
        assert_nothing_can_be_worked_out(&flat(&[40, 4, 4]), 5);
        // A small one beside exactly the threshold: 1 + 5 = 6 pins both.
        assert_nothing_can_be_worked_out(&flat(&[40, 1, 5]), 5);
    }

    #[test]
    fn a_small_grand_total_hides_everything() {
        let shown = assert_nothing_can_be_worked_out(&flat(&[1, 2]), 5);
        assert!(shown.iter().all(|s| !matches!(s, Shown::Count(_))));
    }

    #[test]
    fn a_single_group_equal_to_the_total() {
        assert_nothing_can_be_worked_out(&flat(&[3]), 5);
        assert_nothing_can_be_worked_out(&flat(&[9]), 5);
    }

    /// Two levels (task, then language), with subtotals per task.
    fn nested(groups: &[&[u64]]) -> Tree {
        let mut counts = vec![groups.iter().flat_map(|g| g.iter()).sum()];
        let mut parents = vec![None];
        for group in groups {
            let subtotal = counts.len();
            counts.push(group.iter().sum());
            parents.push(Some(0));
            for &count in *group {
                counts.push(count);
                parents.push(Some(subtotal));
            }
        }
        Tree::new(counts, parents)
    }

    #[test]
    fn subtotals_cannot_give_a_small_group_away() {
        use Shown::{Count, Hidden, Small};
        // Within each task, the smallest other language goes with the small one.
        let shown = assert_nothing_can_be_worked_out(&nested(&[&[12, 3], &[8, 9, 2], &[20]]), 5);
        assert_eq!(
            shown,
            [
                Count(54),
                Count(15),
                Hidden,
                Small,
                Count(19),
                Hidden,
                Count(9),
                Small,
                Count(20),
                Count(20)
            ]
        );
        // Four groups of 1 under a total of at most 4 would all be 1: the total loses its
        // bound instead, and the other task moves with it.
        let shown = assert_nothing_can_be_worked_out(&nested(&[&[1, 1, 1, 1], &[30]]), 5);
        assert_eq!(
            shown,
            [
                Count(34),
                Hidden,
                Small,
                Small,
                Small,
                Small,
                Hidden,
                Hidden
            ]
        );
        // An only child equal to its small total: the grand total is kept.
        let shown = assert_nothing_can_be_worked_out(&nested(&[&[4], &[30, 6]]), 5);
        assert_eq!(shown, [Count(40), Small, Small, Hidden, Count(30), Hidden]);
        assert_nothing_can_be_worked_out(&nested(&[&[2, 6], &[7]]), 3);
    }

    #[test]
    fn random_three_level_tables_are_protected() {
        // A small fixed-seed generator: the same tables on every run.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % below
        };
        for _ in 0..300 {
            let mut counts = vec![0];
            let mut parents = vec![None];
            for _ in 0..1 + next(2) {
                let a = counts.len();
                counts.push(0);
                parents.push(Some(0));
                for _ in 0..1 + next(2) {
                    let b = counts.len();
                    counts.push(0);
                    parents.push(Some(a));
                    for _ in 0..1 + next(2) {
                        counts.push(1 + next(9));
                        parents.push(Some(b));
                    }
                }
            }
            // Children come after their parents: adding from the end fills every total.
            for node in (1..counts.len()).rev() {
                let parent = parents[node].unwrap();
                counts[parent] += counts[node];
            }
            assert_nothing_can_be_worked_out(&Tree::new(counts, parents), 5);
        }
    }

    #[test]
    fn every_small_two_level_table_is_protected() {
        // All tables of two tasks with up to two languages each, counts 1..=7.
        let values = 1..=7u64;
        let mut checked = 0;
        for a in values.clone() {
            for b in 0..=7u64 {
                for c in values.clone() {
                    for d in 0..=7u64 {
                        let first: Vec<u64> = [a, b].into_iter().filter(|&v| v > 0).collect();
                        let second: Vec<u64> = [c, d].into_iter().filter(|&v| v > 0).collect();
                        assert_nothing_can_be_worked_out(&nested(&[&first, &second]), 5);
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 7 * 8 * 7 * 8);
    }
}

//! Which steps of a checklist a citizen walks, given the branch answers so far. A step
//! with `when` is on the path only after its branch step was answered with that option.

use crate::content::{Checklist, Step};

/// Branch answers: (index of the branch step, index of the option taken).
pub type Answers = [(usize, usize)];

pub fn is_on_path(step: &Step, answers: &Answers) -> bool {
    match step.when {
        None => true,
        Some(condition) => answers.contains(&(condition.step, condition.option)),
    }
}

pub fn next(checklist: &Checklist, answers: &Answers, after: usize) -> Option<usize> {
    (after + 1..checklist.steps.len()).find(|&i| is_on_path(&checklist.steps[i], answers))
}

pub fn previous(checklist: &Checklist, answers: &Answers, before: usize) -> Option<usize> {
    (0..before)
        .rev()
        .find(|&i| is_on_path(&checklist.steps[i], answers))
}

/// "Step `current` of `total`" along the path. Before a branch is answered, the total
/// counts its longest way, so the number only ever shrinks.
pub fn progress(checklist: &Checklist, answers: &Answers, step: usize) -> (usize, usize) {
    let steps = &checklist.steps;
    let current = (0..=step.min(steps.len().saturating_sub(1)))
        .filter(|&i| is_on_path(&steps[i], answers))
        .count();
    let mut total = steps.iter().filter(|s| is_on_path(s, answers)).count();
    for (index, branch_step) in steps.iter().enumerate() {
        let answered = answers.iter().any(|&(s, _)| s == index);
        if branch_step.branch.is_empty() || answered {
            continue;
        }
        let longest = (0..branch_step.branch.len())
            .map(|option| {
                steps
                    .iter()
                    .filter(|s| {
                        s.when
                            .is_some_and(|c| c.step == index && c.option == option)
                    })
                    .count()
            })
            .max()
            .unwrap_or(0);
        total += longest;
    }
    (current, total.max(current))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Condition, StepKind};

    fn step(id: &str, branch: &[&str], when: Option<(usize, usize)>) -> Step {
        Step {
            id: id.to_owned(),
            kind: StepKind::Normal,
            problems: Vec::new(),
            branch: branch.iter().map(|s| (*s).to_owned()).collect(),
            when: when.map(|(step, option)| Condition { step, option }),
        }
    }

    fn checklist() -> Checklist {
        Checklist {
            id: "c".into(),
            version: 1,
            category: "identity".into(),
            rank: 1,
            reviewed: chrono::NaiveDate::MIN,
            sources: Vec::new(),
            bring: Vec::new(),
            steps: vec![
                step("open", &[], None),
                step("how", &["itsme", "eid"], None),
                step("itsme-confirm", &[], Some((1, 0))),
                step("eid-reader", &[], Some((1, 1))),
                step("eid-pin", &[], Some((1, 1))),
                step("done", &[], None),
            ],
            file: "c.toml".into(),
        }
    }

    #[test]
    fn only_the_chosen_way_is_walked() {
        let c = checklist();
        assert_eq!(
            next(&c, &[], 1),
            Some(5),
            "unanswered: both ways are skipped"
        );
        assert_eq!(next(&c, &[(1, 0)], 1), Some(2));
        assert_eq!(next(&c, &[(1, 0)], 2), Some(5));
        assert_eq!(next(&c, &[(1, 1)], 1), Some(3));
        assert_eq!(next(&c, &[(1, 1)], 3), Some(4));
        assert_eq!(previous(&c, &[(1, 1)], 5), Some(4));
        assert_eq!(previous(&c, &[(1, 0)], 5), Some(2));
        assert_eq!(next(&c, &[], 5), None);
    }

    #[test]
    fn progress_counts_the_path_and_the_longest_way_before_the_choice() {
        let c = checklist();
        assert_eq!(progress(&c, &[], 0), (1, 5));
        assert_eq!(progress(&c, &[(1, 0)], 2), (3, 4));
        assert_eq!(progress(&c, &[(1, 1)], 4), (4, 5));
        assert_eq!(progress(&c, &[(1, 1)], 5), (5, 5));
    }
}

//! The undo list shows rows saved one after another with the same content as one line
//! ("12 x ..."): a day's tally is one entry to the helper, not twelve.

use std::ops::Range;

use crate::interaction::Logged;

/// The undo list shows this many lines.
pub const MAX_RUNS: usize = 10;

/// Runs of identical neighbouring rows (newest first, as given), at most `MAX_RUNS`.
pub fn runs(rows: &[Logged]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let continues = runs
            .last()
            .is_some_and(|run| rows[run.start].entry == row.entry);
        if continues {
            if let Some(run) = runs.last_mut() {
                run.end = index + 1;
            }
        } else if runs.len() == MAX_RUNS {
            break;
        } else {
            runs.push(index..index + 1);
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interaction::{Daypart, Entry, GroupSession};

    fn row(id: &str, attendees: u32) -> Logged {
        Logged {
            id: id.to_owned(),
            entry: Entry::Group(GroupSession {
                kiosk: "k".to_owned(),
                day: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                daypart: Daypart::Morning,
                topic: "money".to_owned(),
                language: "nl".to_owned(),
                attendees,
                minutes: 60,
                correction_of: None,
            }),
        }
    }

    #[test]
    fn neighbours_alike_make_one_run_and_the_list_stops_at_ten() {
        let rows = [row("a", 5), row("b", 5), row("c", 6), row("d", 5)];
        assert_eq!(runs(&rows), [0..2, 2..3, 3..4]);
        let many: Vec<Logged> = (0..30).map(|i| row(&i.to_string(), i % 2 + 1)).collect();
        let list = runs(&many);
        assert_eq!(list.len(), MAX_RUNS);
        assert_eq!(list[9], 9..10);
    }
}

//! How many people were reached, estimated without knowing who: each interaction carries
//! the answer to "first time at this digipunt this year?", so the first visits count
//! people; unknown answers are shared out in the same proportion as the known ones.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::query::{CountError, Dimension, check_folded, count_by};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Reach {
    pub interactions: u64,
    pub first_visits: u64,
    pub returning: u64,
    pub unknown: u64,
}

impl Reach {
    /// The estimated number of different people: first visits, plus the unknown answers
    /// in the proportion of first visits among the known; all of them when none is known.
    pub fn estimated_people(&self) -> u64 {
        let known = self.first_visits + self.returning;
        if known == 0 {
            return self.unknown;
        }
        let share = self.unknown as f64 * self.first_visits as f64 / known as f64;
        self.first_visits + share.round() as u64
    }

    /// Percent of a yearly target reached, when a target is set.
    pub fn percent_of(&self, target: u64) -> Option<u64> {
        (target > 0).then(|| self.estimated_people() * 100 / target)
    }
}

/// Reach from `from` to `to` (both included), undone rows left out.
pub fn reach(connection: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Reach, CountError> {
    let mut reach = Reach::default();
    for group in count_by(connection, from, to, &[Dimension::FirstVisit])? {
        reach.interactions += group.count;
        match group.values[0].as_str() {
            "yes" => reach.first_visits += group.count,
            "no" => reach.returning += group.count,
            _ => reach.unknown += group.count,
        }
    }
    Ok(reach)
}

/// Group sessions from `from` to `to`: how many, how many attendees, how many minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sessions {
    pub sessions: u64,
    pub attendees: u64,
    pub minutes: u64,
}

pub fn sessions(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Sessions, CountError> {
    check_folded(connection, from, to, &[])?;
    let totals = connection.query_row(
        "SELECT coalesce(sum(sessions), 0), coalesce(sum(attendees), 0),
                coalesce(sum(minutes), 0)
         FROM (
            SELECT 1 AS sessions, attendees, minutes FROM group_session AS g
            WHERE g.day BETWEEN ?1 AND ?2
              AND g.correction_of IS NULL
              AND NOT EXISTS (SELECT 1 FROM group_session AS undo WHERE undo.correction_of = g.id)
            UNION ALL
            SELECT sessions, attendees, minutes FROM monthly_group_session
            WHERE day BETWEEN ?1 AND ?2
         )",
        [
            from.format("%Y-%m-%d").to_string(),
            to.format("%Y-%m-%d").to_string(),
        ],
        |row| {
            let number = |i| row.get::<_, i64>(i).map(|n| u64::try_from(n).unwrap_or(0));
            Ok(Sessions {
                sessions: number(0)?,
                attendees: number(1)?,
                minutes: number(2)?,
            })
        },
    )?;
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_answers_follow_the_known_proportion() {
        let reach = Reach {
            interactions: 100,
            first_visits: 30,
            returning: 50,
            unknown: 20,
        };
        // 30 of 80 known were first visits: 20 unknown count as 7.5, rounded to 8.
        assert_eq!(reach.estimated_people(), 38);
        assert_eq!(reach.percent_of(1000), Some(3));
        assert_eq!(reach.percent_of(0), None);
    }

    #[test]
    fn nothing_known_counts_every_interaction_as_a_person() {
        let reach = Reach {
            interactions: 12,
            unknown: 12,
            ..Reach::default()
        };
        assert_eq!(reach.estimated_people(), 12);
    }
}

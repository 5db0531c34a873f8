//! Retention: rows older than the retention period are folded into monthly counts and
//! deleted, in one transaction. Counts stay exact; what goes is the day, the duration,
//! the steps and the row ids, so old help can no longer be told apart by when it happened.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::{Store, schema};

/// What a fold did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Folded {
    /// The first day kept as rows.
    pub before: Option<NaiveDate>,
    pub interactions: u64,
    pub group_sessions: u64,
    /// Rows deleted, undo rows and cancelled rows included.
    pub deleted: u64,
}

/// The first day of the oldest month that is kept as rows when `months` whole months
/// before the current one are kept too: with 13 on 2026-11-23, rows from 2025-10-01 stay.
pub fn cutoff(today: NaiveDate, months: u32) -> NaiveDate {
    let month_start = today.with_day(1).unwrap_or(today);
    month_start
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

impl Store {
    /// The first day that is still kept as rows, if anything was ever folded.
    pub fn folded_before(&self) -> rusqlite::Result<Option<NaiveDate>> {
        folded_before(self.connection())
    }

    /// Folds every row dated before `before` (the first day of a month) into monthly
    /// counts and deletes it; rows from `before` on are never touched.
    pub fn fold_before(&mut self, before: NaiveDate) -> rusqlite::Result<Folded> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let folded = fold(&transaction, before)?;
        transaction.commit()?;
        Ok(folded)
    }
}

/// The fold itself, inside the caller's transaction (a merge folds what it brought in
/// for months that were folded before, in the same transaction as the rows).
pub fn fold(connection: &Connection, before: NaiveDate) -> rusqlite::Result<Folded> {
    let before = before.with_day(1).unwrap_or(before);
    let day = before.format("%Y-%m-%d").to_string();
    // Live rows only: an undone row and its undo cancel out, so neither is counted.
    connection.execute(
        "INSERT INTO monthly_interaction (kiosk, day, daypart, mode, language, task,
            category, outcome, referral, problems, age_band, first_visit, channel, count)
         SELECT kiosk, substr(day, 1, 8) || '01', daypart, mode, language, task,
            category, outcome, coalesce(referral, ''), problems, age_band, first_visit,
            channel, count(*)
         FROM interaction AS i
         WHERE i.day < ?1
           AND i.correction_of IS NULL
           AND NOT EXISTS (SELECT 1 FROM interaction AS undo WHERE undo.correction_of = i.id)
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13
         ON CONFLICT DO UPDATE SET count = count + excluded.count",
        [&day],
    )?;
    connection.execute(
        "INSERT INTO monthly_group_session (kiosk, day, topic, language, sessions,
            attendees, minutes)
         SELECT kiosk, substr(day, 1, 8) || '01', topic, language, count(*),
            sum(attendees), sum(minutes)
         FROM group_session AS g
         WHERE g.day < ?1
           AND g.correction_of IS NULL
           AND NOT EXISTS (SELECT 1 FROM group_session AS undo WHERE undo.correction_of = g.id)
         GROUP BY 1, 2, 3, 4
         ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions,
            attendees = attendees + excluded.attendees,
            minutes = minutes + excluded.minutes",
        [&day],
    )?;
    let live = |table: &str| -> rusqlite::Result<u64> {
        let count: i64 = connection.query_row(
            &format!(
                "SELECT count(*) FROM {table} AS r
                 WHERE r.day < ?1 AND r.correction_of IS NULL
                   AND NOT EXISTS (SELECT 1 FROM {table} AS undo WHERE undo.correction_of = r.id)"
            ),
            [&day],
            |row| row.get(0),
        )?;
        Ok(u64::try_from(count).unwrap_or(0))
    };
    let interactions = live("interaction")?;
    let group_sessions = live("group_session")?;
    // The counted rows (`counted`): a newer row whose only undos go counts again; every
    // counted row of a folded month goes (it is in the monthly counts now).
    connection.execute(schema::CODE_UNDONE_BY_FOLDED_UNDOS, [&day])?;
    connection.execute(schema::COUNT_UNDONE_BY_FOLDED_UNDOS, [&day])?;
    connection.execute(
        "DELETE FROM counted_interaction WHERE day < ?1",
        [super::counted::day_number(before)],
    )?;
    let mut deleted = 0;
    for table in ["interaction", "group_session"] {
        // An undo dated later than the row it cancels goes with it: alone it means nothing.
        let going = format!(
            "SELECT id FROM {table} WHERE day < ?1
             UNION ALL SELECT id FROM {table}
                WHERE correction_of IN (SELECT id FROM {table} WHERE day < ?1)"
        );
        connection.execute(
            &format!("INSERT OR IGNORE INTO folded_id (id) {going}"),
            [&day],
        )?;
        deleted += connection.execute(
            &format!(
                "DELETE FROM {table} WHERE correction_of IN (SELECT id FROM {table} WHERE day < ?1)"
            ),
            [&day],
        )?;
        deleted += connection.execute(&format!("DELETE FROM {table} WHERE day < ?1"), [&day])?;
    }
    let previous = folded_before(connection)?;
    if previous.is_none_or(|p| p < before) {
        connection.execute(
            "INSERT INTO meta (key, value) VALUES ('folded_before', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![day],
        )?;
    }
    Ok(Folded {
        before: Some(before),
        interactions,
        group_sessions,
        deleted: deleted as u64,
    })
}

/// The first day still kept as rows, if anything was ever folded.
pub fn folded_before(connection: &rusqlite::Connection) -> rusqlite::Result<Option<NaiveDate>> {
    let value: Option<String> = connection
        .query_row(
            "SELECT value FROM meta WHERE key = 'folded_before'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| v.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn thirteen_months_keep_the_current_month_and_thirteen_before() {
        assert_eq!(cutoff(day("2026-11-23"), 13), day("2025-10-01"));
        assert_eq!(cutoff(day("2026-01-01"), 1), day("2025-12-01"));
        assert_eq!(cutoff(day("2026-03-31"), 12), day("2025-03-01"));
    }
}

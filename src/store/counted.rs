//! Keeping `counted_interaction` in step with `interaction` (schema migration 7): it holds
//! exactly the rows that are counted, a row that is no undo and that no undo names, under
//! the same rowid, each counted column as a number from `code`. Every writer of
//! `interaction` calls `Coder::added` in its own transaction, right after the row went in;
//! retention (`retention::fold`) takes out what it folds. `stats::count_by` reads it.

use rusqlite::{Connection, OptionalExtension, Statement, params};
use rustc_hash::{FxHashMap, FxHashSet};

use super::schema::CODED;
use crate::interaction::Interaction;

/// Codes the rows one transaction adds. Codes already looked up are kept in memory, for
/// a merge of millions of rows; they stay valid for the transaction, which holds the write
/// lock (only retention, in a transaction of its own, takes codes out).
pub struct Coder<'c> {
    connection: &'c Connection,
    /// Per kind (in the order of `CODED`), each value's number.
    known: [FxHashMap<Box<str>, i64>; CODED.len()],
    find_code: Statement<'c>,
    add_code: Statement<'c>,
    undone: Statement<'c>,
    /// For many rows (a merge): the ids that undos name, kept in memory rather than asked
    /// of the database for every row (0.7 s of the 2.5 s that counting adds to merging a
    /// million rows).
    named_by_undos: Option<FxHashSet<Box<str>>>,
    add: Statement<'c>,
    cancel: Statement<'c>,
}

impl<'c> Coder<'c> {
    pub fn new(connection: &'c Connection) -> rusqlite::Result<Coder<'c>> {
        Ok(Coder {
            connection,
            known: Default::default(),
            find_code: connection.prepare("SELECT n FROM code WHERE kind = ?1 AND value = ?2")?,
            add_code: connection.prepare("INSERT INTO code (kind, value) VALUES (?1, ?2)")?,
            undone: connection
                .prepare("SELECT 1 FROM interaction WHERE correction_of = ?1 LIMIT 1")?,
            named_by_undos: None,
            add: connection.prepare(
                "INSERT INTO counted_interaction (rowid, day, kiosk, daypart, mode, language,
                    task, category, outcome, referral, problems, age_band, first_visit, channel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?,
            cancel: connection.prepare(
                "DELETE FROM counted_interaction
                 WHERE rowid = (SELECT rowid FROM interaction WHERE id = ?1)",
            )?,
        })
    }

    /// For a transaction that adds many rows: reads the ids that undos name once.
    pub fn for_many(connection: &'c Connection) -> rusqlite::Result<Coder<'c>> {
        let mut coder = Coder::new(connection)?;
        let mut named = FxHashSet::default();
        let mut statement = connection
            .prepare("SELECT correction_of FROM interaction WHERE correction_of IS NOT NULL")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            named.insert(row.get::<_, String>(0)?.into_boxed_str());
        }
        coder.named_by_undos = Some(named);
        Ok(coder)
    }

    /// After `interaction` was added as row `rowid` with `id`: an undo takes the row it
    /// cancels out of the counts (if it is there yet); any other row is counted unless an
    /// undo already names it (merged files come in any order).
    pub fn added(
        &mut self,
        rowid: i64,
        id: &str,
        interaction: &Interaction,
    ) -> rusqlite::Result<()> {
        if let Some(cancelled) = &interaction.correction_of {
            self.cancel.execute([cancelled])?;
            if let Some(named) = &mut self.named_by_undos {
                named.insert(cancelled.as_str().into());
            }
            return Ok(());
        }
        let undone = match &self.named_by_undos {
            Some(named) => named.contains(id),
            None => self.undone.exists([id])?,
        };
        if undone {
            return Ok(());
        }
        let i = interaction;
        let problems = i.problems.join(" ");
        let values: [&str; CODED.len()] = [
            &i.kiosk,
            i.daypart.code(),
            i.mode.code(),
            &i.language,
            &i.task,
            &i.category,
            i.outcome.code(),
            i.referral.as_deref().unwrap_or(""),
            &problems,
            i.age_band.code(),
            i.first_visit.code(),
            i.channel.code(),
        ];
        let mut codes = [0i64; CODED.len()];
        for (kind, (value, code)) in values.iter().zip(&mut codes).enumerate() {
            *code = self.code(kind, value)?;
        }
        let day = day_number(i.day);
        self.add.execute(params![
            rowid, day, codes[0], codes[1], codes[2], codes[3], codes[4], codes[5], codes[6],
            codes[7], codes[8], codes[9], codes[10], codes[11],
        ])?;
        Ok(())
    }

    /// The number of `value` in the column `CODED[kind]`, added to `code` if it is new.
    fn code(&mut self, kind: usize, value: &str) -> rusqlite::Result<i64> {
        if let Some(&n) = self.known[kind].get(value) {
            return Ok(n);
        }
        let found = self
            .find_code
            .query_row(params![CODED[kind], value], |row| row.get(0))
            .optional()?;
        let n = match found {
            Some(n) => n,
            None => {
                self.add_code.execute(params![CODED[kind], value])?;
                self.connection.last_insert_rowid()
            }
        };
        self.known[kind].insert(value.into(), n);
        Ok(n)
    }
}

/// A day as `counted_interaction` holds it: 2026-11-23 is 20261123, so that days compare
/// as their text `YYYY-MM-DD` does (for the years 0 to 9999 that the log holds).
pub fn day_number(day: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(day.year()) * 10_000 + i64::from(day.month()) * 100 + i64::from(day.day())
}

/// How many rows `counted_interaction` has wrong: counted rows of the log it lacks or
/// holds with other values, and rows it holds that the log does not count. 0 when in
/// step; for tests and checks.
#[doc(hidden)]
pub fn out_of_step(connection: &Connection) -> rusqlite::Result<u64> {
    let count: i64 = connection.query_row(
        "WITH log AS (
            SELECT i.rowid, CAST(replace(i.day, '-', '') AS INTEGER), i.kiosk, i.daypart, i.mode,
                i.language, i.task, i.category, i.outcome, coalesce(i.referral, ''), i.problems,
                i.age_band, i.first_visit, i.channel
            FROM interaction AS i
            WHERE i.correction_of IS NULL
              AND NOT EXISTS (SELECT 1 FROM interaction AS undo WHERE undo.correction_of = i.id)
         ), narrow AS (
            SELECT c.rowid, c.day,
                (SELECT value FROM code WHERE n = c.kiosk AND kind = 'kiosk'),
                (SELECT value FROM code WHERE n = c.daypart AND kind = 'daypart'),
                (SELECT value FROM code WHERE n = c.mode AND kind = 'mode'),
                (SELECT value FROM code WHERE n = c.language AND kind = 'language'),
                (SELECT value FROM code WHERE n = c.task AND kind = 'task'),
                (SELECT value FROM code WHERE n = c.category AND kind = 'category'),
                (SELECT value FROM code WHERE n = c.outcome AND kind = 'outcome'),
                (SELECT value FROM code WHERE n = c.referral AND kind = 'referral'),
                (SELECT value FROM code WHERE n = c.problems AND kind = 'problems'),
                (SELECT value FROM code WHERE n = c.age_band AND kind = 'age_band'),
                (SELECT value FROM code WHERE n = c.first_visit AND kind = 'first_visit'),
                (SELECT value FROM code WHERE n = c.channel AND kind = 'channel')
            FROM counted_interaction AS c
         )
         SELECT (SELECT count(*) FROM (SELECT * FROM log EXCEPT SELECT * FROM narrow))
              + (SELECT count(*) FROM (SELECT * FROM narrow EXCEPT SELECT * FROM log))",
        [],
        |row| row.get(0),
    )?;
    Ok(u64::try_from(count).unwrap_or(u64::MAX))
}

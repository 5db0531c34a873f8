//! Stored rows with their ids, as `export --anonymous-rows` reads them and `merge` appends
//! them: rows are read in order of id (which says nothing about when they were written),
//! and appending a row whose id is present only compares it. The file format is `format`.

pub mod format;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Statement, params};

use super::counted::Coder;
use crate::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, GroupSession, Interaction, Mode, Outcome,
};

/// One stored row of either table, with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Interaction(String, Interaction),
    GroupSession(String, GroupSession),
}

impl Row {
    pub fn id(&self) -> &str {
        match self {
            Row::Interaction(id, _) | Row::GroupSession(id, _) => id,
        }
    }
}

/// Days from, to (both included); `None` for every row.
pub type Period = Option<(NaiveDate, NaiveDate)>;

const INTERACTION_COLUMNS: &str = "id, kiosk, day, daypart, minutes, mode, language, task,
    category, content_version, steps_done, steps_total, outcome, referral, problems, age_band,
    first_visit, channel, correction_of";
const GROUP_SESSION_COLUMNS: &str =
    "id, kiosk, day, daypart, topic, language, attendees, minutes, correction_of";

/// A fixed clause for each case, so the planner sees a plain scan or a day range.
fn within(period: Period) -> &'static str {
    match period {
        Some(_) => "WHERE day BETWEEN ?1 AND ?2",
        None => "",
    }
}

fn bounds(period: Period) -> Vec<String> {
    period
        .map(|(from, to)| vec![from.to_string(), to.to_string()])
        .unwrap_or_default()
}

/// How many interactions and group sessions the period holds.
pub fn count(connection: &Connection, period: Period) -> rusqlite::Result<(u64, u64)> {
    let count = |table: &str| -> rusqlite::Result<u64> {
        let sql = format!("SELECT count(*) FROM {table} {}", within(period));
        let n: i64 =
            connection.query_row(&sql, rusqlite::params_from_iter(bounds(period)), |r| {
                r.get(0)
            })?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    Ok((count("interaction")?, count("group_session")?))
}

/// Calls `each` with every row of the period: interactions, then group sessions, each in
/// order of id.
pub fn for_each<E: From<rusqlite::Error>>(
    connection: &Connection,
    period: Period,
    mut each: impl FnMut(Row) -> Result<(), E>,
) -> Result<(), E> {
    for (columns, table, read) in [
        (INTERACTION_COLUMNS, "interaction", interaction as Reader),
        (
            GROUP_SESSION_COLUMNS,
            "group_session",
            group_session as Reader,
        ),
    ] {
        let sql = format!(
            "SELECT {columns} FROM {table} {} ORDER BY id",
            within(period)
        );
        let mut statement = connection.prepare(&sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(bounds(period)))?;
        while let Some(row) = rows.next()? {
            each(read(row)?)?;
        }
    }
    Ok(())
}

type Reader = fn(&rusqlite::Row<'_>) -> rusqlite::Result<Row>;

fn interaction(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let problems: String = row.get(14)?;
    Ok(Row::Interaction(
        row.get(0)?,
        Interaction {
            kiosk: row.get(1)?,
            day: day(row, 2)?,
            daypart: code(row, 3, Daypart::from_code)?,
            minutes: row.get(4)?,
            mode: code(row, 5, Mode::from_code)?,
            language: row.get(6)?,
            task: row.get(7)?,
            category: row.get(8)?,
            content_version: row.get(9)?,
            steps_done: row.get(10)?,
            steps_total: row.get(11)?,
            outcome: code(row, 12, Outcome::from_code)?,
            referral: row.get(13)?,
            problems: problems.split_whitespace().map(str::to_owned).collect(),
            age_band: code(row, 15, AgeBand::from_code)?,
            first_visit: code(row, 16, FirstVisit::from_code)?,
            channel: code(row, 17, Channel::from_code)?,
            correction_of: row.get(18)?,
        },
    ))
}

fn group_session(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row::GroupSession(
        row.get(0)?,
        GroupSession {
            kiosk: row.get(1)?,
            day: day(row, 2)?,
            daypart: code(row, 3, Daypart::from_code)?,
            topic: row.get(4)?,
            language: row.get(5)?,
            attendees: row.get(6)?,
            minutes: row.get(7)?,
            correction_of: row.get(8)?,
        },
    ))
}

fn day(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn code<T>(
    row: &rusqlite::Row<'_>,
    index: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}

/// What appending one row did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Appended {
    Added,
    /// The same id with the same content: nothing to do.
    AlreadyPresent,
    /// The same id with other content: the row as the database holds it.
    Differs(Box<Row>),
}

/// Prepared statements for appending many rows within one transaction.
pub struct Appender<'c> {
    connection: &'c Connection,
    coder: Coder<'c>,
    add_interaction: Statement<'c>,
    add_group_session: Statement<'c>,
    find_interaction: Statement<'c>,
    find_group_session: Statement<'c>,
    find_folded: Statement<'c>,
}

impl<'c> Appender<'c> {
    pub fn new(connection: &'c Connection) -> rusqlite::Result<Appender<'c>> {
        Ok(Appender {
            connection,
            coder: Coder::for_many(connection)?,
            add_interaction: connection.prepare(&format!(
                "INSERT INTO interaction ({INTERACTION_COLUMNS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    ?17, ?18, ?19)
                 ON CONFLICT (id) DO NOTHING"
            ))?,
            add_group_session: connection.prepare(&format!(
                "INSERT INTO group_session ({GROUP_SESSION_COLUMNS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (id) DO NOTHING"
            ))?,
            find_interaction: connection.prepare(&format!(
                "SELECT {INTERACTION_COLUMNS} FROM interaction WHERE id = ?1"
            ))?,
            find_group_session: connection.prepare(&format!(
                "SELECT {GROUP_SESSION_COLUMNS} FROM group_session WHERE id = ?1"
            ))?,
            find_folded: connection.prepare("SELECT 1 FROM folded_id WHERE id = ?1")?,
        })
    }

    pub fn append(&mut self, row: &Row) -> rusqlite::Result<Appended> {
        // Folded by retention: counted in the monthly totals already, its content gone.
        if self.find_folded.exists([row.id()])? {
            return Ok(Appended::AlreadyPresent);
        }
        let added = match row {
            Row::Interaction(id, i) => self.add_interaction.execute(params![
                id,
                i.kiosk,
                i.day.to_string(),
                i.daypart.code(),
                i.minutes,
                i.mode.code(),
                i.language,
                i.task,
                i.category,
                i.content_version,
                i.steps_done,
                i.steps_total,
                i.outcome.code(),
                i.referral,
                i.problems.join(" "),
                i.age_band.code(),
                i.first_visit.code(),
                i.channel.code(),
                i.correction_of,
            ])?,
            Row::GroupSession(id, g) => self.add_group_session.execute(params![
                id,
                g.kiosk,
                g.day.to_string(),
                g.daypart.code(),
                g.topic,
                g.language,
                g.attendees,
                g.minutes,
                g.correction_of,
            ])?,
        };
        if added == 1 {
            if let Row::Interaction(id, i) = row {
                self.coder
                    .added(self.connection.last_insert_rowid(), id, i)?;
            }
            return Ok(Appended::Added);
        }
        let stored = match row {
            Row::Interaction(id, _) => self
                .find_interaction
                .query_row([id], interaction)
                .optional()?,
            Row::GroupSession(id, _) => self
                .find_group_session
                .query_row([id], group_session)
                .optional()?,
        };
        Ok(match stored {
            Some(stored) if stored == *row => Appended::AlreadyPresent,
            Some(stored) => Appended::Differs(Box::new(stored)),
            // `DO NOTHING` covers the id alone; any other refusal is an error above.
            None => return Err(rusqlite::Error::QueryReturnedNoRows),
        })
    }
}

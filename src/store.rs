//! The anonymous interaction log in one SQLite file: schema, migrations and writing.
//! Rows are only ever appended (an undo is a new row that cancels an old one).

mod recent;
mod retention;
pub mod rows;
mod schema;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, params};

pub use retention::{Folded, cutoff, fold, folded_before};
pub use schema::{SCHEMA_VERSION, migrate};

use crate::interaction::{GroupSession, Interaction};

pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens (creating if needed) and migrates the log.
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A missing folder is created; if that fails, opening reports the real error.
            let _ = std::fs::create_dir_all(parent);
        }
        let mut connection = Connection::open(path)?;
        configure(&connection)?;
        migrate(&mut connection)?;
        Ok(Store { connection })
    }

    /// For reports and exports: never creates, migrates or writes.
    pub fn open_read_only(path: &Path) -> rusqlite::Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags)?;
        connection.busy_timeout(Duration::from_secs(5))?;
        let version: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(format!(
                    "{} has schema version {version}, expected {SCHEMA_VERSION}",
                    path.display()
                )),
            ));
        }
        Ok(Store { connection })
    }

    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Appends one interaction in its own transaction and returns its new id.
    pub fn record(&mut self, interaction: &Interaction) -> rusqlite::Result<String> {
        let id = new_id()?;
        let transaction = self.connection.transaction()?;
        transaction.execute(
            &format!(
                "INSERT INTO interaction (rowid, id, kiosk, day, daypart, minutes, mode, language,
                    task, content_version, steps_done, steps_total, outcome, referral, problems,
                    age_band, first_visit, channel, correction_of, category)
                 VALUES ({NEXT_ROWID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                    ?15, ?16, ?17, ?18, ?19)"
            ),
            params![
                id,
                interaction.kiosk,
                interaction.day.format("%Y-%m-%d").to_string(),
                interaction.daypart.code(),
                interaction.minutes,
                interaction.mode.code(),
                interaction.language,
                interaction.task,
                interaction.content_version,
                interaction.steps_done,
                interaction.steps_total,
                interaction.outcome.code(),
                interaction.referral,
                interaction.problems.join(" "),
                interaction.age_band.code(),
                interaction.first_visit.code(),
                interaction.channel.code(),
                interaction.correction_of,
                interaction.category,
            ],
        )?;
        transaction.commit()?;
        Ok(id)
    }
}

impl Store {
    /// Appends one group session in its own transaction and returns its new id.
    pub fn record_group_session(&mut self, session: &GroupSession) -> rusqlite::Result<String> {
        let id = new_id()?;
        self.connection.execute(
            &format!(
                "INSERT INTO group_session (rowid, id, kiosk, day, daypart, topic, language,
                    attendees, minutes, correction_of)
                 VALUES ({NEXT_ROWID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            ),
            params![
                id,
                session.kiosk,
                session.day.format("%Y-%m-%d").to_string(),
                session.daypart.code(),
                session.topic,
                session.language,
                session.attendees,
                session.minutes,
                session.correction_of,
            ],
        )?;
        Ok(id)
    }
}

/// Both tables draw their rowids from one sequence, so "newest first" holds across
/// one-to-one help and group sessions (for the undo list) without storing any time.
const NEXT_ROWID: &str = "(SELECT coalesce(max(n), 0) + 1 FROM (
    SELECT max(rowid) AS n FROM interaction UNION ALL SELECT max(rowid) FROM group_session))";

/// WAL keeps readers (exports) from blocking the kiosk; `synchronous=FULL` makes every
/// acknowledged row survive a power cut, at a cost that a few rows an hour never notice.
fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.busy_timeout(Duration::from_secs(5))?;
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", true)?;
    // Deleted rows (retention) must not linger in free pages.
    connection.pragma_update(None, "secure_delete", true)?;
    Ok(())
}

/// A random 128-bit identifier, only for de-duplicating merged files.
fn new_id() -> rusqlite::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| {
        rusqlite::Error::ToSqlConversionFailure(Box::new(std::io::Error::other(e.to_string())))
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

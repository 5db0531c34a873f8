//! The anonymous interaction log in one SQLite file: schema, migrations and writing.
//! Rows are only ever appended (an undo is a new row that cancels an old one).

pub mod counted;
mod recent;
mod retention;
pub mod rows;
mod schema;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, params};

pub use retention::{Folded, cutoff, fold, folded_before};
pub use schema::{CODED, SCHEMA_VERSION, migrate};

use crate::interaction::{GroupSession, Interaction};

pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens (creating if needed) and migrates the log, for the coordinator's commands:
    /// they wait up to 5 s for a kiosk that is writing.
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        Store::open_waiting(path, Duration::from_secs(5))
    }

    /// Opens the log and lets each statement wait at most `busy_timeout` for another
    /// process's write lock. The kiosk waits briefly (`KIOSK_BUSY_TIMEOUT`): a row that
    /// finds the log locked waits in memory instead, and the screen never freezes.
    pub fn open_waiting(path: &Path, busy_timeout: Duration) -> rusqlite::Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A missing folder is created; if that fails, opening reports the real error.
            let _ = std::fs::create_dir_all(parent);
        }
        let mut connection = Connection::open(path)?;
        // SQLite opens a file it may not write read-only without a word; a log that can
        // only be read is one that cannot be written, and is said so now, not at the first
        // row.
        if connection.is_readonly(rusqlite::MAIN_DB)? {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
                Some("the file is read-only".to_owned()),
            ));
        }
        configure(&connection, busy_timeout)?;
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
        counted::Coder::new(&transaction)?.added(
            transaction.last_insert_rowid(),
            &id,
            interaction,
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

/// How long the kiosk lets a write wait for another process's lock (a `merge` or `prune`
/// under way, a backup tool): long enough for another writer's single commit, short
/// enough that a key press is never noticeably late. The row then waits in memory.
pub const KIOSK_BUSY_TIMEOUT: Duration = Duration::from_millis(250);

/// WAL keeps readers (exports) from blocking the kiosk.
///
/// `synchronous=FULL`, not `NORMAL`. Both keep what a killed process needs: in WAL mode a
/// commit is complete once its frames are in the `-wal` file, and the operating system
/// keeps those writes when the process dies (`kill -9`, the OOM killer); the next
/// connection replays the WAL, whose checksums make a half-written frame count as never
/// written, so nothing acknowledged is lost and the file is never corrupt. The kill -9
/// harness (`tests/crash.rs`, `benches/crash.py`) checks that, and would pass with either
/// setting. They differ on a power cut or a kernel crash: `FULL` syncs the WAL at every
/// commit, so an acknowledged row is on the disk; `NORMAL` syncs only at a checkpoint
/// (when the WAL reaches 1,000 pages, a few hundred rows, or the kiosk closes the log),
/// so a power cut may lose the rows since then, though the file still opens intact. A
/// kiosk writes a few rows an hour and its power is cut without warning: one sync per
/// row (milliseconds) buys the durability `DESIGN.md` asks for. No process kill can show
/// that difference; it rests on SQLite's documented behaviour and on a disk that honours
/// fsync.
fn configure(connection: &Connection, busy_timeout: Duration) -> rusqlite::Result<()> {
    connection.busy_timeout(busy_timeout)?;
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

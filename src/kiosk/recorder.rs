//! Writes finished interactions, group sessions and undo rows to the log, reads back
//! the undo list, and computes the report screen's counts (`stats::Report`, as
//! `digipunt report` does) on its own connection. When the database cannot be written
//! (read-only, locked, disk full, gone) the rows wait in memory, in one queue in the
//! order they came, and are retried with the next one and on a timer, so guidance never
//! stops and nothing is lost while the program runs. A write never waits more than a
//! moment for another process's lock.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::app::{Action, Effect, StoreHealth};
use crate::interaction::{Entry, GroupSession, Interaction, Logged};
use crate::stats::{CountError, Report, Request};
use crate::store::{KIOSK_BUSY_TIMEOUT, Store};

/// How many rows the undo list reads: enough for ten entries after runs of identical
/// rows (a batch of a day's tally) are shown as one.
const RECENT_ROWS: usize = 500;

/// While rows wait, the log is tried again after this, then twice as long each time up to
/// `RETRY_MAX`: a lock held for a moment clears quickly, and a log gone for hours costs
/// one short attempt a minute.
const RETRY_FIRST: Duration = Duration::from_secs(2);
const RETRY_MAX: Duration = Duration::from_secs(60);

/// Runs on every connection the recorder opens (tests use it to fill the disk).
type ConnectionHook = Box<dyn Fn(&Connection) -> rusqlite::Result<()> + Send>;

pub struct Recorder {
    path: PathBuf,
    store: Option<Store>,
    /// The file the open connection writes to (device, inode): if the path no longer
    /// names it, the log was deleted or replaced while the kiosk ran.
    file: Option<(u64, u64)>,
    pending: Vec<Entry>,
    /// Rows were queued by `hold` and not yet tried.
    held: bool,
    last_error: Option<String>,
    /// The id of the row written last.
    last_written: Option<String>,
    /// Rows dated before this are folded into monthly counts once, on the first
    /// connection (retention); `None` once done or when not asked.
    fold_before: Option<NaiveDate>,
    /// When rows wait: when to try again, and the pause after that.
    retry_at: Option<Instant>,
    retry_pause: Duration,
    hook: Option<ConnectionHook>,
}

impl Recorder {
    /// A recorder for `path` that opens the database on first use or on `connect`.
    pub fn new(path: &Path) -> Recorder {
        Recorder {
            path: path.to_owned(),
            store: None,
            file: None,
            pending: Vec::new(),
            held: false,
            last_error: None,
            last_written: None,
            fold_before: None,
            retry_at: None,
            retry_pause: RETRY_FIRST,
            hook: None,
        }
    }

    /// For tests: `hook` runs on every connection the recorder opens, e.g. to set
    /// `PRAGMA max_page_count` and so make the disk look full.
    #[doc(hidden)]
    pub fn with_connection_hook(
        mut self,
        hook: impl Fn(&Connection) -> rusqlite::Result<()> + Send + 'static,
    ) -> Recorder {
        self.hook = Some(Box::new(hook));
        self
    }

    /// Applies retention when the log is first opened: through this one connection, so
    /// it never races the recorder on a fresh database.
    pub fn with_retention(mut self, before: NaiveDate) -> Recorder {
        self.fold_before = Some(before);
        self
    }

    pub fn open(path: &Path) -> Recorder {
        let mut recorder = Recorder::new(path);
        recorder.connect();
        recorder
    }

    pub fn connect(&mut self) {
        let gone = match std::fs::metadata(&self.path) {
            Ok(now) => Some((now.dev(), now.ino())) != self.file,
            // A folder that cannot be read says nothing about the file; the open
            // connection still writes to it.
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        };
        if self.store.is_some() && gone {
            // The log was deleted (or replaced) while the kiosk ran. The open connection
            // would go on writing into the deleted file, and every row would vanish with
            // it when the connection closes. So the kiosk lets go of it and starts a new
            // log at the same path: the rows from now on are kept, and whoever removed
            // the old file meant its rows to go.
            self.store = None;
        }
        if self.store.is_none() {
            match self.open_store() {
                Ok(mut store) => {
                    // A failed fold changes nothing and is tried again at the next start.
                    if let Some(before) = self.fold_before.take() {
                        let _ = store.fold_before(before);
                    }
                    self.file = file_id(&self.path);
                    self.store = Some(store);
                }
                Err(e) => self.last_error = Some(e.to_string()),
            }
        }
    }

    fn open_store(&self) -> rusqlite::Result<Store> {
        let store = Store::open_waiting(&self.path, KIOSK_BUSY_TIMEOUT)?;
        if let Some(hook) = &self.hook {
            hook(store.connection())?;
        }
        Ok(store)
    }

    /// Queues the row and tries to write everything waiting; returns how many still wait.
    pub fn record(&mut self, interaction: Interaction) -> usize {
        self.queue(Entry::Help(interaction))
    }

    pub fn record_group_session(&mut self, session: GroupSession) -> usize {
        self.queue(Entry::Group(session))
    }

    /// Queues the row that cancels `logged` (rows are never edited or deleted).
    pub fn undo(&mut self, logged: &Logged) -> usize {
        self.queue(logged.entry.cancelling(&logged.id))
    }

    /// Queues the row of a writing effect (a record, a group session, an undo) without
    /// writing it yet: the kiosk draws the screen that follows first, then `flush`es. A
    /// commit waits for the disk (`synchronous=FULL`), which on an old PC's hard disk
    /// takes longer than the whole frame; the person sees the next screen at once. A held
    /// row is in the same queue as rows waiting for a broken log, so the end of the
    /// program, a panic included, still writes it (`kiosk::run`, `Drop`).
    pub fn hold(&mut self, effect: Effect) {
        let entry = match effect {
            Effect::Record(interaction) => Entry::Help(interaction),
            Effect::RecordGroupSession(session) => Entry::Group(session),
            Effect::Undo(logged) => logged.entry.cancelling(&logged.id),
            _ => return,
        };
        self.pending.push(entry);
        self.held = true;
    }

    /// Rows were held since the last `flush`.
    pub fn holds(&self) -> bool {
        self.held
    }

    fn queue(&mut self, entry: Entry) -> usize {
        self.pending.push(entry);
        self.flush()
    }

    /// The undo list: the last rows of `kiosk` still counted, newest first; `None` when
    /// the log cannot be read. A row whose undo waits in memory is already left out.
    pub fn recent(&mut self, kiosk: &str) -> Option<Vec<Logged>> {
        self.flush();
        let store = self.store.as_ref()?;
        match store.recent(kiosk, RECENT_ROWS) {
            Ok(rows) => Some(
                rows.into_iter()
                    .filter(|row| !self.pending.iter().any(|p| cancels(p, &row.id)))
                    .collect(),
            ),
            Err(e) => {
                self.last_error = Some(e.to_string());
                self.store = None;
                None
            }
        }
    }

    /// The counts of a report, exactly as `digipunt report` computes them; `None` when the
    /// log cannot be read. Rows waiting in memory are written first, if they can be.
    pub fn report(&mut self, request: &Request) -> Option<Report> {
        self.flush();
        let store = self.store.as_ref()?;
        match Report::compute(store.connection(), request) {
            Ok(report) => Some(report),
            Err(e) => {
                self.last_error = Some(e.to_string());
                if matches!(e, CountError::Database(_)) {
                    // As for the undo list: a connection that failed may be stale.
                    self.store = None;
                }
                None
            }
        }
    }

    /// Carries out an effect on the log and returns what the core must hear back; an
    /// effect that is not the log's asks nothing of it.
    pub fn carry_out(&mut self, effect: Effect, kiosk: &str) -> Vec<Action> {
        match effect {
            Effect::Record(interaction) => {
                self.record(interaction);
            }
            Effect::RecordGroupSession(session) => {
                self.record_group_session(session);
            }
            Effect::Undo(logged) => {
                self.undo(&logged);
            }
            Effect::LoadRecent => {
                let rows = self.recent(kiosk);
                return vec![Action::Recent(rows), Action::Store(self.health())];
            }
            Effect::LoadReport(request) => {
                let report = self.report(&request).map(Box::new);
                return vec![Action::Report(report), Action::Store(self.health())];
            }
            _ => return Vec::new(),
        }
        vec![Action::Store(self.health())]
    }

    pub fn flush(&mut self) -> usize {
        self.held = false;
        self.connect();
        if let Some(store) = self.store.as_mut() {
            while let Some(next) = self.pending.first() {
                let written = match next {
                    Entry::Help(interaction) => store.record(interaction),
                    Entry::Group(session) => store.record_group_session(session),
                };
                match written {
                    Ok(id) => {
                        self.pending.remove(0);
                        self.last_error = None;
                        self.last_written = Some(id);
                    }
                    Err(e) => {
                        self.last_error = Some(e.to_string());
                        // A connection that failed may be stale (file deleted, disk swapped).
                        self.store = None;
                        break;
                    }
                }
            }
        }
        self.schedule_retry();
        self.pending.len()
    }

    /// Tries again while rows wait, or while the log cannot be opened (so the helper's
    /// warning goes once it can, even before the next row).
    fn schedule_retry(&mut self) {
        if self.pending.is_empty() && self.store.is_some() {
            self.retry_at = None;
            self.retry_pause = RETRY_FIRST;
        } else {
            self.retry_at = Some(Instant::now() + self.retry_pause);
            self.retry_pause = (self.retry_pause * 2).min(RETRY_MAX);
        }
    }

    /// When the log should be tried again (`flush`); never while it works and nothing
    /// waits. The kiosk loop wakes for it, so rows reach the log once it works again even
    /// when no new help ends.
    pub fn retry_at(&self) -> Option<Instant> {
        self.retry_at
    }

    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// The id of the last row written (random, as stored).
    pub fn last_written(&self) -> Option<&str> {
        self.last_written.as_deref()
    }

    /// What the helper must know: whether the log can be written, and what waits.
    pub fn health(&self) -> StoreHealth {
        StoreHealth {
            writable: self.store.is_some(),
            unsaved: self.pending.len(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn last_error(&self) -> Option<&str> {
        self.last_error.as_deref()
    }
}

/// Which file `path` names now, as (device, inode).
fn file_id(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

fn cancels(entry: &Entry, id: &str) -> bool {
    let correction = match entry {
        Entry::Help(interaction) => &interaction.correction_of,
        Entry::Group(session) => &session.correction_of,
    };
    correction.as_deref() == Some(id)
}

impl Drop for Recorder {
    /// Even when the program unwinds from a panic, what waits gets one more try.
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            self.flush();
        }
    }
}

//! Writes finished interactions to the log. When the database cannot be written (read-only,
//! locked, disk full, gone) the rows wait in memory and are retried with the next one, so
//! guidance never stops and nothing is lost while the program runs.

use std::path::{Path, PathBuf};

use crate::app::StoreHealth;
use crate::interaction::Interaction;
use crate::store::Store;

pub struct Recorder {
    path: PathBuf,
    store: Option<Store>,
    pending: Vec<Interaction>,
    last_error: Option<String>,
}

impl Recorder {
    /// A recorder for `path` that opens the database on first use or on `connect`.
    pub fn new(path: &Path) -> Recorder {
        Recorder {
            path: path.to_owned(),
            store: None,
            pending: Vec::new(),
            last_error: None,
        }
    }

    pub fn open(path: &Path) -> Recorder {
        let mut recorder = Recorder::new(path);
        recorder.connect();
        recorder
    }

    pub fn connect(&mut self) {
        if self.store.is_none() {
            match Store::open(&self.path) {
                Ok(store) => self.store = Some(store),
                Err(e) => self.last_error = Some(e.to_string()),
            }
        }
    }

    /// Queues the row and tries to write everything waiting; returns how many still wait.
    pub fn record(&mut self, interaction: Interaction) -> usize {
        self.pending.push(interaction);
        self.flush()
    }

    pub fn flush(&mut self) -> usize {
        self.connect();
        if let Some(store) = self.store.as_mut() {
            while let Some(next) = self.pending.first() {
                match store.record(next) {
                    Ok(_) => {
                        self.pending.remove(0);
                        self.last_error = None;
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
        self.pending.len()
    }

    pub fn pending(&self) -> usize {
        self.pending.len()
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

impl Drop for Recorder {
    /// Even when the program unwinds from a panic, what waits gets one more try.
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            self.flush();
        }
    }
}

//! `digipunt merge FILE...`: loads anonymous-rows files of other kiosks into one log. Each
//! file goes in whole, in one transaction, or not at all: every line is checked, and a
//! row whose id is present must be identical, so the same file twice adds nothing.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::progress::Progress;
use super::{database, settings};
use crate::cli::{Common, MergeArgs};
use crate::store::Store;
use crate::store::rows::format::{self, Header};
use crate::store::rows::{Appended, Appender, Row};

/// Problems printed per file; the rest are counted.
const SHOWN_PROBLEMS: u64 = 20;

pub fn merge(common: &Common, args: &MergeArgs) -> Result<ExitCode> {
    let config = settings(common)?;
    let path = database(&config);
    let store =
        Store::open(&path).with_context(|| format!("cannot open the log {}", path.display()))?;
    let connection = store.connection();
    // Random ids land all over the id index: up to 256 MB of page cache instead of 2
    // merged 3.3 million rows in four fifths of the time (BENCHMARKS.md). It is taken
    // only as a big file needs it.
    connection.pragma_update(None, "cache_size", -262_144)?;
    let mut refused = 0;
    for file in &args.files {
        let name = file.display().to_string();
        let outcome = merge_file(connection, file, &name)
            .with_context(|| format!("cannot write the log {}", path.display()))?;
        for (line, problem) in &outcome.problems {
            match line {
                0 => eprintln!("{name}: {problem}"),
                line => eprintln!("{name}:{line}: {problem}"),
            }
        }
        if outcome.problem_count > SHOWN_PROBLEMS {
            eprintln!(
                "{name}: and {} more problems",
                outcome.problem_count - SHOWN_PROBLEMS
            );
        }
        if outcome.problem_count == 0 {
            println!(
                "{name}: {} added, {} already present, 0 rejected",
                outcome.added, outcome.present
            );
        } else if outcome.rows == 0 {
            refused += 1;
            println!("{name}: refused, nothing added");
        } else {
            refused += 1;
            println!(
                "{name}: refused, nothing added ({} of {} rows rejected)",
                outcome.rejected, outcome.rows
            );
        }
    }
    // One big transaction grew the write-ahead log to its size; give the space back.
    connection.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(if refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[derive(Default)]
struct Outcome {
    rows: u64,
    added: u64,
    present: u64,
    rejected: u64,
    /// Line number (0 for the file as a whole) and what is wrong there, the first few;
    /// any problem refuses the whole file.
    problems: Vec<(u64, String)>,
    problem_count: u64,
}

impl Outcome {
    fn refuse(line: u64, problem: String) -> Outcome {
        let mut outcome = Outcome::default();
        outcome.problem(line, problem);
        outcome
    }

    fn problem(&mut self, line: u64, problem: String) {
        // A wrong file may have millions of bad lines: keep only what is shown.
        if self.problem_count < SHOWN_PROBLEMS {
            self.problems.push((line, problem));
        }
        self.problem_count += 1;
    }
}

/// Reads and appends one file in one transaction, rolled back on any problem. An error
/// is the database's own; problems with the file are in the outcome.
fn merge_file(connection: &Connection, path: &Path, name: &str) -> rusqlite::Result<Outcome> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return Ok(Outcome::refuse(0, format!("cannot read: {e}"))),
    };
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut line = Vec::new();
    let header = match reader.read_until(b'\n', &mut line) {
        Ok(0) => return Ok(Outcome::refuse(1, "empty file: no header".into())),
        Ok(_) => match format::read_header(trim(&line)) {
            Ok(header) => header,
            Err(e) => return Ok(Outcome::refuse(1, e.to_string())),
        },
        Err(e) => return Ok(Outcome::refuse(1, format!("cannot read: {e}"))),
    };
    let mut progress = Progress::new(
        format!("merging {name}"),
        header.interaction_rows + header.group_session_rows,
    );
    // IMMEDIATE: take the write lock now, not halfway through the file.
    let transaction = Transaction::new_unchecked(connection, TransactionBehavior::Immediate)?;
    let mut appender = Appender::new(&transaction)?;
    let mut outcome = Outcome::default();
    let (mut interactions, mut group_sessions) = (0u64, 0u64);
    let mut number = 1;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                outcome.problem(number + 1, format!("cannot read: {e}"));
                break;
            }
        }
        number += 1;
        outcome.rows += 1;
        progress.add(1);
        let problem = match format::read_row(trim(&line)) {
            Err(problem) => Some(problem),
            Ok(row) => {
                match &row {
                    Row::Interaction(..) => interactions += 1,
                    Row::GroupSession(..) => group_sessions += 1,
                }
                match outside(&header, &row) {
                    Some(problem) => Some(problem),
                    None => match appender.append(&row)? {
                        Appended::Added => {
                            outcome.added += 1;
                            None
                        }
                        Appended::AlreadyPresent => {
                            outcome.present += 1;
                            None
                        }
                        Appended::Differs(stored) => Some(format!(
                            "id {} is already present with a different \"{}\"",
                            row.id(),
                            format::differing_field(&row, &stored).unwrap_or_default()
                        )),
                    },
                }
            }
        };
        if let Some(problem) = problem {
            outcome.rejected += 1;
            outcome.problem(number, problem);
        }
    }
    if (interactions, group_sessions) != (header.interaction_rows, header.group_session_rows)
        && outcome.problem_count == 0
    {
        outcome.problem(
            0,
            format!(
                "the header announces {} interactions and {} group sessions, the file holds {interactions} and {group_sessions}: it is incomplete or was changed",
                header.interaction_rows, header.group_session_rows
            ),
        );
    }
    drop(appender);
    if outcome.problem_count == 0 {
        // Rows of months this log keeps only as monthly counts join those counts.
        if let Some(before) = crate::store::folded_before(&transaction)? {
            crate::store::fold(&transaction, before)?;
        }
        transaction.commit()?;
    } else {
        transaction.rollback()?;
        outcome.added = 0;
        outcome.present = 0;
    }
    // The line stays while a big commit writes, then makes way for the report.
    progress.finish();
    Ok(outcome)
}

/// A row dated outside the period its header states.
fn outside(header: &Header, row: &Row) -> Option<String> {
    let (from, to) = header.period?;
    let day = match row {
        Row::Interaction(_, i) => i.day,
        Row::GroupSession(_, g) => g.day,
    };
    (day < from || day > to)
        .then(|| format!("\"day\" {day} is outside the file's period, {from} to {to}"))
}

fn trim(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

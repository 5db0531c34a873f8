//! `digipunt prune`, and the same retention applied by the kiosk itself at start.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::{Local, NaiveDate};

use super::{database, settings};
use crate::cli::{Common, PruneArgs};
use crate::store::{Folded, Store, cutoff};

pub fn prune(common: &Common, args: &PruneArgs) -> Result<ExitCode> {
    let config = settings(common)?;
    let months = args.older_than.unwrap_or(config.retention_months);
    if months == 0 {
        bail!("--older-than must be at least 1 month");
    }
    let path = database(&config);
    if !path.exists() {
        bail!("no log at {}", path.display());
    }
    let today = Local::now().date_naive();
    let folded = fold(&path, cutoff(today, months))
        .with_context(|| format!("cannot prune {}", path.display()))?;
    println!(
        "Kept as rows: everything from {} on (untouched).",
        folded.before.map_or_else(String::new, |d| d.to_string())
    );
    println!(
        "Folded into monthly counts: {} interactions and {} group sessions.",
        folded.interactions, folded.group_sessions
    );
    println!("Deleted rows (undone ones included): {}.", folded.deleted);
    Ok(ExitCode::SUCCESS)
}

fn fold(path: &std::path::Path, before: NaiveDate) -> rusqlite::Result<Folded> {
    Store::open(path)?.fold_before(before)
}

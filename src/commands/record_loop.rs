//! `digipunt record-loop`, hidden and only in debug builds: the writer the kill -9 harness
//! (`tests/crash.rs`, `benches/crash.py`) kills at random moments. It writes numbered test
//! rows through the kiosk's own `Recorder` and `Store` and prints `recorded <n> <id>` only
//! once the row's commit has returned, so every line printed before the kill names a row
//! that must be in the log, exactly once. The number is kept in `steps_done` (a count, like
//! every other column: nothing personal is needed to tell the rows apart).

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::Local;

use crate::cli::{Common, RecordLoopArgs};
use crate::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Mode, Outcome};
use crate::kiosk::Recorder;
use crate::store::Store;

/// The location code of every test row; a log with any other row is refused.
const KIOSK: &str = "crash-test";

pub fn record_loop(common: &Common, args: &RecordLoopArgs) -> Result<ExitCode> {
    let Some(path) = &common.db else {
        bail!("record-loop writes test rows: give it a --db of its own");
    };
    // Numbering goes on after the last row of an earlier run, printed or not.
    let next: u32 = {
        let store = Store::open(path)?;
        let others: i64 = store.connection().query_row(
            "SELECT count(*) FROM interaction WHERE kiosk <> ?1",
            [KIOSK],
            |r| r.get(0),
        )?;
        if others > 0 {
            bail!(
                "{} holds real rows; record-loop only writes to a test log",
                path.display()
            );
        }
        store.connection().query_row(
            "SELECT coalesce(max(steps_done) + 1, 0) FROM interaction",
            [],
            |r| r.get(0),
        )?
    };
    let mut recorder = Recorder::open(path);
    let mut out = std::io::stdout().lock();
    let last = args.rows.map_or(u32::MAX, |rows| next.saturating_add(rows));
    for n in next..last {
        if recorder.record(row(n)) > 0 {
            bail!(
                "row {n} could not be written: {}",
                recorder.last_error().unwrap_or("unknown error")
            );
        }
        writeln!(
            out,
            "recorded {n} {}",
            recorder.last_written().unwrap_or("-")
        )?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn row(n: u32) -> Interaction {
    Interaction {
        kiosk: KIOSK.to_owned(),
        day: Local::now().date_naive(),
        daypart: Daypart::Morning,
        minutes: 0,
        mode: Mode::Assisted,
        language: "nl".to_owned(),
        task: "crash-test".to_owned(),
        category: "test".to_owned(),
        content_version: 1,
        steps_done: n,
        steps_total: n,
        outcome: Outcome::Done,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Unknown,
        channel: Channel::Desk,
        correction_of: None,
    }
}

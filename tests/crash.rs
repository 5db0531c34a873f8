//! kill -9: a process writing rows through the kiosk's own recorder and store is killed at
//! random moments, again and again on the same log; after the kills the log must pass
//! `PRAGMA integrity_check` and hold every row reported as written, exactly once.
//! `benches/crash.py` does the same a thousand times and more.
//!
//! The writer is `digipunt record-loop`, which exists only in debug builds.

#![cfg(debug_assertions)]

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Kills in the test suite; each lands somewhere between the start of the process (opening
/// and migrating the log, replaying a killed writer's WAL) and a few dozen commits later.
const KILLS: u32 = 200;
const MAX_DELAY_MS: u64 = 30;

/// A small random generator (xorshift): enough to spread the kills, and the seed is printed
/// so that a failing run can be repeated with `CRASH_SEED`.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// What the log holds, checked against what the writers reported.
#[derive(Debug, Default, PartialEq)]
struct Check {
    integrity: String,
    /// Reported as written, but not in the log (or with another id).
    lost: Vec<u32>,
    /// Numbers that are in the log more than once.
    duplicated: Vec<u32>,
    /// Numbers missing below the highest one: a committed row that disappeared.
    gaps: Vec<u32>,
}

fn check(database: &Path, reported: &BTreeMap<u32, String>) -> (Check, usize) {
    let connection = rusqlite::Connection::open(database).unwrap();
    let integrity: String = connection
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut statement = connection
        .prepare("SELECT steps_done, id FROM interaction")
        .unwrap();
    for row in statement
        .query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
    {
        let (n, id) = row.unwrap();
        rows.entry(n).or_default().push(id);
    }
    let lost = reported
        .iter()
        .filter(|(n, id)| rows.get(n) != Some(&vec![(*id).clone()]))
        .map(|(n, _)| *n)
        .collect();
    let duplicated = rows
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(n, _)| *n)
        .collect();
    let highest = rows.keys().next_back().copied();
    let gaps = highest.map_or_else(Vec::new, |top| {
        (0..top).filter(|n| !rows.contains_key(n)).collect()
    });
    let total = rows.values().map(Vec::len).sum();
    (
        Check {
            integrity,
            lost,
            duplicated,
            gaps,
        },
        total,
    )
}

#[test]
fn killed_at_random_moments_the_log_keeps_every_reported_row_once_and_stays_intact() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    println!("CRASH_SEED={seed}");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("log").join("digipunt.sqlite");
    let mut reported = BTreeMap::new();
    let ok = Check {
        integrity: "ok".to_owned(),
        ..Check::default()
    };
    for kill in 1..=KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_digipunt"))
            .args(["record-loop", "--db", database.to_str().unwrap()])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let (first_line, started) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            let mut byte = [0u8; 1];
            while let Ok(1) = stdout.read(&mut byte) {
                text.push(char::from(byte[0]));
                if byte[0] == b'\n' {
                    let _ = first_line.send(());
                }
            }
            text
        });
        // Every other kill lands while the writer opens, migrates and recovers the log;
        // the others once it writes, so that rows are written however busy the machine.
        if kill % 2 == 0 {
            let _ = started.recv_timeout(Duration::from_secs(10));
        }
        std::thread::sleep(Duration::from_micros(random.next() % (MAX_DELAY_MS * 1000)));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!(
            status.signal(),
            Some(9),
            "kill {kill}: the writer ended by itself ({status:?}): {stderr}"
        );
        // Only whole lines count: the kill may cut the last one short.
        let text = reader.join().unwrap();
        for line in text.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
            let mut words = line.split_whitespace();
            assert_eq!(words.next(), Some("recorded"), "{line:?}");
            let n: u32 = words.next().unwrap().parse().unwrap();
            let id = words.next().unwrap().to_owned();
            assert!(reported.insert(n, id).is_none(), "{n} reported twice");
        }
        // Checking opens the log, which replays a killed writer's WAL; most rounds leave
        // that to the next writer, so the kiosk's own code does the recovery.
        if kill % 20 == 0 {
            assert_eq!(check(&database, &reported).0, ok, "after kill {kill}");
        }
    }
    let (result, rows) = check(&database, &reported);
    assert_eq!(result, ok);
    println!(
        "{KILLS} kills: {} rows reported, {rows} in the log, 0 lost, 0 duplicated",
        reported.len()
    );
    assert!(
        reported.len() > usize::try_from(KILLS).unwrap(),
        "too few rows were written to tell anything: {}",
        reported.len()
    );
}

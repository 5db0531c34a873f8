//! Retention: old rows become monthly counts, every number stays the same, newer rows are
//! never touched.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use digipunt::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, GroupSession, Interaction, Mode, Outcome,
};
use digipunt::stats::{Dimension, count_by, sessions};
use digipunt::store::Store;
use rusqlite::Connection;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn help(on: &str, task: &str, language: &str) -> Interaction {
    Interaction {
        kiosk: "leuven-bib-1".into(),
        day: day(on),
        daypart: Daypart::Morning,
        minutes: 20,
        mode: Mode::Assisted,
        language: language.into(),
        task: task.into(),
        category: "money".into(),
        content_version: 2,
        steps_done: 4,
        steps_total: 8,
        outcome: Outcome::Done,
        referral: None,
        problems: vec!["forgot-pin".into()],
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Yes,
        channel: Channel::Desk,
        correction_of: None,
    }
}

/// Two years of help, with an undone row from long ago whose undo came this year.
fn crafted(path: &Path) {
    let mut store = Store::open(path).unwrap();
    for (on, task, language, times) in [
        ("2024-08-05", "tax-on-web", "nl", 7),
        ("2024-08-20", "tax-on-web", "ar", 2),
        ("2025-09-30", "vdab-jobs", "fr", 6),
        ("2025-10-01", "vdab-jobs", "fr", 3),
        ("2026-11-02", "itsme", "uk", 9),
    ] {
        for _ in 0..times {
            store.record(&help(on, task, language)).unwrap();
        }
    }
    let old = store.record(&help("2025-09-12", "itsme", "nl")).unwrap();
    let mut undo = help("2025-09-12", "itsme", "nl");
    undo.correction_of = Some(old);
    undo.day = day("2026-01-10");
    store.record(&undo).unwrap();
    let mut referred = help("2025-09-03", "tax-on-web", "nl");
    referred.outcome = Outcome::Referred;
    referred.referral = Some("fod-financien".into());
    referred.problems = Vec::new();
    store.record(&referred).unwrap();
    let workshop = GroupSession {
        kiosk: "leuven-bib-1".into(),
        day: day("2025-03-14"),
        daypart: Daypart::Afternoon,
        topic: "safety".into(),
        language: "nl".into(),
        attendees: 11,
        minutes: 120,
        correction_of: None,
    };
    store.record_group_session(&workshop).unwrap();
    store.record_group_session(&workshop).unwrap();
}

fn counts(path: &Path, from: &str, to: &str, by: &[Dimension]) -> Vec<(Vec<String>, u64)> {
    let store = Store::open_read_only(path).unwrap();
    count_by(store.connection(), day(from), day(to), by)
        .unwrap()
        .into_iter()
        .map(|g| (g.values, g.count))
        .collect()
}

/// Every row kept from `from` on, as text, in a stable order.
fn rows_from(path: &Path, from: &str) -> Vec<String> {
    let connection = Connection::open(path).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT id || kiosk || day || daypart || minutes || task || coalesce(correction_of, '')
             FROM interaction WHERE day >= ?1 ORDER BY id",
        )
        .unwrap();
    statement
        .query_map([from], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

const EVERY_WAY: [&[Dimension]; 6] = [
    &[],
    &[Dimension::Task, Dimension::Language, Dimension::Month],
    &[Dimension::Problem],
    &[Dimension::Referral, Dimension::Outcome],
    &[Dimension::Kiosk, Dimension::Category, Dimension::FirstVisit],
    &[Dimension::Daypart, Dimension::Mode, Dimension::Channel],
];

#[test]
fn folding_keeps_every_number_and_every_newer_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let before: Vec<_> = EVERY_WAY
        .iter()
        .map(|by| counts(&path, "2024-01-01", "2026-11-30", by))
        .collect();
    let kept = rows_from(&path, "2025-10-01");
    let folded = Store::open(&path)
        .unwrap()
        .fold_before(day("2025-10-01"))
        .unwrap();
    assert_eq!(
        folded.interactions,
        7 + 2 + 6 + 1,
        "the undone pair is not counted"
    );
    assert_eq!(folded.group_sessions, 2);
    assert_eq!(
        folded.deleted,
        7 + 2 + 6 + 1 + 1 + 1 + 2,
        "the undo of 2026 went too"
    );
    let after: Vec<_> = EVERY_WAY
        .iter()
        .map(|by| counts(&path, "2024-01-01", "2026-11-30", by))
        .collect();
    assert_eq!(before, after);
    let mut kept_after = rows_from(&path, "2025-10-01");
    // Only the undo whose row was folded is gone from the kept rows.
    assert_eq!(kept.len(), kept_after.len() + 1);
    kept_after.retain(|row| kept.contains(row));
    assert_eq!(kept_after.len(), kept.len() - 1);
    let store = Store::open_read_only(&path).unwrap();
    let workshops = sessions(store.connection(), day("2025-01-01"), day("2025-12-31")).unwrap();
    assert_eq!((workshops.sessions, workshops.attendees), (2, 22));
    // Nothing old is left as a row.
    let old: i64 = store
        .connection()
        .query_row(
            "SELECT (SELECT count(*) FROM interaction WHERE day < '2025-10-01')
                  + (SELECT count(*) FROM group_session WHERE day < '2025-10-01')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old, 0);
}

#[test]
fn folding_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let mut store = Store::open(&path).unwrap();
    store.fold_before(day("2025-10-01")).unwrap();
    let once = counts(&path, "2024-01-01", "2026-11-30", EVERY_WAY[1]);
    let again = store.fold_before(day("2025-10-01")).unwrap();
    assert_eq!((again.interactions, again.deleted), (0, 0));
    assert_eq!(
        counts(&path, "2024-01-01", "2026-11-30", EVERY_WAY[1]),
        once
    );
    // Folding less than before never moves the kept boundary back.
    store.fold_before(day("2025-01-01")).unwrap();
    assert_eq!(store.folded_before().unwrap(), Some(day("2025-10-01")));
}

#[test]
fn folded_months_are_asked_whole_and_never_by_week() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    Store::open(&path)
        .unwrap()
        .fold_before(day("2025-10-01"))
        .unwrap();
    let store = Store::open_read_only(&path).unwrap();
    let ask = |from: &str, to: &str, by: &[Dimension]| {
        count_by(store.connection(), day(from), day(to), by).map(|_| ())
    };
    assert!(ask("2025-09-01", "2025-09-30", &[]).is_ok());
    assert!(
        ask("2025-09-01", "2026-11-15", &[]).is_ok(),
        "kept rows may be cut"
    );
    assert!(ask("2025-10-01", "2025-10-31", &[Dimension::Week]).is_ok());
    let half = ask("2025-09-15", "2025-12-31", &[])
        .unwrap_err()
        .to_string();
    assert!(
        half.contains("before 2025-10-01") && half.contains("first day of a month"),
        "{half}"
    );
    assert!(ask("2025-08-01", "2025-09-20", &[]).is_err());
    let weeks = ask("2025-09-01", "2025-10-31", &[Dimension::Week]).unwrap_err();
    assert!(weeks.to_string().contains("by month, not by week"));
}

#[test]
fn the_command_prunes_and_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let output = Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(["prune", "--older-than", "13", "--db"])
        .arg(&path)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    // Run on any day: the boundary is 13 months before the current month.
    assert!(text.contains("Folded into monthly counts:"), "{text}");
    assert!(text.contains("(untouched)"), "{text}");
    let store = Store::open_read_only(&path).unwrap();
    assert!(store.folded_before().unwrap().is_some());
    let exported = Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args([
            "export",
            "--from",
            "2024-08-01",
            "--to",
            "2024-08-31",
            "--by",
            "language",
            "--db",
        ])
        .arg(&path)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(exported.stdout).unwrap(),
        "\u{feff}language;count\r\nar;<5\r\nnl;x\r\ntotal;9\r\n"
    );
}

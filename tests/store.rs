//! The anonymous log on disk: what a flow writes, that it survives reopening, and how the
//! schema is migrated.

mod support;

use digipunt::app::{Action, Effect};
use digipunt::store::{SCHEMA_VERSION, Store};
use rusqlite::Connection;
use support::*;

fn finished_interaction() -> digipunt::interaction::Interaction {
    let mut app = app();
    run(&mut app, &[Action::Choose(1), Action::Choose(0)]); // French, with a helper
    pick_topic(&mut app, "tax-on-web");
    run(
        &mut app,
        &[
            Action::MoveSelection(99),
            Action::Activate,
            Action::Choose(0),
            Action::Choose(0),
        ],
    );
    let forgot_pin = problem_of(&app, "forgot-pin");
    run(
        &mut app,
        &[
            Action::Choose(1),
            Action::Choose(forgot_pin),
            Action::Choose(0),
            Action::Choose(1),
        ],
    );
    // A long pause, but shorter than the idle time: the help is still going on.
    app.settings.idle_after = std::time::Duration::from_secs(3600);
    assert!(after(&mut app, 700, Action::Choose(2)).is_empty());
    // "First time this year?": the helper does not know.
    let effects = run(&mut app, &[Action::Choose(2)]);
    match effects.as_slice() {
        [Effect::Record(interaction)] => interaction.clone(),
        other => panic!("expected one record, got {other:?}"),
    }
}

#[test]
fn the_row_written_matches_the_flow_and_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log").join("digipunt.sqlite");
    let interaction = finished_interaction();
    let id = {
        let mut store = Store::open(&path).unwrap();
        store.record(&interaction).unwrap()
    };
    assert_eq!(id.len(), 32);
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()));

    let connection = Connection::open(&path).unwrap();
    let row: Vec<String> = connection
        .query_row(
            "SELECT id, kiosk, day, daypart, minutes, mode, language, task, content_version,
                    steps_done, steps_total, outcome, coalesce(referral, '-'), problems, age_band,
                    first_visit, channel, coalesce(correction_of, '-')
             FROM interaction",
            [],
            |row| {
                (0..18)
                    .map(|i| {
                        row.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect()
            },
        )
        .unwrap();
    let expected = [
        format!("Text(\"{id}\")"),
        "Text(\"test-kiosk\")".into(),
        "Text(\"2026-11-23\")".into(),
        "Text(\"morning\")".into(),
        "Integer(15)".into(),
        "Text(\"assisted\")".into(),
        "Text(\"fr\")".into(),
        "Text(\"tax-on-web\")".into(),
        "Integer(1)".into(),
        "Integer(2)".into(),
        "Integer(11)".into(),
        "Text(\"referred\")".into(),
        "Text(\"municipality\")".into(),
        "Text(\"forgot-pin\")".into(),
        "Text(\"unknown\")".into(),
        "Text(\"unknown\")".into(),
        "Text(\"desk\")".into(),
        "Text(\"-\")".into(),
    ];
    assert_eq!(row, expected);
    let journal: String = connection
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    let count: i64 = connection
        .query_row("SELECT count(*) FROM interaction", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn the_table_has_exactly_the_designed_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    drop(Store::open(&path).unwrap());
    let connection = Connection::open(&path).unwrap();
    let mut statement = connection
        .prepare("SELECT name FROM pragma_table_info('interaction') ORDER BY cid")
        .unwrap();
    let columns: Vec<String> = statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        columns,
        [
            "id",
            "kiosk",
            "day",
            "daypart",
            "minutes",
            "mode",
            "language",
            "task",
            "content_version",
            "steps_done",
            "steps_total",
            "outcome",
            "referral",
            "problems",
            "age_band",
            "first_visit",
            "channel",
            "correction_of",
            // The checklist's topic group, a code from assets/categories.toml.
            "category"
        ]
    );
}

#[test]
fn migrations_run_on_an_empty_file_and_on_an_already_migrated_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.sqlite");
    std::fs::write(&path, b"").unwrap();
    let version = |path: &std::path::Path| -> i64 {
        Connection::open(path)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&path), 0);
    Store::open(&path)
        .unwrap()
        .record(&finished_interaction())
        .unwrap();
    assert_eq!(version(&path), SCHEMA_VERSION);
    // Opening again migrates nothing and keeps the row.
    let store = Store::open(&path).unwrap();
    assert_eq!(version(&path), SCHEMA_VERSION);
    let rows: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM interaction", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1);
}

#[test]
fn the_database_refuses_what_the_design_never_stores() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.sqlite");
    let store = Store::open(&path).unwrap();
    // An exact time instead of a day, or a free-text outcome, is rejected by the schema.
    let bad_day = store.connection().execute(
        "INSERT INTO interaction (id, kiosk, day, daypart, minutes, mode, language, task, content_version, steps_done, steps_total, outcome)
         VALUES ('00000000000000000000000000000000', 'k', '2026-11-23 10:32', 'morning', 5, 'assisted', 'nl', 't', 1, 0, 1, 'done')",
        [],
    );
    assert!(bad_day.is_err());
    let bad_minutes = store.connection().execute(
        "INSERT INTO interaction (id, kiosk, day, daypart, minutes, mode, language, task, content_version, steps_done, steps_total, outcome)
         VALUES ('00000000000000000000000000000001', 'k', '2026-11-23', 'morning', 7, 'assisted', 'nl', 't', 1, 0, 1, 'done')",
        [],
    );
    assert!(bad_minutes.is_err());
}

#[test]
fn an_unwritable_database_keeps_rows_in_memory_until_it_works() {
    let dir = tempfile::tempdir().unwrap();
    // A path whose parent is a file can never be created.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let path = blocker.join("d.sqlite");
    let mut recorder = digipunt::kiosk::Recorder::open(&path);
    assert_eq!(recorder.record(finished_interaction()), 1);
    assert_eq!(recorder.record(finished_interaction()), 2);
    assert!(recorder.last_error().is_some());
    // The disk comes back: everything waiting is written with the next attempt.
    std::fs::remove_file(&blocker).unwrap();
    assert_eq!(recorder.flush(), 0);
    let count: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM interaction", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 2);
}

fn help(task: &str) -> digipunt::interaction::Interaction {
    use digipunt::interaction::*;
    Interaction {
        kiosk: "k".to_owned(),
        day: today(),
        daypart: Daypart::Afternoon,
        minutes: 0,
        mode: Mode::Assisted,
        language: "nl".to_owned(),
        task: task.to_owned(),
        category: "money".to_owned(),
        content_version: 1,
        steps_done: 0,
        steps_total: 0,
        outcome: Outcome::Done,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::No,
        channel: Channel::Phone,
        correction_of: None,
    }
}

/// Every row of both tables in the order written (they share one rowid sequence).
fn written(path: &std::path::Path) -> Vec<String> {
    let connection = Connection::open(path).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT kind || ' ' || what || coalesce(' undoes ' || c, '') FROM (
                SELECT rowid AS r, 'help' AS kind, task AS what, correction_of AS c FROM interaction
                UNION ALL
                SELECT rowid, 'group', topic, correction_of FROM group_session)
             ORDER BY r",
        )
        .unwrap();
    statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn help_group_sessions_and_undos_wait_in_one_queue_and_arrive_in_order_once() {
    use digipunt::interaction::{Daypart, Entry, GroupSession, Logged};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("log");
    let path = folder.join("d.sqlite");
    // A row already written, which an undo will cancel.
    let original = {
        let mut store = Store::open(&path).unwrap();
        let id = store.record(&help("tax-on-web")).unwrap();
        Logged {
            id,
            entry: Entry::Help(help("tax-on-web")),
        }
    };
    // The log's disk goes away: its folder is gone and cannot be made again.
    let away = dir.path().join("away");
    std::fs::rename(&folder, &away).unwrap();
    std::fs::write(&folder, b"x").unwrap();

    let mut recorder = digipunt::kiosk::Recorder::open(&path);
    let group = GroupSession {
        kiosk: "k".to_owned(),
        day: today(),
        daypart: Daypart::Evening,
        topic: "safety".to_owned(),
        language: "fr".to_owned(),
        attendees: 9,
        minutes: 120,
        correction_of: None,
    };
    assert_eq!(recorder.record(help("vdab-jobs")), 1);
    assert_eq!(recorder.record_group_session(group), 2);
    assert_eq!(recorder.undo(&original), 3);
    assert_eq!(recorder.record(help("itsme")), 4);
    assert_eq!(recorder.flush(), 4, "still nowhere to write");
    assert_eq!(recorder.recent("k"), None, "and nothing to read");
    let health = recorder.health();
    assert!(!health.writable && health.unsaved == 4);

    // The disk comes back: everything waiting arrives in the order it came, once.
    std::fs::remove_file(&folder).unwrap();
    std::fs::rename(&away, &folder).unwrap();
    assert_eq!(recorder.flush(), 0);
    assert_eq!(recorder.flush(), 0);
    assert_eq!(
        written(&path),
        [
            "help tax-on-web".to_owned(),
            "help vdab-jobs".to_owned(),
            "group safety".to_owned(),
            format!("help tax-on-web undoes {}", original.id),
            "help itsme".to_owned(),
        ]
    );
    // The undo list, newest first, no longer offers what was undone.
    let recent: Vec<String> = recorder
        .recent("k")
        .unwrap()
        .into_iter()
        .map(|row| match row.entry {
            Entry::Help(help) => help.task,
            Entry::Group(group) => group.topic,
        })
        .collect();
    assert_eq!(recent, ["itsme", "safety", "vdab-jobs"]);
}

#[test]
fn the_kiosk_applies_retention_when_it_first_opens_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    let mut old = finished_interaction();
    old.day = chrono::NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
    let mut store = Store::open(&path).unwrap();
    store.record(&old).unwrap();
    store.record(&finished_interaction()).unwrap();
    drop(store);
    let keep_from = chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
    let mut recorder = digipunt::kiosk::Recorder::new(&path).with_retention(keep_from);
    recorder.connect();
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.folded_before().unwrap(), Some(keep_from));
    let rows: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM interaction", [], |r| r.get(0))
        .unwrap();
    let folded: i64 = store
        .connection()
        .query_row("SELECT sum(count) FROM monthly_interaction", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!((rows, folded), (1, 1));
}

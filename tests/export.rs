//! Coordinator export: grouping, period, small-count suppression and the exact bytes a
//! spreadsheet receives.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use digipunt::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Mode, Outcome};
use digipunt::stats::{Dimension, Export, Format, Table, count_by};
use digipunt::store::Store;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn interaction(on: &str, task: &str, language: &str, outcome: Outcome) -> Interaction {
    Interaction {
        kiosk: "gent-bib-2".into(),
        day: day(on),
        daypart: Daypart::Afternoon,
        minutes: 15,
        mode: Mode::Assisted,
        language: language.into(),
        task: task.into(),
        category: "money".into(),
        content_version: 1,
        steps_done: 3,
        steps_total: 10,
        outcome,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Unknown,
        channel: Channel::Desk,
        correction_of: None,
    }
}

/// 12 Dutch tax returns done, 3 Arabic ones done, 6 VDAB in French partly; plus rows
/// outside November that a November export must not count.
fn crafted(path: &Path) {
    let mut store = Store::open(path).unwrap();
    for i in 0..12 {
        store
            .record(&interaction(
                &format!("2026-11-{:02}", i + 1),
                "tax-on-web",
                "nl",
                Outcome::Done,
            ))
            .unwrap();
    }
    for _ in 0..3 {
        store
            .record(&interaction(
                "2026-11-20",
                "tax-on-web",
                "ar",
                Outcome::Done,
            ))
            .unwrap();
    }
    for _ in 0..6 {
        store
            .record(&interaction(
                "2026-11-30",
                "vdab-jobs",
                "fr",
                Outcome::Partly,
            ))
            .unwrap();
    }
    store
        .record(&interaction(
            "2026-10-31",
            "tax-on-web",
            "nl",
            Outcome::Done,
        ))
        .unwrap();
    store
        .record(&interaction(
            "2026-12-01",
            "tax-on-web",
            "nl",
            Outcome::Done,
        ))
        .unwrap();
}

fn november(path: &Path, by: &[Dimension]) -> Vec<(Vec<String>, u64)> {
    let store = Store::open_read_only(path).unwrap();
    count_by(store.connection(), day("2026-11-01"), day("2026-11-30"), by)
        .unwrap()
        .into_iter()
        .map(|g| (g.values, g.count))
        .collect()
}

#[test]
fn counts_are_grouped_as_asked_within_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let by_task = november(&path, &[Dimension::Task]);
    assert_eq!(
        by_task,
        [
            (vec!["tax-on-web".to_string()], 15),
            (vec!["vdab-jobs".to_string()], 6)
        ]
    );
    let by_all = november(
        &path,
        &[Dimension::Task, Dimension::Language, Dimension::Outcome],
    );
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        by_all,
        [
            (strings(&["tax-on-web", "ar", "done"]), 3),
            (strings(&["tax-on-web", "nl", "done"]), 12),
            (strings(&["vdab-jobs", "fr", "partly"]), 6),
        ]
    );
    let total = november(&path, &[]);
    assert_eq!(total, [(Vec::<String>::new(), 21)]);
    let month = november(&path, &[Dimension::Month, Dimension::Kiosk]);
    assert_eq!(month, [(strings(&["2026-11", "gent-bib-2"]), 21)]);
}

fn export_bytes(path: &Path, by: &[Dimension], format: Format, threshold: u64) -> Vec<u8> {
    let store = Store::open_read_only(path).unwrap();
    let (from, to) = (day("2026-11-01"), day("2026-11-30"));
    let groups = count_by(store.connection(), from, to, by).unwrap();
    let table = Table::build(&groups, by.len(), threshold);
    let mut out = Vec::new();
    Export {
        from,
        to,
        by,
        threshold,
        table: &table,
    }
    .write(format, &mut out)
    .unwrap();
    out
}

#[test]
fn csv_has_a_bom_semicolons_a_header_totals_and_hides_small_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let bytes = export_bytes(
        &path,
        &[Dimension::Task, Dimension::Language],
        Format::Csv,
        5,
    );
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    // 3 Arabic returns are small; with the task total of 15 published, the 12 Dutch ones
    // would give them away, so they are hidden too.
    assert_eq!(
        text,
        "task;language;count\r\n\
         tax-on-web;ar;<5\r\n\
         tax-on-web;nl;x\r\n\
         tax-on-web;total;15\r\n\
         vdab-jobs;fr;6\r\n\
         vdab-jobs;total;6\r\n\
         total;;21\r\n"
    );
    assert!(
        !text.contains(";3\r\n") && !text.contains(";12\r\n"),
        "the small count never appears, nor what it could be worked out from"
    );
}

#[test]
fn the_threshold_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let text = String::from_utf8(export_bytes(
        &path,
        &[Dimension::Task, Dimension::Language],
        Format::Csv,
        10,
    ))
    .unwrap();
    // With 10, the VDAB total is small too: the tax total goes with it, or it could be
    // worked out from the grand total.
    assert_eq!(
        text,
        "\u{feff}task;language;count\r\n\
         tax-on-web;ar;<10\r\n\
         tax-on-web;nl;x\r\n\
         tax-on-web;total;x\r\n\
         vdab-jobs;fr;<10\r\n\
         vdab-jobs;total;<10\r\n\
         total;;21\r\n"
    );
}

#[test]
fn json_carries_the_period_and_suppression() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let bytes = export_bytes(&path, &[Dimension::Language], Format::Json, 5);
    let document: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(document["from"], "2026-11-01");
    assert_eq!(document["to"], "2026-11-30");
    assert_eq!(document["suppressed_below"], 5);
    assert_eq!(
        document["rows"][0],
        serde_json::json!({"language": "ar", "count": "<5"})
    );
    assert_eq!(
        document["rows"][1],
        serde_json::json!({"language": "fr", "count": "x"})
    );
    assert_eq!(
        document["rows"][2],
        serde_json::json!({"language": "nl", "count": 12})
    );
    assert_eq!(
        document["rows"][3],
        serde_json::json!({"total": true, "count": 21})
    );
    assert_eq!(document["hidden"], "x");
}

#[test]
fn an_undone_row_and_its_undo_are_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let mut store = Store::open(&path).unwrap();
    let wrong = store
        .record(&interaction(
            "2026-11-15",
            "vdab-jobs",
            "fr",
            Outcome::Partly,
        ))
        .unwrap();
    let mut undo = interaction("2026-11-15", "vdab-jobs", "fr", Outcome::Partly);
    undo.correction_of = Some(wrong);
    store.record(&undo).unwrap();
    assert_eq!(november(&path, &[Dimension::Task])[1].1, 6);
}

fn digipunt(args: &[&str]) -> std::process::Output {
    let config = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(args)
        .env("XDG_CONFIG_HOME", config.path())
        .env("HOME", config.path())
        .output()
        .unwrap()
}

/// `digipunt export` for November 2026 on `db`, with more arguments.
fn export_november(db: &str, more: &[&str]) -> std::process::Output {
    let mut args = vec![
        "export",
        "--db",
        db,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    ];
    args.extend_from_slice(more);
    digipunt(&args)
}

#[test]
fn the_command_writes_the_file_a_spreadsheet_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let out = dir.path().join("november.csv");
    let db = path.to_str().unwrap();
    let output = export_november(
        db,
        &[
            "--by",
            "task, language, outcome",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        "\u{feff}task;language;outcome;count\r\n\
         tax-on-web;ar;done;<5\r\n\
         tax-on-web;ar;total;<5\r\n\
         tax-on-web;nl;done;x\r\n\
         tax-on-web;nl;total;x\r\n\
         tax-on-web;total;;15\r\n\
         vdab-jobs;fr;partly;6\r\n\
         vdab-jobs;fr;total;6\r\n\
         vdab-jobs;total;;6\r\n\
         total;;;21\r\n"
    );
    let standard = export_november(db, &["--by", "task", "--csv-standard"]);
    assert_eq!(
        String::from_utf8(standard.stdout).unwrap(),
        "task,count\r\ntax-on-web,15\r\nvdab-jobs,6\r\ntotal,21\r\n"
    );
    assert!(!dir.path().join(".november.csv.partial").exists());

    let json = export_november(db, &["--format", "json"]);
    assert!(json.status.success());
    let document: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(document["by"], serde_json::json!(["task"]));
}

#[test]
fn the_command_explains_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    crafted(&path);
    let db = path.to_str().unwrap();
    let unknown = export_november(db, &["--by", "name"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown \"name\""));
    let reversed = digipunt(&[
        "export",
        "--db",
        db,
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
    ]);
    assert!(String::from_utf8_lossy(&reversed.stderr).contains("is after"));
    let low = export_november(db, &["--suppress-below", "2"]);
    assert!(String::from_utf8_lossy(&low.stderr).contains("at least 3"));
    let missing = digipunt(&[
        "export",
        "--db",
        dir.path().join("none.sqlite").to_str().unwrap(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    ]);
    assert!(!missing.status.success());
    assert!(
        !dir.path().join("none.sqlite").exists(),
        "an export never creates a database"
    );
    let gone = export_november(db, &["--out", "/nonexistent-usb/x.csv"]);
    assert!(String::from_utf8_lossy(&gone.stderr).contains("cannot write /nonexistent-usb/x.csv"));
}

#[test]
fn problems_count_once_each_and_weeks_follow_iso() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    let mut store = Store::open(&path).unwrap();
    let mut both = interaction("2026-11-23", "tax-on-web", "nl", Outcome::Referred);
    both.problems = vec!["forgot-pin".into(), "no-reader".into()];
    store.record(&both).unwrap();
    let mut one = interaction("2026-11-29", "tax-on-web", "nl", Outcome::Partly);
    one.problems = vec!["forgot-pin".into()];
    store.record(&one).unwrap();
    store
        .record(&interaction(
            "2026-11-30",
            "tax-on-web",
            "nl",
            Outcome::Done,
        ))
        .unwrap();
    drop(store);
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        november(&path, &[Dimension::Problem]),
        [
            (strings(&["forgot-pin"]), 2),
            (strings(&["no-reader"]), 1),
            (strings(&["none"]), 1),
        ]
    );
    // Monday 23 to Sunday 29 November is ISO week 48; Monday 30 starts week 49.
    assert_eq!(
        november(&path, &[Dimension::Week]),
        [(strings(&["2026-W48"]), 2), (strings(&["2026-W49"]), 1)]
    );
    assert_eq!(
        november(&path, &[Dimension::Category, Dimension::Referral]),
        [(strings(&["money", "none"]), 3)]
    );
}

#[test]
fn group_sessions_are_counted_apart_and_can_be_undone() {
    use digipunt::interaction::GroupSession;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    let mut store = Store::open(&path).unwrap();
    let workshop = |attendees| GroupSession {
        kiosk: "gent-bib-2".into(),
        day: day("2026-11-12"),
        daypart: Daypart::Morning,
        topic: "safety".into(),
        language: "nl".into(),
        attendees,
        minutes: 90,
        correction_of: None,
    };
    store.record_group_session(&workshop(12)).unwrap();
    let typo = store.record_group_session(&workshop(80)).unwrap();
    let mut undo = workshop(80);
    undo.correction_of = Some(typo);
    store.record_group_session(&undo).unwrap();
    store
        .record(&interaction("2026-11-12", "phishing", "nl", Outcome::Done))
        .unwrap();
    let (from, to) = (day("2026-11-01"), day("2026-11-30"));
    let sessions = digipunt::stats::sessions(store.connection(), from, to).unwrap();
    assert_eq!(
        sessions,
        digipunt::stats::Sessions {
            sessions: 1,
            attendees: 12,
            minutes: 90
        }
    );
    // One-to-one help is counted on its own.
    assert_eq!(november(&path, &[]), [(Vec::<String>::new(), 1)]);
}

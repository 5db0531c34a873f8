//! Privacy, checked: nothing in the log or in what leaves it can carry free text or an
//! exact time. These tests fail when someone adds a field without thinking about it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use digipunt::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Mode, Outcome};
use digipunt::stats::{Dimension, Export, Format, Table, count_by};
use digipunt::store::Store;
use rusqlite::Connection;

/// Every column of every table, and what it may hold.
const ALLOWED: &[(&str, &[&str])] = &[
    (
        "interaction",
        &[
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
            "category",
        ],
    ),
    (
        "group_session",
        &[
            "id",
            "kiosk",
            "day",
            "daypart",
            "topic",
            "language",
            "attendees",
            "minutes",
            "correction_of",
        ],
    ),
    (
        "monthly_interaction",
        &[
            "kiosk",
            "day",
            "daypart",
            "mode",
            "language",
            "task",
            "category",
            "outcome",
            "referral",
            "problems",
            "age_band",
            "first_visit",
            "channel",
            "count",
        ],
    ),
    (
        "monthly_group_session",
        &[
            "kiosk",
            "day",
            "topic",
            "language",
            "sessions",
            "attendees",
            "minutes",
        ],
    ),
    ("meta", &["key", "value"]),
    // Random ids of rows folded by retention, so a merge never adds them twice.
    ("folded_id", &["id"]),
    // The codes of the counted columns, numbered: each a value the log itself holds,
    // refused by the same rules as there (schema 7).
    ("code", &["n", "kind", "value"]),
    // The counted rows again, narrow: numbers of codes and a day as a number, for counting
    // a million rows fast (schema 7). No id, no duration, no steps.
    (
        "counted_interaction",
        &[
            "day",
            "kiosk",
            "daypart",
            "mode",
            "language",
            "task",
            "category",
            "outcome",
            "referral",
            "problems",
            "age_band",
            "first_visit",
            "channel",
        ],
    ),
];

fn schema(connection: &Connection) -> BTreeMap<String, Vec<(String, String)>> {
    let mut tables = BTreeMap::new();
    let mut statement = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    let names: Vec<String> = statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for name in names {
        let mut columns = connection
            .prepare(&format!(
                "SELECT name, type FROM pragma_table_info('{name}') ORDER BY cid"
            ))
            .unwrap();
        let list = columns
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        tables.insert(name, list);
    }
    tables
}

#[test]
fn the_log_has_only_the_designed_tables_and_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    drop(Store::open(&path).unwrap());
    let connection = Connection::open(&path).unwrap();
    let found = schema(&connection);
    let expected: BTreeMap<String, Vec<String>> = ALLOWED
        .iter()
        .map(|(t, c)| (t.to_string(), c.iter().map(|c| c.to_string()).collect()))
        .collect();
    let found_names: BTreeMap<String, Vec<String>> = found
        .iter()
        .map(|(t, c)| (t.clone(), c.iter().map(|(n, _)| n.clone()).collect()))
        .collect();
    assert_eq!(
        found_names, expected,
        "a new table or column needs a privacy review"
    );
    for (table, columns) in &found {
        for (column, kind) in columns {
            assert!(
                kind == "TEXT" || kind == "INTEGER",
                "{table}.{column} is {kind}: no dates with times, no blobs"
            );
        }
    }
    // Days are dates only: every `day` column refuses a time.
    let sql: Vec<String> = connection
        .prepare(
            "SELECT sql FROM sqlite_master WHERE type = 'table'
             AND name NOT IN ('meta', 'folded_id', 'code', 'counted_interaction')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in sql {
        assert!(
            table.contains(
                "day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-"
            ),
            "{table}"
        );
    }
}

#[test]
fn the_narrow_copy_holds_codes_and_days_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    let mut store = Store::open(&path).unwrap();
    store.record(&help()).unwrap();
    let connection = store.connection();
    for (kind, text) in [
        ("kiosk", "Jan Peeters"),
        ("task", "jan.peeters@example.be"),
        ("language", "0475 12 34 56"),
        ("referral", "85.07.30-033.61"),
        ("problems", "forgot-pin Jan"),
        ("problems", "forgot-pin  jan"),
        ("category", "Geld"),
        ("outcome", "gelukt"),
        ("name", "jan"),
    ] {
        let refused = connection.execute(
            "INSERT INTO code (kind, value) VALUES (?1, ?2)",
            (kind, text),
        );
        assert!(refused.is_err(), "stored {kind} = {text:?}");
    }
    // A day with a time (as a number or as text), a code that is no number of a code.
    let narrow = |day: &str, kiosk: &str| {
        connection.execute(
            &format!(
                "INSERT INTO counted_interaction (day, kiosk, daypart, mode, language, task,
                    category, outcome, referral, problems, age_band, first_visit, channel)
                 SELECT {day}, {kiosk}, daypart, mode, language, task, category, outcome,
                    referral, problems, age_band, first_visit, channel
                 FROM counted_interaction"
            ),
            [],
        )
    };
    assert!(
        narrow("day", "kiosk").is_ok(),
        "a copy of a counted row is allowed"
    );
    for (day, kiosk) in [
        ("202611201032", "kiosk"),
        ("'2026-11-20 10:32'", "kiosk"),
        ("20261320", "kiosk"),
        ("20261100", "kiosk"),
        ("day", "'Jan Peeters'"),
        ("day", "0"),
        ("day", "1.5"),
    ] {
        assert!(
            narrow(day, kiosk).is_err(),
            "stored day {day}, kiosk {kiosk}"
        );
    }
}

fn help() -> Interaction {
    Interaction {
        kiosk: "gent-bib-2".into(),
        day: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        daypart: Daypart::Afternoon,
        minutes: 15,
        mode: Mode::Assisted,
        language: "fa-AF".into(),
        task: "tax-on-web".into(),
        category: "money".into(),
        content_version: 1,
        steps_done: 3,
        steps_total: 10,
        outcome: Outcome::Referred,
        referral: Some("fod-financien".into()),
        problems: vec!["forgot-pin".into(), "no-card-reader".into()],
        age_band: AgeBand::Age55To64,
        first_visit: FirstVisit::Yes,
        channel: Channel::Desk,
        correction_of: None,
    }
}

#[test]
fn free_text_cannot_reach_the_log_whatever_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("log.sqlite")).unwrap();
    store.record(&help()).expect("codes are stored");
    let mut attempts: Vec<Interaction> = Vec::new();
    for text in [
        "Jan Peeters",
        "jan.peeters@example.be",
        "0475 12 34 56",
        "85.07.30-033.61",
    ] {
        let mut task = help();
        task.task = text.into();
        attempts.push(task);
        let mut referral = help();
        referral.referral = Some(text.into());
        attempts.push(referral);
        let mut problems = help();
        problems.problems = vec!["forgot-pin".into(), text.into()];
        attempts.push(problems);
        let mut language = help();
        language.language = text.into();
        attempts.push(language);
    }
    let mut long = help();
    long.task = "a".repeat(41);
    attempts.push(long);
    for attempt in attempts {
        let refused = store.record(&attempt);
        assert!(refused.is_err(), "stored: {attempt:?}");
    }
}

#[test]
fn exports_hold_codes_and_counts_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    let mut store = Store::open(&path).unwrap();
    for _ in 0..7 {
        store.record(&help()).unwrap();
    }
    let code = |value: &str| {
        !value.is_empty()
            && value.len() <= 40
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '+' || c == '<')
    };
    let (from, to) = (
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    );
    for dimension in Dimension::ALL {
        let by = [*dimension];
        let groups = count_by(store.connection(), from, to, &by).unwrap();
        let table = Table::build(&groups, 1, 5);
        for format in [Format::Csv, Format::CsvStandard, Format::Json] {
            let mut out = Vec::new();
            Export {
                from,
                to,
                by: &by,
                threshold: 5,
                table: &table,
            }
            .write(format, &mut out)
            .unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(
                !text.chars().any(|c| c == ':' && format != Format::Json),
                "no clock time in {text}"
            );
            if format == Format::Json {
                let document: serde_json::Value = serde_json::from_str(&text).unwrap();
                let keys: Vec<&String> = document.as_object().unwrap().keys().collect();
                assert_eq!(
                    keys,
                    ["by", "from", "hidden", "rows", "suppressed_below", "to"]
                );
                for row in document["rows"].as_array().unwrap() {
                    for (key, value) in row.as_object().unwrap() {
                        assert!(
                            [dimension.name(), "count", "total"].contains(&key.as_str()),
                            "{key}"
                        );
                        if let Some(text) = value.as_str() {
                            assert!(code(text), "{key} = {text:?}");
                        }
                    }
                }
            } else {
                let text = text.trim_start_matches('\u{feff}');
                for line in text.lines().skip(1) {
                    for field in line.split([';', ',']).filter(|f| !f.is_empty()) {
                        assert!(code(field), "{field:?} in {line}");
                    }
                }
            }
        }
    }
}

//! Pooling kiosks: `export --anonymous-rows` from three kiosk logs, `merge` into a
//! coordinator's log, and what a coordinator sees when a file is wrong. The real binary
//! runs every command, as a coordinator would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use digipunt::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, GroupSession, Interaction, Mode, Outcome,
};
use digipunt::store::Store;
use rusqlite::Connection;
use rusqlite::types::Value;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn help(kiosk: &str, on: &str, task: &str, language: &str, outcome: Outcome) -> Interaction {
    Interaction {
        kiosk: kiosk.into(),
        day: day(on),
        daypart: Daypart::Morning,
        minutes: 20,
        mode: Mode::Assisted,
        language: language.into(),
        task: task.into(),
        category: "money".into(),
        content_version: 2,
        steps_done: 4,
        steps_total: 9,
        outcome,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Unknown,
        channel: Channel::Desk,
        correction_of: None,
    }
}

/// A kiosk's log with `n` helps in November 2026, every field used somewhere, a group
/// session, and a help undone (which counts for nothing).
fn kiosk_log(dir: &Path, kiosk: &str, n: usize) -> PathBuf {
    let path = dir.join(format!("{kiosk}.sqlite"));
    let mut store = Store::open(&path).unwrap();
    for i in 0..n {
        let mut row = help(
            kiosk,
            &format!("2026-11-{:02}", i + 2),
            ["tax-on-web", "vdab-jobs", "eid-login"][i % 3],
            ["nl", "ar", "fa-AF"][i % 3],
            [Outcome::Done, Outcome::Referred, Outcome::Partly][i % 3],
        );
        if row.outcome == Outcome::Referred {
            row.referral = Some("municipality".into());
            row.problems = vec!["forgot-pin".into(), "no-reader".into()];
        }
        row.daypart = [Daypart::Morning, Daypart::Afternoon, Daypart::Evening][i % 3];
        row.mode = [Mode::Assisted, Mode::SelfService][i % 2];
        row.age_band = AgeBand::ALL[i % AgeBand::ALL.len()];
        row.first_visit = FirstVisit::ALL[i % FirstVisit::ALL.len()];
        row.channel = Channel::ALL[i % Channel::ALL.len()];
        row.minutes = 5 * (i as u32 + 1);
        store.record(&row).unwrap();
    }
    let wrong = store
        .record(&help(kiosk, "2026-11-10", "itsme", "uk", Outcome::Done))
        .unwrap();
    let mut undo = help(kiosk, "2026-11-12", "itsme", "uk", Outcome::Done);
    undo.correction_of = Some(wrong);
    store.record(&undo).unwrap();
    store
        .record_group_session(&GroupSession {
            kiosk: kiosk.into(),
            day: day("2026-11-18"),
            daypart: Daypart::Evening,
            topic: "safety".into(),
            language: "nl".into(),
            attendees: 12,
            minutes: 90,
            correction_of: None,
        })
        .unwrap();
    path
}

fn digipunt(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn succeeds(output: Output) -> Output {
    assert!(
        output.status.success(),
        "{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    output
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn export_rows(db: &Path, out: &Path, more: &[&str]) -> Output {
    let mut args = vec!["export", "--db", s(db), "--anonymous-rows", "--out", s(out)];
    args.extend_from_slice(more);
    digipunt(&args)
}

fn merge(db: &Path, files: &[&Path]) -> Output {
    let mut args = vec!["merge", "--db", s(db)];
    args.extend(files.iter().map(|f| s(f)));
    digipunt(&args)
}

fn by_kiosk(db: &Path) -> String {
    let output = succeeds(digipunt(&[
        "export",
        "--db",
        s(db),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--by",
        "kiosk",
        "--csv-standard",
    ]));
    text(&output.stdout)
}

/// Every column of every row of a table, in order of id.
fn table(db: &Path, name: &str) -> Vec<Vec<Value>> {
    let connection = Connection::open(db).unwrap();
    let mut statement = connection
        .prepare(&format!("SELECT * FROM {name} ORDER BY id"))
        .unwrap();
    let columns = statement.column_count();
    statement
        .query_map([], |row| (0..columns).map(|i| row.get(i)).collect())
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Three kiosks, each exported to a file.
struct Pool {
    dir: tempfile::TempDir,
    logs: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

fn three_kiosks() -> Pool {
    let dir = tempfile::tempdir().unwrap();
    let mut logs = Vec::new();
    let mut files = Vec::new();
    for (kiosk, n) in [("gent-bib-2", 7), ("brugge-bib-1", 9), ("oostende-ocmw", 6)] {
        let log = kiosk_log(dir.path(), kiosk, n);
        let file = dir.path().join(format!("{kiosk}.jsonl"));
        let output = succeeds(export_rows(&log, &file, &[]));
        assert_eq!(
            text(&output.stdout),
            format!(
                "{}: {} interaction rows and 1 group session rows written\n",
                file.display(),
                n + 2
            )
        );
        assert_eq!(output.stderr, b"", "no progress line when stderr is a pipe");
        logs.push(log);
        files.push(file);
    }
    Pool { dir, logs, files }
}

impl Pool {
    fn files(&self) -> Vec<&Path> {
        self.files.iter().map(PathBuf::as_path).collect()
    }
}

#[test]
fn three_kiosks_merge_into_one_log_and_a_second_merge_adds_nothing() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("regio").join("coordinator.sqlite");
    let first = succeeds(merge(&coordinator, &pool.files()));
    let name = |i: usize| pool.files[i].display().to_string();
    assert_eq!(
        text(&first.stdout),
        format!(
            "{}: 10 added, 0 already present, 0 rejected\n\
             {}: 12 added, 0 already present, 0 rejected\n\
             {}: 9 added, 0 already present, 0 rejected\n",
            name(0),
            name(1),
            name(2)
        )
    );
    assert_eq!(first.stderr, b"");
    let counts = by_kiosk(&coordinator);
    // Undone helps and their undos are left out: 7 + 9 + 6.
    assert_eq!(
        counts,
        "kiosk,count\r\n\
         brugge-bib-1,9\r\n\
         gent-bib-2,7\r\n\
         oostende-ocmw,6\r\n\
         total,22\r\n"
    );

    let again = merge(&coordinator, &pool.files());
    assert!(again.status.success());
    assert_eq!(
        text(&again.stdout),
        format!(
            "{}: 0 added, 10 already present, 0 rejected\n\
             {}: 0 added, 12 already present, 0 rejected\n\
             {}: 0 added, 9 already present, 0 rejected\n",
            name(0),
            name(1),
            name(2)
        )
    );
    assert_eq!(by_kiosk(&coordinator), counts);
}

#[test]
fn a_round_trip_keeps_every_field_of_every_row() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("coordinator.sqlite");
    succeeds(merge(&coordinator, &pool.files()));
    for name in ["interaction", "group_session"] {
        let mut kiosks: Vec<Vec<Value>> =
            pool.logs.iter().flat_map(|log| table(log, name)).collect();
        kiosks.sort_by(|a, b| format!("{:?}", a[0]).cmp(&format!("{:?}", b[0])));
        let merged = table(&coordinator, name);
        assert!(!merged.is_empty());
        assert_eq!(merged, kiosks, "{name}");
    }
    // And back out again: the coordinator's rows export to the same lines.
    let all = pool.dir.path().join("all.jsonl");
    succeeds(export_rows(&coordinator, &all, &[]));
    let lines = |path: &Path| -> Vec<String> {
        let mut lines: Vec<String> = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .skip(1)
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    };
    let mut kiosks: Vec<String> = pool.files.iter().flat_map(|f| lines(f)).collect();
    kiosks.sort();
    assert_eq!(lines(&all), kiosks);
}

/// The fields a row may have, as docs/DATA.md documents them. Adding a field (a free-text
/// note, a name) must fail here first: it needs a new format version and a privacy review.
const INTERACTION_FIELDS: [&str; 20] = [
    "table",
    "id",
    "kiosk",
    "day",
    "daypart",
    "minutes",
    "mode",
    "language",
    "task",
    "category",
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
];
const GROUP_SESSION_FIELDS: [&str; 10] = [
    "table",
    "id",
    "kiosk",
    "day",
    "daypart",
    "topic",
    "language",
    "attendees",
    "minutes",
    "correction_of",
];
const HEADER_FIELDS: [&str; 7] = [
    "format",
    "version",
    "written",
    "from",
    "to",
    "interaction_rows",
    "group_session_rows",
];

/// The field names of the table under `heading` in docs/DATA.md.
fn documented(heading: &str) -> Vec<String> {
    let data =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/DATA.md")).unwrap();
    let section = data
        .split("\n## ")
        .find(|s| s.starts_with(heading))
        .unwrap_or_else(|| panic!("docs/DATA.md has no section {heading}"));
    section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .map(|rest| rest.split('`').next().unwrap().to_owned())
        .collect()
}

/// Keys of a JSON object line, in the order written.
fn keys(line: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(line);
    struct Keys<'a>(&'a mut Vec<String>);
    impl<'de> serde::de::Visitor<'de> for Keys<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<serde::de::IgnoredAny>()?;
                self.0.push(key);
            }
            Ok(())
        }
    }
    serde::Deserializer::deserialize_map(&mut deserializer, Keys(&mut keys)).unwrap();
    keys
}

#[test]
fn the_file_holds_exactly_the_documented_fields() {
    let pool = three_kiosks();
    let content = std::fs::read_to_string(&pool.files[0]).unwrap();
    let mut lines = content.lines();
    let header = lines.next().unwrap();
    assert_eq!(keys(header), HEADER_FIELDS);
    assert_eq!(documented("The header"), HEADER_FIELDS);
    assert_eq!(documented("`interaction` rows"), INTERACTION_FIELDS);
    assert_eq!(documented("`group_session` rows"), GROUP_SESSION_FIELDS);
    let header: serde_json::Value = serde_json::from_str(header).unwrap();
    assert_eq!(header["format"], "digipunt-anonymous-rows");
    assert_eq!(header["version"], 1);
    assert_eq!(header["from"], serde_json::Value::Null);
    assert_eq!(header["interaction_rows"], 9);
    assert_eq!(header["group_session_rows"], 1);
    let mut tables = Vec::new();
    for line in lines {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let table = row["table"].as_str().unwrap().to_owned();
        let expected: &[&str] = match table.as_str() {
            "interaction" => &INTERACTION_FIELDS,
            "group_session" => &GROUP_SESSION_FIELDS,
            other => panic!("unknown table {other}"),
        };
        assert_eq!(keys(line), expected, "{line}");
        tables.push(table);
    }
    let mut expected = vec!["interaction"; 9];
    expected.push("group_session");
    assert_eq!(tables, expected);
    // Problems are a list of codes, not the stored space-separated text.
    assert!(content.contains(r#""problems":["forgot-pin","no-reader"]"#));
}

#[test]
fn a_file_of_an_unknown_version_or_kind_is_refused() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("coordinator.sqlite");
    let future = pool.dir.path().join("future.jsonl");
    let content = std::fs::read_to_string(&pool.files[0]).unwrap();
    std::fs::write(
        &future,
        content.replacen("\"version\":1", "\"version\":2", 1),
    )
    .unwrap();
    let counts = pool.dir.path().join("counts.csv");
    std::fs::write(&counts, "kiosk,count\r\ngent-bib-2,7\r\n").unwrap();
    let output = merge(&coordinator, &[&future, &counts]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "{0}:1: format version 2 is not known to this digipunt, which reads version 1; use a newer digipunt\n\
             {1}:1: not a digipunt anonymous-rows file: the first line must be a header with \"format\":\"digipunt-anonymous-rows\"\n",
            future.display(),
            counts.display()
        )
    );
    assert_eq!(
        text(&output.stdout),
        format!(
            "{}: refused, nothing added\n{}: refused, nothing added\n",
            future.display(),
            counts.display()
        )
    );
    assert!(table(&coordinator, "interaction").is_empty());
}

#[test]
fn a_broken_line_refuses_the_whole_file_and_names_file_and_line() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("coordinator.sqlite");
    let content = std::fs::read_to_string(&pool.files[1]).unwrap();
    let mut lines: Vec<String> = content.lines().map(str::to_owned).collect();
    // Line 4: a name where a code belongs; line 7: an exact time where a day belongs.
    let field = |line: &str, name: &str| -> String {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        row[name].as_str().unwrap().to_owned()
    };
    let (task, on) = (field(&lines[3], "task"), field(&lines[6], "day"));
    lines[3] = lines[3].replacen("\"task\":\"", "\"task\":\"Jan Peeters ", 1);
    lines[6] = lines[6].replacen(&on, &format!("{on} 10:32"), 1);
    let broken = pool.dir.path().join("broken.jsonl");
    std::fs::write(&broken, lines.join("\n") + "\n").unwrap();
    let output = merge(&coordinator, &[&pool.files[0], &broken, &pool.files[2]]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "{0}:4: \"task\" must hold codes of 1-64 letters, digits, '-' or '_', found \"Jan Peeters {task}\"\n\
             {0}:7: \"day\" must be a date like 2026-11-23, found \"{on} 10:32\"\n",
            broken.display()
        )
    );
    assert_eq!(
        text(&output.stdout),
        format!(
            "{}: 10 added, 0 already present, 0 rejected\n\
             {}: refused, nothing added (2 of 12 rows rejected)\n\
             {}: 9 added, 0 already present, 0 rejected\n",
            pool.files[0].display(),
            broken.display(),
            pool.files[2].display()
        )
    );
    // Nothing of Brugge went in, not even its good rows; the other files did.
    assert_eq!(
        by_kiosk(&coordinator),
        "kiosk,count\r\ngent-bib-2,7\r\noostende-ocmw,6\r\ntotal,13\r\n"
    );
}

#[test]
fn an_id_already_present_with_other_content_refuses_the_file() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("coordinator.sqlite");
    succeeds(merge(&coordinator, &[&pool.files[0]]));
    let content = std::fs::read_to_string(&pool.files[0]).unwrap();
    let mut lines: Vec<String> = content.lines().map(str::to_owned).collect();
    let id = serde_json::from_str::<serde_json::Value>(&lines[2]).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let minutes_at = lines[2].find("\"minutes\":").unwrap();
    let end = minutes_at + lines[2][minutes_at..].find(',').unwrap();
    lines[2].replace_range(minutes_at..end, "\"minutes\":500");
    let changed = pool.dir.path().join("changed.jsonl");
    std::fs::write(&changed, lines.join("\n") + "\n").unwrap();
    let before = table(&coordinator, "interaction");
    let output = merge(&coordinator, &[&changed]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}:3: id {id} is already present with a different \"minutes\"\n",
            changed.display()
        )
    );
    assert_eq!(table(&coordinator, "interaction"), before);
}

#[test]
fn an_undo_merged_before_the_help_it_cancels_still_cancels_it() {
    let dir = tempfile::tempdir().unwrap();
    // The undone help is on 10 November, its undo on the 12th: two periods, two files,
    // the later one merged first.
    let log = kiosk_log(dir.path(), "gent-bib-2", 7);
    let early = dir.path().join("early.jsonl");
    let late = dir.path().join("late.jsonl");
    succeeds(export_rows(
        &log,
        &early,
        &["--from", "2026-11-01", "--to", "2026-11-11"],
    ));
    succeeds(export_rows(
        &log,
        &late,
        &["--from", "2026-11-12", "--to", "2026-11-30"],
    ));
    let header = std::fs::read_to_string(&late).unwrap();
    assert!(
        header.starts_with(
            "{\"format\":\"digipunt-anonymous-rows\",\"version\":1,\"written\":\""
        ) && header.contains(
            "\",\"from\":\"2026-11-12\",\"to\":\"2026-11-30\",\"interaction_rows\":1,\"group_session_rows\":1}\n"
        ),
        "{header}"
    );
    let coordinator = dir.path().join("coordinator.sqlite");
    let output = succeeds(merge(&coordinator, &[&late, &early]));
    assert_eq!(
        text(&output.stdout),
        format!(
            "{}: 2 added, 0 already present, 0 rejected\n\
             {}: 8 added, 0 already present, 0 rejected\n",
            late.display(),
            early.display()
        )
    );
    assert_eq!(
        by_kiosk(&coordinator),
        "kiosk,count\r\ngent-bib-2,7\r\ntotal,7\r\n"
    );
}

#[test]
fn a_cut_short_file_is_refused() {
    let pool = three_kiosks();
    let coordinator = pool.dir.path().join("coordinator.sqlite");
    let content = std::fs::read_to_string(&pool.files[0]).unwrap();
    let short = pool.dir.path().join("short.jsonl");
    let lines: Vec<&str> = content.lines().collect();
    std::fs::write(&short, lines[..6].join("\n") + "\n").unwrap();
    let output = merge(&coordinator, &[&short]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: the header announces 9 interactions and 1 group sessions, the file holds 5 and 0: it is incomplete or was changed\n",
            short.display()
        )
    );
    assert!(table(&coordinator, "interaction").is_empty());
}

#[test]
fn a_missing_usb_stick_is_a_clear_error_and_the_log_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let log = kiosk_log(dir.path(), "gent-bib-2", 7);
    let before = std::fs::read(&log).unwrap();
    let output = export_rows(&log, Path::new("/nonexistent-usb/rows.jsonl"), &[]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).starts_with("digipunt: cannot write /nonexistent-usb/rows.jsonl: "),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read(&log).unwrap(), before);
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["gent-bib-2.sqlite"]);

    let missing = merge(
        &dir.path().join("c.sqlite"),
        &[Path::new("/nonexistent-usb/a.jsonl")],
    );
    assert!(!missing.status.success());
    assert_eq!(
        text(&missing.stderr),
        "/nonexistent-usb/a.jsonl: cannot read: No such file or directory (os error 2)\n"
    );
}

#[test]
fn the_command_line_says_what_goes_with_anonymous_rows() {
    let dir = tempfile::tempdir().unwrap();
    let log = kiosk_log(dir.path(), "gent-bib-2", 3);
    let no_out = digipunt(&["export", "--db", s(&log), "--anonymous-rows"]);
    assert!(text(&no_out.stderr).contains("--out <FILE>"));
    let with_by = export_rows(&log, &dir.path().join("x.jsonl"), &["--by", "task"]);
    assert!(text(&with_by.stderr).contains("'--anonymous-rows' cannot be used with '--by <LIST>'"));
    let half = export_rows(&log, &dir.path().join("x.jsonl"), &["--from", "2026-11-01"]);
    assert_eq!(
        text(&half.stderr),
        "digipunt: give both --from and --to, or neither for every row\n"
    );
    let counts = digipunt(&["export", "--db", s(&log)]);
    assert!(text(&counts.stderr).contains("--from <DATE>"));
}

#[test]
fn a_row_the_format_cannot_carry_stops_the_export_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let log = kiosk_log(dir.path(), "gent-bib-2", 3);
    // Only a hand-edited log can hold this: a name where a language tag belongs.
    Connection::open(&log)
        .unwrap()
        .execute(
            "UPDATE interaction SET language = 'Jan Peeters' WHERE task = 'itsme'
                AND correction_of IS NULL",
            [],
        )
        .unwrap();
    let id: String = Connection::open(&log)
        .unwrap()
        .query_row(
            "SELECT id FROM interaction WHERE language = 'Jan Peeters'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let out = dir.path().join("rows.jsonl");
    let output = export_rows(&log, &out, &[]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "digipunt: cannot write {}: the log holds a row this format cannot carry (id {id}): \
             \"language\" must be a language tag like nl or fa-AF, found \"Jan Peeters\"\n",
            out.display()
        )
    );
    assert!(!out.exists());
    assert!(!dir.path().join(".rows.jsonl.partial").exists());
}

/// Counts of 2026 by kiosk and month, as a coordinator reads them.
fn by_month(db: &Path) -> String {
    text(
        &succeeds(digipunt(&[
            "export",
            "--db",
            s(db),
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--by",
            "kiosk,month,language",
        ]))
        .stdout,
    )
}

#[test]
fn a_file_merged_again_after_retention_adds_nothing_and_old_rows_join_the_monthly_counts() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_log(dir.path(), "gent-bib-2", 12);
    // Help from March, which the coordinator's log will keep as monthly counts only.
    let mut store = Store::open(&kiosk).unwrap();
    for i in 0..7 {
        store
            .record(&help(
                "gent-bib-2",
                &format!("2026-03-{:02}", i + 2),
                "itsme",
                "nl",
                Outcome::Done,
            ))
            .unwrap();
    }
    drop(store);
    let file = dir.path().join("gent.jsonl");
    succeeds(export_rows(&kiosk, &file, &[]));
    let region = dir.path().join("region.sqlite");
    succeeds(merge(&region, &[&file]));
    let before = by_month(&region);
    Store::open(&region)
        .unwrap()
        .fold_before(day("2026-06-01"))
        .unwrap();
    assert_eq!(by_month(&region), before, "folding changes no number");
    let again = text(&succeeds(merge(&region, &[&file])).stdout);
    assert!(again.contains("0 added"), "{again}");
    assert_eq!(
        by_month(&region),
        before,
        "the folded rows are not added again"
    );

    // A log that never saw the March rows gets them as monthly counts.
    let other = dir.path().join("other.sqlite");
    Store::open(&other)
        .unwrap()
        .fold_before(day("2026-06-01"))
        .unwrap();
    succeeds(merge(&other, &[&file]));
    assert_eq!(by_month(&other), before);
    let old_rows: i64 = Connection::open(&other)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM interaction WHERE day < '2026-06-01'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old_rows, 0, "no row of a folded month is kept as a row");
}

//! The log cannot be written: a read-only file or folder, a lock held by another process, a
//! full disk, the file deleted while the kiosk runs. In each case guidance goes on, the
//! helper sees a calm line (words from the locales), rows wait in memory in their order and
//! reach the log once it works again, and a kiosk that ends with rows unwritten says how many
//! and where, with exit code 3. And a panic: the terminal given back, a line in crash.log,
//! the rows that waited still written, exit code 101.

mod support;

#[path = "support/pty.rs"]
mod kiosk_pty;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use digipunt::app::{Action, App, Effect, update};
use digipunt::interaction::Interaction;
use digipunt::kiosk::Recorder;
use digipunt::store::Store;
use kiosk_pty::Kiosk;
use rusqlite::Connection;
use support::*;

fn help(n: u32) -> Interaction {
    use digipunt::interaction::*;
    Interaction {
        kiosk: "k".to_owned(),
        day: today(),
        daypart: Daypart::Afternoon,
        minutes: 0,
        mode: Mode::Assisted,
        language: "nl".to_owned(),
        task: "tax-on-web".to_owned(),
        category: "money".to_owned(),
        content_version: 1,
        // Tells the rows apart, so their order can be checked.
        steps_done: n,
        steps_total: 99,
        outcome: Outcome::Done,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::No,
        channel: Channel::Phone,
        correction_of: None,
    }
}

/// The rows in the log, by their number, in the order written.
fn rows(path: &Path) -> Vec<u32> {
    let connection = Connection::open(path).unwrap();
    let integrity: String = connection
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let mut statement = connection
        .prepare("SELECT steps_done FROM interaction ORDER BY rowid")
        .unwrap();
    statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A log with rows 0 and 1 in it, closed again.
fn log_with_two_rows(path: &Path) {
    let mut store = Store::open(path).unwrap();
    store.record(&help(0)).unwrap();
    store.record(&help(1)).unwrap();
}

/// What the helper sees once the core has heard how the log is: the screen at 80x24 must
/// show the calm line from the locale (its first sentence), and the help goes on.
fn helper_sees(recorder: &Recorder, message: &str) -> App {
    let mut app = app();
    update(&mut app, Action::Store(recorder.health()));
    let catalog = &app.content.catalog;
    let lang = app.screen_language();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("pending", recorder.pending());
    let text = catalog.text_with(lang, message, &args).value;
    let first_sentence = &text[..=text.find('.').unwrap()];
    let shown = screen(&app, 80, 24);
    assert!(
        shown.contains(first_sentence),
        "{first_sentence:?} is not on the screen:\n{shown}"
    );
    // Guidance goes on: the language screen still answers a choice.
    let before = app.screen;
    update(&mut app, Action::Choose(0));
    assert_ne!(app.screen, before, "the kiosk no longer answers");
    app
}

mod permissions {
    //! Permission bits stop only a process that lacks CAP_DAC_OVERRIDE: root, as in many
    //! containers and CI runners, writes to a read-only file anyway. So a test that needs
    //! them drops, for its own thread only (capabilities are per thread, and every test
    //! runs on a thread of its own that ends with it), the capabilities that bypass them.

    #[repr(C)]
    struct Header {
        version: u32,
        pid: i32,
    }

    #[repr(C)]
    #[derive(Clone, Copy, Default)]
    struct Sets {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }

    const VERSION_3: u32 = 0x2008_0522;
    /// CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
    const BYPASS: u32 = (1 << 1) | (1 << 2);

    /// True when permission bits now apply to this thread; false where they cannot be
    /// made to (the test then says so and checks nothing).
    pub fn apply() -> bool {
        let mut header = Header {
            version: VERSION_3,
            pid: 0,
        };
        let mut sets = [Sets::default(); 2];
        // SAFETY: capget/capset with a version-3 header read and write two `Sets`.
        let dropped = unsafe {
            libc::syscall(libc::SYS_capget, &mut header, sets.as_mut_ptr()) == 0 && {
                sets[0].effective &= !BYPASS;
                sets[0].permitted &= !BYPASS;
                libc::syscall(libc::SYS_capset, &header, sets.as_ptr()) == 0
            }
        };
        let probe = tempfile::tempdir().unwrap();
        super::set_mode(probe.path(), 0o555);
        let enforced = std::fs::write(probe.path().join("x"), b"x").is_err();
        super::set_mode(probe.path(), 0o755);
        if !(dropped && enforced) {
            eprintln!("permission bits do not apply to this test process: not checked");
        }
        enforced
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_log_file_keeps_rows_in_memory_until_it_can_be_written() {
    if !permissions::apply() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digipunt.sqlite");
    log_with_two_rows(&path);
    set_mode(&path, 0o444);
    let mut recorder = Recorder::open(&path);
    helper_sees(&recorder, "store-unavailable");
    assert_eq!(recorder.record(help(2)), 1);
    assert_eq!(recorder.record(help(3)), 2);
    assert!(!recorder.health().writable);
    assert_eq!(recorder.last_error(), Some("the file is read-only"));
    helper_sees(&recorder, "store-warning");
    set_mode(&path, 0o644);
    assert_eq!(recorder.flush(), 0, "{:?}", recorder.last_error());
    assert!(recorder.health().is_ok());
    assert_eq!(rows(&path), [0, 1, 2, 3]);
}

#[test]
fn a_read_only_folder_keeps_rows_in_memory_until_it_can_be_written() {
    if !permissions::apply() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("log");
    let path = folder.join("digipunt.sqlite");
    // A closed log in WAL mode has no -wal file; SQLite must create one to write.
    log_with_two_rows(&path);
    set_mode(&folder, 0o555);
    let mut recorder = Recorder::open(&path);
    recorder.flush();
    helper_sees(&recorder, "store-unavailable");
    assert!(
        recorder.retry_at().is_some(),
        "tried again even before a row waits"
    );
    assert_eq!(recorder.record(help(2)), 1);
    helper_sees(&recorder, "store-warning");
    set_mode(&folder, 0o755);
    assert_eq!(recorder.flush(), 0);
    assert_eq!(rows(&path), [0, 1, 2]);

    // And a read-only folder where no log exists yet.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    set_mode(&empty, 0o555);
    let path = empty.join("digipunt.sqlite");
    let mut recorder = Recorder::open(&path);
    assert_eq!(recorder.record(help(0)), 1);
    set_mode(&empty, 0o755);
    assert_eq!(recorder.flush(), 0);
    assert_eq!(rows(&path), [0]);
}

#[test]
fn a_log_locked_by_another_process_never_holds_the_kiosk_up_and_gets_its_rows_later() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digipunt.sqlite");
    log_with_two_rows(&path);
    let mut recorder = Recorder::open(&path);
    // Another writer (a merge, a backup tool) takes the write lock and keeps it.
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    for n in 2..5 {
        let started = Instant::now();
        recorder.record(help(n));
        // The kiosk waits 250 ms at most for the lock, then keeps the row in memory.
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "a row held the kiosk up for {:?}",
            started.elapsed()
        );
    }
    assert_eq!(recorder.pending(), 3);
    assert!(recorder.last_error().unwrap().contains("locked"));
    helper_sees(&recorder, "store-warning");
    other.execute_batch("ROLLBACK").unwrap();
    assert!(
        recorder
            .retry_at()
            .is_some_and(|at| at <= Instant::now() + Duration::from_secs(60)),
        "the kiosk tries again by itself"
    );
    assert_eq!(recorder.flush(), 0);
    assert!(recorder.retry_at().is_none());
    assert_eq!(rows(&path), [0, 1, 2, 3, 4]);
}

#[test]
fn a_full_disk_keeps_rows_in_memory_until_there_is_room_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digipunt.sqlite");
    // The disk is full for every connection the recorder opens, at the size the log has
    // then (`PRAGMA max_page_count`), until room is made.
    let full = Arc::new(AtomicBool::new(true));
    let disk = Arc::clone(&full);
    let mut recorder = Recorder::new(&path).with_connection_hook(move |connection| {
        if disk.load(Ordering::Relaxed) {
            let pages: i64 = connection.query_row("PRAGMA page_count", [], |r| r.get(0))?;
            connection.pragma_update(None, "max_page_count", pages)?;
        }
        Ok(())
    });
    // Rows fit in the pages the log has, until they do not.
    let mut n = 0;
    while recorder.record(help(n)) == 0 {
        n += 1;
        assert!(n < 1000, "the disk never filled up");
    }
    assert!(n > 0, "no row was written before the disk was full");
    assert!(
        recorder.last_error().unwrap().contains("full"),
        "{:?}",
        recorder.last_error()
    );
    assert_eq!(recorder.record(help(n + 1)), 2);
    assert_eq!(recorder.record(help(n + 2)), 3);
    assert!(!recorder.health().is_ok());
    helper_sees(&recorder, "store-warning");
    // Room is made: everything waiting arrives, in order, once.
    full.store(false, Ordering::Relaxed);
    assert_eq!(recorder.flush(), 0);
    assert_eq!(rows(&path), (0..=n + 2).collect::<Vec<_>>());
}

#[test]
fn a_log_deleted_while_the_kiosk_runs_is_started_again_and_no_row_goes_into_the_deleted_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("log");
    let path = folder.join("digipunt.sqlite");
    let mut recorder = Recorder::open(&path);
    assert_eq!(recorder.record(help(0)), 0);
    // Someone removes the log (and its WAL) while the kiosk runs.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    assert_eq!(recorder.record(help(1)), 0);
    assert_eq!(
        rows(&path),
        [1],
        "the row went to a new log at the same path"
    );
    // Even the whole folder.
    std::fs::remove_dir_all(&folder).unwrap();
    assert_eq!(recorder.record(help(2)), 0);
    assert_eq!(recorder.record(help(3)), 0);
    assert_eq!(rows(&path), [2, 3]);
    assert!(recorder.health().is_ok());
}

#[test]
fn a_held_row_waits_for_the_next_frame_and_is_written_then_or_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digipunt.sqlite");
    log_with_two_rows(&path);
    let mut recorder = Recorder::open(&path);
    // The kiosk loop holds the row of "done" while it draws the next screen.
    recorder.hold(Effect::Record(help(2)));
    assert!(recorder.holds());
    assert_eq!(rows(&path), [0, 1], "nothing written before the frame");
    assert_eq!(recorder.flush(), 0);
    assert!(!recorder.holds());
    assert_eq!(rows(&path), [0, 1, 2]);
    // A program that ends before the next frame (a shutdown, a panic) still writes it.
    recorder.hold(Effect::Record(help(3)));
    drop(recorder);
    assert_eq!(rows(&path), [0, 1, 2, 3]);
}

/// F9 and a quick entry of help given by phone: one row for the log. The last screen says
/// it was saved (for the core, handing it to the recorder is saving it).
fn count_a_phone_call(kiosk: &mut Kiosk) {
    let steps = [
        ("\x1b[20~", "Menu voor de begeleider"), // F9
        ("1", "Over welk onderwerp ging de hulp?"),
        ("1", "Welke hulp gaf je?"),
        ("1", "In welke taal gaf je de hulp?"),
        ("4", "Hoe is de hulp afgelopen?"),
        ("1", "Hoe gaf je de hulp?"),
        ("2", "Kwam de burger"),
        ("3", "Klopt dit?"),
    ];
    for (key, then) in steps {
        kiosk.press(key);
        kiosk.wait_for(then);
    }
    // Saving finds the log locked or gone: the answer still comes at once.
    let started = Instant::now();
    kiosk.press("1");
    kiosk.wait_for("Bewaard: Belastingaangifte");
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "saving held the screen up for {:?}",
        started.elapsed()
    );
}

const UNAVAILABLE: &str = "De tellingen kunnen nu niet bewaard worden.";
const ONE_WAITS: &str = "Tellingen nog niet bewaard: 1.";

fn wait_until_gone(kiosk: &Kiosk, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while kiosk.contents().contains(text) {
        assert!(Instant::now() < deadline, "{text:?} stays on the screen");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_kiosk_ending_with_rows_it_could_not_write_says_how_many_and_where_with_exit_code_3() {
    let home = tempfile::tempdir().unwrap();
    // A log whose folder is a file can never be made.
    let blocker = home.path().join("data");
    std::fs::write(&blocker, b"x").unwrap();
    let database = blocker.join("digipunt.sqlite");
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for(UNAVAILABLE);
    count_a_phone_call(&mut kiosk);
    kiosk.wait_for(ONE_WAITS);
    kiosk.press("\x03");
    let status = kiosk.wait_exit();
    assert_eq!(status.exit_code(), 3);
    kiosk.wait_for(&format!(
        "digipunt: 1 interaction(s) could not be written to {}",
        database.display()
    ));
}

#[test]
fn rows_kept_while_another_process_holds_the_log_reach_it_by_themselves_once_it_lets_go() {
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("digipunt.sqlite");
    drop(Store::open(&database).unwrap());
    let other = Connection::open(&database).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for(UNAVAILABLE);
    count_a_phone_call(&mut kiosk);
    kiosk.wait_for(ONE_WAITS);
    other.execute_batch("ROLLBACK").unwrap();
    // No key is pressed: the kiosk tries again on its own, and the warning goes.
    wait_until_gone(&kiosk, ONE_WAITS);
    assert!(!kiosk.contents().contains(UNAVAILABLE));
    assert_eq!(rows(&database).len(), 1);
    kiosk.press("\x03");
    assert_eq!(kiosk.wait_exit().exit_code(), 0);
}

#[test]
fn a_panic_gives_the_terminal_back_writes_what_waited_notes_it_in_crash_log_and_exits_101() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("data");
    let database = folder.join("digipunt.sqlite");
    drop(Store::open(&database).unwrap());
    let other = Connection::open(&database).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut kiosk = Kiosk::start_with(&database, home.path(), &[("DIGIPUNT_TEST_PANIC", "1")]);
    count_a_phone_call(&mut kiosk);
    kiosk.wait_for(ONE_WAITS);
    // The log works again, and before the kiosk's next try (2 s on) it panics: F12 in a
    // debug build with DIGIPUNT_TEST_PANIC set.
    other.execute_batch("ROLLBACK").unwrap();
    kiosk.press("\x1b[24~");
    let status = kiosk.wait_exit();
    assert_eq!(status.exit_code(), 101);
    assert_eq!(rows(&database).len(), 1, "the row that waited was written");

    let raw = kiosk.raw_text();
    let last_frame = raw.rfind("Bewaard").unwrap();
    assert!(
        raw[last_frame..].contains("\x1b[?1049l"),
        "the alternate screen was left"
    );
    assert!(raw[last_frame..].contains("\x1b[8h"), "bidi mode restored");
    // On stderr, after the screen was given back (with RUST_BACKTRACE set, Rust's own
    // report follows it).
    let after = &raw[last_frame..];
    let note = after
        .find("digipunt: stopped by an internal error (a bug) at src/kiosk.rs:")
        .expect("a short note on stderr");
    assert!(after[note..].contains("crash.log"));
    assert!(
        after.find("\x1b[?1049l") < Some(note),
        "the note comes on the screen given back"
    );
    assert!(!raw.contains("could not be written"));

    let log = std::fs::read_to_string(folder.join("crash.log")).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 1, "{log}");
    // The date and no time: `2026-11-23 digipunt 0.1.0: panicked at src/...: ...`.
    let (day, rest) = lines[0].split_once(' ').unwrap();
    assert!(
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
        "{log}"
    );
    assert!(
        rest.starts_with(&format!(
            "digipunt {}: panicked at src/kiosk.rs:",
            env!("CARGO_PKG_VERSION")
        )),
        "{log}"
    );
    assert!(
        rest.ends_with(": test panic (DIGIPUNT_TEST_PANIC, F12)"),
        "{log}"
    );
}

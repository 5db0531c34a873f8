//! End-to-end: the real binary in a pseudo-terminal, driven by key presses, read back
//! through a terminal emulator, and the row it leaves in the database.

use std::io::Write;
use std::thread;
use std::time::Duration;

#[path = "support/pty.rs"]
mod kiosk_pty;
use kiosk_pty::Kiosk;

fn row(database: &std::path::Path) -> Vec<String> {
    let connection = rusqlite::Connection::open(database).unwrap();
    connection
        .query_row(
            "SELECT kiosk, language, mode, task, outcome, steps_done, steps_total, problems, coalesce(referral, '') FROM interaction",
            [],
            |r| (0..9).map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                rusqlite::types::Value::Text(t) => t,
                rusqlite::types::Value::Integer(n) => n.to_string(),
                other => format!("{other:?}"),
            })).collect(),
        )
        .unwrap()
}

#[test]
fn a_helper_finishes_a_checklist_in_dutch_and_the_row_is_written() {
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("data").join("digipunt.sqlite");
    // No printer here: the summary is saved where the config says.
    let config = home.path().join("digipunt");
    std::fs::create_dir_all(&config).unwrap();
    let summaries = home.path().join("summaries");
    std::fs::write(
        config.join("config.toml"),
        format!("printer = \"\"\nsummary_dir = {:?}\n", summaries),
    )
    .unwrap();
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for("Kies je taal");
    kiosk.wait_for("Nederlands");
    kiosk.press("1");
    kiosk.wait_for("Hoe wil je werken?");
    kiosk.press("1");
    kiosk.wait_for("Waarmee wil je hulp?");
    kiosk.press("3"); // the group "Identiteit en inloggen"
    kiosk.wait_for("Inloggen met je eID en een kaartlezer");
    kiosk.press("1"); // Inloggen met je eID en een kaartlezer
    kiosk.wait_for("Wat heb je nodig?");
    kiosk.press("1");
    kiosk.wait_for("[x] Je identiteitskaart");
    kiosk.press("4"); // begin
    for step in 1..=8 {
        kiosk.wait_for(&format!("Stap {step} van 8"));
        if step == 6 {
            // The PIN step tells both of them that the citizen types alone.
            kiosk.wait_for("Typ je code zelf.");
            kiosk.wait_for("Begeleider: kijk weg.");
        }
        kiosk.press("1");
    }
    kiosk.wait_for("Hoe is het afgelopen?");
    kiosk.press("1");
    // With a helper, the first-visit question comes before the summary.
    kiosk.wait_for("Kom je dit jaar voor het eerst naar dit digipunt?");
    kiosk.press("1");
    kiosk.wait_for("Wat je vandaag deed");
    kiosk.press("1"); // print: saved, since there is no printer
    kiosk.wait_for("Bewaard in");
    let saved = std::fs::read_to_string(summaries.join("summary.txt")).unwrap();
    assert!(
        saved.starts_with("digipunt - Inloggen met je eID en een kaartlezer\n"),
        "{saved}"
    );
    kiosk.press("2");
    kiosk.wait_for("Bedankt!");
    kiosk.press("\x03"); // Ctrl-C: the helper closes the program
    let status = kiosk.wait_exit();
    assert!(status.success(), "exit status {status:?}");

    assert_eq!(
        row(&database),
        [
            "pty-test",
            "nl",
            "assisted",
            "eid-login",
            "done",
            "8",
            "8",
            "",
            ""
        ]
    );
    // The terminal was handed back: alternate screen left, mouse off, bidi reset.
    let raw = String::from_utf8_lossy(&kiosk.raw.lock().unwrap()).into_owned();
    let tail = &raw[raw.rfind("Bedankt").unwrap_or(0)..];
    assert!(tail.contains("\x1b[?1049l"), "left the alternate screen");
    assert!(tail.contains("\x1b[8h"), "bidi mode restored");
    assert!(
        raw.contains("\x1b[8l"),
        "bidi reordering handed to the application at start"
    );
}

/// An Arabic message as the screen shows it: shaped and in display order.
fn arabic(id: &str) -> String {
    let content = digipunt::content::Content::embedded(chrono::Local::now().date_naive()).unwrap();
    let catalog = &content.catalog;
    let text = catalog.text(catalog.find("ar").unwrap(), id);
    digipunt::ui::text::layout(&text.value, 80, text.direction).remove(0)
}

#[test]
fn a_citizen_alone_in_arabic_is_referred_and_the_row_says_so() {
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("digipunt.sqlite");
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for("Kies je taal");
    kiosk.press("5"); // العربية
    // Arabic arrives shaped and in display order: "كيف تريد أن تعمل؟" drawn right to left.
    kiosk.wait_for(&arabic("mode-title"));
    kiosk.press("2"); // alone
    kiosk.wait_for("VDAB");
    kiosk.press("1"); // money and taxes
    kiosk.wait_for("Tax-on-web");
    kiosk.press("1"); // tax-on-web
    kiosk.wait_for("Tax-on-web");
    kiosk.press("8"); // begin, after the seven things to bring
    kiosk.wait_for("11");
    kiosk.press("\x1b[C"); // right arrow is "back" in Arabic: to the bring screen
    kiosk.press("8");
    kiosk.press("1"); // step 1 done
    kiosk.press("1"); // step 2 done
    kiosk.press("2"); // this does not work (step 3: the code)
    kiosk.press("1"); // forgot the PIN
    kiosk.press("1"); // where can I go?
    kiosk.wait_for(&arabic("referral-title"));
    kiosk.press("2"); // stop here
    kiosk.press("3"); // no, it did not work
    kiosk.wait_for(&arabic("summary-title"));
    kiosk.press("2"); // done
    kiosk.wait_for(&arabic("thanks-title"));
    kiosk.press("\x03");
    assert!(kiosk.wait_exit().success());
    assert_eq!(
        row(&database),
        [
            "pty-test",
            "ar",
            "self",
            "tax-on-web",
            "referred",
            "2",
            "11",
            "forgot-pin",
            "municipality"
        ]
    );
}

/// SIGTERM comes from a shutdown, SIGHUP from a closed window or a hung-up line.
#[test]
fn a_shutdown_or_hangup_records_the_help_as_abandoned_and_restores_the_terminal() {
    for signal in ["-TERM", "-HUP"] {
        stopped_by(signal);
    }
}

fn stopped_by(signal: &str) {
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("digipunt.sqlite");
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for("Kies je taal");
    kiosk.press("4"); // English
    kiosk.wait_for("How do you want to work?");
    kiosk.press("1");
    kiosk.press("2"); // work
    kiosk.press("1"); // VDAB
    kiosk.wait_for("What do you need?");
    let pid = kiosk.child.process_id().expect("a running child");
    let killed = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(kiosk.wait_exit().success());
    assert_eq!(
        row(&database),
        [
            "pty-test",
            "en",
            "assisted",
            "vdab-jobs",
            "abandoned",
            "0",
            "11",
            "",
            ""
        ]
    );
    let raw = String::from_utf8_lossy(&kiosk.raw.lock().unwrap()).into_owned();
    assert!(
        raw.rfind("\x1b[?1049l") > raw.rfind("need?"),
        "left the alternate screen after the last frame"
    );
}

#[test]
fn read_aloud_speaks_the_step_with_a_stand_in_voice() {
    let home = tempfile::tempdir().unwrap();
    let heard = home.path().join("heard.txt");
    // A stand-in for espeak-ng: it knows one voice and writes down what it is asked to say.
    let speaker = home.path().join("speak.sh");
    std::fs::write(
        &speaker,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --voices ]; then printf 'Pty Language Age/Gender VoiceName File\\n 5  nl  --/M  Dutch  gmw/nl\\n'; exit 0; fi\necho \"$@\" > {0}.args\ncat > {0}\n",
            heard.display()
        ),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&speaker)
        .status()
        .unwrap();
    let config = home.path().join("digipunt");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!("speech = {:?}\n", speaker),
    )
    .unwrap();
    let database = home.path().join("digipunt.sqlite");
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for("Kies je taal");
    kiosk.press("1");
    kiosk.press("2"); // alone
    kiosk.press("3"); // identity
    kiosk.wait_for("Inloggen met je eID en een kaartlezer");
    kiosk.press("1");
    kiosk.press("4"); // begin
    kiosk.wait_for("Stap 1 van 8");
    kiosk.wait_for("F5");
    kiosk.press("\x1b[15~"); // F5: read aloud
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&heard)
        .is_ok_and(|t| t.contains("Steek de kaartlezer in de computer."))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing was read aloud"
        );
        thread::sleep(Duration::from_millis(50));
    }
    let args = std::fs::read_to_string(heard.with_extension("txt.args")).unwrap();
    assert!(args.starts_with("-v nl"), "{args}");
    kiosk.press("\x03");
    assert!(kiosk.wait_exit().success());
}

/// F9 opens the helper's menu; digits choose, and on the number screen type the number;
/// the rows reach the log, and the report screen shows its pages.
#[test]
fn the_helpers_menu_counts_a_call_and_a_days_tally_from_the_keyboard() {
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("digipunt.sqlite");
    let mut kiosk = Kiosk::start(&database, home.path());
    kiosk.wait_for("F9  Menu begeleider");
    let steps = [
        ("\x1b[20~", "Menu voor de begeleider"), // F9
        ("1", "Over welk onderwerp ging de hulp?"),
        ("1", "Welke hulp gaf je?"),
        ("1", "In welke taal gaf je de hulp?"),
        ("4", "Hoe is de hulp afgelopen?"), // English
        ("1", "Hoe gaf je de hulp?"),
        ("2", "Kwam de burger"), // by phone
        ("3", "Klopt dit?"),
        (
            "1",
            "Bewaard: Belastingaangifte met Tax-on-web · Engels · Gelukt · Aan de telefoon",
        ),
        ("2", "Over welk onderwerp"), // a day from paper
        ("2", "Welke hulp gaf je?"),  // work
        ("1", "In welke taal"),
        ("1", "Hoe is de hulp afgelopen?"),
        ("2", "Hoe gaf je de hulp?"),
        ("1", "Kwam de burger"),
        ("3", "Hoeveel keer gaf je deze hulp?"),
        ("1", "Typ een getal"),
        ("2", "███ ███"), // 12, drawn large
        ("\r", "Op welke dag?"),
        ("2", "12 tellingen bewaren voor"), // yesterday
        ("1", "12 keer bewaard: Werk zoeken"),
        // The report: computed after a frame that says so, then turned with Page Down.
        ("5", "Over welke periode?"),
        ("4", "Blad 1 van 8"), // this year
        ("\x1b[6~", "Blad 2 van 8"),
        ("\x7f", "Menu voor de begeleider"), // Backspace: back
    ];
    for (key, then) in steps {
        kiosk.press(key);
        kiosk.wait_for(then);
    }
    kiosk.press("\x03");
    assert!(kiosk.wait_exit().success());
    let connection = rusqlite::Connection::open(&database).unwrap();
    let count = |sql: &str| -> i64 { connection.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count(
            "SELECT count(*) FROM interaction WHERE task = 'tax-on-web' AND language = 'en' AND channel = 'phone' AND minutes = 0"
        ),
        1
    );
    let yesterday = (chrono::Local::now().date_naive() - chrono::Days::new(1)).to_string();
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM interaction WHERE task = 'vdab-jobs' AND day = '{yesterday}' AND daypart = 'morning'"
        )),
        12
    );
}

#[test]
fn a_locked_kiosk_ignores_every_escape_key_and_the_helper_closes_it_with_the_pin() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let database = home.path().join("digipunt.sqlite");
    let config = home.path().join("config.toml");
    std::fs::write(&config, "kiosk = \"pty-test\"\n").unwrap();
    let mut set_pin = std::process::Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(["--config", config.to_str().unwrap(), "set-pin"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    set_pin
        .stdin
        .take()
        .unwrap()
        .write_all(b"246810\n")
        .unwrap();
    assert!(set_pin.wait().unwrap().success());
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("helper_pin = \"$argon2id$"), "{written}");
    assert!(!written.contains("246810"));
    let mode = std::fs::metadata(&config).unwrap().permissions().mode();
    assert_eq!(
        mode & 0o777,
        0o640,
        "nobody but the owner and group reads it"
    );

    let mut kiosk = Kiosk::start_with_args(
        &database,
        home.path(),
        &["--config", config.to_str().unwrap(), "--kiosk-mode"],
    );
    kiosk.wait_for("Kies je taal");
    // Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D, Ctrl-S, Ctrl-Q, q, Esc, Alt-F4 and Ctrl-Alt-Del as a
    // terminal sends them, one at a time.
    for keys in [
        "\x03",
        "\x1a",
        "\x1c",
        "\x04",
        "\x13",
        "\x11",
        "q",
        "\x1b",
        "\x1b[1;3S",
        "\x1b[3;7~",
    ] {
        kiosk.press(keys);
        thread::sleep(Duration::from_millis(100));
    }
    thread::sleep(Duration::from_millis(300));
    assert!(
        kiosk.child.try_wait().unwrap().is_none(),
        "the kiosk is still running"
    );
    assert!(kiosk.contents().contains("Kies je taal"));
    kiosk.press("1"); // Nederlands: the kiosk still answers.
    kiosk.wait_for("Hoe wil je werken?");
    kiosk.press("\x1b"); // back to the welcome screen
    kiosk.wait_for("Kies je taal");
    kiosk.press("\x1b[20~"); // F9
    kiosk.wait_for("PIN van de begeleider");
    kiosk.press("111111\r");
    kiosk.wait_for("Die PIN klopt niet");
    thread::sleep(Duration::from_millis(1_100));
    kiosk.press("246810\r");
    kiosk.wait_for("Menu voor de begeleider");
    let contents = kiosk.contents();
    let line = contents
        .lines()
        .find(|l| l.contains("digipunt afsluiten"))
        .expect("the menu offers to close");
    let number = line.trim().chars().next().unwrap();
    kiosk.press(&number.to_string());
    assert!(kiosk.wait_exit().success());
    let raw = String::from_utf8_lossy(&kiosk.raw.lock().unwrap()).into_owned();
    assert!(raw.ends_with("\x1b[8h") || raw.contains("\x1b[?1049l"));
}

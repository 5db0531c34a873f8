//! A public kiosk: no key leaves it, the helper's menu asks for the PIN, wrong PINs wait
//! longer each time, and a reset forgets the digits but not the wrong tries.

mod support;

use std::time::Duration;

use digipunt::app::lock::{LOCKOUT, TRIES_BEFORE_LOCKOUT, wait_after};
use digipunt::app::{Action, App, Choice, DeskChoice, DeskScreen, Effect, Screen, update};
use digipunt::interaction::{Mode, Outcome};
use support::*;

fn locked_app(kiosk_mode: bool) -> App {
    let mut app = app();
    app.settings.pin_required = true;
    app.settings.kiosk_mode = kiosk_mode;
    app
}

fn type_pin(app: &mut App, pin: &str) -> Vec<Effect> {
    for digit in pin.bytes() {
        assert!(update(app, Action::Digit(digit - b'0')).is_empty());
    }
    update(app, Action::Activate)
}

fn wait(app: &mut App, time: Duration) {
    let mut now = app.now;
    now.monotonic += time;
    update(app, Action::Tick(now));
}

/// Time passing as the kiosk loop sees it: a tick every few seconds.
fn let_time_pass(app: &mut App, time: Duration) {
    let step = Duration::from_secs(5);
    let mut passed = Duration::ZERO;
    while passed < time {
        let next = step.min(time - passed);
        wait(app, next);
        passed += next;
    }
}

#[test]
fn the_menu_opens_only_after_the_edge_says_the_pin_is_right() {
    let mut app = locked_app(true);
    run(&mut app, &[Action::OpenDesk]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Pin));
    // Digits type the PIN; they choose nothing here.
    assert_eq!(
        type_pin(&mut app, "246810"),
        [Effect::CheckPin("246810".to_owned())]
    );
    assert_eq!(app.lock.typed_len(), 0, "the digits left the core");
    assert!(!screen(&app, 80, 24).contains("246810"));
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Pin));
    run(&mut app, &[Action::PinChecked(true)]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Menu));
}

#[test]
fn the_screen_shows_a_star_per_digit_and_never_a_digit() {
    let mut app = locked_app(false);
    run(&mut app, &[Action::OpenDesk]);
    run(
        &mut app,
        &[Action::Digit(7), Action::Digit(3), Action::Digit(9)],
    );
    let shown = screen(&app, 80, 24);
    assert!(
        shown.contains("* * *") && !shown.contains("* * * *"),
        "{shown}"
    );
    assert!(!shown.contains('7') && !shown.contains('9'), "{shown}");
    // Backspace takes back a digit; with none left it leaves the PIN screen.
    run(&mut app, &[Action::Back, Action::Back, Action::Back]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Pin));
    run(&mut app, &[Action::Back]);
    assert_eq!(app.screen, Screen::Welcome);
}

#[test]
fn a_short_pin_is_not_checked_and_the_helper_is_told_why() {
    let mut app = locked_app(false);
    run(&mut app, &[Action::OpenDesk]);
    assert!(type_pin(&mut app, "12345").is_empty());
    assert!(screen(&app, 80, 24).contains("minstens 6 cijfers"));
}

#[test]
fn wrong_pins_wait_longer_each_time_then_the_menu_stays_shut() {
    let mut app = locked_app(true);
    run(&mut app, &[Action::OpenDesk]);
    for failure in 1..TRIES_BEFORE_LOCKOUT {
        assert_eq!(type_pin(&mut app, "000000").len(), 1);
        run(&mut app, &[Action::PinChecked(false)]);
        assert!(screen(&app, 80, 24).contains("Die PIN klopt niet"));
        // While waiting, Enter sends nothing, not even the right PIN.
        assert!(
            type_pin(&mut app, "246810").is_empty(),
            "try {failure} waits"
        );
        run(&mut app, &vec![Action::Back; 6]);
        wait(&mut app, wait_after(failure));
    }
    type_pin(&mut app, "000000");
    run(&mut app, &[Action::PinChecked(false)]);
    assert!(
        screen(&app, 80, 24).contains("over 15 minuten"),
        "{}",
        screen(&app, 80, 24)
    );
    // Meanwhile the idle reset brings the welcome screen back, as in real life.
    let_time_pass(&mut app, LOCKOUT - Duration::from_secs(10));
    assert_eq!(app.screen, Screen::Welcome);
    run(&mut app, &[Action::OpenDesk]);
    assert!(type_pin(&mut app, "246810").is_empty(), "still shut");
    run(&mut app, &vec![Action::Back; 6]);
    wait(&mut app, Duration::from_secs(10));
    assert_eq!(type_pin(&mut app, "246810").len(), 1);
    run(&mut app, &[Action::PinChecked(true)]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Menu));
    assert_eq!(app.lock.failures, 0);
}

#[test]
fn leaving_or_an_idle_reset_forgets_the_digits_but_not_the_wrong_tries() {
    let mut app = locked_app(true);
    run(&mut app, &[Action::OpenDesk]);
    type_pin(&mut app, "000000");
    run(&mut app, &[Action::PinChecked(false)]);
    run(&mut app, &[Action::Digit(5), Action::Digit(5)]);
    // Nobody answers "are you still there?": the screen starts over.
    let (idle, countdown) = (app.settings.idle_after, app.settings.idle_countdown);
    wait(&mut app, idle);
    wait(&mut app, countdown);
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(app.lock.typed_len(), 0);
    assert_eq!(app.lock.failures, 1);
    // The wait after the wrong PIN still holds after a restart of the screens.
    run(&mut app, &[Action::OpenDesk]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Pin));
}

#[test]
fn without_a_pin_the_menu_opens_at_once() {
    let mut app = app();
    run(&mut app, &[Action::OpenDesk]);
    assert_eq!(app.screen, Screen::Desk(DeskScreen::Menu));
}

#[test]
fn in_kiosk_mode_the_leave_key_does_nothing_on_any_screen() {
    let mut app = locked_app(true);
    assert!(run(&mut app, &[Action::Quit]).is_empty());
    let dutch = language(&app, "nl");
    choose(&mut app, dutch);
    assert!(run(&mut app, &[Action::Quit]).is_empty());
    choose(&mut app, 0);
    pick_topic(&mut app, "vdab-jobs");
    assert!(run(&mut app, &[Action::Quit]).is_empty());
    assert_eq!(app.screen, Screen::Bring);
}

#[test]
fn a_shutdown_from_outside_is_obeyed_even_in_kiosk_mode_and_records_the_help() {
    let mut app = locked_app(true);
    let dutch = language(&app, "nl");
    choose(&mut app, dutch);
    choose(&mut app, 0);
    pick_topic(&mut app, "vdab-jobs");
    // Even while "are you still there?" is shown.
    let idle = app.settings.idle_after;
    wait(&mut app, idle);
    assert!(app.idle_deadline.is_some());
    let effects = run(&mut app, &[Action::Shutdown]);
    assert_eq!(effects.last(), Some(&Effect::Quit));
    let Some(Effect::Record(record)) = effects.first() else {
        panic!("no record: {effects:?}");
    };
    assert_eq!(record.outcome, Outcome::Abandoned);
    assert_eq!(record.mode, Mode::Assisted);
}

#[test]
fn the_helper_closes_the_kiosk_from_the_menu_after_the_pin() {
    let mut app = locked_app(true);
    run(&mut app, &[Action::OpenDesk]);
    type_pin(&mut app, "246810");
    run(&mut app, &[Action::PinChecked(true)]);
    let close = choice_of(&app, Choice::Desk(DeskChoice::Close));
    assert_eq!(choose(&mut app, close), [Effect::Quit]);
}

#[test]
fn outside_kiosk_mode_the_leave_key_leaves() {
    let mut app = app();
    assert_eq!(run(&mut app, &[Action::Quit]), [Effect::Quit]);
}

#[test]
fn kiosk_mode_without_a_pin_refuses_to_start_and_says_how_to_set_one() {
    let home = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(["--kiosk-mode", "--db"])
        .arg(home.path().join("log.sqlite"))
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("digipunt set-pin"), "{said}");
}

#[test]
fn set_pin_refuses_a_short_pin_and_leaves_the_config_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(&config, "kiosk = \"a\"\n").unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .arg("--config")
        .arg(&config)
        .arg("set-pin")
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"1234\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("6 to 12 digits"));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "kiosk = \"a\"\n");
}

fn set_pin(config: &std::path::Path, pin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .arg("--config")
        .arg(config)
        .arg("set-pin")
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{pin}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn set_pin_writes_a_new_config_for_its_owner_alone_and_keeps_an_existing_ones_group() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("new").join("config.toml");
    assert!(set_pin(&fresh, "135799").status.success());
    let mode = std::fs::metadata(&fresh).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // A config the packaging made root:digipunt 0640, here with a world bit too much.
    let shared = dir.path().join("config.toml");
    std::fs::write(&shared, "kiosk = \"a\"\n").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664)).unwrap();
    let as_root = std::fs::metadata(&shared).unwrap().uid() == 0;
    if as_root {
        std::os::unix::fs::chown(&shared, Some(0), Some(1)).unwrap();
    }
    assert!(set_pin(&shared, "135799").status.success());
    let after = std::fs::metadata(&shared).unwrap();
    assert_eq!(after.permissions().mode() & 0o777, 0o640);
    if as_root {
        assert_eq!((after.uid(), after.gid()), (0, 1), "owner and group kept");
    }
    let text = std::fs::read_to_string(&shared).unwrap();
    assert!(text.starts_with("kiosk = \"a\"\n") && text.contains("helper_pin = \"$argon2id$"));
}

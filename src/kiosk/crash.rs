//! What a panic (a bug) leaves behind: one line appended to `crash.log` beside the log, and
//! a short note on stderr for whoever restarts the kiosk. The terminal itself is given
//! back by the hooks `terminal` installs after this one, which therefore run before it.
//!
//! The line holds the date (never the time: stored data must not link to a citizen's
//! visit), the program version, where the code panicked and its message. A panic message
//! is written by the code from its own values (an index, a length, a code); the kiosk has
//! no text field, and the only thing ever typed is a helper's count in digits, so nothing
//! a citizen typed can reach it. Even so the message is cut to one short line.

use std::io::Write;
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};

/// Longest message kept, in characters.
const MESSAGE_MAX: usize = 200;

/// Where the crash log goes for the log at `database`: the same folder.
pub fn log_beside(database: &Path) -> PathBuf {
    database
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("crash.log"), |dir| dir.join("crash.log"))
}

/// Notes every panic from now on in `log`, as
/// `2026-11-23 digipunt 0.1.0: panicked at src/kiosk.rs:120:17: the message`. Install it
/// before the terminal is taken, so the note appears on the screen given back. With
/// `RUST_BACKTRACE` set, Rust's own report (with the backtrace) follows, for a developer.
pub fn install(log: PathBuf) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let (place, message) = what(info);
        let day = chrono::Local::now().date_naive();
        let line = format!(
            "{} digipunt {}: panicked at {place}: {message}",
            day.format("%Y-%m-%d"),
            env!("CARGO_PKG_VERSION")
        );
        let noted = append(&log, &line);
        eprintln!("digipunt: stopped by an internal error (a bug) at {place}: {message}");
        match noted {
            Ok(()) => eprintln!("digipunt: noted in {}", log.display()),
            Err(e) => eprintln!("digipunt: could not note it in {}: {e}", log.display()),
        }
        if std::env::var("RUST_BACKTRACE").is_ok_and(|v| !v.is_empty() && v != "0") {
            previous(info);
        }
    }));
}

/// Where the code panicked, and its message on one short line.
fn what(info: &PanicHookInfo) -> (String, String) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    let place = info
        .location()
        .map_or_else(|| "an unknown place".to_owned(), ToString::to_string);
    (place, one_short_line(message))
}

/// Control characters (new lines, escapes) become spaces, and the text is cut to
/// `MESSAGE_MAX` characters.
fn one_short_line(message: &str) -> String {
    let mut short: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MESSAGE_MAX)
        .collect();
    if message.chars().nth(MESSAGE_MAX).is_some() {
        short.push_str("...");
    }
    short
}

fn append(log: &Path, line: &str) -> std::io::Result<()> {
    if let Some(dir) = log.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    // One write call per line, so lines from two processes never interleave.
    file.write_all(format!("{line}\n").as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_one_short_line() {
        assert_eq!(one_short_line("a\nb\x1b[2Jc"), "a b [2Jc");
        let long = "x".repeat(500);
        assert_eq!(one_short_line(&long).chars().count(), MESSAGE_MAX + 3);
    }

    #[test]
    fn the_log_lies_beside_the_database() {
        assert_eq!(
            log_beside(Path::new("/var/lib/digipunt/log.sqlite")),
            Path::new("/var/lib/digipunt/crash.log")
        );
        assert_eq!(log_beside(Path::new("log.sqlite")), Path::new("crash.log"));
    }
}

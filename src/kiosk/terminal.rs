//! Taking over the terminal and always giving it back: on a normal exit, on an error and
//! on a panic.

use std::io::{self, Write};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

/// ECMA-48 BDSM: explicit mode asks bidi-aware terminals (VTE) not to reorder what the
/// application already laid out; implicit mode is their default, restored at exit.
const BIDI_EXPLICIT: &str = "\x1b[8l";
const BIDI_IMPLICIT: &str = "\x1b[8h";

pub struct TerminalGuard {
    pub terminal: DefaultTerminal,
}

impl TerminalGuard {
    /// `app_bidi`: the kiosk lays right-to-left text out itself, so bidi-aware terminals
    /// are asked not to reorder it again.
    pub fn enter(app_bidi: bool) -> io::Result<TerminalGuard> {
        // Installed before ratatui's own hook, so it runs after ratatui has left raw mode
        // and the alternate screen.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            release_extras();
            previous(info);
        }));
        // The guard exists as soon as the terminal is taken, so a failure in the extra
        // set-up below still gives the terminal back.
        let guard = TerminalGuard {
            terminal: ratatui::try_init()?,
        };
        let mut stdout = io::stdout();
        execute!(stdout, EnableMouseCapture)?;
        if app_bidi {
            stdout.write_all(BIDI_EXPLICIT.as_bytes())?;
        }
        stdout.flush()?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        release_extras();
        ratatui::restore();
    }
}

fn release_extras() {
    let mut stdout = io::stdout();
    let _ = execute!(stdout, DisableMouseCapture);
    let _ = stdout.write_all(BIDI_IMPLICIT.as_bytes());
    let _ = stdout.flush();
}

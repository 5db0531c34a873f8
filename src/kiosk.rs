//! The kiosk at the edge: terminal, clock, event loop and the log. It sleeps until a key,
//! a click, a signal or the next timer; it never polls busily.

mod console;
pub mod crash;
mod keys;
mod printer;
mod recorder;
mod speech;
mod terminal;
mod wait;

use std::io;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use chrono::Local;
use ratatui::crossterm::event;
use ratatui::layout::Rect;

pub use console::{FONT_DIR, FontSwitcher, default_font_command, font_repertoire, on_text_console};
pub use printer::{Printer, default_command as default_print_command};
pub use recorder::Recorder;
pub use speech::{Speaker, default_command as default_speech_command};

use crate::app::{Action, App, Clock, Effect, update};
use wait::{Waiter, Wake};

/// How the kiosk session ended, for the exit message.
pub struct Ending {
    pub unsaved: usize,
    pub database: std::path::PathBuf,
    pub error: Option<String>,
    /// The loop stopped on a panic (a bug); what waited in memory was still written.
    pub panicked: bool,
}

/// The services at the edge that effects are carried out by.
pub struct Edge<'a> {
    pub recorder: Recorder,
    pub printer: &'a Printer,
    pub fonts: FontSwitcher,
    pub speaker: Speaker,
    /// The stored hash of the helper PIN; stays at the edge, never in the core.
    pub helper_pin: Option<String>,
    /// Effects that take longer than a frame (a report over a year of the log): carried
    /// out after the next frame is drawn, so that the screen says meanwhile what it waits
    /// for.
    pub after_frame: Vec<Effect>,
}

pub fn run(
    mut app: App,
    recorder: Recorder,
    printer: &Printer,
    fonts: FontSwitcher,
    speaker: Speaker,
    helper_pin: Option<String>,
) -> io::Result<Ending> {
    let waiter = Waiter::install()?;
    let mut edge = Edge {
        recorder,
        printer,
        fonts,
        speaker,
        helper_pin,
        after_frame: Vec::new(),
    };
    // A panic in the loop unwinds to here. By then the panic hooks have given the
    // terminal back and noted the crash (`crash`), and the terminal guard inside the loop
    // has been dropped; the recorder lives out here, so the rows waiting in memory still
    // get their try. The core is not asked for anything after a panic: its state may be
    // half-changed, so the help under way is not recorded.
    let served = std::panic::catch_unwind(AssertUnwindSafe(|| serve(&mut app, &mut edge, &waiter)));
    edge.speaker.stop();
    let recorder = &mut edge.recorder;
    let unsaved = recorder.flush();
    let ending = Ending {
        unsaved,
        database: recorder.path().to_owned(),
        error: recorder.last_error().map(str::to_owned),
        panicked: served.is_err(),
    };
    match served {
        Ok(Err(error)) => Err(error),
        Ok(Ok(())) | Err(_) => Ok(ending),
    }
}

/// The loop: draw, sleep until something happens, let the core answer it.
fn serve(app: &mut App, edge: &mut Edge, waiter: &Waiter) -> io::Result<()> {
    let started = Instant::now();
    let clock = move || Clock {
        monotonic: started.elapsed(),
        wall: Local::now().naive_local(),
    };
    // Tests only: F12 panics, to check what a crash leaves behind. Never in a release build.
    let test_panic = cfg!(debug_assertions) && std::env::var_os("DIGIPUNT_TEST_PANIC").is_some();
    update(app, Action::Tick(clock()));

    let mut guard = terminal::TerminalGuard::enter(!app.settings.terminal_bidi)?;
    let mut first_frame = true;
    loop {
        // A screen that can no longer be drawn is a terminal that went away.
        let drawn = guard
            .terminal
            .draw(|frame| crate::ui::draw(app, frame))
            .is_ok();
        if first_frame {
            // The first screen is up: now there is time for what takes longer than drawing
            // it (opening the log, asking which voices exist); the screen follows.
            first_frame = false;
            edge.recorder.flush();
            apply(app, Action::Store(edge.recorder.health()), edge);
            apply(app, Action::Voices(edge.speaker.voices()), edge);
            continue;
        }
        if edge.recorder.holds() {
            // The screen after "done" is up: now the row goes to the disk. Only a change
            // in the log's health (the helper's warning) needs another frame.
            edge.recorder.flush();
            let health = edge.recorder.health();
            let changed = health != app.store;
            apply(app, Action::Store(health), edge);
            if changed {
                continue;
            }
        }
        if !edge.after_frame.is_empty() {
            // The waiting line is up: now the slow work, then the screen that shows it.
            for effect in std::mem::take(&mut edge.after_frame) {
                carry_out_on_log(app, effect, edge);
            }
            continue;
        }
        // Sleep until the core's next timer or the recorder's next try, whichever is first.
        let timeout = [
            app.next_deadline()
                .map(|due| due.saturating_sub(started.elapsed())),
            edge.recorder
                .retry_at()
                .map(|at| at.saturating_duration_since(Instant::now())),
        ]
        .into_iter()
        .flatten()
        .min();
        let wake = if drawn {
            waiter.wait(timeout).unwrap_or(Wake::HungUp)
        } else {
            Wake::HungUp
        };
        apply(app, Action::Tick(clock()), edge);
        if edge
            .recorder
            .retry_at()
            .is_some_and(|at| at <= Instant::now())
        {
            edge.recorder.flush();
            apply(app, Action::Store(edge.recorder.health()), edge);
        }
        if waiter.stop_requested() || matches!(wake, Wake::HungUp) {
            apply(app, Action::Shutdown, edge);
            break;
        }
        if matches!(wake, Wake::Input) {
            match read_input(app, &mut guard, edge, test_panic) {
                Ok(Flow::Continue) => {}
                Ok(Flow::Quit) => break,
                Err(_) => {
                    apply(app, Action::Shutdown, edge);
                    break;
                }
            }
        }
    }
    edge.speaker.stop();
    drop(guard);
    Ok(())
}

#[derive(PartialEq, Eq)]
enum Flow {
    Continue,
    Quit,
}

/// Applies every event waiting on the terminal, each against the screen as it is then
/// (a click is hit-tested on the screen the previous key left).
fn read_input(
    app: &mut App,
    guard: &mut terminal::TerminalGuard,
    edge: &mut Edge,
    test_panic: bool,
) -> io::Result<Flow> {
    let size = guard.terminal.size()?;
    let screen = Rect::new(0, 0, size.width, size.height);
    while event::poll(Duration::ZERO)? {
        let event = event::read()?;
        if test_panic
            && matches!(&event, event::Event::Key(key) if key.code == event::KeyCode::F(12))
        {
            #[allow(clippy::panic, reason = "the test hook exists to panic")]
            {
                panic!("test panic (DIGIPUNT_TEST_PANIC, F12)");
            }
        }
        if let Some(action) = keys::action(app, &event, screen) {
            if apply(app, action, edge) == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
    }
    Ok(Flow::Continue)
}

/// Runs the core on one action and carries out the effects it asks for.
fn apply(app: &mut App, action: Action, edge: &mut Edge) -> Flow {
    let mut flow = Flow::Continue;
    for effect in update(app, action) {
        match effect {
            Effect::PrintSummary(text) => {
                update(app, Action::SummaryWritten(edge.printer.print(&text)));
            }
            Effect::ConsoleFont(font) => edge.fonts.load(font.as_deref()),
            Effect::Speak(voice) => edge.speaker.speak(&voice, &crate::ui::spoken_text(app)),
            Effect::StopSpeech => edge.speaker.stop(),
            Effect::Quit => flow = Flow::Quit,
            Effect::CheckPin(digits) => {
                let right = edge
                    .helper_pin
                    .as_deref()
                    .is_some_and(|stored| crate::pin::matches(stored, &digits));
                update(app, Action::PinChecked(right));
            }
            Effect::LoadReport(_) => edge.after_frame.push(effect),
            // Written right after the next frame (`Recorder::hold`).
            write if write.writes() => edge.recorder.hold(write),
            log => carry_out_on_log(app, log, edge),
        }
    }
    flow
}

/// Rows written, the undo list read, a report computed: what the log reports back (its
/// health, the list, the report) asks for nothing more.
fn carry_out_on_log(app: &mut App, effect: Effect, edge: &mut Edge) {
    for answer in edge.recorder.carry_out(effect, &app.settings.kiosk) {
        update(app, answer);
    }
}

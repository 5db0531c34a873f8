//! The kiosk at the edge: terminal, clock, event loop and the log. It sleeps until a key,
//! a click, a signal or the next timer; it never polls busily.

mod console;
mod keys;
mod printer;
mod recorder;
mod speech;
mod terminal;
mod wait;

use std::io;
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
}

/// The services at the edge that effects are carried out by.
pub struct Edge<'a> {
    pub recorder: Recorder,
    pub printer: &'a Printer,
    pub fonts: FontSwitcher,
    pub speaker: Speaker,
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
) -> io::Result<Ending> {
    let started = Instant::now();
    let clock = move || Clock {
        monotonic: started.elapsed(),
        wall: Local::now().naive_local(),
    };
    let waiter = Waiter::install()?;
    let mut edge = Edge {
        recorder,
        printer,
        fonts,
        speaker,
        after_frame: Vec::new(),
    };
    update(&mut app, Action::Tick(clock()));

    let mut guard = terminal::TerminalGuard::enter(!app.settings.terminal_bidi)?;
    let mut first_frame = true;
    loop {
        // A screen that can no longer be drawn is a terminal that went away.
        let drawn = guard
            .terminal
            .draw(|frame| crate::ui::draw(&app, frame))
            .is_ok();
        if first_frame {
            // The first screen is up: now there is time for what takes longer than drawing
            // it (opening the log, asking which voices exist); the screen follows.
            first_frame = false;
            edge.recorder.connect();
            apply(&mut app, Action::Store(edge.recorder.health()), &mut edge);
            apply(&mut app, Action::Voices(edge.speaker.voices()), &mut edge);
            continue;
        }
        if !edge.after_frame.is_empty() {
            // The waiting line is up: now the slow work, then the screen that shows it.
            for effect in std::mem::take(&mut edge.after_frame) {
                carry_out_on_log(&mut app, effect, &mut edge);
            }
            continue;
        }
        let timeout = app
            .next_deadline()
            .map(|due| due.saturating_sub(started.elapsed()));
        let wake = if drawn {
            waiter.wait(timeout).unwrap_or(Wake::HungUp)
        } else {
            Wake::HungUp
        };
        apply(&mut app, Action::Tick(clock()), &mut edge);
        if waiter.stop_requested() || matches!(wake, Wake::HungUp) {
            apply(&mut app, Action::Quit, &mut edge);
            break;
        }
        if matches!(wake, Wake::Input) {
            match read_input(&mut app, &mut guard, &mut edge) {
                Ok(Flow::Continue) => {}
                Ok(Flow::Quit) => break,
                Err(_) => {
                    apply(&mut app, Action::Quit, &mut edge);
                    break;
                }
            }
        }
    }
    edge.speaker.stop();
    drop(guard);
    let recorder = &mut edge.recorder;
    let unsaved = recorder.flush();
    Ok(Ending {
        unsaved,
        database: recorder.path().to_owned(),
        error: recorder.last_error().map(str::to_owned),
    })
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
) -> io::Result<Flow> {
    let size = guard.terminal.size()?;
    let screen = Rect::new(0, 0, size.width, size.height);
    while event::poll(Duration::ZERO)? {
        let event = event::read()?;
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
            Effect::LoadReport(_) => edge.after_frame.push(effect),
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

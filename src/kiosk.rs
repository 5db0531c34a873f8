//! The kiosk at the edge: terminal, clock, event loop and the log. It sleeps until a key,
//! a click or the next timer; it never polls busily.

mod keys;
mod recorder;
mod signals;
mod terminal;

use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Local;
use ratatui::crossterm::event;
use ratatui::layout::Rect;

pub use recorder::Recorder;

use crate::app::{Action, App, Clock, Effect, update};

/// How the kiosk session ended, for the exit message.
pub struct Ending {
    pub unsaved: usize,
    pub database: std::path::PathBuf,
    pub error: Option<String>,
}

pub fn run(mut app: App, database: &Path) -> io::Result<Ending> {
    let started = Instant::now();
    let clock = move || Clock {
        monotonic: started.elapsed(),
        wall: Local::now().naive_local(),
    };
    let stop = signals::StopRequest::install()?;
    let mut recorder = Recorder::open(database);
    update(&mut app, Action::Tick(clock()));
    update(&mut app, Action::UnsavedRecords(recorder.pending()));

    let mut guard = terminal::TerminalGuard::enter()?;
    loop {
        guard.terminal.draw(|frame| crate::ui::draw(&app, frame))?;
        let timeout = app
            .next_deadline()
            .map_or(Duration::from_secs(24 * 3600), |due| {
                due.saturating_sub(started.elapsed())
            });
        let action = if event::poll(timeout)? {
            let size = guard.terminal.size()?;
            let screen = Rect::new(0, 0, size.width, size.height);
            keys::action(&app, &event::read()?, screen)
        } else {
            None
        };
        let action = if stop.requested() {
            Some(Action::Quit)
        } else {
            action
        };
        update(&mut app, Action::Tick(clock()));
        let Some(action) = action else { continue };
        if apply(&mut app, action, &mut recorder) == Flow::Quit {
            break;
        }
    }
    drop(guard);
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

/// Runs the core on one action and performs the effects it asks for.
fn apply(app: &mut App, action: Action, recorder: &mut Recorder) -> Flow {
    let mut flow = Flow::Continue;
    for effect in update(app, action) {
        match effect {
            Effect::Record(interaction) => {
                let unsaved = recorder.record(interaction);
                update(app, Action::UnsavedRecords(unsaved));
            }
            Effect::Quit => flow = Flow::Quit,
        }
    }
    flow
}

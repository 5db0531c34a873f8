//! The kiosk at the edge: terminal, clock, event loop and the log. It sleeps until a key,
//! a click or the next timer; it never polls busily.

mod keys;
mod recorder;
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
    let mut recorder = Recorder::open(database);
    update(&mut app, Action::Tick(clock()));
    update(&mut app, Action::UnsavedRecords(recorder.pending()));

    let mut guard = terminal::TerminalGuard::enter()?;
    'running: loop {
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
        update(&mut app, Action::Tick(clock()));
        let Some(action) = action else { continue };
        for effect in update(&mut app, action) {
            match effect {
                Effect::Record(interaction) => {
                    let unsaved = recorder.record(interaction);
                    update(&mut app, Action::UnsavedRecords(unsaved));
                }
                Effect::Quit => break 'running,
            }
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

//! What a key, click or timer means to the core, and what the core asks the edge to do.

use super::state::{Clock, StoreHealth};
use super::summary::SummaryStatus;
use crate::interaction::{GroupSession, Interaction, Logged};
use crate::stats::{Report, Request};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The time now; sent before every input and when a timer is due.
    Tick(Clock),
    /// A numbered choice (click or touch), counted from 0.
    Choose(usize),
    /// A digit key: part of a number where the screen asks for one (how many), else the
    /// choice with that number (1 is the first; 0 chooses nothing).
    Digit(u8),
    /// Move the highlight up (-1) or down (+1).
    MoveSelection(i32),
    /// Take the highlighted choice (Enter).
    Activate,
    Back,
    /// An arrow pointing in the reading direction's "forward" or "backward" is decided by
    /// the core, because right is forward in Dutch but backward in Arabic.
    ArrowLeft,
    ArrowRight,
    /// Page Down and Page Up: the next or previous page, in any reading direction.
    NextPage,
    PreviousPage,
    OpenLanguage,
    /// The helper chooses their own language (helper mode only).
    OpenHelperLanguage,
    /// Read the screen aloud in the citizen's language.
    Speak,
    /// Switch between the rich and the basic (ASCII, high-contrast) look.
    ToggleLook,
    /// End the current help now and go to the outcome question.
    Stop,
    /// The helper's leave key (q, Ctrl-C); ignored in kiosk mode.
    Quit,
    /// The system ends the program (SIGTERM, SIGHUP, the terminal gone): always obeyed.
    Shutdown,
    /// Whether the PIN sent with `Effect::CheckPin` was right.
    PinChecked(bool),
    /// Open the helper's menu (counting help given elsewhere, undo).
    OpenDesk,
    /// The undo list as the edge read it from the log, newest first (`None`: unreadable).
    Recent(Option<Vec<Logged>>),
    /// The report the edge computed for `Effect::LoadReport` (`None`: the log cannot be
    /// read).
    Report(Option<Box<Report>>),
    /// Whether the log can be written and how many records wait; reported by the edge
    /// at start and after each attempt.
    Store(StoreHealth),
    /// What became of printing or saving the take-home summary.
    SummaryWritten(SummaryStatus),
    /// The speech voices installed here (espeak-ng language codes); asked after the
    /// first screen is up, because asking takes longer than drawing it.
    Voices(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Record(Interaction),
    RecordGroupSession(GroupSession),
    /// Write a new row that cancels this one.
    Undo(Logged),
    /// Read the undo list from the log and answer with `Action::Recent`.
    LoadRecent,
    /// Compute this report from the log and answer with `Action::Report`.
    LoadReport(Request),
    /// Read the current screen aloud with this voice (the edge takes the words from `ui`).
    Speak(String),
    StopSpeech,
    /// Load this console font (`None`: the console's default), on the Linux console.
    ConsoleFont(Option<String>),
    /// Write the take-home summary to a file, and print it where a printer exists.
    PrintSummary(String),
    /// Compare these digits with the stored PIN hash; answer with `Action::PinChecked`.
    CheckPin(String),
    Quit,
}

impl Effect {
    /// Whether this writes a row to the log (a save or an undo).
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Effect::Record(_) | Effect::RecordGroupSession(_) | Effect::Undo(_)
        )
    }
}

//! What a key, click or timer means to the core, and what the core asks the edge to do.

use super::state::{Clock, StoreHealth};
use super::summary::SummaryStatus;
use crate::interaction::Interaction;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The time now; sent before every input and when a timer is due.
    Tick(Clock),
    /// A numbered choice (digit key, click or touch), counted from 0.
    Choose(usize),
    /// Move the highlight up (-1) or down (+1).
    MoveSelection(i32),
    /// Take the highlighted choice (Enter).
    Activate,
    Back,
    /// An arrow pointing in the reading direction's "forward" or "backward" is decided by
    /// the core, because right is forward in Dutch but backward in Arabic.
    ArrowLeft,
    ArrowRight,
    OpenLanguage,
    /// The helper chooses their own language (helper mode only).
    OpenHelperLanguage,
    /// Read the screen aloud in the citizen's language.
    Speak,
    /// Switch between the rich and the basic (ASCII, high-contrast) look.
    ToggleLook,
    /// End the current help now and go to the outcome question.
    Stop,
    /// Leave the program (the helper, outside kiosk mode).
    Quit,
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
    /// Read the current screen aloud with this voice (the edge takes the words from `ui`).
    Speak(String),
    StopSpeech,
    /// Load this console font (`None`: the console's default), on the Linux console.
    ConsoleFont(Option<String>),
    /// Write the take-home summary to a file, and print it where a printer exists.
    PrintSummary(String),
    Quit,
}

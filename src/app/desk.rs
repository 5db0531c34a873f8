//! The helper's desk: counting the help that no checklist saw (by phone, on a home visit,
//! in a workshop, from a day's paper tally) in a few key presses, undoing a mistake, and
//! reading a period's report. Pure like the rest of the core: the edge writes the rows,
//! reads the undo list back and computes the report.

mod flow;
pub mod report;
mod rows;
mod runs;

use std::time::Duration;

use crate::i18n::LocaleId;
use crate::interaction::{Channel, Daypart, Entry, FirstVisit, Logged, Outcome};

use super::state::Screen;

pub use flow::{
    back, choices, leave, open, pin_checked, run_rows, step_count, take, type_digit, types_number,
};
pub use rows::{day_before, draft_entry};
pub use runs::{MAX_RUNS, runs};

/// The same save pressed again within this time counts once (a double press or a
/// bouncing key, a double tap on a touch screen).
pub const DOUBLE_PRESS: Duration = Duration::from_millis(1500);

/// The largest count a batch or a group session takes.
pub const MAX_COUNT: u32 = 99;

/// How far back a day's tally may be entered; never a day still to come.
pub const MAX_DAYS_BACK: u32 = 7;

/// Workshop lengths offered, in minutes.
pub const SESSION_MINUTES: [u32; 6] = [30, 60, 90, 120, 150, 180];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One help given now, in a few key presses.
    Quick,
    /// A day's paper tally: N times the same help on one day.
    Batch,
    /// A workshop, counted apart from one-to-one help.
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskScreen {
    /// The helper PIN, when one is set; the menu opens after it.
    Pin,
    Menu,
    /// Topic groups: the topic of a group session, or the way to a task.
    Topic,
    /// The checklists of the chosen group, and "something else" in it.
    Task,
    Language,
    Outcome,
    Channel,
    FirstVisit,
    /// How many entries (batch) or attendees (group), typed or stepped.
    Count,
    Minutes,
    Day,
    Confirm,
    /// After "save and keep": one key saves the same entry again.
    Keep,
    Undo,
    /// Confirming the undo of one run of the list.
    UndoConfirm(usize),
    /// Which period a report covers.
    ReportPeriod,
    /// The first month of a custom range.
    ReportFrom,
    /// The last month of a custom range.
    ReportTo,
    /// The report itself, page by page (or the line that it is being made).
    Report,
}

/// What a one-to-one entry was about: a checklist, or something else in a topic group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    Checklist(usize),
    /// Index into the library's categories; stored as task `other` with that category.
    Other(usize),
}

/// The helper's choices on the desk screens; `ui` labels them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskChoice {
    /// Send the PIN typed for checking.
    Unlock,
    /// End the program (the one way out in kiosk mode).
    Close,
    Open(Kind),
    OpenUndo,
    Leave,
    Topic(usize),
    Task(Task),
    Language(LocaleId),
    Outcome(Outcome),
    Channel(Channel),
    FirstVisit(FirstVisit),
    /// Go on with the number shown.
    Count,
    Minutes(u32),
    /// Days before today.
    Day(u32),
    Save,
    SaveAndKeep,
    SaveAgain,
    /// Cycle morning, afternoon, evening for a batch or a group session.
    Daypart,
    NewEntry,
    Menu,
    /// A run of the undo list.
    Undo(usize),
    UndoAll,
    UndoOne,
    BackToList,
    OpenReport,
    Span(report::Span),
    /// A custom range of whole months.
    Months,
    /// The first or last month of that range.
    Month(report::Month),
}

/// The entry being put together, one answer per screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: Kind,
    pub topic: Option<usize>,
    pub task: Option<Task>,
    pub language: Option<LocaleId>,
    pub outcome: Option<Outcome>,
    pub channel: Option<Channel>,
    pub first_visit: Option<FirstVisit>,
    /// Entries (batch) or attendees (group session), 1 to `MAX_COUNT`.
    pub count: u32,
    /// Digits typed since the number screen opened; a third starts a new number.
    pub typed: u8,
    pub minutes: Option<u32>,
    /// Days before today; 0 is today.
    pub days_back: Option<u32>,
    pub daypart: Daypart,
}

impl Draft {
    pub fn new(kind: Kind) -> Draft {
        Draft {
            kind,
            topic: None,
            task: None,
            language: None,
            outcome: None,
            channel: None,
            first_visit: None,
            count: 1,
            typed: 0,
            minutes: None,
            days_back: None,
            daypart: Daypart::Morning,
        }
    }
}

/// What was just saved or undone, shown to the helper until the next thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub undone: bool,
    /// How many rows: a batch, a run of "save and keep", or undone at once.
    pub times: u32,
    pub entry: Entry,
    /// The day was chosen (batch, group session), so the notice names it.
    pub dated: bool,
}

/// The undo list as the edge last reported it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Recent {
    #[default]
    Loading,
    /// The log cannot be read now.
    Unreadable,
    Rows(Vec<Logged>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    pub draft: Option<Draft>,
    pub notice: Option<Notice>,
    pub recent: Recent,
    /// The input that saved, and when, until another input comes: the same input again
    /// soon after counts once.
    pub last_save: Option<(Duration, super::action::Action)>,
    /// Where leaving the menu returns to: the welcome or the mode screen.
    pub return_to: Screen,
    /// The report being chosen or read; `None` outside the report's screens.
    pub report: Option<report::Reading>,
}

impl Default for Desk {
    fn default() -> Self {
        Desk {
            draft: None,
            notice: None,
            recent: Recent::Loading,
            last_save: None,
            return_to: Screen::Welcome,
            report: None,
        }
    }
}

impl Desk {
    /// Whether `input` repeats the input that saved, too soon to be meant.
    pub fn is_repeat(&self, input: &super::action::Action, now: Duration) -> bool {
        self.last_save
            .as_ref()
            .is_some_and(|(at, saved)| saved == input && now.saturating_sub(*at) < DOUBLE_PRESS)
    }
}

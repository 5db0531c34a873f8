//! The state of the screen flow: plain data, changed only by `update`.

use std::rc::Rc;
use std::time::Duration;

use chrono::NaiveDateTime;

use crate::content::{Checklist, Content, Step};
use crate::i18n::{Display, LocaleId};
use crate::interaction::{Mode, Outcome};

use super::desk::{Desk, DeskScreen};

/// Time as the core sees it: a monotonic reading for durations and timers, and the local
/// wall clock for the day and daypart of a record. Both arrive in `Action::Tick`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub monotonic: Duration,
    pub wall: NaiveDateTime,
}

/// Settings the core needs; read from the config at the edge.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Location code written in every record, e.g. `brugge-bib-1`.
    pub kiosk: String,
    /// The language a fresh screen starts in (a tag; falls back to the source language).
    pub default_language: String,
    /// The helper's language at start (a tag); the helper can change it on screen.
    pub helper_language: String,
    /// Local details of referral places, by referral id.
    pub local_referrals: Vec<LocalReferral>,
    /// Running on the Linux text console: basic look, and only what its fonts can draw.
    pub console: bool,
    /// The kiosk may switch the console font per language (Arabic, Ethiopic).
    pub console_fonts: bool,
    /// The characters each console font can draw, by font name (on the Linux console).
    pub console_repertoires: std::collections::HashMap<String, std::collections::HashSet<char>>,
    /// The terminal reorders right-to-left text itself (config `bidi = "terminal"`).
    pub terminal_bidi: bool,
    /// Speech voices installed on this machine (espeak-ng language codes).
    pub voices: Vec<String>,
    /// Without input for this long, the screen asks "are you still there?".
    pub idle_after: Duration,
    /// How long that question waits before the screen starts over.
    pub idle_countdown: Duration,
    /// A public kiosk: keys never leave it; only the helper's menu closes it.
    pub kiosk_mode: bool,
    /// A helper PIN is set: the helper's menu asks for it.
    pub pin_required: bool,
    /// Counts below this are never shown in a report (config `suppress_below`).
    pub suppress_below: u64,
    /// People to reach in a year, shown against them in a report (config `reach_target`).
    pub reach_target: Option<u64>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            kiosk: "unnamed".to_owned(),
            default_language: crate::i18n::SOURCE_LOCALE.to_owned(),
            helper_language: crate::i18n::SOURCE_LOCALE.to_owned(),
            local_referrals: Vec::new(),
            console: false,
            console_fonts: false,
            console_repertoires: std::collections::HashMap::new(),
            terminal_bidi: false,
            voices: Vec::new(),
            idle_after: Duration::from_secs(180),
            idle_countdown: Duration::from_secs(30),
            kiosk_mode: false,
            pin_required: false,
            suppress_below: crate::stats::DEFAULT_THRESHOLD,
            reach_target: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalReferral {
    pub id: String,
    pub address: Option<String>,
    pub hours: Option<String>,
    pub phone: Option<String>,
    /// Local conditions in the digipunt's own words (e.g. who may borrow a laptop).
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The language screen a citizen starts on.
    Welcome,
    Mode,
    /// The topic groups: two key presses reach any checklist.
    Topics,
    /// The checklists of one topic group (index into the library's categories).
    Category(usize),
    /// "What to bring" of the checklist on top of the stack.
    Bring,
    Step,
    /// The current step's known problems.
    Problems,
    /// One problem: what to try, and where it leads. Index into the step's problems;
    /// `None` is the generic "something else".
    Problem(Option<usize>),
    Referral(Option<usize>),
    Outcome,
    /// "First time at this digipunt this year?", after the outcome when a helper is there.
    FirstVisit,
    /// What was done, what is open, what to bring next time; can be printed.
    Summary,
    Thanks,
    /// The helper's menu and its screens; never part of a citizen's path.
    Desk(DeskScreen),
}

/// One place in one checklist. A `goto` pushes a new place; finishing that checklist pops
/// it and the citizen is back where the problem was met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub checklist: usize,
    /// `None` while on the "what to bring" screen.
    pub step: Option<usize>,
    /// Which of the checklist's bring items the citizen has with them.
    pub ticked: Vec<bool>,
    /// Branch answers so far: (branch step, option).
    pub answers: Vec<(usize, usize)>,
}

/// The help in progress for one citizen; dropped entirely when it ends.
#[derive(Debug, Clone)]
pub struct Session {
    pub mode: Mode,
    pub started: Clock,
    /// Empty until a topic is chosen; the first place is the recorded task.
    pub places: Vec<Place>,
    /// Steps of the first checklist confirmed as done.
    pub steps_done: usize,
    pub problems: Vec<String>,
    pub referral: Option<String>,
    /// How it ended, once answered; the record waits for the first-visit question.
    pub outcome: Option<Outcome>,
}

impl Session {
    pub fn new(mode: Mode, started: Clock) -> Self {
        Session {
            mode,
            started,
            places: Vec::new(),
            steps_done: 0,
            problems: Vec::new(),
            referral: None,
            outcome: None,
        }
    }

    pub fn place(&self) -> Option<&Place> {
        self.places.last()
    }

    pub fn place_mut(&mut self) -> Option<&mut Place> {
        self.places.last_mut()
    }

    pub fn note_problem(&mut self, code: &str) {
        if !self.problems.iter().any(|p| p == code) {
            self.problems.push(code.to_owned());
        }
    }
}

pub struct App {
    /// Shared, read-only: loaded once, and in tests shared by many apps.
    pub content: Rc<Content>,
    pub settings: Settings,
    pub screen: Screen,
    /// The language picker shown over the current screen, keeping the place.
    pub picking_language: bool,
    /// The open picker chooses the helper's language, not the citizen's.
    pub picking_for_helper: bool,
    pub language: LocaleId,
    /// The helper's own language: helper mode shows each step in it too.
    pub helper_language: LocaleId,
    /// Highlighted choice on the current screen.
    pub selected: usize,
    pub session: Option<Session>,
    /// The basic (ASCII, monochrome, high-contrast) look, toggled by a key.
    pub basic_look: bool,
    /// The console font the edge was last asked to load (`None`: the default font).
    pub console_font: Option<String>,
    /// Read-aloud is under way; it stops when the screen changes.
    pub speaking: bool,
    /// Where "back" on the outcome screen returns to.
    pub outcome_return: Screen,
    pub now: Clock,
    /// The last time a person touched the kiosk.
    pub last_input: Duration,
    /// While "are you still there?" is shown: when the screen starts over.
    pub idle_deadline: Option<Duration>,
    /// When the thank-you screen gives way to a fresh welcome screen.
    pub thanks_until: Option<Duration>,
    pub store: StoreHealth,
    /// The take-home summary of the help that just ended, until the next citizen.
    pub summary: Option<super::summary::Summary>,
    pub summary_status: Option<super::summary::SummaryStatus>,
    /// The helper's menu: what is being entered, what was last saved, the undo list.
    pub desk: Desk,
    /// The helper PIN's digits and wrong tries; outlives each citizen.
    pub lock: super::lock::Lock,
}

/// What the edge last reported about the log; the helper sees a warning unless all is well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreHealth {
    pub writable: bool,
    /// Records kept in memory until they can be written.
    pub unsaved: usize,
}

impl StoreHealth {
    pub fn is_ok(self) -> bool {
        self.writable && self.unsaved == 0
    }
}

/// How long the thank-you screen stays before the next citizen's welcome screen.
pub const THANKS_SECONDS: u64 = 20;

impl App {
    pub fn new(content: Rc<Content>, settings: Settings, now: Clock) -> Self {
        let mut app = App {
            content,
            settings,
            screen: Screen::Welcome,
            picking_language: false,
            picking_for_helper: false,
            basic_look: false,
            console_font: None,
            speaking: false,
            language: 0,
            helper_language: 0,
            selected: 0,
            session: None,
            outcome_return: Screen::Welcome,
            now,
            last_input: now.monotonic,
            idle_deadline: None,
            thanks_until: None,
            store: StoreHealth {
                writable: true,
                unsaved: 0,
            },
            summary: None,
            summary_status: None,
            desk: Desk::default(),
            lock: super::lock::Lock::default(),
        };
        app.language = app.default_language();
        let catalog = &app.content.catalog;
        app.helper_language = catalog
            .find(&app.settings.helper_language)
            .unwrap_or(catalog.source());
        app
    }

    /// Whether this screen can show a locale: anything on a terminal, but on the Linux
    /// console only what its fonts draw (some need a font the kiosk may load).
    pub fn can_show(&self, locale: LocaleId) -> bool {
        match &self.content.catalog.locale(locale).meta.display {
            _ if !self.settings.console => true,
            Display::Console(_) => true,
            Display::ConsoleFont(_) => self.settings.console_fonts,
            Display::Unicode => false,
        }
    }

    /// The voice that reads the citizen's language aloud, if this machine has it.
    pub fn voice(&self) -> Option<&str> {
        let voice = self
            .content
            .catalog
            .locale(self.language)
            .meta
            .voice
            .as_deref()?;
        self.settings
            .voices
            .iter()
            .any(|v| v == voice)
            .then_some(voice)
    }

    pub fn default_language(&self) -> LocaleId {
        let catalog = &self.content.catalog;
        catalog
            .find(&self.settings.default_language)
            .unwrap_or(catalog.source())
    }

    /// On the helper's screens, which are in the helper's language.
    pub fn on_desk(&self) -> bool {
        matches!(self.screen, Screen::Desk(_))
    }

    /// The language the screen is in: the helper's on the helper's screens.
    pub fn screen_language(&self) -> LocaleId {
        if self.on_desk() {
            self.helper_language
        } else {
            self.language
        }
    }

    pub fn mode(&self) -> Option<Mode> {
        self.session.as_ref().map(|s| s.mode)
    }

    pub fn place(&self) -> Option<&Place> {
        self.session.as_ref().and_then(Session::place)
    }

    pub fn checklist(&self) -> Option<&Checklist> {
        self.place()
            .map(|p| &self.content.library.checklists[p.checklist])
    }

    pub fn step(&self) -> Option<&Step> {
        let place = self.place()?;
        let checklist = &self.content.library.checklists[place.checklist];
        checklist.steps.get(place.step?)
    }

    /// The checklist the citizen returns to after the current one, if it was a `goto`.
    pub fn return_checklist(&self) -> Option<&Checklist> {
        let places = &self.session.as_ref()?.places;
        let below = places.len().checked_sub(2)?;
        Some(&self.content.library.checklists[places[below].checklist])
    }

    pub fn local_referral(&self, id: &str) -> Option<&LocalReferral> {
        self.settings.local_referrals.iter().find(|r| r.id == id)
    }

    /// True on the fresh welcome screen, where nobody's help is under way.
    pub fn is_fresh(&self) -> bool {
        self.screen == Screen::Welcome
            && !self.picking_language
            && self.language == self.default_language()
    }

    /// When the loop must wake up even without input: the thank-you timeout, the idle
    /// question, or the end of its countdown.
    pub fn next_deadline(&self) -> Option<Duration> {
        let idle = match self.idle_deadline {
            // The countdown on screen changes every second.
            Some(deadline) => Some(deadline.min(self.now.monotonic + Duration::from_secs(1))),
            None if !self.is_fresh() => Some(self.last_input + self.settings.idle_after),
            None => None,
        };
        // The PIN screen counts down the wait after a wrong try.
        let pin_wait = (self.screen == Screen::Desk(DeskScreen::Pin))
            .then(|| self.lock.waiting(self.now.monotonic))
            .flatten()
            .map(|left| self.now.monotonic + left.min(Duration::from_secs(1)));
        [self.thanks_until, idle, pin_wait]
            .into_iter()
            .flatten()
            .min()
    }
}

//! One anonymous record of help given: the only thing digipunt keeps. Every field is a
//! code from a closed list, a date, or a coarse number; nothing a citizen typed or said.

use chrono::{NaiveDate, NaiveTime, Timelike};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub kiosk: String,
    /// Local date the help started.
    pub day: NaiveDate,
    pub daypart: Daypart,
    /// Duration rounded up to 5 minutes.
    pub minutes: u32,
    pub mode: Mode,
    /// Citizen's language tag.
    pub language: String,
    /// Checklist id, and its version at the time.
    pub task: String,
    /// The checklist's topic group (`assets/categories.toml`), so that counts by topic
    /// survive checklists being renamed or merged from another digipunt.
    pub category: String,
    pub content_version: u32,
    pub steps_done: u32,
    pub steps_total: u32,
    pub outcome: Outcome,
    pub referral: Option<String>,
    /// Problem codes met on the way, each once, in the order met.
    pub problems: Vec<String>,
    pub age_band: AgeBand,
    pub first_visit: FirstVisit,
    pub channel: Channel,
    /// For an undo: the id of the row this one cancels.
    pub correction_of: Option<String>,
}

/// The task of help counted at the helper's desk that followed no checklist; its topic
/// group is in `category`.
pub const OTHER_TASK: &str = "other";

/// One group session (a workshop): counted apart from one-to-one help. The topic is a
/// topic group code (`assets/categories.toml`); attendees is a head count, no more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSession {
    pub kiosk: String,
    pub day: NaiveDate,
    pub daypart: Daypart,
    pub topic: String,
    /// The language the session was given in.
    pub language: String,
    pub attendees: u32,
    /// Rounded up to 5 minutes.
    pub minutes: u32,
    /// For an undo: the id of the session this one cancels.
    pub correction_of: Option<String>,
}

/// One row of the log: one-to-one help or a group session. The recorder keeps them in one
/// queue, so they reach the database in the order they were saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Help(Interaction),
    Group(GroupSession),
}

impl Entry {
    /// The new row that cancels the row `id` (an undo): the same fields, so that a reader
    /// sees what was cancelled, and `correction_of` pointing at it.
    pub fn cancelling(&self, id: &str) -> Entry {
        let mut entry = self.clone();
        match &mut entry {
            Entry::Help(interaction) => interaction.correction_of = Some(id.to_owned()),
            Entry::Group(session) => session.correction_of = Some(id.to_owned()),
        }
        entry
    }
}

/// A row already written, with its id: what the undo list offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub id: String,
    pub entry: Entry,
}

/// Writes `code()` and parses `from_code()` for the enums stored as text.
macro_rules! codes {
    ($name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

codes!(Daypart { Morning = "morning", Afternoon = "afternoon", Evening = "evening" });
codes!(Mode { Assisted = "assisted", SelfService = "self" });
codes!(Outcome { Done = "done", Partly = "partly", Referred = "referred", Later = "later", Abandoned = "abandoned" });
codes!(AgeBand { Age18To24 = "18-24", Age25To54 = "25-54", Age55To64 = "55-64", Age65Plus = "65+", Unknown = "unknown" });
codes!(FirstVisit { Yes = "yes", No = "no", Unknown = "unknown" });
codes!(Channel { Desk = "desk", Phone = "phone", HomeVisit = "home-visit", Group = "group" });

impl Daypart {
    /// Morning before noon, afternoon before six, evening after: never the exact time.
    pub fn of(time: NaiveTime) -> Daypart {
        match time.hour() {
            0..12 => Daypart::Morning,
            12..18 => Daypart::Afternoon,
            _ => Daypart::Evening,
        }
    }
}

/// Rounds a duration up to whole 5-minute blocks; any help counts as at least 5 minutes.
pub fn rounded_minutes(elapsed_seconds: u64) -> u32 {
    let blocks = elapsed_seconds.div_ceil(300).max(1);
    // u32::MAX is itself a multiple of 5, so even an absurd duration stays valid.
    u32::try_from(blocks.saturating_mul(5)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_up_to_five() {
        assert_eq!(rounded_minutes(0), 5);
        assert_eq!(rounded_minutes(1), 5);
        assert_eq!(rounded_minutes(300), 5);
        assert_eq!(rounded_minutes(301), 10);
        assert_eq!(rounded_minutes(3600), 60);
    }

    #[test]
    fn dayparts_are_coarse() {
        let at = |h| NaiveTime::from_hms_opt(h, 59, 0).unwrap();
        assert_eq!(Daypart::of(at(0)), Daypart::Morning);
        assert_eq!(Daypart::of(at(11)), Daypart::Morning);
        assert_eq!(Daypart::of(at(12)), Daypart::Afternoon);
        assert_eq!(Daypart::of(at(17)), Daypart::Afternoon);
        assert_eq!(Daypart::of(at(18)), Daypart::Evening);
    }

    #[test]
    fn codes_round_trip() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::from_code(outcome.code()), Some(*outcome));
        }
        assert_eq!(Mode::from_code("self"), Some(Mode::SelfService));
        assert_eq!(Channel::from_code("bus"), None);
    }
}

//! Turns a finished draft into the rows the log keeps.

use chrono::{Days, NaiveDate};

use super::{Draft, Kind, Task};
use crate::app::state::App;
use crate::interaction::{
    AgeBand, Daypart, Entry, FirstVisit, GroupSession, Interaction, Mode, OTHER_TASK,
};

/// The row a draft saves (a batch saves it N times); `None` until every answer is there.
pub fn draft_entry(app: &App, draft: &Draft) -> Option<Entry> {
    match draft.kind {
        Kind::Quick => interaction(app, draft, true).map(Entry::Help),
        Kind::Batch => interaction(app, draft, false).map(Entry::Help),
        Kind::Group => group_session(app, draft).map(Entry::Group),
    }
}

/// The day `days_back` before today by the kiosk's clock.
pub fn day_before(app: &App, days_back: u32) -> NaiveDate {
    let today = app.now.wall.date();
    today
        .checked_sub_days(Days::new(u64::from(days_back)))
        .unwrap_or(today)
}

/// A quick entry is dated now; a batch on its chosen day, in its chosen daypart.
fn when(app: &App, draft: &Draft, now: bool) -> (NaiveDate, Daypart) {
    if now {
        (app.now.wall.date(), Daypart::of(app.now.wall.time()))
    } else {
        (day_before(app, draft.days_back.unwrap_or(0)), draft.daypart)
    }
}

/// One-to-one help as the helper entered it; `None` until every answer is there.
fn interaction(app: &App, draft: &Draft, now: bool) -> Option<Interaction> {
    let library = &app.content.library;
    let (task, category, content_version) = match draft.task? {
        Task::Checklist(index) => {
            let checklist = library.checklists.get(index)?;
            (
                checklist.id.clone(),
                checklist.category.clone(),
                checklist.version,
            )
        }
        Task::Other(category) => (
            OTHER_TASK.to_owned(),
            library.categories.get(category)?.clone(),
            0,
        ),
    };
    let (day, daypart) = when(app, draft, now);
    Some(Interaction {
        kiosk: app.settings.kiosk.clone(),
        day,
        daypart,
        // Help counted afterwards has no measured duration: 0 means unknown, and the
        // steps are 0 of 0 because no checklist was walked.
        minutes: 0,
        mode: Mode::Assisted,
        language: app.content.catalog.locale(draft.language?).tag.clone(),
        task,
        category,
        content_version,
        steps_done: 0,
        steps_total: 0,
        outcome: draft.outcome?,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: draft.first_visit.unwrap_or(FirstVisit::Unknown),
        channel: draft.channel?,
        correction_of: None,
    })
}

fn group_session(app: &App, draft: &Draft) -> Option<GroupSession> {
    let (day, daypart) = when(app, draft, false);
    Some(GroupSession {
        kiosk: app.settings.kiosk.clone(),
        day,
        daypart,
        topic: app.content.library.categories.get(draft.topic?)?.clone(),
        language: app.content.catalog.locale(draft.language?).tag.clone(),
        attendees: draft.count,
        minutes: draft.minutes?,
        correction_of: None,
    })
}

//! Words for what the helper counts: an entry in one line ("Tax-on-web · Arabic · done ·
//! by phone"), its day and daypart, and the names of the codes, in the helper's language.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::Words;
use crate::app::App;
use crate::content::messages;
use crate::i18n::{FluentArgs, Text};
use crate::interaction::{Channel, Daypart, Entry, FirstVisit, OTHER_TASK, Outcome};

/// "Something else about: money", for help that followed no checklist.
pub fn other_task(app: &App, words: &Words, category: &str) -> Text {
    let mut args = FluentArgs::new();
    args.set("group", category_name(app, words, category).value);
    words.with("desk-task-other", &args)
}

pub fn category_name(app: &App, words: &Words, category: &str) -> Text {
    if app.content.library.categories.iter().any(|c| c == category) {
        words.text(&messages::category(category))
    } else {
        plain(words, category)
    }
}

/// A task by its checklist's title; a checklist this content no longer has, by its id.
pub fn task_name(app: &App, words: &Words, task: &str, category: &str) -> Text {
    if task == OTHER_TASK {
        return other_task(app, words, category);
    }
    match app.content.library.checklist_index(task) {
        Some(_) => words.text(&messages::checklist(task)),
        None => plain(words, task),
    }
}

/// A language by its name in the helper's language, or by its own name.
pub fn language_name(app: &App, words: &Words, tag: &str) -> Text {
    let catalog = &app.content.catalog;
    let endonym = catalog
        .find(tag)
        .map_or(tag.to_owned(), |id| catalog.locale(id).meta.endonym.clone());
    let mut args = FluentArgs::new();
    args.set("tag", tag.to_owned());
    args.set("endonym", endonym);
    words.with("desk-language-name", &args)
}

pub fn outcome_name(words: &Words, outcome: Outcome) -> Text {
    words.text(match outcome {
        Outcome::Done => "outcome-done",
        Outcome::Partly => "outcome-partly",
        Outcome::Referred => "outcome-referred",
        Outcome::Later => "outcome-later",
        Outcome::Abandoned => "desk-outcome-abandoned",
    })
}

pub fn channel_name(words: &Words, channel: Channel) -> Text {
    words.text(&format!("desk-channel-{}", channel.code()))
}

pub fn first_visit_name(words: &Words, answer: FirstVisit) -> Text {
    words.text(&format!("desk-first-visit-{}", answer.code()))
}

pub fn daypart_name(words: &Words, daypart: Daypart) -> Text {
    words.text(&format!("desk-daypart-{}", daypart.code()))
}

/// "Monday 2026-11-23": the weekday in words, the date as digits nobody misreads.
pub fn date(words: &Words, day: NaiveDate) -> Text {
    let weekday = match day.weekday() {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    };
    let mut args = FluentArgs::new();
    args.set("weekday", weekday);
    args.set("date", day.format("%Y-%m-%d").to_string());
    words.with("desk-date", &args)
}

/// The day and daypart of a row.
pub fn when(words: &Words, day: NaiveDate, daypart: Daypart) -> Text {
    let mut args = FluentArgs::new();
    args.set("day", date(words, day).value);
    args.set("daypart", daypart_name(words, daypart).value);
    words.with("desk-entry-when", &args)
}

/// One row in one line: what, in which language, how it ended (or how many came), how.
pub fn entry(app: &App, words: &Words, entry: &Entry) -> Text {
    let mut args = FluentArgs::new();
    match entry {
        Entry::Help(help) => {
            args.set(
                "task",
                task_name(app, words, &help.task, &help.category).value,
            );
            args.set("language", language_name(app, words, &help.language).value);
            args.set("outcome", outcome_name(words, help.outcome).value);
            args.set("channel", channel_name(words, help.channel).value);
            words.with("desk-entry-help", &args)
        }
        Entry::Group(session) => {
            args.set("topic", category_name(app, words, &session.topic).value);
            args.set(
                "language",
                language_name(app, words, &session.language).value,
            );
            args.set("attendees", session.attendees);
            args.set("minutes", session.minutes);
            words.with("desk-entry-group", &args)
        }
    }
}

/// The entry and the day it counts for.
pub fn dated_entry(app: &App, words: &Words, row: &Entry) -> Text {
    let (day, daypart) = match row {
        Entry::Help(help) => (help.day, help.daypart),
        Entry::Group(session) => (session.day, session.daypart),
    };
    let mut args = FluentArgs::new();
    args.set("entry", entry(app, words, row).value);
    args.set("when", when(words, day, daypart).value);
    words.with("desk-entry-dated", &args)
}

/// A code shown as it is (a checklist or topic this content does not know).
fn plain(words: &Words, value: &str) -> Text {
    Text {
        value: value.to_owned(),
        direction: words.catalog.direction(words.lang),
    }
}

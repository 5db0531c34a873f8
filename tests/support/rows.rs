//! Anonymous rows for tests of counts and reports: a help on a day, and copies of it with
//! first visits. Included with `#[path]` by the tests that build logs.

#![allow(dead_code)]

use chrono::NaiveDate;
use digipunt::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Mode, Outcome};

pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// An assisted help at the desk of `kiosk`, in the afternoon, three steps of ten.
pub fn help_at(
    kiosk: &str,
    on: &str,
    task: &str,
    category: &str,
    language: &str,
    outcome: Outcome,
) -> Interaction {
    Interaction {
        kiosk: kiosk.into(),
        day: day(on),
        daypart: Daypart::Afternoon,
        minutes: 15,
        mode: Mode::Assisted,
        language: language.into(),
        task: task.into(),
        category: category.into(),
        content_version: 1,
        steps_done: 3,
        steps_total: 10,
        outcome,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Unknown,
        channel: Channel::Desk,
        correction_of: None,
    }
}

/// `count` copies of `row`, the first `first` of them first visits this year, the next
/// `returning` not.
pub fn copies(row: Interaction, count: usize, first: usize, returning: usize) -> Vec<Interaction> {
    (0..count)
        .map(|i| Interaction {
            first_visit: if i < first {
                FirstVisit::Yes
            } else if i < first + returning {
                FirstVisit::No
            } else {
                FirstVisit::Unknown
            },
            ..row.clone()
        })
        .collect()
}

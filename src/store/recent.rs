//! The last rows one kiosk wrote and that are still counted: the helper's undo list reads
//! them back, newest first, across one-to-one help and group sessions.

use chrono::NaiveDate;
use rusqlite::{Row, params};

use super::Store;
use crate::interaction::{
    AgeBand, Channel, Daypart, Entry, FirstVisit, GroupSession, Interaction, Logged, Mode, Outcome,
};

impl Store {
    /// Up to `limit` rows of `kiosk`, newest first, leaving out undo rows and the rows they
    /// cancel. A row with a code this build does not know is left out, not guessed.
    pub fn recent(&self, kiosk: &str, limit: usize) -> rusqlite::Result<Vec<Logged>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut rows: Vec<(i64, Logged)> = Vec::new();
        let mut help = self.connection().prepare(
            "SELECT rowid, id, kiosk, day, daypart, minutes, mode, language, task, content_version,
                    steps_done, steps_total, outcome, referral, problems, age_band, first_visit,
                    channel, category
             FROM interaction AS i
             WHERE kiosk = ?1 AND correction_of IS NULL
               AND NOT EXISTS (SELECT 1 FROM interaction AS u WHERE u.correction_of = i.id)
             ORDER BY rowid DESC LIMIT ?2",
        )?;
        for row in help.query_map(params![kiosk, limit], help_row)? {
            rows.extend(row?);
        }
        let mut groups = self.connection().prepare(
            "SELECT rowid, id, kiosk, day, daypart, topic, language, attendees, minutes
             FROM group_session AS g
             WHERE kiosk = ?1 AND correction_of IS NULL
               AND NOT EXISTS (SELECT 1 FROM group_session AS u WHERE u.correction_of = g.id)
             ORDER BY rowid DESC LIMIT ?2",
        )?;
        for row in groups.query_map(params![kiosk, limit], group_row)? {
            rows.extend(row?);
        }
        rows.sort_by_key(|(rowid, _)| std::cmp::Reverse(*rowid));
        Ok(rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .map(|(_, logged)| logged)
            .collect())
    }
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn help_row(row: &Row) -> rusqlite::Result<Option<(i64, Logged)>> {
    let text = |i: usize| row.get::<_, String>(i);
    let (Some(day), Some(daypart), Some(mode), Some(outcome)) = (
        day(&text(3)?),
        Daypart::from_code(&text(4)?),
        Mode::from_code(&text(6)?),
        Outcome::from_code(&text(12)?),
    ) else {
        return Ok(None);
    };
    let (Some(age_band), Some(first_visit), Some(channel)) = (
        AgeBand::from_code(&text(15)?),
        FirstVisit::from_code(&text(16)?),
        Channel::from_code(&text(17)?),
    ) else {
        return Ok(None);
    };
    let problems: String = text(14)?;
    let interaction = Interaction {
        kiosk: text(2)?,
        day,
        daypart,
        minutes: row.get(5)?,
        mode,
        language: text(7)?,
        task: text(8)?,
        category: text(18)?,
        content_version: row.get(9)?,
        steps_done: row.get(10)?,
        steps_total: row.get(11)?,
        outcome,
        referral: row.get(13)?,
        problems: problems.split_whitespace().map(str::to_owned).collect(),
        age_band,
        first_visit,
        channel,
        correction_of: None,
    };
    Ok(Some((
        row.get(0)?,
        Logged {
            id: text(1)?,
            entry: Entry::Help(interaction),
        },
    )))
}

fn group_row(row: &Row) -> rusqlite::Result<Option<(i64, Logged)>> {
    let text = |i: usize| row.get::<_, String>(i);
    let (Some(day), Some(daypart)) = (day(&text(3)?), Daypart::from_code(&text(4)?)) else {
        return Ok(None);
    };
    let session = GroupSession {
        kiosk: text(2)?,
        day,
        daypart,
        topic: text(5)?,
        language: text(6)?,
        attendees: row.get(7)?,
        minutes: row.get(8)?,
        correction_of: None,
    };
    Ok(Some((
        row.get(0)?,
        Logged {
            id: text(1)?,
            entry: Entry::Group(session),
        },
    )))
}

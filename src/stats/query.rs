//! Counting interactions grouped by the dimensions a coordinator asks for. Dimensions map
//! to fixed SQL expressions, so nothing typed on the command line reaches the SQL text.

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Task,
    Category,
    Language,
    Outcome,
    /// Each problem met counts once; help without problems counts under `none`.
    Problem,
    Mode,
    Channel,
    FirstVisit,
    AgeBand,
    Kiosk,
    /// ISO week, e.g. `2026-W48`.
    Week,
    /// e.g. `2026-11`.
    Month,
    Daypart,
    Referral,
}

impl Dimension {
    pub const ALL: &'static [Dimension] = &[
        Dimension::Task,
        Dimension::Category,
        Dimension::Language,
        Dimension::Outcome,
        Dimension::Problem,
        Dimension::Mode,
        Dimension::Channel,
        Dimension::FirstVisit,
        Dimension::AgeBand,
        Dimension::Kiosk,
        Dimension::Week,
        Dimension::Month,
        Dimension::Daypart,
        Dimension::Referral,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Task => "task",
            Dimension::Category => "category",
            Dimension::Language => "language",
            Dimension::Outcome => "outcome",
            Dimension::Problem => "problem",
            Dimension::Mode => "mode",
            Dimension::Channel => "channel",
            Dimension::FirstVisit => "first_visit",
            Dimension::AgeBand => "age_band",
            Dimension::Kiosk => "kiosk",
            Dimension::Week => "week",
            Dimension::Month => "month",
            Dimension::Daypart => "daypart",
            Dimension::Referral => "referral",
        }
    }

    pub fn parse(name: &str) -> Option<Dimension> {
        Self::ALL.iter().copied().find(|d| d.name() == name)
    }

    /// The expression over a row `i` of `interaction` (and `p`, its problems, when asked).
    fn sql(self) -> &'static str {
        match self {
            Dimension::Task => "i.task",
            Dimension::Category => "CASE i.category WHEN '' THEN 'unknown' ELSE i.category END",
            Dimension::Language => "i.language",
            Dimension::Outcome => "i.outcome",
            Dimension::Problem => "CASE p.value WHEN '' THEN 'none' ELSE p.value END",
            Dimension::Mode => "i.mode",
            Dimension::Channel => "i.channel",
            Dimension::FirstVisit => "i.first_visit",
            Dimension::AgeBand => "i.age_band",
            Dimension::Kiosk => "i.kiosk",
            Dimension::Week => "strftime('%G-W%V', i.day)",
            Dimension::Month => "substr(i.day, 1, 7)",
            Dimension::Daypart => "i.daypart",
            Dimension::Referral => "coalesce(nullif(i.referral, ''), 'none')",
        }
    }
}

/// One group: its values (in the order of the dimensions asked) and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub values: Vec<String>,
    pub count: u64,
}

/// Why a period cannot be counted exactly.
#[derive(Debug)]
pub enum CountError {
    Database(rusqlite::Error),
    /// The period reaches into folded months but does not cover them whole, or asks for
    /// weeks there; `before` is the first day still kept as rows.
    Folded {
        before: NaiveDate,
        reason: String,
    },
}

impl std::fmt::Display for CountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CountError::Database(e) => e.fmt(f),
            CountError::Folded { reason, .. } => f.write_str(reason),
        }
    }
}

impl std::error::Error for CountError {}

impl From<rusqlite::Error> for CountError {
    fn from(e: rusqlite::Error) -> Self {
        CountError::Database(e)
    }
}

/// From this many days on, a count reads the whole table rather than the day index.
pub(super) const LONG_PERIOD_DAYS: i64 = 45;

/// The columns both the rows and the monthly counts have, under the same names.
const COLUMNS: &str = "kiosk, day, daypart, mode, language, task, category, outcome, referral, \
                       problems, age_band, first_visit, channel";

/// Counts interactions from `from` to `to` (both included), ordered by the values. Rows
/// cancelled by an undo, and the undo rows themselves, are not counted. Months past the
/// retention period count from their monthly totals, so they must be asked whole.
///
/// Counted from the narrow rows (`tally`), which gives the groups and counts of
/// `count_by_sql` many times faster; that query answers what `tally` cannot count exactly.
pub fn count_by(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> Result<Vec<Group>, CountError> {
    check_folded(connection, from, to, by)?;
    match super::tally::count(connection, from, to, by)? {
        Some(groups) => Ok(groups),
        None => count_in_sql(connection, from, to, by),
    }
}

/// `count_by` as one SQL query over the log's own rows, as digipunt counted before the
/// narrow rows (schema 7): the reference the tests hold `count_by` to, and what it falls
/// back on.
#[doc(hidden)]
pub fn count_by_sql(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> Result<Vec<Group>, CountError> {
    check_folded(connection, from, to, by)?;
    count_in_sql(connection, from, to, by)
}

/// `count_by_sql` without the check of folded months.
fn count_in_sql(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> Result<Vec<Group>, CountError> {
    let columns: Vec<&str> = by.iter().map(|d| d.sql()).collect();
    let select = if columns.is_empty() {
        String::new()
    } else {
        format!("{}, ", columns.join(", "))
    };
    let group = if columns.is_empty() {
        String::new()
    } else {
        let positions: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
        format!("GROUP BY {0} ORDER BY {0}", positions.join(", "))
    };
    // Problems are stored space-separated; as a JSON array each becomes a row of `p`.
    let problems = if by.contains(&Dimension::Problem) {
        ", json_each('[\"' || replace(i.problems, ' ', '\",\"') || '\"]') AS p"
    } else {
        ""
    };
    // The day index finds a week fast, but for a long period it makes SQLite fetch every
    // row out of order: reading the table straight through is several times faster then.
    let scan = if (to - from).num_days() > LONG_PERIOD_DAYS {
        "NOT INDEXED"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {select}coalesce(sum(i.n), 0) FROM (
            SELECT {COLUMNS}, 1 AS n FROM interaction AS live {scan}
            WHERE live.day BETWEEN ?1 AND ?2
              AND live.correction_of IS NULL
              AND NOT EXISTS (SELECT 1 FROM interaction AS undo WHERE undo.correction_of = live.id)
            UNION ALL
            SELECT {COLUMNS}, count AS n FROM monthly_interaction
            WHERE day BETWEEN ?1 AND ?2
         ) AS i{problems}
         {group}"
    );
    let mut statement = connection.prepare(&sql)?;
    let dimensions = by.len();
    let rows = statement.query_map(
        [
            from.format("%Y-%m-%d").to_string(),
            to.format("%Y-%m-%d").to_string(),
        ],
        |row| {
            let values = (0..dimensions)
                .map(|i| row.get::<_, String>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let count: i64 = row.get(dimensions)?;
            Ok(Group {
                values,
                count: u64::try_from(count).unwrap_or(0),
            })
        },
    )?;
    let groups: Vec<Group> = rows.collect::<rusqlite::Result<_>>()?;
    Ok(groups.into_iter().filter(|g| g.count > 0).collect())
}

/// Folded months are kept per month: a period must hold them whole, and has no weeks there.
pub fn check_folded(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> Result<(), CountError> {
    let Some(before) = crate::store::folded_before(connection)? else {
        return Ok(());
    };
    if from >= before {
        return Ok(());
    }
    let kept = before.format("%Y-%m-%d");
    if from.day() != 1 || (to < before && to.succ_opt().is_some_and(|next| next.day() != 1)) {
        return Err(CountError::Folded {
            before,
            reason: format!(
                "help from before {kept} is kept as monthly counts only (retention): \
                 start the period on the first day of a month and end it on the last day of a month"
            ),
        });
    }
    if by.contains(&Dimension::Week) {
        return Err(CountError::Folded {
            before,
            reason: format!(
                "help from before {kept} is kept as monthly counts only (retention): \
                 count it by month, not by week, or start the period on {kept}"
            ),
        });
    }
    Ok(())
}

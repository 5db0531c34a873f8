//! Counting interactions grouped by the dimensions a coordinator asks for. Dimensions map
//! to fixed SQL expressions, so nothing typed on the command line reaches the SQL text.

use chrono::NaiveDate;
use rusqlite::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Task,
    Language,
    Outcome,
    Mode,
    Daypart,
    Kiosk,
    Month,
    Referral,
    Channel,
}

impl Dimension {
    pub const ALL: &'static [Dimension] = &[
        Dimension::Task,
        Dimension::Language,
        Dimension::Outcome,
        Dimension::Mode,
        Dimension::Daypart,
        Dimension::Kiosk,
        Dimension::Month,
        Dimension::Referral,
        Dimension::Channel,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Task => "task",
            Dimension::Language => "language",
            Dimension::Outcome => "outcome",
            Dimension::Mode => "mode",
            Dimension::Daypart => "daypart",
            Dimension::Kiosk => "kiosk",
            Dimension::Month => "month",
            Dimension::Referral => "referral",
            Dimension::Channel => "channel",
        }
    }

    pub fn parse(name: &str) -> Option<Dimension> {
        Self::ALL.iter().copied().find(|d| d.name() == name)
    }

    fn sql(self) -> &'static str {
        match self {
            Dimension::Task => "task",
            Dimension::Language => "language",
            Dimension::Outcome => "outcome",
            Dimension::Mode => "mode",
            Dimension::Daypart => "daypart",
            Dimension::Kiosk => "kiosk",
            Dimension::Month => "substr(day, 1, 7)",
            Dimension::Referral => "coalesce(referral, '')",
            Dimension::Channel => "channel",
        }
    }
}

/// One group: its values (in the order of the dimensions asked) and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub values: Vec<String>,
    pub count: u64,
}

/// Counts interactions from `from` to `to` (both included). Rows cancelled by an undo,
/// and the undo rows themselves, are not counted.
pub fn count_by(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> rusqlite::Result<Vec<Group>> {
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
    let sql = format!(
        "SELECT {select}COUNT(*) FROM interaction
         WHERE day BETWEEN ?1 AND ?2
           AND correction_of IS NULL
           AND id NOT IN (SELECT correction_of FROM interaction WHERE correction_of IS NOT NULL)
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

//! Counting from the narrow rows (`counted_interaction`, schema 7; see `store::counted`):
//! one pass over small integers, each row's group packed into one number and counted (in
//! an array when the groups are few, else in a hash map), then only the groups sorted. The
//! groups, their order and their counts are those of `query::count_by_sql`, the same
//! question asked of the log's text in SQL; `tests/counted.rs` holds them to it.
//!
//! A group's number holds one index per dimension, the first dimension the most
//! significant. Indexes follow the order of the values' text (as SQLite's `ORDER BY`
//! compares it, byte by byte): codes are ranked once, months and ISO weeks are counted
//! from the period's first, which is the same order for four-digit years. So sorting the
//! numbers sorts the groups.

use chrono::{Datelike, NaiveDate};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};
use rustc_hash::FxHashMap;

use super::query::{Dimension, Group, LONG_PERIOD_DAYS};
use crate::store::counted::day_number;

/// The groups of `count_by` (without its check of folded months), or `None` where this
/// way cannot count exactly and the SQL must: a period beyond the years 1000 to 9998,
/// more groups than one 64-bit number can tell apart, or a number the code table does not
/// know.
pub fn count(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> rusqlite::Result<Option<Vec<Group>>> {
    if from.year() < 1000 || to.year() > 9998 || from > to {
        return Ok(None);
    }
    // Codes, monthly counts and rows from one moment, even while a kiosk writes.
    let _snapshot = if connection.is_autocommit() {
        Some(connection.unchecked_transaction()?)
    } else {
        None
    };
    let codes = codes(connection)?;
    let monthly = monthly(connection, from, to, by)?;
    let mut axes = Vec::with_capacity(by.len());
    for (position, &dimension) in by.iter().enumerate() {
        let extra = monthly.iter().map(|(values, _)| values[position].as_str());
        axes.push(Axis::new(dimension, &codes, extra, from, to));
    }
    // Strides: the last dimension counts by one.
    let mut stride = 1u64;
    for axis in axes.iter_mut().rev() {
        axis.stride = stride;
        let Some(next) = stride.checked_mul(axis.radix) else {
            return Ok(None);
        };
        stride = next;
    }
    let mut counts = Counts::new(stride);
    let text_by_value: Vec<FxHashMap<&str, u64>> = axes
        .iter()
        .map(|axis| match &axis.source {
            Source::Code { values, .. } | Source::Problems { values, .. } => values
                .iter()
                .enumerate()
                .map(|(i, v)| (v.as_str(), i as u64))
                .collect(),
            Source::Month { .. } | Source::Week { .. } => FxHashMap::default(),
        })
        .collect();
    for (values, count) in &monthly {
        let mut key = 0;
        let mut problems: Option<(Vec<u64>, u64)> = None;
        for ((axis, text), index_of) in axes.iter().zip(values).zip(&text_by_value) {
            let index = match &axis.source {
                Source::Code { .. } => index_of.get(shown(axis.dimension, text)).copied(),
                Source::Problems { .. } => {
                    let list = text
                        .split(' ')
                        .map(|p| index_of.get(shown(Dimension::Problem, p)).copied())
                        .collect::<Option<Vec<u64>>>();
                    let Some(list) = list else {
                        return Ok(None);
                    };
                    problems = Some((list, axis.stride));
                    continue;
                }
                Source::Month { .. } | Source::Week { .. } => {
                    text_day(text).and_then(|day| axis.day_index(day))
                }
            };
            let Some(index) = index.filter(|&i| i < axis.radix) else {
                return Ok(None);
            };
            key += index * axis.stride;
        }
        match problems {
            None => counts.add(key, *count),
            Some((list, stride)) => {
                for p in list {
                    counts.add(key + p * stride, *count);
                }
            }
        }
    }
    if !add_rows(connection, from, to, &axes, &mut counts)? {
        return Ok(None);
    }
    let counted = counts.sorted();
    let groups = counted
        .into_iter()
        .map(|(key, count)| Group {
            values: axes
                .iter()
                .map(|axis| axis.text(key / axis.stride % axis.radix))
                .collect(),
            count,
        })
        .collect();
    Ok(Some(groups))
}

/// Counts the narrow rows of the period into `counts`; `false` where a row holds a number
/// the axes do not know.
fn add_rows(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    axes: &[Axis],
    counts: &mut Counts,
) -> rusqlite::Result<bool> {
    let columns: Vec<String> = axes
        .iter()
        .map(|axis| format!("c.{}", axis.column()))
        .collect();
    let select = if columns.is_empty() {
        "1".to_owned()
    } else {
        columns.join(", ")
    };
    // A long period reads the narrow rows straight through; a short one (a week, a month)
    // takes the rowids of its days from the log's day index.
    let mut statement;
    let mut rows = if (to - from).num_days() > LONG_PERIOD_DAYS {
        statement = connection.prepare(&format!(
            "SELECT {select} FROM counted_interaction AS c WHERE c.day BETWEEN ?1 AND ?2"
        ))?;
        statement.query(params![day_number(from), day_number(to)])?
    } else {
        statement = connection.prepare(&format!(
            "SELECT {select} FROM interaction AS i CROSS JOIN counted_interaction AS c
                ON c.rowid = i.rowid
             WHERE i.day BETWEEN ?1 AND ?2"
        ))?;
        statement.query(params![
            from.format("%Y-%m-%d").to_string(),
            to.format("%Y-%m-%d").to_string()
        ])?
    };
    // The day of the row before, and its index, for weeks (rows often share a day).
    let mut last_day = (i64::MIN, 0u64);
    while let Some(row) = rows.next()? {
        let mut key = 0;
        let mut problems: Option<(&[u64], u64)> = None;
        for (i, axis) in axes.iter().enumerate() {
            let ValueRef::Integer(n) = row.get_ref_unwrap(i) else {
                return Ok(false);
            };
            let index = match &axis.source {
                Source::Code { index, .. } => {
                    match usize::try_from(n).ok().and_then(|n| index.get(n)) {
                        Some(&i) if i != u32::MAX => u64::from(i),
                        _ => return Ok(false),
                    }
                }
                Source::Problems { index, .. } => {
                    match usize::try_from(n).ok().and_then(|n| index.get(n)) {
                        Some(Some(list)) => problems = Some((list, axis.stride)),
                        _ => return Ok(false),
                    }
                    continue;
                }
                Source::Month { first } => match u64::try_from(month_number(n) - first) {
                    Ok(index) => index,
                    Err(_) => return Ok(false),
                },
                Source::Week { first, .. } => {
                    if last_day.0 != n {
                        let Some(index) = day_count(n)
                            .and_then(|count| u64::try_from((count - first).div_euclid(7)).ok())
                        else {
                            return Ok(false);
                        };
                        last_day = (n, index);
                    }
                    last_day.1
                }
            };
            if index >= axis.radix {
                return Ok(false);
            }
            key += index * axis.stride;
        }
        match problems {
            None => counts.add(key, 1),
            Some((list, stride)) => {
                for p in list {
                    counts.add(key + p * stride, 1);
                }
            }
        }
    }
    Ok(true)
}

/// How many rows each group's number has.
enum Counts {
    /// Indexed by the number, when there are few possible groups (task, language and month
    /// of three years: 9,720): no hashing at all.
    Dense(Vec<u64>),
    Sparse(FxHashMap<u64, u64>),
}

impl Counts {
    /// Up to this many possible groups are counted in an array (2 MB at most).
    const DENSE: u64 = 1 << 18;

    /// For group numbers below `possible`.
    fn new(possible: u64) -> Counts {
        match usize::try_from(possible) {
            Ok(size) if possible <= Counts::DENSE => Counts::Dense(vec![0; size]),
            _ => Counts::Sparse(FxHashMap::default()),
        }
    }

    #[inline]
    fn add(&mut self, key: u64, n: u64) {
        match self {
            // Every number is below `possible`: each index is below its radix.
            Counts::Dense(counts) => {
                if let Some(count) = usize::try_from(key).ok().and_then(|k| counts.get_mut(k)) {
                    *count += n;
                }
            }
            Counts::Sparse(counts) => *counts.entry(key).or_default() += n,
        }
    }

    /// The groups counted, by number.
    fn sorted(self) -> Vec<(u64, u64)> {
        let mut counted: Vec<(u64, u64)> = match self {
            Counts::Dense(counts) => counts
                .into_iter()
                .enumerate()
                .map(|(key, n)| (key as u64, n))
                .filter(|&(_, n)| n > 0)
                .collect(),
            Counts::Sparse(counts) => counts.into_iter().filter(|&(_, n)| n > 0).collect(),
        };
        counted.sort_unstable_by_key(|&(key, _)| key);
        counted
    }
}

/// One dimension of the groups: where its value comes from and how many it can take.
struct Axis {
    dimension: Dimension,
    source: Source,
    /// Every index on this axis is below it.
    radix: u64,
    /// What one step of this axis's index adds to a group's number.
    stride: u64,
}

enum Source {
    /// A column of codes: for each code number, the index of its value (`u32::MAX`: a code
    /// of another column); `values` in order, no value twice.
    Code {
        column: &'static str,
        index: Vec<u32>,
        values: Vec<String>,
    },
    /// `problems`: for each code number (a list as stored), the index of each problem.
    Problems {
        index: Vec<Option<Vec<u64>>>,
        values: Vec<String>,
    },
    /// Months since the period's first (`year * 12 + month - 1`).
    Month { first: i64 },
    /// ISO weeks since the Monday of the period's first week (`first`: its `day_count`).
    Week { monday: NaiveDate, first: i64 },
}

impl Axis {
    /// `extra`: values of the monthly counts, which may not be in the code table.
    fn new<'a>(
        dimension: Dimension,
        codes: &'a [(usize, &'static str, String)],
        extra: impl Iterator<Item = &'a str>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Axis {
        let (source, radix) = match dimension {
            Dimension::Month => {
                let first = month_of(from);
                (Source::Month { first }, (month_of(to) - first + 1) as u64)
            }
            Dimension::Week => {
                let monday = monday_of(from);
                let weeks = (monday_of(to) - monday).num_days() / 7 + 1;
                let first = day_count(day_number(monday)).unwrap_or_default();
                (Source::Week { monday, first }, weeks as u64)
            }
            Dimension::Problem => {
                let mine = codes.iter().filter(|(_, kind, _)| *kind == "problems");
                let mut values: Vec<String> = mine
                    .clone()
                    .flat_map(|(_, _, list)| list.split(' '))
                    .chain(extra.flat_map(|list| list.split(' ')))
                    .map(|p| shown(dimension, p).to_owned())
                    .collect();
                values.sort_unstable();
                values.dedup();
                let mut index = vec![None; codes.iter().map(|c| c.0 + 1).max().unwrap_or(0)];
                for (n, _, list) in mine {
                    index[*n] = Some(
                        list.split(' ')
                            .map(|p| position(&values, shown(dimension, p)))
                            .collect(),
                    );
                }
                let radix = values.len() as u64;
                (Source::Problems { index, values }, radix)
            }
            _ => {
                let column = column_of(dimension);
                let mine = codes.iter().filter(|(_, kind, _)| *kind == column);
                let mut values: Vec<String> = mine
                    .clone()
                    .map(|(_, _, value)| value.as_str())
                    .chain(extra)
                    .map(|value| shown(dimension, value).to_owned())
                    .collect();
                values.sort_unstable();
                values.dedup();
                let mut index = vec![u32::MAX; codes.iter().map(|c| c.0 + 1).max().unwrap_or(0)];
                for (n, _, value) in mine {
                    index[*n] = position(&values, shown(dimension, value)) as u32;
                }
                let radix = values.len() as u64;
                (
                    Source::Code {
                        column,
                        index,
                        values,
                    },
                    radix,
                )
            }
        };
        Axis {
            dimension,
            source,
            radix: radix.max(1),
            stride: 0,
        }
    }

    /// The column of `counted_interaction` (and of `monthly_interaction`) it reads.
    fn column(&self) -> &'static str {
        match &self.source {
            Source::Code { column, .. } => column,
            Source::Problems { .. } => "problems",
            Source::Month { .. } | Source::Week { .. } => "day",
        }
    }

    /// The index of a day on a month or week axis.
    fn day_index(&self, day: NaiveDate) -> Option<u64> {
        let index = match &self.source {
            Source::Month { first } => month_of(day) - first,
            Source::Week { monday, .. } => (day - *monday).num_days().div_euclid(7),
            Source::Code { .. } | Source::Problems { .. } => return None,
        };
        u64::try_from(index).ok()
    }

    /// The value an index stands for, as `count_by_sql` writes it.
    fn text(&self, index: u64) -> String {
        match &self.source {
            Source::Code { values, .. } | Source::Problems { values, .. } => usize::try_from(index)
                .ok()
                .and_then(|i| values.get(i))
                .cloned()
                .unwrap_or_default(),
            Source::Month { first } => {
                let month = first + index as i64;
                format!(
                    "{:04}-{:02}",
                    month.div_euclid(12),
                    month.rem_euclid(12) + 1
                )
            }
            Source::Week { monday, .. } => {
                let week = (*monday + chrono::Days::new(index * 7)).iso_week();
                format!("{:04}-W{:02}", week.year(), week.week())
            }
        }
    }
}

/// The code table: number, column and value.
fn codes(connection: &Connection) -> rusqlite::Result<Vec<(usize, &'static str, String)>> {
    let mut statement = connection.prepare("SELECT n, kind, value FROM code")?;
    let mut rows = statement.query([])?;
    let mut codes = Vec::new();
    while let Some(row) = rows.next()? {
        let n: i64 = row.get(0)?;
        let kind: String = row.get(1)?;
        // Known columns only; a number out of range is no code of any column.
        let (Ok(n), Some(kind)) = (
            usize::try_from(n),
            crate::store::CODED.iter().find(|k| **k == kind),
        ) else {
            continue;
        };
        codes.push((n, *kind, row.get(2)?));
    }
    Ok(codes)
}

/// The monthly counts of the period: for each dimension the stored text, and the count.
fn monthly(
    connection: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    by: &[Dimension],
) -> rusqlite::Result<Vec<(Vec<String>, u64)>> {
    let mut columns: Vec<&str> = by
        .iter()
        .map(|&d| match d {
            Dimension::Month | Dimension::Week => "day",
            Dimension::Problem => "problems",
            other => column_of(other),
        })
        .collect();
    columns.push("count");
    let mut statement = connection.prepare(&format!(
        "SELECT {} FROM monthly_interaction WHERE day BETWEEN ?1 AND ?2",
        columns.join(", ")
    ))?;
    let rows = statement.query_map(
        [
            from.format("%Y-%m-%d").to_string(),
            to.format("%Y-%m-%d").to_string(),
        ],
        |row| {
            let values = (0..by.len())
                .map(|i| row.get::<_, String>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let count: i64 = row.get(by.len())?;
            Ok((values, u64::try_from(count).unwrap_or(0)))
        },
    )?;
    rows.collect()
}

/// The column coding a dimension that is a code.
fn column_of(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Task => "task",
        Dimension::Category => "category",
        Dimension::Language => "language",
        Dimension::Outcome => "outcome",
        Dimension::Problem => "problems",
        Dimension::Mode => "mode",
        Dimension::Channel => "channel",
        Dimension::FirstVisit => "first_visit",
        Dimension::AgeBand => "age_band",
        Dimension::Kiosk => "kiosk",
        Dimension::Daypart => "daypart",
        Dimension::Referral => "referral",
        Dimension::Week | Dimension::Month => "day",
    }
}

/// A stored value as `count_by_sql` shows it: no topic group is `unknown`, no referral
/// and no problem are `none`.
fn shown(dimension: Dimension, value: &str) -> &str {
    match (dimension, value) {
        (Dimension::Category, "") => "unknown",
        (Dimension::Referral | Dimension::Problem, "") => "none",
        _ => value,
    }
}

fn position(values: &[String], value: &str) -> u64 {
    values.partition_point(|v| v.as_str() < value) as u64
}

fn month_of(day: NaiveDate) -> i64 {
    i64::from(day.year()) * 12 + i64::from(day.month0())
}

/// `year * 12 + month - 1` of a day as `counted_interaction` holds it.
fn month_number(day: i64) -> i64 {
    day / 10_000 * 12 + day / 100 % 100 - 1
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Days since 0000-03-01 of a day as `counted_interaction` holds it (20261123), if it is a
/// day of the calendar; arithmetic only, for a million rows (Howard Hinnant's
/// `days_from_civil`).
fn day_count(day: i64) -> Option<i64> {
    let (year, month, day) = (day / 10_000, day / 100 % 100, day % 100);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let length = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if !(1..=length).contains(&day) {
        return None;
    }
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year - era * 400;
    let of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    Some(era * 146_097 + of_era * 365 + of_era / 4 - of_era / 100 + of_year)
}

/// A day as the log's text holds it (`2026-11-23`), if it is one.
fn text_day(day: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_follow_the_calendar() {
        let mut day = NaiveDate::from_ymd_opt(1599, 12, 25).unwrap();
        let first = day_count(day_number(day)).unwrap();
        for n in 0..200_000 {
            assert_eq!(day_count(day_number(day)), Some(first + n), "{day}");
            day = day.succ_opt().unwrap();
        }
        for impossible in [20260229, 20250431, 20261301, 20261200, 20261132, 19000229] {
            assert_eq!(day_count(impossible), None, "{impossible}");
        }
        assert!(day_count(20000229).is_some() && day_count(20240229).is_some());
    }
}

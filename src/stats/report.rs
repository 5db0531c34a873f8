//! The coordinator's report as data: one period's counts, computed once from the log, with
//! small counts protected. No words and no formatting: the command line's text and HTML
//! and the kiosk's report screen show these same numbers.
//!
//! Every table is protected on its own by `Table::build`, which keeps a table safe for a
//! reader who knows its total. A report shows many tables of the same interactions, so it
//! also makes them agree, or one could be combined with another to work out a suppressed
//! count:
//! - the grand total is in one state everywhere: published when it reaches the threshold
//!   (or is 0), otherwise `<N` in every table and no table lists any group;
//! - a table that could only be protected by hiding its total (when every group counts
//!   one, say) would give its groups away beside the total published elsewhere: it shows
//!   its total alone (`withheld`);
//! - tables whose groups add up to another table's are protected as one: tasks within
//!   their topic group, referrals within the outcome "referred". Apart, topic 15 and task
//!   12 published would give away a suppressed task of 3;
//! - the estimated people follow from the first-visit answers, which are not published:
//!   the report gives the least number that the protected answers allow, so it reveals no
//!   more than those would (see `estimate`);
//! - lists ranked by count order published counts only; suppressed ones follow in code
//!   order, so that a place in a list tells nothing about a suppressed count.
//!
//! Dimensions related by an inequality only (a problem belongs to some tasks, quick
//! entries to a channel) can narrow a suppressed count to a range, never to one value.

use std::cmp::{Ordering, Reverse};
use std::collections::BTreeMap;

use rusqlite::Connection;

use super::estimate::{Estimate, people};
use super::period::Period;
use super::protect::Shown;
use super::query::{CountError, Dimension, Group, count_by};
use super::reach::sessions;
use super::table::{Row, Table};

/// How many problems and referrals a report lists.
pub const TOP: usize = 5;

/// The figures and tables of a report, by name. `digipunt report` prints the parts of
/// `DOCUMENT` in that order; the kiosk's report screen puts them on pages of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Times helped, people reached and the yearly target.
    Reach,
    /// The topic groups alone (the totals of `Tasks`).
    Topics,
    /// Tasks within their topic group.
    Tasks,
    Language,
    Outcome,
    Mode,
    Channel,
    Problems,
    Referrals,
    Sessions,
    Weeks,
}

impl Part {
    /// The command's report, in its order.
    pub const DOCUMENT: &'static [Part] = &[
        Part::Reach,
        Part::Tasks,
        Part::Language,
        Part::Outcome,
        Part::Mode,
        Part::Channel,
        Part::Problems,
        Part::Referrals,
        Part::Sessions,
        Part::Weeks,
    ];
}

/// What a report is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    pub period: Period,
    /// Counts below this are never published.
    pub threshold: u64,
    /// People to reach in a year, when the digipunt has a target.
    pub target: Option<u64>,
    /// How many problems and referrals to list.
    pub top: usize,
}

/// One protected table of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub by: Vec<Dimension>,
    pub table: Table,
    /// The groups cannot be shown safely beside the grand total: the table holds only its
    /// total.
    pub withheld: bool,
}

impl Breakdown {
    /// Protects `groups` (as `count_by` returns them) and keeps them only if the table's
    /// total comes out as `total`, the state the grand total has everywhere in the report.
    fn protect(groups: &[Group], by: &[Dimension], threshold: u64, total: Shown) -> Breakdown {
        let table = Table::build(groups, by.len(), threshold);
        if matches!(total, Shown::Count(_)) && table.total() == total {
            return Breakdown {
                by: by.to_vec(),
                table,
                withheld: false,
            };
        }
        Breakdown {
            by: by.to_vec(),
            table: Table {
                dimensions: by.len(),
                rows: vec![Row {
                    values: Vec::new(),
                    shown: total,
                }],
            },
            withheld: true,
        }
    }

    /// The totals of the first `depth` dimensions as a table of their own (topic groups
    /// from topic and task), protected together with the groups they add up.
    fn upper(&self, depth: usize) -> Breakdown {
        let rows = self
            .table
            .rows
            .iter()
            .filter(|row| row.values.len() == depth || row.values.is_empty())
            .cloned()
            .collect();
        Breakdown {
            by: self.by[..depth].to_vec(),
            table: Table {
                dimensions: depth,
                rows,
            },
            withheld: self.withheld,
        }
    }

    /// The groups of every dimension (no totals), in the table's order.
    pub fn groups(&self) -> impl Iterator<Item = &Row> {
        let dimensions = self.table.dimensions;
        self.table
            .rows
            .iter()
            .filter(move |row| dimensions > 0 && row.values.len() == dimensions)
    }

    pub fn total(&self) -> Shown {
        self.table.total()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupSessions {
    pub sessions: u64,
    /// A head count of people: protected like any count of people.
    pub attendees: Shown,
    pub minutes: u64,
}

/// The most common of something, largest published count first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// One value each (the problem or referral code).
    pub rows: Vec<Row>,
    pub withheld: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub period: Period,
    pub threshold: u64,
    pub target: Option<u64>,
    /// The grand total of interactions, in the same state as every table's total.
    pub interactions: Shown,
    pub people: Estimate,
    pub sessions: GroupSessions,
    pub by_category: Breakdown,
    /// Tasks within their topic group (category, task).
    pub by_task: Breakdown,
    pub by_language: Breakdown,
    pub by_outcome: Breakdown,
    pub by_mode: Breakdown,
    pub by_channel: Breakdown,
    pub by_week: Breakdown,
    pub problems: Ranked,
    pub referrals: Ranked,
}

impl Report {
    pub fn compute(connection: &Connection, request: &Request) -> Result<Report, CountError> {
        use Dimension::*;
        let Request {
            period,
            threshold,
            target,
            top,
        } = *request;
        let count = |by: &[Dimension]| count_by(connection, period.from(), period.to(), by);
        // One pass over the log for most tables: each scan of a large log costs seconds,
        // adding up groups costs nothing.
        let base = count(ONE_PASS)?;
        let count = |by: &[Dimension]| added_up(&base, by);
        let all: u64 = base.iter().map(|g| g.count).sum();
        let interactions = published(all, threshold);
        let table = |by: &[Dimension]| Breakdown::protect(&count(by), by, threshold, interactions);
        let by_task = table(&[Category, Task]);
        let outcome_referral = table(&[Outcome, Referral]);
        let referred = outcome_referral
            .groups()
            .filter(|row| row.values[0] == "referred" && row.values[1] != "none")
            .map(|row| Row {
                values: row.values[1..].to_vec(),
                shown: row.shown,
            })
            .collect();
        let referrals = ranked(referred, outcome_referral.withheld, top);
        let problems = {
            // Help without problems is no problem; the rest is protected with its own
            // total (problems met, not people) taken as known.
            let mut groups = count_by(connection, period.from(), period.to(), &[Problem])?;
            groups.retain(|g| g.values[0] != "none");
            let table = Table::build(&groups, 1, threshold);
            let shown =
                matches!(interactions, Shown::Count(_)) && matches!(table.total(), Shown::Count(_));
            let rows = table.rows.into_iter().filter(|r| !r.values.is_empty());
            ranked(rows.collect(), !shown, top)
        };
        let found = sessions(connection, period.from(), period.to())?;
        Ok(Report {
            period,
            threshold,
            target,
            interactions,
            people: people(&count(&[FirstVisit]), all, threshold),
            sessions: GroupSessions {
                sessions: found.sessions,
                attendees: published(found.attendees, threshold),
                minutes: found.minutes,
            },
            by_category: by_task.upper(1),
            by_task,
            by_language: table(&[Language]),
            by_outcome: outcome_referral.upper(1),
            by_mode: table(&[Mode]),
            by_channel: table(&[Channel]),
            // Months past retention have no weeks: the trend is then left out.
            by_week: match count_by(connection, period.from(), period.to(), &[Week]) {
                Ok(weeks) => Breakdown::protect(&weeks, &[Week], threshold, interactions),
                Err(CountError::Folded { .. }) => {
                    Breakdown::protect(&[], &[Week], threshold, interactions)
                }
                Err(e) => return Err(e),
            },
            problems,
            referrals,
        })
    }

    /// How many lines `part` shows: one per figure, or one per row of its table (its
    /// totals included). The report's words (`report_words`) put each on one line.
    pub fn lines(&self, part: Part) -> usize {
        match part {
            // Times helped and people; with a target, the target and the part reached.
            Part::Reach if self.target.is_some() => 4,
            Part::Reach => 2,
            // Sessions, attendees, minutes.
            Part::Sessions => 3,
            Part::Topics => self.by_category.table.rows.len(),
            Part::Tasks => self.by_task.table.rows.len(),
            Part::Language => self.by_language.table.rows.len(),
            Part::Outcome => self.by_outcome.table.rows.len(),
            Part::Mode => self.by_mode.table.rows.len(),
            Part::Channel => self.by_channel.table.rows.len(),
            Part::Weeks => self.by_week.table.rows.len(),
            Part::Problems => self.problems.rows.len(),
            Part::Referrals => self.referrals.rows.len(),
        }
    }

    /// Percent of the yearly target reached, when there is a target.
    pub fn percent_of_target(&self) -> Option<Estimate> {
        self.target.map(|target| self.people.percent_of(target))
    }
}

/// Every dimension a report's tables group by, but problems and weeks (with weeks, a
/// large log would give as many groups as rows, and hold them all in memory).
const ONE_PASS: &[Dimension] = &[
    Dimension::Category,
    Dimension::Task,
    Dimension::Language,
    Dimension::Outcome,
    Dimension::Referral,
    Dimension::Mode,
    Dimension::Channel,
    Dimension::FirstVisit,
];

/// The groups `count_by(by)` would give, added up from groups by `ONE_PASS`, in the same
/// order (SQLite compares text bytewise, as `String` does).
fn added_up(base: &[Group], by: &[Dimension]) -> Vec<Group> {
    let positions: Vec<usize> = by
        .iter()
        .filter_map(|d| ONE_PASS.iter().position(|p| p == d))
        .collect();
    debug_assert_eq!(
        positions.len(),
        by.len(),
        "{by:?} is not counted in one pass"
    );
    let mut sums: BTreeMap<Vec<&str>, u64> = BTreeMap::new();
    for group in base {
        let values = positions
            .iter()
            .map(|&p| group.values[p].as_str())
            .collect();
        *sums.entry(values).or_default() += group.count;
    }
    sums.into_iter()
        .map(|(values, count)| Group {
            values: values.into_iter().map(str::to_owned).collect(),
            count,
        })
        .collect()
}

/// A count on its own: published when it reaches the threshold or is 0.
pub(super) fn published(count: u64, threshold: u64) -> Shown {
    if count == 0 || count >= threshold {
        Shown::Count(count)
    } else {
        Shown::Small
    }
}

/// Orders rows as a list by count shows them: published counts first, largest first,
/// then the suppressed ones by their values, so a place in the list reveals nothing.
pub fn rank(rows: &mut [Row]) {
    rows.sort_by(by_published);
}

/// The order of `rank`, for sorting references.
pub fn by_published(a: &Row, b: &Row) -> Ordering {
    let key = |row: &Row| match row.shown {
        Shown::Count(count) => (0, Reverse(count)),
        Shown::Small | Shown::Hidden => (1, Reverse(0)),
    };
    key(a).cmp(&key(b)).then_with(|| a.values.cmp(&b.values))
}

fn ranked(mut rows: Vec<Row>, withheld: bool, top: usize) -> Ranked {
    if withheld {
        rows.clear();
    }
    rank(&mut rows);
    rows.truncate(top);
    Ranked { rows, withheld }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranking_puts_suppressed_counts_after_published_ones_in_code_order() {
        let row = |value: &str, shown| Row {
            values: vec![value.to_owned()],
            shown,
        };
        let mut rows = vec![
            row("b", Shown::Hidden),
            row("c", Shown::Count(7)),
            row("a", Shown::Small),
            row("d", Shown::Count(12)),
            row("e", Shown::Count(7)),
        ];
        rank(&mut rows);
        let order: Vec<&str> = rows.iter().map(|r| r.values[0].as_str()).collect();
        assert_eq!(order, ["d", "c", "e", "a", "b"]);
    }
}

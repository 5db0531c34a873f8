//! The report in words, before any layout: sections of key figures and of tables, each
//! line with its label and the count as published. The command's text and HTML and the
//! kiosk's report screen lay out these same sections, so they cannot disagree on a word
//! or a number.

use std::collections::HashMap;

use super::labels::{Arg, Labels};
use crate::interaction::{Channel, Mode, Outcome};
use crate::stats::report::{Part, by_published};
use crate::stats::{
    Breakdown, Dimension, Estimate, HIDDEN, Period, Ranked, Report, Row, Shown, Table,
};

pub struct Document {
    pub tag: String,
    pub rtl: bool,
    pub title: String,
    pub period: String,
    pub sections: Vec<Section>,
    /// What `<5` and `x` mean, and how people are estimated.
    pub legend: Vec<String>,
}

pub struct Section {
    pub heading: String,
    pub body: Body,
}

pub enum Body {
    Figures {
        figures: Vec<Figure>,
        /// People reached of the yearly target, for a progress bar.
        progress: Option<Progress>,
    },
    Table(TableView),
}

pub struct Figure {
    pub label: String,
    pub value: String,
    /// A bare number or marker (laid out left to right in every language).
    pub numeric: bool,
}

pub struct Progress {
    pub part: u64,
    pub whole: u64,
    pub description: String,
}

pub struct TableView {
    /// The label column's head, e.g. "Thema / Taak".
    pub column: String,
    pub count_column: String,
    pub lines: Vec<Line>,
    /// Why there are no groups: none counted, or too few to show.
    pub note: Option<String>,
    pub chart: Chart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    None,
    /// Horizontal bars of the top-level lines.
    Bars,
    /// Columns in time order, labelled with `Line::short`.
    Columns,
}

pub struct Line {
    pub label: String,
    /// A short label for a chart column (a week's number).
    pub short: String,
    /// 0 for the top level; a group within a group is one deeper.
    pub depth: usize,
    pub total: bool,
    pub shown: Shown,
    /// The count as published: a number, `<N` or `x`.
    pub cell: String,
}

/// How the groups of one level follow each other.
#[derive(Clone, Copy)]
enum Order<'a> {
    /// As counted: by code (weeks in time order).
    Code,
    /// Largest published count first (see `stats::report::rank`).
    Published,
    /// In this order of codes; others after.
    Fixed(&'a [&'a str]),
}

/// The legend's three sentences.
pub struct Legend {
    /// What `<N` means.
    pub small: String,
    /// What `x` means.
    pub hidden: String,
    /// How people are estimated.
    pub people: String,
}

/// Puts a report into words, section by section.
pub struct Builder<'l, 'c> {
    labels: &'l Labels<'c>,
    threshold: u64,
}

impl Document {
    /// The whole report, as `digipunt report` prints it.
    pub fn report(report: &Report, labels: &Labels) -> Document {
        let b = Builder::new(labels, report.threshold);
        let sections = Part::DOCUMENT
            .iter()
            .map(|&part| b.part(report, part))
            .collect();
        b.document(report.period, sections)
    }

    /// One table as `export --by` counts it.
    pub fn table(
        period: Period,
        threshold: u64,
        by: &[Dimension],
        table: &Table,
        labels: &Labels,
    ) -> Document {
        let b = Builder { labels, threshold };
        let breakdown = Breakdown {
            by: by.to_vec(),
            table: table.clone(),
            withheld: false,
        };
        let heading = labels.text_with("report-counted", &[("groups", Arg::Text(b.column(by)))]);
        let section = b.breakdown(heading, &breakdown, Order::Code, Chart::None);
        b.document(period, vec![section])
    }
}

impl<'l, 'c> Builder<'l, 'c> {
    pub fn new(labels: &'l Labels<'c>, threshold: u64) -> Builder<'l, 'c> {
        Builder { labels, threshold }
    }
}

impl Builder<'_, '_> {
    /// One figure or table of the report, in words.
    pub fn part(&self, report: &Report, part: Part) -> Section {
        let labels = self.labels;
        let table = |id: &str, breakdown: &Breakdown, order: Order, chart: Chart| {
            self.breakdown(labels.text(id), breakdown, order, chart)
        };
        let outcomes: Vec<&str> = Outcome::ALL.iter().map(|o| o.code()).collect();
        let modes: Vec<&str> = Mode::ALL.iter().map(|m| m.code()).collect();
        let channels: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
        match part {
            Part::Reach => self.reach(report),
            // The topic groups alone: the totals of `Tasks`, in the same order.
            Part::Topics => table(
                "report-by-category",
                &report.by_category,
                Order::Published,
                Chart::Bars,
            ),
            Part::Tasks => table(
                "report-by-category",
                &report.by_task,
                Order::Published,
                Chart::Bars,
            ),
            Part::Language => table(
                "report-by-language",
                &report.by_language,
                Order::Published,
                Chart::Bars,
            ),
            Part::Outcome => table(
                "report-by-outcome",
                &report.by_outcome,
                Order::Fixed(&outcomes),
                Chart::Bars,
            ),
            Part::Mode => table(
                "report-by-mode",
                &report.by_mode,
                Order::Fixed(&modes),
                Chart::None,
            ),
            Part::Channel => table(
                "report-by-channel",
                &report.by_channel,
                Order::Fixed(&channels),
                Chart::None,
            ),
            Part::Problems => self.ranked("report-problems", Dimension::Problem, &report.problems),
            Part::Referrals => {
                self.ranked("report-referrals", Dimension::Referral, &report.referrals)
            }
            Part::Sessions => self.sessions(report),
            Part::Weeks => table(
                "report-by-week",
                &report.by_week,
                Order::Code,
                Chart::Columns,
            ),
        }
    }

    /// "Period: from ... to ...".
    pub fn period(&self, period: Period) -> String {
        let date = |d: chrono::NaiveDate| Arg::Text(d.format("%Y-%m-%d").to_string());
        self.labels.text_with(
            "report-period",
            &[("from", date(period.from())), ("to", date(period.to()))],
        )
    }

    /// What `<5` and `x` mean, and how people are estimated.
    pub fn legend(&self) -> Legend {
        let labels = self.labels;
        Legend {
            small: labels.text_with(
                "report-legend-small",
                &[
                    ("marker", Arg::Text(self.cell(Shown::Small))),
                    ("threshold", Arg::Number(self.threshold)),
                ],
            ),
            hidden: labels.text_with(
                "report-legend-hidden",
                &[("marker", Arg::Text(HIDDEN.to_owned()))],
            ),
            people: labels.text("report-legend-people"),
        }
    }

    fn document(&self, period: Period, sections: Vec<Section>) -> Document {
        let labels = self.labels;
        let Legend {
            small,
            hidden,
            people,
        } = self.legend();
        Document {
            tag: labels.tag().to_owned(),
            rtl: labels.is_rtl(),
            title: labels.text("report-title"),
            period: self.period(period),
            sections,
            legend: vec![small, hidden, people],
        }
    }

    /// A count as published: the number, `<N` or `x`.
    pub fn cell(&self, shown: Shown) -> String {
        match shown {
            Shown::Count(count) => count.to_string(),
            Shown::Small => format!("<{}", self.threshold),
            Shown::Hidden => HIDDEN.to_owned(),
        }
    }

    fn estimate(&self, estimate: Estimate, unit: impl Fn(u64) -> String) -> (String, bool) {
        match estimate {
            Estimate::Exact(n) => {
                let text = unit(n);
                let numeric = text == n.to_string();
                (text, numeric)
            }
            Estimate::AtLeast(n) => (
                self.labels
                    .text_with("report-at-least", &[("count", Arg::Text(unit(n)))]),
                false,
            ),
            Estimate::Small => (self.cell(Shown::Small), true),
            Estimate::Hidden => (self.cell(Shown::Hidden), true),
        }
    }

    fn reach(&self, report: &Report) -> Section {
        let labels = self.labels;
        let figure = |id: &str, (value, numeric): (String, bool)| Figure {
            label: labels.text(id),
            value,
            numeric,
        };
        let mut figures = vec![
            figure(
                "report-interactions",
                (self.cell(report.interactions), true),
            ),
            figure(
                "report-people",
                self.estimate(report.people, |n| n.to_string()),
            ),
        ];
        let mut progress = None;
        if let (Some(target), Some(percent)) = (report.target, report.percent_of_target()) {
            figures.push(figure("report-target", (target.to_string(), true)));
            let percent_text =
                |p: u64| labels.text_with("report-percent", &[("percent", Arg::Number(p))]);
            figures.push(figure(
                "report-target-part",
                self.estimate(percent, percent_text),
            ));
            if let Estimate::Exact(people) | Estimate::AtLeast(people) = report.people {
                progress = Some(Progress {
                    part: people,
                    whole: target,
                    description: labels.text_with(
                        "report-progress",
                        &[
                            (
                                "people",
                                Arg::Text(self.estimate(report.people, |n| n.to_string()).0),
                            ),
                            ("target", Arg::Number(target)),
                        ],
                    ),
                });
            }
        }
        Section {
            heading: labels.text("report-reach"),
            body: Body::Figures { figures, progress },
        }
    }

    fn sessions(&self, report: &Report) -> Section {
        let labels = self.labels;
        let sessions = report.sessions;
        let figure = |id: &str, value: String| Figure {
            label: labels.text(id),
            value,
            numeric: true,
        };
        Section {
            heading: labels.text("report-sessions"),
            body: Body::Figures {
                figures: vec![
                    figure("report-sessions-count", sessions.sessions.to_string()),
                    figure("report-sessions-attendees", self.cell(sessions.attendees)),
                    figure("report-sessions-minutes", sessions.minutes.to_string()),
                ],
                progress: None,
            },
        }
    }

    fn column(&self, by: &[Dimension]) -> String {
        let names: Vec<String> = by.iter().map(|&d| self.labels.dimension(d)).collect();
        names.join(" / ")
    }

    fn line(&self, dimension: Dimension, row: &Row, depth: usize) -> Line {
        let code = row.values.last().map_or("", String::as_str);
        let total = row.values.is_empty();
        Line {
            label: if total {
                self.labels.text("report-total")
            } else {
                self.labels.value(dimension, code)
            },
            short: if dimension == Dimension::Week {
                self.labels.week_number(code)
            } else {
                code.to_owned()
            },
            depth,
            total,
            shown: row.shown,
            cell: self.cell(row.shown),
        }
    }

    /// A table as an outline: every total before the groups it adds up, the grand total
    /// last.
    fn breakdown(
        &self,
        heading: String,
        breakdown: &Breakdown,
        order: Order,
        chart: Chart,
    ) -> Section {
        let table = &breakdown.table;
        let mut children: HashMap<&[String], Vec<&Row>> = HashMap::new();
        for row in table.rows.iter().filter(|r| !r.values.is_empty()) {
            let parent = &row.values[..row.values.len() - 1];
            children.entry(parent).or_default().push(row);
        }
        let mut lines = Vec::with_capacity(table.rows.len());
        let mut stack: Vec<&Row> = Vec::new();
        let mut top = children.remove(&[][..]).unwrap_or_default();
        sort(&mut top, order);
        stack.extend(top.into_iter().rev());
        while let Some(row) = stack.pop() {
            let depth = row.values.len() - 1;
            lines.push(self.line(breakdown.by[depth], row, depth));
            if let Some(mut below) = children.remove(row.values.as_slice()) {
                sort(&mut below, order);
                stack.extend(below.into_iter().rev());
            }
        }
        if let Some(total) = table.rows.last().filter(|r| r.values.is_empty()) {
            lines.push(self.line(Dimension::Task, total, 0));
        }
        let note = if breakdown.withheld {
            Some(self.labels.text("report-withheld"))
        } else if lines.iter().all(|l| l.total) {
            Some(self.labels.text("report-empty"))
        } else {
            None
        };
        Section {
            heading,
            body: Body::Table(TableView {
                column: self.column(&breakdown.by),
                count_column: self.labels.text("report-count"),
                lines,
                note,
                chart,
            }),
        }
    }

    fn ranked(&self, heading: &str, dimension: Dimension, ranked: &Ranked) -> Section {
        let lines: Vec<Line> = ranked
            .rows
            .iter()
            .map(|row| self.line(dimension, row, 0))
            .collect();
        let note = if ranked.withheld {
            Some(self.labels.text("report-withheld"))
        } else if lines.is_empty() {
            Some(self.labels.text("report-empty"))
        } else {
            None
        };
        Section {
            heading: self.labels.text(heading),
            body: Body::Table(TableView {
                column: self.labels.dimension(dimension),
                count_column: self.labels.text("report-count"),
                lines,
                note,
                chart: Chart::Bars,
            }),
        }
    }
}

fn sort(rows: &mut [&Row], order: Order) {
    match order {
        Order::Code => {}
        Order::Published => rows.sort_by(|a, b| by_published(a, b)),
        Order::Fixed(codes) => rows.sort_by_key(|row| {
            let code = row.values.last().map_or("", String::as_str);
            codes.iter().position(|c| *c == code).unwrap_or(codes.len())
        }),
    }
}

//! The report screen's core: which period the helper asks about, asking the edge for its
//! counts (`Effect::LoadReport`, answered by `Action::Report`), and turning the pages.
//! Nothing here reads the log or puts a number into words.

use chrono::{Datelike, NaiveDate};

use super::{DeskChoice, DeskScreen};
use crate::app::action::Effect;
use crate::app::state::{App, Screen};
use crate::stats::report::TOP;
use crate::stats::{Part, Period, Report, Request};

use DeskScreen as S;

/// A calendar month as one number (year * 12 + month - 1), so that a step of one crosses a
/// year's end like any other.
pub type Month = i32;

/// How many months before this one a custom range may start.
pub const MONTHS_BACK: Month = 35;

/// The periods offered in one key press; each ends today at the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    ThisWeek,
    ThisMonth,
    ThisQuarter,
    ThisYear,
    LastMonth,
    LastYear,
}

impl Span {
    pub const ALL: [Span; 6] = [
        Span::ThisWeek,
        Span::ThisMonth,
        Span::ThisQuarter,
        Span::ThisYear,
        Span::LastMonth,
        Span::LastYear,
    ];

    /// The days it covers, seen from `today`.
    pub fn period(self, today: NaiveDate) -> Period {
        let this_month = Period::month_of(today).from();
        let this_year = Period::year_of(today).from();
        let period = match self {
            Span::ThisWeek => Period::week_of(today),
            Span::ThisMonth => Period::month_of(today),
            Span::ThisQuarter => Period::quarter_of(today),
            Span::ThisYear => Period::year_of(today),
            Span::LastMonth => Period::month_of(this_month.pred_opt().unwrap_or(this_month)),
            Span::LastYear => Period::year_of(this_year.pred_opt().unwrap_or(this_year)),
        };
        until(period, today)
    }
}

/// The pages in the order they are turned: what each shows.
pub const PAGES: [&[Part]; 8] = [
    &[Part::Reach, Part::Sessions],
    &[Part::Topics],
    &[Part::Tasks],
    &[Part::Language],
    &[Part::Outcome, Part::Referrals],
    &[Part::Problems],
    &[Part::Mode, Part::Channel],
    &[Part::Weeks],
];

/// What the edge answered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Answer {
    /// Asked, not answered yet.
    #[default]
    Waiting,
    /// The log cannot be read now.
    Unreadable,
    Ready(Box<Report>),
}

/// The report being chosen or read; dropped when the helper is back in the menu.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    /// The first month of a custom range, once chosen.
    pub from: Option<Month>,
    /// The period asked for, once asked.
    pub period: Option<Period>,
    pub answer: Answer,
    /// Index into `PAGES`.
    pub page: usize,
}

pub fn month_of(day: NaiveDate) -> Month {
    day.year() * 12 + i32::try_from(day.month0()).unwrap_or(0)
}

/// The first day of a month.
pub fn first_day(month: Month) -> NaiveDate {
    let (year, month0) = (month.div_euclid(12), month.rem_euclid(12));
    NaiveDate::from_ymd_opt(year, u32::try_from(month0).unwrap_or(0) + 1, 1)
        .unwrap_or(NaiveDate::MIN)
}

/// Whole months from `from` to `to`, ending today at the latest.
pub fn months(from: Month, to: Month, today: NaiveDate) -> Period {
    let (first, last) = (from.min(to), from.max(to));
    let end = Period::month_of(first_day(last)).to();
    until(
        Period::new(first_day(first), end).unwrap_or(Period::month_of(today)),
        today,
    )
}

/// The period cut at `today`: a report never covers a day still to come.
fn until(period: Period, today: NaiveDate) -> Period {
    Period::new(period.from(), period.to().min(today)).unwrap_or(period)
}

fn today(app: &App) -> NaiveDate {
    app.now.wall.date()
}

/// From the menu: which period?
pub fn open(app: &mut App) {
    app.desk.notice = None;
    app.desk.report = Some(Reading::default());
    go(app, S::ReportPeriod);
}

fn go(app: &mut App, screen: DeskScreen) {
    app.screen = Screen::Desk(screen);
    app.selected = 0;
}

pub fn choices(app: &App, screen: DeskScreen) -> Vec<DeskChoice> {
    let this_month = month_of(today(app));
    match screen {
        S::ReportPeriod => Span::ALL
            .iter()
            .map(|&span| DeskChoice::Span(span))
            .chain([DeskChoice::Months])
            .collect(),
        // Newest first; never a month still to come.
        S::ReportFrom => (this_month - MONTHS_BACK..=this_month)
            .rev()
            .map(DeskChoice::Month)
            .collect(),
        S::ReportTo => {
            let from = reading(app).and_then(|r| r.from).unwrap_or(this_month);
            (from..=this_month).rev().map(DeskChoice::Month).collect()
        }
        S::Report => match reading(app).map(|r| &r.answer) {
            Some(Answer::Unreadable) => vec![DeskChoice::Menu],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn reading(app: &App) -> Option<&Reading> {
    app.desk.report.as_ref()
}

pub fn take(app: &mut App, choice: DeskChoice) -> Vec<Effect> {
    match (app.screen, choice) {
        (_, DeskChoice::Span(span)) => return ask(app, span.period(today(app))),
        (_, DeskChoice::Months) => {
            go(app, S::ReportFrom);
            preselect_from(app);
        }
        (Screen::Desk(S::ReportFrom), DeskChoice::Month(month)) => {
            if let Some(reading) = app.desk.report.as_mut() {
                reading.from = Some(month);
            }
            go(app, S::ReportTo);
        }
        (Screen::Desk(S::ReportTo), DeskChoice::Month(to)) => {
            if let Some(from) = reading(app).and_then(|r| r.from) {
                return ask(app, months(from, to, today(app)));
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Back on the first month, the one chosen before is highlighted.
fn preselect_from(app: &mut App) {
    if let Some(from) = reading(app).and_then(|r| r.from) {
        let offered = choices(app, S::ReportFrom);
        if let Some(index) = offered.iter().position(|c| *c == DeskChoice::Month(from)) {
            app.selected = index;
        }
    }
}

/// Asks the edge for the period's counts and waits on the first page.
fn ask(app: &mut App, period: Period) -> Vec<Effect> {
    let Some(reading) = app.desk.report.as_mut() else {
        return Vec::new();
    };
    reading.period = Some(period);
    reading.answer = Answer::Waiting;
    reading.page = 0;
    go(app, S::Report);
    vec![Effect::LoadReport(Request {
        period,
        threshold: app.settings.suppress_below,
        target: app.settings.reach_target,
        top: TOP,
    })]
}

/// The edge's answer; one for a period no longer asked about (or after leaving) is dropped.
pub fn answer(app: &mut App, report: Option<Box<Report>>) {
    let Some(reading) = app.desk.report.as_mut() else {
        return;
    };
    if reading.answer != Answer::Waiting {
        return;
    }
    match report {
        Some(report) if Some(report.period) == reading.period => {
            reading.answer = Answer::Ready(report);
        }
        Some(_) => {}
        None => reading.answer = Answer::Unreadable,
    }
}

/// Esc: one screen back; from the period question and from the pages, the menu.
pub fn back(app: &mut App, screen: DeskScreen) -> bool {
    match screen {
        S::ReportTo => {
            go(app, S::ReportFrom);
            preselect_from(app);
        }
        S::ReportFrom => go(app, S::ReportPeriod),
        _ => return false,
    }
    true
}

/// The report is on screen, its pages ready to turn.
pub fn ready(app: &App) -> Option<&Report> {
    match (app.screen, reading(app).map(|r| &r.answer)) {
        (Screen::Desk(S::Report), Some(Answer::Ready(report))) if !app.picking_language => {
            Some(report)
        }
        _ => None,
    }
}

/// The next or the previous page; the first line of it highlighted.
pub fn turn(app: &mut App, forward: bool) {
    if ready(app).is_none() {
        return;
    }
    if let Some(reading) = app.desk.report.as_mut() {
        let page = if forward {
            (reading.page + 1).min(PAGES.len() - 1)
        } else {
            reading.page.saturating_sub(1)
        };
        if page != reading.page {
            reading.page = page;
            app.selected = 0;
        }
    }
}

/// Lines on a page: the screen shows the highlighted one, scrolling a long page.
pub fn lines(report: &Report, page: usize) -> usize {
    PAGES
        .get(page)
        .map_or(0, |parts| parts.iter().map(|&p| report.lines(p)).sum())
}

/// Up and down move the highlight over the page's lines.
pub fn scroll(app: &mut App, delta: i32) {
    let Some(report) = ready(app) else { return };
    let page = reading(app).map_or(0, |r| r.page);
    let last = lines(report, page).saturating_sub(1);
    let moved = i64::try_from(app.selected).unwrap_or(0) + i64::from(delta);
    app.selected = usize::try_from(moved.clamp(0, i64::try_from(last).unwrap_or(0))).unwrap_or(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn days(period: Period) -> (String, String) {
        (period.from().to_string(), period.to().to_string())
    }

    #[test]
    fn each_span_ends_today_at_the_latest() {
        let today = day("2026-11-23");
        let expect = |span: Span, from: &str, to: &str| {
            assert_eq!(
                days(span.period(today)),
                (from.into(), to.into()),
                "{span:?}"
            );
        };
        expect(Span::ThisWeek, "2026-11-23", "2026-11-23");
        expect(Span::ThisMonth, "2026-11-01", "2026-11-23");
        expect(Span::ThisQuarter, "2026-10-01", "2026-11-23");
        expect(Span::ThisYear, "2026-01-01", "2026-11-23");
        expect(Span::LastMonth, "2026-10-01", "2026-10-31");
        expect(Span::LastYear, "2025-01-01", "2025-12-31");
        // In January, last month is in last year.
        assert_eq!(
            days(Span::LastMonth.period(day("2027-01-05"))),
            ("2026-12-01".into(), "2026-12-31".into())
        );
    }

    #[test]
    fn months_count_across_a_years_end() {
        let today = day("2026-11-23");
        let now = month_of(today);
        assert_eq!(first_day(now - 11), day("2025-12-01"));
        assert_eq!(first_day(now - 10), day("2026-01-01"));
        assert_eq!(
            days(months(now - 11, now - 10, today)),
            ("2025-12-01".into(), "2026-01-31".into())
        );
        assert_eq!(
            days(months(now - 1, now, today)),
            ("2026-10-01".into(), "2026-11-23".into())
        );
    }
}

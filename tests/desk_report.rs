//! The report screen in the helper's menu, driven by actions as a helper presses keys,
//! with the real recorder computing the report from a real log: choosing a period (also
//! whole months of one's own, never a month to come), the request the edge gets, the
//! pages, leaving; the same numbers as `digipunt report`; and how it looks.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use digipunt::app::desk::report::{Answer, MONTHS_BACK, PAGES, Span};
use digipunt::app::{Action, App, Choice, DeskChoice, DeskScreen, Effect, Screen, update};
use digipunt::i18n::Direction;
use digipunt::interaction::{Channel, Daypart, GroupSession, Interaction, Mode, Outcome};
use digipunt::kiosk::Recorder;
use digipunt::report_words::{Body, Builder, Labels};
use digipunt::stats::report::TOP;
use digipunt::stats::{Part, Period, Report, Request};
use digipunt::store::Store;
use support::*;

#[path = "support/rows.rs"]
mod rows;
use rows::{copies, day, help_at};

fn help(on: &str, task: &str, category: &str, language: &str, outcome: Outcome) -> Interaction {
    help_at("test-kiosk", on, task, category, language, outcome)
}

/// The core and the edge that reads its log, as the kiosk loop joins them.
struct Kiosk {
    app: App,
    recorder: Recorder,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Kiosk {
    /// A kiosk on November 2026's log (see `november`), on 2026-11-23.
    fn new() -> Kiosk {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.sqlite");
        november(&path);
        Kiosk {
            app: app(),
            recorder: Recorder::open(&path),
            path,
            _dir: dir,
        }
    }

    /// Applies the action; what it asks of the log is carried out and answered.
    fn press(&mut self, action: Action) -> Vec<Effect> {
        let effects = update(&mut self.app, action);
        for effect in effects.clone() {
            let kiosk = self.app.settings.kiosk.clone();
            for answer in self.recorder.carry_out(effect, &kiosk) {
                assert!(update(&mut self.app, answer).is_empty());
            }
        }
        effects
    }

    fn pick(&mut self, wanted: DeskChoice) -> Vec<Effect> {
        let index = choice_of(&self.app, Choice::Desk(wanted));
        self.press(Action::Choose(index))
    }

    /// F9, then "view the report".
    fn open_report(&mut self) {
        self.press(Action::OpenDesk);
        self.pick(DeskChoice::OpenReport);
        assert_eq!(self.app.screen, Screen::Desk(DeskScreen::ReportPeriod));
    }

    fn page(&self) -> usize {
        self.app.desk.report.as_ref().map_or(usize::MAX, |r| r.page)
    }

    fn report(&self) -> &Report {
        match self.app.desk.report.as_ref().map(|r| &r.answer) {
            Some(Answer::Ready(report)) => report,
            other => panic!("no report on screen: {other:?}"),
        }
    }
}

fn period(from: &str, to: &str) -> Period {
    Period::new(day(from), day(to)).unwrap()
}

/// November 2026 up to the 23rd (today in these tests), made so that the report shows
/// counts below 5 (jobbonus 3 within money, Turkish 2) and counts hidden so that those
/// cannot be worked out (see `tests/report.rs`); a day before the month and one after
/// today.
fn november(path: &Path) {
    let tax = help("2026-11-02", "tax-on-web", "money", "nl", Outcome::Done);
    let mut rows = Vec::new();
    for (i, row) in copies(tax.clone(), 12, 8, 2).into_iter().enumerate() {
        rows.push(Interaction {
            day: day(&format!("2026-11-{:02}", 2 + i)),
            ..row
        });
    }
    rows.extend(copies(
        Interaction {
            language: "ar".into(),
            day: day("2026-11-20"),
            problems: vec!["data-wrong".into()],
            ..tax.clone()
        },
        3,
        3,
        0,
    ));
    rows.extend(copies(
        help("2026-11-18", "jobbonus", "money", "nl", Outcome::Partly),
        3,
        1,
        2,
    ));
    rows.extend(copies(
        Interaction {
            mode: Mode::SelfService,
            ..help("2026-11-16", "vdab-jobs", "work", "fr", Outcome::Partly)
        },
        6,
        4,
        2,
    ));
    rows.extend(copies(
        Interaction {
            referral: Some("municipality".into()),
            problems: vec!["forgot-pin".into()],
            channel: Channel::Phone,
            ..help(
                "2026-11-19",
                "eid-login",
                "identity",
                "nl",
                Outcome::Referred,
            )
        },
        6,
        4,
        2,
    ));
    rows.extend(copies(
        Interaction {
            problems: vec!["no-card-reader".into(), "forgot-pin".into()],
            ..help("2026-11-21", "eid-login", "identity", "tr", Outcome::Later)
        },
        2,
        0,
        0,
    ));
    // More topics and languages, so that a page is longer than 80x24 shows.
    for (on, task, category, language, count) in [
        ("2026-11-03", "itsme", "identity", "nl", 7),
        ("2026-11-04", "email", "basics", "en", 5),
        ("2026-11-05", "smartphone-basics", "basics", "uk", 6),
        ("2026-11-06", "phishing", "safety", "nl", 9),
        ("2026-11-09", "health-insurance", "health", "pl", 4),
        ("2026-11-10", "groeipakket", "family", "ar", 5),
        ("2026-11-12", "transport-ticket", "mobility", "ru", 5),
    ] {
        rows.extend(copies(
            help(on, task, category, language, Outcome::Done),
            count,
            count / 2,
            1,
        ));
    }
    // Outside this month's report: before it, and after today.
    rows.push(help(
        "2026-10-31",
        "tax-on-web",
        "money",
        "nl",
        Outcome::Done,
    ));
    rows.push(help(
        "2026-11-24",
        "tax-on-web",
        "money",
        "nl",
        Outcome::Done,
    ));
    let mut store = Store::open(path).unwrap();
    for row in &rows {
        store.record(row).unwrap();
    }
    for attendees in [12, 3] {
        store
            .record_group_session(&GroupSession {
                kiosk: "test-kiosk".into(),
                day: day("2026-11-12"),
                daypart: Daypart::Morning,
                topic: "safety".into(),
                language: "nl".into(),
                attendees,
                minutes: 90,
                correction_of: None,
            })
            .unwrap();
    }
}

fn requests(effects: &[Effect]) -> Vec<Request> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::LoadReport(request) => Some(*request),
            _ => None,
        })
        .collect()
}

#[test]
fn f9_report_this_month_asks_the_edge_and_shows_the_pages() {
    let mut kiosk = Kiosk::new();
    kiosk.app.settings.reach_target = Some(1000);
    kiosk.app.settings.suppress_below = 5;
    kiosk.open_report();
    // The answer comes back as an action: without it, the screen says it is waiting.
    let index = choice_of(&kiosk.app, Choice::Desk(DeskChoice::Span(Span::ThisMonth)));
    let effects = update(&mut kiosk.app, Action::Choose(index));
    let request = Request {
        period: period("2026-11-01", "2026-11-23"),
        threshold: 5,
        target: Some(1000),
        top: TOP,
    };
    assert_eq!(requests(&effects), [request]);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Report));
    assert!(screen(&kiosk.app, 80, 24).contains("Het verslag wordt gemaakt."));
    // Digits and Enter choose nothing while it waits.
    assert!(update(&mut kiosk.app, Action::Digit(1)).is_empty());
    assert!(update(&mut kiosk.app, Action::Activate).is_empty());

    let answer = kiosk.recorder.carry_out(effects[0].clone(), "test-kiosk");
    assert!(matches!(answer[0], Action::Report(Some(_))));
    for action in answer {
        update(&mut kiosk.app, action);
    }
    let store = Store::open_read_only(&kiosk.path).unwrap();
    assert_eq!(
        *kiosk.report(),
        Report::compute(store.connection(), &request).unwrap()
    );
    assert_eq!(kiosk.page(), 0);
    let text = screen(&kiosk.app, 80, 24);
    assert!(text.contains("Blad 1 van 8"), "{text}");
    assert!(text.contains("Keer geholpen"), "{text}");

    // Page Down and the right arrow turn forward, Page Up and the left arrow back; the
    // first and the last page stay put.
    kiosk.press(Action::NextPage);
    assert_eq!(kiosk.page(), 1);
    kiosk.press(Action::ArrowRight);
    assert_eq!(kiosk.page(), 2);
    kiosk.press(Action::ArrowLeft);
    kiosk.press(Action::PreviousPage);
    kiosk.press(Action::PreviousPage);
    assert_eq!(kiosk.page(), 0);
    for _ in 0..20 {
        kiosk.press(Action::NextPage);
    }
    assert_eq!(kiosk.page(), PAGES.len() - 1);
    assert!(screen(&kiosk.app, 80, 24).contains("Keer geholpen per week"));

    // Esc: back in the menu, and the report is gone from memory.
    kiosk.press(Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    assert!(kiosk.app.desk.report.is_none());
}

#[test]
fn every_period_ends_today_at_the_latest() {
    let mut kiosk = Kiosk::new();
    let expected = [
        (Span::ThisWeek, "2026-11-23", "2026-11-23"),
        (Span::ThisMonth, "2026-11-01", "2026-11-23"),
        (Span::ThisQuarter, "2026-10-01", "2026-11-23"),
        (Span::ThisYear, "2026-01-01", "2026-11-23"),
        (Span::LastMonth, "2026-10-01", "2026-10-31"),
        (Span::LastYear, "2025-01-01", "2025-12-31"),
    ];
    for (span, from, to) in expected {
        kiosk.open_report();
        let asked = requests(&kiosk.pick(DeskChoice::Span(span)));
        assert_eq!(asked.len(), 1, "{span:?}");
        assert_eq!(asked[0].period, period(from, to), "{span:?}");
        assert_eq!(kiosk.report().period, period(from, to), "{span:?}");
        kiosk.press(Action::Back);
        kiosk.press(Action::Back);
    }
    // The choices say their days, as the report will.
    kiosk.open_report();
    let text = screen(&kiosk.app, 80, 24);
    assert!(
        text.contains("Periode: van 2026-10-01 tot en met 2026-10-31"),
        "{text}"
    );
}

#[test]
fn custom_months_are_stepped_with_arrows_or_digits_and_never_lie_ahead() {
    let mut kiosk = Kiosk::new();
    kiosk.open_report();
    kiosk.pick(DeskChoice::Months);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::ReportFrom));
    // Newest first, from this month back; no month to come.
    let months = |app: &App| -> Vec<String> {
        digipunt::app::choices(app)
            .iter()
            .map(|c| match c {
                Choice::Desk(DeskChoice::Month(m)) => digipunt::app::desk::report::first_day(*m)
                    .format("%Y-%m")
                    .to_string(),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    let offered = months(&kiosk.app);
    assert_eq!(offered.len(), usize::try_from(MONTHS_BACK).unwrap() + 1);
    assert_eq!(offered[0], "2026-11");
    assert_eq!(offered[10], "2026-01");
    assert_eq!(offered[11], "2025-12");
    // The arrows stop at either end.
    kiosk.press(Action::MoveSelection(-1));
    assert_eq!(kiosk.app.selected, 0);
    kiosk.press(Action::MoveSelection(999));
    assert_eq!(kiosk.app.selected, offered.len() - 1);

    // A digit: September (the third month back).
    kiosk.press(Action::Digit(3));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::ReportTo));
    // Up to this month, down to the first month chosen: nothing before it, nothing after now.
    assert_eq!(months(&kiosk.app), ["2026-11", "2026-10", "2026-09"]);
    // Esc: the first month again, the one chosen highlighted.
    kiosk.press(Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::ReportFrom));
    assert_eq!(kiosk.app.selected, 2);
    kiosk.press(Action::Activate);
    // Arrows and Enter: October, the whole month.
    kiosk.press(Action::MoveSelection(1));
    let effects = kiosk.press(Action::Activate);
    assert_eq!(
        requests(&effects)[0].period,
        period("2026-09-01", "2026-10-31")
    );
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Report));

    // Up to this month: up to today.
    kiosk.press(Action::Back);
    kiosk.pick(DeskChoice::OpenReport);
    kiosk.pick(DeskChoice::Months);
    kiosk.press(Action::Digit(1));
    let effects = kiosk.press(Action::Digit(1));
    assert_eq!(
        requests(&effects)[0].period,
        period("2026-11-01", "2026-11-23")
    );

    // Across a year's end.
    kiosk.press(Action::Back);
    kiosk.pick(DeskChoice::OpenReport);
    kiosk.pick(DeskChoice::Months);
    kiosk.press(Action::MoveSelection(12));
    kiosk.press(Action::Activate);
    assert_eq!(months(&kiosk.app).last().unwrap(), "2025-11");
    kiosk.press(Action::MoveSelection(999));
    let effects = kiosk.press(Action::Activate);
    assert_eq!(
        requests(&effects)[0].period,
        period("2025-11-01", "2025-11-30")
    );
}

#[test]
fn up_and_down_move_over_the_lines_of_a_page_and_turning_starts_at_its_top() {
    let mut kiosk = Kiosk::new();
    kiosk.open_report();
    kiosk.pick(DeskChoice::Span(Span::ThisMonth));
    kiosk.press(Action::NextPage);
    kiosk.press(Action::NextPage);
    let tasks = kiosk.report().lines(Part::Tasks);
    assert!(tasks > 8, "{tasks}");
    for _ in 0..100 {
        kiosk.press(Action::MoveSelection(1));
    }
    assert_eq!(kiosk.app.selected, tasks - 1);
    kiosk.press(Action::MoveSelection(-1));
    assert_eq!(kiosk.app.selected, tasks - 2);
    kiosk.press(Action::NextPage);
    assert_eq!(kiosk.app.selected, 0);
    kiosk.press(Action::MoveSelection(-1));
    assert_eq!(kiosk.app.selected, 0);
}

#[test]
fn for_an_arabic_helper_the_left_arrow_turns_forward() {
    let mut kiosk = Kiosk::new();
    kiosk.app.helper_language = language(&kiosk.app, "ar");
    kiosk.open_report();
    kiosk.pick(DeskChoice::Span(Span::ThisMonth));
    kiosk.press(Action::ArrowLeft);
    assert_eq!(kiosk.page(), 1);
    kiosk.press(Action::ArrowRight);
    assert_eq!(kiosk.page(), 0);
    // Page Down is forward in any language.
    kiosk.press(Action::NextPage);
    assert_eq!(kiosk.page(), 1);
}

#[test]
fn an_unreadable_log_says_so_calmly_and_offers_the_way_back() {
    let mut kiosk = Kiosk::new();
    // A log that cannot be opened: the recorder answers with nothing.
    kiosk.recorder = Recorder::open(Path::new("/proc/digipunt/nowhere/log.sqlite"));
    kiosk.open_report();
    kiosk.pick(DeskChoice::Span(Span::ThisYear));
    assert_eq!(
        kiosk.app.desk.report.as_ref().map(|r| &r.answer),
        Some(&Answer::Unreadable)
    );
    let text = screen(&kiosk.app, 80, 24);
    assert!(
        text.contains("Het verslag kan nu niet gemaakt worden."),
        "{text}"
    );
    assert!(text.contains(" 1  Terug naar het menu"), "{text}");
    kiosk.press(Action::Digit(1));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    assert!(kiosk.app.desk.report.is_none());
}

#[test]
fn an_answer_for_another_period_or_after_leaving_is_dropped() {
    let mut kiosk = Kiosk::new();
    let store = Store::open_read_only(&kiosk.path).unwrap();
    let report = |from: &str, to: &str| {
        Box::new(
            Report::compute(
                store.connection(),
                &Request {
                    period: period(from, to),
                    threshold: 5,
                    target: None,
                    top: TOP,
                },
            )
            .unwrap(),
        )
    };
    kiosk.open_report();
    let index = choice_of(&kiosk.app, Choice::Desk(DeskChoice::Span(Span::ThisMonth)));
    update(&mut kiosk.app, Action::Choose(index));
    update(
        &mut kiosk.app,
        Action::Report(Some(report("2026-10-01", "2026-10-31"))),
    );
    assert!(matches!(
        kiosk.app.desk.report.as_ref().map(|r| &r.answer),
        Some(Answer::Waiting)
    ));
    update(
        &mut kiosk.app,
        Action::Report(Some(report("2026-11-01", "2026-11-23"))),
    );
    assert_eq!(kiosk.report().period, period("2026-11-01", "2026-11-23"));
    // Gone from the menu, gone from memory: a late answer brings nothing back.
    update(&mut kiosk.app, Action::Back);
    update(&mut kiosk.app, Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Welcome);
    update(
        &mut kiosk.app,
        Action::Report(Some(report("2026-11-01", "2026-11-23"))),
    );
    assert!(kiosk.app.desk.report.is_none());
}

#[test]
fn leaving_the_desk_or_walking_away_drops_the_report() {
    let mut kiosk = Kiosk::new();
    kiosk.open_report();
    kiosk.pick(DeskChoice::Span(Span::ThisMonth));
    kiosk.report();
    // Left alone: "are you still there?", then a fresh welcome screen.
    let mut now = kiosk.app.now;
    now.monotonic += kiosk.app.settings.idle_after;
    update(&mut kiosk.app, Action::Tick(now));
    now.monotonic += kiosk.app.settings.idle_countdown;
    update(&mut kiosk.app, Action::Tick(now));
    assert_eq!(kiosk.app.screen, Screen::Welcome);
    assert!(kiosk.app.desk.report.is_none());
}

/// Each part of the report takes as many lines on screen as the core counts to scroll.
#[test]
fn the_lines_the_core_scrolls_are_the_lines_the_words_give() {
    let kiosk = Kiosk::new();
    let store = Store::open_read_only(&kiosk.path).unwrap();
    for (target, threshold, (from, to)) in [
        (Some(1000), 5, ("2026-11-01", "2026-11-23")),
        (None, 3, ("2026-11-01", "2026-11-23")),
        (None, 5, ("2026-11-20", "2026-11-21")),
        (Some(10), 5, ("2027-01-01", "2027-01-31")),
    ] {
        let report = Report::compute(
            store.connection(),
            &Request {
                period: period(from, to),
                threshold,
                target,
                top: TOP,
            },
        )
        .unwrap();
        let labels = Labels::new(&kiosk.app.content, 0);
        let builder = Builder::new(&labels, threshold);
        for part in PAGES.iter().flat_map(|p| p.iter()) {
            let lines = match builder.part(&report, *part).body {
                Body::Figures { figures, .. } => figures.len(),
                Body::Table(table) => table.lines.len(),
            };
            assert_eq!(lines, report.lines(*part), "{part:?} {from} {to}");
        }
    }
}

/// Runs `digipunt report` on the log, with no config.
fn cli_report(db: &Path, from: &str, to: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(["report", "--from", from, "--to", to, "--db"])
        .arg(db)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A heading and its lines as (label, count), from the command's text: a heading is the
/// line over a rule of `-`; a line is a label, two spaces or more, and its count.
fn cli_sections(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut sections: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if lines
            .get(i + 1)
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c == '-'))
        {
            sections.push((line.trim().to_owned(), Vec::new()));
        } else if let (Some(section), Some(pair)) = (sections.last_mut(), pair(line)) {
            section.1.push(pair);
        }
    }
    sections
}

/// "  Label      ██████   12" as ("Label", "12"): the first and the last of the pieces
/// the line falls into at two spaces or more.
fn pair(line: &str) -> Option<(String, String)> {
    let pieces: Vec<&str> = line
        .trim()
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (pieces.len() >= 2).then(|| (pieces[0].to_owned(), pieces[pieces.len() - 1].to_owned()))
}

/// The screen's charts as the command's sections: heading, then (label, count) per line.
fn screen_sections(text: &str, headings: &[String]) -> Vec<(String, Vec<(String, String)>)> {
    let mut sections: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    // The last line holds the keys.
    for line in &lines[..lines.len() - 1] {
        let line = line.trim_matches('"');
        if let Some(heading) = headings.iter().find(|h| line.trim() == h.as_str()) {
            sections.push((heading.clone(), Vec::new()));
        } else if let (Some(section), Some(pair)) = (sections.last_mut(), pair(line)) {
            // Column heads ("Taal ... Aantal") are not counts.
            if pair.1 != "Aantal" {
                section.1.push(pair);
            }
        }
    }
    sections
}

#[test]
fn the_screen_shows_what_digipunt_report_prints_for_the_same_period() {
    let mut kiosk = Kiosk::new();
    kiosk.open_report();
    kiosk.pick(DeskChoice::Months);
    kiosk.press(Action::Digit(1));
    kiosk.press(Action::Digit(1));
    assert_eq!(kiosk.report().period, period("2026-11-01", "2026-11-23"));
    // As the screen draws them: Arabic shaped, in display order.
    let drawn = |text: &str| digipunt::ui::text::layout(text, 1000, Direction::Ltr).remove(0);
    let printed: Vec<(String, Vec<(String, String)>)> =
        cli_sections(&cli_report(&kiosk.path, "2026-11-01", "2026-11-23"))
            .into_iter()
            .map(|(heading, lines)| {
                let lines = lines
                    .into_iter()
                    .map(|(label, cell)| (drawn(&label), cell))
                    .collect();
                (heading, lines)
            })
            .collect();
    let headings: Vec<String> = printed.iter().map(|(h, _)| h.clone()).collect();
    let mut shown = Vec::new();
    let mut topics = Vec::new();
    for parts in PAGES {
        // Large enough for every line of every page.
        let text = screen(&kiosk.app, 120, 60);
        let sections = screen_sections(&text, &headings);
        if parts == [Part::Topics] {
            topics = sections;
        } else {
            shown.extend(sections);
        }
        kiosk.press(Action::NextPage);
    }
    // The pages put the sections in an order of their own.
    let mut printed_sorted = printed.clone();
    printed_sorted.sort();
    shown.sort();
    assert_eq!(shown, printed_sorted);
    // The crafted log shows both signs, so both are compared.
    let cells: Vec<&str> = printed
        .iter()
        .flat_map(|(_, lines)| lines.iter().map(|(_, cell)| cell.as_str()))
        .collect();
    assert!(cells.contains(&"<5"), "{printed:?}");
    assert!(cells.contains(&"x"), "{printed:?}");
    // The topic groups alone are the top lines of "what we helped with".
    let (heading, groups) = &topics[0];
    let (_, outline) = printed.iter().find(|(h, _)| h == heading).unwrap();
    for group in groups {
        assert!(outline.contains(group), "{group:?} in {outline:?}");
    }
}

/// This month's report on `page`, for a helper in `tag`.
fn on_page(tag: &str, page: usize) -> Kiosk {
    let mut kiosk = Kiosk::new();
    kiosk.app.helper_language = language(&kiosk.app, tag);
    kiosk.app.settings.reach_target = Some(1000);
    kiosk.open_report();
    kiosk.pick(DeskChoice::Span(Span::ThisMonth));
    for _ in 0..page {
        kiosk.press(Action::NextPage);
    }
    kiosk
}

/// Every page at 80x24 in Dutch and for an Arabic helper (right to left); the longest
/// page also at 120x40, scrolled to its end, and in the basic look.
#[test]
fn the_pages_in_dutch_and_for_an_arabic_helper() {
    for tag in ["nl", "ar"] {
        for page in 0..PAGES.len() {
            let kiosk = on_page(tag, page);
            insta::assert_snapshot!(
                format!("report-page-{}@{tag}-80x24", page + 1),
                screen(&kiosk.app, 80, 24)
            );
        }
        let mut kiosk = on_page(tag, 2);
        insta::assert_snapshot!(
            format!("report-page-3@{tag}-120x40"),
            screen(&kiosk.app, 120, 40)
        );
        for _ in 0..99 {
            kiosk.press(Action::MoveSelection(1));
        }
        insta::assert_snapshot!(
            format!("report-page-3-end@{tag}-80x24"),
            screen(&kiosk.app, 80, 24)
        );
    }
    let mut kiosk = on_page("nl", 0);
    kiosk.press(Action::ToggleLook);
    insta::assert_snapshot!("report-page-1@nl-basic-80x24", screen(&kiosk.app, 80, 24));
    kiosk.press(Action::NextPage);
    kiosk.press(Action::NextPage);
    insta::assert_snapshot!("report-page-3@nl-basic-80x24", screen(&kiosk.app, 80, 24));
}

/// The period, the months, waiting, and a log that cannot be read.
#[test]
fn choosing_the_period_in_dutch_and_for_an_arabic_helper() {
    for tag in ["nl", "ar"] {
        let mut kiosk = Kiosk::new();
        kiosk.app.helper_language = language(&kiosk.app, tag);
        kiosk.open_report();
        insta::assert_snapshot!(
            format!("report-period@{tag}-80x24"),
            screen(&kiosk.app, 80, 24)
        );
        kiosk.pick(DeskChoice::Months);
        kiosk.press(Action::MoveSelection(10));
        insta::assert_snapshot!(
            format!("report-from@{tag}-80x24"),
            screen(&kiosk.app, 80, 24)
        );
        kiosk.press(Action::Activate);
        insta::assert_snapshot!(format!("report-to@{tag}-80x24"), screen(&kiosk.app, 80, 24));
        let index = choice_of(
            &kiosk.app,
            Choice::Desk(DeskChoice::Month(digipunt::app::desk::report::month_of(
                today(),
            ))),
        );
        update(&mut kiosk.app, Action::Choose(index));
        insta::assert_snapshot!(
            format!("report-waiting@{tag}-80x24"),
            screen(&kiosk.app, 80, 24)
        );
        update(&mut kiosk.app, Action::Report(None));
        insta::assert_snapshot!(
            format!("report-unreadable@{tag}-80x24"),
            screen(&kiosk.app, 80, 24)
        );
    }
}

/// In every helper language, at 80x24: every period in view with its number, and on every
/// page its number and its first heading; the keys on the last line; every word found.
#[test]
fn every_report_screen_fits_80x24_in_every_helper_language() {
    let mut kiosk = on_page("nl", 0);
    let tags: Vec<String> = kiosk
        .app
        .content
        .catalog
        .locales()
        .iter()
        .map(|l| l.tag.clone())
        .collect();
    for tag in &tags {
        kiosk.app.helper_language = language(&kiosk.app, tag);
        let lang = kiosk.app.helper_language;
        let content = kiosk.app.content.clone();
        let catalog = &content.catalog;
        let drawn = |text: &str, direction| {
            digipunt::ui::text::layout(text, 1000, direction)
                .remove(0)
                .trim()
                .to_owned()
        };
        let check = |app: &App, what: &str| {
            let text = screen(app, 80, 24);
            // The key bar may take two rows where its words are long.
            let keys: Vec<&str> = text.lines().rev().take(2).collect();
            assert!(
                keys.iter().any(|l| l.contains("Esc")),
                "{tag} {what}: no keys\n{text}"
            );
            assert!(
                !text
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "{tag} {what}: stray marks\n{text}"
            );
            assert_eq!(catalog.missing_lookups(), 0, "{tag} {what}\n{text}");
            assert_eq!(catalog.format_errors(), 0, "{tag} {what}\n{text}");
            text
        };
        kiosk.press(Action::Back);
        kiosk.pick(DeskChoice::OpenReport);
        let text = check(&kiosk.app, "periods");
        for number in 1..=7 {
            assert!(
                text.contains(&format!(" {number} ")),
                "{tag}: {number}\n{text}"
            );
        }
        kiosk.pick(DeskChoice::Months);
        let text = check(&kiosk.app, "first month");
        assert!(text.contains(" 9 "), "{tag}\n{text}");
        kiosk.press(Action::Back);
        kiosk.pick(DeskChoice::Span(Span::ThisMonth));
        let labels = Labels::isolating(&content, lang);
        let builder = Builder::new(&labels, kiosk.report().threshold);
        let direction = catalog.direction(lang);
        for (page, parts) in PAGES.iter().enumerate() {
            let text = check(&kiosk.app, &format!("page {}", page + 1));
            let mut args = digipunt::i18n::FluentArgs::new();
            args.set("page", page + 1);
            args.set("pages", PAGES.len());
            let indicator = catalog.text_with(lang, "desk-report-page", &args);
            assert!(
                text.contains(&drawn(&indicator.value, indicator.direction)),
                "{tag} page {}\n{text}",
                page + 1
            );
            let heading = builder.part(kiosk.report(), parts[0]).heading;
            let heading = drawn(&heading, direction);
            // A heading too long for the line ends in "…", where its reading ends.
            let start: String = if direction.is_rtl() {
                heading
                    .chars()
                    .rev()
                    .take(8)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect()
            } else {
                heading.chars().take(8).collect()
            };
            assert!(text.contains(&start), "{tag} page {}\n{text}", page + 1);
            kiosk.press(Action::NextPage);
        }
    }
}

//! Every screen of every checklist, in every locale, at 80x24: no raw message id, no
//! fallback into another language, no stray bidi mark, nothing cut inside a character.

mod support;

use digipunt::app::{Action, App, Place, Screen, Session, Summary};
use digipunt::content::ProblemEnd;
use digipunt::interaction::Mode;
use support::*;

/// Renders and checks one screen; returns the text for further checks.
fn inspect(app: &App, what: &str) -> String {
    let text = screen(app, 80, 24);
    let catalog = &app.content.catalog;
    let tag = &catalog.locale(app.language).tag;
    assert_eq!(
        catalog.missing_lookups(),
        0,
        "{tag} {what}: a raw message id is shown\n{text}"
    );
    assert_eq!(
        catalog.fallbacks(),
        0,
        "{tag} {what}: text from another language is shown\n{text}"
    );
    assert_eq!(
        catalog.format_errors(),
        0,
        "{tag} {what}: a message did not format\n{text}"
    );
    for c in text.chars() {
        assert!(
            !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FFFD}'
            ),
            "{tag} {what}: stray {c:?}\n{text}"
        );
    }
    // A cell that starts with a combining mark means a character was cut from its base.
    for line in text.lines() {
        let mut previous_space = true;
        for c in line.chars() {
            let combining =
                matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}');
            assert!(
                !(combining && previous_space),
                "{tag} {what}: a mark without its letter\n{text}"
            );
            previous_space = c == ' ' || c == '"';
        }
    }
    text
}

#[test]
fn every_screen_of_every_checklist_in_every_locale() {
    let mut app = app();
    let library = app.content.library.clone();
    for language in 0..app.content.catalog.locales().len() {
        for (index, checklist) in library.checklists.iter().enumerate() {
            app.language = language;
            let mut session = Session::new(Mode::Assisted, app.now);
            session.places.push(Place {
                checklist: index,
                step: None,
                ticked: vec![false; checklist.bring.len()],
                answers: Vec::new(),
            });
            app.session = Some(session);
            app.screen = Screen::Bring;
            app.selected = 0;
            inspect(&app, &format!("{} bring", checklist.id));
            for (s, step) in checklist.steps.iter().enumerate() {
                let place = app.session.as_mut().unwrap().places.last_mut().unwrap();
                place.step = Some(s);
                place.answers = step
                    .when
                    .map(|c| vec![(c.step, c.option)])
                    .unwrap_or_default();
                let what = format!("{}/{}", checklist.id, step.id);
                app.screen = Screen::Step;
                inspect(&app, &what);
                app.screen = Screen::Problems;
                inspect(&app, &format!("{what} problems"));
                for (p, problem) in step.problems.iter().enumerate() {
                    app.screen = Screen::Problem(Some(p));
                    inspect(&app, &format!("{what} {}", problem.id));
                    if matches!(problem.end, ProblemEnd::Refer(_)) {
                        app.screen = Screen::Referral(Some(p));
                        inspect(&app, &format!("{what} {} referral", problem.id));
                    }
                }
                app.screen = Screen::Problem(None);
                inspect(&app, &format!("{what} other problem"));
            }
            let session = app.session.clone().unwrap();
            app.summary = Summary::of(&app.content, &session);
            app.screen = Screen::Summary;
            inspect(&app, &format!("{} summary", checklist.id));
        }
        app.session = None;
        for screen in [Screen::Mode, Screen::Topics] {
            app.screen = screen;
            inspect(&app, &format!("{screen:?}"));
        }
        for category in 0..library.categories.len() {
            app.screen = Screen::Category(category);
            inspect(&app, &format!("group {}", library.categories[category]));
        }
    }
}

#[test]
fn the_summary_file_is_complete_in_every_locale() {
    let app = app();
    for language in 0..app.content.catalog.locales().len() {
        let mut session = Session::new(Mode::SelfService, app.now);
        session.places.push(Place {
            checklist: 0,
            step: Some(0),
            ticked: Vec::new(),
            answers: Vec::new(),
        });
        let summary = Summary::of(&app.content, &session).unwrap();
        let text = summary.text(&app.content, language, app.helper_language);
        assert!(!text.contains('{'), "{text}");
        assert_eq!(app.content.catalog.missing_lookups(), 0);
    }
    let _ = Action::Back;
}

/// A month's report with counts shown, below 5 (`<5`) and hidden (`x`), on every page.
fn small_report() -> digipunt::stats::Report {
    use digipunt::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Outcome};
    use digipunt::stats::{Period, Report, Request};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sqlite");
    let mut store = digipunt::store::Store::open(&path).unwrap();
    let help =
        |task: &str, category: &str, language: &str, outcome, problems: &[&str]| Interaction {
            kiosk: "test-kiosk".into(),
            day: today(),
            daypart: Daypart::Morning,
            minutes: 10,
            mode: Mode::Assisted,
            language: language.into(),
            task: task.into(),
            category: category.into(),
            content_version: 1,
            steps_done: 1,
            steps_total: 5,
            outcome,
            referral: (outcome == Outcome::Referred).then(|| "municipality".to_owned()),
            problems: problems.iter().map(|p| (*p).to_owned()).collect(),
            age_band: AgeBand::Unknown,
            first_visit: FirstVisit::Yes,
            channel: Channel::Desk,
            correction_of: None,
        };
    let rows = [
        (help("tax-on-web", "money", "nl", Outcome::Done, &[]), 12),
        (
            help("jobbonus", "money", "ar", Outcome::Partly, &["data-wrong"]),
            3,
        ),
        (
            help(
                "eid-login",
                "identity",
                "fr",
                Outcome::Referred,
                &["forgot-pin"],
            ),
            6,
        ),
        (
            help(
                "eid-login",
                "identity",
                "tr",
                Outcome::Later,
                &["no-card-reader"],
            ),
            2,
        ),
    ];
    for (row, times) in rows {
        for _ in 0..times {
            store.record(&row).unwrap();
        }
    }
    let request = Request {
        period: Period::month_of(today()),
        threshold: 5,
        target: Some(1000),
        top: 5,
    };
    Report::compute(store.connection(), &request).unwrap()
}

/// The first-visit question in every citizen language, and every screen of the helper's
/// menu (its report too) in every helper language.
#[test]
fn the_first_visit_question_and_the_helpers_menu_in_every_locale() {
    use digipunt::app::desk::report::{self, Answer, Reading};
    use digipunt::app::desk::{Draft, Kind, Notice, Recent, Task};
    use digipunt::app::{DeskScreen, Screen};
    use digipunt::interaction::{
        AgeBand, Channel, Daypart, Entry, FirstVisit, GroupSession, Interaction, Logged, Outcome,
    };
    let mut app = app();
    app.settings.reach_target = Some(1000);
    let report = small_report();
    let tax = app.content.library.checklist_index("tax-on-web").unwrap();
    let help = Interaction {
        kiosk: "test-kiosk".to_owned(),
        day: today(),
        daypart: Daypart::Afternoon,
        minutes: 0,
        mode: Mode::Assisted,
        language: "ar".to_owned(),
        task: "other".to_owned(),
        category: "money".to_owned(),
        content_version: 0,
        steps_done: 0,
        steps_total: 0,
        outcome: Outcome::Abandoned,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Yes,
        channel: Channel::HomeVisit,
        correction_of: None,
    };
    let group = GroupSession {
        kiosk: "test-kiosk".to_owned(),
        day: today(),
        daypart: Daypart::Evening,
        topic: "safety".to_owned(),
        language: "nl".to_owned(),
        attendees: 12,
        minutes: 90,
        correction_of: None,
    };
    let rows = vec![
        Logged {
            id: "1".repeat(32),
            entry: Entry::Group(group),
        },
        Logged {
            id: "2".repeat(32),
            entry: Entry::Help(help.clone()),
        },
        Logged {
            id: "3".repeat(32),
            entry: Entry::Help(help.clone()),
        },
    ];
    for language in 0..app.content.catalog.locales().len() {
        // The citizen's question, with a Dutch helper and with a helper of the same language.
        let mut session = Session::new(Mode::Assisted, app.now);
        session.places.push(Place {
            checklist: tax,
            step: Some(0),
            ticked: Vec::new(),
            answers: Vec::new(),
        });
        session.outcome = Some(Outcome::Done);
        app.session = Some(session);
        app.language = language;
        app.screen = Screen::FirstVisit;
        app.helper_language = app.content.catalog.source();
        inspect(&app, "first visit");
        app.helper_language = language;
        inspect(&app, "first visit, same helper language");
        app.session = None;
        app.language = app.content.catalog.source();
        for screen in [Screen::Welcome, Screen::Mode] {
            app.screen = screen;
            inspect(&app, &format!("{screen:?} with the helper's key"));
        }
        for kind in [Kind::Quick, Kind::Batch, Kind::Group] {
            let mut draft = Draft::new(kind);
            draft.topic = Some(0);
            draft.task = Some(if kind == Kind::Batch {
                Task::Other(0)
            } else {
                Task::Checklist(tax)
            });
            draft.language = Some(4);
            draft.outcome = Some(Outcome::Referred);
            draft.channel = Some(Channel::Group);
            draft.first_visit = Some(FirstVisit::Unknown);
            draft.count = 12;
            draft.minutes = Some(150);
            draft.days_back = Some(1);
            draft.daypart = Daypart::Evening;
            app.desk.draft = Some(draft);
            app.desk.notice = Some(Notice {
                undone: kind == Kind::Group,
                times: 12,
                entry: Entry::Help(help.clone()),
                dated: kind != Kind::Quick,
            });
            app.desk.recent = Recent::Rows(rows.clone());
            for screen in [
                DeskScreen::Menu,
                DeskScreen::Topic,
                DeskScreen::Task,
                DeskScreen::Language,
                DeskScreen::Outcome,
                DeskScreen::Channel,
                DeskScreen::FirstVisit,
                DeskScreen::Count,
                DeskScreen::Minutes,
                DeskScreen::Day,
                DeskScreen::Confirm,
                DeskScreen::Keep,
                DeskScreen::Undo,
                DeskScreen::UndoConfirm(0),
                DeskScreen::UndoConfirm(1),
            ] {
                app.screen = Screen::Desk(screen);
                inspect(&app, &format!("helper's {kind:?} {screen:?}"));
            }
            for recent in [
                Recent::Loading,
                Recent::Unreadable,
                Recent::Rows(Vec::new()),
            ] {
                app.desk.recent = recent;
                app.screen = Screen::Desk(DeskScreen::Undo);
                inspect(&app, "helper's undo list, empty");
            }
        }
        // The report screen: the period, the months, waiting, unreadable, every page.
        app.desk = Default::default();
        app.desk.report = Some(Reading {
            from: Some(report::month_of(today()) - 2),
            ..Reading::default()
        });
        for screen in [
            DeskScreen::ReportPeriod,
            DeskScreen::ReportFrom,
            DeskScreen::ReportTo,
        ] {
            app.screen = Screen::Desk(screen);
            inspect(&app, &format!("helper's {screen:?}"));
        }
        app.screen = Screen::Desk(DeskScreen::Report);
        for answer in [
            Answer::Waiting,
            Answer::Unreadable,
            Answer::Ready(Box::new(report.clone())),
        ] {
            let reading = app.desk.report.as_mut().unwrap();
            reading.period = Some(report.period);
            reading.answer = answer;
            for page in 0..report::PAGES.len() {
                app.desk.report.as_mut().unwrap().page = page;
                inspect(&app, &format!("helper's report, page {}", page + 1));
            }
        }
        app.desk = Default::default();
    }
}

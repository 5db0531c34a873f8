//! What a person sees: every screen drawn into a test terminal at 80x24 and 120x40, in
//! Dutch (left to right) and Arabic (right to left), compared with reviewed snapshots.

mod support;

use digipunt::app::desk::{Kind, Task};
use digipunt::app::{Action, App, Choice, DeskChoice, DeskScreen, Screen, StoreHealth, choices};
use digipunt::content::ProblemEnd;
use digipunt::interaction::{
    AgeBand, Channel, Daypart, Entry, FirstVisit, GroupSession, Interaction, Logged, Mode, Outcome,
};
use ratatui::layout::Rect;
use support::*;

/// Each scenario brings a fresh app to one screen.
type Scenario = (&'static str, fn(&mut App));

fn begin(app: &mut App, mode: usize, task: &str) {
    choose(app, 0); // Dutch first; the language is switched afterwards
    choose(app, mode);
    pick_topic(app, task);
}

fn to_step(app: &mut App, mode: usize, task: &str, step: &str) {
    begin(app, mode, task);
    run(app, &[Action::MoveSelection(99), Action::Activate]);
    walk_to_step(app, step);
}

fn to_problem(app: &mut App, end: fn(&ProblemEnd) -> bool) {
    to_step(app, 0, "tax-on-web", "open-myminfin");
    loop {
        if let Some(i) = app
            .step()
            .unwrap()
            .problems
            .iter()
            .position(|p| end(&p.end))
        {
            run(app, &[Action::Choose(1), Action::Choose(i)]);
            return;
        }
        choose(app, 0);
    }
}

const SCENARIOS: &[Scenario] = &[
    ("welcome", |_| {}),
    ("mode", |app| {
        choose(app, 0);
    }),
    ("topics", |app| {
        run(app, &[Action::Choose(0), Action::Choose(0)]);
    }),
    ("topic-group", |app| {
        run(
            app,
            &[Action::Choose(0), Action::Choose(0), Action::Choose(0)],
        );
    }),
    ("bring", |app| {
        begin(app, 0, "tax-on-web");
        run(app, &[Action::Choose(0), Action::MoveSelection(1)]);
    }),
    ("step-helper", |app| {
        to_step(app, 0, "tax-on-web", "open-myminfin")
    }),
    ("step-secret-helper", |app| {
        to_step(app, 0, "tax-on-web", "type-code")
    }),
    ("step-secret-self", |app| {
        to_step(app, 1, "safe-e-banking", "type-card-pin")
    }),
    ("step-last", |app| {
        to_step(app, 0, "eid-login", "remove-card")
    }),
    ("step-after-goto", |app| {
        to_problem(app, |end| matches!(end, ProblemEnd::Goto(_)));
        run(
            app,
            &[
                Action::Choose(0),
                Action::MoveSelection(99),
                Action::Activate,
                Action::Choose(0),
            ],
        );
    }),
    ("language-picker", |app| {
        to_step(app, 0, "vdab-jobs", "log-in");
        run(app, &[Action::OpenLanguage]);
    }),
    ("problems", |app| {
        to_step(app, 0, "tax-on-web", "type-code");
        choose(app, 1);
    }),
    ("problem-try", |app| {
        to_problem(app, |end| *end == ProblemEnd::TryThis)
    }),
    ("problem-goto", |app| {
        to_problem(app, |end| matches!(end, ProblemEnd::Goto(_)))
    }),
    ("problem-refer", |app| {
        to_problem(app, |end| matches!(end, ProblemEnd::Refer(_)))
    }),
    ("referral", |app| {
        to_step(app, 0, "tax-on-web", "check-prefilled");
        run(
            app,
            &[Action::Choose(1), Action::Choose(0), Action::Choose(0)],
        );
    }),
    ("outcome-helper", |app| {
        to_step(app, 0, "eid-login", "insert-card");
        run(app, &[Action::Stop]);
    }),
    ("outcome-self", |app| {
        to_step(app, 1, "eid-login", "insert-card");
        run(app, &[Action::Stop]);
    }),
    ("summary", |app| {
        to_step(app, 0, "tax-on-web", "type-code");
        run(
            app,
            &[
                Action::Choose(1),
                Action::Choose(0),
                Action::Choose(0),
                Action::Choose(1),
                Action::Choose(2),
                Action::Choose(2),
            ],
        );
        run(
            app,
            &[Action::SummaryWritten(
                digipunt::app::SummaryStatus::Printed,
            )],
        );
    }),
    ("first-visit", |app| {
        to_step(app, 0, "eid-login", "insert-card");
        run(app, &[Action::Stop, Action::Choose(0)]);
    }),
    ("thanks", |app| {
        to_step(app, 0, "eid-login", "insert-card");
        run(
            app,
            &[
                Action::Stop,
                Action::Choose(0),
                Action::Choose(2),
                Action::Choose(1),
            ],
        );
    }),
    ("still-there", |app| {
        to_step(app, 0, "vdab-jobs", "search-jobs");
        let mut now = app.now;
        now.monotonic += app.settings.idle_after + std::time::Duration::from_millis(10_500);
        digipunt::app::update(app, Action::Tick(now));
        now.monotonic += std::time::Duration::from_secs(10);
        digipunt::app::update(app, Action::Tick(now));
    }),
    ("unsaved-warning", |app| {
        to_step(app, 0, "vdab-jobs", "search-jobs");
        run(
            app,
            &[Action::Store(StoreHealth {
                writable: false,
                unsaved: 2,
            })],
        );
    }),
];

fn scenario_app(scenario: fn(&mut App), tag: &str) -> App {
    let mut app = app();
    scenario(&mut app);
    let lang = language(&app, tag);
    // Switch language the way a person would, keeping the place.
    app.language = lang;
    app
}

#[test]
fn every_screen_in_dutch_and_arabic() {
    for (name, scenario) in SCENARIOS {
        for tag in ["nl", "ar"] {
            let app = scenario_app(*scenario, tag);
            for (width, height) in [(80, 24), (120, 40)] {
                insta::assert_snapshot!(
                    format!("{name}@{tag}-{width}x{height}"),
                    screen(&app, width, height)
                );
            }
        }
    }
}

fn desk_pick(app: &mut App, wanted: DeskChoice) {
    let index = choice_of(app, Choice::Desk(wanted));
    run(app, &[Action::Choose(index)]);
}

/// To the last question of a quick entry or a day's tally about the tax return in Arabic.
fn desk_entry(app: &mut App, kind: Kind) {
    run(app, &[Action::OpenDesk]);
    desk_pick(app, DeskChoice::Open(kind));
    desk_pick(app, DeskChoice::Topic(0));
    let tax = app.content.library.checklist_index("tax-on-web").unwrap();
    desk_pick(app, DeskChoice::Task(Task::Checklist(tax)));
    desk_pick(app, DeskChoice::Language(4));
    desk_pick(app, DeskChoice::Outcome(Outcome::Done));
    desk_pick(app, DeskChoice::Channel(Channel::Phone));
    desk_pick(app, DeskChoice::FirstVisit(FirstVisit::Yes));
}

fn desk_group(app: &mut App) {
    run(app, &[Action::OpenDesk]);
    desk_pick(app, DeskChoice::Open(Kind::Group));
    desk_pick(app, DeskChoice::Topic(6));
    desk_pick(app, DeskChoice::Language(0));
    run(app, &[Action::Digit(1), Action::Digit(2)]);
}

/// Three rows as the log gives them back: a day's tally of 12, and a group session.
fn undo_rows(app: &mut App) {
    let mut rows = Vec::new();
    let help = Interaction {
        kiosk: "test-kiosk".to_owned(),
        day: today(),
        daypart: Daypart::Afternoon,
        minutes: 0,
        mode: Mode::Assisted,
        language: "ar".to_owned(),
        task: "tax-on-web".to_owned(),
        category: "money".to_owned(),
        content_version: 1,
        steps_done: 0,
        steps_total: 0,
        outcome: Outcome::Done,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Yes,
        channel: Channel::Phone,
        correction_of: None,
    };
    rows.push(Logged {
        id: "0".repeat(32),
        entry: Entry::Group(GroupSession {
            kiosk: "test-kiosk".to_owned(),
            day: today(),
            daypart: Daypart::Morning,
            topic: "safety".to_owned(),
            language: "nl".to_owned(),
            attendees: 12,
            minutes: 90,
            correction_of: None,
        }),
    });
    for i in 0..12 {
        rows.push(Logged {
            id: format!("{i:032}"),
            entry: Entry::Help(Interaction {
                task: "vdab-jobs".to_owned(),
                category: "work".to_owned(),
                language: "nl".to_owned(),
                outcome: Outcome::Partly,
                channel: Channel::Desk,
                day: today().pred_opt().unwrap(),
                daypart: Daypart::Morning,
                ..help.clone()
            }),
        });
    }
    rows.push(Logged {
        id: "f".repeat(32),
        entry: Entry::Help(help),
    });
    run(app, &[Action::OpenDesk]);
    desk_pick(app, DeskChoice::OpenUndo);
    run(app, &[Action::Recent(Some(rows))]);
}

/// The helper's screens, each brought up from the welcome screen.
const DESK_SCENARIOS: &[Scenario] = &[
    ("desk-pin", |app| {
        app.settings.pin_required = true;
        run(app, &[Action::OpenDesk, Action::Digit(4), Action::Digit(2)]);
    }),
    ("desk-pin-wait", |app| {
        app.settings.pin_required = true;
        run(app, &[Action::OpenDesk]);
        run(app, &vec![Action::Digit(1); 6]);
        run(app, &[Action::Activate, Action::PinChecked(false)]);
        run(app, &vec![Action::Digit(1); 6]);
        run(app, &[Action::Activate, Action::PinChecked(false)]);
    }),
    ("desk-pin-locked", |app| {
        app.settings.pin_required = true;
        run(app, &[Action::OpenDesk]);
        for _ in 0..5 {
            // Each try after the wait of the one before.
            let mut now = app.now;
            now.monotonic += std::time::Duration::from_secs(60);
            run(app, &[Action::Tick(now)]);
            run(app, &vec![Action::Digit(1); 6]);
            run(app, &[Action::Activate, Action::PinChecked(false)]);
        }
    }),
    ("desk-menu", |app| {
        desk_entry(app, Kind::Quick);
        desk_pick(app, DeskChoice::Save);
    }),
    ("desk-topic", |app| {
        run(app, &[Action::OpenDesk]);
        desk_pick(app, DeskChoice::Open(Kind::Quick));
    }),
    ("desk-task", |app| {
        run(app, &[Action::OpenDesk]);
        desk_pick(app, DeskChoice::Open(Kind::Quick));
        desk_pick(app, DeskChoice::Topic(2));
    }),
    ("desk-language", |app| {
        run(app, &[Action::OpenDesk]);
        desk_pick(app, DeskChoice::Open(Kind::Group));
        desk_pick(app, DeskChoice::Topic(0));
    }),
    ("desk-outcome", |app| {
        desk_entry(app, Kind::Quick);
        run(app, &[Action::Back, Action::Back, Action::Back]);
    }),
    ("desk-channel", |app| {
        desk_entry(app, Kind::Quick);
        run(app, &[Action::Back, Action::Back]);
    }),
    ("desk-first-visit", |app| {
        desk_entry(app, Kind::Quick);
        run(app, &[Action::Back]);
    }),
    ("desk-confirm-quick", |app| desk_entry(app, Kind::Quick)),
    ("desk-keep", |app| {
        desk_entry(app, Kind::Quick);
        desk_pick(app, DeskChoice::SaveAndKeep);
    }),
    ("desk-count", |app| {
        desk_entry(app, Kind::Batch);
        run(app, &[Action::Digit(1), Action::Digit(2)]);
    }),
    ("desk-day", |app| {
        desk_entry(app, Kind::Batch);
        run(app, &[Action::Digit(1), Action::Digit(2), Action::Activate]);
    }),
    ("desk-confirm-batch", |app| {
        desk_entry(app, Kind::Batch);
        run(app, &[Action::Digit(1), Action::Digit(2), Action::Activate]);
        desk_pick(app, DeskChoice::Day(3));
    }),
    ("desk-minutes", |app| {
        desk_group(app);
        run(app, &[Action::Activate]);
    }),
    ("desk-confirm-group", |app| {
        desk_group(app);
        run(app, &[Action::Activate]);
        desk_pick(app, DeskChoice::Minutes(90));
        desk_pick(app, DeskChoice::Day(0));
        desk_pick(app, DeskChoice::Daypart);
    }),
    ("desk-undo", undo_rows),
    ("desk-undo-confirm", |app| {
        undo_rows(app);
        desk_pick(app, DeskChoice::Undo(1));
    }),
];

fn desk_app(scenario: fn(&mut App), helper: &str) -> App {
    let mut app = app();
    app.helper_language = language(&app, helper);
    scenario(&mut app);
    app
}

/// The helper's screens at 80x24, in Dutch and with an Arabic helper (right to left);
/// the undo list also at 120x40.
#[test]
fn every_helper_screen_in_dutch_and_for_an_arabic_helper() {
    for (name, scenario) in DESK_SCENARIOS {
        for tag in ["nl", "ar"] {
            let app = desk_app(*scenario, tag);
            assert!(app.on_desk(), "{name} is a helper's screen");
            insta::assert_snapshot!(format!("{name}@{tag}-80x24"), screen(&app, 80, 24));
        }
    }
    let app = desk_app(undo_rows, "nl");
    insta::assert_snapshot!("desk-undo@nl-120x40", screen(&app, 120, 40));
}

/// Every helper's screen fits 80x24 in every helper language, every choice in view.
#[test]
fn every_helper_screen_fits_80x24_in_every_language() {
    let tags: Vec<String> = app()
        .content
        .catalog
        .locales()
        .iter()
        .map(|l| l.tag.clone())
        .collect();
    for (name, scenario) in DESK_SCENARIOS {
        for tag in &tags {
            let app = desk_app(*scenario, tag);
            let text = screen(&app, 80, 24);
            // Where digits type a number or the PIN, the one choice carries no number.
            let unnumbered = match app.screen {
                Screen::Desk(DeskScreen::Count) => Some("desk-count-next"),
                Screen::Desk(DeskScreen::Pin) => Some("desk-pin-open"),
                _ => None,
            };
            if let Some(id) = unnumbered {
                let next = app.content.catalog.text(app.helper_language, id);
                // As drawn: shaped and in display order (its first line, should it wrap).
                let drawn = digipunt::ui::text::layout(&next.value, 76, next.direction).remove(0);
                assert!(text.contains(drawn.trim()), "{name}@{tag}\n{text}");
            } else {
                for number in 1..=choices(&app).len().min(9) {
                    assert!(
                        text.contains(&format!(" {number} ")),
                        "{name}@{tag}: choice {number} is not visible\n{text}"
                    );
                }
            }
            assert!(
                !text
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "{name}@{tag}: stray marks"
            );
            assert_eq!(app.content.catalog.format_errors(), 0, "{name}@{tag}");
            assert_eq!(app.content.catalog.missing_lookups(), 0, "{name}@{tag}");
        }
    }
}

#[test]
fn a_window_smaller_than_80x24_asks_to_be_made_larger() {
    for tag in ["nl", "ar"] {
        let app = scenario_app(|app| to_step(app, 0, "tax-on-web", "open-myminfin"), tag);
        insta::assert_snapshot!(format!("too-small@{tag}-60x15"), screen(&app, 60, 15));
    }
    // Even the smallest windows never panic.
    let app = scenario_app(|app| to_step(app, 0, "tax-on-web", "type-code"), "ar");
    for (width, height) in [(1, 1), (2, 1), (10, 3), (79, 24), (80, 23), (300, 100)] {
        screen(&app, width, height);
    }
}

/// At 80x24 every screen in every language shows all its choices, every word found.
#[test]
fn every_screen_fits_80x24_in_every_language_with_nothing_missing() {
    let tags: Vec<String> = app()
        .content
        .catalog
        .locales()
        .iter()
        .map(|l| l.tag.clone())
        .collect();
    for (name, scenario) in SCENARIOS {
        for tag in &tags {
            let app = scenario_app(*scenario, tag);
            let text = screen(&app, 80, 24);
            let count = choices(&app).len().min(9);
            for number in 1..=count {
                assert!(
                    text.contains(&format!(" {number} ")),
                    "{name}@{tag}: choice {number} is not visible\n{text}"
                );
            }
            assert!(
                !text
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
                "{name}@{tag}: stray marks"
            );
            assert!(
                !text.contains("{ $") && !text.contains("{$"),
                "{name}@{tag}: unformatted variable\n{text}"
            );
            assert_eq!(
                app.content.catalog.format_errors(),
                0,
                "{name}@{tag}: a message failed to format"
            );
            assert_eq!(
                app.content.catalog.missing_lookups(),
                0,
                "{name}@{tag}: a message was missing"
            );
        }
    }
}

#[test]
fn a_click_or_touch_takes_the_choice_under_it() {
    for tag in ["nl", "ar"] {
        let app = scenario_app(|app| to_step(app, 0, "tax-on-web", "open-myminfin"), tag);
        let area = Rect::new(0, 0, 80, 24);
        let rows: Vec<u16> = (0..24).collect();
        let columns: Vec<u16> = (0..80).collect();
        let mut found = Vec::new();
        for &row in &rows {
            for &column in &columns {
                if let Some(action) = digipunt::ui::hit(&app, area, column, row) {
                    if !found.contains(&action) {
                        found.push(action);
                    }
                }
            }
        }
        for index in 0..choices(&app).len() {
            assert!(
                found.contains(&Action::Choose(index)),
                "{tag}: choice {index} cannot be clicked"
            );
        }
        assert!(
            found.contains(&Action::OpenLanguage),
            "{tag}: the language key cannot be clicked"
        );
        assert!(
            found.contains(&Action::Back),
            "{tag}: the back key cannot be clicked"
        );
    }
}

#[test]
fn in_arabic_the_numbers_stand_on_the_right() {
    let app = scenario_app(
        |app| {
            choose(app, 0);
        },
        "ar",
    );
    let text = screen(&app, 80, 24);
    let line = text.lines().find(|l| l.contains(" 1 ")).unwrap();
    let badge = line.find(" 1 ").unwrap();
    assert!(badge > 60, "badge should be on the right: {line}");
    assert_eq!(app.screen, Screen::Mode);
    assert!(matches!(choices(&app)[0], Choice::Mode(_)));
}

/// Every screen at every width (1-300) on short, exact and tall windows, and at every
/// height (1-100) on narrow, exact and wide ones, in both directions: nothing panics, and
/// below 80x24 the window asks to be made larger.
#[test]
fn no_screen_panics_at_any_size_from_1x1_to_300x100() {
    let all: Vec<&Scenario> = SCENARIOS.iter().chain(DESK_SCENARIOS).collect();
    for (index, (name, scenario)) in all.iter().enumerate() {
        let tag = if index % 2 == 0 { "ar" } else { "nl" };
        let app = scenario_app(*scenario, tag);
        // A full sweep for every fourth screen, the edges for the others.
        let widths: Vec<u16> = if index % 4 == 0 {
            (1..=300).collect()
        } else {
            vec![1, 2, 79, 80, 81, 300]
        };
        for width in widths {
            for height in [1, 2, 23, 24, 100] {
                let shown = screen(&app, width, height);
                // Wide enough to read a line: the window asks to be made larger.
                if tag == "nl" && (width < 80 || height < 24) && width >= 30 && height >= 3 {
                    assert!(
                        shown.contains("Maak het venster groter"),
                        "{name}@{tag} {width}x{height}:\n{shown}"
                    );
                }
            }
        }
        for height in 1..=100 {
            for width in [1, 80, 300] {
                screen(&app, width, height);
            }
        }
    }
}

mod resizing {
    use super::*;
    use digipunt::app::update;
    use proptest::prelude::*;

    /// What a person (or a cat on the keyboard) can do, and the window changing size.
    #[derive(Debug, Clone)]
    enum Step {
        Act(Action),
        Click(u16, u16),
        Wait(u64),
        Resize(u16, u16),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0u8..10).prop_map(|d| Step::Act(Action::Digit(d))),
            (0usize..12).prop_map(|i| Step::Act(Action::Choose(i))),
            prop_oneof![
                Just(Action::Activate),
                Just(Action::Back),
                Just(Action::ArrowLeft),
                Just(Action::ArrowRight),
                Just(Action::MoveSelection(-1)),
                Just(Action::MoveSelection(1)),
                Just(Action::OpenLanguage),
                Just(Action::OpenHelperLanguage),
                Just(Action::ToggleLook),
                Just(Action::Stop),
                Just(Action::OpenDesk),
                Just(Action::Speak),
                Just(Action::PinChecked(false)),
                Just(Action::Recent(None)),
            ]
            .prop_map(Step::Act),
            (0u16..300, 0u16..100).prop_map(|(x, y)| Step::Click(x, y)),
            prop_oneof![Just(1u64), Just(30), Just(200)].prop_map(Step::Wait),
            (1u16..=300, 1u16..=100).prop_map(|(w, h)| Step::Resize(w, h)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Random walks through every screen, drawn after each step at a window that
        /// changes size along the way: the core and the drawing never panic.
        #[test]
        fn any_walk_at_any_size_never_panics(
            pin in any::<bool>(),
            steps in proptest::collection::vec(step(), 1..120),
        ) {
            let mut app = app();
            app.settings.pin_required = pin;
            let (mut width, mut height) = (80u16, 24u16);
            for step in steps {
                match step {
                    Step::Act(action) => {
                        update(&mut app, action);
                    }
                    Step::Click(x, y) => {
                        let area = ratatui::layout::Rect::new(0, 0, width, height);
                        if let Some(action) = digipunt::ui::hit(&app, area, x, y) {
                            update(&mut app, action);
                        }
                    }
                    Step::Wait(seconds) => {
                        after(&mut app, seconds, Action::Store(digipunt::app::StoreHealth {
                            writable: true,
                            unsaved: 0,
                        }));
                    }
                    Step::Resize(w, h) => (width, height) = (w, h),
                }
                screen(&app, width, height);
            }
        }
    }
}

//! What a person sees: every screen drawn into a test terminal at 80x24 and 120x40, in
//! Dutch (left to right) and Arabic (right to left), compared with reviewed snapshots.

mod support;

use digipunt::app::{Action, App, Choice, Screen, StoreHealth, choices};
use digipunt::content::ProblemEnd;
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
            ],
        );
        run(
            app,
            &[Action::SummaryWritten(
                digipunt::app::SummaryStatus::Printed,
            )],
        );
    }),
    ("thanks", |app| {
        to_step(app, 0, "eid-login", "insert-card");
        run(app, &[Action::Stop, Action::Choose(0), Action::Choose(1)]);
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

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

//! The only place where the flow changes: `update(&mut App, Action) -> Vec<Effect>`.

use std::time::Duration;

use super::action::{Action, Effect};
use super::choices::{Choice, choices};
use super::desk::{self, DeskScreen, Recent};
use super::path;
use super::state::{App, Place, Screen, Session, THANKS_SECONDS};
use super::summary::Summary;
use crate::content::{ProblemEnd, messages};
use crate::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, Interaction, Outcome, rounded_minutes,
};

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let before = view_signature(app);
    let mut effects = apply(app, action);
    if app.speaking && view_signature(app) != before {
        // Reading on about a screen that is gone would only confuse.
        app.speaking = false;
        effects.insert(0, Effect::StopSpeech);
    }
    effects.extend(console_font(app));
    effects
}

/// What decides the words on screen; when it changes, so does what would be read.
fn view_signature(app: &App) -> (Screen, Option<Place>, usize, bool, bool) {
    (
        app.screen,
        app.place().cloned(),
        app.language,
        app.picking_language,
        app.idle_deadline.is_some(),
    )
}

/// On the Linux console, the font follows the citizen's language (Arabic and Ethiopic
/// need their own), whatever changed it: a choice, a reset, the idle timeout.
fn console_font(app: &mut App) -> Option<Effect> {
    if !(app.settings.console && app.settings.console_fonts) {
        return None;
    }
    // The language screen shows many scripts: it uses the default text font, and names in
    // Latin letters what that font cannot draw.
    let picker = app.picking_language
        || matches!(
            app.screen,
            Screen::Welcome | Screen::Desk(DeskScreen::Language)
        );
    let showing = if picker {
        app.default_language()
    } else {
        app.screen_language()
    };
    let wanted = match &app.content.catalog.locale(showing).meta.display {
        crate::i18n::Display::ConsoleFont(font) | crate::i18n::Display::Console(Some(font)) => {
            Some(font.clone())
        }
        crate::i18n::Display::Console(None) | crate::i18n::Display::Unicode => None,
    };
    (wanted != app.console_font).then(|| {
        app.console_font = wanted.clone();
        Effect::ConsoleFont(wanted)
    })
}

fn apply(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Tick(now) => tick(app, now),
        Action::Store(health) => {
            app.store = health;
            Vec::new()
        }
        Action::SummaryWritten(status) => {
            app.summary_status = Some(status);
            Vec::new()
        }
        Action::Voices(voices) => {
            app.settings.voices = voices;
            Vec::new()
        }
        Action::Recent(rows) => {
            app.desk.recent = rows.map_or(Recent::Unreadable, Recent::Rows);
            Vec::new()
        }
        Action::PinChecked(right) => {
            desk::pin_checked(app, right);
            Vec::new()
        }
        // Not an input: the idle question must not swallow it, and the help under way is
        // recorded as abandoned.
        Action::Shutdown => shut_down(app),
        Action::Report(report) => {
            desk::report::answer(app, report);
            Vec::new()
        }
        input => {
            app.last_input = app.now.monotonic;
            if app.idle_deadline.take().is_some() {
                // Any key or touch answers "are you still there?" and does nothing else.
                return Vec::new();
            }
            handle_input(app, input)
        }
    }
}

fn tick(app: &mut App, now: super::state::Clock) -> Vec<Effect> {
    app.now = now;
    if app.thanks_until.is_some_and(|until| now.monotonic >= until) {
        start_over(app);
        return Vec::new();
    }
    match app.idle_deadline {
        Some(deadline) if now.monotonic >= deadline => {
            // Nobody answered: the help ends here and nothing of it stays on screen.
            let effects = finish(app, Outcome::Abandoned, FirstVisit::Unknown)
                .into_iter()
                .map(Effect::Record)
                .collect();
            start_over(app);
            effects
        }
        None if !app.is_fresh() && now.monotonic >= app.last_input + app.settings.idle_after => {
            app.idle_deadline = Some(now.monotonic + app.settings.idle_countdown);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn handle_input(app: &mut App, action: Action) -> Vec<Effect> {
    // A digit is a number being typed where the screen asks for one, else a choice.
    let action = match action {
        Action::Digit(digit) if !desk::types_number(app) => match digit.checked_sub(1) {
            Some(index) => Action::Choose(usize::from(index)),
            None => return Vec::new(),
        },
        other => other,
    };
    if app.desk.is_repeat(&action, app.now.monotonic) {
        return Vec::new();
    }
    // Only a press straight after a save can be its repeat.
    app.desk.last_save = None;
    let on_desk = app.on_desk();
    let effects = handle(app, action.clone());
    if on_desk && effects.iter().any(Effect::writes) {
        app.desk.last_save = Some((app.now.monotonic, action));
    }
    effects
}

fn handle(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Digit(digit) => {
            desk::type_digit(app, digit);
            Vec::new()
        }
        Action::MoveSelection(delta) if desk::types_number(app) => {
            // Up is more, down is less.
            desk::step_count(app, -delta);
            Vec::new()
        }
        Action::MoveSelection(delta) if desk::report::ready(app).is_some() => {
            desk::report::scroll(app, delta);
            Vec::new()
        }
        Action::Choose(index) => match choices(app).get(index) {
            Some(&choice) => {
                app.selected = index;
                take(app, choice)
            }
            None => Vec::new(),
        },
        Action::MoveSelection(delta) => {
            let count = choices(app).len();
            if count > 0 {
                let moved = i64::try_from(app.selected).unwrap_or(0) + i64::from(delta);
                app.selected = usize::try_from(moved.clamp(0, count as i64 - 1)).unwrap_or(0);
            }
            Vec::new()
        }
        Action::Activate => match choices(app).get(app.selected) {
            Some(&choice) => take(app, choice),
            None => Vec::new(),
        },
        Action::Back => {
            back(app);
            Vec::new()
        }
        Action::NextPage | Action::PreviousPage => {
            desk::report::turn(app, action == Action::NextPage);
            Vec::new()
        }
        Action::ArrowLeft | Action::ArrowRight => {
            // The screen's language: the helper's on the helper's screens.
            let rtl = app
                .content
                .catalog
                .direction(app.screen_language())
                .is_rtl();
            let forward = (action == Action::ArrowRight) != rtl;
            arrow(app, forward)
        }
        Action::OpenDesk => {
            desk::open(app);
            Vec::new()
        }
        Action::OpenLanguage => {
            // The helper's screens ask for the citizen's language themselves.
            if app.screen != Screen::Welcome && !app.on_desk() {
                app.picking_language = true;
                app.picking_for_helper = false;
                app.selected = app.language;
            }
            Vec::new()
        }
        Action::OpenHelperLanguage => {
            if app.mode() == Some(crate::interaction::Mode::Assisted) || app.on_desk() {
                app.picking_language = true;
                app.picking_for_helper = true;
                app.selected = app.helper_language;
            }
            Vec::new()
        }
        Action::Stop => {
            stop(app);
            Vec::new()
        }
        // The voice is the citizen's; the helper's screens are not for reading aloud.
        Action::Speak if app.on_desk() => Vec::new(),
        Action::Speak => match app.voice().map(str::to_owned) {
            Some(voice) => {
                app.speaking = true;
                vec![Effect::Speak(voice)]
            }
            None => Vec::new(),
        },
        Action::ToggleLook => {
            app.basic_look = !app.basic_look;
            Vec::new()
        }
        // In a public kiosk no key leaves: the helper closes it from the menu (PIN first).
        Action::Quit if app.settings.kiosk_mode => Vec::new(),
        Action::Quit | Action::Shutdown => shut_down(app),
        Action::Tick(_)
        | Action::Store(_)
        | Action::SummaryWritten(_)
        | Action::Voices(_)
        | Action::Recent(_)
        | Action::PinChecked(_)
        | Action::Report(_) => Vec::new(),
    }
}

fn take(app: &mut App, choice: Choice) -> Vec<Effect> {
    match choice {
        Choice::Language(id) => {
            if app.picking_for_helper {
                app.helper_language = id;
            } else {
                app.language = id;
            }
            if app.picking_language {
                app.picking_language = false;
                app.picking_for_helper = false;
                app.selected = 0;
            } else {
                go(app, Screen::Mode);
            }
        }
        Choice::Mode(mode) => {
            app.session = Some(Session::new(mode, app.now));
            go(app, Screen::Topics);
        }
        Choice::Category(category) => go(app, Screen::Category(category)),
        Choice::Topic(index) => {
            // A new topic is a new task: nothing met on an earlier one carries over.
            if let Some(session) = app.session.as_mut() {
                *session = Session::new(session.mode, session.started);
            }
            enter_checklist(app, index);
        }
        Choice::ToggleBring(index) => {
            if let Some(item) = app
                .session
                .as_mut()
                .and_then(Session::place_mut)
                .and_then(|p| p.ticked.get_mut(index))
            {
                *item = !*item;
            }
        }
        Choice::StartSteps => show_step(app, 0),
        Choice::NextStep => next_step(app),
        Choice::Branch(option) => answer_branch(app, option),
        Choice::ShowProblems => go(app, Screen::Problems),
        Choice::PreviousStep => previous_step(app),
        Choice::Problem(index) => {
            let code = match index.and_then(|i| app.step().and_then(|s| s.problems.get(i))) {
                Some(problem) => problem.id.clone(),
                None => messages::OTHER_PROBLEM.to_owned(),
            };
            if let Some(session) = app.session.as_mut() {
                session.note_problem(&code);
            }
            go(app, Screen::Problem(index));
        }
        Choice::Goto(target) => enter_checklist(app, target),
        Choice::ShowReferral(index) => {
            let referral = index
                .and_then(|i| app.step().and_then(|s| s.problems.get(i)))
                .and_then(|p| match &p.end {
                    ProblemEnd::Refer(id) => Some(id.clone()),
                    _ => None,
                });
            if let (Some(session), Some(referral)) = (app.session.as_mut(), referral) {
                session.referral = Some(referral);
            }
            go(app, Screen::Referral(index));
        }
        Choice::BackToStep => go(app, Screen::Step),
        Choice::Finish => stop(app),
        Choice::Outcome(outcome) => {
            // With a helper, "first time this year?" comes before the record is made.
            if let Some(session) = app
                .session
                .as_mut()
                .filter(|s| s.mode == crate::interaction::Mode::Assisted)
            {
                session.outcome = Some(outcome);
                go(app, Screen::FirstVisit);
            } else {
                return conclude(app, outcome, FirstVisit::Unknown);
            }
        }
        Choice::FirstVisit(answer) => {
            let outcome = app.session.as_ref().and_then(|s| s.outcome);
            return conclude(app, outcome.unwrap_or(Outcome::Done), answer);
        }
        Choice::Desk(choice) => return desk::take(app, choice),
        Choice::PrintSummary => {
            if let Some(summary) = &app.summary {
                return vec![Effect::PrintSummary(summary.text(
                    &app.content,
                    app.language,
                    app.helper_language,
                ))];
            }
        }
        Choice::Done => thank(app),
        Choice::Restart => start_over(app),
        // Answered before any choice is taken (see `update`).
        Choice::StillHere => {}
    }
    Vec::new()
}

/// Records the help and shows the take-home summary (or thanks, when there is none).
fn conclude(app: &mut App, outcome: Outcome, first_visit: FirstVisit) -> Vec<Effect> {
    let summary = app
        .session
        .as_ref()
        .and_then(|s| Summary::of(&app.content, s));
    let effects = finish(app, outcome, first_visit)
        .into_iter()
        .map(Effect::Record)
        .collect();
    app.summary = summary;
    if app.summary.is_some() {
        go(app, Screen::Summary);
    } else {
        thank(app);
    }
    effects
}

fn thank(app: &mut App) {
    app.thanks_until = Some(app.now.monotonic + Duration::from_secs(THANKS_SECONDS));
    go(app, Screen::Thanks);
}

fn go(app: &mut App, screen: Screen) {
    app.screen = screen;
    app.selected = 0;
}

fn enter_checklist(app: &mut App, index: usize) {
    let bring_count = app.content.library.checklists[index].bring.len();
    let Some(session) = app.session.as_mut() else {
        return;
    };
    session.places.push(Place {
        answers: Vec::new(),
        checklist: index,
        step: None,
        ticked: vec![false; bring_count],
    });
    if bring_count == 0 {
        show_step(app, 0);
    } else {
        go(app, Screen::Bring);
    }
}

fn show_step(app: &mut App, step: usize) {
    if let Some(place) = app.session.as_mut().and_then(Session::place_mut) {
        place.step = Some(step);
        go(app, Screen::Step);
    }
}

fn next_step(app: &mut App) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let Some(place) = session.place() else { return };
    let Some(step) = place.step else { return };
    let checklist = &app.content.library.checklists[place.checklist];
    let (done, _) = path::progress(checklist, &place.answers, step);
    let next = path::next(checklist, &place.answers, step);
    let nested = session.places.len() > 1;
    if !nested {
        session.steps_done = session.steps_done.max(done);
    }
    match next {
        Some(next) => show_step(app, next),
        None if nested => {
            // The checklist reached by a `goto` is done: back to the step where it was needed.
            session.places.pop();
            go(app, Screen::Step);
        }
        None => stop(app),
    }
}

/// Takes one way at a branch step (replacing an earlier answer there) and goes on.
fn answer_branch(app: &mut App, option: usize) {
    let Some(place) = app.session.as_mut().and_then(Session::place_mut) else {
        return;
    };
    let Some(step) = place.step else { return };
    place.answers.retain(|&(s, _)| s != step);
    place.answers.push((step, option));
    next_step(app);
}

fn previous_step(app: &mut App) {
    let Some(place) = app.place() else { return };
    let checklist = &app.content.library.checklists[place.checklist];
    match place
        .step
        .and_then(|step| path::previous(checklist, &place.answers, step))
    {
        Some(step) => show_step(app, step),
        None if checklist.bring.is_empty() => leave_checklist(app),
        None => {
            if let Some(place) = app.session.as_mut().and_then(Session::place_mut) {
                place.step = None;
            }
            go(app, Screen::Bring);
        }
    }
}

/// Back out of the checklist on top: to the step that sent us here, or to the topics.
fn leave_checklist(app: &mut App) {
    let Some(session) = app.session.as_mut() else {
        return;
    };
    let left = session.places.pop();
    if session.places.is_empty() {
        // Back to the group the checklist was chosen from.
        let library = &app.content.library;
        let category = left.and_then(|p| {
            library
                .categories
                .iter()
                .position(|c| *c == library.checklists[p.checklist].category)
        });
        go(app, category.map_or(Screen::Topics, Screen::Category));
    } else {
        go(app, Screen::Step);
    }
}

fn back(app: &mut App) {
    if app.picking_language {
        app.picking_language = false;
        app.picking_for_helper = false;
        app.selected = 0;
        return;
    }
    match app.screen {
        Screen::Welcome => {}
        Screen::Mode => go(app, Screen::Welcome),
        Screen::Topics => {
            app.session = None;
            go(app, Screen::Mode);
        }
        Screen::Category(_) => go(app, Screen::Topics),
        Screen::Bring => leave_checklist(app),
        Screen::Step => previous_step(app),
        Screen::Problems => go(app, Screen::Step),
        Screen::Problem(_) => go(app, Screen::Problems),
        Screen::Referral(index) => go(app, Screen::Problem(index)),
        Screen::Outcome => {
            let back_to = app.outcome_return;
            go(app, back_to);
        }
        Screen::FirstVisit => {
            if let Some(session) = app.session.as_mut() {
                session.outcome = None;
            }
            go(app, Screen::Outcome);
        }
        Screen::Desk(screen) => desk::back(app, screen),
        Screen::Summary => thank(app),
        Screen::Thanks => start_over(app),
    }
}

/// Left and right arrows: forward and backward in the reading direction. Over the
/// language picker they only close it (backward) or do nothing.
fn arrow(app: &mut App, forward: bool) -> Vec<Effect> {
    match (app.screen, forward) {
        (_, false) if app.picking_language => back(app),
        _ if app.picking_language => {}
        (Screen::Step, true) => next_step(app),
        (Screen::Step, false) => previous_step(app),
        (Screen::Bring, true) => show_step(app, 0),
        (Screen::Desk(DeskScreen::Report), forward) if desk::report::ready(app).is_some() => {
            desk::report::turn(app, forward);
        }
        (_, false) => back(app),
        _ => {}
    }
    Vec::new()
}

/// "Stop" asks how it ended once a task was chosen; before that it simply starts over.
fn stop(app: &mut App) {
    app.picking_language = false;
    app.picking_for_helper = false;
    let has_task = app.place().is_some();
    match app.screen {
        Screen::Outcome
        | Screen::FirstVisit
        | Screen::Summary
        | Screen::Thanks
        | Screen::Welcome
        | Screen::Desk(_) => {}
        _ if has_task => {
            app.outcome_return = app.screen;
            go(app, Screen::Outcome);
        }
        _ => start_over(app),
    }
}

/// Ends the session; a record exists only if a task was chosen. An outcome already
/// answered stands, even when the first-visit question goes unanswered.
fn finish(app: &mut App, outcome: Outcome, first_visit: FirstVisit) -> Option<Interaction> {
    let session = app.session.take()?;
    let outcome = session.outcome.unwrap_or(outcome);
    let root = session.places.first()?;
    let checklist = &app.content.library.checklists[root.checklist];
    let elapsed = app
        .now
        .monotonic
        .saturating_sub(session.started.monotonic)
        .as_secs();
    Some(Interaction {
        kiosk: app.settings.kiosk.clone(),
        day: session.started.wall.date(),
        daypart: Daypart::of(session.started.wall.time()),
        minutes: rounded_minutes(elapsed),
        mode: session.mode,
        // The language the citizen ended in: F2 is the citizen's language switch.
        language: app.content.catalog.locale(app.language).tag.clone(),
        task: checklist.id.clone(),
        category: checklist.category.clone(),
        content_version: checklist.version,
        steps_done: u32::try_from(session.steps_done).unwrap_or(u32::MAX),
        steps_total: u32::try_from(path::progress(checklist, &root.answers, 0).1)
            .unwrap_or(u32::MAX),
        outcome,
        referral: if outcome == Outcome::Referred {
            session.referral
        } else {
            None
        },
        problems: session.problems,
        age_band: AgeBand::Unknown,
        first_visit,
        channel: Channel::Desk,
        correction_of: None,
    })
}

/// A fresh welcome screen for the next citizen: nothing of the previous one remains.
fn shut_down(app: &mut App) -> Vec<Effect> {
    let mut effects: Vec<Effect> = finish(app, Outcome::Abandoned, FirstVisit::Unknown)
        .into_iter()
        .map(Effect::Record)
        .collect();
    effects.push(Effect::Quit);
    effects
}

fn start_over(app: &mut App) {
    app.lock.forget_digits();
    app.session = None;
    app.picking_language = false;
    app.picking_for_helper = false;
    app.thanks_until = None;
    app.idle_deadline = None;
    app.summary = None;
    app.summary_status = None;
    app.outcome_return = Screen::Welcome;
    app.language = app.default_language();
    app.desk = desk::Desk::default();
    go(app, Screen::Welcome);
}

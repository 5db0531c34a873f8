//! The desk's screens in order, the choices each offers, and what taking one does.

use super::report;
use super::rows::draft_entry;
use super::runs::runs;
use super::{
    DeskChoice, DeskScreen, Draft, Kind, MAX_COUNT, MAX_DAYS_BACK, Notice, Recent, SESSION_MINUTES,
    Task,
};
use crate::app::action::Effect;
use crate::app::choices::{Choice, categories, topics_in};
use crate::app::state::{App, Screen};
use crate::interaction::{Channel, Daypart, Entry, FirstVisit, Outcome};

use DeskScreen as S;

/// The questions of each kind of entry, in the order asked.
fn sequence(kind: Kind) -> &'static [DeskScreen] {
    match kind {
        Kind::Quick => &[
            S::Topic,
            S::Task,
            S::Language,
            S::Outcome,
            S::Channel,
            S::FirstVisit,
            S::Confirm,
        ],
        Kind::Batch => &[
            S::Topic,
            S::Task,
            S::Language,
            S::Outcome,
            S::Channel,
            S::FirstVisit,
            S::Count,
            S::Day,
            S::Confirm,
        ],
        Kind::Group => &[
            S::Topic,
            S::Language,
            S::Count,
            S::Minutes,
            S::Day,
            S::Confirm,
        ],
    }
}

/// The one way into the helper's menu, from the welcome or the mode screen; the PIN,
/// when one is set, guards it here.
pub fn open(app: &mut App) {
    let reachable = matches!(app.screen, Screen::Welcome | Screen::Mode);
    if reachable && !app.picking_language {
        app.desk = super::Desk {
            return_to: app.screen,
            ..super::Desk::default()
        };
        go(
            app,
            if app.settings.pin_required {
                S::Pin
            } else {
                S::Menu
            },
        );
    }
}

/// Back where the menu was opened; nothing of the desk stays behind.
pub fn leave(app: &mut App) {
    let screen = app.desk.return_to;
    app.lock.forget_digits();
    app.desk = super::Desk::default();
    app.screen = screen;
    app.selected = 0;
}

fn go(app: &mut App, screen: DeskScreen) {
    app.screen = Screen::Desk(screen);
    app.selected = 0;
}

pub fn choices(app: &App, screen: DeskScreen) -> Vec<Choice> {
    let desk: Vec<DeskChoice> = match screen {
        S::Pin => vec![DeskChoice::Unlock],
        S::Menu => vec![
            DeskChoice::Open(Kind::Quick),
            DeskChoice::Open(Kind::Batch),
            DeskChoice::Open(Kind::Group),
            DeskChoice::OpenUndo,
            DeskChoice::OpenReport,
            DeskChoice::Leave,
            DeskChoice::Close,
        ],
        S::Topic => categories(app).into_iter().map(DeskChoice::Topic).collect(),
        S::Task => match app.desk.draft.as_ref().and_then(|d| d.topic) {
            Some(topic) => topics_in(app, topic)
                .into_iter()
                .map(|i| DeskChoice::Task(Task::Checklist(i)))
                .chain([DeskChoice::Task(Task::Other(topic))])
                .collect(),
            None => Vec::new(),
        },
        // Every language, also one this screen must name in Latin letters.
        S::Language => (0..app.content.catalog.locales().len())
            .map(DeskChoice::Language)
            .collect(),
        S::Outcome => [
            Outcome::Done,
            Outcome::Partly,
            Outcome::Referred,
            Outcome::Later,
        ]
        .map(DeskChoice::Outcome)
        .to_vec(),
        S::Channel => Channel::ALL
            .iter()
            .map(|&c| DeskChoice::Channel(c))
            .collect(),
        S::FirstVisit => [FirstVisit::Yes, FirstVisit::No, FirstVisit::Unknown]
            .map(DeskChoice::FirstVisit)
            .to_vec(),
        S::Count => vec![DeskChoice::Count],
        S::Minutes => SESSION_MINUTES.map(DeskChoice::Minutes).to_vec(),
        S::Day => (0..=MAX_DAYS_BACK).map(DeskChoice::Day).collect(),
        S::Confirm => match app.desk.draft.as_ref().map(|d| d.kind) {
            Some(Kind::Quick) => vec![DeskChoice::Save, DeskChoice::SaveAndKeep],
            Some(_) => vec![DeskChoice::Save, DeskChoice::Daypart],
            None => Vec::new(),
        },
        S::Keep => vec![
            DeskChoice::SaveAgain,
            DeskChoice::NewEntry,
            DeskChoice::Menu,
        ],
        S::Undo => match &app.desk.recent {
            Recent::Rows(rows) if !rows.is_empty() => {
                (0..runs(rows).len()).map(DeskChoice::Undo).collect()
            }
            _ => vec![DeskChoice::Menu],
        },
        S::UndoConfirm(run) => {
            if run_rows(app, run).len() > 1 {
                vec![
                    DeskChoice::UndoAll,
                    DeskChoice::UndoOne,
                    DeskChoice::BackToList,
                ]
            } else {
                vec![DeskChoice::UndoOne, DeskChoice::BackToList]
            }
        }
        S::ReportPeriod | S::ReportFrom | S::ReportTo | S::Report => report::choices(app, screen),
    };
    desk.into_iter().map(Choice::Desk).collect()
}

/// The rows of one run of the undo list, newest first.
pub fn run_rows(app: &App, run: usize) -> &[crate::interaction::Logged] {
    match &app.desk.recent {
        Recent::Rows(rows) => runs(rows)
            .get(run)
            .map_or(&[][..], |range| &rows[range.clone()]),
        _ => &[],
    }
}

pub fn take(app: &mut App, choice: DeskChoice) -> Vec<Effect> {
    match choice {
        DeskChoice::Unlock => {
            return app
                .lock
                .submit(app.now.monotonic)
                .map(Effect::CheckPin)
                .into_iter()
                .collect();
        }
        DeskChoice::Close => return vec![Effect::Quit],
        DeskChoice::Open(kind) => {
            app.desk.draft = Some(Draft::new(kind));
            app.desk.notice = None;
            next(app);
        }
        DeskChoice::OpenUndo => return open_undo(app),
        DeskChoice::Leave => leave(app),
        DeskChoice::Topic(topic) => answer(app, |d| d.topic = Some(topic)),
        DeskChoice::Task(task) => answer(app, |d| d.task = Some(task)),
        DeskChoice::Language(language) => answer(app, |d| d.language = Some(language)),
        DeskChoice::Outcome(outcome) => answer(app, |d| d.outcome = Some(outcome)),
        DeskChoice::Channel(channel) => answer(app, |d| d.channel = Some(channel)),
        DeskChoice::FirstVisit(first) => answer(app, |d| d.first_visit = Some(first)),
        DeskChoice::Count => {
            if app
                .desk
                .draft
                .as_ref()
                .is_some_and(|d| (1..=MAX_COUNT).contains(&d.count))
            {
                next(app);
            }
        }
        DeskChoice::Minutes(minutes) => answer(app, |d| d.minutes = Some(minutes)),
        DeskChoice::Day(days) => answer(app, |d| d.days_back = Some(days)),
        DeskChoice::Daypart => {
            if let Some(draft) = app.desk.draft.as_mut() {
                draft.daypart = match draft.daypart {
                    Daypart::Morning => Daypart::Afternoon,
                    Daypart::Afternoon => Daypart::Evening,
                    Daypart::Evening => Daypart::Morning,
                };
            }
        }
        DeskChoice::Save => {
            let effects = save(app, 0);
            if !effects.is_empty() {
                app.desk.draft = None;
                go(app, S::Menu);
            }
            return effects;
        }
        DeskChoice::SaveAndKeep => {
            let effects = save(app, 0);
            if !effects.is_empty() {
                go(app, S::Keep);
            }
            return effects;
        }
        DeskChoice::SaveAgain => {
            let before = app.desk.notice.as_ref().map_or(0, |n| n.times);
            return save(app, before);
        }
        DeskChoice::NewEntry => {
            app.desk.draft = Some(Draft::new(Kind::Quick));
            go(app, S::Topic);
        }
        DeskChoice::Menu => {
            // Nothing of an entry or a report stays behind the menu.
            app.desk.draft = None;
            app.desk.report = None;
            go(app, S::Menu);
        }
        DeskChoice::Undo(run) => go(app, S::UndoConfirm(run)),
        DeskChoice::UndoAll | DeskChoice::UndoOne => {
            if let Screen::Desk(S::UndoConfirm(run)) = app.screen {
                return undo(app, run, choice == DeskChoice::UndoAll);
            }
        }
        DeskChoice::BackToList => go(app, S::Undo),
        DeskChoice::OpenReport => report::open(app),
        DeskChoice::Span(_) | DeskChoice::Months | DeskChoice::Month(_) => {
            return report::take(app, choice);
        }
    }
    Vec::new()
}

fn open_undo(app: &mut App) -> Vec<Effect> {
    app.desk.notice = None;
    app.desk.recent = Recent::Loading;
    go(app, S::Undo);
    vec![Effect::LoadRecent]
}

fn answer(app: &mut App, set: impl FnOnce(&mut Draft)) {
    if let Some(draft) = app.desk.draft.as_mut() {
        set(draft);
        next(app);
    }
}

/// The next question of the draft, or the first one from the menu.
fn next(app: &mut App) {
    let Some(draft) = app.desk.draft.as_mut() else {
        return;
    };
    let order = sequence(draft.kind);
    let following = match app.screen {
        Screen::Desk(current) => order
            .iter()
            .position(|s| *s == current)
            .map_or(order[0], |i| order[(i + 1).min(order.len() - 1)]),
        _ => order[0],
    };
    if following == S::Count {
        // A number is typed afresh; the one shown stays until then.
        draft.typed = 0;
    }
    go(app, following);
    preselect(app);
}

/// Esc: one screen back; from the menu, out of it.
pub fn back(app: &mut App, screen: DeskScreen) {
    if report::back(app, screen) {
        return;
    }
    let kind = app.desk.draft.as_ref().map(|d| d.kind);
    match (screen, kind) {
        (S::Pin, _) => {
            if !app.lock.erase() {
                leave(app);
            }
        }
        (S::Menu, _) => leave(app),
        (S::Keep | S::Undo, _) | (_, None) => take_menu(app),
        (S::UndoConfirm(_), _) => go(app, S::Undo),
        (current, Some(kind)) => {
            let order = sequence(kind);
            match order.iter().position(|s| *s == current) {
                Some(i) if i > 0 => {
                    go(app, order[i - 1]);
                    if order[i - 1] == S::Count {
                        if let Some(draft) = app.desk.draft.as_mut() {
                            draft.typed = 0;
                        }
                    }
                    preselect(app);
                }
                _ => take_menu(app),
            }
        }
    }
}

fn take_menu(app: &mut App) {
    take(app, DeskChoice::Menu);
}

/// Back on a question answered before, the earlier answer is highlighted.
fn preselect(app: &mut App) {
    let (Screen::Desk(screen), Some(draft)) = (app.screen, app.desk.draft.as_ref()) else {
        return;
    };
    let answered = match screen {
        S::Topic => draft.topic.map(DeskChoice::Topic),
        S::Task => draft.task.map(DeskChoice::Task),
        S::Language => draft.language.map(DeskChoice::Language),
        S::Outcome => draft.outcome.map(DeskChoice::Outcome),
        S::Channel => draft.channel.map(DeskChoice::Channel),
        S::FirstVisit => draft.first_visit.map(DeskChoice::FirstVisit),
        S::Minutes => draft.minutes.map(DeskChoice::Minutes),
        S::Day => draft.days_back.map(DeskChoice::Day),
        _ => None,
    };
    if let Some(answered) = answered {
        let offered = choices(app, screen);
        if let Some(index) = offered.iter().position(|c| *c == Choice::Desk(answered)) {
            app.selected = index;
        }
    }
}

/// Writes the draft: one row for a quick entry, N for a batch, one group session.
/// `before` is how many times this entry was saved already in a run of "save and keep".
fn save(app: &mut App, before: u32) -> Vec<Effect> {
    let Some(draft) = app.desk.draft.clone() else {
        return Vec::new();
    };
    let Some(entry) = draft_entry(app, &draft) else {
        return Vec::new();
    };
    // A batch is N identical rows: each counts as one help in every export.
    let rows = if draft.kind == Kind::Batch {
        draft.count
    } else {
        1
    };
    let effects = match &entry {
        Entry::Help(row) => (0..rows).map(|_| Effect::Record(row.clone())).collect(),
        Entry::Group(session) => vec![Effect::RecordGroupSession(session.clone())],
    };
    app.desk.notice = Some(Notice {
        undone: false,
        times: if draft.kind == Kind::Quick {
            before + 1
        } else {
            rows
        },
        entry,
        dated: draft.kind != Kind::Quick,
    });
    effects
}

/// Cancels the newest row of a run, or all of it, then reads the list again.
fn undo(app: &mut App, run: usize, all: bool) -> Vec<Effect> {
    let rows = run_rows(app, run);
    let chosen = if all {
        rows
    } else {
        &rows[..rows.len().min(1)]
    };
    let Some(first) = chosen.first() else {
        return Vec::new();
    };
    let notice = Notice {
        undone: true,
        times: u32::try_from(chosen.len()).unwrap_or(u32::MAX),
        entry: first.entry.clone(),
        dated: true,
    };
    let mut effects: Vec<Effect> = chosen.iter().cloned().map(Effect::Undo).collect();
    effects.extend(open_undo(app));
    app.desk.notice = Some(notice);
    effects
}

/// The number screen takes digits and arrows.
pub fn types_number(app: &App) -> bool {
    matches!(app.screen, Screen::Desk(S::Count | S::Pin))
        && !app.picking_language
        && app.idle_deadline.is_none()
}

/// The PIN's answer from the edge: the menu opens, or the screen says to wait.
pub fn pin_checked(app: &mut App, right: bool) {
    let opened = app.lock.checked(right, app.now.monotonic);
    if opened && app.screen == Screen::Desk(S::Pin) {
        go(app, S::Menu);
    }
}

/// Digits make a number of at most two; a third digit starts a new one.
pub fn type_digit(app: &mut App, digit: u8) {
    if app.screen == Screen::Desk(S::Pin) {
        app.lock.type_digit(digit);
        return;
    }
    if let Some(draft) = app.desk.draft.as_mut() {
        let digit = u32::from(digit.min(9));
        if draft.typed == 1 {
            draft.count = draft.count * 10 + digit;
            draft.typed = 2;
        } else {
            draft.count = digit;
            draft.typed = 1;
        }
    }
}

/// Arrows step the number by one, within 1 and `MAX_COUNT`.
pub fn step_count(app: &mut App, delta: i32) {
    if let Some(draft) = app.desk.draft.as_mut() {
        let stepped = i64::from(draft.count) + i64::from(delta);
        draft.count = u32::try_from(stepped.clamp(1, i64::from(MAX_COUNT))).unwrap_or(1);
        draft.typed = 0;
    }
}

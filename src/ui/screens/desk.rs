//! The helper's menu and its screens, in the helper's language: quick entry, a day's
//! tally, a group session, undo. Each question is one numbered list.

mod describe;
mod report;

use super::language::name_option;
use super::{Words, plain};
use crate::app::desk::{DeskChoice, DeskScreen, Draft, Kind, Notice, Recent, Task, runs};
use crate::app::{Action, App, Choice, choices, topics_in};
use crate::content::messages;
use crate::i18n::{FluentArgs, Text};
use crate::ui::view::{Block, BlockKind, KeyHint, OptionView, View};

pub fn view(app: &App, words: &Words, screen: DeskScreen) -> View {
    if matches!(
        screen,
        DeskScreen::ReportPeriod
            | DeskScreen::ReportFrom
            | DeskScreen::ReportTo
            | DeskScreen::Report
    ) {
        return report::view(app, words, screen);
    }
    let draft = app.desk.draft.as_ref();
    let mut view = plain(titles(app, words, screen, draft));
    if matches!(
        screen,
        DeskScreen::Menu | DeskScreen::Keep | DeskScreen::Undo
    ) {
        view.blocks.extend(notice(app, words));
    }
    match screen {
        DeskScreen::Pin => pin(app, words, &mut view),
        DeskScreen::Count => count(words, draft, &mut view),
        DeskScreen::Confirm => {
            if let Some(entry) = draft.and_then(|d| draft_entry(app, d)) {
                view.blocks.push(Block::new(BlockKind::Instruction, entry));
            }
        }
        DeskScreen::Undo => undo_list(app, words, &mut view),
        DeskScreen::UndoConfirm(run) => {
            if let Some(first) = crate::app::desk::run_rows(app, run).first() {
                view.blocks.push(Block::new(
                    BlockKind::Instruction,
                    describe::dated_entry(app, words, &first.entry),
                ));
            }
            view.blocks
                .push(Block::new(BlockKind::Plain, words.text("desk-undo-note")));
        }
        DeskScreen::Language => view.columns = 2,
        _ => {}
    }
    if screen != DeskScreen::Undo {
        view.options = choices(app)
            .into_iter()
            .filter_map(|choice| match choice {
                Choice::Desk(choice) => Some(option(app, words, choice)),
                _ => None,
            })
            .collect();
    }
    view.keys = keys(words, screen);
    view
}

/// What is being entered, then the question on this screen.
fn titles(app: &App, words: &Words, screen: DeskScreen, draft: Option<&Draft>) -> Vec<Text> {
    let section = |kind: Kind| {
        words.text(match kind {
            Kind::Quick => "desk-quick",
            Kind::Batch => "desk-batch",
            Kind::Group => "desk-group",
        })
    };
    let kind = draft.map(|d| d.kind);
    let group = kind == Some(Kind::Group);
    let question = match screen {
        DeskScreen::Menu => return vec![words.text("desk-title")],
        DeskScreen::Pin => return vec![words.text("desk-pin-title")],
        // The report's screens have titles of their own (see `report`).
        DeskScreen::ReportPeriod
        | DeskScreen::ReportFrom
        | DeskScreen::ReportTo
        | DeskScreen::Report => return Vec::new(),
        DeskScreen::Undo => return vec![words.text("desk-undo"), words.text("desk-undo-title")],
        DeskScreen::UndoConfirm(run) => {
            let mut args = FluentArgs::new();
            args.set("count", crate::app::desk::run_rows(app, run).len());
            return vec![
                words.text("desk-undo"),
                words.with("desk-undo-confirm", &args),
            ];
        }
        DeskScreen::Keep => "desk-keep-title",
        DeskScreen::Topic if group => "desk-group-topic",
        DeskScreen::Topic => "desk-topic",
        DeskScreen::Task => "desk-task",
        DeskScreen::Language if group => "desk-group-language",
        DeskScreen::Language => "desk-language",
        DeskScreen::Outcome => "desk-outcome",
        DeskScreen::Channel => "desk-channel",
        DeskScreen::FirstVisit => "desk-first-visit",
        DeskScreen::Count if group => "desk-attendees",
        DeskScreen::Count => "desk-count",
        DeskScreen::Minutes => "desk-minutes",
        DeskScreen::Day => "desk-day",
        DeskScreen::Confirm => match draft {
            Some(d) if d.kind != Kind::Quick => {
                let mut args = FluentArgs::new();
                args.set("count", d.count);
                let day = crate::app::desk::day_before(app, d.days_back.unwrap_or(0));
                args.set("day", describe::date(words, day).value);
                let id = if group {
                    "desk-group-confirm"
                } else {
                    "desk-batch-confirm"
                };
                let mut titles: Vec<Text> = kind.map(section).into_iter().collect();
                titles.push(words.with(id, &args));
                return titles;
            }
            _ => "desk-confirm",
        },
    };
    let mut titles: Vec<Text> = kind.map(section).into_iter().collect();
    titles.push(words.text(question));
    titles
}

/// "Saved: ..." or "Undone: ...", until the helper does the next thing.
fn notice(app: &App, words: &Words) -> Option<Block> {
    let Notice {
        undone,
        times,
        entry,
        dated,
    } = app.desk.notice.as_ref()?;
    let described = if *dated {
        describe::dated_entry(app, words, entry)
    } else {
        describe::entry(app, words, entry)
    };
    let mut args = FluentArgs::new();
    args.set("count", *times);
    args.set("entry", described.value);
    let id = if *undone { "desk-undone" } else { "desk-saved" };
    Some(Block::new(BlockKind::Note, words.with(id, &args)))
}

/// The number, large, and how to change it.
fn count(words: &Words, draft: Option<&Draft>, view: &mut View) {
    let number = draft.map_or(1, |d| d.count);
    let direction = words.catalog.direction(words.lang);
    view.blocks.push(Block::new(
        BlockKind::Large,
        Text {
            value: number.to_string(),
            direction,
        },
    ));
    view.blocks
        .push(Block::new(BlockKind::Plain, words.text("desk-count-hint")));
    // Digits type the number here, so the one choice carries no number.
    view.numbered = false;
}

/// A star per digit typed, never the digits; then what went wrong, if anything.
fn pin(app: &App, words: &Words, view: &mut View) {
    use crate::app::lock::Said;
    let lock = &app.lock;
    let now = app.now.monotonic;
    view.blocks.push(Block::new(
        BlockKind::Instruction,
        words.text("desk-pin-ask"),
    ));
    let stars = if lock.typed_len() == 0 {
        "_".to_owned()
    } else {
        vec!["*"; lock.typed_len()].join(" ")
    };
    // Big digits draw numbers only; the stars go in bold.
    view.blocks.push(Block::new(
        BlockKind::Instruction,
        Text {
            value: stars,
            direction: crate::i18n::Direction::Ltr,
        },
    ));
    let mut args = FluentArgs::new();
    let said = if let Some(left) = lock.waiting(now) {
        if lock.locked_out(now) {
            args.set("minutes", left.as_secs().div_ceil(60));
            Some("desk-pin-locked")
        } else {
            args.set("seconds", left.as_millis().div_ceil(1000) as u64);
            Some("desk-pin-wait")
        }
    } else {
        match lock.said {
            Said::Wrong => Some("desk-pin-wrong"),
            Said::TooShort => {
                args.set("count", crate::pin::MIN_DIGITS);
                Some("desk-pin-short")
            }
            Said::Nothing => None,
        }
    };
    if let Some(id) = said {
        view.blocks
            .push(Block::new(BlockKind::Note, words.with(id, &args)));
    }
    // Digits type the PIN here, so the one choice carries no number.
    view.numbered = false;
}

fn undo_list(app: &App, words: &Words, view: &mut View) {
    let rows = match &app.desk.recent {
        Recent::Loading => {
            view.blocks.push(Block::new(
                BlockKind::Plain,
                words.text("desk-undo-loading"),
            ));
            None
        }
        Recent::Unreadable => {
            view.blocks.push(Block::new(
                BlockKind::Secret,
                words.text("desk-undo-unreadable"),
            ));
            None
        }
        Recent::Rows(rows) if rows.is_empty() => {
            view.blocks
                .push(Block::new(BlockKind::Plain, words.text("desk-undo-empty")));
            None
        }
        Recent::Rows(rows) => Some(rows),
    };
    let Some(rows) = rows else {
        view.options = vec![OptionView::new(words.text("desk-to-menu"))];
        return;
    };
    view.blocks
        .push(Block::new(BlockKind::Plain, words.text("desk-undo-hint")));
    view.options = runs(rows)
        .into_iter()
        .map(|run| {
            let first = &rows[run.start].entry;
            let mut label = describe::entry(app, words, first);
            if run.len() > 1 {
                let mut args = FluentArgs::new();
                args.set("count", run.len());
                args.set("entry", label.value);
                label = words.with("desk-undo-times", &args);
            }
            let (day, daypart) = match first {
                crate::interaction::Entry::Help(h) => (h.day, h.daypart),
                crate::interaction::Entry::Group(g) => (g.day, g.daypart),
            };
            OptionView::new(label).with_hint(Some(describe::when(words, day, daypart)))
        })
        .collect();
}

/// The draft as it will be saved, for the confirmation screen.
fn draft_entry(app: &App, draft: &Draft) -> Option<Text> {
    let words = Words {
        catalog: &app.content.catalog,
        lang: app.helper_language,
    };
    let entry = crate::app::desk::draft_entry(app, draft)?;
    Some(if draft.kind == Kind::Quick {
        describe::entry(app, &words, &entry)
    } else {
        describe::dated_entry(app, &words, &entry)
    })
}

fn option(app: &App, words: &Words, choice: DeskChoice) -> OptionView {
    let text = |id: &str| OptionView::new(words.text(id));
    let hinted = |id: &str| OptionView::new(words.text(id)).with_hint(words.optional(id, "hint"));
    let library = &app.content.library;
    match choice {
        DeskChoice::Unlock => text("desk-pin-open"),
        DeskChoice::Close => hinted("desk-close"),
        DeskChoice::Open(Kind::Quick) => hinted("desk-quick"),
        DeskChoice::Open(Kind::Batch) => hinted("desk-batch"),
        DeskChoice::Open(Kind::Group) => hinted("desk-group"),
        DeskChoice::OpenUndo => hinted("desk-undo"),
        DeskChoice::OpenReport => hinted("desk-report"),
        // The report's screens label their choices themselves (see `report`).
        DeskChoice::Span(_) | DeskChoice::Months | DeskChoice::Month(_) => text("desk-report"),
        DeskChoice::Leave => text("desk-leave"),
        DeskChoice::Topic(category) => {
            let name = words.text(&messages::category(&library.categories[category]));
            let mut option = OptionView::new(name);
            // For one-to-one help the group's checklists help find the right group.
            if app
                .desk
                .draft
                .as_ref()
                .is_some_and(|d| d.kind != Kind::Group)
            {
                let titles: Vec<String> = topics_in(app, category)
                    .into_iter()
                    .map(|i| {
                        words
                            .text(&messages::checklist(&library.checklists[i].id))
                            .value
                    })
                    .collect();
                option.hint = Some(Text {
                    value: titles.join(" · "),
                    direction: words.catalog.direction(words.lang),
                });
                option.hint_lines = Some(1);
            }
            option
        }
        DeskChoice::Task(Task::Checklist(index)) => {
            OptionView::new(words.text(&messages::checklist(&library.checklists[index].id)))
        }
        DeskChoice::Task(Task::Other(category)) => OptionView::new(describe::other_task(
            app,
            words,
            &library.categories[category],
        )),
        DeskChoice::Language(id) => name_option(app, id),
        DeskChoice::Outcome(outcome) => OptionView::new(describe::outcome_name(words, outcome)),
        DeskChoice::Channel(channel) => OptionView::new(describe::channel_name(words, channel)),
        DeskChoice::FirstVisit(answer) => {
            OptionView::new(describe::first_visit_name(words, answer))
        }
        DeskChoice::Count => text("desk-count-next"),
        DeskChoice::Minutes(minutes) => {
            let mut args = FluentArgs::new();
            args.set("minutes", minutes);
            OptionView::new(words.with("desk-minutes-option", &args))
        }
        DeskChoice::Day(days_back) => {
            let mut args = FluentArgs::new();
            let day = crate::app::desk::day_before(app, days_back);
            args.set("date", describe::date(words, day).value);
            OptionView::new(words.with(
                match days_back {
                    0 => "desk-day-today",
                    1 => "desk-day-yesterday",
                    _ => "desk-day-earlier",
                },
                &args,
            ))
        }
        DeskChoice::Save => text("desk-save"),
        DeskChoice::SaveAndKeep => hinted("desk-save-keep"),
        DeskChoice::SaveAgain => text("desk-save-again"),
        DeskChoice::Daypart => {
            let daypart = app
                .desk
                .draft
                .as_ref()
                .map_or(crate::interaction::Daypart::Morning, |d| d.daypart);
            let mut args = FluentArgs::new();
            args.set("daypart", describe::daypart_name(words, daypart).value);
            OptionView::new(words.with("desk-daypart-change", &args))
                .with_hint(words.optional("desk-daypart-change", "hint"))
        }
        DeskChoice::NewEntry => text("desk-new-entry"),
        DeskChoice::Menu => text("desk-to-menu"),
        // The undo list labels its runs itself.
        DeskChoice::Undo(_) => text("desk-undo"),
        DeskChoice::UndoAll => {
            let mut args = FluentArgs::new();
            args.set("count", count_of_confirmed_run(app));
            OptionView::new(words.with("desk-undo-all", &args))
        }
        DeskChoice::UndoOne => text(if count_of_confirmed_run(app) > 1 {
            "desk-undo-one"
        } else {
            "desk-undo-yes"
        }),
        DeskChoice::BackToList => text("desk-undo-no"),
    }
}

fn count_of_confirmed_run(app: &App) -> usize {
    match app.screen {
        crate::app::Screen::Desk(DeskScreen::UndoConfirm(run)) => {
            crate::app::desk::run_rows(app, run).len()
        }
        _ => 0,
    }
}

/// Back always; the helper's language; on the number screen, the arrows that step it.
fn keys(words: &Words, screen: DeskScreen) -> Vec<KeyHint> {
    let key = |key: &'static str, id: &str, action: Action| KeyHint {
        key,
        label: words.text(id),
        action,
    };
    let mut keys = vec![key("Esc", "key-back", Action::Back)];
    if screen == DeskScreen::Count {
        keys.push(key("↑", "desk-key-more", Action::MoveSelection(-1)));
        keys.push(key("↓", "desk-key-less", Action::MoveSelection(1)));
    }
    keys.push(key("F3", "key-helper-language", Action::OpenHelperLanguage));
    keys
}

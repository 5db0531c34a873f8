//! Shared helpers for the integration tests: a kiosk `App` on the embedded content with a
//! fixed clock, and drawing it into a test terminal.

#![allow(dead_code)]

use std::rc::Rc;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use digipunt::app::{Action, App, Clock, Effect, Settings, update};
use digipunt::content::Content;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Tuesday morning at a digipunt, 10:15.
pub fn start_clock() -> Clock {
    let wall: NaiveDateTime = today().and_hms_opt(10, 15, 0).expect("valid time");
    Clock {
        monotonic: Duration::from_secs(1_000),
        wall,
    }
}

pub fn settings() -> Settings {
    Settings {
        kiosk: "test-kiosk".to_owned(),
        ..Settings::default()
    }
}

thread_local! {
    /// Loading and checking fifteen languages takes a while in a debug build: once a thread.
    static CONTENT: Rc<Content> = Rc::new(
        Content::embedded(today()).unwrap_or_else(|d| panic!("embedded content is broken:\n{d}")),
    );
}

pub fn app() -> App {
    App::new(CONTENT.with(Rc::clone), settings(), start_clock())
}

/// Advances the clock by `seconds` and applies the action, like the kiosk loop does.
pub fn after(app: &mut App, seconds: u64, action: Action) -> Vec<Effect> {
    let mut now = app.now;
    now.monotonic += Duration::from_secs(seconds);
    now.wall += chrono::Duration::seconds(i64::try_from(seconds).expect("small"));
    let mut effects = update(app, Action::Tick(now));
    effects.extend(update(app, action));
    effects
}

/// Applies actions without moving the clock; returns every effect in order.
pub fn run(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .flat_map(|a| update(app, a.clone()))
        .collect()
}

pub fn choose(app: &mut App, index: usize) -> Vec<Effect> {
    update(app, Action::Choose(index))
}

pub fn language(app: &App, tag: &str) -> usize {
    app.content
        .catalog
        .find(tag)
        .unwrap_or_else(|| panic!("no locale {tag}"))
}

pub fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| digipunt::ui::draw(app, frame))
        .expect("draw");
    terminal.backend().to_string()
}

/// From the topic screen: the checklist's group, then the checklist (two key presses).
pub fn pick_topic(app: &mut App, task: &str) {
    let library = &app.content.library;
    let wanted = library
        .checklist_index(task)
        .unwrap_or_else(|| panic!("no checklist {task}"));
    let category = library
        .categories
        .iter()
        .position(|c| *c == library.checklists[wanted].category)
        .expect("a category");
    let group = digipunt::app::categories(app)
        .iter()
        .position(|&c| c == category)
        .expect("the group is offered");
    choose(app, group);
    let topic = digipunt::app::topics_in(app, category)
        .iter()
        .position(|&i| i == wanted)
        .expect("the checklist is offered");
    choose(app, topic);
}

/// From the first step, walks on to `step` of the current checklist, answering each branch
/// the way that leads there (the first way where it does not matter).
pub fn walk_to_step(app: &mut App, step: &str) {
    let checklist = app.checklist().expect("in a checklist").clone();
    let target = checklist
        .steps
        .iter()
        .position(|s| s.id == step)
        .unwrap_or_else(|| panic!("no step {step}"));
    // The answers this step depends on, following `when` back to the first branch.
    let mut needed = Vec::new();
    let mut current = checklist.steps[target].when;
    while let Some(condition) = current {
        needed.push((condition.step, condition.option));
        current = checklist.steps[condition.step].when;
    }
    for _ in 0..checklist.steps.len() {
        let here = app.place().and_then(|p| p.step).expect("on a step");
        if here == target {
            return;
        }
        let answer = needed
            .iter()
            .find(|(s, _)| *s == here)
            .map_or(0, |(_, o)| *o);
        choose(
            app,
            if checklist.steps[here].branch.is_empty() {
                0
            } else {
                answer
            },
        );
    }
    panic!("step {step} was never reached");
}

/// The position of a choice on the current screen.
/// The number of the problem `id` on the current step's "what went wrong" list.
pub fn problem_of(app: &App, id: &str) -> usize {
    let step = app.step().expect("a step on screen");
    step.problems
        .iter()
        .position(|p| p.id == id)
        .unwrap_or_else(|| panic!("{id} is not a problem of this step"))
}

pub fn choice_of(app: &App, wanted: digipunt::app::Choice) -> usize {
    digipunt::app::choices(app)
        .iter()
        .position(|c| *c == wanted)
        .unwrap_or_else(|| panic!("{wanted:?} is not offered"))
}

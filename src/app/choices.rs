//! The numbered choices each screen offers. `update` acts on them and `ui` labels them, so
//! a number on screen always does what its label says.

use super::state::{App, Screen};
use crate::content::ProblemEnd;
use crate::i18n::LocaleId;
use crate::interaction::{FirstVisit, Mode, Outcome};

use super::desk::{self, DeskChoice};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Language(LocaleId),
    Mode(Mode),
    /// A topic group (index into the library's categories).
    Category(usize),
    Topic(usize),
    ToggleBring(usize),
    StartSteps,
    NextStep,
    /// One way on from a branch step.
    Branch(usize),
    ShowProblems,
    PreviousStep,
    /// A known problem of the step, or `None` for "something else".
    Problem(Option<usize>),
    Goto(usize),
    ShowReferral(Option<usize>),
    BackToStep,
    Finish,
    Outcome(Outcome),
    /// The answer to "first time at this digipunt this year?".
    FirstVisit(FirstVisit),
    Restart,
    PrintSummary,
    /// Leave the summary for the thank-you screen.
    Done,
    /// The answer to "are you still there?".
    StillHere,
    /// A choice on one of the helper's screens.
    Desk(DeskChoice),
}

pub fn choices(app: &App) -> Vec<Choice> {
    if app.idle_deadline.is_some() {
        return vec![Choice::StillHere];
    }
    if app.picking_language {
        return languages(app);
    }
    match app.screen {
        Screen::Welcome => languages(app),
        Screen::Mode => vec![
            Choice::Mode(Mode::Assisted),
            Choice::Mode(Mode::SelfService),
        ],
        Screen::Topics => categories(app).into_iter().map(Choice::Category).collect(),
        Screen::Category(category) => topics_in(app, category)
            .into_iter()
            .map(Choice::Topic)
            .collect(),
        Screen::Bring => {
            let count = app.checklist().map_or(0, |c| c.bring.len());
            let mut list: Vec<Choice> = (0..count).map(Choice::ToggleBring).collect();
            list.push(Choice::StartSteps);
            list
        }
        Screen::Step => {
            // A branch step asks which way; an ordinary step goes on.
            let ways = app.step().map_or(0, |s| s.branch.len());
            let mut list: Vec<Choice> = if ways == 0 {
                vec![Choice::NextStep]
            } else {
                (0..ways).map(Choice::Branch).collect()
            };
            list.extend([Choice::ShowProblems, Choice::PreviousStep]);
            list
        }
        Screen::Problems => {
            let count = app.step().map_or(0, |s| s.problems.len());
            let mut list: Vec<Choice> = (0..count).map(|i| Choice::Problem(Some(i))).collect();
            list.push(Choice::Problem(None));
            list
        }
        Screen::Problem(index) => {
            let mut list = Vec::new();
            let end = index
                .and_then(|i| app.step().and_then(|s| s.problems.get(i)))
                .map(|p| &p.end);
            match end {
                Some(ProblemEnd::Goto(target)) => {
                    if let Some(target) = app.content.library.checklist_index(target) {
                        list.push(Choice::Goto(target));
                    }
                }
                Some(ProblemEnd::Refer(_)) => list.push(Choice::ShowReferral(index)),
                Some(ProblemEnd::TryThis) | None => {}
            }
            list.push(Choice::BackToStep);
            list
        }
        Screen::Referral(_) => vec![Choice::BackToStep, Choice::Finish],
        Screen::Outcome => outcome_choices(app),
        Screen::FirstVisit => [FirstVisit::Yes, FirstVisit::No, FirstVisit::Unknown]
            .map(Choice::FirstVisit)
            .to_vec(),
        Screen::Summary => vec![Choice::PrintSummary, Choice::Done],
        Screen::Thanks => vec![Choice::Restart],
        Screen::Desk(screen) => desk::choices(app, screen),
    }
}

/// The languages this screen can show (on the Linux console, only those its fonts draw).
fn languages(app: &App) -> Vec<Choice> {
    (0..app.content.catalog.locales().len())
        .filter(|&id| app.can_show(id))
        .map(Choice::Language)
        .collect()
}

/// Topic groups that have at least one checklist, in the order of `assets/categories.toml`.
pub fn categories(app: &App) -> Vec<usize> {
    let library = &app.content.library;
    (0..library.categories.len())
        .filter(|&c| {
            library
                .checklists
                .iter()
                .any(|l| l.category == library.categories[c])
        })
        .collect()
}

/// The checklists of one topic group, by rank, then id.
pub fn topics_in(app: &App, category: usize) -> Vec<usize> {
    let library = &app.content.library;
    let Some(name) = library.categories.get(category) else {
        return Vec::new();
    };
    let mut topics: Vec<usize> = library
        .checklists
        .iter()
        .enumerate()
        .filter(|(_, c)| &c.category == name)
        .map(|(i, _)| i)
        .collect();
    topics.sort_by_key(|&i| (library.checklists[i].rank, &library.checklists[i].id));
    topics
}

fn outcome_choices(app: &App) -> Vec<Choice> {
    match app.mode() {
        Some(Mode::SelfService) => {
            // "Did it work?" has three plain answers; "no" after a referral means referred.
            let referred = app.session.as_ref().is_some_and(|s| s.referral.is_some());
            let no = if referred {
                Outcome::Referred
            } else {
                Outcome::Later
            };
            vec![
                Choice::Outcome(Outcome::Done),
                Choice::Outcome(Outcome::Partly),
                Choice::Outcome(no),
            ]
        }
        _ => [
            Outcome::Done,
            Outcome::Partly,
            Outcome::Referred,
            Outcome::Later,
        ]
        .map(Choice::Outcome)
        .to_vec(),
    }
}

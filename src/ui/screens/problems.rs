//! "This does not work": the step's known problems, then one problem with what to try
//! and where it leads.

use super::{Words, common_keys, plain};
use crate::app::{App, Choice, choices};
use crate::content::messages;
use crate::i18n::FluentArgs;
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn list(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("problems-title")]);
    if let (Some(checklist), Some(step)) = (app.checklist(), app.step()) {
        view.blocks.push(Block::new(
            BlockKind::Plain,
            words.text(&messages::step(&checklist.id, &step.id)),
        ));
        view.options = step
            .problems
            .iter()
            .map(|p| OptionView::new(words.text(&messages::problem(&p.id))))
            .collect();
    }
    view.options.push(OptionView::new(
        words.text(&messages::problem(messages::OTHER_PROBLEM)),
    ));
    view.keys = common_keys(app, words);
    view
}

pub fn one(app: &App, words: &Words, index: Option<usize>) -> View {
    let problem = index.and_then(|i| app.step().and_then(|s| s.problems.get(i)));
    let id = messages::problem(problem.map_or(messages::OTHER_PROBLEM, |p| p.id.as_str()));
    let mut view = plain(vec![words.text(&id)]);
    view.blocks.push(Block::labelled(
        BlockKind::Plain,
        words.text("problem-try"),
        words.attribute(&id, "fix"),
    ));
    view.options = choices(app)
        .into_iter()
        .map(|choice| match choice {
            Choice::Goto(target) => {
                let mut args = FluentArgs::new();
                let name = messages::checklist(&app.content.library.checklists[target].id);
                args.set("checklist", words.text(&name).value);
                OptionView::new(words.with("problem-goto", &args))
            }
            Choice::ShowReferral(_) => OptionView::new(words.text("problem-show-referral")),
            _ => OptionView::new(words.text("problem-back")),
        })
        .collect();
    view.keys = common_keys(app, words);
    view
}

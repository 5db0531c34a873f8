//! How it ended (asked simply when the citizen is alone), and thank you.

use super::{Words, common_keys, plain};
use crate::app::{App, Choice, choices};
use crate::interaction::{Mode, Outcome};
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn outcome(app: &App, words: &Words) -> View {
    let alone = app.mode() == Some(Mode::SelfService);
    let mut view = plain(vec![words.text(if alone {
        "outcome-self-title"
    } else {
        "outcome-title"
    })]);
    view.options = choices(app)
        .into_iter()
        .filter_map(|choice| match choice {
            Choice::Outcome(outcome) => Some(outcome),
            _ => None,
        })
        .map(|outcome| {
            let id = match (alone, outcome) {
                (true, Outcome::Done) => "outcome-self-yes",
                (true, Outcome::Partly) => "outcome-self-partly",
                (true, _) => "outcome-self-no",
                (false, Outcome::Done) => "outcome-done",
                (false, Outcome::Partly) => "outcome-partly",
                (false, Outcome::Referred) => "outcome-referred",
                (false, _) => "outcome-later",
            };
            OptionView::new(words.text(id))
        })
        .collect();
    view.keys = common_keys(app, words);
    view
}

pub fn thanks(words: &Words) -> View {
    let mut view = plain(vec![words.text("thanks-title")]);
    view.blocks
        .push(Block::new(BlockKind::Plain, words.text("thanks-body")));
    view.options = vec![OptionView::new(words.text("thanks-again"))];
    view
}

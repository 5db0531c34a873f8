//! How it ended (asked simply when the citizen is alone), and thank you.

use super::{Words, common_keys, plain};
use crate::app::{App, Choice, choices};
use crate::interaction::{FirstVisit, Mode, Outcome};
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

/// "First time at this digipunt this year?", in words the helper can read to the citizen;
/// the helper's frame says why it is asked (and asks it in the helper's language too).
pub fn first_visit(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("first-visit-title")]);
    let helper = Words {
        catalog: words.catalog,
        lang: app.helper_language,
    };
    let mut text = helper.text("first-visit-why");
    if app.helper_language != app.language {
        text.value = format!("{}\n{}", helper.text("first-visit-title").value, text.value);
    }
    view.blocks.push(Block::labelled(
        BlockKind::Tip,
        helper.text("first-visit-helper"),
        text,
    ));
    view.options = choices(app)
        .into_iter()
        .filter_map(|choice| match choice {
            Choice::FirstVisit(answer) => Some(answer),
            _ => None,
        })
        .map(|answer| {
            OptionView::new(words.text(match answer {
                FirstVisit::Yes => "first-visit-yes",
                FirstVisit::No => "first-visit-no",
                FirstVisit::Unknown => "first-visit-unknown",
            }))
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

//! The take-home summary on screen: where to go, what to bring next time and what is still
//! open, most useful first; the printed copy lists every step.

use super::{Words, common_keys, plain};
use crate::app::{App, SummaryStatus};
use crate::content::messages;
use crate::i18n::{FluentArgs, Text};
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("summary-title")]);
    let Some(summary) = &app.summary else {
        return view;
    };
    let library = &app.content.library;
    let checklist = &library.checklists[summary.checklist];
    let direction = words.catalog.direction(words.lang);
    let list = |items: Vec<String>| Text {
        value: items
            .iter()
            .map(|i| format!("- {i}"))
            .collect::<Vec<_>>()
            .join("\n"),
        direction,
    };
    let step = |i: &usize| {
        words
            .text(&messages::step(&checklist.id, &checklist.steps[*i].id))
            .value
    };
    view.blocks.push(Block::new(
        BlockKind::Instruction,
        words.text(&messages::checklist(&checklist.id)),
    ));
    // Whether printing worked is the first thing to see after pressing it.
    match &app.summary_status {
        Some(SummaryStatus::Printed) => view
            .blocks
            .push(Block::new(BlockKind::Note, words.text("summary-printed"))),
        Some(SummaryStatus::Saved(path)) => {
            let mut args = FluentArgs::new();
            args.set("path", path.clone());
            view.blocks.push(Block::new(
                BlockKind::Note,
                words.with("summary-saved", &args),
            ));
        }
        Some(SummaryStatus::Failed) => view
            .blocks
            .push(Block::new(BlockKind::Secret, words.text("summary-failed"))),
        None => {}
    }
    if let Some(referral) = summary
        .referral
        .as_ref()
        .and_then(|id| library.referral(id))
    {
        let place = words.text(&messages::referral(&referral.id));
        view.blocks.push(Block::labelled(
            BlockKind::Note,
            words.text("summary-go"),
            place,
        ));
    }
    let bring = summary.bring_next_time(library);
    if !bring.is_empty() {
        let items = bring
            .iter()
            .map(|b| words.text(&messages::bring(b)).value)
            .collect();
        view.blocks.push(Block::labelled(
            BlockKind::Plain,
            words.text("summary-bring"),
            list(items),
        ));
    }
    if let Some((next, rest)) = summary.open.split_first() {
        let mut items = vec![step(next)];
        if !rest.is_empty() {
            let mut args = FluentArgs::new();
            args.set("count", rest.len());
            items.push(words.with("summary-more", &args).value);
        }
        view.blocks.push(Block::labelled(
            BlockKind::Plain,
            words.text("summary-open"),
            list(items),
        ));
    }
    view.options = ["summary-print", "summary-finish"]
        .iter()
        .map(|id| OptionView::new(words.text(id)))
        .collect();
    view.keys = common_keys(app, words);
    view
}

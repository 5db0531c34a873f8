//! "What to bring": each item ticked or not, with what to do without it.

use super::{Words, common_keys, plain};
use crate::app::App;
use crate::content::messages;
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let Some(checklist) = app.checklist() else {
        return plain(Vec::new());
    };
    let ticked = app.place().map(|p| p.ticked.as_slice()).unwrap_or_default();
    let title = messages::checklist(&checklist.id);
    let mut view = plain(vec![words.text(&title), words.text("bring-title")]);
    if let Some(note) = words.optional(&title, "bring-note") {
        view.blocks.push(Block::new(BlockKind::Plain, note));
    }
    view.blocks
        .push(Block::new(BlockKind::Plain, words.text("bring-hint")));
    if app.mode() == Some(crate::interaction::Mode::Assisted) {
        // Content goes stale; the helper sees how fresh this checklist is.
        let mut args = crate::i18n::FluentArgs::new();
        args.set("date", checklist.reviewed.format("%Y-%m-%d").to_string());
        view.blocks
            .push(Block::new(BlockKind::Note, words.with("checked-on", &args)));
    }
    for (index, item) in checklist.bring.iter().enumerate() {
        let id = messages::bring(item);
        let is_ticked = ticked.get(index).copied().unwrap_or(false);
        // The advice for a missing item is shown for the highlighted one only, to keep the
        // list short enough to read.
        let hint = (!is_ticked && app.selected == index).then(|| words.attribute(&id, "missing"));
        let mut option = OptionView::new(words.text(&id)).with_hint(hint);
        option.ticked = Some(is_ticked);
        view.options.push(option);
    }
    view.options
        .push(OptionView::new(words.text("bring-start")));
    view.keys = common_keys(app, words);
    view
}

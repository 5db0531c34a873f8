//! "Are you still there?": shown over any screen after a while without input, with the
//! seconds left before the screen starts over for the next citizen.

use super::{Words, plain};
use crate::app::App;
use crate::i18n::FluentArgs;
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words, deadline: std::time::Duration) -> View {
    let left = deadline.saturating_sub(app.now.monotonic);
    let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    let mut args = FluentArgs::new();
    args.set("seconds", seconds);
    let mut view = plain(vec![words.text("idle-title")]);
    view.blocks.push(Block::new(
        BlockKind::Instruction,
        words.with("idle-body", &args),
    ));
    view.options = vec![OptionView::new(words.text("idle-continue"))];
    view
}

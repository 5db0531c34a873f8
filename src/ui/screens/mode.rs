//! With a helper, or alone.

use super::{Words, common_keys, desk_key, plain};
use crate::app::App;
use crate::ui::view::{OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("mode-title")]);
    view.options = ["mode-helper", "mode-self"]
        .iter()
        .map(|id| OptionView::new(words.text(id)).with_hint(Some(words.attribute(id, "hint"))))
        .collect();
    view.keys = common_keys(app, words);
    view.keys.push(desk_key(app));
    view
}

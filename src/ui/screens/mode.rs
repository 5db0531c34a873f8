//! With a helper, or alone.

use super::{Words, plain};
use crate::app::Action;
use crate::ui::view::{KeyHint, OptionView, View};

pub fn view(words: &Words) -> View {
    let mut view = plain(vec![words.text("mode-title")]);
    view.options = ["mode-helper", "mode-self"]
        .iter()
        .map(|id| OptionView::new(words.text(id)).with_hint(Some(words.attribute(id, "hint"))))
        .collect();
    view.keys = vec![
        KeyHint {
            key: "Esc",
            label: words.text("key-back"),
            action: Action::Back,
        },
        KeyHint {
            key: "F2",
            label: words.text("key-language"),
            action: Action::OpenLanguage,
        },
    ];
    view
}

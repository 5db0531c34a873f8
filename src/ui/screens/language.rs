//! The language screen: every language offers itself in its own words, so a citizen who
//! reads only one of them still finds it.

use super::{Words, plain};
use crate::app::{Action, App, Screen};
use crate::i18n::Text;
use crate::ui::view::{KeyHint, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let catalog = words.catalog;
    let ids = 0..catalog.locales().len();
    let mut view = plain(
        ids.clone()
            .map(|id| catalog.text(id, "language-choose"))
            .collect(),
    );
    view.options = ids
        .map(|id| {
            let locale = catalog.locale(id);
            OptionView::new(Text {
                value: locale.meta.endonym.clone(),
                direction: locale.meta.direction,
            })
        })
        .collect();
    if app.picking_language && app.screen != Screen::Welcome {
        view.keys = vec![KeyHint {
            key: "Esc",
            label: words.text("key-back"),
            action: Action::Back,
        }];
    }
    view
}

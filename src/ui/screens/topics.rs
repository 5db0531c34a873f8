//! The topic list, grouped by category.

use super::{Words, common_keys, plain};
use crate::app::{App, topic_order};
use crate::content::messages;
use crate::ui::view::{OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("topics-title")]);
    let library = &app.content.library;
    view.options = topic_order(app)
        .into_iter()
        .map(|index| {
            let checklist = &library.checklists[index];
            let id = messages::checklist(&checklist.id);
            let mut option =
                OptionView::new(words.text(&id)).with_hint(Some(words.attribute(&id, "summary")));
            option.group = Some(words.text(&messages::category(&checklist.category)));
            option
        })
        .collect();
    view.keys = common_keys(app, words);
    view
}

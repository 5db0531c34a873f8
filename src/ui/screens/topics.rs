//! What the help is about: first the topic groups, then the checklists of one group, so
//! any checklist is two key presses away however many there are.

use super::{Words, common_keys, plain};
use crate::app::{App, categories, topics_in};
use crate::content::messages;
use crate::i18n::Text;
use crate::ui::view::{OptionView, View};

pub fn groups(app: &App, words: &Words) -> View {
    let mut view = plain(vec![words.text("topics-title")]);
    let library = &app.content.library;
    view.options = categories(app)
        .into_iter()
        .map(|category| {
            // The group's checklists, named under it, help find the right one.
            let titles: Vec<String> = topics_in(app, category)
                .into_iter()
                .map(|i| {
                    words
                        .text(&messages::checklist(&library.checklists[i].id))
                        .value
                })
                .collect();
            let hint = Text {
                value: titles.join(" · "),
                direction: words.catalog.direction(words.lang),
            };
            let name = words.text(&messages::category(&library.categories[category]));
            let mut option = OptionView::new(name).with_hint(Some(hint));
            // Every group, with a glimpse of its checklists, fits on the smallest screen.
            option.hint_lines = Some(1);
            option
        })
        .collect();
    view.keys = common_keys(app, words);
    view
}

pub fn group(app: &App, words: &Words, category: usize) -> View {
    let library = &app.content.library;
    let name = library
        .categories
        .get(category)
        .map_or(String::new(), |c| messages::category(c));
    let mut view = plain(vec![words.text("topics-title"), words.text(&name)]);
    view.options = topics_in(app, category)
        .into_iter()
        .map(|index| {
            let id = messages::checklist(&library.checklists[index].id);
            OptionView::new(words.text(&id)).with_hint(Some(words.attribute(&id, "summary")))
        })
        .collect();
    view.keys = common_keys(app, words);
    view
}

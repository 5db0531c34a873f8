//! The language screen: every language offers itself in its own words, so a citizen who
//! reads only one of them still finds it.

use super::{Words, desk_key, plain};
use crate::app::{Action, App, Choice, Screen, choices};
use crate::i18n::{Direction, Display, FluentArgs, LocaleId, Text};
use crate::ui::view::{Block, BlockKind, KeyHint, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let catalog = words.catalog;
    let ids = 0..catalog.locales().len();
    // The helper's picker asks once, in the helper's language; the citizen's asks in all.
    let titles = if app.picking_for_helper {
        vec![catalog.text(app.helper_language, "helper-language-choose")]
    } else {
        catalog
            .greeting()
            .into_iter()
            .map(|id| catalog.text(id, "language-choose"))
            .collect()
    };
    let mut view = plain(titles);
    view.options = choices(app)
        .into_iter()
        .filter_map(|choice| match choice {
            Choice::Language(id) => Some(id),
            _ => None,
        })
        .map(|id| name_option(app, id))
        .collect();
    // Honest about what this screen cannot draw: those languages by their Latin names.
    let hidden: Vec<&str> = ids
        .filter(|&id| !app.can_show(id))
        .map(|id| catalog.locale(id).meta.latin_name.as_str())
        .collect();
    if !hidden.is_empty() {
        let mut args = FluentArgs::new();
        args.set("languages", hidden.join(", "));
        view.blocks.push(Block::new(
            BlockKind::Note,
            words.with("console-other-languages", &args),
        ));
    }
    // Fifteen names fit 80x24 in two columns; each name is in its own script.
    view.columns = 2;
    if app.picking_language && app.screen != Screen::Welcome {
        view.keys = vec![KeyHint {
            key: "Esc",
            label: words.text("key-back"),
            action: Action::Back,
        }];
    } else if !app.picking_language {
        view.keys = vec![desk_key(app)];
    }
    view
}

/// A language by its own name; on the console, where the picker is in the default font,
/// other scripts by their Latin name.
pub fn name_option(app: &App, id: LocaleId) -> OptionView {
    let locale = app.content.catalog.locale(id);
    let own_script = !app.settings.console || matches!(locale.meta.display, Display::Console(_));
    if own_script {
        OptionView::new(Text {
            value: locale.meta.endonym.clone(),
            direction: locale.meta.direction,
        })
    } else {
        OptionView::new(Text {
            value: locale.meta.latin_name.clone(),
            direction: Direction::Ltr,
        })
    }
}

//! One module per screen; each turns the `App` into a `View`.

mod bring;
mod desk;
mod ending;
mod idle;
mod language;
mod mode;
mod problems;
mod referral;
mod step;
mod summary;
mod topics;

use super::view::{KeyHint, View};
use crate::app::{Action, App, Screen};
use crate::i18n::{Catalog, FluentArgs, LocaleId, Text};
use crate::interaction::Mode;

pub fn view(app: &App) -> View {
    let words = Words {
        catalog: &app.content.catalog,
        lang: app.screen_language(),
    };
    if let Some(deadline) = app.idle_deadline {
        return idle::view(app, &words, deadline);
    }
    if app.picking_language {
        return language::view(app, &words);
    }
    match app.screen {
        Screen::Welcome => language::view(app, &words),
        Screen::Mode => mode::view(app, &words),
        Screen::Topics => topics::groups(app, &words),
        Screen::Category(category) => topics::group(app, &words, category),
        Screen::Bring => bring::view(app, &words),
        Screen::Step => step::view(app, &words),
        Screen::Problems => problems::list(app, &words),
        Screen::Problem(index) => problems::one(app, &words, index),
        Screen::Referral(index) => referral::view(app, &words, index),
        Screen::Outcome => ending::outcome(app, &words),
        Screen::FirstVisit => ending::first_visit(app, &words),
        Screen::Summary => summary::view(app, &words),
        Screen::Thanks => ending::thanks(&words),
        Screen::Desk(screen) => desk::view(app, &words, screen),
    }
}

/// Message lookup in the citizen's language.
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub lang: LocaleId,
}

impl Words<'_> {
    pub fn text(&self, id: &str) -> Text {
        self.catalog.text(self.lang, id)
    }

    pub fn attribute(&self, id: &str, attribute: &str) -> Text {
        self.catalog.attribute(self.lang, id, attribute)
    }

    pub fn optional(&self, id: &str, attribute: &str) -> Option<Text> {
        self.catalog.optional_attribute(self.lang, id, attribute)
    }

    pub fn with(&self, id: &str, args: &FluentArgs) -> Text {
        self.catalog.text_with(self.lang, id, args)
    }
}

/// The keys at the bottom: back and language always; stop once a task is under way.
pub fn common_keys(app: &App, words: &Words) -> Vec<KeyHint> {
    let key = |key: &'static str, id: &str, action: Action| KeyHint {
        key,
        label: words.text(id),
        action,
    };
    // Most needed first: the row shows as many as fit.
    let mut keys = vec![
        key("Esc", "key-back", Action::Back),
        key("F2", "key-language", Action::OpenLanguage),
    ];
    // Read-aloud is offered only where this machine has a voice for the language.
    if app.voice().is_some() {
        keys.push(key("F5", "key-speak", Action::Speak));
    }
    let ended = matches!(
        app.screen,
        Screen::Outcome | Screen::FirstVisit | Screen::Summary | Screen::Thanks
    );
    if app.place().is_some() && !ended {
        keys.push(key("F10", "key-stop", Action::Stop));
    }
    if app.mode() == Some(Mode::Assisted) {
        keys.push(key("F3", "key-helper-language", Action::OpenHelperLanguage));
    }
    keys
}

/// The key that opens the helper's menu, labelled in the helper's language; only on the
/// screens before a citizen's help begins.
pub fn desk_key(app: &App) -> KeyHint {
    KeyHint {
        key: "F9",
        label: app.content.catalog.text(app.helper_language, "key-desk"),
        action: Action::OpenDesk,
    }
}

fn plain(view_titles: Vec<Text>) -> View {
    View {
        titles: view_titles,
        progress: None,
        blocks: Vec::new(),
        options: Vec::new(),
        columns: 1,
        numbered: true,
        charts: Vec::new(),
        keys: Vec::new(),
    }
}

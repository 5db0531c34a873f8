//! Drawing: a pure function of `App` onto a ratatui frame. Screens build a `View`,
//! `compose` places it (mirrored for right-to-left languages), `draw` paints it, and
//! `hit` tells which choice a click landed on, from the same placement.

mod big_digits;
mod compose;
pub mod console_fold;
mod draw;
mod screens;
pub mod text;
mod theme;
pub mod view;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub use compose::{MIN_HEIGHT, MIN_WIDTH};

use crate::app::{Action, App, Screen};
use crate::i18n::{FluentArgs, Status, Text};
use crate::interaction::Mode;
use compose::{Chrome, Composition};

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    render(app, area, frame.buffer_mut());
}

/// Draws into any buffer; `draw` and the tests use it.
pub fn render(app: &App, area: Rect, buffer: &mut Buffer) {
    draw::paint(&composition(app, area), buffer);
    // On the Linux console, whatever the loaded font cannot draw is folded to what it can.
    if let Some(repertoire) = app
        .console_font
        .as_ref()
        .and_then(|font| app.settings.console_repertoires.get(font))
    {
        console_fold::fold_buffer(buffer, repertoire);
    }
}

/// The words of the current screen as read aloud: titles, what to do, and the numbered
/// choices, in reading order and without layout. Helper tips are not read to the citizen.
pub fn spoken_text(app: &App) -> String {
    let view = screens::view(app);
    let mut parts: Vec<String> = view.titles.iter().map(|t| t.value.clone()).collect();
    for block in view
        .blocks
        .iter()
        .filter(|b| b.kind != view::BlockKind::Tip)
    {
        parts.extend(block.label.iter().map(|l| l.value.clone()));
        parts.push(block.text.value.clone());
    }
    for (index, option) in view.options.iter().enumerate() {
        parts.push(format!("{}. {}", index + 1, option.label.value));
    }
    let text = parts.join("\n");
    // Isolation marks mean nothing to a speech engine.
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The action a click or touch at (`column`, `row`) means on the current screen.
pub fn hit(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    draw::target_at(&composition(app, area), column, row)
}

/// A helper is told, in their own language, when the citizen's is an unchecked translation.
fn draft_note(app: &App) -> Option<Text> {
    let status = app.content.catalog.locale(app.language).meta.status;
    (app.mode() == Some(Mode::Assisted) && status == Status::Draft).then(|| {
        app.content
            .catalog
            .text(app.helper_language, "draft-locale")
    })
}

/// When the log cannot be written: a calm line for the helper, in the helper's language
/// while a helper is there, and says how many counts wait. Before any count waits (the log
/// failed to open) it only says that counts cannot be saved now.
fn store_warning(app: &App) -> Option<Text> {
    if app.store.is_ok() {
        return None;
    }
    let catalog = &app.content.catalog;
    let lang = if app.mode() == Some(Mode::Assisted) {
        app.helper_language
    } else {
        app.screen_language()
    };
    Some(if app.store.unsaved == 0 {
        catalog.text(lang, "store-unavailable")
    } else {
        let mut args = FluentArgs::new();
        args.set("pending", app.store.unsaved);
        catalog.text_with(lang, "store-warning", &args)
    })
}

/// The basic look on request, and always on the Linux text console.
fn look(app: &App) -> &'static theme::Theme {
    theme::theme(app.basic_look || app.settings.console)
}

fn composition(app: &App, area: Rect) -> Composition {
    let catalog = &app.content.catalog;
    // The helper's screens are in the helper's language, mirrored for it if need be.
    let lang = app.screen_language();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let mut args = FluentArgs::new();
        args.set("width", MIN_WIDTH);
        args.set("height", MIN_HEIGHT);
        args.set("current_width", area.width);
        args.set("current_height", area.height);
        let size = catalog.attribute_with(lang, "too-small", "size", &args);
        return compose::too_small(&catalog.text(lang, "too-small"), &size, area, look(app));
    }
    let view = screens::view(app);
    let locale = catalog.locale(lang);
    let warning = store_warning(app);
    // No language to name on the language screen, nor on the helper's own screens.
    let on_welcome = app.screen == Screen::Welcome && !app.picking_language;
    let chrome = Chrome {
        theme: look(app),
        app_name: catalog.text(lang, "app-name"),
        language: Text {
            value: if on_welcome || app.on_desk() {
                String::new()
            } else {
                locale.meta.endonym.clone()
            },
            direction: locale.meta.direction,
        },
        warning,
        helper_note: draft_note(app),
        direction: locale.meta.direction,
    };
    compose::compose(&view, &chrome, app.selected, area)
}

//! Places a `View` on a screen area: every piece of text in display order at its cell,
//! and the areas a click or touch may hit. `draw` paints the result and `hit` reads it,
//! so what is drawn and what is clickable can never disagree.

mod placer;

use std::ops::Range;

use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;

use super::text::layout;
use super::theme::Theme;
use super::view::View;
use crate::app::Action;
use crate::i18n::{Direction, Text};
use placer::{Column, Placer};

/// The smallest screen every layout is designed for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
const MARGIN: u16 = 2;

#[derive(Debug, Clone)]
pub enum Paint {
    /// Display-ready text, aligned inside `width` cells from `x`.
    Text {
        x: u16,
        y: u16,
        width: u16,
        text: String,
        style: Style,
        align: Alignment,
    },
    Fill {
        area: Rect,
        style: Style,
    },
    Frame {
        area: Rect,
        style: Style,
        title: Option<String>,
        title_align: Alignment,
        /// + - | instead of box-drawing characters (the basic look).
        ascii: bool,
    },
}

#[derive(Debug, Clone, Default)]
pub struct Composition {
    pub paints: Vec<Paint>,
    pub targets: Vec<(Rect, Action)>,
}

/// What every screen shows around its own content.
pub struct Chrome {
    pub app_name: Text,
    pub language: Text,
    pub warning: Option<Text>,
    /// A short note for the helper beside the language (e.g. an unchecked translation).
    pub helper_note: Option<Text>,
    /// Direction of the screen as a whole: the citizen's language.
    pub direction: Direction,
    pub theme: &'static Theme,
}

pub fn compose(view: &View, chrome: &Chrome, selected: usize, area: Rect) -> Composition {
    let mut placer = Placer::new(chrome.direction, chrome.theme);
    let key_rows = placer::key_rows(&view.keys, area.width.saturating_sub(2 * MARGIN));
    let keys_row = area.bottom().saturating_sub(key_rows);
    let column = Column {
        x: area.x + MARGIN,
        width: area.width.saturating_sub(2 * MARGIN),
        bottom: keys_row,
    };

    let mut y = placer.header(area, column, chrome);
    if let Some(warning) = &chrome.warning {
        y = placer.paragraph(column, y, warning, chrome.theme.warning);
    }
    y += 1;
    for title in &view.titles {
        y = placer.title(column, y, title);
    }
    if let Some((current, total, label)) = &view.progress {
        y = placer.progress(column, y, *current, *total, label);
    }
    y += 1;

    if !view.charts.is_empty() {
        placer.charts(
            Column {
                bottom: keys_row,
                ..column
            },
            y,
            view,
            selected,
        );
        placer.keys(area, keys_row, MARGIN, &view.keys);
        return placer.finish();
    }

    // Choices come first: a citizen must always see how to go on, so body text yields
    // the room they need and the list scrolls only when even that is not enough.
    let heights: Vec<u16> = (0..view.options.len())
        .map(|i| placer::option_height(view, i, column.width, chrome.theme.ellipsis))
        .collect();
    let needed: u16 = if view.columns > 1 {
        u16::try_from(view.options.len().div_ceil(usize::from(view.columns))).unwrap_or(u16::MAX)
    } else {
        heights.iter().sum()
    };
    let body_bottom = keys_row
        .saturating_sub(needed.saturating_add(1))
        .max(y)
        .min(keys_row);
    for block in &view.blocks {
        if y >= body_bottom {
            break;
        }
        y = placer.block(
            Column {
                bottom: body_bottom,
                ..column
            },
            y,
            block,
        ) + 1;
    }
    let y = y.min(body_bottom);
    if view.columns > 1 {
        placer.option_grid(column, y, view, selected);
    } else {
        let mut y = y;
        for index in visible_options(&heights, selected, keys_row.saturating_sub(y)) {
            y = placer.option(column, y, view, index, index == selected);
        }
    }
    placer.keys(area, keys_row, MARGIN, &view.keys);
    placer.finish()
}

/// The options that fit in `space` rows, always including the highlighted one.
fn visible_options(heights: &[u16], selected: usize, space: u16) -> Range<usize> {
    let end_from = |first: usize| {
        let mut used = 0u16;
        let mut end = first;
        for (i, height) in heights.iter().enumerate().skip(first) {
            if used + height > space {
                break;
            }
            used += height;
            end = i + 1;
        }
        end
    };
    let mut first = 0;
    while first < selected && end_from(first) <= selected {
        first += 1;
    }
    first..end_from(first)
}

/// The short message shown instead of a broken layout when the window is too small.
pub fn too_small(message: &Text, size: &Text, area: Rect, theme: &Theme) -> Composition {
    let mut out = Composition::default();
    let mut y = area.y + area.height.saturating_sub(2) / 2;
    for text in [message, size] {
        for line in layout(&text.value, usize::from(area.width.max(1)), text.direction) {
            if y >= area.bottom() {
                break;
            }
            out.paints.push(Paint::Text {
                x: area.x,
                y,
                width: area.width,
                text: line,
                style: theme.title,
                align: Alignment::Center,
            });
            y += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::visible_options;

    #[test]
    fn the_highlighted_option_is_always_in_view() {
        let heights = [2, 2, 2, 2, 2];
        assert_eq!(visible_options(&heights, 0, 6), 0..3);
        assert_eq!(visible_options(&heights, 4, 6), 2..5);
        assert_eq!(visible_options(&heights, 2, 100), 0..5);
        assert_eq!(visible_options(&heights, 1, 0), 1..1);
    }
}

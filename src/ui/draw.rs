//! Paints a `Composition` into a ratatui buffer.

use ratatui::buffer::Buffer;
use ratatui::layout::Alignment;
use ratatui::symbols;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use super::compose::{Composition, Paint};
use super::text::width;

/// Frames any screen and any console font can draw.
const ASCII_BORDER: symbols::border::Set = symbols::border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

pub fn paint(composition: &Composition, buffer: &mut Buffer) {
    let bounds = buffer.area;
    for paint in &composition.paints {
        match paint {
            Paint::Fill { area, style } => buffer.set_style(area.intersection(bounds), *style),
            Paint::Frame {
                area,
                style,
                title,
                title_align,
                ascii,
            } => {
                let mut block = Block::bordered().border_style(*style);
                if *ascii {
                    block = block.border_set(ASCII_BORDER);
                }
                if let Some(title) = title {
                    block = block.title(
                        Line::from(title.as_str())
                            .alignment(*title_align)
                            .style(*style),
                    );
                }
                block.render(area.intersection(bounds), buffer);
            }
            Paint::Text {
                x,
                y,
                width: room,
                text,
                style,
                align,
            } => {
                if *y >= bounds.bottom() || *x >= bounds.right() {
                    continue;
                }
                let used = u16::try_from(width(text)).unwrap_or(*room).min(*room);
                let offset = match align {
                    Alignment::Left => 0,
                    Alignment::Right => room - used,
                    Alignment::Center => (room - used) / 2,
                };
                let start = x + offset;
                let room = usize::from(
                    room.saturating_sub(offset)
                        .min(bounds.right().saturating_sub(start)),
                );
                buffer.set_stringn(start, *y, text, room, *style);
            }
        }
    }
}

/// The action under a cell, if any.
pub fn target_at(composition: &Composition, column: u16, row: u16) -> Option<crate::app::Action> {
    composition
        .targets
        .iter()
        .find(|(area, _)| area.contains(ratatui::layout::Position { x: column, y: row }))
        .map(|(_, action)| action.clone())
}

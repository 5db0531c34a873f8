//! Places a `View` on a screen area: every piece of text in display order at its cell,
//! and the areas a click or touch may hit. `draw` paints the result and `hit` reads it,
//! so what is drawn and what is clickable can never disagree.

use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;

use super::text::{layout, width};
use super::theme::THEME;
use super::view::{BlockKind, View};
use crate::app::Action;
use crate::i18n::{Direction, Text};

/// The smallest screen every layout is designed for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
const MARGIN: u16 = 2;
const BADGE_WIDTH: u16 = 4;

#[derive(Debug, Clone)]
pub enum Paint {
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
    },
}

/// A column of the screen that text is placed in, down to (not including) `bottom`.
#[derive(Debug, Clone, Copy)]
struct Column {
    x: u16,
    width: u16,
    bottom: u16,
}

#[derive(Debug, Clone, Default)]
pub struct Composition {
    pub paints: Vec<Paint>,
    pub targets: Vec<(Rect, Action)>,
}

pub struct Chrome {
    pub app_name: Text,
    pub language: Text,
    pub warning: Option<Text>,
    /// Direction of the screen as a whole (the citizen's language).
    pub direction: Direction,
}

pub fn compose(view: &View, chrome: &Chrome, selected: usize, area: Rect) -> Composition {
    let mut out = Composition::default();
    let rtl = chrome.direction.is_rtl();
    let content_width = area.width.saturating_sub(2 * MARGIN);
    let x0 = area.x + MARGIN;
    let bottom = area.bottom().saturating_sub(1);

    // Header: app name on the reading start, the language on the other side.
    out.paints.push(Paint::Fill {
        area: Rect { height: 1, ..area },
        style: THEME.header,
    });
    let (start, end) = if rtl {
        (Alignment::Right, Alignment::Left)
    } else {
        (Alignment::Left, Alignment::Right)
    };
    out.text_line(
        x0,
        area.y,
        content_width,
        &chrome.app_name,
        THEME.header,
        start,
    );
    out.text_line(
        x0,
        area.y,
        content_width,
        &chrome.language,
        THEME.header,
        end,
    );
    let mut y = area.y + 1;
    if let Some(warning) = &chrome.warning {
        y = out.paragraph(
            Column {
                x: x0,
                width: content_width,
                bottom,
            },
            y,
            warning,
            THEME.warning,
            None,
        );
    }
    y += 1;

    for title in &view.titles {
        y = out.paragraph(
            Column {
                x: x0,
                width: content_width,
                bottom,
            },
            y,
            title,
            THEME.title,
            None,
        );
    }
    if let Some((current, total, label)) = &view.progress {
        y = out.progress(x0, y, content_width, *current, *total, label, rtl);
    }

    // Options have priority over body text: a citizen must always see how to go on.
    let option_heights: Vec<u16> = view
        .options
        .iter()
        .enumerate()
        .map(|(i, _)| option_height(view, i, content_width))
        .collect();
    let keys_y = bottom;
    let space = keys_y.saturating_sub(y + 1);
    let options_needed: u16 = option_heights.iter().sum();
    let blocks_limit = space
        .saturating_sub(options_needed.min(space))
        .saturating_sub(1);
    let blocks_bottom = (y + 1 + blocks_limit).min(keys_y);
    y += 1;
    for block in &view.blocks {
        if y >= blocks_bottom {
            break;
        }
        y = out.block(x0, y, content_width, blocks_bottom, block, rtl) + 1;
    }
    let y = y.min(blocks_bottom);

    let visible = visible_options(&option_heights, selected, keys_y.saturating_sub(y));
    let mut row = y;
    for index in visible {
        row = out.option(view, index, selected, x0, row, content_width, keys_y, rtl);
    }

    out.keys(view, area, keys_y, rtl);
    out
}

/// Lines an option takes: its group heading (when it changes), label and hint.
fn option_height(view: &View, index: usize, width: u16) -> u16 {
    let option = &view.options[index];
    let text_width = usize::from(width.saturating_sub(BADGE_WIDTH + 4));
    let mut lines = layout(&option.label.value, text_width, option.label.direction).len();
    if let Some(hint) = &option.hint {
        lines += layout(&hint.value, text_width, hint.direction).len();
    }
    if starts_group(view, index) {
        lines += 1;
    }
    u16::try_from(lines).unwrap_or(u16::MAX)
}

fn starts_group(view: &View, index: usize) -> bool {
    let group = view.options[index].group.as_ref().map(|g| &g.value);
    group.is_some()
        && (index == 0 || view.options[index - 1].group.as_ref().map(|g| &g.value) != group)
}

/// The options that fit, always including the highlighted one.
fn visible_options(heights: &[u16], selected: usize, space: u16) -> std::ops::Range<usize> {
    let fits_from = |first: usize| {
        let mut used = 0u16;
        let mut last = first;
        for (i, h) in heights.iter().enumerate().skip(first) {
            if used + h > space {
                break;
            }
            used += h;
            last = i + 1;
        }
        last
    };
    let mut first = 0;
    while first < selected && fits_from(first) <= selected {
        first += 1;
    }
    first..fits_from(first)
}

impl Composition {
    fn text_line(
        &mut self,
        x: u16,
        y: u16,
        width: u16,
        text: &Text,
        style: Style,
        align: Alignment,
    ) {
        let line = layout(&text.value, usize::from(width), text.direction)
            .into_iter()
            .next()
            .unwrap_or_default();
        self.paints.push(Paint::Text {
            x,
            y,
            width,
            text: line,
            style,
            align,
        });
    }

    /// Wrapped text; returns the row after it. Stops at `bottom`.
    fn paragraph(
        &mut self,
        column: Column,
        mut y: u16,
        text: &Text,
        style: Style,
        align: Option<Alignment>,
    ) -> u16 {
        let Column { x, width, bottom } = column;
        let align = align.unwrap_or(if text.direction.is_rtl() {
            Alignment::Right
        } else {
            Alignment::Left
        });
        for line in layout(&text.value, usize::from(width), text.direction) {
            if y >= bottom {
                break;
            }
            self.paints.push(Paint::Text {
                x,
                y,
                width,
                text: line,
                style,
                align,
            });
            y += 1;
        }
        y
    }

    #[allow(clippy::too_many_arguments)]
    fn progress(
        &mut self,
        x: u16,
        y: u16,
        width: u16,
        current: usize,
        total: usize,
        label: &Text,
        rtl: bool,
    ) -> u16 {
        let label_line = layout(&label.value, usize::from(width), label.direction)
            .into_iter()
            .next()
            .unwrap_or_default();
        let label_width = u16::try_from(width_of(&label_line)).unwrap_or(width);
        let bar_width = usize::from(width.saturating_sub(label_width + 2).min(40));
        let done = (bar_width * current).checked_div(total).unwrap_or(0);
        let (filled, empty) = (
            THEME.progress_done.repeat(done),
            THEME.progress_todo.repeat(bar_width - done),
        );
        let bar = if rtl {
            format!("{empty}{filled}")
        } else {
            format!("{filled}{empty}")
        };
        let (label_align, bar_x) = if rtl {
            (
                Alignment::Right,
                x + width.saturating_sub(label_width + 2 + bar_width as u16),
            )
        } else {
            (Alignment::Left, x + label_width + 2)
        };
        self.paints.push(Paint::Text {
            x,
            y,
            width,
            text: label_line,
            style: THEME.title,
            align: label_align,
        });
        self.paints.push(Paint::Text {
            x: bar_x,
            y,
            width: bar_width as u16,
            text: bar,
            style: THEME.note,
            align: Alignment::Left,
        });
        y + 1
    }

    fn block(
        &mut self,
        x: u16,
        y: u16,
        width: u16,
        bottom: u16,
        block: &super::view::Block,
        rtl: bool,
    ) -> u16 {
        let style = match block.kind {
            BlockKind::Instruction => THEME.instruction,
            BlockKind::Plain => THEME.plain,
            BlockKind::Tip => THEME.tip,
            BlockKind::Secret => THEME.secret,
            BlockKind::Note => THEME.note,
        };
        let align = if rtl {
            Alignment::Right
        } else {
            Alignment::Left
        };
        if block.kind == BlockKind::Tip {
            // A frame sets the helper's tip apart from what the citizen reads.
            let inner = width.saturating_sub(4);
            let lines = layout(&block.text.value, usize::from(inner), block.text.direction);
            let height =
                (u16::try_from(lines.len()).unwrap_or(0) + 2).min(bottom.saturating_sub(y));
            if height < 3 {
                return y;
            }
            let title = block.label.as_ref().map(|l| {
                format!(
                    " {} ",
                    layout(&l.value, usize::from(inner), l.direction).concat()
                )
            });
            self.paints.push(Paint::Frame {
                area: Rect::new(x, y, width, height),
                style,
                title,
                title_align: align,
            });
            for (i, line) in lines.into_iter().take(usize::from(height - 2)).enumerate() {
                self.paints.push(Paint::Text {
                    x: x + 2,
                    y: y + 1 + i as u16,
                    width: inner,
                    text: line,
                    style,
                    align,
                });
            }
            return y + height;
        }
        let mut y = y;
        if let Some(label) = &block.label {
            y = self.paragraph(
                Column { x, width, bottom },
                y,
                label,
                THEME.title,
                Some(align),
            );
        }
        self.paragraph(
            Column { x, width, bottom },
            y,
            &block.text,
            style,
            Some(align),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn option(
        &mut self,
        view: &View,
        index: usize,
        selected: usize,
        x: u16,
        mut y: u16,
        width: u16,
        bottom: u16,
        rtl: bool,
    ) -> u16 {
        let option = &view.options[index];
        let align = if rtl {
            Alignment::Right
        } else {
            Alignment::Left
        };
        if starts_group(view, index) && y < bottom {
            if let Some(group) = &option.group {
                y = self.paragraph(
                    Column {
                        x,
                        width,
                        bottom: y + 1,
                    },
                    y,
                    group,
                    THEME.group,
                    Some(align),
                );
            }
        }
        let top = y;
        let mark = match option.ticked {
            Some(true) => "[x] ",
            Some(false) => "[ ] ",
            None => "",
        };
        let mark_width = mark.len() as u16;
        let text_width = width.saturating_sub(BADGE_WIDTH + mark_width);
        let (badge_x, mark_x, text_x) = if rtl {
            (
                x + width - (BADGE_WIDTH - 1),
                x + width - BADGE_WIDTH - mark_width,
                x,
            )
        } else {
            (x, x + BADGE_WIDTH, x + BADGE_WIDTH + mark_width)
        };
        let label_style = if index == selected {
            THEME.selected
        } else {
            THEME.title
        };
        let lines = layout(
            &option.label.value,
            usize::from(text_width),
            option.label.direction,
        );
        for (i, line) in lines.into_iter().enumerate() {
            if y >= bottom {
                break;
            }
            if i == 0 {
                let number = if index < 9 {
                    format!(" {} ", index + 1)
                } else {
                    "   ".to_owned()
                };
                self.paints.push(Paint::Text {
                    x: badge_x,
                    y,
                    width: BADGE_WIDTH - 1,
                    text: number,
                    style: THEME.badge,
                    align: Alignment::Left,
                });
                if !mark.is_empty() {
                    let mark = if rtl {
                        format!(" {}", mark.trim_end())
                    } else {
                        mark.to_owned()
                    };
                    self.paints.push(Paint::Text {
                        x: mark_x,
                        y,
                        width: mark_width,
                        text: mark,
                        style: THEME.title,
                        align: Alignment::Left,
                    });
                }
            }
            let line_width = u16::try_from(width_of(&line))
                .unwrap_or(text_width)
                .min(text_width);
            let line_x = if rtl {
                text_x + text_width - line_width
            } else {
                text_x
            };
            self.paints.push(Paint::Text {
                x: line_x,
                y,
                width: line_width,
                text: line,
                style: label_style,
                align: Alignment::Left,
            });
            y += 1;
        }
        if let Some(hint) = &option.hint {
            let direction_align = if hint.direction.is_rtl() {
                Alignment::Right
            } else {
                Alignment::Left
            };
            y = self.paragraph(
                Column {
                    x: text_x,
                    width: text_width,
                    bottom,
                },
                y,
                hint,
                THEME.hint,
                Some(if rtl {
                    Alignment::Right
                } else {
                    direction_align
                }),
            );
        }
        if y > top {
            self.targets
                .push((Rect::new(x, top, width, y - top), Action::Choose(index)));
        }
        y
    }

    fn keys(&mut self, view: &View, area: Rect, y: u16, rtl: bool) {
        if view.keys.is_empty() {
            return;
        }
        let mut cursor = 0u16;
        for hint in &view.keys {
            let label = layout(
                &hint.label.value,
                usize::from(area.width),
                hint.label.direction,
            )
            .concat();
            let key = format!(" {} ", hint.key);
            let key_width = key.len() as u16;
            let label_width = u16::try_from(width_of(&label)).unwrap_or(0) + 1;
            let total = key_width + 1 + label_width;
            if cursor + total > area.width.saturating_sub(2 * MARGIN) {
                break;
            }
            let x = if rtl {
                area.right() - MARGIN - cursor - total
            } else {
                area.x + MARGIN + cursor
            };
            let (key_x, label_x) = if rtl {
                (x + label_width + 1, x)
            } else {
                (x, x + key_width + 1)
            };
            self.paints.push(Paint::Text {
                x: key_x,
                y,
                width: key_width,
                text: key,
                style: THEME.key,
                align: Alignment::Left,
            });
            self.paints.push(Paint::Text {
                x: label_x,
                y,
                width: label_width,
                text: label,
                style: THEME.plain,
                align: Alignment::Left,
            });
            self.targets
                .push((Rect::new(x, y, total, 1), hint.action.clone()));
            cursor += total + 2;
        }
    }
}

fn width_of(text: &str) -> usize {
    width(text)
}

/// The short message shown instead of a broken layout when the window is too small.
pub fn too_small(message: &Text, size: &Text, area: Rect) -> Composition {
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
                style: THEME.title,
                align: Alignment::Center,
            });
            y += 1;
        }
    }
    out
}

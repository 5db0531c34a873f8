//! Puts each kind of piece (header, paragraph, progress bar, block, choice, key hints, bar
//! charts) at its cells, mirrored for a right-to-left screen.

mod bars;

use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;

use super::{Chrome, Composition, Paint};
use crate::app::Action;
use crate::i18n::{Direction, Text};
use crate::ui::big_digits;
use crate::ui::text::{layout, width};
use crate::ui::theme::Theme;
use crate::ui::view::{Block, BlockKind, KeyHint, OptionView, View};

/// Room for the number of a choice: " 1 " and a space.
const BADGE_WIDTH: u16 = 4;
const TICKED: &str = "[x]";
const UNTICKED: &str = "[ ]";

/// A column of the screen, down to (not including) `bottom`.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub x: u16,
    pub width: u16,
    pub bottom: u16,
}

pub struct Placer {
    out: Composition,
    rtl: bool,
    theme: &'static Theme,
}

fn cells(text: &str) -> u16 {
    u16::try_from(width(text)).unwrap_or(u16::MAX)
}

fn first_line(text: &Text, room: u16) -> String {
    layout(&text.value, usize::from(room), text.direction)
        .into_iter()
        .next()
        .unwrap_or_default()
}

impl Placer {
    pub fn new(direction: Direction, theme: &'static Theme) -> Placer {
        Placer {
            out: Composition::default(),
            rtl: direction.is_rtl(),
            theme,
        }
    }

    pub fn finish(self) -> Composition {
        self.out
    }

    /// Where lines start: the right edge on a right-to-left screen, and for right-to-left
    /// text anywhere.
    fn align_for(&self, text: &Text) -> Alignment {
        if self.rtl || text.direction.is_rtl() {
            Alignment::Right
        } else {
            Alignment::Left
        }
    }

    /// A title starts where its own language reads from: the language screen greets each
    /// language in its own words, each from its own side.
    pub fn title(&mut self, column: Column, mut y: u16, text: &Text) -> u16 {
        let align = if text.direction.is_rtl() {
            Alignment::Right
        } else {
            Alignment::Left
        };
        for line in layout(&text.value, usize::from(column.width), text.direction) {
            if y >= column.bottom {
                break;
            }
            self.text(column.x, y, column.width, line, self.theme.title, align);
            y += 1;
        }
        y
    }

    fn text(&mut self, x: u16, y: u16, width: u16, text: String, style: Style, align: Alignment) {
        self.out.paints.push(Paint::Text {
            x,
            y,
            width,
            text,
            style,
            align,
        });
    }

    /// The bar at the top; returns the first free row.
    pub fn header(&mut self, area: Rect, column: Column, chrome: &Chrome) -> u16 {
        self.out.paints.push(Paint::Fill {
            area: Rect { height: 1, ..area },
            style: self.theme.header,
        });
        let (start, end) = if self.rtl {
            (Alignment::Right, Alignment::Left)
        } else {
            (Alignment::Left, Alignment::Right)
        };
        let name = first_line(&chrome.app_name, column.width);
        let language = first_line(&chrome.language, column.width);
        let language_width = cells(&language);
        self.text(
            column.x,
            area.y,
            column.width,
            name,
            self.theme.header,
            start,
        );
        self.text(
            column.x,
            area.y,
            column.width,
            language,
            self.theme.header,
            end,
        );
        if let Some(note) = &chrome.helper_note {
            // Beside the language, on the side away from the app name.
            let room = column.width.saturating_sub(language_width + 3);
            let x = if self.rtl {
                column.x + language_width + 3
            } else {
                column.x
            };
            self.text(
                x,
                area.y,
                room,
                first_line(note, room),
                self.theme.header_note,
                end,
            );
        }
        area.y + 1
    }

    /// Wrapped text; returns the row after it.
    pub fn paragraph(&mut self, column: Column, mut y: u16, text: &Text, style: Style) -> u16 {
        let align = self.align_for(text);
        for line in layout(&text.value, usize::from(column.width), text.direction) {
            if y >= column.bottom {
                break;
            }
            self.text(column.x, y, column.width, line, style, align);
            y += 1;
        }
        y
    }

    /// "Step 3 of 9" and a bar that fills in the reading direction.
    pub fn progress(
        &mut self,
        column: Column,
        y: u16,
        current: usize,
        total: usize,
        label: &Text,
    ) -> u16 {
        if y >= column.bottom {
            return y;
        }
        let label = first_line(label, column.width);
        let label_width = cells(&label);
        let bar_width = column.width.saturating_sub(label_width + 2).min(40);
        let done = (usize::from(bar_width) * current)
            .checked_div(total)
            .unwrap_or(0)
            .min(usize::from(bar_width));
        let (filled, empty) = (
            self.theme.progress_done.repeat(done),
            self.theme
                .progress_todo
                .repeat(usize::from(bar_width) - done),
        );
        let (bar, bar_x, align) = if self.rtl {
            (
                format!("{empty}{filled}"),
                column.x + column.width.saturating_sub(label_width + 2 + bar_width),
                Alignment::Right,
            )
        } else {
            (
                format!("{filled}{empty}"),
                column.x + label_width + 2,
                Alignment::Left,
            )
        };
        self.text(column.x, y, column.width, label, self.theme.title, align);
        self.text(bar_x, y, bar_width, bar, self.theme.note, Alignment::Left);
        y + 1
    }

    pub fn block(&mut self, column: Column, y: u16, block: &Block) -> u16 {
        let style = match block.kind {
            BlockKind::Instruction => self.theme.instruction,
            BlockKind::Plain => self.theme.plain,
            BlockKind::Tip => self.theme.tip,
            BlockKind::Secret => self.theme.secret,
            BlockKind::Note => self.theme.note,
            BlockKind::Large => self.theme.title,
        };
        match block.kind {
            BlockKind::Tip => return self.framed(column, y, block, style),
            BlockKind::Large => return self.large(column, y, &block.text.value, style),
            _ => {}
        }
        let mut y = y;
        if let Some(label) = &block.label {
            y = self.paragraph(column, y, label, self.theme.title);
        }
        self.paragraph(column, y, &block.text, style)
    }

    /// Digits five rows high, centred: the same on a left-to-right and a right-to-left screen.
    fn large(&mut self, column: Column, mut y: u16, digits: &str, style: Style) -> u16 {
        for line in big_digits::lines(digits, self.theme.progress_done) {
            if y >= column.bottom {
                break;
            }
            self.text(column.x, y, column.width, line, style, Alignment::Center);
            y += 1;
        }
        y
    }

    /// A frame sets the helper's tip apart from what the citizen reads.
    fn framed(&mut self, column: Column, y: u16, block: &Block, style: Style) -> u16 {
        let inner = column.width.saturating_sub(4);
        let lines = layout(&block.text.value, usize::from(inner), block.text.direction);
        let height = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2)
            .min(column.bottom.saturating_sub(y));
        if height < 3 {
            return y;
        }
        // A frame reads in its own text's direction: a Dutch helper pane on an Arabic
        // screen starts on the left.
        let align = if block.text.direction.is_rtl() {
            Alignment::Right
        } else {
            Alignment::Left
        };
        let title = block
            .label
            .as_ref()
            .map(|label| format!(" {} ", first_line(label, inner)));
        self.out.paints.push(Paint::Frame {
            area: Rect::new(column.x, y, column.width, height),
            style,
            title,
            title_align: align,
            ascii: self.theme.ascii,
        });
        for (row, line) in (y + 1..).zip(lines.into_iter().take(usize::from(height - 2))) {
            self.text(column.x + 2, row, inner, line, style, align);
        }
        y + height
    }

    /// One numbered choice with its group heading, tick box and hint; clickable as a whole.
    pub fn option(
        &mut self,
        column: Column,
        mut y: u16,
        view: &View,
        index: usize,
        selected: bool,
    ) -> u16 {
        let option = &view.options[index];
        if let Some(group) = option.group.as_ref().filter(|_| starts_group(view, index)) {
            y = self.paragraph(
                Column {
                    bottom: (y + 1).min(column.bottom),
                    ..column
                },
                y,
                group,
                self.theme.group,
            );
        }
        let top = y;
        let mark = option
            .ticked
            .map(|ticked| if ticked { TICKED } else { UNTICKED });
        let lead = BADGE_WIDTH + mark.map_or(0, |m| cells(m) + 1);
        let text_width = column.width.saturating_sub(lead);
        // Number, then tick box, then text, from the reading start.
        let (badge_x, mark_x, text_x) = if self.rtl {
            let right = column.x + column.width;
            (
                right.saturating_sub(BADGE_WIDTH - 1),
                right.saturating_sub(lead - 1),
                column.x,
            )
        } else {
            (column.x, column.x + BADGE_WIDTH, column.x + lead)
        };
        let label_style = if selected {
            self.theme.selected
        } else {
            self.theme.title
        };
        let text_column = Column {
            x: text_x,
            width: text_width,
            bottom: column.bottom,
        };
        let lines = layout(
            &option.label.value,
            usize::from(text_width),
            option.label.direction,
        );
        for (i, line) in lines.into_iter().enumerate() {
            if y >= column.bottom {
                break;
            }
            // Where digits type a number, a badge would promise what a digit does not do.
            if i == 0 && view.numbered {
                let number = if index < 9 {
                    format!(" {} ", index + 1)
                } else {
                    "   ".to_owned()
                };
                self.text(
                    badge_x,
                    y,
                    BADGE_WIDTH - 1,
                    number,
                    self.theme.badge,
                    Alignment::Left,
                );
            }
            if i == 0 {
                if let Some(mark) = mark {
                    self.text(
                        mark_x,
                        y,
                        cells(mark),
                        mark.to_owned(),
                        self.theme.title,
                        Alignment::Left,
                    );
                }
            }
            // Only the text itself is highlighted, not the empty room beside it.
            let used = cells(&line).min(text_width);
            let x = if self.rtl {
                text_x + text_width - used
            } else {
                text_x
            };
            self.text(x, y, used, line, label_style, Alignment::Left);
            y += 1;
        }
        if let Some(hint) = &option.hint {
            let align = self.align_for(hint);
            for line in hint_lines(option, usize::from(text_width), self.theme.ellipsis) {
                if y >= text_column.bottom {
                    break;
                }
                self.text(
                    text_column.x,
                    y,
                    text_column.width,
                    line,
                    self.theme.hint,
                    align,
                );
                y += 1;
            }
        }
        if y > top {
            self.out.targets.push((
                Rect::new(column.x, top, column.width, y - top),
                Action::Choose(index),
            ));
        }
        y
    }

    /// Short choices in columns, filled top to bottom; the first column stands where
    /// reading starts.
    pub fn option_grid(&mut self, column: Column, y: u16, view: &View, selected: usize) {
        let columns = view.columns.max(1);
        let rows = view.options.len().div_ceil(usize::from(columns)).max(1);
        let gap = 2;
        let cell = column.width.saturating_sub(gap * (columns - 1)) / columns;
        for index in 0..view.options.len() {
            let (across, down) = (
                u16::try_from(index / rows).unwrap_or(0),
                u16::try_from(index % rows).unwrap_or(0),
            );
            let row = y + down;
            if row >= column.bottom {
                continue;
            }
            let place = if self.rtl {
                columns - 1 - across
            } else {
                across
            };
            let cell_column = Column {
                x: column.x + place * (cell + gap),
                width: cell,
                bottom: row + 1,
            };
            self.option(cell_column, row, view, index, index == selected);
        }
    }

    /// The key hints on the bottom row, from the reading start; each is clickable.
    /// The key hints at the bottom, from the reading start, on as many rows as
    /// `key_rows` gave them; each is clickable.
    pub fn keys(&mut self, area: Rect, top: u16, margin: u16, keys: &[KeyHint]) {
        let room = area.width.saturating_sub(2 * margin);
        for (row, hints) in key_layout(keys, room).into_iter().enumerate() {
            let y = top + u16::try_from(row).unwrap_or(0);
            let mut used = 0u16;
            for (hint, key, label) in hints {
                let (key_width, label_width) = (cells(&key), cells(&label));
                let total = key_width + 1 + label_width;
                let x = if self.rtl {
                    area.right() - margin - used - total
                } else {
                    area.x + margin + used
                };
                let (key_x, label_x) = if self.rtl {
                    (x + label_width + 1, x)
                } else {
                    (x, x + key_width + 1)
                };
                self.text(key_x, y, key_width, key, self.theme.key, Alignment::Left);
                self.text(
                    label_x,
                    y,
                    label_width,
                    label,
                    self.theme.plain,
                    Alignment::Left,
                );
                self.out
                    .targets
                    .push((Rect::new(x, y, total, 1), hint.action.clone()));
                used += total + KEY_GAP;
            }
        }
    }
}

const KEY_GAP: u16 = 3;

/// Key hints in rows that fit `room`: usually one, two when the labels are long.
fn key_layout(keys: &[KeyHint], room: u16) -> Vec<Vec<(&KeyHint, String, String)>> {
    let mut rows: Vec<Vec<(&KeyHint, String, String)>> = vec![Vec::new()];
    let mut used = 0u16;
    for hint in keys {
        let key = format!(" {} ", hint.key);
        let label = first_line(&hint.label, room);
        let total = cells(&key) + 1 + cells(&label);
        if used > 0 && used + total > room {
            rows.push(Vec::new());
            used = 0;
        }
        used += total + KEY_GAP;
        if let Some(row) = rows.last_mut() {
            row.push((hint, key, label));
        }
    }
    rows
}

/// How many rows the key hints need.
pub fn key_rows(keys: &[KeyHint], room: u16) -> u16 {
    if keys.is_empty() {
        1
    } else {
        u16::try_from(key_layout(keys, room).len()).unwrap_or(1)
    }
}

/// Lines an option takes: its group heading (when it changes), label and hint.
pub fn option_height(view: &View, index: usize, width: u16, ellipsis: &str) -> u16 {
    let option = &view.options[index];
    let mark = option.ticked.map_or(0, |_| cells(TICKED) + 1);
    let room = usize::from(width.saturating_sub(BADGE_WIDTH + mark));
    let mut lines = layout(&option.label.value, room, option.label.direction).len();
    lines += hint_lines(option, room, ellipsis).len();
    if starts_group(view, index) {
        lines += 1;
    }
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// The hint laid out, cut to the option's line limit with "…" where the reading ends.
fn hint_lines(option: &OptionView, room: usize, ellipsis: &str) -> Vec<String> {
    let Some(hint) = &option.hint else {
        return Vec::new();
    };
    let mut lines = layout(&hint.value, room, hint.direction);
    if let Some(limit) = option.hint_lines.filter(|&limit| lines.len() > limit) {
        lines.truncate(limit);
        if let Some(last) = lines.last_mut() {
            let mut kept: String = last.clone();
            while width(&kept) + width(ellipsis) > room {
                if hint.direction.is_rtl() {
                    kept.remove(0);
                } else {
                    kept.pop();
                }
            }
            *last = if hint.direction.is_rtl() {
                format!("{ellipsis}{kept}")
            } else {
                format!("{kept}{ellipsis}")
            };
        }
    }
    lines
}

fn starts_group(view: &View, index: usize) -> bool {
    let group = |i: usize| view.options[i].group.as_ref().map(|g| &g.value);
    group(index).is_some() && (index == 0 || group(index - 1) != group(index))
}

//! Bar charts (the report screen): one line per count with its label, its bar and its
//! number, mirrored for a right-to-left screen. A page longer than the screen scrolls so
//! that the highlighted line stays in view, with a mark where lines are out of view; the
//! blocks (the legend) stand at the bottom.

use ratatui::layout::Alignment;

use super::{Column, Placer, cells};
use crate::i18n::Text;
use crate::ui::text::{layout, width};
use crate::ui::view::{BarRow, View};

/// Between the label, the bar and the number.
const GAP: u16 = 2;
/// Each level of a group within a group goes this much further in.
const STEP: u16 = 2;
/// Labels never take so much room that the bars get less than this share of the line.
const BAR_SHARE: u16 = 3;

/// One line of the charts as they follow each other.
enum Line<'v> {
    Heading(&'v Text),
    Columns(&'v Text, &'v Text),
    /// A line of a note, laid out.
    Note(String, Alignment),
    /// The n-th count of the page.
    Row(usize, &'v BarRow),
    Gap,
}

/// Where the label, the bar and the number of a line stand.
struct Widths {
    label: u16,
    bar: u16,
    value: u16,
}

impl Placer {
    pub fn charts(&mut self, column: Column, top: u16, view: &View, selected: usize) {
        // The legend at the bottom, between empty lines.
        let column = Column {
            bottom: column.bottom.saturating_sub(1).max(top),
            ..column
        };
        let legend: Vec<Vec<String>> = view
            .blocks
            .iter()
            .map(|b| layout(&b.text.value, usize::from(column.width), b.text.direction))
            .collect();
        let legend_height = u16::try_from(legend.iter().map(Vec::len).sum::<usize>())
            .unwrap_or(u16::MAX)
            .min(column.bottom.saturating_sub(top) / 2);
        let bottom = if legend_height > 0 {
            column.bottom.saturating_sub(legend_height + 1)
        } else {
            column.bottom
        };
        let mut y = bottom + u16::from(legend_height > 0);
        for (block, lines) in view.blocks.iter().zip(legend) {
            let align = self.align_for(&block.text);
            for line in lines {
                if y >= column.bottom {
                    break;
                }
                self.text(column.x, y, column.width, line, self.theme.hint, align);
                y += 1;
            }
        }

        let lines = flatten(view, column.width, self.rtl);
        let widths = widths(view, column.width);
        let room = usize::from(bottom.saturating_sub(top));
        let (first, shown, above, below) = window(&lines, selected, room);
        // A page that fits needs no highlight: there is nowhere to scroll to.
        let selected = if above || below { selected } else { usize::MAX };
        let mut y = top;
        for line in lines.iter().skip(first).take(shown) {
            self.chart_line(column, y, line, &widths, selected);
            y += 1;
        }
        if above || below {
            let marks: Vec<&str> = [
                (above, self.theme.more_above),
                (below, self.theme.more_below),
            ]
            .into_iter()
            .filter_map(|(on, mark)| on.then_some(mark))
            .collect();
            let end = if self.rtl {
                Alignment::Left
            } else {
                Alignment::Right
            };
            self.text(
                column.x,
                y,
                column.width,
                marks.join(" "),
                self.theme.hint,
                end,
            );
        }
    }

    fn chart_line(
        &mut self,
        column: Column,
        y: u16,
        line: &Line,
        widths: &Widths,
        selected: usize,
    ) {
        let start = if self.rtl {
            Alignment::Right
        } else {
            Alignment::Left
        };
        match line {
            Line::Gap => {}
            Line::Heading(text) => {
                let heading = fit(text, column.width, self.theme.ellipsis);
                self.text(column.x, y, column.width, heading, self.theme.group, start);
            }
            Line::Note(text, align) => {
                self.text(
                    column.x,
                    y,
                    column.width,
                    text.clone(),
                    self.theme.plain,
                    *align,
                );
            }
            Line::Columns(label, count) => {
                let label = fit(label, widths.label, self.theme.ellipsis);
                let count = fit(count, widths.value, self.theme.ellipsis);
                let (label_x, value_x) = self.columns_x(column, widths);
                self.text(label_x, y, widths.label, label, self.theme.hint, start);
                self.text(
                    value_x,
                    y,
                    widths.value,
                    count,
                    self.theme.hint,
                    Alignment::Right,
                );
            }
            Line::Row(index, row) => {
                let style = if *index == selected {
                    self.theme.selected
                } else if row.total {
                    self.theme.title
                } else {
                    self.theme.plain
                };
                let (label_x, value_x) = self.columns_x(column, widths);
                let indent = (row.depth * STEP).min(widths.label / 2);
                let room = widths.label - indent;
                let label = fit(&row.label, room, self.theme.ellipsis);
                // Only the words are highlighted, as on the lists of choices.
                let used = cells(&label).min(room);
                let x = if self.rtl {
                    label_x + room - used
                } else {
                    label_x + indent
                };
                self.text(x, y, used, label, style, Alignment::Left);
                let length = bar_length(row.share, widths.bar);
                if length > 0 {
                    // The bar grows from the label, in the reading direction.
                    let bar_x = if self.rtl {
                        value_x + widths.value + GAP + (widths.bar - length)
                    } else {
                        label_x + widths.label + GAP
                    };
                    self.text(
                        bar_x,
                        y,
                        length,
                        self.theme.progress_done.repeat(usize::from(length)),
                        self.theme.bar,
                        Alignment::Left,
                    );
                }
                let value = if row.numeric {
                    row.value.value.clone()
                } else {
                    fit(&row.value, widths.value, self.theme.ellipsis)
                };
                self.text(value_x, y, widths.value, value, style, Alignment::Right);
            }
        }
    }

    /// Where the label column and the number column start.
    fn columns_x(&self, column: Column, widths: &Widths) -> (u16, u16) {
        if self.rtl {
            (column.x + column.width - widths.label, column.x)
        } else {
            (column.x, column.x + column.width - widths.value)
        }
    }
}

/// Every chart of the view as lines: heading, note, column heads, counts; an empty line
/// between charts.
fn flatten(view: &View, room: u16, rtl: bool) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut index = 0;
    for (i, chart) in view.charts.iter().enumerate() {
        if i > 0 {
            lines.push(Line::Gap);
        }
        lines.push(Line::Heading(&chart.heading));
        if let Some(note) = &chart.note {
            let align = if rtl || note.direction.is_rtl() {
                Alignment::Right
            } else {
                Alignment::Left
            };
            for text in layout(&note.value, usize::from(room), note.direction) {
                lines.push(Line::Note(text, align));
            }
        }
        // Column heads over groups; a total alone needs none.
        if let Some((label, count)) = chart
            .columns
            .as_ref()
            .filter(|_| chart.rows.iter().any(|r| !r.total))
        {
            lines.push(Line::Columns(label, count));
        }
        for row in &chart.rows {
            lines.push(Line::Row(index, row));
            index += 1;
        }
    }
    lines
}

/// Numbers as wide as the widest; labels as wide as the longest, but never so wide that
/// the bars get less than a third of the line; the bars the rest.
fn widths(view: &View, room: u16) -> Widths {
    let rows = view.charts.iter().flat_map(|c| &c.rows);
    let heads = view.charts.iter().filter_map(|c| c.columns.as_ref());
    let value = rows
        .clone()
        .map(|r| one_line_width(&r.value))
        .chain(heads.clone().map(|(_, count)| one_line_width(count)))
        .max()
        .unwrap_or(1)
        .min(room / 4);
    let longest = rows
        .map(|r| r.depth * STEP + one_line_width(&r.label))
        .chain(heads.map(|(label, _)| one_line_width(label)))
        .max()
        .unwrap_or(1);
    let most = room
        .saturating_sub(value + 2 * GAP)
        .saturating_sub(room / BAR_SHARE);
    let label = longest.min(most).max(1);
    Widths {
        label,
        bar: room.saturating_sub(label + value + 2 * GAP),
        value,
    }
}

fn one_line_width(text: &Text) -> u16 {
    u16::try_from(width(&crate::ui::text::shape(&text.value))).unwrap_or(u16::MAX)
}

/// Cells of a bar: at least one for any count above nothing.
fn bar_length(share: Option<f64>, room: u16) -> u16 {
    match share {
        Some(share) if share > 0.0 => {
            let cells = (share.min(1.0) * f64::from(room)).round();
            // Within 1..=room, so the conversion cannot overflow.
            (cells as u16).clamp(1, room.max(1))
        }
        _ => 0,
    }
}

/// The lines that fit in `room`, the highlighted count among them: (first, how many,
/// lines above, lines below). When not all fit, the last row is kept for the marks.
fn window(lines: &[Line], selected: usize, room: usize) -> (usize, usize, bool, bool) {
    if lines.len() <= room {
        return (0, lines.len(), false, false);
    }
    let room = room.saturating_sub(1);
    let rows = lines.iter().filter(|l| matches!(l, Line::Row(..))).count();
    let wanted = selected.min(rows.saturating_sub(1));
    let at = lines
        .iter()
        .position(|l| matches!(l, Line::Row(i, _) if *i == wanted))
        .unwrap_or(0);
    let first = (at + 1).saturating_sub(room);
    let shown = room.min(lines.len() - first);
    (first, shown, first > 0, first + shown < lines.len())
}

/// `text` on one line of at most `room` cells, cut where its reading ends with an
/// ellipsis when it is longer.
fn fit(text: &Text, room: u16, ellipsis: &str) -> String {
    let room = usize::from(room);
    // Labels are short: one line of this many cells holds any of them whole.
    let line: String = layout(&text.value, 1000, text.direction)
        .into_iter()
        .next()
        .unwrap_or_default();
    if width(&line) <= room {
        return line;
    }
    let rtl = text.direction.is_rtl();
    let mut kept = line;
    while !kept.is_empty() && width(&kept) + width(ellipsis) > room {
        if rtl {
            kept.remove(0);
        } else {
            kept.pop();
        }
    }
    if rtl {
        format!("{ellipsis}{kept}")
    } else {
        format!("{kept}{ellipsis}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_is_at_least_one_cell_and_never_longer_than_its_room() {
        assert_eq!(bar_length(None, 30), 0);
        assert_eq!(bar_length(Some(0.0), 30), 0);
        assert_eq!(bar_length(Some(0.001), 30), 1);
        assert_eq!(bar_length(Some(0.5), 30), 15);
        assert_eq!(bar_length(Some(1.0), 30), 30);
        assert_eq!(bar_length(Some(2.0), 30), 30);
    }
}

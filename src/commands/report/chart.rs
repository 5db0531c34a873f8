//! Inline SVG charts for the HTML report: shapes and text only, no scripts and no
//! references to anything outside the element. Lengths are scaled to the largest
//! *published* count, so no bar reveals a suppressed count; a suppressed one is drawn as a
//! short hatched stub labelled with its marker. Right-to-left pages get mirrored charts.

use std::fmt::Write;

use super::html::escape;
use crate::report_words::Line;
use crate::stats::Shown;

const WIDTH: f64 = 480.0;
const INK: &str = "#245a85";
/// A label longer than this is cut in the chart; the table beside it has it whole.
const LABEL_CHARS: usize = 72;

/// What every chart carries for screen readers.
pub struct Frame<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub rtl: bool,
}

impl Frame<'_> {
    fn open(&self, out: &mut String, width: f64, height: f64) {
        let direction = if self.rtl { " direction=\"rtl\"" } else { "" };
        let _ = write!(
            out,
            "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
             role=\"img\" aria-labelledby=\"{id}-t {id}-d\"{direction}>\n\
             <title id=\"{id}-t\">{title}</title>\n<desc id=\"{id}-d\">{description}</desc>\n",
            id = self.id,
            title = escape(self.title),
            description = escape(self.description),
        );
    }

    /// `x` of a shape from the start edge, mirrored on a right-to-left page.
    fn x(&self, x: f64, width: f64, chart: f64) -> f64 {
        if self.rtl { chart - x - width } else { x }
    }
}

/// Horizontal bars, one per line: the label above, the count after the bar.
pub fn bars(out: &mut String, frame: &Frame, lines: &[&Line]) {
    const ROW: f64 = 40.0;
    const BAR: f64 = 14.0;
    const STUB: f64 = 22.0;
    let longest = WIDTH - 60.0;
    let scale = largest(lines);
    let height = ROW * lines.len() as f64 + 4.0;
    frame.open(out, WIDTH, height);
    for (i, line) in lines.iter().enumerate() {
        let top = ROW * i as f64;
        let label_x = if frame.rtl { WIDTH } else { 0.0 };
        let _ = writeln!(
            out,
            "<text x=\"{label_x}\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            top + 13.0,
            escape(&shorten(&line.label))
        );
        let y = top + 18.0;
        let length = match line.shown {
            Shown::Count(count) => {
                let length = (count as f64 / scale * longest).max(1.5);
                let x = frame.x(0.0, length, WIDTH);
                let _ = writeln!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{length:.1}\" height=\"{BAR}\" fill=\"{INK}\"/>"
                );
                length
            }
            Shown::Small | Shown::Hidden => {
                stub(out, frame.x(0.0, STUB, WIDTH), y, STUB, BAR);
                STUB
            }
        };
        // The count just past the bar's end, read left to right in every language.
        let (x, anchor) = if frame.rtl {
            (WIDTH - length - 6.0, "end")
        } else {
            (length + 6.0, "start")
        };
        let _ = writeln!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"{anchor}\" direction=\"ltr\">{}</text>",
            y + 11.0,
            escape(&line.cell)
        );
    }
    out.push_str("</svg>\n");
}

/// Columns in time order (weeks), each labelled below with its short name.
pub fn columns(out: &mut String, frame: &Frame, lines: &[&Line]) {
    const BOTTOM: f64 = 140.0;
    const TALLEST: f64 = 118.0;
    const STUB: f64 = 12.0;
    let width = WIDTH.max(24.0 * lines.len() as f64);
    let slot = width / lines.len().max(1) as f64;
    let column = slot * 0.6;
    let scale = largest(lines);
    frame.open(out, width, 164.0);
    let _ = writeln!(
        out,
        "<line x1=\"0\" y1=\"{BOTTOM}\" x2=\"{width}\" y2=\"{BOTTOM}\" stroke=\"#777\" stroke-width=\"1\"/>"
    );
    for (i, line) in lines.iter().enumerate() {
        let x = frame.x(slot * i as f64 + (slot - column) / 2.0, column, width);
        let middle = x + column / 2.0;
        let height = match line.shown {
            Shown::Count(count) => {
                let height = (count as f64 / scale * TALLEST).max(1.5);
                let _ = writeln!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{column:.1}\" height=\"{height:.1}\" fill=\"{INK}\"/>",
                    BOTTOM - height
                );
                height
            }
            Shown::Small | Shown::Hidden => {
                stub(out, x, BOTTOM - STUB, column, STUB);
                STUB
            }
        };
        let _ = writeln!(
            out,
            "<text x=\"{middle:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" direction=\"ltr\">{}</text>",
            BOTTOM - height - 4.0,
            escape(&line.cell)
        );
        let _ = writeln!(
            out,
            "<text x=\"{middle:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
            BOTTOM + 16.0,
            escape(&line.short)
        );
    }
    out.push_str("</svg>\n");
}

/// How far the people reached are towards the yearly target.
pub fn progress(out: &mut String, frame: &Frame, part: u64, whole: u64) {
    const HEIGHT: f64 = 20.0;
    let share = if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64).min(1.0)
    };
    let filled = WIDTH * share;
    frame.open(out, WIDTH, HEIGHT + 2.0);
    let _ = writeln!(
        out,
        "<rect x=\"{:.1}\" y=\"1\" width=\"{filled:.1}\" height=\"{HEIGHT}\" fill=\"{INK}\"/>",
        frame.x(0.0, filled, WIDTH)
    );
    let _ = writeln!(
        out,
        "<rect x=\"0.5\" y=\"1\" width=\"{:.1}\" height=\"{HEIGHT}\" fill=\"none\" stroke=\"{INK}\"/>",
        WIDTH - 1.0
    );
    out.push_str("</svg>\n");
}

/// The largest published count, which sets the scale; 1 when none is published.
fn largest(lines: &[&Line]) -> f64 {
    lines
        .iter()
        .filter_map(|l| match l.shown {
            Shown::Count(count) => Some(count),
            _ => None,
        })
        .max()
        .unwrap_or(1)
        .max(1) as f64
}

/// An outlined box with diagonal hatching, the same for every suppressed count.
fn stub(out: &mut String, x: f64, y: f64, width: f64, height: f64) {
    let _ = writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" fill=\"none\" stroke=\"{INK}\"/>"
    );
    // Lines at 45 degrees every 5 units, cut to the box.
    let mut offset = -height;
    while offset < width {
        let (mut x1, mut y1) = (x + offset, y + height);
        let (mut x2, mut y2) = (x + offset + height, y);
        if x1 < x {
            y1 -= x - x1;
            x1 = x;
        }
        if x2 > x + width {
            y2 += x2 - (x + width);
            x2 = x + width;
        }
        if x1 < x2 {
            let _ = writeln!(
                out,
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{INK}\" stroke-width=\"1\"/>"
            );
        }
        offset += 5.0;
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_owned();
    }
    let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
    short.push('…');
    short
}

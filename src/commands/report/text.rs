//! The report as plain text for a terminal of 80 columns: headings underlined, long labels
//! wrapped, the counts of a section right-aligned in one column. Bidi isolation marks are
//! dropped (a terminal shows them as garbage), and no control character from the log ever
//! reaches the terminal.

use textwrap::WordSplitter;
use unicode_width::UnicodeWidthStr;

use crate::report_words::{Body, Document};

pub const WIDTH: usize = 80;
/// Every line of a section starts this far in.
const INDENT: usize = 2;
/// Each level of a group within a group goes this much further in.
const STEP: usize = 2;
/// Between the longest label and the counts.
const GAP: usize = 2;
/// Labels are never squeezed narrower than this, whatever the counts' width.
const NARROWEST: usize = 20;

pub fn render(document: &Document) -> String {
    let mut out = String::new();
    heading(&mut out, &clean(&document.title), '=');
    paragraph(&mut out, &clean(&document.period), 0);
    for section in &document.sections {
        out.push('\n');
        heading(&mut out, &clean(&section.heading), '-');
        match &section.body {
            Body::Figures { figures, .. } => {
                let rows: Vec<_> = figures
                    .iter()
                    .map(|f| (0, clean(&f.label), clean(&f.value)))
                    .collect();
                columns(&mut out, &rows);
            }
            Body::Table(view) => {
                if let Some(note) = &view.note {
                    paragraph(&mut out, &clean(note), INDENT);
                }
                let rows: Vec<_> = view
                    .lines
                    .iter()
                    .map(|l| (l.depth, clean(&l.label), clean(&l.cell)))
                    .collect();
                columns(&mut out, &rows);
            }
        }
    }
    out.push('\n');
    for legend in &document.legend {
        paragraph(&mut out, &clean(legend), 0);
    }
    out
}

fn heading(out: &mut String, text: &str, rule: char) {
    let options = textwrap::Options::new(WIDTH).word_splitter(WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        out.push_str(&line);
        out.push('\n');
    }
    let width = text.width().min(WIDTH);
    out.extend(std::iter::repeat_n(rule, width));
    out.push('\n');
}

fn paragraph(out: &mut String, text: &str, indent: usize) {
    let prefix = " ".repeat(indent);
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(&prefix)
        .subsequent_indent(&prefix)
        .word_splitter(WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// Labels (at their depth) on the left, values right-aligned in one column after the
/// longest label; a label too long for the line wraps, its value on the first line.
fn columns(out: &mut String, rows: &[(usize, String, String)]) {
    let value_width = rows.iter().map(|r| r.2.width()).max().unwrap_or(0);
    let room = WIDTH
        .saturating_sub(INDENT + GAP + value_width)
        .max(NARROWEST);
    let label_width = rows
        .iter()
        .map(|(depth, label, _)| depth * STEP + label.width())
        .max()
        .unwrap_or(0)
        .min(room);
    for (depth, label, value) in rows {
        let indent = (depth * STEP).min(label_width.saturating_sub(NARROWEST / 2));
        let width = (label_width - indent).max(1);
        let options = textwrap::Options::new(width).word_splitter(WordSplitter::NoHyphenation);
        for (i, part) in textwrap::wrap(label, options).iter().enumerate() {
            out.push_str(&" ".repeat(INDENT + indent));
            out.push_str(part);
            if i == 0 {
                let pad = width - part.width().min(width) + GAP + value_width - value.width();
                out.push_str(&" ".repeat(pad));
                out.push_str(value);
            }
            // Trailing spaces would only get in the way of a diff or a paste.
            let trimmed = out.trim_end_matches(' ').len();
            out.truncate(trimmed);
            out.push('\n');
        }
    }
}

/// Without bidi isolation marks and line breaks; control characters (a crafted log could
/// hold escape sequences) become `?`, and overrides that would reorder a line go.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}'))
        .map(|c| match c {
            '\n' | '\t' => ' ',
            c if c.is_control() => '?',
            c => c,
        })
        .collect()
}

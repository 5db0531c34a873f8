//! Lays text out for a terminal that does no bidi or shaping of its own: wrap by cell
//! width in logical order, then per line reorder for display, mirror brackets inside
//! right-to-left runs and strip the invisible marks. Arabic is shaped into presentation
//! forms first, so that widths are measured as they will be drawn (lam-alef is one cell).

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use ar_reshaper::ArabicReshaper;
use ar_reshaper::prelude::{LigatureNames, ReshaperConfig};
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Direction;

/// Directional formatting characters: Fluent's isolation marks and the bare marks. They
/// steer reordering and must never reach the screen.
fn is_invisible_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN))
}

/// Set once at start, from the config: some terminals (Konsole, mlterm) always reorder
/// and shape right-to-left text themselves, and given display order they would reorder it
/// a second time. For them the kiosk sends logical order and leaves both to the terminal.
static TERMINAL_BIDI: AtomicBool = AtomicBool::new(false);

pub fn leave_bidi_to_terminal(yes: bool) {
    TERMINAL_BIDI.store(yes, Ordering::Relaxed);
}

/// Shapes Arabic-script text into presentation forms; other text is returned as is.
pub fn shape(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c))
    {
        return Cow::Borrowed(text);
    }
    thread_local! {
        static RESHAPER: ArabicReshaper = {
            let mut config = ReshaperConfig::default();
            // Only lam-alef: terminal fonts rarely carry the word ligatures.
            config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
            ArabicReshaper::new(config)
        };
    }
    Cow::Owned(RESHAPER.with(|r| r.reshape(text)))
}

/// Breaks `text` into lines of at most `width` cells and returns them in display order.
pub fn layout(text: &str, width: usize, direction: Direction) -> Vec<String> {
    let width = width.max(1);
    let by_terminal = TERMINAL_BIDI.load(Ordering::Relaxed);
    let shaped = if by_terminal {
        Cow::Borrowed(text)
    } else {
        shape(text)
    };
    let mut lines = Vec::new();
    for paragraph in shaped.split('\n') {
        // Never at a hyphen: "2026-11-23", "Tax-on-web" and "078-..." stay whole; only a
        // word longer than the line is cut.
        let options = textwrap::Options::new(width)
            .break_words(true)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let wrapped = textwrap::wrap(paragraph, options);
        if wrapped.is_empty() {
            lines.push(String::new());
        }
        for line in wrapped {
            lines.push(if by_terminal {
                line.chars().filter(|c| !is_invisible_mark(*c)).collect()
            } else {
                visual(&line, direction)
            });
        }
    }
    lines
}

/// Wraps each run of numbers that belong together ("078 170 170", "+32 4", "9.30")
/// in a left-to-right isolate. Without it, a right-to-left line shows the groups of a
/// phone number in reverse order ("170 170 078"), since the spaces between them take
/// the direction of the line.
fn isolate_numbers(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let starts_number = |i: usize| {
        chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
    };
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !starts_number(i) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Extend over digits and the separators between digit groups.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                end = j + 1;
            } else {
                // A separator belongs to the number only when a digit follows it.
                let separator = matches!(chars[j], ' ' | '.' | '-' | '/' | ':' | ',');
                if !separator || !chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                    break;
                }
            }
            j += 1;
        }
        out.push('\u{2066}');
        out.extend(&chars[i..end]);
        out.push('\u{2069}');
        i = end;
    }
    out
}

/// One line in display order, without marks.
pub fn visual(line: &str, direction: Direction) -> String {
    if direction == Direction::Ltr && !has_rtl(line) {
        return line.chars().filter(|c| !is_invisible_mark(*c)).collect();
    }
    let level = match direction {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    };
    let isolated = isolate_numbers(line);
    let line = isolated.as_str();
    let info = BidiInfo::new(line, Some(level));
    let mut out = String::with_capacity(line.len());
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let text = &line[run.clone()];
            if levels[run.start].is_rtl() {
                // Reversed by grapheme, so a letter keeps its combining marks.
                for grapheme in text.graphemes(true).rev() {
                    out.extend(
                        grapheme
                            .chars()
                            .filter(|c| !is_invisible_mark(*c))
                            .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)),
                    );
                }
            } else {
                out.extend(text.chars().filter(|c| !is_invisible_mark(*c)));
            }
        }
    }
    out
}

/// Width in terminal cells of a display-ready string.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_wraps_by_width_and_keeps_order() {
        let lines = layout("Open de website myminfin.be en log in.", 16, Direction::Ltr);
        assert_eq!(lines, ["Open de website", "myminfin.be en", "log in."]);
    }

    #[test]
    fn marks_never_reach_the_screen() {
        let text = "Stap \u{2068}3\u{2069} van \u{2068}9\u{2069}";
        assert_eq!(layout(text, 80, Direction::Ltr), ["Stap 3 van 9"]);
        let arabic = "الخطوة \u{2068}3\u{2069} من \u{2068}9\u{2069}";
        let line = &layout(arabic, 80, Direction::Rtl)[0];
        assert!(!line.chars().any(is_invisible_mark), "{line:?}");
    }

    #[test]
    fn arabic_is_reversed_and_keeps_latin_words_readable() {
        // "open the website myminfin.be": the Latin word keeps its own order.
        let line = &layout("افتح موقع myminfin.be.", 80, Direction::Rtl)[0];
        assert!(line.contains("myminfin.be"), "{line:?}");
        // The sentence end (full stop) is on the left in right-to-left display.
        assert!(line.starts_with('.'), "{line:?}");
        // Arabic letters are shaped: no base letters from U+0600..U+06FF remain.
        assert!(
            !line.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
            "{line:?}"
        );
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        let line = &layout("مرحبا (اليوم)", 80, Direction::Rtl)[0];
        // Display order: the bracket that opens the aside is drawn as "(" on the left of it.
        assert!(line.starts_with('('), "{line:?}");
        assert!(line.contains(')'), "{line:?}");
    }

    #[test]
    fn a_letter_keeps_its_combining_mark_when_reversed() {
        // Beh with a fatha, then teh: reversed by character the fatha would land on teh.
        let line = visual("\u{628}\u{64e}\u{62a}", Direction::Rtl);
        assert_eq!(line, "\u{62a}\u{628}\u{64e}");
    }

    #[test]
    fn a_phone_number_keeps_its_order_in_a_right_to_left_line() {
        // "Call 078 170 170." in Arabic: the number reads left to right as written.
        let line = visual("اتصل بالرقم 078 170 170.", Direction::Rtl);
        assert!(line.contains("078 170 170"), "{line:?}");
        let line = visual("رقم بلجيكي يبدأ بـ +32 4", Direction::Rtl);
        assert!(line.contains("+32 4"), "{line:?}");
        // Numbers in a left-to-right line are untouched.
        assert_eq!(
            visual("Bel 078 170 170.", Direction::Ltr),
            "Bel 078 170 170."
        );
    }

    #[test]
    fn lam_alef_takes_one_cell_after_shaping() {
        let shaped = shape("لا");
        assert_eq!(shaped.chars().count(), 1);
        assert_eq!(width(&shaped), 1);
    }

    #[test]
    fn arabic_wraps_in_logical_order() {
        // Wrapping first keeps the first words on the first line (read from the right).
        let lines = layout("واحد اثنان ثلاثة أربعة خمسة ستة", 16, Direction::Rtl);
        assert_eq!(lines.len(), 2);
        let first = shape("واحد");
        let first_visual: String = first.chars().rev().collect();
        assert!(lines[0].ends_with(&first_visual), "{lines:?}");
        for line in &lines {
            assert!(width(line) <= 16);
        }
    }

    #[test]
    fn fluent_isolation_keeps_punctuation_with_its_word() {
        // "Ahmed! will help you." with the name isolated, as Fluent formats it.
        let line = visual("\u{2068}Ahmed!\u{2069} سيساعدك.", Direction::Rtl);
        assert!(line.ends_with("Ahmed!"), "{line:?}");
    }
}

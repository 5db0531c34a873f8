//! On the Linux text console a character the loaded font lacks shows as garbage. Such a
//! character is drawn as its plain Latin letter (ë as e, ș as s) or, failing that, as "?",
//! so the screen stays readable: a Dutch helper pane beside Tigrinya keeps its words.

use std::collections::HashSet;

use ratatui::buffer::Buffer;

/// Accented Latin letters and typographic signs, and what to draw instead.
const FOLDS: &[(&str, char)] = &[
    ("àáâãäåāăą", 'a'),
    ("ÀÁÂÃÄÅĀĂĄ", 'A'),
    ("çćĉċč", 'c'),
    ("ÇĆĈĊČ", 'C'),
    ("ďđ", 'd'),
    ("ĎĐ", 'D'),
    ("èéêëēĕėęě", 'e'),
    ("ÈÉÊËĒĔĖĘĚ", 'E'),
    ("ĝğġģ", 'g'),
    ("ĜĞĠĢ", 'G'),
    ("ìíîïĩīĭįı", 'i'),
    ("ÌÍÎÏĨĪĬĮİ", 'I'),
    ("ĺļľŀł", 'l'),
    ("ĹĻĽĿŁ", 'L'),
    ("ñńņňŉ", 'n'),
    ("ÑŃŅŇ", 'N'),
    ("òóôõöøōŏő", 'o'),
    ("ÒÓÔÕÖØŌŎŐ", 'O'),
    ("ŕŗř", 'r'),
    ("ŔŖŘ", 'R'),
    ("śŝşšș", 's'),
    ("ŚŜŞŠȘ", 'S'),
    ("ţťŧț", 't'),
    ("ŢŤŦȚ", 'T'),
    ("ùúûüũūŭůűų", 'u'),
    ("ÙÚÛÜŨŪŬŮŰŲ", 'U'),
    ("ýÿŷ", 'y'),
    ("ÝŸŶ", 'Y'),
    ("źżž", 'z'),
    ("ŹŻŽ", 'Z'),
    ("×", 'x'),
    ("«‹", '<'),
    ("»›", '>'),
    ("‘’‚", '\''),
    ("“”„", '"'),
    ("–—·•", '-'),
    ("…", '.'),
];

/// What `c` is drawn as where a font lacks it: a plain letter or sign, or `?`.
pub fn fold(c: char) -> char {
    FOLDS
        .iter()
        .find(|(from, _)| from.contains(c))
        .map_or('?', |&(_, to)| to)
}

/// Replaces, in place, every cell the font cannot draw.
pub fn fold_buffer(buffer: &mut Buffer, repertoire: &HashSet<char>) {
    for cell in buffer.content.iter_mut() {
        let symbol = cell.symbol();
        if symbol.chars().all(|c| c == ' ' || repertoire.contains(&c)) {
            continue;
        }
        let folded: String = symbol
            .chars()
            .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}'))
            .map(|c| if repertoire.contains(&c) { c } else { fold(c) })
            .map(|c| {
                if c == '?' || repertoire.contains(&c) {
                    c
                } else {
                    '?'
                }
            })
            .take(1)
            .collect();
        cell.set_symbol(if folded.is_empty() { " " } else { &folded });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn what_the_font_lacks_becomes_a_plain_letter_or_a_question_mark() {
        let ascii: HashSet<char> = (' '..='~').collect();
        let mut buffer = Buffer::empty(Rect::new(0, 0, 12, 1));
        buffer.set_string(0, 0, "Financiën ș€", ratatui::style::Style::new());
        fold_buffer(&mut buffer, &ascii);
        let line: String = buffer.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(line, "Financien s?");
    }
}

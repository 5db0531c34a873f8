//! A number drawn five rows high, so that a count chosen with digits or arrows reads at a
//! glance from beside the screen. Digits only: numbers keep their order in any language.

/// The rows of each digit, 3 cells wide; `#` is ink.
const GLYPHS: [[&str; 5]; 10] = [
    ["###", "# #", "# #", "# #", "###"],
    [" # ", "## ", " # ", " # ", "###"],
    ["###", "  #", "###", "#  ", "###"],
    ["###", "  #", "###", "  #", "###"],
    ["# #", "# #", "###", "  #", "  #"],
    ["###", "#  ", "###", "  #", "###"],
    ["###", "#  ", "###", "# #", "###"],
    ["###", "  #", "  #", "  #", "  #"],
    ["###", "# #", "###", "# #", "###"],
    ["###", "# #", "###", "  #", "###"],
];

pub const HEIGHT: usize = 5;

/// The digits of `text` as `HEIGHT` lines, drawn with `ink`; other characters are skipped.
pub fn lines(text: &str, ink: &str) -> Vec<String> {
    let glyphs: Vec<&[&str; 5]> = text
        .chars()
        .filter_map(|c| c.to_digit(10))
        .filter_map(|d| GLYPHS.get(usize::try_from(d).ok()?))
        .collect();
    (0..HEIGHT)
        .map(|row| {
            glyphs
                .iter()
                .map(|glyph| glyph[row].replace('#', ink))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_is_two_glyphs_side_by_side() {
        assert_eq!(
            lines("12", "#"),
            [" #  ###", "##    #", " #  ###", " #  #  ", "### ###"]
        );
        assert_eq!(lines("7", "█")[0], "███");
    }
}

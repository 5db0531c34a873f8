//! What a screen shows, before it is placed on the terminal: built by the screen modules
//! from `App`, placed by `compose`, drawn by `draw`.

use crate::app::Action;
use crate::i18n::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The one thing to do now, in large, bold text.
    Instruction,
    Plain,
    /// Only for the helper; never shown in self-service mode.
    Tip,
    /// The citizen types a code alone.
    Secret,
    /// Something calm but important (e.g. where to go next).
    Note,
    /// A number drawn large, centred (a count being chosen).
    Large,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// A heading inside the block's frame (used by tips).
    pub label: Option<Text>,
    pub text: Text,
}

#[derive(Debug, Clone)]
pub struct OptionView {
    pub label: Text,
    /// A second, quieter line under the label.
    pub hint: Option<Text>,
    /// At most this many hint lines, the last one cut with "…" (a list that must fit).
    pub hint_lines: Option<usize>,
    /// For the "what to bring" list: ticked or not.
    pub ticked: Option<bool>,
    /// A group heading shown before this option when it differs from the previous one.
    pub group: Option<Text>,
}

/// A horizontal bar chart: a heading, then one line per count (label, bar, number).
#[derive(Debug, Clone)]
pub struct ChartView {
    pub heading: Text,
    /// The heads of the label and count columns, for a table.
    pub columns: Option<(Text, Text)>,
    /// Why there are no groups: nothing counted, or too few to show.
    pub note: Option<Text>,
    pub rows: Vec<BarRow>,
}

#[derive(Debug, Clone)]
pub struct BarRow {
    pub label: Text,
    /// 0 for the top level; a group within a group is one deeper.
    pub depth: u16,
    /// The bar as a share of the longest, 0 to 1; `None` draws none (a total, a figure,
    /// a count not published).
    pub share: Option<f64>,
    /// The count as published (`12`, `<5`, `x`) or a figure in words (`at least 95`).
    pub value: Text,
    /// Digits and markers, drawn left to right in every language.
    pub numeric: bool,
    pub total: bool,
}

#[derive(Debug, Clone)]
pub struct KeyHint {
    pub key: &'static str,
    pub label: Text,
    pub action: Action,
}

#[derive(Debug, Clone)]
pub struct View {
    /// One line each; the language screen has one per language.
    pub titles: Vec<Text>,
    /// Current step, total steps, and the label that says so.
    pub progress: Option<(usize, usize, Text)>,
    pub blocks: Vec<Block>,
    pub options: Vec<OptionView>,
    /// Short one-line choices (language names) may stand in columns, filled top to bottom.
    pub columns: u16,
    /// Choices carry their number; not where digits type a number instead.
    pub numbered: bool,
    /// Bar charts, one after another; their lines scroll to keep the highlighted one
    /// (`App::selected`) in view. The blocks then stand under them, at the bottom.
    pub charts: Vec<ChartView>,
    pub keys: Vec<KeyHint>,
}

impl Block {
    pub fn new(kind: BlockKind, text: Text) -> Self {
        Block {
            kind,
            label: None,
            text,
        }
    }

    pub fn labelled(kind: BlockKind, label: Text, text: Text) -> Self {
        Block {
            kind,
            label: Some(label),
            text,
        }
    }
}

impl OptionView {
    pub fn new(label: Text) -> Self {
        OptionView {
            label,
            hint: None,
            ticked: None,
            hint_lines: None,
            group: None,
        }
    }

    pub fn with_hint(mut self, hint: Option<Text>) -> Self {
        self.hint = hint;
        self
    }
}

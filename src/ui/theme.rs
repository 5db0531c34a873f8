//! Colours and symbols. The rich look uses only the 16 basic colours; the basic look
//! (a key away, and always on the Linux text console) is monochrome, high-contrast and
//! pure ASCII, so any screen and any console font shows it.

use ratatui::style::{Color, Modifier, Style};

pub struct Theme {
    pub header: Style,
    pub header_note: Style,
    pub title: Style,
    pub instruction: Style,
    pub plain: Style,
    pub hint: Style,
    pub tip: Style,
    pub secret: Style,
    pub note: Style,
    pub warning: Style,
    pub badge: Style,
    pub selected: Style,
    pub group: Style,
    pub key: Style,
    /// The bars of a chart.
    pub bar: Style,
    pub progress_done: &'static str,
    pub progress_todo: &'static str,
    /// Marks that a chart goes on above or below what the screen shows.
    pub more_above: &'static str,
    pub more_below: &'static str,
    /// Frames drawn with + - | instead of box-drawing characters.
    pub ascii: bool,
    pub ellipsis: &'static str,
}

pub const RICH: Theme = Theme {
    header: Style::new().fg(Color::Black).bg(Color::Gray),
    header_note: Style::new().fg(Color::Red).bg(Color::Gray),
    title: Style::new().add_modifier(Modifier::BOLD),
    instruction: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    plain: Style::new(),
    hint: Style::new().fg(Color::Gray),
    tip: Style::new().fg(Color::Cyan),
    secret: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    note: Style::new().fg(Color::Green),
    warning: Style::new().fg(Color::Black).bg(Color::Yellow),
    badge: Style::new()
        .fg(Color::Black)
        .bg(Color::White)
        .add_modifier(Modifier::BOLD),
    selected: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    group: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    key: Style::new().fg(Color::Black).bg(Color::Gray),
    bar: Style::new().fg(Color::Cyan),
    progress_done: "█",
    progress_todo: "░",
    more_above: "▲",
    more_below: "▼",
    ascii: false,
    ellipsis: "…",
};

pub const BASIC: Theme = Theme {
    header: Style::new().add_modifier(Modifier::REVERSED),
    header_note: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    title: Style::new().add_modifier(Modifier::BOLD),
    instruction: Style::new().add_modifier(Modifier::BOLD),
    plain: Style::new(),
    hint: Style::new(),
    tip: Style::new(),
    secret: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    note: Style::new().add_modifier(Modifier::BOLD),
    warning: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    badge: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    selected: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    group: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    key: Style::new().add_modifier(Modifier::REVERSED),
    bar: Style::new(),
    progress_done: "#",
    progress_todo: "-",
    more_above: "^",
    more_below: "v",
    ascii: true,
    ellipsis: "...",
};

pub fn theme(basic: bool) -> &'static Theme {
    if basic { &BASIC } else { &RICH }
}

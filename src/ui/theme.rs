//! Colours and symbols. Only the 16 basic colours, so the Linux text console shows the
//! same as a graphical terminal; everything also reads in monochrome (bold, reverse).

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
    pub progress_done: &'static str,
    pub progress_todo: &'static str,
}

pub const THEME: Theme = Theme {
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
    progress_done: "█",
    progress_todo: "░",
};

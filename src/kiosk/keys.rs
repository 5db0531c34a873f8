//! The only place that knows terminal events: turns keys, clicks and touches into
//! `Action`s. No chord is ever needed by a citizen.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;

use crate::app::{Action, App};

pub fn action(app: &App, event: &Event, screen: Rect) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => key_action(key),
        Event::Mouse(mouse) if mouse.kind == MouseEventKind::Down(MouseButton::Left) => {
            crate::ui::hit(app, screen, mouse.column, mouse.row)
        }
        _ => None,
    }
}

fn key_action(key: &KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        // The helper leaves with Ctrl-C (the core ignores it in kiosk mode); every other
        // chord is ignored, so Ctrl-Z, Ctrl-\, Ctrl-D, Ctrl-S never suspend or freeze.
        return matches!(key.code, KeyCode::Char('c')).then_some(Action::Quit);
    }
    Some(match key.code {
        KeyCode::Char(c @ '0'..='9') => Action::Digit(c as u8 - b'0'),
        KeyCode::Up => Action::MoveSelection(-1),
        KeyCode::Down | KeyCode::Tab => Action::MoveSelection(1),
        KeyCode::BackTab => Action::MoveSelection(-1),
        KeyCode::Enter | KeyCode::Char(' ') => Action::Activate,
        KeyCode::Esc | KeyCode::Backspace => Action::Back,
        KeyCode::Left => Action::ArrowLeft,
        KeyCode::Right => Action::ArrowRight,
        KeyCode::PageDown => Action::NextPage,
        KeyCode::PageUp => Action::PreviousPage,
        KeyCode::F(2) => Action::OpenLanguage,
        KeyCode::F(3) => Action::OpenHelperLanguage,
        KeyCode::F(4) => Action::ToggleLook,
        KeyCode::F(5) => Action::Speak,
        KeyCode::F(9) => Action::OpenDesk,
        KeyCode::F(10) => Action::Stop,
        KeyCode::Char('q' | 'Q') => Action::Quit,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        key_action(&KeyEvent::new(code, modifiers))
    }

    #[test]
    fn digits_are_digits_and_the_core_decides_what_they_choose() {
        assert_eq!(
            press(KeyCode::Char('1'), KeyModifiers::NONE),
            Some(Action::Digit(1))
        );
        assert_eq!(
            press(KeyCode::Char('0'), KeyModifiers::NONE),
            Some(Action::Digit(0))
        );
        assert_eq!(
            press(KeyCode::Char('9'), KeyModifiers::NONE),
            Some(Action::Digit(9))
        );
    }

    #[test]
    fn only_ctrl_c_quits_and_other_chords_do_nothing() {
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
        // Suspend, quit with a core dump, end of input, stop and start output: in raw
        // mode they are keys like any other, and none of them does anything.
        for chord in ['z', '\\', 'd', 's', 'q', '1'] {
            assert_eq!(
                press(KeyCode::Char(chord), KeyModifiers::CONTROL),
                None,
                "{chord}"
            );
        }
        assert_eq!(
            press(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
    }

    #[test]
    fn page_keys_turn_pages_in_any_reading_direction() {
        assert_eq!(
            press(KeyCode::PageDown, KeyModifiers::NONE),
            Some(Action::NextPage)
        );
        assert_eq!(
            press(KeyCode::PageUp, KeyModifiers::NONE),
            Some(Action::PreviousPage)
        );
    }

    #[test]
    fn escape_and_backspace_go_back() {
        assert_eq!(press(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
        assert_eq!(
            press(KeyCode::Backspace, KeyModifiers::NONE),
            Some(Action::Back)
        );
    }
}

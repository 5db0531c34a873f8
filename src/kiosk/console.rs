//! The Linux text console (a virtual terminal, often the only screen of an old PC): it
//! draws only what its 512-glyph font holds, with 8 to 16 colours and no shaping.

use std::io::IsTerminal;

/// KDGKBTYPE: asks the keyboard type, which only a Linux virtual console answers.
const KDGKBTYPE: libc::c_ulong = 0x4B33;

/// True on a Linux virtual console: `TERM=linux`, or a terminal that answers KDGKBTYPE
/// (the way subiquity tells it apart from an emulator that also says `linux`).
pub fn on_text_console() -> bool {
    std::env::var("TERM").is_ok_and(|term| term == "linux") || answers_kdgkbtype()
}

fn answers_kdgkbtype() -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    let mut kind: libc::c_char = 0;
    // SAFETY: KDGKBTYPE writes one byte into `kind`, which lives across the call; any other
    // terminal answers with an error and writes nothing.
    let answer = unsafe { libc::ioctl(libc::STDIN_FILENO, KDGKBTYPE as _, &mut kind) };
    answer == 0
}

/// Loads console fonts per language with `setfont` (or another command), and gives the
/// console its default font back when the kiosk ends.
pub struct FontSwitcher {
    command: Option<String>,
    changed: bool,
}

impl FontSwitcher {
    /// `command` is what loads a font file named as its argument, and the default font
    /// without one (`setfont` does both); `None` switches nothing.
    pub fn new(command: Option<String>) -> FontSwitcher {
        FontSwitcher {
            command,
            changed: false,
        }
    }

    pub fn can_switch(&self) -> bool {
        self.command.is_some()
    }

    pub fn load(&mut self, font: Option<&str>) {
        let Some(command) = &self.command else { return };
        let mut run = std::process::Command::new(command);
        run.args(font)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // A font that will not load leaves the console as it was; the picker still offers
        // only what it showed before.
        if run.status().is_ok_and(|s| s.success()) {
            self.changed = font.is_some();
        }
    }
}

impl Drop for FontSwitcher {
    fn drop(&mut self) {
        if self.changed {
            self.load(None);
        }
    }
}

/// `setfont` where the kiosk runs on the console and it is installed.
pub fn default_font_command() -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .any(|dir| dir.join("setfont").is_file())
        .then(|| "setfont".to_owned())
}

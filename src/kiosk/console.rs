//! The Linux text console (a virtual terminal, often the only screen of an old PC): it
//! draws only what its 512-glyph font holds, with 8 to 16 colours and no shaping.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

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
/// console its own font back when the kiosk ends.
pub struct FontSwitcher {
    command: Option<String>,
    changed: bool,
    /// The console's font as it was before the first switch (`setfont -O`). Debian has
    /// no "default" font file, so `setfont` without a font would fail there and leave
    /// the last citizen's script on the console.
    saved: Option<PathBuf>,
    tried_to_save: bool,
}

impl FontSwitcher {
    /// `command` is what loads a font file named as its argument, saves the current one
    /// with `-O FILE`, and loads the default font without an argument (`setfont` does all
    /// three); `None` switches nothing.
    pub fn new(command: Option<String>) -> FontSwitcher {
        FontSwitcher {
            command,
            changed: false,
            saved: None,
            tried_to_save: false,
        }
    }

    pub fn can_switch(&self) -> bool {
        self.command.is_some()
    }

    /// Loads `font`, or with `None` the console's own font again.
    pub fn load(&mut self, font: Option<&str>) {
        if self.command.is_none() {
            return;
        }
        if font.is_some() && !self.tried_to_save {
            self.tried_to_save = true;
            self.saved = self.save_current();
        }
        let argument: Option<OsString> = match font {
            Some(font) => Some(font.into()),
            None => self.saved.as_ref().map(|path| path.as_os_str().to_owned()),
        };
        // A font that will not load leaves the console as it was; the picker still offers
        // only what it showed before.
        if self.run(argument.as_slice()) {
            self.changed = font.is_some();
        }
    }

    fn save_current(&self) -> Option<PathBuf> {
        let path =
            std::env::temp_dir().join(format!("digipunt-console-font-{}.psf", std::process::id()));
        self.run(&["-O".into(), path.clone().into_os_string()])
            .then_some(path)
    }

    fn run(&self, args: &[OsString]) -> bool {
        let Some(command) = &self.command else {
            return false;
        };
        std::process::Command::new(command)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for FontSwitcher {
    fn drop(&mut self) {
        if self.changed {
            self.load(None);
        }
        if let Some(saved) = &self.saved {
            let _ = std::fs::remove_file(saved);
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

/// Where Debian's console-setup keeps its fonts.
pub const FONT_DIR: &str = "/usr/share/consolefonts";

/// The characters a console font can draw, read from its Unicode table (PSF1 or PSF2,
/// gzipped or not).
pub fn font_repertoire(path: &std::path::Path) -> std::io::Result<std::collections::HashSet<char>> {
    use std::io::Read;
    let raw = std::fs::read(path)?;
    let mut data = Vec::new();
    if raw.starts_with(&[0x1f, 0x8b]) {
        flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut data)?;
    } else {
        data = raw;
    }
    parse_psf(&data).ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{}: not a PSF font with a Unicode table", path.display()),
        )
    })
}

fn parse_psf(data: &[u8]) -> Option<std::collections::HashSet<char>> {
    let word = |at: usize| -> Option<usize> {
        Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    let mut found = std::collections::HashSet::new();
    if data.starts_with(&[0x72, 0xb5, 0x4a, 0x86]) {
        // PSF2: header, glyphs, then per glyph UTF-8 characters ended by 0xFF; 0xFE starts
        // a combining sequence, which draws no single character.
        let (header, flags, count, size) = (word(8)?, word(12)?, word(16)?, word(20)?);
        if flags & 1 == 0 {
            return None;
        }
        let table = data.get(header + count * size..)?;
        for entry in table.split(|&b| b == 0xff) {
            let singles = entry.split(|&b| b == 0xfe).next().unwrap_or_default();
            found.extend(
                String::from_utf8_lossy(singles)
                    .chars()
                    .filter(|&c| c != '\u{fffd}'),
            );
        }
    } else if data.starts_with(&[0x36, 0x04]) {
        // PSF1: 256 or 512 glyphs, then UCS-2 entries ended by 0xFFFF.
        let (mode, size) = (*data.get(2)?, usize::from(*data.get(3)?));
        if mode & 0x02 == 0 {
            return None;
        }
        let count = if mode & 0x01 == 1 { 512 } else { 256 };
        let table = data.get(4 + count * size..)?;
        let mut in_sequence = false;
        for pair in table.chunks_exact(2) {
            match u16::from_le_bytes([pair[0], pair[1]]) {
                0xffff => in_sequence = false,
                0xfffe => in_sequence = true,
                unit if !in_sequence => found.extend(char::from_u32(u32::from(unit))),
                _ => {}
            }
        }
    } else {
        return None;
    }
    Some(found)
}

#[cfg(test)]
mod switching {
    use super::*;

    /// A stand-in for `setfont` that writes down how it was called.
    fn recording_command(dir: &std::path::Path) -> (String, PathBuf) {
        use std::os::unix::fs::PermissionsExt;
        let log = dir.join("calls");
        let script = dir.join("setfont");
        std::fs::write(
            &script,
            format!("#!/bin/sh\necho \"$*\" >> {}\n", log.display()),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        (script.display().to_string(), log)
    }

    #[test]
    fn the_consoles_own_font_is_saved_before_the_first_switch_and_loaded_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let (command, log) = recording_command(dir.path());
        let mut fonts = FontSwitcher::new(Some(command));
        fonts.load(Some("Arabic-Fixed16"));
        fonts.load(Some("Ethiopian-Fixed18"));
        drop(fonts);
        let calls = std::fs::read_to_string(log).unwrap();
        let lines: Vec<&str> = calls.lines().collect();
        assert_eq!(lines.len(), 4, "{calls}");
        let saved = lines[0].strip_prefix("-O ").expect("saved first");
        assert_eq!(lines[1..3], ["Arabic-Fixed16", "Ethiopian-Fixed18"]);
        assert_eq!(lines[3], saved, "the saved font comes back");
    }

    #[test]
    fn nothing_is_loaded_back_when_nothing_was_switched() {
        let dir = tempfile::tempdir().unwrap();
        let (command, log) = recording_command(dir.path());
        drop(FontSwitcher::new(Some(command)));
        assert!(!log.exists());
    }
}

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

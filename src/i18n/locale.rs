//! What a locale declares about itself in `locales/<tag>/locale.toml`.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// Whether a native speaker has checked the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Source,
    Draft,
    Reviewed,
}

/// What a screen needs to show a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Display {
    /// The Linux text console's standard 512-glyph fonts draw it; the named one (e.g.
    /// Uni2-Fixed16) is loaded for it where the kiosk may switch fonts.
    Console(Option<String>),
    /// The console can draw it with this special font, because the app shapes and
    /// reorders the text itself (Arabic-Fixed16, Ethiopian-Fixed18).
    ConsoleFont(String),
    /// Only a Unicode terminal with full fonts and shaping shows it correctly.
    Unicode,
}

#[derive(Debug, Clone)]
pub struct LocaleMeta {
    pub endonym: String,
    pub direction: Direction,
    /// ISO 15924 code, e.g. `Latn`, `Arab`.
    pub script: String,
    pub status: Status,
    /// CLDR plural categories its whole numbers use, as the locale declares them.
    pub plurals: Vec<String>,
    pub display: Display,
    /// The language's name in Latin letters, for screens that cannot draw its script.
    pub latin_name: String,
    /// The espeak-ng voice that reads it aloud, where one exists.
    pub voice: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocaleMeta {
    endonym: String,
    direction: toml::Spanned<String>,
    script: String,
    status: toml::Spanned<String>,
    plurals: Vec<String>,
    display: toml::Spanned<String>,
    console_font: Option<String>,
    latin_name: Option<String>,
    voice: Option<String>,
}

impl RawLocaleMeta {
    /// Converts to the checked form, or names the field that is wrong and where.
    pub(super) fn check(self) -> Result<LocaleMeta, (usize, String)> {
        let direction = match self.direction.get_ref().as_str() {
            "ltr" => Direction::Ltr,
            "rtl" => Direction::Rtl,
            other => {
                return Err((
                    self.direction.span().start,
                    format!("direction \"{other}\" must be \"ltr\" or \"rtl\""),
                ));
            }
        };
        let status = match self.status.get_ref().as_str() {
            "source" => Status::Source,
            "draft" => Status::Draft,
            "reviewed" => Status::Reviewed,
            other => {
                return Err((
                    self.status.span().start,
                    format!("status \"{other}\" must be \"source\", \"draft\" or \"reviewed\""),
                ));
            }
        };
        let at = self.display.span().start;
        let display = match (self.display.get_ref().as_str(), self.console_font) {
            ("console", font) => Display::Console(font),
            ("console-font", Some(font)) => Display::ConsoleFont(font),
            ("unicode", None) => Display::Unicode,
            ("console-font", None) => {
                return Err((
                    at,
                    "display \"console-font\" needs `console_font`, e.g. \"Arabic-Fixed16\""
                        .to_owned(),
                ));
            }
            ("unicode", Some(_)) => {
                return Err((at, "a \"unicode\" locale has no `console_font`".to_owned()));
            }
            (other, _) => {
                return Err((
                    at,
                    format!(
                        "display \"{other}\" must be \"console\", \"console-font\" or \"unicode\""
                    ),
                ));
            }
        };
        let latin_name = self.latin_name.unwrap_or_else(|| self.endonym.clone());
        Ok(LocaleMeta {
            endonym: self.endonym,
            direction,
            script: self.script,
            status,
            plurals: self.plurals,
            display,
            latin_name,
            voice: self.voice,
        })
    }
}

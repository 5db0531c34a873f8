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

#[derive(Debug, Clone)]
pub struct LocaleMeta {
    pub endonym: String,
    pub direction: Direction,
    /// ISO 15924 code, e.g. `Latn`, `Arab`.
    pub script: String,
    pub status: Status,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocaleMeta {
    endonym: String,
    direction: toml::Spanned<String>,
    script: String,
    status: toml::Spanned<String>,
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
        Ok(LocaleMeta {
            endonym: self.endonym,
            direction,
            script: self.script,
            status,
        })
    }
}

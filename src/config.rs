//! The digipunt's own settings (`config.toml`): location code, database, content folder,
//! start language, export threshold and local details of referral places. Parsed into a
//! raw form that rejects unknown keys, then checked into `Config`.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::app::LocalReferral;
use crate::source::diagnostics::line_of;
use crate::stats::{DEFAULT_THRESHOLD, MIN_THRESHOLD};

/// A year and the month before it: a full year can always be compared with the last.
pub const DEFAULT_RETENTION_MONTHS: u32 = 13;
/// The largest yearly target of people: a typo guard, far above any digipunt's reach.
const MOST_PEOPLE: u64 = 1_000_000;

#[derive(Debug, Clone)]
pub struct Config {
    pub kiosk: String,
    pub database: Option<PathBuf>,
    pub content: Option<PathBuf>,
    pub language: String,
    /// The helper's own language, shown beside the citizen's in helper mode.
    pub helper_language: String,
    pub suppress_below: u64,
    /// Rows older than this many whole months (before the current one) are folded into
    /// monthly counts and deleted.
    pub retention_months: u32,
    pub referrals: Vec<LocalReferral>,
    /// Without input for this long, the kiosk asks "are you still there?".
    pub idle_after: Duration,
    /// How long it waits for an answer before the screen starts over.
    pub idle_countdown: Duration,
    /// Where the take-home summary file is written.
    pub summary_dir: Option<PathBuf>,
    /// The command that prints it (empty: never print); default `lpr` when installed.
    pub printer: Option<String>,
    /// The command that loads console fonts (empty: never); default `setfont` on the console.
    pub setfont: Option<String>,
    /// The read-aloud command, espeak-ng compatible (empty: no speech); default espeak-ng.
    pub speech: Option<String>,
    /// `bidi = "terminal"`: the terminal reorders right-to-left text itself.
    pub terminal_bidi: bool,
    /// People the digipunt means to reach in a year, for reports.
    pub reach_target: Option<u64>,
    /// The argon2id hash of the helper PIN (`digipunt set-pin`); never the PIN itself.
    pub helper_pin: Option<String>,
    /// A public kiosk: no key leaves or suspends it; the helper's menu (and leaving)
    /// needs the PIN.
    pub kiosk_mode: bool,
    /// Where the settings came from, for messages; `None` when only defaults apply.
    pub file: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kiosk: "unnamed".to_owned(),
            database: None,
            content: None,
            language: crate::i18n::SOURCE_LOCALE.to_owned(),
            helper_language: crate::i18n::SOURCE_LOCALE.to_owned(),
            suppress_below: DEFAULT_THRESHOLD,
            retention_months: DEFAULT_RETENTION_MONTHS,
            referrals: Vec::new(),
            idle_after: Duration::from_secs(3 * 60),
            idle_countdown: Duration::from_secs(30),
            summary_dir: None,
            printer: None,
            setfont: None,
            speech: None,
            terminal_bidi: false,
            reach_target: None,
            helper_pin: None,
            kiosk_mode: false,
            file: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    kiosk: Option<toml::Spanned<String>>,
    database: Option<PathBuf>,
    content: Option<PathBuf>,
    language: Option<String>,
    helper_language: Option<String>,
    suppress_below: Option<toml::Spanned<u64>>,
    retention_months: Option<toml::Spanned<u32>>,
    idle_minutes: Option<toml::Spanned<u64>>,
    summary_dir: Option<PathBuf>,
    printer: Option<String>,
    setfont: Option<String>,
    speech: Option<String>,
    bidi: Option<toml::Spanned<String>>,
    idle_countdown_seconds: Option<toml::Spanned<u64>>,
    /// Taken as any value, so that a wrong one is reported with the key's name.
    reach_target: Option<toml::Spanned<toml::Value>>,
    helper_pin: Option<toml::Spanned<String>>,
    kiosk_mode: Option<bool>,
    #[serde(default)]
    referral: BTreeMap<String, RawLocalReferral>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocalReferral {
    address: Option<String>,
    hours: Option<String>,
    phone: Option<String>,
    note: Option<String>,
}

#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// Reads `path`; a missing file is fine only when `required` is false (the default path).
pub fn load(path: &Path, required: bool) -> Result<Config, ConfigError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound && !required => return Ok(Config::default()),
        Err(e) => return Err(ConfigError(format!("{}: {e}", path.display()))),
    };
    parse(&text, path)
}

pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let at = |offset: usize, message: String| {
        ConfigError(format!(
            "{}:{}: {message}",
            path.display(),
            line_of(text, offset)
        ))
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(0, |s| line_of(text, s.start));
        ConfigError(format!("{}:{line}: {}", path.display(), e.message().trim()))
    })?;
    let mut config = Config {
        file: Some(path.to_owned()),
        ..Config::default()
    };
    if let Some(kiosk) = raw.kiosk {
        if !is_location_code(kiosk.get_ref()) {
            return Err(at(
                kiosk.span().start,
                "`kiosk` must be 1-40 lowercase letters, digits or '-', e.g. \"brugge-bib-1\""
                    .to_owned(),
            ));
        }
        config.kiosk = kiosk.into_inner();
    }
    if let Some(threshold) = raw.suppress_below {
        if *threshold.get_ref() < MIN_THRESHOLD {
            return Err(at(
                threshold.span().start,
                format!("`suppress_below` must be at least {MIN_THRESHOLD}"),
            ));
        }
        config.suppress_below = threshold.into_inner();
    }
    if let Some(months) = raw.retention_months {
        if !(1..=120).contains(months.get_ref()) {
            return Err(at(
                months.span().start,
                "`retention_months` must be from 1 to 120".to_owned(),
            ));
        }
        config.retention_months = months.into_inner();
    }
    if let Some(minutes) = raw.idle_minutes {
        if !(1..=60).contains(minutes.get_ref()) {
            return Err(at(
                minutes.span().start,
                "`idle_minutes` must be from 1 to 60".to_owned(),
            ));
        }
        config.idle_after = Duration::from_secs(minutes.into_inner() * 60);
    }
    if let Some(seconds) = raw.idle_countdown_seconds {
        if !(10..=300).contains(seconds.get_ref()) {
            return Err(at(
                seconds.span().start,
                "`idle_countdown_seconds` must be from 10 to 300".to_owned(),
            ));
        }
        config.idle_countdown = Duration::from_secs(seconds.into_inner());
    }
    if let Some(target) = raw.reach_target {
        let people = target
            .get_ref()
            .as_integer()
            .and_then(|n| u64::try_from(n).ok())
            .filter(|n| (1..=MOST_PEOPLE).contains(n));
        let Some(people) = people else {
            return Err(at(
                target.span().start,
                format!(
                    "`reach_target` must be a whole number from 1 to {MOST_PEOPLE} (people in a year)"
                ),
            ));
        };
        config.reach_target = Some(people);
    }
    if let Some(pin) = raw.helper_pin {
        if !crate::pin::is_stored_hash(pin.get_ref()) {
            return Err(at(
                pin.span().start,
                "`helper_pin` holds the PIN's hash, never the PIN: set it with `digipunt set-pin`"
                    .to_owned(),
            ));
        }
        config.helper_pin = Some(pin.into_inner());
    }
    config.kiosk_mode = raw.kiosk_mode.unwrap_or(false);
    config.database = raw.database;
    config.summary_dir = raw.summary_dir;
    config.printer = raw.printer;
    config.setfont = raw.setfont;
    config.speech = raw.speech;
    if let Some(bidi) = raw.bidi {
        config.terminal_bidi = match bidi.get_ref().as_str() {
            "app" => false,
            "terminal" => true,
            other => {
                return Err(at(
                    bidi.span().start,
                    format!("`bidi` must be \"app\" or \"terminal\", not \"{other}\""),
                ));
            }
        };
    }
    config.content = raw.content;
    if let Some(language) = raw.language {
        config.language = language;
    }
    if let Some(language) = raw.helper_language {
        config.helper_language = language;
    }
    config.referrals = raw
        .referral
        .into_iter()
        .map(|(id, r)| LocalReferral {
            id,
            address: r.address,
            hours: r.hours,
            phone: r.phone,
            note: r.note,
        })
        .collect();
    Ok(config)
}

/// Location codes end up in every record and every export: keep them plain.
pub fn is_location_code(code: &str) -> bool {
    (1..=40).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Config, ConfigError> {
        parse(text, Path::new("config.toml"))
    }

    #[test]
    fn reads_every_key() {
        let config = parse_str(
            "kiosk = \"brugge-bib-1\"\nlanguage = \"fr\"\nsuppress_below = 10\n\n[referral.municipality]\naddress = \"Burg 12\"\nhours = \"ma-vr 9-12\"\n",
        )
        .unwrap();
        assert_eq!(config.kiosk, "brugge-bib-1");
        assert_eq!(config.language, "fr");
        assert_eq!(config.suppress_below, 10);
        assert_eq!(config.referrals[0].address.as_deref(), Some("Burg 12"));
    }

    #[test]
    fn unknown_keys_are_reported_with_their_line() {
        let error = parse_str("kiosk = \"a\"\ncolour = \"red\"\n")
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("config.toml:2:"), "{error}");
        assert!(error.contains("colour"), "{error}");
    }

    #[test]
    fn retention_is_whole_months_within_reason() {
        assert_eq!(parse_str("").unwrap().retention_months, 13);
        assert_eq!(
            parse_str("retention_months = 24\n")
                .unwrap()
                .retention_months,
            24
        );
        let error = parse_str("\nretention_months = 0\n")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("config.toml:2:") && error.contains("from 1 to 120"),
            "{error}"
        );
    }

    #[test]
    fn a_low_threshold_is_refused() {
        let error = parse_str("suppress_below = 1\n").unwrap_err().to_string();
        assert!(
            error.contains("config.toml:1:") && error.contains("at least 3"),
            "{error}"
        );
    }

    #[test]
    fn a_reach_target_is_a_number_of_people() {
        assert_eq!(
            parse_str("reach_target = 1000\n").unwrap().reach_target,
            Some(1000)
        );
        assert_eq!(Config::default().reach_target, None);
        for wrong in ["reach_target = 0\n", "reach_target = 5000000\n"] {
            let error = parse_str(wrong).unwrap_err().to_string();
            assert!(
                error.starts_with("config.toml:1:") && error.contains("`reach_target`"),
                "{error}"
            );
        }
        let error = parse_str("kiosk = \"a\"\nreach_target = \"many\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("config.toml:2:") && error.contains("`reach_target`"),
            "{error}"
        );
    }

    #[test]
    fn location_codes_are_plain() {
        assert!(is_location_code("brugge-bib-1"));
        assert!(!is_location_code("Brugge bib"));
        assert!(!is_location_code(""));
    }

    #[test]
    fn a_pin_is_stored_only_as_its_hash() {
        let error = parse_str("kiosk = \"a\"\nhelper_pin = \"123456\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("config.toml:2:") && error.contains("digipunt set-pin"),
            "{error}"
        );
        let hash = crate::pin::hash("123456").unwrap();
        let config = parse_str(&format!("helper_pin = \"{hash}\"\nkiosk_mode = true\n")).unwrap();
        assert_eq!(config.helper_pin.as_deref(), Some(hash.as_str()));
        assert!(config.kiosk_mode);
        assert!(!Config::default().kiosk_mode);
    }
}

//! What each command does, on settings already read from the command line and config.

mod check;
mod export;
mod kiosk;
mod merge;
mod progress;
mod prune;
#[cfg(debug_assertions)]
mod record_loop;
mod report;
mod set_pin;

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

pub use check::check;
pub use export::export;
pub use kiosk::kiosk;
pub use merge::merge;
pub use prune::prune;
#[cfg(debug_assertions)]
pub use record_loop::record_loop;
pub use report::report;
pub use set_pin::set_pin;

use crate::cli::Common;
use crate::config::{self, Config};
use crate::content::{Content, ContentFiles, Diagnostics};

/// The config file merged with command-line overrides.
pub fn settings(common: &Common) -> Result<Config> {
    let mut config = match (&common.config, crate::paths::default_config()) {
        (Some(path), _) => config::load(path, true)?,
        (None, Some(path)) => config::load(&path, false)?,
        (None, None) => Config::default(),
    };
    if let Some(kiosk) = &common.kiosk {
        if !config::is_location_code(kiosk) {
            bail!("--kiosk must be 1-40 lowercase letters, digits or '-', e.g. brugge-bib-1");
        }
        config.kiosk = kiosk.clone();
    }
    if common.db.is_some() {
        config.database = common.db.clone();
    }
    if common.content.is_some() {
        config.content = common.content.clone();
    }
    Ok(config)
}

/// What the config names must exist in the content: local referral places, the start
/// language and the helper's language. `check` and the kiosk refuse the same settings.
pub fn check_settings(config: &Config, content: &Content) -> Result<()> {
    let file = config
        .file
        .as_ref()
        .map_or_else(String::new, |f| format!("{}: ", f.display()));
    for local in &config.referrals {
        if content.library.referral(&local.id).is_none() {
            bail!(
                "{file}[referral.{}]: no such referral (see assets/referrals.toml)",
                local.id
            );
        }
    }
    for (key, tag) in [
        ("helper_language", &config.helper_language),
        ("language", &config.language),
    ] {
        if content.catalog.find(tag).is_none() {
            bail!(
                "{file}`{key} = \"{tag}\"`: no such language; choose from {}",
                language_tags(content)
            );
        }
    }
    Ok(())
}

/// Every language of the content, for a message that names a wrong one.
pub fn language_tags(content: &Content) -> String {
    let tags: Vec<&str> = content
        .catalog
        .locales()
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    tags.join(", ")
}

pub fn database(config: &Config) -> PathBuf {
    config
        .database
        .clone()
        .unwrap_or_else(crate::paths::default_database)
}

pub enum Loaded {
    Ok(Content),
    Broken(Diagnostics),
}

/// What to do with the embedded copy, which the test suite has validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embedded {
    /// Parse and validate it all again (`digipunt check`).
    Validate,
    /// Take the build's compiled tables (the kiosk, reports): fast and light.
    Compiled,
}

/// The content folder from the settings (always validated), or the embedded copy.
pub fn load_content(config: &Config, today: NaiveDate, embedded: Embedded) -> Result<Loaded> {
    let loaded = match &config.content {
        Some(dir) => Content::load(
            &ContentFiles::from_dir(dir)
                .with_context(|| format!("cannot read content from {}", dir.display()))?,
            today,
        ),
        None => match embedded {
            Embedded::Validate => Content::load(&ContentFiles::embedded(), today),
            Embedded::Compiled => Content::embedded(today),
        },
    };
    Ok(match loaded {
        Ok(content) => Loaded::Ok(content),
        Err(diagnostics) => Loaded::Broken(diagnostics),
    })
}

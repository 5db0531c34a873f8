//! `digipunt check`: the same validation the kiosk runs at start, and nothing else.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use chrono::Local;

use super::{Loaded, load_content, settings};
use crate::cli::Common;

pub fn check(common: &Common) -> Result<ExitCode> {
    let config = settings(common)?;
    let today = Local::now().date_naive();
    match load_content(&config, today)? {
        Loaded::Broken(diagnostics) => {
            eprint!("{diagnostics}");
            let errors = diagnostics.errors().count();
            eprintln!("digipunt: content has {errors} error(s); nothing was changed");
            Ok(ExitCode::FAILURE)
        }
        Loaded::Ok(content) => {
            for warning in &content.warnings {
                println!("{warning}");
            }
            let mut untranslated: BTreeMap<&str, usize> = BTreeMap::new();
            for warning in &content.warnings {
                if let Some(tag) = warning
                    .file
                    .strip_prefix("locales/")
                    .and_then(|p| p.split('/').next())
                {
                    *untranslated.entry(tag).or_default() += 1;
                }
            }
            let catalog = &content.catalog;
            println!(
                "ok: {} checklists, {} languages",
                content.library.checklists.len(),
                catalog.locales().len()
            );
            for locale in catalog.locales() {
                let status = match locale.meta.status {
                    crate::i18n::Status::Source => "source",
                    crate::i18n::Status::Draft => "draft",
                    crate::i18n::Status::Reviewed => "reviewed",
                };
                let warnings = untranslated.get(locale.tag.as_str()).copied().unwrap_or(0);
                println!(
                    "  {:<6} {:<9} {} messages, {warnings} warning(s)",
                    locale.tag,
                    status,
                    locale.index.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

//! `digipunt check`: the same validation the kiosk runs at start, and nothing else. It
//! fails on an error, and on any gap in a shipped translation (the kiosk would fall back).

use std::process::ExitCode;

use anyhow::Result;
use chrono::Local;

use super::{Embedded, Loaded, load_content, settings};
use crate::cli::Common;
use crate::content::{Content, Severity};
use crate::i18n::Status;

pub fn check(common: &Common) -> Result<ExitCode> {
    let config = settings(common)?;
    let today = Local::now().date_naive();
    let content = match load_content(&config, today, Embedded::Validate)? {
        Loaded::Ok(content) => content,
        Loaded::Broken(diagnostics) => {
            eprint!("{diagnostics}");
            let errors = diagnostics.errors().count();
            eprintln!("digipunt: content has {errors} error(s); nothing was changed");
            return Ok(ExitCode::FAILURE);
        }
    };
    super::check_settings(&config, &content)?;
    for warning in &content.warnings {
        println!("{warning}");
    }
    println!(
        "ok: {} checklists, {} languages",
        content.library.checklists.len(),
        content.catalog.locales().len()
    );
    // What read-aloud can say on this machine, with the same command the kiosk would use.
    let speaker = crate::kiosk::Speaker::new(match &config.speech {
        Some(command) if command.is_empty() => None,
        Some(command) => Some(command.clone()),
        None => crate::kiosk::default_speech_command(),
    });
    let voices = speaker.voices();
    let mut complete = true;
    for locale in content.catalog.locales() {
        let gaps = gaps_of(&content, &locale.tag);
        complete &= gaps == 0;
        let status = match locale.meta.status {
            Status::Source => "source",
            Status::Draft => "draft",
            Status::Reviewed => "reviewed",
        };
        let speech = match &locale.meta.voice {
            Some(voice) if voices.contains(voice) => format!("read-aloud: {voice}"),
            Some(voice) => format!("read-aloud: needs voice {voice}"),
            None => "read-aloud: no voice".to_owned(),
        };
        println!(
            "  {:<6} {:<9} {} messages, {gaps} gap(s), {speech}",
            locale.tag,
            status,
            locale.index.len()
        );
    }
    if complete {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("digipunt: some translations are incomplete (see the lines marked `incomplete`)");
        Ok(ExitCode::FAILURE)
    }
}

/// Translation gaps found in one locale's folder.
fn gaps_of(content: &Content, tag: &str) -> usize {
    let folder = format!("locales/{tag}/");
    content
        .warnings
        .iter()
        .filter(|w| w.severity == Severity::Incomplete && w.file.starts_with(&folder))
        .count()
}

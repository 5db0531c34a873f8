//! The kiosk: validate everything before touching the terminal, then run.

use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::Local;

use super::{Embedded, Loaded, database, load_content, settings};
use crate::app::{App, Clock, Settings};
use crate::cli::Common;
use crate::i18n::Display;
use crate::kiosk::{
    FONT_DIR, FontSwitcher, Printer, Recorder, Speaker, default_font_command,
    default_print_command, default_speech_command, font_repertoire,
};
use crate::store::cutoff;

/// Exit codes for a supervisor (systemd): 0 a normal end; 1 a setting or start-up error;
/// 2 broken content; 3 ended with rows that could not be written; 101 a panic (a bug).
const BROKEN_CONTENT: u8 = 2;
const UNSAVED: u8 = 3;
const PANICKED: u8 = 101;

pub fn kiosk(common: &Common, kiosk_mode: bool) -> Result<ExitCode> {
    let config = settings(common)?;
    let kiosk_mode = kiosk_mode || config.kiosk_mode;
    if kiosk_mode && config.helper_pin.is_none() {
        // Without a PIN nobody could ever leave or count at the desk.
        bail!("kiosk mode needs a helper PIN: set one first with `digipunt set-pin`");
    }
    let database = database(&config);
    crate::kiosk::crash::install(crate::kiosk::crash::log_beside(&database));
    let now = Local::now().naive_local();
    let mut content = match load_content(&config, now.date(), Embedded::Compiled)? {
        Loaded::Ok(content) => content,
        Loaded::Broken(diagnostics) => {
            eprint!("{diagnostics}");
            eprintln!(
                "digipunt: the content has errors; fix them (see `digipunt check`) and start again"
            );
            return Ok(ExitCode::from(BROKEN_CONTENT));
        }
    };
    super::check_settings(&config, &content)?;
    let console = crate::kiosk::on_text_console();
    let fonts = FontSwitcher::new(match &config.setfont {
        Some(command) if command.is_empty() => None,
        Some(command) => Some(command.clone()),
        None if console => default_font_command(),
        None => None,
    });
    let speaker = Speaker::new(match &config.speech {
        Some(command) if command.is_empty() => None,
        Some(command) => Some(command.clone()),
        None => default_speech_command(),
    });
    // What each console font draws, so that nothing shows as garbage on the console.
    let mut console_repertoires = std::collections::HashMap::new();
    if console && fonts.can_switch() {
        for locale in content.catalog.locales() {
            if let Display::Console(Some(font)) | Display::ConsoleFont(font) = &locale.meta.display
            {
                if let Ok(repertoire) =
                    font_repertoire(&std::path::Path::new(FONT_DIR).join(format!("{font}.psf.gz")))
                {
                    console_repertoires.insert(font.clone(), repertoire);
                }
            }
        }
    }
    content.catalog.release_indexes();
    // SAFETY: malloc_trim only returns free memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    let settings = Settings {
        kiosk: config.kiosk.clone(),
        default_language: config.language.clone(),
        helper_language: config.helper_language.clone(),
        console,
        console_fonts: fonts.can_switch(),
        voices: Vec::new(),
        terminal_bidi: config.terminal_bidi,
        console_repertoires,
        local_referrals: config.referrals.clone(),
        idle_after: config.idle_after,
        idle_countdown: config.idle_countdown,
        kiosk_mode,
        pin_required: config.helper_pin.is_some(),
        suppress_below: config.suppress_below,
        reach_target: config.reach_target,
    };
    crate::ui::text::leave_bidi_to_terminal(config.terminal_bidi);
    let clock = Clock {
        monotonic: std::time::Duration::ZERO,
        wall: now,
    };
    let recorder =
        Recorder::new(&database).with_retention(cutoff(now.date(), config.retention_months));
    let printer = Printer {
        file: config
            .summary_dir
            .clone()
            .unwrap_or_else(crate::paths::default_data_dir)
            .join("summary.txt"),
        command: match &config.printer {
            Some(command) if command.is_empty() => None,
            Some(command) => Some(command.clone()),
            None => default_print_command(),
        },
    };
    let ending = crate::kiosk::run(
        App::new(std::rc::Rc::new(content), settings, clock),
        recorder,
        &printer,
        fonts,
        speaker,
        config.helper_pin.clone(),
    )?;
    if ending.unsaved > 0 {
        eprintln!(
            "digipunt: {} interaction(s) could not be written to {}: {}",
            ending.unsaved,
            ending.database.display(),
            ending.error.as_deref().unwrap_or("unknown error")
        );
    }
    Ok(if ending.panicked {
        // Rust's own code for a panic, so a supervisor sees the same either way.
        ExitCode::from(PANICKED)
    } else if ending.unsaved > 0 {
        ExitCode::from(UNSAVED)
    } else {
        ExitCode::SUCCESS
    })
}

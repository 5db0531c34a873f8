//! `digipunt set-pin`: asks for the helper PIN twice without showing it, and writes only
//! its hash into the config file, which nobody but its owner (and group) can read.

use std::fs;
use std::io::{self, BufRead, IsTerminal, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::Common;
use crate::config;
use crate::pin;

const KEY: &str = "helper_pin";

pub fn set_pin(common: &Common) -> Result<ExitCode> {
    let Some(path) = common.config.clone().or_else(crate::paths::default_config) else {
        bail!("no config folder on this system; name the file with --config");
    };
    let pin = read_pin()?;
    let hash = pin::hash(&pin)?;
    drop(pin);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let updated = with_pin(&text, &hash);
    // The rest of the file must still be a valid config: never write one the kiosk refuses.
    config::parse(&updated, &path)?;
    write_private(&path, &updated)?;
    eprintln!(
        "digipunt: the helper PIN is set (only its hash is stored, in {}; nobody but its owner and group can read it)",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// From a terminal: hidden, asked twice. From a pipe (an install script): one line.
fn read_pin() -> Result<String> {
    let pin = if io::stdin().is_terminal() {
        let first = rpassword::prompt_password(format!(
            "New helper PIN ({} to {} digits): ",
            pin::MIN_DIGITS,
            pin::MAX_DIGITS
        ))?;
        if !pin::is_well_formed(&first) {
            bail!("{}", pin::PinError::Shape);
        }
        let second = rpassword::prompt_password("The same PIN again: ")?;
        if first != second {
            bail!("the two PINs differ; nothing was changed");
        }
        first
    } else {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    if !pin::is_well_formed(&pin) {
        bail!("{}", pin::PinError::Shape);
    }
    Ok(pin)
}

/// `text` with its top-level `helper_pin` replaced, or added before the first table.
pub fn with_pin(text: &str, hash: &str) -> String {
    let line = format!("{KEY} = \"{hash}\"");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let first_table = lines
        .iter()
        .position(|l| l.trim_start().starts_with('['))
        .unwrap_or(lines.len());
    let existing = lines[..first_table].iter().position(|l| {
        l.trim_start()
            .strip_prefix(KEY)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    });
    match existing {
        Some(index) => lines[index] = line,
        None => {
            lines.insert(first_table, line);
            lines.insert(
                first_table,
                "# The helper PIN's argon2 hash: change it with `digipunt set-pin`.".to_owned(),
            );
        }
    }
    let mut updated = lines.join("\n");
    updated.push('\n');
    updated
}

/// Written beside the old file and renamed over it. A new file is its owner's alone
/// (0600); an existing one keeps its owner and group (the kiosk user's group may read a
/// root-owned config, see docs/DEPLOY.md) but never more than 0640: nobody else reads it.
fn write_private(path: &Path, text: &str) -> Result<()> {
    let existing = fs::metadata(path).ok();
    let mode = existing
        .as_ref()
        .map_or(0o600, |m| (m.permissions().mode() & 0o640) | 0o600);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let temporary = partial(path);
    let result = (|| -> io::Result<()> {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&temporary)?;
        if let Some(existing) = &existing {
            // Only root may give a file away; anyone else keeps it as their own.
            let _ = std::os::unix::fs::fchown(&file, Some(existing.uid()), Some(existing.gid()));
        }
        // Also narrows a leftover file from an earlier try.
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}

fn partial(path: &Path) -> PathBuf {
    let name = path.file_name().map_or_else(
        || "config.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    path.with_file_name(format!(".{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_line_is_replaced_or_added_before_the_first_table() {
        assert_eq!(
            with_pin("kiosk = \"a\"\n\n[referral.ocmw]\nphone = \"1\"\n", "H"),
            "kiosk = \"a\"\n\n# The helper PIN's argon2 hash: change it with `digipunt set-pin`.\nhelper_pin = \"H\"\n[referral.ocmw]\nphone = \"1\"\n"
        );
        assert_eq!(
            with_pin("helper_pin = \"OLD\"\nkiosk = \"a\"\n", "NEW"),
            "helper_pin = \"NEW\"\nkiosk = \"a\"\n"
        );
        assert!(with_pin("", "H").contains("helper_pin = \"H\"\n"));
        // A key of the same prefix is not the PIN.
        assert!(with_pin("helper_pins_note = 1\n", "H").contains("helper_pins_note = 1"));
    }
}

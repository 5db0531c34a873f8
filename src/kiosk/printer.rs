//! Writing the take-home summary where the citizen can take it: a plain text file, sent to
//! the printer when one is set up. It contains checklist text only.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::app::SummaryStatus;

pub struct Printer {
    /// Where the summary file goes (overwritten each time: it is never a record).
    pub file: PathBuf,
    /// A command that prints a file given as its last argument (e.g. `lpr`).
    pub command: Option<String>,
}

impl Printer {
    pub fn print(&self, text: &str) -> SummaryStatus {
        if write(&self.file, text).is_err() {
            return SummaryStatus::Failed;
        }
        let Some(command) = &self.command else {
            return SummaryStatus::Saved(self.file.display().to_string());
        };
        let printed = Command::new(command)
            .arg(&self.file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if printed {
            SummaryStatus::Printed
        } else {
            SummaryStatus::Saved(self.file.display().to_string())
        }
    }
}

fn write(path: &Path, text: &str) -> io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, text)
}

/// `lpr` when it is installed, so a digipunt with a printer prints without settings.
pub fn default_command() -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .any(|dir| dir.join("lpr").is_file())
        .then(|| "lpr".to_owned())
}

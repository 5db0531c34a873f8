//! `digipunt export`: counts for a period, grouped as asked, small counts suppressed.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::{database, settings};
use crate::cli::{Common, ExportArgs, FormatArg};
use crate::stats::{Dimension, Export, Format, MIN_THRESHOLD, Table, count_by};
use crate::store::Store;

pub fn export(common: &Common, args: &ExportArgs) -> Result<ExitCode> {
    let config = settings(common)?;
    if args.from > args.to {
        bail!("--from {} is after --to {}", args.from, args.to);
    }
    let mut by = Vec::new();
    for name in &args.by {
        let name = name.trim();
        let Some(dimension) = Dimension::parse(name) else {
            let known: Vec<&str> = Dimension::ALL.iter().map(|d| d.name()).collect();
            bail!("--by: unknown \"{name}\"; choose from {}", known.join(", "));
        };
        if !by.contains(&dimension) {
            by.push(dimension);
        }
    }
    let threshold = args.suppress_below.unwrap_or(config.suppress_below);
    if threshold < MIN_THRESHOLD {
        bail!(
            "--suppress-below must be at least {MIN_THRESHOLD}, so that no small group can be singled out"
        );
    }
    let path = database(&config);
    let store = Store::open_read_only(&path)
        .with_context(|| format!("cannot read the log {}", path.display()))?;
    let groups = count_by(store.connection(), args.from, args.to, &by)?;
    let table = Table::build(&groups, by.len(), threshold);
    let export = Export {
        from: args.from,
        to: args.to,
        by: &by,
        threshold,
        table: &table,
    };
    let format = match (args.format, args.csv_standard) {
        (FormatArg::Csv, false) => Format::Csv,
        (FormatArg::Csv, true) => Format::CsvStandard,
        (FormatArg::Json, false) => Format::Json,
        (FormatArg::Json, true) => bail!("--csv-standard goes with --format csv"),
    };
    match &args.out {
        Some(out) => write_atomically(out, |file| export.write(format, file))?,
        None => {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            match export.write(format, &mut lock).and_then(|()| lock.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes next to the target and renames, so a full or pulled USB stick never leaves a
/// half-written file that looks complete.
pub(super) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let temporary = path.with_file_name(format!(".{name}.partial"));
    let result = (|| -> io::Result<()> {
        let mut file = io::BufWriter::new(fs::File::create(&temporary)?);
        write(&mut file)?;
        let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}

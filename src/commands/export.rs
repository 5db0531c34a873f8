//! `digipunt export`: counts for a period, grouped as asked, small counts suppressed; or,
//! with `--anonymous-rows`, the stored rows themselves for pooling kiosks.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::progress::Progress;
use super::{database, settings};
use crate::cli::{Common, ExportArgs, FormatArg};
use crate::config::Config;
use crate::stats::{Dimension, Export, Format, MIN_THRESHOLD, Table, count_by};
use crate::store::Store;
use crate::store::rows::{self, format, format::Header};

pub fn export(common: &Common, args: &ExportArgs) -> Result<ExitCode> {
    let config = settings(common)?;
    if args.anonymous_rows {
        return anonymous_rows(&config, args);
    }
    // clap asks for both unless --anonymous-rows is given.
    let (Some(from), Some(to)) = (args.from, args.to) else {
        bail!("counts need a period: --from DATE --to DATE");
    };
    if from > to {
        bail!("--from {from} is after --to {to}");
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
    let groups = count_by(store.connection(), from, to, &by)?;
    let table = Table::build(&groups, by.len(), threshold);
    let export = Export {
        from,
        to,
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
        Some(out) => write_atomically(out, |file| Ok(export.write(format, file)?))?,
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

/// `--anonymous-rows`: every stored row of the period, for `digipunt merge` (docs/DATA.md).
fn anonymous_rows(config: &Config, args: &ExportArgs) -> Result<ExitCode> {
    let period = match (args.from, args.to) {
        (Some(from), Some(to)) if from > to => bail!("--from {from} is after --to {to}"),
        (Some(from), Some(to)) => Some((from, to)),
        (None, None) => None,
        _ => bail!("give both --from and --to, or neither for every row"),
    };
    let Some(out) = &args.out else {
        bail!("--anonymous-rows needs --out FILE");
    };
    let path = database(config);
    let mut written = (0, 0);
    // The file is created first: without the stick, the log is not even opened.
    write_atomically(out, |file| {
        let store = Store::open_read_only(&path)
            .with_context(|| format!("cannot read the log {}", path.display()))?;
        // One read transaction: the header's counts and the rows come from the same
        // moment, even while a kiosk keeps writing.
        let snapshot = store.connection().unchecked_transaction()?;
        let (interaction_rows, group_session_rows) = rows::count(&snapshot, period)?;
        written = (interaction_rows, group_session_rows);
        let header = Header {
            written: chrono::Local::now().date_naive(),
            period,
            interaction_rows,
            group_session_rows,
        };
        let mut progress = Progress::new(
            format!("exporting {}", out.display()),
            interaction_rows + group_session_rows,
        );
        format::write_header(file, &header)?;
        rows::for_each(&snapshot, period, |row| -> Result<()> {
            if let Err(reason) = format::check(&row) {
                bail!(
                    "the log holds a row this format cannot carry (id {}): {reason}",
                    row.id()
                );
            }
            format::write_row(file, &row)?;
            progress.add(1);
            Ok(())
        })
    })?;
    println!(
        "{}: {} interaction rows and {} group session rows written",
        out.display(),
        written.0,
        written.1
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes next to the target and renames, so a full or pulled USB stick never leaves a
/// half-written file that looks complete.
pub(super) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let temporary = path.with_file_name(format!(".{name}.partial"));
    let result = (|| -> Result<()> {
        let mut file = io::BufWriter::with_capacity(1 << 16, fs::File::create(&temporary)?);
        write(&mut file)?;
        let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        Ok(fs::rename(&temporary, path)?)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}

//! The command line: the kiosk (default) and the coordinator/maintainer commands.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "digipunt",
    version,
    about = "A help-point kiosk for essential online tasks; keeps only anonymous counts."
)]
pub struct Cli {
    #[command(flatten)]
    pub common: Common,
    /// A public kiosk: no key combination leaves or suspends it; the helper's menu and
    /// leaving need the helper PIN (also `kiosk_mode = true` in the config)
    #[arg(long)]
    pub kiosk_mode: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Settings file [default: the platform config folder, e.g. ~/.config/digipunt/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The interaction log [default: the platform data folder, e.g. ~/.local/share/digipunt/digipunt.sqlite]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// A folder with assets/ and locales/ to use instead of the built-in content
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Location code written in every record, e.g. brugge-bib-1
    #[arg(long, global = true, value_name = "CODE")]
    pub kiosk: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklists and translations; prints every problem with file and line
    Check,
    /// Print anonymous counts for a period, grouped as asked
    Export(ExportArgs),
    /// Load anonymous-rows files (from `export --anonymous-rows`) into the log given by --db;
    /// the same file twice adds nothing
    Merge(MergeArgs),
    /// A report of a period for funders: plain text, or one HTML page to attach
    Report(ReportArgs),
    /// Fold rows past the retention period into monthly counts, then delete them
    Prune(PruneArgs),
    /// Set the helper PIN (6 to 12 digits); only its hash is written into the config file
    SetPin,
    /// Tests only, in debug builds: writes numbered test rows to a log of their own in a
    /// loop, for the kill -9 harness (tests/crash.rs, benches/crash.py)
    #[cfg(debug_assertions)]
    #[command(hide = true)]
    RecordLoop(RecordLoopArgs),
}

#[cfg(debug_assertions)]
#[derive(Debug, Args)]
pub struct RecordLoopArgs {
    /// Stop after this many rows [default: never]
    #[arg(long, value_name = "N")]
    pub rows: Option<u32>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Keep rows of the current month and this many months before it
    /// [default: `retention_months` from the config, else 13]
    #[arg(long, value_name = "MONTHS")]
    pub older_than: Option<u32>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// First day, e.g. 2026-01-01 (for --anonymous-rows: optional, all rows by default)
    #[arg(long, value_name = "DATE", required_unless_present = "anonymous_rows")]
    pub from: Option<chrono::NaiveDate>,
    /// Last day (included), e.g. 2026-03-31
    #[arg(long, value_name = "DATE", required_unless_present = "anonymous_rows")]
    pub to: Option<chrono::NaiveDate>,
    /// Group by these, comma-separated: task, category, language, outcome, problem, mode,
    /// channel, first_visit, age_band, kiosk, week, month, daypart, referral
    #[arg(
        long,
        value_name = "LIST",
        value_delimiter = ',',
        default_value = "task"
    )]
    pub by: Vec<String>,
    /// csv: for a spreadsheet in Dutch or French (opens as is); json: for tools
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,
    /// Plain CSV for tools: commas, no byte order mark
    #[arg(long)]
    pub csv_standard: bool,
    /// Write to this file instead of the screen
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Show counts below this as "<N" [default: from the config, else 5; never below 3]
    #[arg(long, value_name = "N")]
    pub suppress_below: Option<u64>,
    /// Instead of counts, every anonymous row (of the period, if given) for pooling kiosks
    /// with `digipunt merge`: JSON Lines, described in docs/DATA.md
    #[arg(
        long,
        requires = "out",
        conflicts_with_all = ["by", "format", "csv_standard", "suppress_below"]
    )]
    pub anonymous_rows: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Files written by `digipunt export --anonymous-rows`, each loaded whole or not at all
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day, e.g. 2026-01-01
    #[arg(long, value_name = "DATE")]
    pub from: chrono::NaiveDate,
    /// Last day (included), e.g. 2026-12-31
    #[arg(long, value_name = "DATE")]
    pub to: chrono::NaiveDate,
    /// Only this table, as `export --by` counts it (text only): task, category, language,
    /// outcome, problem, mode, channel, first_visit, age_band, kiosk, week, month,
    /// daypart, referral
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub by: Vec<String>,
    /// text: to read in a terminal; html: one page with charts, to attach or print
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to this file instead of the screen
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The report's language, e.g. nl, fr, en [default: helper_language from the config, else nl]
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// Show counts below this as "<N" [default: from the config, else 5; never below 3]
    #[arg(long, value_name = "N")]
    pub suppress_below: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Html,
}

//! Command-line parsing and dispatch only.

use std::process::ExitCode;

use clap::Parser;
use digipunt::cli::{Cli, Command};
use digipunt::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        None => commands::kiosk(&cli.common, cli.kiosk_mode),
        Some(Command::Check) => commands::check(&cli.common),
        Some(Command::Export(args)) => commands::export(&cli.common, args),
        Some(Command::Prune(args)) => commands::prune(&cli.common, args),
        Some(Command::Report(args)) => commands::report(&cli.common, args),
        Some(Command::Merge(args)) => commands::merge(&cli.common, args),
        Some(Command::SetPin) => commands::set_pin(&cli.common),
        #[cfg(debug_assertions)]
        Some(Command::RecordLoop(args)) => commands::record_loop(&cli.common, args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("digipunt: {error:#}");
        ExitCode::FAILURE
    })
}

//! Command-line parsing and dispatch only.

use std::process::ExitCode;

use clap::Parser;
use digipunt::cli::{Cli, Command};
use digipunt::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_some() {
        // `digipunt check | head`: a closed pipe ends a command quietly, as for any Unix
        // tool, instead of a panic on the next print. Not in the kiosk, which writes to a
        // printer's pipe and must outlive it.
        // SAFETY: sets the default disposition of one signal before any thread exists.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
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

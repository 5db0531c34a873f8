//! `digipunt report`: a period's counts for funders, as plain text for a terminal or as
//! one self-contained HTML page, in the language asked. The numbers are `stats::report`'s
//! (or, with `--by`, exactly `export --by`'s) and the words `report_words`'s, which the
//! kiosk's report screen shares; here they only get a layout.

mod chart;
mod html;
mod text;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::Local;

use super::export::write_atomically;
use super::{Embedded, Loaded, database, load_content, settings};
use crate::cli::{Common, ReportArgs, ReportFormat};
use crate::report_words::{Document, Labels};
use crate::stats::report::TOP;
use crate::stats::{Dimension, MIN_THRESHOLD, Period, Report, Request, Table, count_by};
use crate::store::Store;

pub fn report(common: &Common, args: &ReportArgs) -> Result<ExitCode> {
    let config = settings(common)?;
    let Some(period) = Period::new(args.from, args.to) else {
        bail!("--from {} is after --to {}", args.from, args.to);
    };
    let by = dimensions(&args.by)?;
    if !by.is_empty() && args.format == ReportFormat::Html {
        bail!("--by goes with --format text; the HTML page is the whole report");
    }
    let threshold = args.suppress_below.unwrap_or(config.suppress_below);
    if threshold < MIN_THRESHOLD {
        bail!(
            "--suppress-below must be at least {MIN_THRESHOLD}, so that no small group can be singled out"
        );
    }
    let content = match load_content(&config, Local::now().date_naive(), Embedded::Compiled)? {
        Loaded::Ok(content) => content,
        Loaded::Broken(diagnostics) => {
            eprint!("{diagnostics}");
            eprintln!("digipunt: the content has errors; fix them (see `digipunt check`)");
            return Ok(ExitCode::from(2));
        }
    };
    let tag = args.lang.as_deref().unwrap_or(&config.helper_language);
    let Some(lang) = content.catalog.find(tag) else {
        bail!(
            "--lang: no language \"{tag}\"; choose from {}",
            super::language_tags(&content)
        );
    };
    // A browser honours Fluent's isolation marks, so `<5` stays `<5` inside a right-to-left
    // sentence; everything else stays free of invisible characters.
    let rtl = content.catalog.direction(lang).is_rtl();
    let labels = if args.format == ReportFormat::Html && rtl {
        Labels::isolating(&content, lang)
    } else {
        Labels::new(&content, lang)
    };
    let path = database(&config);
    let store = Store::open_read_only(&path)
        .with_context(|| format!("cannot read the log {}", path.display()))?;
    let document = if by.is_empty() {
        let request = Request {
            period,
            threshold,
            target: config.reach_target,
            top: TOP,
        };
        Document::report(&Report::compute(store.connection(), &request)?, &labels)
    } else {
        // Exactly what `export --by` publishes for the same period and threshold.
        let groups = count_by(store.connection(), period.from(), period.to(), &by)?;
        let table = Table::build(&groups, by.len(), threshold);
        Document::table(period, threshold, &by, &table, &labels)
    };
    let page = match args.format {
        ReportFormat::Text => text::render(&document),
        ReportFormat::Html => html::render(&document, &labels.text("report-chart")),
    };
    match &args.out {
        Some(out) => write_atomically(out, |file| Ok(file.write_all(page.as_bytes())?))?,
        None => {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            match lock.write_all(page.as_bytes()).and_then(|()| lock.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--by` names, in the order given, each once.
fn dimensions(names: &[String]) -> Result<Vec<Dimension>> {
    let mut by = Vec::new();
    for name in names {
        let name = name.trim();
        let Some(dimension) = Dimension::parse(name) else {
            let known: Vec<&str> = Dimension::ALL.iter().map(|d| d.name()).collect();
            bail!("--by: unknown \"{name}\"; choose from {}", known.join(", "));
        };
        if !by.contains(&dimension) {
            by.push(dimension);
        }
    }
    Ok(by)
}

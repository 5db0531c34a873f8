//! The report as one self-contained HTML page to attach to a report for a funder: inline
//! CSS and SVG, no scripts, no fonts, images or anything else from elsewhere; printable on
//! A4; every chart has a title, a description and a table beside it with the same counts.
//! The page is also well-formed XML, so any parser can check it.

use std::fmt::Write;

use super::chart::{self, Frame};
use crate::report_words::document::{Body, Chart, Document, Figure, Line, Progress, TableView};

const STYLE: &str = "
@page { size: A4; margin: 16mm 15mm; }
html { color: #111; background: #fff; }
body { font: 11pt/1.45 system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif;
  max-width: 48em; margin: 0 auto; padding: 1.5em 1em; }
h1 { font-size: 18pt; margin: 0 0 0.2em; }
h2 { font-size: 13pt; margin: 1.6em 0 0.5em; padding-bottom: 0.1em; border-bottom: 1px solid #999; }
.period { font-size: 12pt; margin: 0; }
section { break-inside: avoid; page-break-inside: avoid; }
.pair { display: flex; flex-wrap: wrap; gap: 0.5em 2em; align-items: flex-start; }
.chart { flex: 0 1 480px; max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.2em 0; }
th, td { padding: 0.15em 0.6em; text-align: start; vertical-align: top; font-weight: normal; }
thead th { font-weight: bold; border-bottom: 1px solid #999; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
[dir=rtl] td.n, [dir=rtl] th.n { text-align: left; }
tr.d1 th { padding-inline-start: 1.8em; }
tr.d2 th { padding-inline-start: 3em; }
tr.total th, tr.total td { font-weight: bold; border-top: 1px solid #999; }
.figures th { padding-inline-start: 0; }
.note { font-style: italic; margin: 0.3em 0; }
footer { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid #999; font-size: 9.5pt; }
footer p { margin: 0.2em 0; }
@media print { body { max-width: none; padding: 0; } }
";

pub fn render(document: &Document, chart_description: &str) -> String {
    let mut out = String::with_capacity(32 * 1024);
    let dir = if document.rtl { "rtl" } else { "ltr" };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>{title} {period}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n\
         <h1>{title}</h1>\n<p class=\"period\">{period}</p>\n</header>\n<main>\n",
        lang = escape(&document.tag),
        title = escape(&document.title),
        period = escape(&document.period),
    );
    for (i, section) in document.sections.iter().enumerate() {
        let id = format!("s{}", i + 1);
        let _ = write!(
            out,
            "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n",
            escape(&section.heading)
        );
        let chart_id = format!("{id}c");
        let frame = |description| Frame {
            id: &chart_id,
            title: &section.heading,
            description,
            rtl: document.rtl,
        };
        match &section.body {
            Body::Figures { figures, progress } => {
                figures_table(&mut out, figures);
                if let Some(Progress {
                    part,
                    whole,
                    description,
                }) = progress
                {
                    let frame = frame(description);
                    chart::progress(&mut out, &frame, *part, *whole);
                }
            }
            Body::Table(view) => {
                if let Some(note) = &view.note {
                    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
                }
                out.push_str("<div class=\"pair\">\n");
                let top: Vec<&Line> = view
                    .lines
                    .iter()
                    .filter(|l| l.depth == 0 && !l.total)
                    .collect();
                if !top.is_empty() {
                    let frame = frame(chart_description);
                    match view.chart {
                        Chart::Bars => chart::bars(&mut out, &frame, &top),
                        Chart::Columns => chart::columns(&mut out, &frame, &top),
                        Chart::None => {}
                    }
                }
                lines_table(&mut out, &id, view);
                out.push_str("</div>\n");
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<footer>\n");
    for legend in &document.legend {
        let _ = writeln!(out, "<p>{}</p>", escape(legend));
    }
    out.push_str("</footer>\n</body>\n</html>\n");
    out
}

fn figures_table(out: &mut String, figures: &[Figure]) {
    out.push_str("<table class=\"figures\">\n<tbody>\n");
    for figure in figures {
        let dir = if figure.numeric { " dir=\"ltr\"" } else { "" };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"n\"{dir}>{}</td></tr>",
            escape(&figure.label),
            escape(&figure.value)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn lines_table(out: &mut String, id: &str, view: &TableView) {
    let _ = write!(
        out,
        "<table aria-labelledby=\"{id}\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead>\n<tbody>\n",
        escape(&view.column),
        escape(&view.count_column)
    );
    for line in &view.lines {
        let class = if line.total {
            "total".to_owned()
        } else {
            format!("d{}", line.depth.min(2))
        };
        let _ = writeln!(
            out,
            "<tr class=\"{class}\"><th scope=\"row\">{}</th><td class=\"n\" dir=\"ltr\">{}</td></tr>",
            escape(&line.label),
            escape(&line.cell)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Text made safe for HTML and XML, in element content and in quoted attributes alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not allowed in XML, and never meant in a label.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

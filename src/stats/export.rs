//! Writing counts for coordinators: CSV that a Dutch-language Excel and LibreOffice open
//! as they are (UTF-8 with BOM, `;` between fields, a header row), or JSON for tools.
//! A count below the threshold is never written, only `<N`.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde_json::json;

use super::query::{Dimension, Group};

/// The smallest threshold allowed: below it, small groups could be singled out.
pub const MIN_THRESHOLD: u64 = 3;
pub const DEFAULT_THRESHOLD: u64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// A count as published: its value, or only that it is small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Suppressed,
}

pub fn suppress(count: u64, threshold: u64) -> Cell {
    if count < threshold {
        Cell::Suppressed
    } else {
        Cell::Count(count)
    }
}

pub struct Export<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub by: &'a [Dimension],
    pub threshold: u64,
    pub groups: &'a [Group],
}

impl Export<'_> {
    fn cell_text(&self, count: u64) -> String {
        match suppress(count, self.threshold) {
            Cell::Count(n) => n.to_string(),
            Cell::Suppressed => format!("<{}", self.threshold),
        }
    }

    pub fn write(&self, format: Format, out: &mut dyn Write) -> io::Result<()> {
        match format {
            Format::Csv => self.write_csv(out),
            Format::Json => self.write_json(out),
        }
    }

    fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        // The byte order mark tells Excel the file is UTF-8; `;` is the list separator of
        // a Belgian (Dutch or French) Excel, where `,` is the decimal comma.
        out.write_all("\u{feff}".as_bytes())?;
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        let mut header: Vec<&str> = self.by.iter().map(|d| d.name()).collect();
        header.push("count");
        writer.write_record(&header)?;
        for group in self.groups {
            let mut record = group.values.clone();
            record.push(self.cell_text(group.count));
            writer.write_record(&record)?;
        }
        writer.flush()
    }

    fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<serde_json::Value> = self
            .groups
            .iter()
            .map(|group| {
                let mut row = serde_json::Map::new();
                for (dimension, value) in self.by.iter().zip(&group.values) {
                    row.insert(dimension.name().to_owned(), json!(value));
                }
                match suppress(group.count, self.threshold) {
                    Cell::Count(n) => row.insert("count".to_owned(), json!(n)),
                    Cell::Suppressed => {
                        row.insert("count".to_owned(), json!(format!("<{}", self.threshold)))
                    }
                };
                serde_json::Value::Object(row)
            })
            .collect();
        let document = json!({
            "from": self.from.format("%Y-%m-%d").to_string(),
            "to": self.to.format("%Y-%m-%d").to_string(),
            "by": self.by.iter().map(|d| d.name()).collect::<Vec<_>>(),
            "suppressed_below": self.threshold,
            "rows": rows,
        });
        serde_json::to_writer_pretty(&mut *out, &document)?;
        out.write_all(b"\n")
    }
}

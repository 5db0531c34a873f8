//! Writing counts for coordinators: CSV that a Dutch-language Excel and LibreOffice open
//! as they are (UTF-8 with BOM, `;` between fields, a header row), plain CSV for tools, or
//! JSON. A count below the threshold is never written, only `<N`; a count hidden so that
//! a small one cannot be worked out from the totals is written `x`.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde_json::json;

use super::protect::Shown;
use super::query::Dimension;
use super::table::Table;

/// The smallest threshold allowed: below it, small groups could be singled out.
pub const MIN_THRESHOLD: u64 = 3;
pub const DEFAULT_THRESHOLD: u64 = 5;

/// What a hidden count shows, in every format.
pub const HIDDEN: &str = "x";
/// The value in a total's row where a dimension is summed over.
pub const TOTAL: &str = "total";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For spreadsheets set to Dutch or French (Belgium): BOM, `;`, CRLF.
    Csv,
    /// RFC 4180: `,`, no BOM, for tools.
    CsvStandard,
    Json,
}

pub struct Export<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub by: &'a [Dimension],
    pub threshold: u64,
    pub table: &'a Table,
}

impl Export<'_> {
    pub fn cell_text(&self, shown: Shown) -> String {
        match shown {
            Shown::Count(n) => n.to_string(),
            Shown::Small => format!("<{}", self.threshold),
            Shown::Hidden => HIDDEN.to_owned(),
        }
    }

    pub fn write(&self, format: Format, out: &mut dyn Write) -> io::Result<()> {
        match format {
            Format::Csv => {
                // The byte order mark tells Excel the file is UTF-8; `;` is the list
                // separator of a Belgian Excel, where `,` is the decimal comma.
                out.write_all("\u{feff}".as_bytes())?;
                self.write_csv(out, b';', csv::Terminator::CRLF)
            }
            Format::CsvStandard => self.write_csv(out, b',', csv::Terminator::CRLF),
            Format::Json => self.write_json(out),
        }
    }

    fn write_csv(
        &self,
        out: &mut dyn Write,
        delimiter: u8,
        end: csv::Terminator,
    ) -> io::Result<()> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(end)
            .from_writer(out);
        let mut header: Vec<&str> = self.by.iter().map(|d| d.name()).collect();
        header.push("count");
        writer.write_record(&header)?;
        for row in &self.table.rows {
            let mut record = row.values.clone();
            // A total names what it adds up: "total" where the first summed dimension is.
            if record.len() < self.by.len() {
                record.push(TOTAL.to_owned());
                record.resize(self.by.len(), String::new());
            }
            record.push(self.cell_text(row.shown));
            writer.write_record(&record)?;
        }
        writer.flush()
    }

    fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<serde_json::Value> = self
            .table
            .rows
            .iter()
            .map(|row| {
                let mut object = serde_json::Map::new();
                for (dimension, value) in self.by.iter().zip(&row.values) {
                    object.insert(dimension.name().to_owned(), json!(value));
                }
                if row.is_total(self.by.len()) {
                    object.insert("total".to_owned(), json!(true));
                }
                let count = match row.shown {
                    Shown::Count(n) => json!(n),
                    other => json!(self.cell_text(other)),
                };
                object.insert("count".to_owned(), count);
                serde_json::Value::Object(object)
            })
            .collect();
        let document = json!({
            "from": self.from.format("%Y-%m-%d").to_string(),
            "to": self.to.format("%Y-%m-%d").to_string(),
            "by": self.by.iter().map(|d| d.name()).collect::<Vec<_>>(),
            "suppressed_below": self.threshold,
            "hidden": HIDDEN,
            "rows": rows,
        });
        serde_json::to_writer_pretty(&mut *out, &document)?;
        out.write_all(b"\n")
    }
}

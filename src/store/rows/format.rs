//! The anonymous-rows file, version 1 (docs/DATA.md): JSON Lines, a header line, then one
//! object per stored row. Reading is strict: a missing, extra or repeated field, a code
//! outside its closed list, or anything that could hold free text is an error, so a file
//! can never carry more than the log itself holds.

mod check;
mod fields;

use std::fmt;
use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

pub use check::check;
use check::{parse_day, shorten};

use super::Row;

pub const FORMAT: &str = "digipunt-anonymous-rows";
pub const VERSION: u64 = 1;

/// The first line: what the file is, and what a reader needs to know it is complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The day the file was written (a day, never a time).
    pub written: NaiveDate,
    /// The days the rows were taken from, both included; `None` for every row.
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub interaction_rows: u64,
    pub group_session_rows: u64,
}

/// Why a header was refused; the first two say the file is not one this build can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    NotRows,
    UnknownVersion(String),
    Invalid(String),
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::NotRows => write!(
                f,
                "not a digipunt anonymous-rows file: the first line must be a header with \"format\":\"{FORMAT}\""
            ),
            HeaderError::UnknownVersion(version) => write!(
                f,
                "format version {version} is not known to this digipunt, which reads version {VERSION}; use a newer digipunt"
            ),
            HeaderError::Invalid(reason) => write!(f, "header: {reason}"),
        }
    }
}

const HEADER_FIELDS: &[&str] = &[
    "format",
    "version",
    "written",
    "from",
    "to",
    "interaction_rows",
    "group_session_rows",
];

pub fn write_header(out: &mut dyn Write, header: &Header) -> io::Result<()> {
    #[derive(Serialize)]
    struct HeaderLine {
        format: &'static str,
        version: u64,
        written: String,
        from: Option<String>,
        to: Option<String>,
        interaction_rows: u64,
        group_session_rows: u64,
    }
    let line = HeaderLine {
        format: FORMAT,
        version: VERSION,
        written: header.written.to_string(),
        from: header.period.map(|p| p.0.to_string()),
        to: header.period.map(|p| p.1.to_string()),
        interaction_rows: header.interaction_rows,
        group_session_rows: header.group_session_rows,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

pub fn read_header(line: &[u8]) -> Result<Header, HeaderError> {
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(line) else {
        return Err(HeaderError::NotRows);
    };
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(HeaderError::NotRows);
    }
    match object.get("version") {
        Some(version) if version.as_u64() == Some(VERSION) => {}
        Some(version) => {
            return Err(HeaderError::UnknownVersion(
                shorten(&version.to_string()).into_owned(),
            ));
        }
        None => return Err(HeaderError::Invalid("\"version\" is missing".into())),
    }
    let invalid = |reason: String| HeaderError::Invalid(reason);
    if let Some(key) = object.keys().find(|k| !HEADER_FIELDS.contains(&k.as_str())) {
        return Err(invalid(format!("unknown field \"{}\"", shorten(key))));
    }
    let field = |name: &str| {
        object
            .get(name)
            .ok_or_else(|| invalid(format!("\"{name}\" is missing")))
    };
    let date = |name: &str, value: &Value| {
        value
            .as_str()
            .and_then(parse_day)
            .ok_or_else(|| invalid(format!("\"{name}\" must be a date like 2026-11-23")))
    };
    let count = |name: &str| {
        field(name)?
            .as_u64()
            .ok_or_else(|| invalid(format!("\"{name}\" must be a whole number")))
    };
    let written = date("written", field("written")?)?;
    let period = match (field("from")?, field("to")?) {
        (Value::Null, Value::Null) => None,
        (from, to) => {
            let (from, to) = (date("from", from)?, date("to", to)?);
            if from > to {
                return Err(invalid(format!("\"from\" {from} is after \"to\" {to}")));
            }
            Some((from, to))
        }
    };
    Ok(Header {
        written,
        period,
        interaction_rows: count("interaction_rows")?,
        group_session_rows: count("group_session_rows")?,
    })
}

/// The fields of each table, in the order they are written.
pub const INTERACTION_FIELDS: &[&str] = &[
    "table",
    "id",
    "kiosk",
    "day",
    "daypart",
    "minutes",
    "mode",
    "language",
    "task",
    "category",
    "content_version",
    "steps_done",
    "steps_total",
    "outcome",
    "referral",
    "problems",
    "age_band",
    "first_visit",
    "channel",
    "correction_of",
];
pub const GROUP_SESSION_FIELDS: &[&str] = &[
    "table",
    "id",
    "kiosk",
    "day",
    "daypart",
    "topic",
    "language",
    "attendees",
    "minutes",
    "correction_of",
];

/// One row as a line, fields in the documented order.
pub fn write_row(out: &mut dyn Write, row: &Row) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Line::of(row))?;
    out.write_all(b"\n")
}

/// The first field, in the documented order, in which two rows of one table differ.
pub fn differing_field(a: &Row, b: &Row) -> Option<String> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) = (
        serde_json::to_value(Line::of(a)),
        serde_json::to_value(Line::of(b)),
    ) else {
        return None;
    };
    INTERACTION_FIELDS
        .iter()
        .chain(GROUP_SESSION_FIELDS)
        .find(|name| a.get(**name) != b.get(**name))
        .map(|name| (*name).to_owned())
}

#[derive(Serialize)]
#[serde(untagged)]
enum Line<'a> {
    Interaction(InteractionLine<'a>),
    GroupSession(GroupSessionLine<'a>),
}

impl<'a> Line<'a> {
    fn of(row: &'a Row) -> Line<'a> {
        match row {
            Row::Interaction(id, i) => Line::Interaction(InteractionLine {
                table: "interaction",
                id,
                kiosk: &i.kiosk,
                day: i.day.to_string(),
                daypart: i.daypart.code(),
                minutes: i.minutes,
                mode: i.mode.code(),
                language: &i.language,
                task: &i.task,
                category: &i.category,
                content_version: i.content_version,
                steps_done: i.steps_done,
                steps_total: i.steps_total,
                outcome: i.outcome.code(),
                referral: i.referral.as_deref(),
                problems: &i.problems,
                age_band: i.age_band.code(),
                first_visit: i.first_visit.code(),
                channel: i.channel.code(),
                correction_of: i.correction_of.as_deref(),
            }),
            Row::GroupSession(id, g) => Line::GroupSession(GroupSessionLine {
                table: "group_session",
                id,
                kiosk: &g.kiosk,
                day: g.day.to_string(),
                daypart: g.daypart.code(),
                topic: &g.topic,
                language: &g.language,
                attendees: g.attendees,
                minutes: g.minutes,
                correction_of: g.correction_of.as_deref(),
            }),
        }
    }
}

#[derive(Serialize)]
struct InteractionLine<'a> {
    table: &'static str,
    id: &'a str,
    kiosk: &'a str,
    day: String,
    daypart: &'static str,
    minutes: u32,
    mode: &'static str,
    language: &'a str,
    task: &'a str,
    category: &'a str,
    content_version: u32,
    steps_done: u32,
    steps_total: u32,
    outcome: &'static str,
    referral: Option<&'a str>,
    problems: &'a [String],
    age_band: &'static str,
    first_visit: &'static str,
    channel: &'static str,
    correction_of: Option<&'a str>,
}

#[derive(Serialize)]
struct GroupSessionLine<'a> {
    table: &'static str,
    id: &'a str,
    kiosk: &'a str,
    day: String,
    daypart: &'static str,
    topic: &'a str,
    language: &'a str,
    attendees: u32,
    minutes: u32,
    correction_of: Option<&'a str>,
}

/// Reads one row line, checked as rows from the log are. The message names the field at
/// fault and never repeats more than a short piece of what was found.
pub fn read_row(line: &[u8]) -> Result<Row, String> {
    let row = fields::read(line)?;
    check(&row)?;
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str = r#"{"table":"interaction","id":"0123456789abcdef0123456789abcdef","kiosk":"gent-bib-2","day":"2026-11-23","daypart":"morning","minutes":15,"mode":"assisted","language":"fa-AF","task":"tax-on-web","category":"money","content_version":1,"steps_done":2,"steps_total":11,"outcome":"referred","referral":"municipality","problems":["forgot-pin","no-reader"],"age_band":"65+","first_visit":"yes","channel":"desk","correction_of":null}"#;

    #[test]
    fn a_row_reads_back_as_it_was_written() {
        let row = read_row(ROW.as_bytes()).unwrap();
        let mut written = Vec::new();
        write_row(&mut written, &row).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), format!("{ROW}\n"));
    }

    #[test]
    fn a_header_says_what_the_file_is_and_holds() {
        let header = Header {
            written: "2026-11-25".parse().unwrap(),
            period: None,
            interaction_rows: 12,
            group_session_rows: 1,
        };
        let mut line = Vec::new();
        write_header(&mut line, &header).unwrap();
        assert_eq!(
            String::from_utf8(line.clone()).unwrap(),
            "{\"format\":\"digipunt-anonymous-rows\",\"version\":1,\"written\":\"2026-11-25\",\
             \"from\":null,\"to\":null,\"interaction_rows\":12,\"group_session_rows\":1}\n"
        );
        assert_eq!(read_header(&line), Ok(header));
        let text = String::from_utf8(line).unwrap();
        assert_eq!(
            read_header(text.replace("\"version\":1", "\"version\":2").as_bytes()),
            Err(HeaderError::UnknownVersion("2".into()))
        );
        assert_eq!(
            read_header(text.replace("anonymous-rows", "counts").as_bytes()),
            Err(HeaderError::NotRows)
        );
        assert_eq!(read_header(b"id;task;count"), Err(HeaderError::NotRows));
        assert_eq!(
            read_header(
                text.replace("\"to\":null", "\"to\":\"2026-11-30\"")
                    .as_bytes()
            ),
            Err(HeaderError::Invalid(
                "\"from\" must be a date like 2026-11-23".into()
            ))
        );
    }
}

//! Reading one row line into a `Row`: every field of its table exactly once, nothing else,
//! each of the right JSON type; messages name the field at fault.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::check::{parse_day, shorten};
use super::{GROUP_SESSION_FIELDS, INTERACTION_FIELDS, VERSION};
use crate::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, GroupSession, Interaction, Mode, Outcome,
};
use crate::store::rows::Row;

/// serde_json appends " at line L column C"; each line is parsed alone, so that says nothing.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(end) => &message[..end],
        None => message,
    }
}

/// A string from the line, borrowed when it has no escapes.
struct Text<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// A JSON whole number that fits the log's counts (0 to 4294967295).
struct Whole(u32);

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WholeVisitor;
        impl Visitor<'_> for WholeVisitor {
            type Value = Whole;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number from 0 to 4294967295")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Whole, E> {
                u32::try_from(v)
                    .map(Whole)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Whole, E> {
                u32::try_from(v)
                    .map(Whole)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
        }
        deserializer.deserialize_u32(WholeVisitor)
    }
}

/// The fields of either table as found, before they are checked against the table.
#[derive(Default)]
struct Fields<'de> {
    table: Option<Text<'de>>,
    id: Option<Text<'de>>,
    kiosk: Option<Text<'de>>,
    day: Option<Text<'de>>,
    daypart: Option<Text<'de>>,
    minutes: Option<Whole>,
    mode: Option<Text<'de>>,
    language: Option<Text<'de>>,
    task: Option<Text<'de>>,
    category: Option<Text<'de>>,
    content_version: Option<Whole>,
    steps_done: Option<Whole>,
    steps_total: Option<Whole>,
    outcome: Option<Text<'de>>,
    referral: Option<Option<Text<'de>>>,
    problems: Option<Vec<Text<'de>>>,
    age_band: Option<Text<'de>>,
    first_visit: Option<Text<'de>>,
    channel: Option<Text<'de>>,
    correction_of: Option<Option<Text<'de>>>,
    topic: Option<Text<'de>>,
    attendees: Option<Whole>,
}

/// One line as a row of its table, its fields not yet checked beyond their JSON types.
pub(super) fn read(line: &[u8]) -> Result<Row, String> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err("empty line".into());
    }
    let mut deserializer = serde_json::Deserializer::from_slice(line);
    let fields = deserializer
        .deserialize_map(FieldsVisitor)
        .and_then(|fields| deserializer.end().map(|()| fields))
        .map_err(|e| {
            // A field's error hides whether the JSON itself is broken: ask again, which
            // costs nothing on the lines that are fine.
            match serde_json::from_slice::<de::IgnoredAny>(line) {
                Err(syntax) if !syntax.is_data() => format!(
                    "not a valid JSON object: {} (column {})",
                    without_position(&syntax.to_string()),
                    syntax.column()
                ),
                _ => without_position(&e.to_string()).to_owned(),
            }
        })?;
    fields.into_row()
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Text<'de>>()? {
            let name = key.0.as_ref();
            macro_rules! take {
                ($($field:ident),+) => {
                    match name {
                        $(stringify!($field) => {
                            if fields.$field.is_some() {
                                return Err(de::Error::custom(format!("\"{name}\" appears twice")));
                            }
                            fields.$field = Some(map.next_value_seed(Named(name, std::marker::PhantomData))?);
                        })+
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown field \"{}\"; version {VERSION} has no such field",
                                shorten(other)
                            )));
                        }
                    }
                };
            }
            take!(
                table,
                id,
                kiosk,
                day,
                daypart,
                minutes,
                mode,
                language,
                task,
                category,
                content_version,
                steps_done,
                steps_total,
                outcome,
                referral,
                problems,
                age_band,
                first_visit,
                channel,
                correction_of,
                topic,
                attendees
            );
        }
        Ok(fields)
    }
}

/// Deserializes a field's value and names the field in any error.
struct Named<'n, T>(&'n str, std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Named<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer).map_err(|e| {
            de::Error::custom(format!(
                "\"{}\": {}",
                self.0,
                without_position(&e.to_string())
            ))
        })
    }
}

impl Fields<'_> {
    /// Which fields are present, by name.
    fn present(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        macro_rules! note {
            ($($field:ident),+) => { $(if self.$field.is_some() { names.push(stringify!($field)); })+ };
        }
        note!(
            table,
            id,
            kiosk,
            day,
            daypart,
            minutes,
            mode,
            language,
            task,
            category,
            content_version,
            steps_done,
            steps_total,
            outcome,
            referral,
            problems,
            age_band,
            first_visit,
            channel,
            correction_of,
            topic,
            attendees
        );
        names
    }

    fn into_row(self) -> Result<Row, String> {
        let table = match &self.table {
            Some(Text(table)) => table.as_ref(),
            None => return Err("\"table\" is missing".into()),
        };
        let expected = match table {
            "interaction" => INTERACTION_FIELDS,
            "group_session" => GROUP_SESSION_FIELDS,
            other => {
                return Err(format!(
                    "\"table\" must be interaction or group_session, found \"{}\"",
                    shorten(other)
                ));
            }
        };
        let present = self.present();
        if let Some(extra) = present.iter().find(|name| !expected.contains(name)) {
            return Err(format!("\"{extra}\" does not belong in a {table} row"));
        }
        if let Some(missing) = expected.iter().find(|name| !present.contains(name)) {
            return Err(format!("\"{missing}\" is missing"));
        }
        // Every field of the table is now present, so the `unwrap_or_default`s below
        // never supply a value.
        let text = |t: Option<Text<'_>>| t.map(|t| t.0.into_owned()).unwrap_or_default();
        let day = {
            let day = text(self.day);
            parse_day(&day).ok_or_else(|| {
                format!(
                    "\"day\" must be a date like 2026-11-23, found \"{}\"",
                    shorten(&day)
                )
            })?
        };
        let daypart = closed(
            "daypart",
            self.daypart,
            Daypart::from_code,
            Daypart::ALL,
            Daypart::code,
        )?;
        let minutes = whole(self.minutes);
        let id = text(self.id);
        let correction_of = self.correction_of.flatten().map(|t| t.0.into_owned());
        if table == "group_session" {
            return Ok(Row::GroupSession(
                id,
                GroupSession {
                    kiosk: text(self.kiosk),
                    day,
                    daypart,
                    topic: text(self.topic),
                    language: text(self.language),
                    attendees: whole(self.attendees),
                    minutes,
                    correction_of,
                },
            ));
        }
        Ok(Row::Interaction(
            id,
            Interaction {
                kiosk: text(self.kiosk),
                day,
                daypart,
                minutes,
                mode: closed("mode", self.mode, Mode::from_code, Mode::ALL, Mode::code)?,
                language: text(self.language),
                task: text(self.task),
                category: text(self.category),
                content_version: whole(self.content_version),
                steps_done: whole(self.steps_done),
                steps_total: whole(self.steps_total),
                outcome: closed(
                    "outcome",
                    self.outcome,
                    Outcome::from_code,
                    Outcome::ALL,
                    Outcome::code,
                )?,
                referral: self.referral.flatten().map(|t| t.0.into_owned()),
                problems: self
                    .problems
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| t.0.into_owned())
                    .collect(),
                age_band: closed(
                    "age_band",
                    self.age_band,
                    AgeBand::from_code,
                    AgeBand::ALL,
                    AgeBand::code,
                )?,
                first_visit: closed(
                    "first_visit",
                    self.first_visit,
                    FirstVisit::from_code,
                    FirstVisit::ALL,
                    FirstVisit::code,
                )?,
                channel: closed(
                    "channel",
                    self.channel,
                    Channel::from_code,
                    Channel::ALL,
                    Channel::code,
                )?,
                correction_of,
            },
        ))
    }
}

fn whole(found: Option<Whole>) -> u32 {
    found.map_or(0, |w| w.0)
}

/// A code from one of the closed lists of `interaction`.
fn closed<T: Copy>(
    name: &str,
    found: Option<Text<'_>>,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Result<T, String> {
    let found = found.map(|t| t.0).unwrap_or_default();
    parse(&found).ok_or_else(|| {
        let allowed: Vec<&str> = all.iter().map(|v| code(*v)).collect();
        format!(
            "\"{name}\" must be one of {}, found \"{}\"",
            allowed.join(", "),
            shorten(&found)
        )
    })
}

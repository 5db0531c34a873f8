//! What a row must hold beyond its JSON types: ids, codes, language tags, days. The same
//! checks apply to rows read from a file and to rows read from the log for export.

use std::borrow::Cow;
use std::collections::HashSet;

use chrono::NaiveDate;
use unic_langid::LanguageIdentifier;

use crate::store::rows::Row;

/// What a row must hold beyond its types, for rows read from a file and from the log alike.
pub fn check(row: &Row) -> Result<(), String> {
    let (id, kiosk, language, minutes, correction_of) = match row {
        Row::Interaction(id, i) => (id, &i.kiosk, &i.language, i.minutes, &i.correction_of),
        Row::GroupSession(id, g) => (id, &g.kiosk, &g.language, g.minutes, &g.correction_of),
    };
    if !is_id(id) {
        return Err(format!(
            "\"id\" must be 32 characters 0-9 and a-f, found \"{}\"",
            shorten(id)
        ));
    }
    if !crate::config::is_location_code(kiosk) {
        return Err(format!(
            "\"kiosk\" must be 1-40 lowercase letters, digits or '-', found \"{}\"",
            shorten(kiosk)
        ));
    }
    if !is_language_tag(language) {
        return Err(format!(
            "\"language\" must be a language tag like nl or fa-AF, found \"{}\"",
            shorten(language)
        ));
    }
    if minutes % 5 != 0 {
        return Err(format!(
            "\"minutes\" must be a multiple of 5, found {minutes}"
        ));
    }
    if let Some(target) = correction_of {
        if !is_id(target) {
            return Err(format!(
                "\"correction_of\" must be null or an id of 32 characters 0-9 and a-f, found \"{}\"",
                shorten(target)
            ));
        }
        if target == id {
            return Err("\"correction_of\" cannot be the row's own id".into());
        }
    }
    match row {
        Row::Interaction(_, i) => {
            code("task", &i.task)?;
            if !i.category.is_empty() {
                code("category", &i.category)?;
            }
            if let Some(referral) = &i.referral {
                code("referral", referral)?;
            }
            let mut seen = HashSet::new();
            for problem in &i.problems {
                code("problems", problem)?;
                if !seen.insert(problem) {
                    return Err(format!("\"problems\" holds \"{problem}\" twice"));
                }
            }
        }
        Row::GroupSession(_, g) => {
            code("topic", &g.topic)?;
            if !(1..=999).contains(&g.attendees) {
                return Err(format!(
                    "\"attendees\" must be 1 to 999, found {}",
                    g.attendees
                ));
            }
        }
    }
    Ok(())
}

fn is_id(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// An id from the content (checklist, topic, problem, referral): what a Fluent message
/// id allows, so no spaces and nothing beyond ASCII, at most 64 characters.
fn is_code(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn code(name: &str, text: &str) -> Result<(), String> {
    if is_code(text) {
        Ok(())
    } else {
        Err(format!(
            "\"{name}\" must hold codes of 1-64 letters, digits, '-' or '_', found \"{}\"",
            shorten(text)
        ))
    }
}

/// A language tag as the locales write it (`nl`, `fa-AF`), in its canonical spelling.
fn is_language_tag(text: &str) -> bool {
    text.len() <= 35
        && text
            .parse::<LanguageIdentifier>()
            .is_ok_and(|tag| tag == text)
}

/// `YYYY-MM-DD` exactly, and a day that exists. (By hand: chrono's parser reads its
/// format string anew for every one of millions of rows.)
pub(super) fn parse_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// What was found, cut short: a bad file may hold anything, and a message need not echo it.
pub(super) fn shorten(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(40) {
        Some((end, _)) => Cow::Owned(format!("{}...", &text[..end])),
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::super::read_row;

    const ROW: &str = r#"{"table":"interaction","id":"0123456789abcdef0123456789abcdef","kiosk":"gent-bib-2","day":"2026-11-23","daypart":"morning","minutes":15,"mode":"assisted","language":"fa-AF","task":"tax-on-web","category":"money","content_version":1,"steps_done":2,"steps_total":11,"outcome":"referred","referral":"municipality","problems":["forgot-pin","no-reader"],"age_band":"65+","first_visit":"yes","channel":"desk","correction_of":null}"#;

    fn error(line: &str) -> String {
        read_row(line.as_bytes()).unwrap_err()
    }

    #[test]
    fn each_field_is_checked_and_named() {
        let cases = [
            (
                ("\"minutes\":15", "\"minutes\":7"),
                "\"minutes\" must be a multiple of 5, found 7",
            ),
            (
                ("\"minutes\":15", "\"minutes\":\"15\""),
                "\"minutes\": invalid type: string \"15\", expected a whole number from 0 to 4294967295",
            ),
            (
                ("\"day\":\"2026-11-23\"", "\"day\":\"2026-11-23 10:32\""),
                "\"day\" must be a date like 2026-11-23, found \"2026-11-23 10:32\"",
            ),
            (
                ("\"day\":\"2026-11-23\"", "\"day\":\"2026-02-30\""),
                "\"day\" must be a date like 2026-11-23, found \"2026-02-30\"",
            ),
            (
                ("\"outcome\":\"referred\"", "\"outcome\":\"gelukt\""),
                "\"outcome\" must be one of done, partly, referred, later, abandoned, found \"gelukt\"",
            ),
            (
                (
                    "0123456789abcdef0123456789abcdef",
                    "0123456789ABCDEF0123456789ABCDEF",
                ),
                "\"id\" must be 32 characters 0-9 and a-f, found \"0123456789ABCDEF0123456789ABCDEF\"",
            ),
            (
                ("\"kiosk\":\"gent-bib-2\"", "\"kiosk\":\"Gent, bib\""),
                "\"kiosk\" must be 1-40 lowercase letters, digits or '-', found \"Gent, bib\"",
            ),
            (
                ("\"language\":\"fa-AF\"", "\"language\":\"Farsi\""),
                "\"language\" must be a language tag like nl or fa-AF, found \"Farsi\"",
            ),
            (
                (
                    "[\"forgot-pin\",\"no-reader\"]",
                    "[\"forgot-pin\",\"forgot-pin\"]",
                ),
                "\"problems\" holds \"forgot-pin\" twice",
            ),
            (
                (
                    "[\"forgot-pin\",\"no-reader\"]",
                    "[\"called his son Ahmed\"]",
                ),
                "\"problems\" must hold codes of 1-64 letters, digits, '-' or '_', found \"called his son Ahmed\"",
            ),
            (
                (
                    "\"correction_of\":null",
                    "\"correction_of\":\"0123456789abcdef0123456789abcdef\"",
                ),
                "\"correction_of\" cannot be the row's own id",
            ),
            (
                ("\"table\":\"interaction\"", "\"table\":\"group_session\""),
                "\"mode\" does not belong in a group_session row",
            ),
            (
                ("\"referral\":\"municipality\",", ""),
                "\"referral\" is missing",
            ),
            (
                (
                    "\"channel\":\"desk\"",
                    "\"channel\":\"desk\",\"note\":\"x\"",
                ),
                "unknown field \"note\"; version 1 has no such field",
            ),
            (
                (
                    "\"task\":\"tax-on-web\"",
                    "\"task\":\"tax-on-web\",\"task\":\"x\"",
                ),
                "\"task\" appears twice",
            ),
        ];
        for ((from, to), expected) in cases {
            assert!(ROW.contains(from), "{from}");
            assert_eq!(error(&ROW.replacen(from, to, 1)), expected);
        }
        assert_eq!(
            error(&ROW[..40]),
            "not a valid JSON object: EOF while parsing a string (column 40)"
        );
    }
}

//! The report's words in its language: headings and notes from `report.ftl`, and the name
//! of every code the log holds. A code no message names (a task from another digipunt's
//! log, say) shows as the code itself.

use std::collections::HashSet;

use chrono::{NaiveDate, Weekday};

use crate::content::{Content, messages};
use crate::i18n::{Direction, FluentArgs, LocaleId};
use crate::interaction::{Channel, Daypart, Outcome};
use crate::stats::Dimension;

pub struct Labels<'a> {
    content: &'a Content,
    lang: LocaleId,
    /// Every problem code a checklist offers.
    problems: HashSet<&'a str>,
    /// Keep Fluent's isolation marks, for a screen that reorders right-to-left text
    /// itself and drops them after (`ui::text`).
    isolating: bool,
}

impl<'a> Labels<'a> {
    pub fn new(content: &'a Content, lang: LocaleId) -> Labels<'a> {
        let mut problems: HashSet<&str> = content
            .library
            .checklists
            .iter()
            .flat_map(|c| &c.steps)
            .flat_map(|s| &s.problems)
            .map(|p| p.id.as_str())
            .collect();
        problems.insert(messages::OTHER_PROBLEM);
        Labels {
            content,
            lang,
            problems,
            isolating: false,
        }
    }

    /// For the kiosk's screen: the same words with the isolation marks around what is
    /// filled in, so that `<5` in a right-to-left sentence stays `<5`.
    pub fn isolating(content: &'a Content, lang: LocaleId) -> Labels<'a> {
        Labels {
            isolating: true,
            ..Labels::new(content, lang)
        }
    }

    pub fn tag(&self) -> &str {
        &self.content.catalog.locale(self.lang).tag
    }

    pub fn is_rtl(&self) -> bool {
        self.content.catalog.direction(self.lang) == Direction::Rtl
    }

    pub fn text(&self, id: &str) -> String {
        self.finish(self.content.catalog.text(self.lang, id).value)
    }

    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent.set(*name, *n),
                Arg::Text(text) => fluent.set(*name, text.clone()),
            }
        }
        self.finish(self.content.catalog.text_with(self.lang, id, &fluent).value)
    }

    fn finish(&self, text: String) -> String {
        if self.isolating { text } else { plain(text) }
    }

    /// A dimension's name as a column head, e.g. "Taal".
    pub fn dimension(&self, dimension: Dimension) -> String {
        self.text(&format!(
            "report-dimension-{}",
            dimension.name().replace('_', "-")
        ))
    }

    /// What a code of `dimension` is called.
    pub fn value(&self, dimension: Dimension, code: &str) -> String {
        let library = &self.content.library;
        let id = match dimension {
            Dimension::Task if library.checklist_index(code).is_some() => messages::checklist(code),
            Dimension::Category if library.categories.iter().any(|c| c == code) => {
                messages::category(code)
            }
            Dimension::Language => {
                return match self.content.catalog.find(code) {
                    Some(id) => self.content.catalog.locale(id).meta.endonym.clone(),
                    None => code.to_owned(),
                };
            }
            Dimension::Outcome if Outcome::from_code(code).is_some() => format!("outcome-{code}"),
            Dimension::Problem if code == "none" => "report-problem-none".to_owned(),
            Dimension::Problem if self.problems.contains(code) => messages::problem(code),
            Dimension::Referral if code == "none" => "report-referral-none".to_owned(),
            Dimension::Referral if library.referral(code).is_some() => messages::referral(code),
            Dimension::Mode if matches!(code, "assisted" | "self") => format!("report-mode-{code}"),
            Dimension::Channel if Channel::from_code(code).is_some() => {
                format!("report-channel-{code}")
            }
            Dimension::FirstVisit if matches!(code, "yes" | "no") => {
                format!("report-first-visit-{code}")
            }
            Dimension::Daypart if Daypart::from_code(code).is_some() => {
                format!("report-daypart-{code}")
            }
            Dimension::Week => {
                return match week(code) {
                    Some((number, monday)) => self.text_with(
                        "report-week",
                        &[
                            ("week", Arg::Number(u64::from(number))),
                            ("monday", Arg::Text(monday.format("%Y-%m-%d").to_string())),
                        ],
                    ),
                    None => code.to_owned(),
                };
            }
            _ if code == "unknown" => "report-unknown".to_owned(),
            // Age bands, months and location codes read as they are.
            _ => return code.to_owned(),
        };
        self.text(&id)
    }

    /// The short name of a week under a chart's column: its number.
    pub fn week_number(&self, code: &str) -> String {
        week(code).map_or_else(|| code.to_owned(), |(number, _)| number.to_string())
    }
}

/// Without Fluent's isolation marks: a terminal shows them as garbage, and on a page
/// the numbers and dates they wrap need no isolating (the page sets its direction).
fn plain(text: String) -> String {
    if text.contains(|c| matches!(c, '\u{2066}'..='\u{2069}')) {
        text.replace(|c| matches!(c, '\u{2066}'..='\u{2069}'), "")
    } else {
        text
    }
}

/// A Fluent argument.
pub enum Arg {
    Number(u64),
    Text(String),
}

/// `2026-W48` as its number and its Monday.
fn week(code: &str) -> Option<(u32, NaiveDate)> {
    let (year, number) = code.split_once("-W")?;
    let number: u32 = number.parse().ok()?;
    let monday = NaiveDate::from_isoywd_opt(year.parse().ok()?, number, Weekday::Mon)?;
    Some((number, monday))
}

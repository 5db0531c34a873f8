//! Parses the TOML structure files into the model, reporting every problem with its file
//! and line. Cross-references are checked in `validate`.

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

mod raw;

use raw::{RawBring, RawCategories, RawChecklist, RawProblem, RawReferrals};

use super::model::{Checklist, Condition, Library, Problem, ProblemEnd, Referral, Step, StepKind};
use crate::source::diagnostics::{Diagnostics, line_of};
use crate::source::files::ContentFiles;

pub const BRING_FILE: &str = "assets/bring.toml";
pub const REFERRALS_FILE: &str = "assets/referrals.toml";
pub const CATEGORIES_FILE: &str = "assets/categories.toml";
pub const CHECKLIST_DIR: &str = "assets/checklists/";
/// Checklists without a rank come after the ranked ones in their group.
const DEFAULT_RANK: u32 = 100;

/// Where each id of the library was written, so that validation can point at it.
#[derive(Debug, Default, Clone)]
pub struct Origins {
    pub entries: Vec<Origin>,
}

#[derive(Debug, Clone)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub what: Reference,
}

/// An id written in a structure file that must exist elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Category(String),
    Bring(String),
    Referral(String),
    Goto(String),
    /// A message the source language must have (with the given attributes).
    Message {
        id: String,
        attributes: Vec<&'static str>,
    },
}

pub fn load_library(files: &ContentFiles, diagnostics: &mut Diagnostics) -> (Library, Origins) {
    let mut origins = Origins::default();
    let categories = parse::<RawCategories>(files, CATEGORIES_FILE, diagnostics)
        .map(|(raw, text)| {
            duplicates(
                CATEGORIES_FILE,
                text,
                raw.order.iter(),
                "category",
                diagnostics,
            );
            raw.order
                .into_iter()
                .map(|c| {
                    check_code(CATEGORIES_FILE, text, &c, diagnostics);
                    origins.message(
                        CATEGORIES_FILE,
                        text,
                        &c,
                        super::messages::category(c.get_ref()),
                        &[],
                    );
                    c.into_inner()
                })
                .collect()
        })
        .unwrap_or_default();
    let bring = parse::<RawBring>(files, BRING_FILE, diagnostics)
        .map(|(raw, text)| {
            duplicates(
                BRING_FILE,
                text,
                raw.item.iter().map(|i| &i.id),
                "bring item",
                diagnostics,
            );
            raw.item
                .into_iter()
                .map(|i| {
                    origins.message(
                        BRING_FILE,
                        text,
                        &i.id,
                        super::messages::bring(i.id.get_ref()),
                        &["missing"],
                    );
                    i.id.into_inner()
                })
                .collect()
        })
        .unwrap_or_default();
    let referrals = parse::<RawReferrals>(files, REFERRALS_FILE, diagnostics)
        .map(|(raw, text)| {
            duplicates(
                REFERRALS_FILE,
                text,
                raw.referral.iter().map(|r| &r.id),
                "referral",
                diagnostics,
            );
            raw.referral
                .into_iter()
                .map(|r| {
                    check_code(REFERRALS_FILE, text, &r.id, diagnostics);
                    let id = r.id.get_ref();
                    origins.message(
                        REFERRALS_FILE,
                        text,
                        &r.id,
                        super::messages::referral(id),
                        &["what"],
                    );
                    Referral {
                        id: id.clone(),
                        phone: r.phone,
                        web: r.web,
                        bring: r
                            .bring
                            .iter()
                            .map(|b| origins.bring(REFERRALS_FILE, text, b))
                            .collect(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();

    let mut checklists = Vec::new();
    let paths: Vec<&str> = files.under(CHECKLIST_DIR).map(|(p, _)| p).collect();
    for path in paths {
        if !path.ends_with(".toml") {
            continue;
        }
        if let Some((raw, text)) = parse::<RawChecklist>(files, path, diagnostics) {
            if let Some(checklist) = checklist(path, text, raw, &mut origins, diagnostics) {
                checklists.push(checklist);
            }
        }
    }
    let library = Library {
        categories,
        bring,
        referrals,
        checklists,
    };
    (library, origins)
}

/// Reports every id that was already written earlier in the same list.
fn duplicates<'a>(
    file: &str,
    text: &str,
    ids: impl Iterator<Item = &'a Spanned<String>>,
    what: &str,
    diagnostics: &mut Diagnostics,
) {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if seen.contains(&id.get_ref().as_str()) {
            diagnostics.error(
                file,
                line_of(text, id.span().start),
                format!("{what} \"{}\" is listed twice", id.get_ref()),
            );
        }
        seen.push(id.get_ref());
    }
}

fn parse<'f, T: for<'de> Deserialize<'de>>(
    files: &'f ContentFiles,
    path: &str,
    diagnostics: &mut Diagnostics,
) -> Option<(T, &'f str)> {
    let Some(text) = files.get(path) else {
        diagnostics.error(path, 0, "file is missing");
        return None;
    };
    match toml::from_str::<T>(text) {
        Ok(raw) => Some((raw, text)),
        Err(error) => {
            let line = error.span().map_or(0, |span| line_of(text, span.start));
            diagnostics.error(path, line, error.message().trim().to_owned());
            None
        }
    }
}

fn checklist(
    path: &str,
    text: &str,
    raw: RawChecklist,
    origins: &mut Origins,
    diagnostics: &mut Diagnostics,
) -> Option<Checklist> {
    check_code(path, text, &raw.id, diagnostics);
    let id = raw.id.get_ref().clone();
    let expected = path
        .trim_start_matches(CHECKLIST_DIR)
        .trim_end_matches(".toml");
    if id != expected {
        diagnostics.error(
            path,
            line_of(text, raw.id.span().start),
            format!("id \"{id}\" must match the file name \"{expected}\""),
        );
    }
    if raw.steps.is_empty() {
        diagnostics.error(path, 0, "a checklist needs at least one [[step]]");
    }
    origins.message(
        path,
        text,
        &raw.id,
        super::messages::checklist(&id),
        &["summary"],
    );
    origins.push(
        path,
        text,
        raw.category.span().start,
        Reference::Category(raw.category.get_ref().clone()),
    );
    let reviewed = match date(raw.reviewed.get_ref()) {
        Some(date) => date,
        None => {
            let line = line_of(text, raw.reviewed.span().start);
            diagnostics.error(path, line, "`reviewed` must be a date like 2026-10-01");
            NaiveDate::MIN
        }
    };
    duplicates(path, text, raw.bring.iter(), "bring item", diagnostics);
    let bring = raw
        .bring
        .iter()
        .map(|b| origins.bring(path, text, b))
        .collect();
    let mut steps: Vec<Step> = Vec::new();
    for raw_step in raw.steps {
        let step_id = raw_step.id.get_ref().clone();
        let line = line_of(text, raw_step.id.span().start);
        if steps.iter().any(|s| s.id == step_id) {
            diagnostics.error(path, line, format!("step \"{step_id}\" appears twice"));
        }
        origins.message(
            path,
            text,
            &raw_step.id,
            super::messages::step(&id, &step_id),
            &[],
        );
        let kind = match raw_step.kind.as_ref().map(|k| k.get_ref().as_str()) {
            None | Some("normal") => StepKind::Normal,
            Some("secret") => StepKind::Secret,
            Some(other) => {
                let line = raw_step
                    .kind
                    .as_ref()
                    .map_or(line, |k| line_of(text, k.span().start));
                diagnostics.error(
                    path,
                    line,
                    format!("unknown step kind \"{other}\" (use \"normal\" or \"secret\")"),
                );
                StepKind::Normal
            }
        };
        duplicates(
            path,
            text,
            raw_step.problems.iter().map(|p| &p.id),
            "problem",
            diagnostics,
        );
        let problems = raw_step
            .problems
            .into_iter()
            .map(|p| problem(path, text, p, origins, diagnostics))
            .collect();
        duplicates(
            path,
            text,
            raw_step.branch.iter(),
            "branch option",
            diagnostics,
        );
        for option in &raw_step.branch {
            let message = super::messages::branch(&id, &step_id, option.get_ref());
            origins.message(path, text, option, message, &[]);
        }
        let when = raw_step
            .when
            .as_ref()
            .and_then(|when| condition(path, text, when, &steps, diagnostics));
        let branch = raw_step
            .branch
            .into_iter()
            .map(Spanned::into_inner)
            .collect();
        steps.push(Step {
            id: step_id,
            kind,
            problems,
            branch,
            when,
        });
    }
    Some(Checklist {
        id,
        version: raw.version,
        category: raw.category.into_inner(),
        rank: raw.rank.unwrap_or(DEFAULT_RANK),
        reviewed,
        sources: raw.sources,
        bring,
        steps,
        file: path.to_owned(),
    })
}

/// Resolves `"<step>:<option>"` against the steps written before this one.
fn condition(
    path: &str,
    text: &str,
    when: &Spanned<String>,
    earlier: &[Step],
    diagnostics: &mut Diagnostics,
) -> Option<Condition> {
    let line = line_of(text, when.span().start);
    let Some((step_id, option_id)) = when.get_ref().split_once(':') else {
        diagnostics.error(
            path,
            line,
            format!(
                "`when = \"{}\"` must name a branch step and an option, like \"log-in:itsme\"",
                when.get_ref()
            ),
        );
        return None;
    };
    let Some(step) = earlier.iter().position(|s| s.id == step_id) else {
        diagnostics.error(
            path,
            line,
            format!("`when` names \"{step_id}\", which is not a step before this one"),
        );
        return None;
    };
    let Some(option) = earlier[step].branch.iter().position(|o| o == option_id) else {
        let options = earlier[step].branch.join(", ");
        diagnostics.error(
            path,
            line,
            format!("step \"{step_id}\" has no branch option \"{option_id}\" (it has: {options})"),
        );
        return None;
    };
    Some(Condition { step, option })
}

/// Ids that the anonymous log counts must be codes: the log refuses anything else.
fn check_code(path: &str, text: &str, id: &toml::Spanned<String>, diagnostics: &mut Diagnostics) {
    let code = id.get_ref();
    let valid = (1..=40).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        diagnostics.error(
            path,
            line_of(text, id.span().start),
            format!(
                "\"{code}\" must be a code: 1-40 lowercase letters, digits or '-', starting with a letter"
            ),
        );
    }
}

fn problem(
    path: &str,
    text: &str,
    raw: RawProblem,
    origins: &mut Origins,
    diagnostics: &mut Diagnostics,
) -> Problem {
    check_code(path, text, &raw.id, diagnostics);
    let id = raw.id.get_ref().clone();
    origins.message(path, text, &raw.id, super::messages::problem(&id), &["fix"]);
    let end = match (raw.refer, raw.goto) {
        (Some(refer), None) => {
            origins.push(
                path,
                text,
                refer.span().start,
                Reference::Referral(refer.get_ref().clone()),
            );
            ProblemEnd::Refer(refer.into_inner())
        }
        (None, Some(goto)) => {
            origins.push(
                path,
                text,
                goto.span().start,
                Reference::Goto(goto.get_ref().clone()),
            );
            ProblemEnd::Goto(goto.into_inner())
        }
        (None, None) => ProblemEnd::TryThis,
        (Some(refer), Some(_)) => {
            let line = line_of(text, refer.span().start);
            diagnostics.error(
                path,
                line,
                format!("problem \"{id}\" has both `refer` and `goto`; choose one"),
            );
            ProblemEnd::TryThis
        }
    };
    Problem { id, end }
}

fn date(value: &toml::value::Datetime) -> Option<NaiveDate> {
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }
        _ => None,
    }
}

impl Origins {
    fn push(&mut self, file: &str, text: &str, offset: usize, what: Reference) {
        self.entries.push(Origin {
            file: file.to_owned(),
            line: line_of(text, offset),
            what,
        });
    }

    fn message(
        &mut self,
        file: &str,
        text: &str,
        at: &Spanned<String>,
        id: String,
        attributes: &[&'static str],
    ) {
        self.push(
            file,
            text,
            at.span().start,
            Reference::Message {
                id,
                attributes: attributes.to_vec(),
            },
        );
    }

    fn bring(&mut self, file: &str, text: &str, item: &Spanned<String>) -> String {
        self.push(
            file,
            text,
            item.span().start,
            Reference::Bring(item.get_ref().clone()),
        );
        item.get_ref().clone()
    }
}

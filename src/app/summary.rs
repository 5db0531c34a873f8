//! The take-home summary: what was done, what is still open, and what to bring next time,
//! in the citizen's language with a Dutch copy for the counter they are sent to. It holds
//! checklist ids only, so it can never carry anything a citizen typed or said.

use super::path;
use super::state::Session;
use crate::content::{Content, Library, messages};
use crate::i18n::{FluentArgs, LocaleId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub checklist: usize,
    /// Steps on the citizen's path, done and still open, in order.
    pub done: Vec<usize>,
    pub open: Vec<usize>,
    /// Bring items that were not ticked.
    pub missing: Vec<String>,
    pub referral: Option<String>,
}

/// What became of writing the summary down, reported by the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryStatus {
    Printed,
    Saved(String),
    Failed,
}

impl Summary {
    pub fn of(content: &Content, session: &Session) -> Option<Summary> {
        let root = session.places.first()?;
        let checklist = &content.library.checklists[root.checklist];
        let walked: Vec<usize> = (0..checklist.steps.len())
            .filter(|&i| path::is_on_path(&checklist.steps[i], &root.answers))
            .collect();
        let (done, open) = walked.split_at(session.steps_done.min(walked.len()));
        let missing = checklist
            .bring
            .iter()
            .zip(&root.ticked)
            .filter(|(_, ticked)| !**ticked)
            .map(|(id, _)| id.clone())
            .collect();
        Some(Summary {
            checklist: root.checklist,
            done: done.to_vec(),
            open: open.to_vec(),
            missing,
            referral: session.referral.clone(),
        })
    }

    /// What was missing today, and what the referral place asks for, each once.
    pub fn bring_next_time(&self, library: &Library) -> Vec<String> {
        let mut bring = self.missing.clone();
        let referral = self.referral.as_ref().and_then(|id| library.referral(id));
        for item in referral.map(|r| r.bring.as_slice()).unwrap_or_default() {
            if !bring.contains(item) {
                bring.push(item.clone());
            }
        }
        bring
    }

    /// Plain text for a file or a printer, in logical order (a viewer lays it out): the
    /// citizen's copy, then the helper's, then a Dutch one for the counter, each once.
    pub fn text(&self, content: &Content, language: LocaleId, helper: LocaleId) -> String {
        let catalog = &content.catalog;
        let source = catalog.source();
        let mut copies = vec![language];
        for extra in [helper, source] {
            if !copies.contains(&extra) {
                copies.push(extra);
            }
        }
        let mut out = String::new();
        for (n, &copy) in copies.iter().enumerate() {
            if n > 0 {
                out.push_str("\n----------------------------------------\n");
                let heading = if copy == source {
                    catalog.text(source, "summary-copy").value
                } else {
                    catalog.locale(copy).meta.endonym.clone()
                };
                out.push_str(&heading);
                out.push_str("\n\n");
            }
            out.push_str(&self.section(content, copy));
        }
        // Isolation marks help the screen's bidi; a file viewer does its own.
        out.chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect()
    }

    /// One language's copy: where to go, what to bring, what is open, what was done.
    fn section(&self, content: &Content, lang: LocaleId) -> String {
        let catalog = &content.catalog;
        let checklist = &content.library.checklists[self.checklist];
        let text = |id: &str| catalog.text(lang, id).value;
        let mut out = format!("digipunt - {}\n", text(&messages::checklist(&checklist.id)));
        let mut list = |title: &str, items: Vec<String>| {
            if !items.is_empty() {
                out.push('\n');
                out.push_str(&text(title));
                out.push('\n');
                for item in items {
                    out.push_str("- ");
                    out.push_str(&item);
                    out.push('\n');
                }
            }
        };
        if let Some(referral) = self
            .referral
            .as_ref()
            .and_then(|id| content.library.referral(id))
        {
            let id = messages::referral(&referral.id);
            let mut lines = vec![text(&id), catalog.attribute(lang, &id, "what").value];
            for (message, name, value) in [
                ("referral-phone", "phone", &referral.phone),
                ("referral-web", "web", &referral.web),
            ] {
                if let Some(value) = value {
                    let mut args = FluentArgs::new();
                    args.set(name, value.clone());
                    lines.push(catalog.text_with(lang, message, &args).value);
                }
            }
            list("summary-go", lines);
        }
        let bring = self.bring_next_time(&content.library);
        list(
            "summary-bring",
            bring.iter().map(|b| text(&messages::bring(b))).collect(),
        );
        let step = |i: &usize| text(&messages::step(&checklist.id, &checklist.steps[*i].id));
        list("summary-open", self.open.iter().map(step).collect());
        list("summary-done", self.done.iter().map(step).collect());
        out
    }
}

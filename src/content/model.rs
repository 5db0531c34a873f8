//! The checklist model: structure only. Every word a person reads is a Fluent message
//! named after these ids (see `messages` for the naming scheme).

use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct Library {
    /// Topic groups in display order.
    pub categories: Vec<String>,
    /// Ids of the things a citizen may need to bring.
    pub bring: Vec<String>,
    pub referrals: Vec<Referral>,
    pub checklists: Vec<Checklist>,
}

#[derive(Debug, Clone)]
pub struct Checklist {
    pub id: String,
    pub version: u32,
    pub category: String,
    /// Place in its topic group: lower comes first.
    pub rank: u32,
    pub reviewed: NaiveDate,
    pub sources: Vec<String>,
    pub bring: Vec<String>,
    pub steps: Vec<Step>,
    /// Where it was loaded from, for messages.
    pub file: String,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub problems: Vec<Problem>,
    /// Options where the path divides; empty for an ordinary step.
    pub branch: Vec<String>,
    /// Shown only when this earlier branch step was answered with this option.
    pub when: Option<Condition>,
}

/// A branch answer a step depends on: the step's index and the option's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub step: usize,
    pub option: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Normal,
    /// The citizen types a PIN, password or code alone; the screen says so to both.
    Secret,
}

#[derive(Debug, Clone)]
pub struct Problem {
    /// Also the problem code that the anonymous log counts.
    pub id: String,
    pub end: ProblemEnd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemEnd {
    /// Only advice (`.fix`); the citizen tries again.
    TryThis,
    /// Ends in a referral to a place from the shared directory.
    Refer(String),
    /// Continues in another checklist, then returns to this step.
    Goto(String),
}

#[derive(Debug, Clone)]
pub struct Referral {
    pub id: String,
    pub phone: Option<String>,
    pub web: Option<String>,
    pub bring: Vec<String>,
}

impl Library {
    pub fn checklist_index(&self, id: &str) -> Option<usize> {
        self.checklists.iter().position(|c| c.id == id)
    }

    pub fn referral(&self, id: &str) -> Option<&Referral> {
        self.referrals.iter().find(|r| r.id == id)
    }
}

/// Fluent message ids for content, in one place so that loading, validation and screens
/// agree on them.
pub mod messages {
    pub fn checklist(checklist: &str) -> String {
        checklist.to_owned()
    }

    pub fn step(checklist: &str, step: &str) -> String {
        format!("{checklist}-{step}")
    }

    /// The label of one way on from a branch step.
    pub fn branch(checklist: &str, step: &str, option: &str) -> String {
        format!("{checklist}-{step}-{option}")
    }

    pub fn problem(problem: &str) -> String {
        format!("problem-{problem}")
    }

    pub fn bring(item: &str) -> String {
        format!("bring-{item}")
    }

    pub fn referral(referral: &str) -> String {
        format!("referral-{referral}")
    }

    pub fn category(category: &str) -> String {
        format!("category-{category}")
    }

    /// The problem every step offers besides its known ones.
    pub const OTHER_PROBLEM: &str = "other";
}

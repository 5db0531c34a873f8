//! The TOML files as written, with the position of every id, before any checking.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategories {
    pub order: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBring {
    pub item: Vec<RawBringItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBringItem {
    pub id: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReferrals {
    pub referral: Vec<RawReferral>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReferral {
    pub id: Spanned<String>,
    pub phone: Option<String>,
    pub web: Option<String>,
    #[serde(default)]
    pub bring: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklist {
    pub id: Spanned<String>,
    pub version: u32,
    pub category: Spanned<String>,
    /// Place in its topic group: lower comes first (the most asked tasks), then by id.
    #[serde(default)]
    pub rank: Option<u32>,
    pub reviewed: Spanned<toml::value::Datetime>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub bring: Vec<Spanned<String>>,
    #[serde(rename = "step")]
    pub steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    /// The ways on from here, when the path truly differs (e.g. itsme or card reader).
    #[serde(default)]
    pub branch: Vec<Spanned<String>>,
    /// `"<step>:<option>"`: shown only on that branch.
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    #[serde(default)]
    pub problems: Vec<RawProblem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProblem {
    pub id: Spanned<String>,
    pub refer: Option<Spanned<String>>,
    pub goto: Option<Spanned<String>>,
}

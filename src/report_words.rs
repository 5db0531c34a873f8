//! A report in words: the names of every code and the headings and notes from
//! `report.ftl` (`labels`), and the report as sections of labelled, suppression-marked
//! lines (`document`). One source of truth for `digipunt report` (text and HTML) and the
//! kiosk's report screen, so both show the same numbers under the same words. No layout.

pub mod document;
pub mod labels;

pub use document::{Body, Builder, Chart, Document, Figure, Legend, Line, Progress, Section};
pub use labels::Labels;

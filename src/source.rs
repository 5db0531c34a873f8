//! The files content is loaded from (embedded or a folder), and the diagnostics that point
//! at a line in them. Shared by `content` (structure) and `i18n` (translations).

pub mod diagnostics;
pub mod files;

pub use diagnostics::{Diagnostic, Diagnostics, Severity, line_of};
pub use files::ContentFiles;

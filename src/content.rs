//! Content: the checklists and shared items (structure, from TOML) together with their
//! translations, loaded once at start and validated with `file:line` messages.

mod load;
pub mod model;
mod validate;

use chrono::NaiveDate;

pub use crate::source::{ContentFiles, Diagnostic, Diagnostics, Severity};
pub use model::{
    Checklist, Condition, Library, Problem, ProblemEnd, Referral, Step, StepKind, messages,
};

use crate::i18n::Catalog;

/// Everything the kiosk shows, checked.
pub struct Content {
    pub library: Library,
    pub catalog: Catalog,
    /// Warnings found at load (untranslated messages, stale checklists), for `check`.
    pub warnings: Vec<Diagnostic>,
}

impl Content {
    /// Loads and validates; on any error returns all diagnostics instead.
    pub fn load(files: &ContentFiles, today: NaiveDate) -> Result<Content, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let (library, origins) = load::load_library(files, &mut diagnostics);
        let catalog = Catalog::load(files, &mut diagnostics);
        if let Some(catalog) = &catalog {
            validate::validate(&library, &origins, catalog, today, &mut diagnostics);
        }
        match catalog {
            Some(catalog) if !diagnostics.has_errors() => {
                let warnings = diagnostics.sorted().warnings().cloned().collect();
                Ok(Content {
                    library,
                    catalog,
                    warnings,
                })
            }
            _ => Err(diagnostics.sorted()),
        }
    }

    /// The copy embedded in the binary, as the kiosk starts: the structure parsed, the
    /// translations from the build's compiled tables, and every id the structure names
    /// checked against both. What concerns the Fluent files alone (translations against
    /// the source, plurals) is not checked again at every start: the test suite and
    /// `digipunt check` validate this very content (`load` on `ContentFiles::embedded()`).
    /// On any error (or Fluent syntax errors found by the build) this loads the slow way,
    /// which reports each with its file and line.
    pub fn embedded(today: NaiveDate) -> Result<Content, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let structure = ContentFiles::embedded_structure();
        let (library, origins) = load::load_library(&structure, &mut diagnostics);
        let catalog = Catalog::embedded(&mut diagnostics);
        if let Some(catalog) = &catalog {
            validate::check_structure(&library, &origins, catalog, &mut diagnostics);
        }
        match catalog {
            Some(catalog) if !diagnostics.has_errors() => Ok(Content {
                library,
                catalog,
                warnings: Vec::new(),
            }),
            _ => Self::load(&ContentFiles::embedded(), today),
        }
    }
}

//! Translations: one Fluent bundle per locale, lookup with fallback, and what each locale
//! declares about its script and direction. Nothing here touches the terminal.

mod catalog;
mod compiled;
mod locale;
mod messages;
mod plain;
mod plurals;

pub use catalog::{Catalog, LocaleId, SOURCE_LOCALE, Text};
pub use fluent_bundle::FluentArgs;
pub use locale::{Direction, Display, LocaleMeta, Status};
pub use messages::{MessageIndex, MessageInfo, PLURAL_CATEGORIES, index_file};
pub use plurals::integer_categories;

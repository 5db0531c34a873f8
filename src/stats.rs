//! Counts for coordinators: grouping the anonymous log, small-count protection, export.

pub mod export;
pub mod protect;
pub mod query;
pub mod reach;
pub mod table;

pub use export::{DEFAULT_THRESHOLD, Export, Format, HIDDEN, MIN_THRESHOLD, TOTAL};
pub use protect::Shown;
pub use query::{CountError, Dimension, Group, count_by};
pub use reach::{Reach, Sessions, reach, sessions};
pub use table::{Row, Table};

//! Counts for coordinators: grouping the anonymous log, small-count suppression, export.

pub mod export;
pub mod protect;
pub mod query;

pub use export::{Cell, DEFAULT_THRESHOLD, Export, Format, MIN_THRESHOLD, suppress};
pub use query::{Dimension, Group, count_by};

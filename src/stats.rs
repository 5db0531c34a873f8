//! Counts for coordinators: grouping the anonymous log, small-count protection, export,
//! and the report (its data; the words and layout are the command's).

pub mod estimate;
pub mod export;
pub mod period;
pub mod protect;
pub mod query;
pub mod reach;
pub mod report;
pub mod table;
#[doc(hidden)]
pub mod tally;

pub use estimate::Estimate;
pub use export::{DEFAULT_THRESHOLD, Export, Format, HIDDEN, MIN_THRESHOLD, TOTAL};
pub use period::Period;
pub use protect::Shown;
pub use query::{CountError, Dimension, Group, count_by};
pub use reach::{Reach, Sessions, reach, sessions};
pub use report::{Breakdown, GroupSessions, Part, Ranked, Report, Request};
pub use table::{Row, Table};

//! The pure core: screen-flow state, the actions that change it and the effects it asks
//! for. No terminal, clock, database or speech here, so every flow is testable.

mod action;
mod choices;
pub mod desk;
pub mod lock;
pub mod path;
mod state;
mod summary;
mod update;

pub use action::{Action, Effect};
pub use choices::{Choice, categories, choices, topics_in};
pub use desk::{DeskChoice, DeskScreen};
pub use state::{
    App, Clock, LocalReferral, Place, Screen, Session, Settings, StoreHealth, THANKS_SECONDS,
};
pub use summary::{Summary, SummaryStatus};
pub use update::update;

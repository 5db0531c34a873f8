//! digipunt: a terminal kiosk that guides citizens through essential online tasks and
//! keeps only anonymous counts of the help given. See ARCHITECTURE.md for the map.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod i18n;
pub mod interaction;
pub mod kiosk;
pub mod paths;
pub mod pin;
pub mod report_words;
pub mod source;
pub mod stats;
pub mod store;
pub mod ui;

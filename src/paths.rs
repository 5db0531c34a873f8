//! Where digipunt keeps its files by default, per platform conventions.

use std::path::PathBuf;

use directories::ProjectDirs;

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("be", "digibanken", "digipunt")
}

pub fn default_config() -> Option<PathBuf> {
    project().map(|p| p.config_dir().join("config.toml"))
}

pub fn default_data_dir() -> PathBuf {
    project().map_or_else(|| PathBuf::from("."), |p| p.data_dir().to_owned())
}

pub fn default_database() -> PathBuf {
    project().map_or_else(
        || PathBuf::from("digipunt.sqlite"),
        |p| p.data_dir().join("digipunt.sqlite"),
    )
}

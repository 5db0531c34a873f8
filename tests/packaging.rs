//! The .deb's default config and systemd unit stay in step with the program: the config
//! parses with the real loader, every commented example in it too, it names every key the
//! loader knows, `set-pin` keeps it valid, and the unit starts the program with options it
//! knows and paths the package installs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use digipunt::config::{self, Config};
use digipunt::content::{Content, ContentFiles};

fn packaged(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(file)
}

fn read(file: &str) -> String {
    std::fs::read_to_string(packaged(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The config with every example switched on: `# key = value` and `# [referral.id]` lose
/// their `# `; prose comments stay.
fn every_example_on(text: &str) -> String {
    text.lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if is_setting(rest) => rest,
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_setting(line: &str) -> bool {
    let key = |k: &str| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    match line.split_once(" = ") {
        Some((name, _)) => key(name),
        None => line
            .strip_prefix("[referral.")
            .and_then(|rest| rest.strip_suffix(']'))
            .is_some_and(|id| !id.is_empty()),
    }
}

/// Keys the config names in prose only, never as an example to switch on.
const PROSE_ONLY: &[&str] = &[
    // Written by `digipunt set-pin`; an example hash would be a known PIN.
    "helper_pin",
];

/// The keys the loader accepts in `table`, as its own "unknown field" message lists them.
fn known_keys(table: &str) -> Vec<String> {
    let probe = format!("{table}not_a_digipunt_key = 1\n");
    let error = config::parse(&probe, Path::new("probe.toml"))
        .expect_err("an unknown key must be refused")
        .to_string();
    let (_, list) = error
        .split_once("expected one of")
        .unwrap_or_else(|| panic!("the loader no longer lists its keys: {error}"));
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_packaged_config_is_accepted_as_shipped() {
    let config = config::load(&packaged("packaging/config.toml"), true).unwrap();
    let defaults = Config::default();
    // The service keeps its data in the folder systemd and the package give the kiosk user.
    assert_eq!(
        config.database.as_deref(),
        Some(Path::new("/var/lib/digipunt/log.sqlite"))
    );
    assert_eq!(
        config.summary_dir.as_deref(),
        Some(Path::new("/var/lib/digipunt"))
    );
    // Everything else is a commented example: the program's own defaults apply.
    assert_eq!(config.kiosk, defaults.kiosk);
    assert_eq!(config.content, None);
    assert_eq!(config.language, defaults.language);
    assert_eq!(config.idle_after, defaults.idle_after);
    assert_eq!(config.retention_months, defaults.retention_months);
    assert_eq!(config.helper_pin, None);
    assert!(
        !config.kiosk_mode,
        "the unit asks for kiosk mode, not the file"
    );
    // The one table is there only so that settings stay above it; it adds nothing.
    let [municipality] = config.referrals.as_slice() else {
        panic!("{:?}", config.referrals)
    };
    assert_eq!(municipality.id, "municipality");
    assert!(municipality.address.is_none() && municipality.note.is_none());
}

#[test]
fn every_commented_example_is_accepted() {
    let text = every_example_on(&read("packaging/config.toml"));
    let config = config::parse(&text, Path::new("packaging/config.toml (examples on)"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.kiosk, "brugge-bib-1");
    assert_eq!(
        config.content.as_deref(),
        Some(Path::new("/etc/digipunt/content"))
    );
    assert_eq!(config.reach_target, Some(1000));
    // What the kiosk checks at start, beyond the loader: referral ids and languages exist.
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let content = Content::load(&ContentFiles::embedded(), today)
        .unwrap_or_else(|_| panic!("the built-in content must load"));
    assert!(!config.referrals.is_empty());
    for local in &config.referrals {
        assert!(
            content.library.referral(&local.id).is_some(),
            "[referral.{}]: no such referral",
            local.id
        );
    }
    for language in [&config.language, &config.helper_language] {
        assert!(content.catalog.find(language).is_some(), "{language}");
    }
}

#[test]
fn the_packaged_config_names_every_key_the_loader_knows() {
    let text = every_example_on(&read("packaging/config.toml"));
    let lines: Vec<&str> = text.lines().collect();
    let top = known_keys("");
    let referral = known_keys("[referral.municipality]\n");
    assert!(top.contains(&"kiosk".to_owned()), "{top:?}");
    assert!(referral.contains(&"address".to_owned()), "{referral:?}");
    for key in top.iter().filter(|k| *k != "referral").chain(&referral) {
        let assignment = format!("{key} = ");
        let named = if PROSE_ONLY.contains(&key.as_str()) {
            text.contains(&format!("`{key}`"))
        } else {
            lines.iter().any(|line| line.starts_with(&assignment))
        };
        assert!(
            named,
            "packaging/config.toml does not mention `{key}`: add it, commented, with its default"
        );
    }
    assert!(lines.iter().any(|line| line.starts_with("[referral.")));
}

#[test]
fn the_unit_and_the_package_agree_on_paths() {
    let unit = read("packaging/digipunt.service");
    let manifest = read("Cargo.toml");
    let exec = unit
        .lines()
        .find_map(|line| line.strip_prefix("ExecStart="))
        .expect("ExecStart");
    assert!(exec.starts_with("/usr/bin/digipunt "), "{exec}");
    assert!(
        exec.contains("--config /etc/digipunt/config.toml"),
        "{exec}"
    );
    for asset in [
        r#"["target/release/digipunt", "usr/bin/""#,
        r#"["packaging/config.toml", "etc/digipunt/config.toml""#,
        r#"["packaging/digipunt.service", "usr/lib/systemd/system/""#,
    ] {
        assert!(manifest.contains(asset), "Cargo.toml assets: {asset}");
    }
    // The log lies in the unit's StateDirectory, the one folder it may write.
    assert!(unit.contains("\nStateDirectory=digipunt\n"));
    // Broken content (exit 2) must not restart in a loop.
    assert!(unit.contains("\nRestartPreventExitStatus=2\n"));
}

#[test]
fn set_pin_keeps_the_packaged_config_valid_with_every_example_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::copy(packaged("packaging/config.toml"), &path).unwrap();
    // From a pipe, set-pin reads one line: the way an install script would set it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(["--config", path.to_str().unwrap(), "set-pin"])
        .env("HOME", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"482916\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let config = config::parse(&text, &path).unwrap_or_else(|e| panic!("{e}"));
    assert!(config.helper_pin.is_some());
    // The hash lands among the kiosk's own settings, so that filling in the referral
    // examples later cannot move it into a table.
    let on = every_example_on(&text);
    let config = config::parse(&on, &path).unwrap_or_else(|e| panic!("{e}"));
    assert!(config.helper_pin.is_some());
    assert!(config.referrals[0].address.is_some());
    // set-pin keeps the file's group (the kiosk user's) but never lets others read it.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode & 0o137, 0, "{mode:o}");
}

#[test]
fn the_unit_starts_the_program_with_options_it_knows() {
    use clap::Parser;
    let unit = read("packaging/digipunt.service");
    let exec = unit
        .lines()
        .find_map(|line| line.strip_prefix("ExecStart="))
        .expect("ExecStart");
    let args: Vec<&str> = exec.split_whitespace().collect();
    if let Err(error) = digipunt::cli::Cli::try_parse_from(&args) {
        panic!("{exec}\n{error}");
    }
}

//! Content and translation validation: the shipped content passes; each kind of mistake
//! is reported with the right file and line.

use std::process::Command;

use chrono::NaiveDate;
use digipunt::content::{Content, ContentFiles, Diagnostics};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn edited(path: &str, edit: impl FnOnce(&str) -> String) -> ContentFiles {
    let mut files = ContentFiles::embedded();
    let text = files
        .get(path)
        .unwrap_or_else(|| panic!("no {path}"))
        .to_owned();
    let changed = edit(&text);
    assert_ne!(changed, text, "the fixture must change {path}");
    files.insert(path, changed);
    files
}

fn errors(files: &ContentFiles) -> Diagnostics {
    match Content::load(files, today()) {
        Ok(_) => panic!("expected errors"),
        Err(diagnostics) => diagnostics,
    }
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(files: &ContentFiles, path: &str, needle: &str) -> usize {
    files
        .get(path)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in {path}"))
        + 1
}

fn assert_reported(diagnostics: &Diagnostics, file: &str, line: usize, words: &str) {
    let found = diagnostics
        .errors()
        .any(|d| d.file == file && d.line == line && d.message.contains(words));
    assert!(
        found,
        "expected {file}:{line}: ...{words}... in\n{diagnostics}"
    );
}

#[test]
fn the_shipped_content_passes_without_a_single_warning() {
    // The kiosk trusts this validation and loads the build's compiled tables instead.
    let content =
        Content::load(&ContentFiles::embedded(), today()).unwrap_or_else(|d| panic!("{d}"));
    assert!(content.warnings.is_empty(), "{:#?}", content.warnings);
    assert!(content.library.checklists.len() >= 3);
    for checklist in &content.library.checklists {
        let steps = checklist.steps.len();
        assert!(
            (6..=12).contains(&steps),
            "{} has {steps} steps",
            checklist.id
        );
    }
    let tags: Vec<&str> = content
        .catalog
        .locales()
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(
        tags,
        [
            "nl", "fr", "de", "en", "ar", "uk", "ru", "tr", "pl", "ro", "es", "fa-AF", "ps", "ti",
            "so"
        ]
    );
}

#[test]
fn a_checklist_that_does_not_parse_names_file_and_line() {
    let path = "assets/checklists/vdab-jobs.toml";
    let files = edited(path, |t| {
        t.replacen("id = \"search-jobs\"", "id = \"search-jobs", 1)
    });
    let line = line_of(&files, path, "id = \"search-jobs");
    assert_reported(&errors(&files), path, line, "");
}

#[test]
fn an_unknown_goto_refer_or_bring_names_its_line() {
    let path = "assets/checklists/tax-on-web.toml";
    let files = edited(path, |t| {
        t.replace("goto = \"eid-login\"", "goto = \"eid-logon\"")
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "eid-logon"),
        "unknown checklist \"eid-logon\"",
    );

    let files = edited(path, |t| {
        t.replacen("refer = \"itsme\"", "refer = \"itsme-desk\"", 1)
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "itsme-desk"),
        "unknown referral \"itsme-desk\"",
    );

    let files = edited(path, |t| t.replacen("\"card-reader\"", "\"cardreader\"", 1));
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "cardreader"),
        "unknown bring item \"cardreader\"",
    );

    let files = edited(path, |t| {
        t.replacen("category = \"money\"", "category = \"cash\"", 1)
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "cash"),
        "unknown category",
    );

    let files = edited(path, |t| {
        t.replacen(
            "{ id = \"no-card-reader\" }",
            "{ id = \"no-card-reader\", refer = \"bank\", goto = \"eid-login\" }",
            1,
        )
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "refer = \"bank\", goto"),
        "both `refer` and `goto`",
    );
}

#[test]
fn a_message_missing_in_the_source_language_is_an_error_at_the_step() {
    let files = edited("locales/nl/checklists/eid-login.ftl", |t| {
        t.replace("eid-login-check-data =", "eid-login-check-dat =")
    });
    let path = "assets/checklists/eid-login.toml";
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "id = \"check-data\""),
        "\"eid-login-check-data\" is missing in locales/nl/",
    );

    let files = edited("locales/nl/problems.ftl", |t| {
        t.replace(
            "    .fix = Vraag een begeleider om de eID-software",
            "    .fixx = Vraag een begeleider om de eID-software",
        )
    });
    let path = "locales/nl/problems.ftl";
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "problem-no-eid-software ="),
        "needs the attribute .fix",
    );
}

#[test]
fn a_translation_that_does_not_parse_names_file_and_line() {
    let path = "locales/ar/ui.ftl";
    let files = edited(path, |t| {
        t.replacen("step-progress = ", "step-progress = { $current\n", 1)
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "step-progress ="),
        "Fluent syntax",
    );
}

#[test]
fn a_translation_with_an_unknown_variable_is_an_error() {
    let path = "locales/fr/ui.ftl";
    let files = edited(path, |t| t.replace("{ $pending }", "{ $waiting }"));
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "store-warning ="),
        "$waiting",
    );
}

#[test]
fn a_message_defined_twice_is_an_error() {
    let path = "locales/en/bring.ftl";
    let files = edited(path, |t| format!("{t}\nbring-eid = Your ID card again\n"));
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "Your ID card again"),
        "already defined",
    );
}

#[test]
fn a_locale_folder_missing_from_the_list_is_an_error() {
    let mut files = ContentFiles::embedded();
    files.insert(
        "locales/it/locale.toml",
        "endonym = \"Italiano\"\ndirection = \"ltr\"\nscript = \"Latn\"\nstatus = \"draft\"\n",
    );
    assert_reported(
        &errors(&files),
        "locales/languages.toml",
        0,
        "\"it\" is not in `order`",
    );
    let files = edited("locales/ar/locale.toml", |t| {
        t.replace("direction = \"rtl\"", "direction = \"right\"")
    });
    assert_reported(
        &errors(&files),
        "locales/ar/locale.toml",
        line_of(&files, "locales/ar/locale.toml", "direction"),
        "must be \"ltr\" or \"rtl\"",
    );
}

#[test]
fn a_missing_translation_falls_back_and_is_counted() {
    let path = "locales/fr/checklists/vdab-jobs.ftl";
    let files = edited(path, |t| {
        t.lines()
            .filter(|l| !l.starts_with("vdab-jobs-apply ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let content = Content::load(&files, today()).unwrap_or_else(|d| panic!("{d}"));
    assert!(
        content
            .warnings
            .iter()
            .any(|w| w.message.contains("\"vdab-jobs-apply\" is not translated")),
        "{:#?}",
        content.warnings
    );
    let french = content.catalog.find("fr").unwrap();
    let text = content.catalog.text(french, "vdab-jobs-apply");
    let english = content
        .catalog
        .text(content.catalog.find("en").unwrap(), "vdab-jobs-apply");
    assert_eq!(
        text, english,
        "French falls back to English, not to an empty line"
    );
    assert_eq!(content.catalog.missing_lookups(), 0);
}

#[test]
fn content_not_reviewed_for_a_year_gets_a_warning() {
    let files = ContentFiles::embedded();
    let later = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
    let content = Content::load(&files, later).unwrap_or_else(|d| panic!("{d}"));
    assert!(
        content
            .warnings
            .iter()
            .any(|w| w.file == "assets/checklists/tax-on-web.toml"
                && w.message.contains("last reviewed"))
    );
}

fn content_dir(edit: impl FnOnce(&std::path::Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    for top in ["assets", "locales"] {
        copy_tree(&std::path::Path::new(root).join(top), &dir.path().join(top));
    }
    edit(dir.path());
    dir
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn digipunt(args: &[&str], home: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .output()
        .unwrap()
}

#[test]
fn check_and_the_kiosk_refuse_broken_content_before_touching_the_terminal() {
    let good = content_dir(|_| {});
    let home = tempfile::tempdir().unwrap();
    let ok = digipunt(
        &["check", "--content", good.path().to_str().unwrap()],
        home.path(),
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("checklists, 15 languages"));

    let broken = content_dir(|root| {
        let path = root.join("assets/checklists/safe-e-banking.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("refer = \"cardstop\""),
            "the fixture must change something"
        );
        std::fs::write(
            path,
            text.replace("refer = \"cardstop\"", "refer = \"kaartstop\""),
        )
        .unwrap();
    });
    let dir = broken.path().to_str().unwrap();
    let check = digipunt(&["check", "--content", dir], home.path());
    assert!(!check.status.success());
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains("assets/checklists/safe-e-banking.toml:")
            && stderr.contains("unknown referral \"kaartstop\""),
        "{stderr}"
    );

    let kiosk = digipunt(
        &[
            "--content",
            dir,
            "--db",
            home.path().join("k.sqlite").to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(kiosk.status.code(), Some(2));
    assert!(
        kiosk.stdout.is_empty(),
        "nothing may reach the terminal: {:?}",
        kiosk.stdout
    );
    assert!(String::from_utf8_lossy(&kiosk.stderr).contains("unknown referral \"kaartstop\""));
    assert!(!home.path().join("k.sqlite").exists());
}

#[test]
fn a_bad_config_names_the_key_and_the_file() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(&config, "kiosk = \"gent-1\"\nthreshold = 4\n").unwrap();
    let output = digipunt(
        &["check", "--config", config.to_str().unwrap()],
        home.path(),
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("config.toml:2:") && stderr.contains("threshold"),
        "{stderr}"
    );
}

#[test]
fn a_content_folder_missing_a_screen_message_is_refused() {
    let path = "locales/nl/ui.ftl";
    let files = edited(path, |t| {
        t.lines()
            .filter(|l| !l.starts_with("step-next ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    assert_reported(
        &errors(&files),
        path,
        0,
        "\"step-next\" is missing; the screens need it",
    );
}

#[test]
fn ids_listed_twice_are_errors_at_their_line() {
    let path = "locales/languages.toml";
    let files = edited(path, |t| {
        t.replace("order = [\"nl\", \"fr\"", "order = [\"nl\", \"fr\", \"fr\"")
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "order = ["),
        "\"fr\" is listed twice",
    );

    let path = "assets/checklists/eid-login.toml";
    let files = edited(path, |t| {
        t.replace(
            "  { id = \"card-expired\", refer = \"municipality\" },",
            "  { id = \"card-expired\", refer = \"municipality\" },\n  { id = \"card-expired\" },",
        )
    });
    let line = line_of(&files, path, "{ id = \"card-expired\" }");
    assert_reported(
        &errors(&files),
        path,
        line,
        "problem \"card-expired\" is listed twice",
    );

    let path = "assets/bring.toml";
    let files = edited(path, |t| format!("{t}\n[[item]]\nid = \"eid\"\n"));
    let line = files.get(path).unwrap().lines().count();
    assert_reported(
        &errors(&files),
        path,
        line,
        "bring item \"eid\" is listed twice",
    );
}

#[test]
fn a_step_whose_message_id_is_another_checklists_title_is_an_error() {
    // Checklist "eid" with a step "login" would write its text as "eid-login".
    let mut files = ContentFiles::embedded();
    files.insert(
        "assets/checklists/eid.toml",
        "id = \"eid\"\nversion = 1\ncategory = \"identity\"\nreviewed = 2026-11-23\n\n[[step]]\nid = \"login\"\n",
    );
    let nl = "locales/nl/checklists/eid.ftl";
    files.insert(nl, "eid = Over de eID\n    .summary = Kort.\n");
    assert_reported(
        &errors(&files),
        "assets/checklists/eid.toml",
        0,
        "\"eid-login\"",
    );
}

#[test]
fn counted_ids_must_be_codes() {
    let path = "assets/checklists/tax-on-web.toml";
    let files = edited(path, |t| {
        t.replacen("{ id = \"forgot-pin\"", "{ id = \"Forgot PIN\"", 1)
    });
    assert_reported(
        &errors(&files),
        path,
        line_of(&files, path, "Forgot PIN"),
        "\"Forgot PIN\" must be a code",
    );
}

#[test]
fn a_closed_pipe_ends_check_quietly_instead_of_a_panic() {
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipunt"))
        .arg("check")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Like `digipunt check | head -0`: the reader is gone before the first line.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(output.status.signal(), Some(libc::SIGPIPE), "{said}");
}

#[test]
fn check_refuses_a_config_naming_a_language_or_place_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    for (text, words) in [
        (
            "language = \"xx\"\n",
            "`language = \"xx\"`: no such language",
        ),
        ("helper_language = \"kl\"\n", "`helper_language = \"kl\"`"),
        (
            "[referral.town-hall]\nphone = \"1\"\n",
            "[referral.town-hall]: no such referral",
        ),
    ] {
        let config = dir.path().join("config.toml");
        std::fs::write(&config, text).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_digipunt"))
            .arg("--config")
            .arg(&config)
            .arg("check")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{text}");
        assert!(
            said.contains("config.toml: ") && said.contains(words),
            "{said}"
        );
    }
}

/// The kiosk starts from the build's compiled tables, without validating again: it must
/// see exactly the checklists and languages that the validated load sees.
#[test]
fn the_kiosk_start_sees_what_the_validation_saw() {
    let validated =
        Content::load(&ContentFiles::embedded(), today()).unwrap_or_else(|d| panic!("{d}"));
    let fast = Content::embedded(today()).unwrap_or_else(|d| panic!("{d}"));
    // Not the slow way after all (it would if the build had found Fluent errors).
    assert!(fast.catalog.is_compiled());
    assert!(!validated.catalog.is_compiled());
    assert_eq!(
        format!("{:?}", fast.library),
        format!("{:?}", validated.library)
    );
    let tags = |content: &Content| -> Vec<String> {
        let locales = content.catalog.locales();
        locales
            .iter()
            .map(|l| format!("{} {:?}", l.tag, l.meta))
            .collect()
    };
    assert_eq!(tags(&fast), tags(&validated));
    assert_eq!(
        fast.catalog.greeting(),
        validated.catalog.greeting(),
        "languages that greet"
    );
}

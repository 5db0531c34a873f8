//! No input may panic the loaders: the config file and every kind of content file, fed
//! arbitrary text and mutations of the real files. Bounded so that CI stays quick (a few
//! seconds); `DIGIPUNT_FUZZ_CASES=20000 cargo test --release --test fuzz` hunts longer.

use std::path::Path;

use chrono::NaiveDate;
use digipunt::config;
use digipunt::content::{Content, ContentFiles};
use proptest::prelude::*;

/// Cases per property: `default`, or `DIGIPUNT_FUZZ_CASES` for a longer hunt.
fn cases(default: u32) -> u32 {
    std::env::var("DIGIPUNT_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The shipped content cut down to Dutch and Arabic (both directions, the source and a
/// translation): the same loaders, a fraction of the time per case.
fn small_content() -> ContentFiles {
    let mut files = ContentFiles::embedded();
    let others: Vec<String> = files
        .under("locales/")
        .map(|(path, _)| path.to_owned())
        .filter(|path| {
            !(path.starts_with("locales/nl/")
                || path.starts_with("locales/ar/")
                || path == "locales/languages.toml")
        })
        .collect();
    for path in others {
        files.remove(&path);
    }
    let order = files.get("locales/languages.toml").unwrap();
    let order = order
        .lines()
        .map(|line| {
            if line.starts_with("order") {
                "order = [\"nl\", \"ar\"]".to_owned()
            } else if line.starts_with("greet") {
                "greet = [\"nl\", \"ar\"]".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    files.insert("locales/languages.toml", order);
    files
}

/// A change a slip of the hand or a broken editor could make.
#[derive(Debug, Clone)]
enum Mutation {
    Cut { at: usize, len: usize },
    Insert { at: usize, text: String },
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let text = prop_oneof![
        Just("=".to_owned()),
        Just("[".to_owned()),
        Just("]]".to_owned()),
        Just("{ $".to_owned()),
        Just("\n[[step]]\nid = \"x\"\n".to_owned()),
        Just("\n-term = x\n".to_owned()),
        Just("\"".to_owned()),
        Just("\u{202E}".to_owned()),
        Just("\u{FEFF}".to_owned()),
        Just("\t\r\n".to_owned()),
        "\\PC{0,12}",
    ];
    prop_oneof![
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Cut { at, len }),
        (any::<usize>(), text).prop_map(|(at, text)| Mutation::Insert { at, text }),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    match mutation {
        Mutation::Cut { at, len } => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len);
            let end = end.max(start);
            format!("{}{}", &text[..start], &text[end..])
        }
        Mutation::Insert { at, text: inserted } => {
            let at = boundary(text, *at);
            format!("{}{inserted}{}", &text[..at], &text[at..])
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let i = i % lines.len();
            lines.insert(i, lines[i]);
            lines.join("\n")
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let n = lines.len();
            lines.swap(a % n, b % n);
            lines.join("\n")
        }
        Mutation::Truncate(at) => text[..boundary(text, *at)].to_owned(),
        _ => text.to_owned(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_config_is_read_or_refused_with_file_and_line(text in "\\PC{0,300}") {
        if let Err(error) = config::parse(&text, Path::new("config.toml")) {
            prop_assert!(error.to_string().starts_with("config.toml:"), "{}", error);
        }
    }

    #[test]
    fn config_like_lines_are_read_or_refused_with_file_and_line(
        lines in proptest::collection::vec(
            (
                prop_oneof![
                    Just("kiosk"), Just("language"), Just("helper_language"),
                    Just("suppress_below"), Just("retention_months"), Just("idle_minutes"),
                    Just("idle_countdown_seconds"), Just("reach_target"), Just("bidi"),
                    Just("helper_pin"), Just("kiosk_mode"), Just("database"), Just("printer"),
                    Just("[referral.ocmw]"), Just("address"), Just("colour"),
                ],
                prop_oneof![
                    Just("\"nl\"".to_owned()), Just("0".to_owned()), Just("-1".to_owned()),
                    Just("99999999999999999999".to_owned()), Just("true".to_owned()),
                    Just("\"$argon2id$v=19$m=1,t=1,p=1$AAAA$AAAA\"".to_owned()),
                    Just("[1, 2]".to_owned()), Just("{ a = 1 }".to_owned()),
                    "\"\\PC{0,20}\"", (0u64..200).prop_map(|n| n.to_string()),
                ],
            ),
            0..12,
        )
    ) {
        let text: String = lines
            .iter()
            .map(|(key, value)| if key.starts_with('[') {
                format!("{key}\n")
            } else {
                format!("{key} = {value}\n")
            })
            .collect();
        if let Err(error) = config::parse(&text, Path::new("config.toml")) {
            prop_assert!(error.to_string().starts_with("config.toml:"), "{}", error);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(400), ..ProptestConfig::default() })]

    /// A broken checklist, bring list, referral list, category list or translation loads
    /// or is refused with diagnostics; it never panics.
    #[test]
    fn a_mutated_content_file_is_loaded_or_refused_never_a_panic(
        file in any::<proptest::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut files = small_content();
        let paths: Vec<String> = files
            .under("assets/")
            .chain(files.under("locales/"))
            .map(|(path, _)| path.to_owned())
            .collect();
        let path = file.get(&paths).clone();
        let mut text = files.get(&path).unwrap().to_owned();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        files.insert(path.clone(), text);
        if let Err(diagnostics) = Content::load(&files, today()) {
            prop_assert!(diagnostics.errors().next().is_some() || diagnostics.to_string().contains(':'));
        }
    }
}

#[test]
fn the_cut_down_content_itself_loads() {
    Content::load(&small_content(), today()).unwrap();
}

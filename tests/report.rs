//! Coordinator reports: the same numbers as `export`, nothing below the threshold in any
//! form (not even by subtracting one table from another), a self-contained HTML page,
//! periods, and reach against the yearly target.

use std::path::Path;
use std::process::{Command, Output};

use digipunt::interaction::{Daypart, GroupSession, Interaction, Mode, Outcome};
use digipunt::stats::{Estimate, Period, Report, Request, Shown, count_by};
use digipunt::store::Store;

#[path = "support/rows.rs"]
mod rows;
use rows::{copies, day, help_at};

fn help(on: &str, task: &str, category: &str, language: &str, outcome: Outcome) -> Interaction {
    help_at("gent-bib-2", on, task, category, language, outcome)
}

fn record(path: &Path, rows: &[Interaction]) {
    let mut store = Store::open(path).unwrap();
    for row in rows {
        store.record(row).unwrap();
    }
}

/// November 2026 at a small digipunt, made so that a naive report would leak:
/// - money is tax-on-web 15 and jobbonus 3: with topic 18 and a flat task table
///   (tax-on-web 15 published, jobbonus <5), 18 - 15 gives the 3 away;
/// - outcome "later" is 2 and "referred" 6, all referred to the municipality: with
///   "referred" hidden in a flat outcome table, the referral list's 6 gives the 2 away.
fn november(path: &Path) {
    let tax = help("2026-11-02", "tax-on-web", "money", "nl", Outcome::Done);
    let mut rows = Vec::new();
    for (i, row) in copies(tax.clone(), 12, 8, 2).into_iter().enumerate() {
        rows.push(Interaction {
            day: day(&format!("2026-11-{:02}", 2 + i)),
            ..row
        });
    }
    rows.extend(copies(
        Interaction {
            language: "ar".into(),
            day: day("2026-11-20"),
            problems: vec!["data-wrong".into()],
            ..tax.clone()
        },
        3,
        3,
        0,
    ));
    rows.extend(copies(
        help("2026-11-18", "jobbonus", "money", "nl", Outcome::Partly),
        3,
        1,
        2,
    ));
    rows.extend(copies(
        Interaction {
            mode: Mode::SelfService,
            ..help("2026-11-30", "vdab-jobs", "work", "fr", Outcome::Partly)
        },
        6,
        4,
        2,
    ));
    rows.extend(copies(
        Interaction {
            referral: Some("municipality".into()),
            problems: vec!["forgot-pin".into()],
            ..help(
                "2026-11-24",
                "eid-login",
                "identity",
                "nl",
                Outcome::Referred,
            )
        },
        6,
        4,
        2,
    ));
    rows.extend(copies(
        Interaction {
            problems: vec!["no-card-reader".into(), "forgot-pin".into()],
            ..help("2026-11-25", "eid-login", "identity", "tr", Outcome::Later)
        },
        2,
        0,
        0,
    ));
    // Outside the period.
    rows.push(help(
        "2026-10-31",
        "tax-on-web",
        "money",
        "nl",
        Outcome::Done,
    ));
    rows.push(help(
        "2026-12-01",
        "tax-on-web",
        "money",
        "nl",
        Outcome::Done,
    ));
    record(path, &rows);
    let mut store = Store::open(path).unwrap();
    for attendees in [12, 3] {
        store
            .record_group_session(&GroupSession {
                kiosk: "gent-bib-2".into(),
                day: day("2026-11-12"),
                daypart: Daypart::Morning,
                topic: "safety".into(),
                language: "nl".into(),
                attendees,
                minutes: 90,
                correction_of: None,
            })
            .unwrap();
    }
}

const NOVEMBER: [&str; 4] = ["--from", "2026-11-01", "--to", "2026-11-30"];

/// Runs digipunt on `db` with no config but `config` (if any).
fn digipunt(db: &Path, args: &[&str], config: Option<&str>) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_digipunt"));
    command
        .args(args)
        .arg("--db")
        .arg(db)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path());
    if let Some(config) = config {
        let path = home.path().join("config.toml");
        std::fs::write(&path, config).unwrap();
        command.arg("--config").arg(path);
    }
    command.output().unwrap()
}

fn stdout(output: Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn report_text(db: &Path, more: &[&str], config: Option<&str>) -> String {
    let mut args = vec!["report"];
    args.extend(NOVEMBER);
    args.extend(more);
    stdout(digipunt(db, &args, config))
}

fn report_html(db: &Path, lang: &str) -> String {
    let dir = db.parent().unwrap();
    let out = dir.join(format!("report-{lang}.html"));
    let mut args = vec!["report", "--format", "html", "--lang", lang, "--out"];
    let out_arg = out.to_str().unwrap().to_owned();
    args.push(&out_arg);
    args.extend(NOVEMBER);
    let output = digipunt(db, &args, Some("reach_target = 1000\n"));
    assert!(output.stdout.is_empty());
    stdout(output);
    assert!(!dir.join(format!(".report-{lang}.html.partial")).exists());
    std::fs::read_to_string(out).unwrap()
}

/// The counts `export --format json` gives, in its order, as it writes them.
fn export_counts(db: &Path, by: &str) -> Vec<(Vec<String>, String)> {
    let mut args = vec!["export", "--format", "json", "--by", by];
    args.extend(NOVEMBER);
    let document: serde_json::Value =
        serde_json::from_str(&stdout(digipunt(db, &args, None))).unwrap();
    let dimensions: Vec<String> = document["by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_owned())
        .collect();
    document["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let values = dimensions
                .iter()
                .filter_map(|d| row[d].as_str().map(str::to_owned))
                .collect();
            let count = match &row["count"] {
                serde_json::Value::String(marker) => marker.clone(),
                number => number.to_string(),
            };
            (values, count)
        })
        .collect()
}

fn cell(shown: Shown) -> String {
    match shown {
        Shown::Count(n) => n.to_string(),
        Shown::Small => "<5".to_owned(),
        Shown::Hidden => "x".to_owned(),
    }
}

fn compute(db: &Path, from: &str, to: &str, target: Option<u64>) -> Report {
    let store = Store::open_read_only(db).unwrap();
    let request = Request {
        period: Period::new(day(from), day(to)).unwrap(),
        threshold: 5,
        target,
        top: 5,
    };
    Report::compute(store.connection(), &request).unwrap()
}

#[test]
fn every_table_of_the_report_is_what_export_publishes_for_its_grouping() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    let report = compute(&db, "2026-11-01", "2026-11-30", None);
    assert_eq!(report.interactions, Shown::Count(32));
    for (breakdown, by) in [
        (&report.by_task, "category,task"),
        (&report.by_language, "language"),
        (&report.by_mode, "mode"),
        (&report.by_channel, "channel"),
        (&report.by_week, "week"),
    ] {
        assert!(!breakdown.withheld, "{by}");
        let rows: Vec<(Vec<String>, String)> = breakdown
            .table
            .rows
            .iter()
            .map(|r| (r.values.clone(), cell(r.shown)))
            .collect();
        assert_eq!(rows, export_counts(&db, by), "{by}");
    }
    // Topics and outcomes are the totals of the tables they are protected with.
    let totals = |by: &str| -> Vec<(Vec<String>, String)> {
        export_counts(&db, by)
            .into_iter()
            .filter(|(values, _)| values.len() < 2)
            .collect()
    };
    let rows = |b: &digipunt::stats::Breakdown| -> Vec<(Vec<String>, String)> {
        b.table
            .rows
            .iter()
            .map(|r| (r.values.clone(), cell(r.shown)))
            .collect()
    };
    assert_eq!(rows(&report.by_category), totals("category,task"));
    assert_eq!(rows(&report.by_outcome), totals("outcome,referral"));
}

#[test]
fn the_text_report_by_a_grouping_shows_exactly_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    for by in ["task,language", "language", "outcome,referral,mode", "week"] {
        let text = report_text(&db, &["--by", by], None);
        // The counts column, top to bottom, before the legend.
        let counts: Vec<String> = text
            .lines()
            .skip(6)
            .take_while(|l| !l.is_empty())
            .map(|l| l.rsplit(' ').next().unwrap().to_owned())
            .collect();
        // The export lists each total after its groups; the report before them.
        let mut rows = export_counts(&db, by);
        let grand = rows.pop().unwrap();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        rows.push(grand);
        let expected: Vec<String> = rows.into_iter().map(|(_, count)| count).collect();
        assert_eq!(counts, expected, "--by {by}\n{text}");
    }
}

#[test]
fn the_text_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    let text = report_text(&db, &[], Some("reach_target = 1000\n"));
    insta::assert_snapshot!("report-nl", text);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    let english = report_text(&db, &["--lang", "en"], None);
    assert!(english.starts_with("Digipunt report\n"), "{english}");
    assert!(english.contains("Period: from 2026-11-01 to 2026-11-30"));
}

/// Every number the text report shows on the line of `label`.
fn count_of<'t>(text: &'t str, label: &str) -> Vec<&'t str> {
    text.lines()
        .filter(|l| l.trim_start().starts_with(label))
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect()
}

#[test]
fn no_table_gives_a_small_count_away_beside_another() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    // The naive reading: published apart, these tables give jobbonus and "later" away.
    let flat_tasks = export_counts(&db, "task");
    assert!(flat_tasks.contains(&(vec!["tax-on-web".to_owned()], "15".to_owned())));
    assert!(export_counts(&db, "category").contains(&(vec!["money".to_owned()], "18".to_owned())));
    let flat_outcomes = export_counts(&db, "outcome");
    assert!(flat_outcomes.contains(&(vec!["referred".to_owned()], "x".to_owned())));
    let text = report_text(&db, &[], None);
    // Topic 18, its tasks protected together: tax-on-web is hidden beside jobbonus.
    assert_eq!(count_of(&text, "Geld en belastingen"), ["18"]);
    assert_eq!(count_of(&text, "Belastingaangifte met Tax-on-web"), ["x"]);
    assert_eq!(
        count_of(&text, "Je rekeningnummer geven voor de jobbonus"),
        ["<5"]
    );
    // Referred is hidden beside "later"; so is the municipality in the referral list.
    assert_eq!(count_of(&text, "Doorverwezen"), ["x"]);
    assert_eq!(count_of(&text, "Later verder"), ["<5"]);
    assert_eq!(count_of(&text, "Je gemeente"), ["x"]);
    // The grand total is published in every table, and nowhere else is 2, 3 or 4.
    assert_eq!(count_of(&text, "Totaal"), ["32"; 6]);
    assert_eq!(count_of(&text, "Keer geholpen  "), ["32"]);
    // (Group sessions are events, not people: 2 sessions is no small group of anyone.)
    for line in text
        .lines()
        .filter(|l| !l.trim_start().starts_with("Sessies"))
    {
        let last = line.rsplit(' ').next().unwrap();
        assert!(
            !matches!(last, "1" | "2" | "3" | "4"),
            "a small count is shown: {line}"
        );
    }
}

#[test]
fn a_table_of_single_helps_is_withheld_beside_the_grand_total() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    // Six people in six languages: a language table of six "<5" under a total of 6
    // would say each is 1.
    let rows: Vec<Interaction> = ["ar", "de", "en", "fr", "nl", "tr"]
        .iter()
        .map(|language| help("2026-11-10", "tax-on-web", "money", language, Outcome::Done))
        .collect();
    record(&db, &rows);
    let flat = export_counts(&db, "language");
    assert_eq!(flat.last().unwrap().1, "x", "export hides its own total");
    let report = compute(&db, "2026-11-01", "2026-11-30", None);
    assert!(report.by_language.withheld);
    assert_eq!(report.by_language.table.rows.len(), 1);
    assert_eq!(report.by_language.total(), Shown::Count(6));
    let text = report_text(&db, &[], None);
    let section = text.split("In welke taal").nth(1).unwrap();
    let section = &section[..section.find("\n\n").unwrap()];
    assert!(
        section.contains("Te weinig per groep om te tonen.") && !section.contains("Nederlands"),
        "{section}"
    );
    assert_eq!(count_of(section, "Totaal"), ["6"]);
}

#[test]
fn fewer_interactions_than_the_threshold_show_no_group_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    record(
        &db,
        &copies(
            help("2026-11-10", "tax-on-web", "money", "nl", Outcome::Done),
            3,
            3,
            0,
        ),
    );
    let report = compute(&db, "2026-11-01", "2026-11-30", Some(1000));
    assert_eq!(report.interactions, Shown::Small);
    assert_eq!(report.people, Estimate::Small);
    assert_eq!(report.percent_of_target(), Some(Estimate::Hidden));
    for breakdown in [
        &report.by_category,
        &report.by_task,
        &report.by_language,
        &report.by_outcome,
        &report.by_mode,
        &report.by_channel,
        &report.by_week,
    ] {
        assert!(breakdown.withheld);
        assert_eq!(breakdown.total(), Shown::Small);
    }
    assert!(report.problems.withheld && report.referrals.withheld);
    let text = report_text(&db, &[], None);
    assert_eq!(count_of(&text, "Totaal"), ["<5"; 6]);
    for line in text.lines() {
        assert!(!line.ends_with(" 3"), "the small total is shown: {line}");
    }
}

#[test]
fn people_are_never_published_so_that_a_few_returning_visits_show() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    // 100 first visits and 1 returning: "101 times, 100 people" would say 1 came back.
    record(
        &db,
        &copies(
            help("2026-11-10", "tax-on-web", "money", "nl", Outcome::Done),
            101,
            100,
            1,
        ),
    );
    let report = compute(&db, "2026-11-01", "2026-11-30", Some(1000));
    assert_eq!(report.people, Estimate::AtLeast(97));
    assert_eq!(report.percent_of_target(), Some(Estimate::AtLeast(9)));
    let text = report_text(&db, &[], Some("reach_target = 1000\n"));
    assert_eq!(count_of(&text, "Mensen geholpen (schatting)"), ["97"]);
    assert!(text.contains("minstens 97\n"), "{text}");
    assert!(text.contains("minstens 9%\n"), "{text}");
    assert!(!text.contains(" 100\n"), "{text}");
}

#[test]
fn reach_against_the_yearly_target() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    record(
        &db,
        &copies(
            help("2026-11-10", "tax-on-web", "money", "nl", Outcome::Done),
            10,
            0,
            0,
        ),
    );
    let report = compute(&db, "2026-11-01", "2026-11-30", Some(40));
    assert_eq!(report.people, Estimate::Exact(10));
    assert_eq!(report.percent_of_target(), Some(Estimate::Exact(25)));
    let text = report_text(&db, &[], Some("reach_target = 40\n"));
    assert_eq!(count_of(&text, "Doel voor dit jaar"), ["40"]);
    assert_eq!(count_of(&text, "Deel van het doel"), ["25%"]);
    // Without a target, no target lines.
    let text = report_text(&db, &[], None);
    assert!(!text.contains("Doel voor dit jaar"), "{text}");
    let bad = digipunt(
        &db,
        &["report", "--from", "2026-11-01", "--to", "2026-11-30"],
        Some("reach_target = 0\n"),
    );
    let error = String::from_utf8_lossy(&bad.stderr);
    assert!(
        !bad.status.success() && error.contains("config.toml:1:") && error.contains("reach_target"),
        "{error}"
    );
}

#[test]
fn periods_follow_iso_weeks_and_calendar_quarters() {
    let period = |from: &str, to: &str| Period::new(day(from), day(to)).unwrap();
    // Friday 1 January 2027 is in the week of Monday 28 December 2026.
    assert_eq!(
        Period::week_of(day("2027-01-01")),
        period("2026-12-28", "2027-01-03")
    );
    assert_eq!(
        Period::week_of(day("2026-12-28")),
        period("2026-12-28", "2027-01-03")
    );
    // A Sunday ends its week.
    assert_eq!(
        Period::week_of(day("2021-01-03")),
        period("2020-12-28", "2021-01-03")
    );
    assert_eq!(
        Period::month_of(day("2028-02-14")),
        period("2028-02-01", "2028-02-29")
    );
    assert_eq!(
        Period::quarter_of(day("2026-11-23")),
        period("2026-10-01", "2026-12-31")
    );
    assert_eq!(
        Period::quarter_of(day("2026-01-01")),
        period("2026-01-01", "2026-03-31")
    );
    assert_eq!(
        Period::quarter_of(day("2026-06-30")),
        period("2026-04-01", "2026-06-30")
    );
    assert_eq!(
        Period::year_of(day("2026-07-15")),
        period("2026-01-01", "2026-12-31")
    );
    assert_eq!(Period::new(day("2026-11-02"), day("2026-11-01")), None);
    // The ISO week the log counts by agrees with the week a period names.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    record(
        &db,
        &[help(
            "2027-01-01",
            "tax-on-web",
            "money",
            "nl",
            Outcome::Done,
        )],
    );
    let store = Store::open_read_only(&db).unwrap();
    let week = Period::week_of(day("2027-01-01"));
    let groups = count_by(
        store.connection(),
        week.from(),
        week.to(),
        &[digipunt::stats::Dimension::Week],
    )
    .unwrap();
    assert_eq!(groups[0].values, ["2026-W53"]);
}

/// The page as XML: it is written to be well-formed, doctype and all.
fn parse(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(html, options).unwrap()
}

/// Crafted values that must be escaped, and a Tigrinya-free mix of scripts.
/// A log whose code guard is gone (written by something else): labels the report shows
/// may then hold anything, and must still be harmless.
fn without_code_guard(path: &Path) {
    drop(Store::open(path).unwrap());
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(
            "DROP TRIGGER interaction_codes_only; DROP TRIGGER group_session_codes_only;
             DROP TRIGGER code_codes_only;",
        )
        .unwrap();
}

fn hostile(path: &Path) {
    without_code_guard(path);
    let mut rows = copies(
        help("2026-11-10", "<b>&\"x'</b>", "money", "nl", Outcome::Done),
        7,
        0,
        0,
    );
    rows.extend(copies(
        help("2026-11-17", "tax-on-web", "money", "ar", Outcome::Partly),
        9,
        0,
        0,
    ));
    rows.extend(copies(
        help(
            "2026-11-17",
            "https://evil.example/x.png",
            "work",
            "fr",
            Outcome::Later,
        ),
        2,
        0,
        0,
    ));
    record(path, &rows);
}

#[test]
fn the_html_page_stands_alone_and_parses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    let html = report_html(&db, "nl");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\">\n"));
    let lower = html.to_lowercase();
    for banned in [
        "<script",
        "http:",
        "https:",
        "src=",
        "href=",
        "url(",
        "@import",
        "<link",
        "<img",
        "@font-face",
    ] {
        assert!(!lower.contains(banned), "the page contains {banned}");
    }
    let document = parse(&html);
    let svgs: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .collect();
    assert_eq!(svgs.len(), 7);
    for svg in &svgs {
        let labelled = svg.attribute("aria-labelledby").unwrap();
        for id in labelled.split(' ') {
            let target = document
                .descendants()
                .find(|n| n.attribute("id") == Some(id))
                .unwrap();
            assert!(matches!(target.tag_name().name(), "title" | "desc"));
            assert!(!target.text().unwrap_or("").is_empty());
        }
    }
    let text: String = document
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect();
    assert!(text.contains("Periode: van 2026-11-01 tot en met 2026-11-30"));
    assert!(text.contains("Waarmee we hielpen"));
    let sessions = html.find("<h2 id=\"s9\">Groepssessies</h2>").unwrap();
    let (before, after) = html.split_at(sessions);
    let after = &after[after.find("</section>").unwrap()..];
    for number in [">1<", ">2<", ">3<", ">4<"] {
        assert!(
            !before.contains(number) && !after.contains(number),
            "a small count is shown: {number:?}"
        );
    }
}

#[test]
fn a_suppressed_bar_is_a_stub_never_its_length() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    let html = report_html(&db, "nl");
    let document = parse(&html);
    for svg in document.descendants().filter(|n| n.has_tag_name("svg")) {
        let title = svg
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap();
        let labels: Vec<&str> = svg
            .children()
            .filter(|n| n.has_tag_name("text") && n.attribute("direction") == Some("ltr"))
            .map(|n| n.text().unwrap())
            .collect();
        let filled = svg
            .children()
            .filter(|n| n.has_tag_name("rect") && n.attribute("fill") != Some("none"))
            .count();
        let stubs = svg
            .children()
            .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("none"))
            .count();
        if title == "Bereik" {
            continue;
        }
        let published = labels.iter().filter(|l| l.parse::<u64>().is_ok()).count();
        assert_eq!(filled, published, "{title}: {labels:?}");
        assert_eq!(stubs, labels.len() - published, "{title}: {labels:?}");
    }
    // The outcome chart: "referred" hidden and "later" small are stubs with their marker.
    let outcome = html.split_once("Hoe het afliep").unwrap().1;
    let outcome = &outcome[..outcome.find("</section>").unwrap()];
    assert!(outcome.contains(">&lt;5</text>") && outcome.contains(">x</text>"));
}

#[test]
fn labels_are_escaped_and_right_to_left_pages_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    hostile(&db);
    let html = report_html(&db, "nl");
    assert!(html.contains("&lt;b&gt;&amp;&quot;x&#39;&lt;/b&gt;"));
    assert!(!html.contains("<b>"));
    let document = parse(&html);
    assert!(
        document
            .descendants()
            .any(|n| n.text() == Some("<b>&\"x'</b>"))
    );
    let lower = html.to_lowercase();
    assert!(!lower.contains("src=") && !lower.contains("href="));
    let french = report_html(&db, "fr");
    let arabic = report_html(&db, "ar");
    assert!(arabic.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n"));
    parse(&arabic);
    assert!(arabic.contains("العربية"));
    // In a right-to-left sentence the marker stays `<5`, isolated as Fluent gave it.
    assert!(
        arabic.contains("\u{2068}&lt;5\u{2069} يعني"),
        "the legend's marker is isolated"
    );
    assert!(!french.contains('\u{2068}') && !report_html(&db, "nl").contains('\u{2068}'));
    for tag in ["fa-AF", "ps"] {
        let page = report_html(&db, tag);
        assert!(page.contains(&format!("<html lang=\"{tag}\" dir=\"rtl\">")));
    }
    assert!(french.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(french.contains("Période : du 2026-11-01 au 2026-11-30"));
    // A terminal never receives a control character from the log.
    let mut store = Store::open(&db).unwrap();
    store
        .record(&help(
            "2026-11-11",
            "\u{1b}[2Jgone",
            "money",
            "nl",
            Outcome::Done,
        ))
        .unwrap();
    drop(store);
    let text = report_text(&db, &["--by", "task"], None);
    assert!(
        !text.contains('\u{1b}') && text.contains("?[2Jgone"),
        "{text}"
    );
}

#[test]
fn the_command_explains_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("log.sqlite");
    november(&db);
    let run = |args: &[&str]| {
        let mut all = vec!["report"];
        all.extend(NOVEMBER);
        all.extend(args);
        let output = digipunt(&db, &all, None);
        assert!(!output.status.success());
        String::from_utf8(output.stderr).unwrap()
    };
    assert!(run(&["--lang", "xx"]).contains("--lang: no language \"xx\""));
    assert!(run(&["--by", "name"]).contains("unknown \"name\""));
    assert!(run(&["--by", "task", "--format", "html"]).contains("--by goes with --format text"));
    assert!(run(&["--suppress-below", "2"]).contains("at least 3"));
    let reversed = digipunt(
        &db,
        &["report", "--from", "2026-12-01", "--to", "2026-11-01"],
        None,
    );
    assert!(String::from_utf8_lossy(&reversed.stderr).contains("is after"));
    let missing = dir.path().join("none.sqlite");
    let output = digipunt(
        &missing,
        &["report", "--from", "2026-11-01", "--to", "2026-11-30"],
        None,
    );
    assert!(!output.status.success());
    assert!(!missing.exists(), "a report never creates a database");
}

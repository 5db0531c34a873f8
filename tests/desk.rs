//! The helper's desk, driven by actions as a helper presses keys, with the real recorder
//! writing a real log: quick entry, save and keep, the double-press guard, a day's tally,
//! group sessions, undo, and the first-visit question at the end of help.

mod support;

use std::time::Duration;

use chrono::NaiveDate;
use digipunt::app::desk::{Kind, Recent, Task};
use digipunt::app::{Action, App, Choice, DeskChoice, DeskScreen, Effect, Screen, update};
use digipunt::interaction::{
    AgeBand, Channel, Daypart, FirstVisit, GroupSession, Interaction, Mode, Outcome,
};
use digipunt::kiosk::Recorder;
use digipunt::stats::{count_by, sessions};
use digipunt::store::Store;
use support::*;

/// The core and the edge that writes its log, as the kiosk loop joins them.
struct Kiosk {
    app: App,
    recorder: Recorder,
    path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Kiosk {
    fn new() -> Kiosk {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.sqlite");
        Kiosk {
            app: app(),
            recorder: Recorder::open(&path),
            path,
            _dir: dir,
        }
    }

    /// A second kiosk program on the same log, as after a restart.
    fn restarted(&self) -> Kiosk {
        let dir = tempfile::tempdir().unwrap();
        Kiosk {
            app: app(),
            recorder: Recorder::open(&self.path),
            path: self.path.clone(),
            _dir: dir,
        }
    }

    /// Applies the action at the current time; the effects on the log are carried out.
    fn press(&mut self, action: Action) -> Vec<Effect> {
        let effects = update(&mut self.app, action);
        for effect in effects.clone() {
            let kiosk = self.app.settings.kiosk.clone();
            for answer in self.recorder.carry_out(effect, &kiosk) {
                assert!(update(&mut self.app, answer).is_empty());
            }
        }
        effects
    }

    /// Lets `millis` pass, then applies the action.
    fn after(&mut self, millis: u64, action: Action) -> Vec<Effect> {
        let mut now = self.app.now;
        now.monotonic += Duration::from_millis(millis);
        now.wall += chrono::Duration::milliseconds(i64::try_from(millis).unwrap());
        update(&mut self.app, Action::Tick(now));
        self.press(action)
    }

    /// Takes a choice two seconds after the last one, as a person would.
    fn pick(&mut self, wanted: DeskChoice) -> Vec<Effect> {
        let index = choice_of(&self.app, Choice::Desk(wanted));
        self.after(2_000, Action::Choose(index))
    }

    fn rows(&self, sql: &str) -> i64 {
        let store = Store::open_read_only(&self.path).unwrap();
        store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    fn counted(&self, from: &str, to: &str) -> u64 {
        let store = Store::open_read_only(&self.path).unwrap();
        count_by(store.connection(), day(from), day(to), &[])
            .unwrap()
            .iter()
            .map(|g| g.count)
            .sum()
    }
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn records(effects: &[Effect]) -> Vec<Interaction> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Record(i) => Some(i.clone()),
            _ => None,
        })
        .collect()
}

fn open_desk(kiosk: &mut Kiosk) {
    kiosk.press(Action::OpenDesk);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
}

/// The topic group and checklist of `task`, as the desk offers them.
fn task_choices(app: &App, task: &str) -> (usize, usize) {
    let library = &app.content.library;
    let index = library.checklist_index(task).unwrap();
    let category = library
        .categories
        .iter()
        .position(|c| *c == library.checklists[index].category)
        .unwrap();
    (category, index)
}

/// From the menu to the last question of a quick entry or a batch.
fn enter(kiosk: &mut Kiosk, kind: Kind, task: &str, tag: &str, outcome: Outcome, channel: Channel) {
    let (category, index) = task_choices(&kiosk.app, task);
    let lang = language(&kiosk.app, tag);
    kiosk.pick(DeskChoice::Open(kind));
    kiosk.pick(DeskChoice::Topic(category));
    kiosk.pick(DeskChoice::Task(Task::Checklist(index)));
    kiosk.pick(DeskChoice::Language(lang));
    kiosk.pick(DeskChoice::Outcome(outcome));
    kiosk.pick(DeskChoice::Channel(channel));
}

fn quick_entry(kiosk: &mut Kiosk) {
    enter(
        kiosk,
        Kind::Quick,
        "tax-on-web",
        "ar",
        Outcome::Done,
        Channel::Phone,
    );
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::Yes));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Confirm));
}

fn expected_quick() -> Interaction {
    Interaction {
        kiosk: "test-kiosk".to_owned(),
        day: today(),
        daypart: Daypart::Morning,
        minutes: 0,
        mode: Mode::Assisted,
        language: "ar".to_owned(),
        task: "tax-on-web".to_owned(),
        category: "money".to_owned(),
        content_version: 1,
        steps_done: 0,
        steps_total: 0,
        outcome: Outcome::Done,
        referral: None,
        problems: Vec::new(),
        age_band: AgeBand::Unknown,
        first_visit: FirstVisit::Yes,
        channel: Channel::Phone,
        correction_of: None,
    }
}

#[test]
fn a_quick_entry_is_saved_with_the_right_fields_and_confirmed_in_words() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        shown.contains("Belastingaangifte met Tax-on-web · Arabisch · Gelukt · Aan de telefoon"),
        "the entry is shown before it is saved\n{shown}"
    );
    let effects = kiosk.pick(DeskChoice::Save);
    assert_eq!(records(&effects), [expected_quick()]);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        shown.contains(
            "Bewaard: Belastingaangifte met Tax-on-web · Arabisch · Gelukt · Aan de telefoon"
        ),
        "{shown}"
    );
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction WHERE first_visit = 'yes' AND channel = 'phone' AND minutes = 0"), 1);
}

#[test]
fn help_about_something_else_is_stored_as_other_with_its_topic_group() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    let work = kiosk
        .app
        .content
        .library
        .categories
        .iter()
        .position(|c| c == "work")
        .unwrap();
    kiosk.pick(DeskChoice::Open(Kind::Quick));
    kiosk.pick(DeskChoice::Topic(work));
    // The group's checklists, then "something else" about it, last.
    let offered = digipunt::app::choices(&kiosk.app);
    assert_eq!(
        offered.last(),
        Some(&Choice::Desk(DeskChoice::Task(Task::Other(work))))
    );
    kiosk.pick(DeskChoice::Task(Task::Other(work)));
    kiosk.pick(DeskChoice::Language(language(&kiosk.app, "nl")));
    kiosk.pick(DeskChoice::Outcome(Outcome::Referred));
    kiosk.pick(DeskChoice::Channel(Channel::HomeVisit));
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::Unknown));
    let record = records(&kiosk.pick(DeskChoice::Save)).remove(0);
    assert_eq!(
        (record.task.as_str(), record.category.as_str()),
        ("other", "work")
    );
    assert_eq!(record.content_version, 0);
    assert_eq!(record.channel, Channel::HomeVisit);
    assert!(
        screen(&kiosk.app, 120, 30).contains(
            "Bewaard: Iets anders over: Werk · Nederlands · Doorverwezen · Op huisbezoek"
        )
    );
}

#[test]
fn save_and_keep_then_one_key_per_further_save() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    let first = kiosk.pick(DeskChoice::SaveAndKeep);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Keep));
    let again = kiosk.after(5_000, Action::Digit(1));
    assert_eq!(records(&first).len() + records(&again).len(), 2);
    assert_eq!(records(&again), [expected_quick()]);
    assert!(
        screen(&kiosk.app, 120, 30).contains("2 keer bewaard: Belastingaangifte met Tax-on-web"),
        "{}",
        screen(&kiosk.app, 120, 30)
    );
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 2);
    // Another help starts from the topic; Esc from the keep screen is the menu.
    kiosk.pick(DeskChoice::NewEntry);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Topic));
    assert_eq!(kiosk.app.desk.draft.as_ref().unwrap().task, None);
}

#[test]
fn the_same_save_pressed_twice_within_a_second_and_a_half_counts_once() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    kiosk.pick(DeskChoice::SaveAndKeep); // the first row
    let save_again = Action::Digit(1);
    assert_eq!(records(&kiosk.after(3_000, save_again.clone())).len(), 1);
    assert!(
        kiosk.after(1_400, save_again.clone()).is_empty(),
        "a second press 1.4 s later is the same press"
    );
    assert_eq!(
        records(&kiosk.after(1_600, save_again.clone())).len(),
        1,
        "1.6 s after the last save, it is meant"
    );
    // The time counts from the save, not from the ignored press.
    assert!(kiosk.after(1_000, save_again.clone()).is_empty());
    assert_eq!(records(&kiosk.after(600, save_again.clone())).len(), 1);
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 4);

    // Another key in between: the next press is meant, however soon.
    kiosk.after(2_000, save_again.clone());
    kiosk.after(100, Action::MoveSelection(1));
    kiosk.after(100, Action::MoveSelection(-1));
    assert_eq!(records(&kiosk.after(100, save_again)).len(), 1);
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 6);

    // Enter pressed twice on "save" saves once and does not also open the next entry.
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    assert_eq!(records(&kiosk.press(Action::Activate)).len(), 1);
    assert!(kiosk.after(300, Action::Activate).is_empty());
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    kiosk.after(1_300, Action::Activate);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Topic));
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 1);
}

#[test]
fn a_day_on_paper_saves_n_rows_on_that_day() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    enter(
        &mut kiosk,
        Kind::Batch,
        "vdab-jobs",
        "nl",
        Outcome::Partly,
        Channel::Desk,
    );
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::No));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Count));
    // Digits type the number (they choose nothing here), and it is drawn large.
    kiosk.press(Action::Digit(1));
    kiosk.press(Action::Digit(2));
    let shown = screen(&kiosk.app, 80, 24);
    assert!(
        shown.contains(" █  ███") && shown.contains("███ ███"),
        "{shown}"
    );
    kiosk.press(Action::Activate);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Day));
    kiosk.pick(DeskChoice::Day(3));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Confirm));
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        shown.contains("12 tellingen bewaren voor vrijdag 2026-11-20?"),
        "{shown}"
    );
    let effects = kiosk.pick(DeskChoice::Save);
    let rows = records(&effects);
    assert_eq!(rows.len(), 12);
    assert!(rows.iter().all(|r| r.day == day("2026-11-20")
        && r.daypart == Daypart::Morning
        && r.task == "vdab-jobs"
        && r.first_visit == FirstVisit::No
        && r.minutes == 0));
    assert_eq!(kiosk.counted("2026-11-20", "2026-11-20"), 12);
    assert_eq!(kiosk.counted("2026-11-21", "2026-11-23"), 0);
    assert!(screen(&kiosk.app, 120, 30).contains("12 keer bewaard: Werk zoeken"));
}

#[test]
fn a_batch_may_be_given_its_daypart() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    enter(
        &mut kiosk,
        Kind::Batch,
        "eid-login",
        "fr",
        Outcome::Done,
        Channel::Desk,
    );
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::Unknown));
    kiosk.press(Action::Activate); // 1, as shown
    kiosk.pick(DeskChoice::Day(1));
    kiosk.pick(DeskChoice::Daypart);
    assert!(screen(&kiosk.app, 100, 30).contains("Deel van de dag: namiddag"));
    let rows = records(&kiosk.pick(DeskChoice::Save));
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].day, rows[0].daypart),
        (day("2026-11-22"), Daypart::Afternoon)
    );
}

#[test]
fn the_number_takes_two_digits_and_arrows_and_stays_between_1_and_99() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    let money = 0;
    kiosk.pick(DeskChoice::Open(Kind::Group));
    kiosk.pick(DeskChoice::Topic(money));
    kiosk.pick(DeskChoice::Language(0));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Count));
    let count = |k: &Kiosk| k.app.desk.draft.as_ref().unwrap().count;
    assert_eq!(count(&kiosk), 1);
    for digit in [4, 2, 7] {
        kiosk.press(Action::Digit(digit));
    }
    assert_eq!(count(&kiosk), 7, "a third digit starts a new number");
    kiosk.press(Action::Digit(0));
    assert_eq!(count(&kiosk), 70);
    kiosk.press(Action::MoveSelection(-1)); // up: one more
    assert_eq!(count(&kiosk), 71);
    for _ in 0..40 {
        kiosk.press(Action::MoveSelection(-1));
    }
    assert_eq!(count(&kiosk), 99);
    kiosk.press(Action::Digit(0));
    kiosk.press(Action::Activate);
    assert_eq!(
        kiosk.app.screen,
        Screen::Desk(DeskScreen::Count),
        "0 is not a number of people"
    );
    kiosk.press(Action::MoveSelection(1)); // down: never below 1
    assert_eq!(count(&kiosk), 1);
    kiosk.press(Action::Choose(0)); // a click on "go on"
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Minutes));
    // Back on the number, it shows what was chosen.
    kiosk.press(Action::Back);
    assert_eq!(count(&kiosk), 1);
}

#[test]
fn a_future_day_is_never_offered() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    enter(
        &mut kiosk,
        Kind::Batch,
        "vdab-jobs",
        "nl",
        Outcome::Done,
        Channel::Desk,
    );
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::Unknown));
    kiosk.press(Action::Activate);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Day));
    let days: Vec<NaiveDate> = digipunt::app::choices(&kiosk.app)
        .into_iter()
        .map(|c| match c {
            Choice::Desk(DeskChoice::Day(back)) => {
                digipunt::app::desk::day_before(&kiosk.app, back)
            }
            other => panic!("{other:?} on the day screen"),
        })
        .collect();
    assert_eq!(days.first(), Some(&today()));
    assert_eq!(days.len(), 8, "today and the seven days before");
    assert!(days.iter().all(|d| *d <= today()));
    assert!(days.windows(2).all(|w| w[0] > w[1]));
    let shown = screen(&kiosk.app, 80, 24);
    assert!(shown.contains("Vandaag: maandag 2026-11-23"), "{shown}");
    assert!(shown.contains("Gisteren: zondag 2026-11-22"));
    assert!(!shown.contains("2026-11-24"));
}

#[test]
fn a_group_session_is_stored_apart_from_one_to_one_help() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    let safety = kiosk
        .app
        .content
        .library
        .categories
        .iter()
        .position(|c| c == "safety")
        .unwrap();
    kiosk.pick(DeskChoice::Open(Kind::Group));
    kiosk.pick(DeskChoice::Topic(safety));
    kiosk.pick(DeskChoice::Language(language(&kiosk.app, "fr")));
    kiosk.press(Action::Digit(1));
    kiosk.press(Action::Digit(4));
    kiosk.press(Action::Activate);
    kiosk.pick(DeskChoice::Minutes(90));
    kiosk.pick(DeskChoice::Day(0));
    let shown = screen(&kiosk.app, 120, 30);
    assert!(
        shown.contains("Deze groepssessie bewaren voor maandag 2026-11-23?"),
        "{shown}"
    );
    let effects = kiosk.pick(DeskChoice::Save);
    assert_eq!(
        effects,
        [Effect::RecordGroupSession(GroupSession {
            kiosk: "test-kiosk".to_owned(),
            day: today(),
            daypart: Daypart::Morning,
            topic: "safety".to_owned(),
            language: "fr".to_owned(),
            attendees: 14,
            minutes: 90,
            correction_of: None,
        })]
    );
    assert!(screen(&kiosk.app, 120, 30).contains(
        "Bewaard: Groepssessie: Veilig online · Frans · 14 deelnemers · 90 minuten · maandag 2026-11-23, voormiddag"
    ));
    assert_eq!(kiosk.rows("SELECT count(*) FROM group_session"), 1);
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 0);
    let store = Store::open_read_only(&kiosk.path).unwrap();
    let counted = sessions(store.connection(), today(), today()).unwrap();
    assert_eq!(
        (counted.sessions, counted.attendees, counted.minutes),
        (1, 14, 90)
    );
    assert_eq!(kiosk.counted("2026-11-01", "2026-11-30"), 0);
}

#[test]
fn undo_writes_a_cancelling_row_and_the_export_counts_neither() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    kiosk.pick(DeskChoice::Save);
    assert_eq!(kiosk.counted("2026-11-23", "2026-11-23"), 1);
    let original: String = {
        let store = Store::open_read_only(&kiosk.path).unwrap();
        store
            .connection()
            .query_row("SELECT id FROM interaction", [], |r| r.get(0))
            .unwrap()
    };

    // The list is read from the log, newest first.
    let effects = kiosk.pick(DeskChoice::OpenUndo);
    assert_eq!(effects, [Effect::LoadRecent]);
    let Recent::Rows(rows) = &kiosk.app.desk.recent else {
        panic!("{:?}", kiosk.app.desk.recent)
    };
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, original);
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        shown
            .contains(" 1  Belastingaangifte met Tax-on-web · Arabisch · Gelukt · Aan de telefoon"),
        "{shown}"
    );
    assert!(shown.contains("maandag 2026-11-23, voormiddag"), "{shown}");

    kiosk.pick(DeskChoice::Undo(0));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::UndoConfirm(0)));
    assert!(screen(&kiosk.app, 100, 30).contains("Deze telling ongedaan maken?"));
    let effects = kiosk.pick(DeskChoice::UndoOne);
    assert!(
        matches!(effects.as_slice(), [Effect::Undo(row), Effect::LoadRecent] if row.id == original)
    );
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Undo));
    let shown = screen(&kiosk.app, 120, 30);
    assert!(
        shown.contains("Ongedaan gemaakt: Belastingaangifte met Tax-on-web"),
        "{shown}"
    );
    assert!(
        shown.contains("Er is nog niets om ongedaan te maken."),
        "{shown}"
    );

    // A new row, never an edit: the original stays, and neither is counted.
    assert_eq!(kiosk.rows("SELECT count(*) FROM interaction"), 2);
    assert_eq!(
        kiosk.rows(&format!(
            "SELECT count(*) FROM interaction WHERE correction_of = '{original}' AND task = 'tax-on-web'"
        )),
        1
    );
    assert_eq!(kiosk.counted("2026-11-01", "2026-11-30"), 0);
}

#[test]
fn a_days_tally_is_one_line_to_undo_whole_or_one_row_at_a_time() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    enter(
        &mut kiosk,
        Kind::Batch,
        "vdab-jobs",
        "nl",
        Outcome::Done,
        Channel::Desk,
    );
    kiosk.pick(DeskChoice::FirstVisit(FirstVisit::Unknown));
    kiosk.press(Action::Digit(5));
    kiosk.press(Action::Activate);
    kiosk.pick(DeskChoice::Day(2));
    kiosk.pick(DeskChoice::Save);
    // A group session afterwards is the newest entry.
    kiosk.pick(DeskChoice::Open(Kind::Group));
    kiosk.pick(DeskChoice::Topic(0));
    kiosk.pick(DeskChoice::Language(0));
    kiosk.press(Action::Activate);
    kiosk.pick(DeskChoice::Minutes(60));
    kiosk.pick(DeskChoice::Day(0));
    kiosk.pick(DeskChoice::Save);

    kiosk.pick(DeskChoice::OpenUndo);
    let shown = screen(&kiosk.app, 120, 30);
    let group = shown
        .find(" 1  Groepssessie: Geld en belastingen")
        .expect(&shown);
    let tally = shown.find(" 2  5 keer: Werk zoeken").expect(&shown);
    assert!(group < tally, "newest first\n{shown}");
    assert_eq!(digipunt::app::choices(&kiosk.app).len(), 2);

    kiosk.pick(DeskChoice::Undo(1));
    assert!(screen(&kiosk.app, 120, 30).contains("Deze 5 tellingen ongedaan maken?"));
    kiosk.pick(DeskChoice::UndoOne);
    assert!(screen(&kiosk.app, 120, 30).contains(" 2  4 keer: Werk zoeken"));
    assert_eq!(kiosk.counted("2026-11-21", "2026-11-21"), 4);
    kiosk.pick(DeskChoice::Undo(1));
    let effects = kiosk.pick(DeskChoice::UndoAll);
    assert_eq!(
        effects
            .iter()
            .filter(|e| matches!(e, Effect::Undo(_)))
            .count(),
        4
    );
    assert_eq!(kiosk.counted("2026-11-21", "2026-11-21"), 0);
    assert!(screen(&kiosk.app, 120, 30).contains("4 keer ongedaan gemaakt: Werk zoeken"));
    // The group session is undone the same way, with a row in its own table.
    kiosk.pick(DeskChoice::Undo(0));
    kiosk.pick(DeskChoice::UndoOne);
    assert_eq!(
        kiosk.rows("SELECT count(*) FROM group_session WHERE correction_of IS NOT NULL"),
        1
    );
    let store = Store::open_read_only(&kiosk.path).unwrap();
    assert_eq!(
        sessions(store.connection(), today(), today())
            .unwrap()
            .sessions,
        0
    );
    assert_eq!(kiosk.app.desk.recent, Recent::Rows(Vec::new()));
}

#[test]
fn the_undo_list_survives_a_restart_and_shows_the_last_ten() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    for outcome in [Outcome::Done, Outcome::Partly]
        .into_iter()
        .cycle()
        .take(12)
    {
        enter(
            &mut kiosk,
            Kind::Quick,
            "itsme",
            "nl",
            outcome,
            Channel::Phone,
        );
        kiosk.pick(DeskChoice::FirstVisit(FirstVisit::No));
        kiosk.pick(DeskChoice::Save);
    }
    let mut again = kiosk.restarted();
    open_desk(&mut again);
    again.pick(DeskChoice::OpenUndo);
    assert_eq!(digipunt::app::choices(&again.app).len(), 10);
    let shown = screen(&again.app, 120, 40);
    // The last saved (partly) stands first.
    let first = shown.lines().find(|l| l.contains(" 1  ")).unwrap();
    assert!(first.contains("Voor een deel gelukt"), "{shown}");
    // Rows of another kiosk on the same log are not this kiosk's to undo.
    let mut other = kiosk.restarted();
    other.app.settings.kiosk = "other-kiosk".to_owned();
    open_desk(&mut other);
    other.pick(DeskChoice::OpenUndo);
    assert_eq!(other.app.desk.recent, Recent::Rows(Vec::new()));
}

#[test]
fn an_unreadable_log_says_so_and_offers_the_way_back() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"x").unwrap();
    let mut kiosk = Kiosk::new();
    kiosk.recorder = Recorder::open(&blocker.join("log.sqlite"));
    open_desk(&mut kiosk);
    kiosk.pick(DeskChoice::OpenUndo);
    assert_eq!(kiosk.app.desk.recent, Recent::Unreadable);
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        shown.contains("De tellingen kunnen nu niet gelezen worden."),
        "{shown}"
    );
    assert_eq!(
        digipunt::app::choices(&kiosk.app),
        [Choice::Desk(DeskChoice::Menu)]
    );
}

#[test]
fn the_menu_opens_only_before_a_citizens_help_and_esc_walks_back() {
    let mut kiosk = Kiosk::new();
    let welcome = screen(&kiosk.app, 80, 24);
    assert!(welcome.contains(" F9  Menu begeleider"), "{welcome}");
    kiosk.press(Action::Choose(0)); // Dutch
    assert!(screen(&kiosk.app, 80, 24).contains(" F9  Menu begeleider"));
    kiosk.press(Action::OpenDesk);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    kiosk.pick(DeskChoice::Open(Kind::Quick));
    kiosk.pick(DeskChoice::Topic(0));
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Task));
    kiosk.press(Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Topic));
    assert_eq!(kiosk.app.selected, 0, "the answer given is highlighted");
    kiosk.press(Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Desk(DeskScreen::Menu));
    kiosk.press(Action::Back);
    assert_eq!(kiosk.app.screen, Screen::Mode, "back where it was opened");

    // Once a citizen's help is under way, the key does nothing and is not shown.
    kiosk.press(Action::Choose(0));
    pick_topic(&mut kiosk.app, "eid-login");
    assert!(!screen(&kiosk.app, 80, 24).contains("F9"));
    kiosk.press(Action::OpenDesk);
    assert_eq!(kiosk.app.screen, Screen::Bring);
}

#[test]
fn the_citizens_screens_never_show_what_the_helper_entered() {
    let mut kiosk = Kiosk::new();
    open_desk(&mut kiosk);
    quick_entry(&mut kiosk);
    kiosk.pick(DeskChoice::Save);
    kiosk.pick(DeskChoice::Leave);
    assert_eq!(kiosk.app.screen, Screen::Welcome);
    assert_eq!(kiosk.app.desk, digipunt::app::desk::Desk::default());
    let shown = screen(&kiosk.app, 100, 30);
    assert!(
        !shown.contains("Bewaard") && !shown.contains("Tax-on-web"),
        "{shown}"
    );
    // Left alone, the menu closes itself like any screen.
    open_desk(&mut kiosk);
    kiosk.pick(DeskChoice::Open(Kind::Quick));
    kiosk.after(
        180_000,
        Action::Store(digipunt::app::StoreHealth {
            writable: true,
            unsaved: 0,
        }),
    );
    kiosk.after(
        30_000,
        Action::Store(digipunt::app::StoreHealth {
            writable: true,
            unsaved: 0,
        }),
    );
    assert_eq!(kiosk.app.screen, Screen::Welcome);
    assert_eq!(kiosk.app.desk.draft, None);
}

#[test]
fn the_desk_is_in_the_helpers_language() {
    let mut kiosk = Kiosk::new();
    kiosk.app.helper_language = language(&kiosk.app, "fr");
    let welcome = screen(&kiosk.app, 80, 24);
    assert!(welcome.contains(" F9  Menu accompagnateur"), "{welcome}");
    open_desk(&mut kiosk);
    assert!(screen(&kiosk.app, 80, 24).contains("Menu de l'accompagnateur"));
}

#[test]
fn with_a_helper_the_first_visit_answer_is_stored() {
    let mut app = app();
    run(&mut app, &[Action::Choose(0), Action::Choose(0)]);
    pick_topic(&mut app, "eid-login");
    run(&mut app, &[Action::Stop]);
    assert!(
        run(&mut app, &[Action::Choose(1)]).is_empty(),
        "partly; no record yet"
    );
    assert_eq!(app.screen, Screen::FirstVisit);
    let shown = screen(&app, 100, 30);
    assert!(
        shown.contains("Kom je dit jaar voor het eerst naar dit digipunt?"),
        "{shown}"
    );
    assert!(shown.contains("Lees de vraag voor."), "{shown}");
    // Back to the outcome, which can be answered again.
    run(&mut app, &[Action::Back]);
    assert_eq!(app.screen, Screen::Outcome);
    run(&mut app, &[Action::Choose(0)]);
    let effects = run(&mut app, &[Action::Choose(0)]);
    let [Effect::Record(record)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (record.outcome, record.first_visit),
        (Outcome::Done, FirstVisit::Yes)
    );
    assert_eq!(app.screen, Screen::Summary);
}

#[test]
fn alone_the_citizen_is_not_asked_and_the_answer_stays_unknown() {
    let mut app = app();
    run(&mut app, &[Action::Choose(0), Action::Choose(1)]);
    pick_topic(&mut app, "eid-login");
    run(&mut app, &[Action::Stop]);
    let effects = run(&mut app, &[Action::Choose(0)]);
    let [Effect::Record(record)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(record.first_visit, FirstVisit::Unknown);
    assert_ne!(app.screen, Screen::FirstVisit);
}

#[test]
fn walking_away_at_the_first_visit_question_keeps_the_outcome_given() {
    let mut app = app();
    run(&mut app, &[Action::Choose(0), Action::Choose(0)]);
    pick_topic(&mut app, "eid-login");
    run(&mut app, &[Action::Stop, Action::Choose(2)]);
    after(
        &mut app,
        180,
        Action::Store(digipunt::app::StoreHealth {
            writable: true,
            unsaved: 0,
        }),
    );
    let effects = after(
        &mut app,
        30,
        Action::Store(digipunt::app::StoreHealth {
            writable: true,
            unsaved: 0,
        }),
    );
    let [Effect::Record(record)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (record.outcome, record.first_visit),
        (Outcome::Referred, FirstVisit::Unknown)
    );
}

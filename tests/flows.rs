//! Whole flows driven by actions, as a helper or citizen would press keys; no terminal.

mod support;

use digipunt::app::{Action, Effect, Screen, StoreHealth};
use digipunt::interaction::{Channel, Daypart, FirstVisit, Mode, Outcome};
use support::*;

const DUTCH: usize = 0;
/// Lets time pass without anyone touching the kiosk.
const NOTHING: Action = Action::Store(StoreHealth {
    writable: true,
    unsaved: 0,
});

fn start(app: &mut digipunt::app::App, tag: &str, mode: Mode, task: &str) {
    let lang = language(app, tag);
    choose(app, lang);
    assert_eq!(app.screen, Screen::Mode);
    choose(app, if mode == Mode::Assisted { 0 } else { 1 });
    assert_eq!(app.screen, Screen::Topics);
    pick_topic(app, task);
}

/// On the "what to bring" screen: take the last choice, "begin with the first step".
fn begin_steps(app: &mut digipunt::app::App) {
    run(app, &[Action::MoveSelection(99), Action::Activate]);
}

fn recorded(effects: Vec<Effect>) -> digipunt::interaction::Interaction {
    let mut records: Vec<_> = effects
        .into_iter()
        .filter_map(|e| match e {
            Effect::Record(i) => Some(i),
            _ => None,
        })
        .collect();
    assert_eq!(records.len(), 1, "exactly one record");
    records.remove(0)
}

#[test]
fn a_whole_checklist_ends_in_one_anonymous_record() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "vdab-jobs");
    assert_eq!(app.screen, Screen::Bring);
    choose(&mut app, 0); // ticks the eID
    assert!(app.place().unwrap().ticked[0]);
    let begin = app.content.library.checklists[app.place().unwrap().checklist]
        .bring
        .len();
    choose(&mut app, begin);
    assert_eq!(app.screen, Screen::Step);
    let total = app.checklist().unwrap().steps.len();
    for step in 0..total {
        assert_eq!(app.place().unwrap().step, Some(step));
        // Each step takes a few minutes; the record keeps only the rounded total.
        after(&mut app, 110, Action::Choose(0));
    }
    assert_eq!(app.screen, Screen::Outcome);
    assert!(
        after(&mut app, 30, Action::Choose(0)).is_empty(),
        "the record waits for the first-visit answer"
    );
    assert_eq!(app.screen, Screen::FirstVisit);
    let record = recorded(choose(&mut app, 2)); // "I don't know"
    assert_eq!(
        app.screen,
        Screen::Summary,
        "the take-home summary comes next"
    );
    assert!(
        app.session.is_none(),
        "nothing of the citizen stays in memory"
    );

    assert_eq!(record.kiosk, "test-kiosk");
    assert_eq!(record.task, "vdab-jobs");
    assert_eq!(record.content_version, 1);
    assert_eq!(record.language, "nl");
    assert_eq!(record.mode, Mode::Assisted);
    assert_eq!(record.outcome, Outcome::Done);
    assert_eq!(
        (record.steps_done, record.steps_total),
        (total as u32, total as u32)
    );
    assert_eq!(record.day, today());
    assert_eq!(record.daypart, Daypart::Morning);
    let seconds = 110 * total as u64 + 30;
    assert_eq!(record.minutes, (seconds.div_ceil(300) * 5) as u32);
    assert!(record.problems.is_empty());
    assert_eq!(record.referral, None);
    assert_eq!(
        (record.first_visit, record.channel),
        (FirstVisit::Unknown, Channel::Desk)
    );
}

#[test]
fn a_problem_ends_in_a_referral_with_where_to_go() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "tax-on-web");
    begin_steps(&mut app); // begin
    choose(&mut app, 0); // step 1 done
    choose(&mut app, 0); // step 2 done
    assert_eq!(app.step().unwrap().id, "type-code");
    choose(&mut app, 1); // this does not work
    assert_eq!(app.screen, Screen::Problems);
    let forgot_pin = problem_of(&app, "forgot-pin");
    choose(&mut app, forgot_pin);
    assert_eq!(app.screen, Screen::Problem(Some(forgot_pin)));
    choose(&mut app, 0); // where can I go?
    assert_eq!(app.screen, Screen::Referral(Some(forgot_pin)));
    choose(&mut app, 1); // stop here
    assert_eq!(app.screen, Screen::Outcome);
    let referred = 2;
    choose(&mut app, referred);
    let record = recorded(choose(&mut app, 2));
    assert_eq!(record.outcome, Outcome::Referred);
    assert_eq!(record.referral.as_deref(), Some("municipality"));
    assert_eq!(record.problems, ["forgot-pin"]);
    assert_eq!(record.steps_done, 2);
}

#[test]
fn a_goto_continues_in_another_checklist_and_comes_back() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "tax-on-web");
    begin_steps(&mut app);
    choose(&mut app, 0);
    assert_eq!(app.step().unwrap().id, "choose-login");
    choose(&mut app, 1);
    let eid = problem_of(&app, "eid-not-working");
    choose(&mut app, eid);
    choose(&mut app, 0); // continue in the eID checklist
    assert_eq!(app.checklist().unwrap().id, "eid-login");
    assert_eq!(app.screen, Screen::Bring);
    assert_eq!(app.return_checklist().unwrap().id, "tax-on-web");
    begin_steps(&mut app);
    let steps = app.checklist().unwrap().steps.len();
    for _ in 0..steps {
        choose(&mut app, 0);
    }
    // Back on the step where the problem was met, not at the start.
    assert_eq!(app.screen, Screen::Step);
    assert_eq!(app.checklist().unwrap().id, "tax-on-web");
    assert_eq!(app.step().unwrap().id, "choose-login");
    let record = recorded(run(
        &mut app,
        &[Action::Stop, Action::Choose(3), Action::Choose(2)],
    ));
    assert_eq!(record.task, "tax-on-web");
    assert_eq!(record.outcome, Outcome::Later);
    assert_eq!(record.problems, ["eid-not-working"]);
    assert_eq!(
        record.steps_done, 1,
        "steps of the other checklist do not count for this one"
    );
}

#[test]
fn changing_language_mid_flow_keeps_the_place() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "safe-e-banking");
    choose(&mut app, 1); // ticks the second item
    begin_steps(&mut app);
    run(&mut app, &[Action::Choose(0), Action::Choose(0)]);
    let before = (app.screen, app.place().unwrap().clone());
    update_language(&mut app, "ar");
    assert_eq!((app.screen, app.place().unwrap().clone()), before);
    assert_eq!(app.content.catalog.locale(app.language).tag, "ar");
    // Going back still finds the ticks made before the switch.
    run(&mut app, &[Action::Back, Action::Back, Action::Back]);
    assert_eq!(app.screen, Screen::Bring);
    assert!(app.session.as_ref().unwrap().places[0].ticked[1]);
    // The record carries the language the citizen ended in.
    let record = recorded(run(
        &mut app,
        &[Action::Stop, Action::Choose(1), Action::Choose(2)],
    ));
    assert_eq!(record.language, "ar");
}

fn update_language(app: &mut digipunt::app::App, tag: &str) {
    run(app, &[Action::OpenLanguage]);
    assert!(app.picking_language);
    let lang = language(app, tag);
    choose(app, lang);
    assert!(!app.picking_language);
}

#[test]
fn the_language_picker_closes_with_back_and_changes_nothing() {
    let mut app = app();
    start(&mut app, "fr", Mode::Assisted, "vdab-jobs");
    run(&mut app, &[Action::OpenLanguage, Action::Back]);
    assert!(!app.picking_language);
    assert_eq!(app.content.catalog.locale(app.language).tag, "fr");
    assert_eq!(app.screen, Screen::Bring);
}

#[test]
fn self_service_asks_simply_whether_it_worked() {
    let mut app = app();
    start(&mut app, "ar", Mode::SelfService, "eid-login");
    begin_steps(&mut app);
    let steps = app.checklist().unwrap().steps.len();
    for _ in 0..steps {
        run(&mut app, &[Action::Activate]); // Enter takes the highlighted "next"
    }
    assert_eq!(app.screen, Screen::Outcome);
    assert_eq!(digipunt::app::choices(&app).len(), 3, "yes / partly / no");
    let record = recorded(choose(&mut app, 2)); // "no, it did not work"
    assert_eq!(record.mode, Mode::SelfService);
    assert_eq!(
        record.outcome,
        Outcome::Later,
        "no referral was shown, so 'no' means later"
    );
    assert_eq!(record.language, "ar");
}

#[test]
fn self_service_no_after_a_referral_counts_as_referred() {
    let mut app = app();
    start(&mut app, "nl", Mode::SelfService, "eid-login");
    begin_steps(&mut app);
    while app.step().unwrap().id != "check-data" {
        choose(&mut app, 0);
    }
    run(
        &mut app,
        &[
            Action::Choose(1),
            Action::Choose(1),
            Action::Choose(0),
            Action::Choose(1),
        ],
    );
    let record = recorded(choose(&mut app, 2));
    assert_eq!(record.outcome, Outcome::Referred);
    assert_eq!(record.referral.as_deref(), Some("municipality"));
    assert_eq!(record.problems, ["card-expired"]);
}

#[test]
fn helper_tips_show_only_to_a_helper() {
    let tip = "Typ het adres samen met de burger";
    let mut helper = app();
    start(&mut helper, "nl", Mode::Assisted, "tax-on-web");
    run(&mut helper, &[Action::MoveSelection(99), Action::Activate]);
    assert!(screen(&helper, 100, 30).contains(tip));
    let mut alone = app();
    start(&mut alone, "nl", Mode::SelfService, "tax-on-web");
    run(&mut alone, &[Action::MoveSelection(99), Action::Activate]);
    assert!(!screen(&alone, 100, 30).contains(tip));
}

#[test]
fn arrows_follow_the_reading_direction() {
    let mut dutch = app();
    start(&mut dutch, "nl", Mode::Assisted, "eid-login");
    run(&mut dutch, &[Action::ArrowRight, Action::ArrowRight]);
    assert_eq!(dutch.place().unwrap().step, Some(1));
    let mut arabic = app();
    start(&mut arabic, "ar", Mode::Assisted, "eid-login");
    run(&mut arabic, &[Action::ArrowLeft, Action::ArrowLeft]);
    assert_eq!(arabic.place().unwrap().step, Some(1));
    run(&mut arabic, &[Action::ArrowRight]);
    assert_eq!(arabic.place().unwrap().step, Some(0));
}

#[test]
fn back_walks_the_flow_in_reverse_and_records_nothing() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "eid-login");
    let effects = run(
        &mut app,
        &[
            Action::Back,
            Action::Back,
            Action::Back,
            Action::Back,
            Action::Back,
        ],
    );
    assert!(effects.is_empty());
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.session.is_none());
}

#[test]
fn quitting_mid_flow_records_an_abandoned_interaction() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "eid-login");
    begin_steps(&mut app);
    run(&mut app, &[Action::Choose(0)]);
    let effects = run(&mut app, &[Action::Quit]);
    assert_eq!(effects.last(), Some(&Effect::Quit));
    let record = recorded(effects);
    assert_eq!(record.outcome, Outcome::Abandoned);
    assert_eq!(record.steps_done, 1);
}

#[test]
fn quitting_before_a_task_records_nothing() {
    let mut app = app();
    choose(&mut app, DUTCH);
    assert_eq!(run(&mut app, &[Action::Quit]), [Effect::Quit]);
}

#[test]
fn the_thank_you_screen_gives_way_to_a_fresh_welcome() {
    let mut app = app();
    start(&mut app, "ar", Mode::Assisted, "eid-login");
    run(
        &mut app,
        &[Action::Stop, Action::Choose(0), Action::Choose(2)],
    );
    assert_eq!(app.screen, Screen::Summary);
    run(&mut app, &[Action::Choose(1)]);
    assert_eq!(app.screen, Screen::Thanks);
    after(&mut app, digipunt::app::THANKS_SECONDS - 1, NOTHING);
    assert_eq!(app.screen, Screen::Thanks);
    after(&mut app, 1, NOTHING);
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(
        app.language,
        app.content.catalog.source(),
        "the next citizen starts in the default language"
    );
    assert!(app.session.is_none());
}

#[test]
fn stop_before_a_task_starts_over() {
    let mut app = app();
    choose(&mut app, DUTCH);
    choose(&mut app, 0);
    assert!(run(&mut app, &[Action::Stop]).is_empty());
    assert_eq!(app.screen, Screen::Welcome);
}

#[test]
fn every_problem_leads_somewhere_and_back() {
    let mut app = app();
    let library = app.content.library.clone();
    for checklist in &library.checklists {
        for step in &checklist.steps {
            for p in 0..=step.problems.len() {
                app = support::app();
                start(&mut app, "nl", Mode::Assisted, &checklist.id);
                begin_steps(&mut app);
                walk_to_step(&mut app, &step.id);
                let problems = choice_of(&app, digipunt::app::Choice::ShowProblems);
                run(&mut app, &[Action::Choose(problems), Action::Choose(p)]);
                assert!(
                    matches!(app.screen, Screen::Problem(_)),
                    "{}/{}",
                    checklist.id,
                    step.id
                );
                // The last choice always goes back to the step.
                let back = digipunt::app::choices(&app).len() - 1;
                choose(&mut app, back);
                assert_eq!(app.screen, Screen::Step);
                assert_eq!(app.step().unwrap().id, step.id);
            }
        }
    }
}

fn idle_app() -> digipunt::app::App {
    let mut app = app();
    app.settings.idle_after = std::time::Duration::from_secs(180);
    app.settings.idle_countdown = std::time::Duration::from_secs(30);
    app
}

#[test]
fn after_a_while_without_input_the_kiosk_asks_then_starts_over() {
    let mut app = idle_app();
    start(&mut app, "ar", Mode::Assisted, "tax-on-web");
    begin_steps(&mut app);
    run(&mut app, &[Action::Choose(0)]);
    assert!(after(&mut app, 179, NOTHING).is_empty());
    assert_eq!(app.idle_deadline, None);
    after(&mut app, 1, NOTHING);
    assert!(app.idle_deadline.is_some(), "the question is shown");
    assert_eq!(
        app.screen,
        Screen::Step,
        "the place is still there behind it"
    );
    let effects = after(&mut app, 30, NOTHING);
    let record = recorded(effects);
    assert_eq!(record.outcome, Outcome::Abandoned);
    assert_eq!(record.steps_done, 1);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.session.is_none());
    assert_eq!(app.language, app.content.catalog.source());
    assert_eq!(app.idle_deadline, None);
    assert_eq!(
        app.next_deadline(),
        None,
        "a fresh welcome screen sleeps until touched"
    );
}

#[test]
fn any_key_answers_the_idle_question_and_keeps_the_place() {
    let mut app = idle_app();
    start(&mut app, "nl", Mode::Assisted, "vdab-jobs");
    let place = app.place().unwrap().clone();
    after(&mut app, 180, NOTHING);
    assert!(app.idle_deadline.is_some());
    // The key only answers the question; it does not also tick an item.
    assert!(after(&mut app, 10, Action::Choose(0)).is_empty());
    assert_eq!(app.idle_deadline, None);
    assert_eq!(app.place(), Some(&place));
    assert!(after(&mut app, 179, NOTHING).is_empty());
    assert_eq!(
        app.idle_deadline, None,
        "the wait starts again from the key"
    );
}

#[test]
fn idle_before_a_task_starts_over_without_a_record() {
    let mut app = idle_app();
    choose(&mut app, 1);
    choose(&mut app, 0);
    after(&mut app, 180, NOTHING);
    assert!(after(&mut app, 30, NOTHING).is_empty());
    assert_eq!(app.screen, Screen::Welcome);
}

#[test]
fn a_new_topic_starts_with_nothing_from_the_previous_one() {
    let mut app = app();
    start(&mut app, "nl", Mode::SelfService, "tax-on-web");
    begin_steps(&mut app);
    run(&mut app, &[Action::Choose(0)]);
    let itsme = problem_of(&app, "itsme-blocked");
    run(
        &mut app,
        &[Action::Choose(1), Action::Choose(itsme), Action::Choose(0)],
    ); // referral seen: itsme
    assert!(app.session.as_ref().unwrap().referral.is_some());
    while app.screen != Screen::Topics {
        run(&mut app, &[Action::Back]);
    }
    pick_topic(&mut app, "vdab-jobs");
    run(&mut app, &[Action::Stop]);
    let record = recorded(choose(&mut app, 2));
    assert_eq!(record.task, "vdab-jobs");
    assert!(record.problems.is_empty());
    assert_eq!(
        record.outcome,
        Outcome::Later,
        "no referral was shown for this task"
    );
}

#[test]
fn arrows_do_not_move_the_flow_behind_the_language_picker() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "eid-login");
    begin_steps(&mut app);
    run(&mut app, &[Action::OpenLanguage]);
    run(&mut app, &[Action::ArrowRight, Action::ArrowRight]);
    assert_eq!(app.place().unwrap().step, Some(0));
    run(&mut app, &[Action::ArrowLeft]);
    assert!(!app.picking_language, "backward closes the picker");
    assert_eq!(app.place().unwrap().step, Some(0));
}

#[test]
fn the_summary_lists_what_was_done_what_is_open_and_what_to_bring() {
    let mut app = app();
    start(&mut app, "fr", Mode::Assisted, "tax-on-web");
    choose(&mut app, 0); // ticks the eID; everything else is missing
    begin_steps(&mut app);
    run(&mut app, &[Action::Choose(0), Action::Choose(0)]);
    let forgot_pin = problem_of(&app, "forgot-pin");
    run(
        &mut app,
        &[
            Action::Choose(1),
            Action::Choose(forgot_pin),
            Action::Choose(0),
            Action::Choose(1),
            Action::Choose(2),
            Action::Choose(2),
        ],
    );
    assert_eq!(app.screen, Screen::Summary);
    let summary = app.summary.clone().expect("a summary");
    let checklist = &app.content.library.checklists[summary.checklist];
    let ids = |steps: &[usize]| {
        steps
            .iter()
            .map(|&i| checklist.steps[i].id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&summary.done), ["open-myminfin", "choose-login"]);
    assert_eq!(
        ids(&summary.open).first().map(String::as_str),
        Some("type-code")
    );
    assert!(
        !summary.missing.contains(&"eid".to_owned()),
        "the ticked eID is not asked again"
    );
    assert!(summary.missing.contains(&"eid-pin".to_owned()));
    assert_eq!(summary.referral.as_deref(), Some("municipality"));

    // Printing hands the edge a French text with a Dutch copy for the counter.
    let effects = run(&mut app, &[Action::Choose(0)]);
    let [Effect::PrintSummary(text)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    let catalog = &app.content.catalog;
    let (fr, nl) = (catalog.find("fr").unwrap(), catalog.source());
    assert!(text.contains(&catalog.text(fr, "summary-open").value));
    assert!(text.contains(&catalog.text(nl, "summary-copy").value));
    assert!(text.contains(&catalog.text(nl, "tax-on-web-type-code").value));
    // Nothing but checklist text: every line is empty, a rule, a heading, a title or an item
    // that the catalogs hold word for word.
    // The kiosk's catalog keeps no index of its ids; the validated load has one.
    let validated = digipunt::content::Content::load(
        &digipunt::content::ContentFiles::embedded(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let index = |lang| &validated.catalog.locale(lang).index;
    let known: Vec<String> = [fr, nl]
        .iter()
        .flat_map(|&lang| {
            index(lang).keys().flat_map(move |id| {
                let mut all = vec![catalog.text(lang, id).value];
                all.extend(
                    index(lang)[id]
                        .attributes()
                        .map(|a| catalog.attribute(lang, id, a).value),
                );
                all
            })
        })
        .collect();
    for line in text.lines() {
        let body = line
            .trim_start_matches("- ")
            .trim_start_matches("digipunt - ");
        let fits = body.is_empty()
            || body.chars().all(|c| c == '-')
            || known
                .iter()
                .any(|k| k.replace(['\u{2068}', '\u{2069}'], "") == body);
        assert!(fits, "unexpected line in the summary: {line:?}");
    }
    run(
        &mut app,
        &[
            Action::SummaryWritten(digipunt::app::SummaryStatus::Printed),
            Action::Choose(1),
        ],
    );
    assert_eq!(app.screen, Screen::Thanks);
    run(&mut app, &[Action::Choose(0)]);
    assert!(app.summary.is_none(), "the next citizen never sees it");
}

#[test]
fn every_step_of_every_checklist_is_reachable_by_keys() {
    let library = app().content.library.clone();
    for checklist in &library.checklists {
        for step in &checklist.steps {
            let mut app = app();
            start(&mut app, "nl", Mode::Assisted, &checklist.id);
            begin_steps(&mut app);
            walk_to_step(&mut app, &step.id);
            assert_eq!(app.step().unwrap().id, step.id, "{}", checklist.id);
        }
    }
}

#[test]
fn a_branch_leads_along_the_chosen_way_only() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "itsme");
    begin_steps(&mut app);
    walk_to_step(&mut app, "how-identify");
    let (current, total_before) = {
        let place = app.place().unwrap();
        digipunt::app::path::progress(
            app.checklist().unwrap(),
            &place.answers,
            place.step.unwrap(),
        )
    };
    // The choices are the ways on, then "does not work" and "back".
    assert!(matches!(
        digipunt::app::choices(&app)[..],
        [
            digipunt::app::Choice::Branch(0),
            digipunt::app::Choice::Branch(1),
            ..
        ]
    ));
    choose(&mut app, 1); // with the bank card
    assert_eq!(app.step().unwrap().id, "bank-identify");
    let place = app.place().unwrap();
    let (next, total_after) = digipunt::app::path::progress(
        app.checklist().unwrap(),
        &place.answers,
        place.step.unwrap(),
    );
    assert_eq!(next, current + 1);
    assert!(total_after <= total_before);
    choose(&mut app, 0);
    assert_ne!(
        app.step().unwrap().id,
        "eid-identify",
        "the other way is skipped"
    );
    // Back returns over the way taken, to the question, which can be answered again.
    run(&mut app, &[Action::Back, Action::Back]);
    assert_eq!(app.step().unwrap().id, "how-identify");
    choose(&mut app, 0);
    assert_eq!(app.step().unwrap().id, "eid-identify");
}

#[test]
fn the_helper_reads_each_step_in_their_own_language_beside_the_citizens() {
    let mut app = app();
    start(&mut app, "ar", Mode::Assisted, "tax-on-web");
    begin_steps(&mut app);
    let catalog = &app.content.catalog;
    let dutch_step = catalog
        .text(catalog.source(), "tax-on-web-open-myminfin")
        .value;
    let dutch_tip = catalog
        .attribute(catalog.source(), "tax-on-web-open-myminfin", "tip")
        .value;
    let shown = screen(&app, 100, 30);
    assert!(
        shown.contains(&dutch_step),
        "the helper's pane shows the step in Dutch\n{shown}"
    );
    assert!(
        shown.contains(&dutch_tip[..30]),
        "with the tip in Dutch\n{shown}"
    );
    // The helper switches to English: the place stays, the pane follows.
    let english = language(&app, "en");
    run(&mut app, &[Action::OpenHelperLanguage]);
    assert!(app.picking_language && app.picking_for_helper);
    let place = app.place().unwrap().clone();
    choose(&mut app, english);
    assert_eq!(app.helper_language, english);
    assert_eq!(
        app.language,
        language(&app, "ar"),
        "the citizen's language is untouched"
    );
    assert_eq!(app.place(), Some(&place));
    let english_step = app
        .content
        .catalog
        .text(english, "tax-on-web-open-myminfin")
        .value;
    assert!(screen(&app, 100, 30).contains(&english_step));
    // A citizen alone sees no helper pane and cannot open the helper's picker.
    let mut alone = support::app();
    start(&mut alone, "ar", Mode::SelfService, "tax-on-web");
    begin_steps(&mut alone);
    assert!(!screen(&alone, 100, 30).contains(&dutch_step));
    run(&mut alone, &[Action::OpenHelperLanguage]);
    assert!(!alone.picking_language);
}

#[test]
fn read_aloud_speaks_in_the_citizens_voice_and_stops_when_the_screen_changes() {
    let mut app = app();
    app.settings.voices = vec!["ar".to_owned(), "nl".to_owned()];
    start(&mut app, "ar", Mode::SelfService, "eid-login");
    begin_steps(&mut app);
    assert_eq!(
        run(&mut app, &[Action::Speak]),
        [Effect::Speak("ar".to_owned())]
    );
    assert!(app.speaking);
    let words = digipunt::ui::spoken_text(&app);
    let step = app
        .content
        .catalog
        .text(app.language, "eid-login-plug-reader")
        .value;
    assert!(words.contains(&step), "{words}");
    assert!(
        words.contains("1. "),
        "the choices are read with their numbers: {words}"
    );
    // Moving on stops the voice before anything else happens.
    let effects = run(&mut app, &[Action::Choose(0)]);
    assert_eq!(effects.first(), Some(&Effect::StopSpeech));
    assert!(!app.speaking);
    // Where this machine has no voice for the language, there is no read-aloud at all.
    let mut somali = support::app();
    somali.settings.voices = vec!["nl".to_owned()];
    start(&mut somali, "so", Mode::SelfService, "eid-login");
    assert!(run(&mut somali, &[Action::Speak]).is_empty());
    assert!(!screen(&somali, 100, 30).contains(" F5 "));
}

#[test]
fn on_the_linux_console_the_picker_offers_what_it_can_draw_and_the_font_follows() {
    let mut app = app();
    app.settings.console = true;
    app.settings.console_fonts = false;
    let offered = |app: &digipunt::app::App| -> Vec<String> {
        digipunt::app::choices(app)
            .into_iter()
            .filter_map(|c| match c {
                digipunt::app::Choice::Language(id) => {
                    Some(app.content.catalog.locale(id).tag.clone())
                }
                _ => None,
            })
            .collect()
    };
    let plain = offered(&app);
    assert!(plain.contains(&"nl".to_owned()) && plain.contains(&"uk".to_owned()));
    assert!(
        !plain.contains(&"ar".to_owned()) && !plain.contains(&"ps".to_owned()),
        "{plain:?}"
    );
    let shown = screen(&app, 80, 24);
    assert!(
        shown.contains("Arabic") && shown.contains("Pashto"),
        "it says which languages need another screen\n{shown}"
    );
    // With permission to load fonts, Arabic and Tigrinya come back, each with its font.
    app.settings.console_fonts = true;
    let with_fonts = offered(&app);
    assert!(with_fonts.contains(&"ar".to_owned()) && with_fonts.contains(&"ti".to_owned()));
    assert!(
        !with_fonts.contains(&"ps".to_owned()),
        "Pashto needs shaping the console cannot do"
    );
    // The language screen itself is in the default text font.
    let settle = run(&mut app, &[Action::MoveSelection(0)]);
    assert_eq!(
        settle,
        [Effect::ConsoleFont(Some("Uni2-Fixed16".to_owned()))]
    );
    let arabic = language(&app, "ar");
    let position = with_fonts.iter().position(|t| t == "ar").unwrap();
    let effects = run(&mut app, &[Action::Choose(position)]);
    assert_eq!(
        effects,
        [Effect::ConsoleFont(Some("Arabic-Fixed16".to_owned()))]
    );
    assert_eq!(app.language, arabic);
    // Back on the language screen, it is the default font again.
    let effects = run(&mut app, &[Action::Back]);
    assert_eq!(app.screen, digipunt::app::Screen::Welcome);
    assert_eq!(
        effects,
        [Effect::ConsoleFont(Some("Uni2-Fixed16".to_owned()))]
    );
}

#[test]
fn a_key_switches_to_the_basic_look_and_back() {
    let mut app = app();
    start(&mut app, "nl", Mode::Assisted, "tax-on-web");
    begin_steps(&mut app);
    assert!(screen(&app, 80, 24).contains('┌'));
    run(&mut app, &[Action::ToggleLook]);
    let basic = screen(&app, 80, 24);
    assert!(!basic.contains('┌') && basic.contains("+-"), "{basic}");
    assert!(
        basic.is_ascii() || basic.chars().all(|c| c.is_ascii() || c.is_alphabetic()),
        "{basic}"
    );
    run(&mut app, &[Action::ToggleLook]);
    assert!(screen(&app, 80, 24).contains('┌'));
}

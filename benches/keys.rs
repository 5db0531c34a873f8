//! Interaction latency in process: what one key press costs between the key and the frame
//! handed to the terminal. Per key, as the kiosk loop does it: `update` with the time, then
//! with the key, then `ui::draw` through a ratatui `Terminal` (which diffs against the
//! previous frame) into a `TestBackend`. Budget: < 2 ms a key press (DESIGN.md).
//!
//! The walk is `benches/walk.txt`: a helper and an Arabic-speaking citizen through
//! tax-on-web, at 80x24 and 120x40. Effects (the record, the summary file) are not carried
//! out here; `benches/terminal.py` times the real binary, which does them.
//!
//! `cargo bench --bench keys`: criterion's figure is the whole walk; after it, every key
//! is timed on its own over many walks and the worst ones are listed per screen.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, Throughput};
use digipunt::app::{Action, App, Clock, Screen, Settings, update};
use digipunt::content::Content;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WALK: &str = include_str!("walk.txt");
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
/// Walks timed key by key for the per-screen table.
const PROFILE_WALKS: usize = 200;

struct Key {
    token: String,
    action: Action,
    /// The screen the key leads to.
    screen: String,
}

fn walk() -> Vec<Key> {
    WALK.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut words = line.split_whitespace();
            let token = words.next().expect("a key").to_owned();
            let screen = words.next().expect("a screen after the key").to_owned();
            let action = match token.as_str() {
                "Down" => Action::MoveSelection(1),
                "Up" => Action::MoveSelection(-1),
                "Enter" => Action::Activate,
                "Esc" => Action::Back,
                "F9" => Action::OpenDesk,
                digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
                    Action::Digit(digit.as_bytes()[0] - b'0')
                }
                other => panic!("walk.txt: unknown key {other}"),
            };
            Key {
                token,
                action,
                screen,
            }
        })
        .collect()
}

/// The names walk.txt uses for screens.
fn screen_name(app: &App) -> &'static str {
    if app.picking_language {
        return "language";
    }
    match app.screen {
        Screen::Welcome => "language",
        Screen::Mode => "mode",
        Screen::Topics => "topics",
        Screen::Category(_) => "category",
        Screen::Bring => "bring",
        Screen::Step => "step",
        Screen::Problems => "problems",
        Screen::Problem(_) => "problem",
        Screen::Referral(_) => "referral",
        Screen::Outcome => "outcome",
        Screen::FirstVisit => "first-visit",
        Screen::Summary => "summary",
        Screen::Thanks => "thanks",
        Screen::Desk(_) => "desk",
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
}

fn content() -> Rc<Content> {
    let mut content =
        Content::embedded(today()).unwrap_or_else(|d| panic!("embedded content is broken:\n{d}"));
    // As the kiosk does once it has validated.
    content.catalog.release_indexes();
    Rc::new(content)
}

/// A kiosk on its first frame: the welcome screen drawn once, as after start-up.
fn fresh(content: &Rc<Content>, (width, height): (u16, u16)) -> (App, Terminal<TestBackend>) {
    let start = Clock {
        monotonic: Duration::from_secs(1_000),
        wall: today().and_hms_opt(10, 15, 0).expect("a time"),
    };
    let settings = Settings {
        kiosk: "bench".to_owned(),
        ..Settings::default()
    };
    let mut app = App::new(Rc::clone(content), settings, start);
    update(&mut app, Action::Tick(start));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| digipunt::ui::draw(&app, frame))
        .expect("a frame");
    (app, terminal)
}

/// One key press as the kiosk loop handles it: the time, the key, the frame.
fn press(app: &mut App, terminal: &mut Terminal<TestBackend>, action: &Action) {
    let mut now = app.now;
    // A second a key: never long enough for the idle question or the thank-you timeout.
    now.monotonic += Duration::from_secs(1);
    now.wall += chrono::Duration::seconds(1);
    black_box(update(app, Action::Tick(now)));
    black_box(update(app, action.clone()));
    terminal
        .draw(|frame| digipunt::ui::draw(app, frame))
        .expect("a frame");
}

/// Walks once and checks that every key lands where walk.txt says.
fn check_walk(content: &Rc<Content>, keys: &[Key]) {
    for size in SIZES {
        let (mut app, mut terminal) = fresh(content, size);
        for (number, key) in keys.iter().enumerate() {
            press(&mut app, &mut terminal, &key.action);
            assert_eq!(
                screen_name(&app),
                key.screen,
                "walk.txt, key {} ({}): the screen after it",
                number + 1,
                key.token
            );
        }
    }
}

fn bench(c: &mut Criterion, content: &Rc<Content>, keys: &[Key]) {
    let mut group = c.benchmark_group("walk");
    group.throughput(Throughput::Elements(keys.len() as u64));
    for size in SIZES {
        let name = format!("{}x{}", size.0, size.1);
        group.bench_function(&name, |b| {
            b.iter_batched(
                || fresh(content, size),
                |(mut app, mut terminal)| {
                    for key in keys {
                        press(&mut app, &mut terminal, &key.action);
                    }
                    (app, terminal)
                },
                BatchSize::SmallInput,
            );
        });
    }
    group.finish();
}

/// Times each key alone over many walks: per screen reached, the wall-clock time (median,
/// 99th percentile, worst) and the worst CPU time of the thread. On a busy machine the
/// worst wall-clock times are the scheduler's slices (about 4 ms) given to other work
/// while a key was handled; the CPU time is what the key itself cost.
fn profile(content: &Rc<Content>, keys: &[Key]) {
    println!();
    println!(
        "per key, {PROFILE_WALKS} walks of {} keys, update + draw, microseconds:",
        keys.len()
    );
    for size in SIZES {
        let mut by_screen: BTreeMap<&str, (Vec<Duration>, Vec<Duration>)> = BTreeMap::new();
        let mut all = (Vec::new(), Vec::new());
        // Each key of the walk on its own: its typical (median) cost.
        let mut per_key: Vec<Vec<Duration>> = vec![Vec::new(); keys.len()];
        for _ in 0..PROFILE_WALKS {
            let (mut app, mut terminal) = fresh(content, size);
            for (number, key) in keys.iter().enumerate() {
                let (start, start_cpu) = (Instant::now(), thread_cpu());
                press(&mut app, &mut terminal, &key.action);
                let (wall, cpu) = (start.elapsed(), thread_cpu().saturating_sub(start_cpu));
                per_key[number].push(wall);
                let entry = by_screen.entry(&key.screen).or_default();
                entry.0.push(wall);
                entry.1.push(cpu);
                all.0.push(wall);
                all.1.push(cpu);
            }
        }
        println!(
            "  {}x{}        keys   wall: median      p99      max    cpu: median      max",
            size.0, size.1
        );
        for (screen, (wall, cpu)) in by_screen.iter_mut().chain([(&"all keys", &mut all)]) {
            wall.sort();
            cpu.sort();
            let at = |times: &[Duration], q: f64| {
                micros(times[((times.len() - 1) as f64 * q).round() as usize])
            };
            println!(
                "    {screen:<12} {:>4}  {:>14.0} {:>8.0} {:>8.0} {:>13.0} {:>8.0}",
                wall.len() / PROFILE_WALKS,
                at(wall, 0.5),
                at(wall, 0.99),
                at(wall, 1.0),
                at(cpu, 0.5),
                at(cpu, 1.0),
            );
        }
        let (number, median) = per_key
            .iter_mut()
            .map(|times| {
                times.sort();
                times[times.len() / 2]
            })
            .enumerate()
            .max_by_key(|&(_, median)| median)
            .expect("a walk has keys");
        println!(
            "    slowest key: {} ({}, to {}), median {:.0}",
            number + 1,
            keys[number].token,
            keys[number].screen,
            micros(median)
        );
    }
}

/// The CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID).
fn thread_cpu() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into memory we own.
    let done = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(done, 0, "clock_gettime");
    Duration::new(
        u64::try_from(now.tv_sec).unwrap_or(0),
        u32::try_from(now.tv_nsec).unwrap_or(0),
    )
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

fn main() {
    let keys = walk();
    let content = content();
    check_walk(&content, &keys);
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion, &content, &keys);
    criterion.final_summary();
    // `cargo bench` passes --bench; `cargo test --benches` only checks that it runs.
    if std::env::args().any(|arg| arg == "--bench") {
        profile(&content, &keys);
    }
}

//! The report screen, in the helper's language: which period, then the report as pages of
//! bar charts. Words and numbers come from `report_words`, as for `digipunt report`, so
//! the screen and the command show the same counts, `<5` and `x` included.

use super::super::{Words, plain};
use crate::app::desk::report::{Answer, PAGES, Span, first_day};
use crate::app::{Action, App, Choice, DeskChoice, DeskScreen, choices};
use crate::i18n::{FluentArgs, Text};
use crate::report_words::{Body, Builder, Labels, Section};
use crate::stats::{HIDDEN, Part, Report, Shown};
use crate::ui::view::{BarRow, Block, BlockKind, ChartView, KeyHint, OptionView, View};

use DeskScreen as S;

pub fn view(app: &App, words: &Words, screen: DeskScreen) -> View {
    let reading = app.desk.report.as_ref();
    let period = reading.and_then(|r| r.period);
    let labels = Labels::isolating(&app.content, words.lang);
    let builder = Builder::new(&labels, app.settings.suppress_below);
    let text = |value: String| Text {
        value,
        direction: words.catalog.direction(words.lang),
    };
    let mut view = plain(vec![words.text("desk-report")]);
    match screen {
        S::ReportPeriod => view.titles.push(words.text("desk-report-period")),
        S::ReportFrom => view.titles.push(words.text("desk-report-from")),
        S::ReportTo => view.titles.push(words.text("desk-report-to")),
        _ => view.titles.extend(period.map(|p| text(builder.period(p)))),
    }
    let answer = reading.map(|r| &r.answer);
    match (screen, answer) {
        (S::Report, Some(Answer::Ready(report))) => {
            let page = reading.map_or(0, |r| r.page);
            pages(words, &labels, report, page, &mut view);
        }
        (S::Report, Some(Answer::Unreadable)) => {
            view.blocks.push(Block::new(
                BlockKind::Secret,
                words.text("desk-report-unreadable"),
            ));
        }
        (S::Report, _) => view.blocks.push(Block::new(
            BlockKind::Plain,
            words.text("desk-report-loading"),
        )),
        _ => {}
    }
    view.options = choices(app)
        .into_iter()
        .filter_map(|choice| match choice {
            Choice::Desk(choice) => Some(option(app, words, &builder, choice)),
            _ => None,
        })
        .collect();
    view.keys = keys(
        words,
        matches!(answer, Some(Answer::Ready(_))) && screen == S::Report,
    );
    view
}

fn option(app: &App, words: &Words, builder: &Builder, choice: DeskChoice) -> OptionView {
    let direction = words.catalog.direction(words.lang);
    match choice {
        DeskChoice::Span(span) => {
            let id = match span {
                Span::ThisWeek => "desk-report-this-week",
                Span::ThisMonth => "desk-report-this-month",
                Span::ThisQuarter => "desk-report-this-quarter",
                Span::ThisYear => "desk-report-this-year",
                Span::LastMonth => "desk-report-last-month",
                Span::LastYear => "desk-report-last-year",
            };
            let period = span.period(app.now.wall.date());
            let mut option = OptionView::new(words.text(id)).with_hint(Some(Text {
                value: builder.period(period),
                direction,
            }));
            option.hint_lines = Some(1);
            option
        }
        DeskChoice::Months => OptionView::new(words.text("desk-report-months"))
            .with_hint(words.optional("desk-report-months", "hint")),
        // Months as digits, written the same in every language, like every date here.
        DeskChoice::Month(month) => OptionView::new(Text {
            value: first_day(month).format("%Y-%m").to_string(),
            direction,
        }),
        _ => OptionView::new(words.text("desk-to-menu")),
    }
}

/// One page of the report: its charts, and under them what its signs mean.
fn pages(words: &Words, labels: &Labels, report: &Report, page: usize, view: &mut View) {
    let builder = Builder::new(labels, report.threshold);
    let direction = words.catalog.direction(words.lang);
    let text = |value: String| Text { value, direction };
    let mut args = FluentArgs::new();
    args.set("page", page + 1);
    args.set("pages", PAGES.len());
    view.progress = Some((page + 1, PAGES.len(), words.with("desk-report-page", &args)));
    let parts = PAGES.get(page).copied().unwrap_or_default();
    view.charts = parts
        .iter()
        .map(|&part| chart(&builder.part(report, part), &text))
        .collect();
    let values = || {
        view.charts
            .iter()
            .flat_map(|c| &c.rows)
            .map(|r| &r.value.value)
    };
    let small = builder.cell(Shown::Small);
    let legend = builder.legend();
    let mut notes = Vec::new();
    if values().any(|v| *v == small) {
        notes.push(legend.small);
    }
    if values().any(|v| v == HIDDEN) {
        notes.push(legend.hidden);
    }
    if parts.contains(&Part::Reach) {
        notes.push(legend.people);
    }
    view.blocks = notes
        .into_iter()
        .map(|note| Block::new(BlockKind::Plain, text(note)))
        .collect();
    // No choices here: digits choose nothing, arrows turn and scroll.
    view.numbered = false;
}

/// A section of the report as a bar chart: counts scaled to the largest one published (a
/// bar never shows how large a hidden count is); totals and figures without a bar.
fn chart(section: &Section, text: &impl Fn(String) -> Text) -> ChartView {
    match &section.body {
        Body::Figures { figures, progress } => {
            let count = figures.len();
            let rows = figures
                .iter()
                .enumerate()
                .map(|(i, figure)| BarRow {
                    label: text(figure.label.clone()),
                    depth: 0,
                    // The part of the yearly target reached comes last, and gets its bar.
                    share: progress
                        .as_ref()
                        .filter(|_| i + 1 == count)
                        .map(|p| p.part as f64 / p.whole.max(1) as f64),
                    value: text(figure.value.clone()),
                    numeric: figure.numeric,
                    total: false,
                })
                .collect();
            ChartView {
                heading: text(section.heading.clone()),
                columns: None,
                note: None,
                rows,
            }
        }
        Body::Table(table) => {
            let largest = table
                .lines
                .iter()
                .filter(|l| !l.total)
                .filter_map(|l| match l.shown {
                    Shown::Count(count) => Some(count),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
                .max(1);
            let rows = table
                .lines
                .iter()
                .map(|line| BarRow {
                    label: text(line.label.clone()),
                    depth: u16::try_from(line.depth).unwrap_or(0),
                    share: match line.shown {
                        Shown::Count(count) if !line.total => Some(count as f64 / largest as f64),
                        _ => None,
                    },
                    value: text(line.cell.clone()),
                    numeric: true,
                    total: line.total,
                })
                .collect();
            ChartView {
                heading: text(section.heading.clone()),
                columns: Some((text(table.column.clone()), text(table.count_column.clone()))),
                note: table.note.clone().map(text),
                rows,
            }
        }
    }
}

/// Back always; on the pages, the keys that turn and scroll them (turning mirrored for a
/// right-to-left screen: there the previous page is to the right); elsewhere the
/// helper's language.
fn keys(words: &Words, pages: bool) -> Vec<KeyHint> {
    let key = |key: &'static str, id: &str, action: Action| KeyHint {
        key,
        label: words.text(id),
        action,
    };
    let mut keys = vec![key("Esc", "key-back", Action::Back)];
    if pages {
        let rtl = words.catalog.direction(words.lang).is_rtl();
        let (previous, next) = if rtl { ("→", "←") } else { ("←", "→") };
        keys.extend([
            key(previous, "desk-report-previous", Action::PreviousPage),
            key(next, "desk-report-next", Action::NextPage),
            key("↑", "desk-report-up", Action::MoveSelection(-1)),
            key("↓", "desk-report-down", Action::MoveSelection(1)),
        ]);
    } else {
        keys.push(key("F3", "key-helper-language", Action::OpenHelperLanguage));
    }
    keys
}

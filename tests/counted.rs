//! The narrow rows (`counted_interaction`, schema 7) stay in step with the log through every
//! way of writing it, and counting from them gives exactly the groups, order and counts of
//! the SQL over the log itself (`count_by_sql`).

use std::path::Path;

use chrono::{Days, NaiveDate};
use digipunt::interaction::{AgeBand, Channel, Daypart, FirstVisit, Interaction, Mode, Outcome};
use digipunt::stats::query::count_by_sql;
use digipunt::stats::{Dimension, count_by, tally};
use digipunt::store::counted::out_of_step;
use digipunt::store::rows::{Appended, Appender, Row};
use digipunt::store::{Store, fold};
use rusqlite::{Connection, Transaction, TransactionBehavior};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// xorshift64*: the same rows on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn id(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }

    /// Help with values that meet at the edges of `count_by`: a topic group `unknown` and
    /// none, a referral `none` and none, a problem `none` and none, a problem twice, days
    /// around two ISO year ends.
    fn help(&mut self, from: NaiveDate, days: u64) -> Interaction {
        let problems = match self.below(6) {
            0 | 1 => Vec::new(),
            2 => vec![self.pick(&["forgot-pin", "none", "expired-id"]).to_string()],
            3 => vec!["no-card-reader".into(), "forgot-pin".into()],
            4 => vec!["forgot-pin".into(), "no-card-reader".into(), "none".into()],
            _ => vec!["forgot-pin".into(), "forgot-pin".into()],
        };
        Interaction {
            kiosk: self
                .pick(&["gent-bib-1", "brugge-ocmw-2", "leuven-bib-1"])
                .to_string(),
            day: from + Days::new(self.next() % days),
            daypart: *self.pick(Daypart::ALL),
            minutes: 5 * self.below(20) as u32,
            mode: *self.pick(Mode::ALL),
            language: self.pick(&["nl", "fr", "ar", "fa-AF", "uk"]).to_string(),
            task: self
                .pick(&["tax-on-web", "itsme", "vdab-jobs", "other"])
                .to_string(),
            category: self.pick(&["money", "", "work", "unknown"]).to_string(),
            content_version: 1,
            steps_done: 2,
            steps_total: 5,
            outcome: *self.pick(Outcome::ALL),
            referral: self
                .pick(&[None, Some("none"), Some("municipality"), Some("ocmw")])
                .map(str::to_owned),
            problems,
            age_band: *self.pick(AgeBand::ALL),
            first_visit: *self.pick(FirstVisit::ALL),
            channel: *self.pick(Channel::ALL),
            correction_of: None,
        }
    }
}

fn ways() -> Vec<Vec<Dimension>> {
    use Dimension::*;
    let mut ways: Vec<Vec<Dimension>> = Dimension::ALL.iter().map(|d| vec![*d]).collect();
    ways.extend([
        vec![],
        vec![Task, Language, Month],
        vec![Problem, Referral],
        vec![Referral, Outcome, Problem],
        vec![Category, Week],
        vec![Kiosk, Daypart, Problem, Month],
        vec![Month, Week, Language],
        Dimension::ALL.to_vec(),
    ]);
    ways
}

/// Every way of counting, over long and short periods, gives the same from the narrow rows
/// as from the log; and the narrow rows count it (no fall back on the SQL).
fn counts_agree(connection: &Connection, periods: &[(&str, &str)]) {
    assert_eq!(
        out_of_step(connection).unwrap(),
        0,
        "narrow rows out of step"
    );
    for (from, to) in periods {
        for by in ways() {
            let (from, to) = (day(from), day(to));
            let sql = count_by_sql(connection, from, to, &by).map_err(|e| e.to_string());
            let fast = count_by(connection, from, to, &by).map_err(|e| e.to_string());
            assert_eq!(fast, sql, "{by:?} from {from} to {to}");
            if sql.is_ok() {
                assert_eq!(
                    tally::count(connection, from, to, &by).unwrap().as_ref(),
                    sql.as_ref().ok(),
                    "{by:?} from {from} to {to}, from the narrow rows themselves"
                );
            }
        }
    }
}

const PERIODS: [(&str, &str); 4] = [
    ("2024-12-01", "2026-01-31"),
    ("2025-08-04", "2025-08-17"),
    ("2024-12-23", "2025-01-12"),
    ("2025-12-22", "2026-01-04"),
];

fn undo_of(help: &Interaction, id: &str, on: NaiveDate) -> Interaction {
    let mut undo = help.clone();
    undo.correction_of = Some(id.to_owned());
    undo.day = on;
    undo
}

/// A kiosk's own log: help, undos of it, an undo of an undo, undos of rows it never held.
fn kiosk_log(path: &Path, random: &mut Random) -> Vec<(String, Interaction)> {
    let mut store = Store::open(path).unwrap();
    let mut written = Vec::new();
    for _ in 0..300 {
        let help = random.help(day("2024-12-20"), 400);
        let id = store.record(&help).unwrap();
        written.push((id, help));
    }
    for i in 0..30 {
        let (id, help) = written[random.below(written.len())].clone();
        let undo = undo_of(&help, &id, help.day);
        let undo_id = store.record(&undo).unwrap();
        if i % 10 == 0 {
            let again = undo_of(&help, &undo_id, help.day);
            written.push((store.record(&again).unwrap(), again));
        }
        written.push((undo_id, undo));
    }
    for _ in 0..2 {
        let stray = undo_of(
            &random.help(day("2025-03-01"), 30),
            &random.id(),
            day("2025-03-30"),
        );
        written.push((store.record(&stray).unwrap(), stray));
    }
    written
}

fn append_all(transaction: &Transaction<'_>, rows: &[(String, Interaction)]) -> Vec<Appended> {
    let mut appender = Appender::new(transaction).unwrap();
    rows.iter()
        .map(|(id, help)| {
            appender
                .append(&Row::Interaction(id.clone(), help.clone()))
                .unwrap()
        })
        .collect()
}

#[test]
fn the_narrow_rows_count_what_the_log_counts_through_every_writer() {
    let dir = tempfile::tempdir().unwrap();
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let kiosk = dir.path().join("kiosk.sqlite");
    let written = kiosk_log(&kiosk, &mut random);
    counts_agree(Store::open(&kiosk).unwrap().connection(), &PERIODS);

    // A coordinator merges other kiosks' rows in any order: undos before and after the
    // rows they cancel, rows already present, then the kiosk's own rows.
    let region = dir.path().join("region.sqlite");
    let store = Store::open(&region).unwrap();
    let mut rows: Vec<(String, Interaction)> = Vec::new();
    for _ in 0..400 {
        let help = random.help(day("2024-12-20"), 400);
        let id = random.id();
        if random.below(8) == 0 {
            let undo = undo_of(&help, &id, help.day + Days::new(1));
            rows.push((random.id(), undo));
        }
        rows.push((id, help));
    }
    for i in (1..rows.len()).rev() {
        let j = random.below(i + 1);
        rows.swap(i, j);
    }
    // A newer row whose only undo is dated in a month that will be folded.
    let late = random.help(day("2025-07-01"), 1);
    let late_id = random.id();
    rows.push((random.id(), undo_of(&late, &late_id, day("2025-05-02"))));
    rows.push((late_id, late));
    let connection = store.connection();
    let transaction =
        Transaction::new_unchecked(connection, TransactionBehavior::Immediate).unwrap();
    let added = append_all(&transaction, &rows);
    assert!(added.iter().all(|a| *a == Appended::Added));
    let again = append_all(&transaction, &rows[..50]);
    assert!(again.iter().all(|a| *a == Appended::AlreadyPresent));
    append_all(&transaction, &written);
    transaction.commit().unwrap();
    counts_agree(connection, &PERIODS);

    // Retention folds the months before June 2025: the row of July counts again.
    let late_counted = |connection: &Connection| -> i64 {
        connection
            .query_row(
                "SELECT count(*) FROM counted_interaction WHERE day = 20250701",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let before_fold = late_counted(connection);
    drop(store);
    let mut store = Store::open(&region).unwrap();
    store.fold_before(day("2025-06-01")).unwrap();
    let connection = store.connection();
    assert_eq!(late_counted(connection), before_fold + 1);
    counts_agree(
        connection,
        &[PERIODS[0], PERIODS[1], ("2025-06-01", "2026-01-31")],
    );

    // Merging into the folded log: old rows join the monthly counts, new ones are rows.
    let transaction =
        Transaction::new_unchecked(connection, TransactionBehavior::Immediate).unwrap();
    let more: Vec<(String, Interaction)> = (0..200)
        .map(|_| (random.id(), random.help(day("2025-01-01"), 365)))
        .collect();
    append_all(&transaction, &more);
    fold(&transaction, day("2025-06-01")).unwrap();
    transaction.commit().unwrap();
    counts_agree(
        connection,
        &[PERIODS[0], PERIODS[1], ("2025-06-01", "2026-01-31")],
    );

    // The kiosk's undo of a merged row, written later through the kiosk's own store.
    let (id, help) = more
        .iter()
        .find(|(_, h)| h.day >= day("2025-06-01"))
        .unwrap()
        .clone();
    store
        .record(&undo_of(&help, &id, day("2025-12-01")))
        .unwrap();
    counts_agree(
        store.connection(),
        &[PERIODS[0], ("2025-06-01", "2026-01-31")],
    );
}

#[test]
fn an_empty_log_counts_nothing_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("log.sqlite")).unwrap();
    counts_agree(store.connection(), &PERIODS);
    assert_eq!(
        count_by(
            store.connection(),
            day("2025-01-01"),
            day("2025-12-31"),
            &[]
        )
        .unwrap(),
        []
    );
}

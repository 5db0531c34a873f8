//! The database schema as an ordered list of migrations. A shipped migration is never
//! edited or removed; a change is a new entry at the end.

use rusqlite::{Connection, TransactionBehavior};

/// The triggers that let only codes into the log (migration 4); a table rebuild drops
/// them, so a rebuild ends by creating them again.
macro_rules! codes_only {
    () => {
        "CREATE TRIGGER interaction_codes_only BEFORE INSERT ON interaction
             WHEN NOT (
                length(NEW.kiosk) BETWEEN 1 AND 40 AND NEW.kiosk NOT GLOB '*[^a-z0-9-]*'
                AND length(NEW.language) BETWEEN 2 AND 12 AND NEW.language NOT GLOB '*[^a-zA-Z0-9-]*'
                AND length(NEW.task) BETWEEN 1 AND 40 AND NEW.task NOT GLOB '*[^a-z0-9-]*'
                AND NEW.task GLOB '[a-z]*'
                AND length(NEW.category) <= 40 AND NEW.category NOT GLOB '*[^a-z0-9-]*'
                AND (NEW.referral IS NULL OR (length(NEW.referral) BETWEEN 1 AND 40
                     AND NEW.referral NOT GLOB '*[^a-z0-9-]*' AND NEW.referral GLOB '[a-z]*'))
                AND length(NEW.problems) <= 400 AND NEW.problems NOT GLOB '*[^a-z0-9 -]*'
                AND NEW.problems NOT GLOB '*  *' AND NEW.problems NOT GLOB ' *'
                AND NEW.problems NOT GLOB '* ' AND NEW.problems NOT GLOB '[^a-z]*'
                AND NEW.problems NOT GLOB '* [^a-z]*'
                AND (NEW.correction_of IS NULL OR (length(NEW.correction_of) = 32
                     AND NEW.correction_of NOT GLOB '*[^0-9a-f]*'))
                AND NEW.id NOT GLOB '*[^0-9a-f]*'
             )
             BEGIN SELECT RAISE(ABORT, 'only codes may be stored'); END;
            CREATE TRIGGER group_session_codes_only BEFORE INSERT ON group_session
             WHEN NOT (
                length(NEW.kiosk) BETWEEN 1 AND 40 AND NEW.kiosk NOT GLOB '*[^a-z0-9-]*'
                AND length(NEW.language) BETWEEN 2 AND 12 AND NEW.language NOT GLOB '*[^a-zA-Z0-9-]*'
                AND length(NEW.topic) BETWEEN 1 AND 40 AND NEW.topic NOT GLOB '*[^a-z0-9-]*'
                AND NEW.topic GLOB '[a-z]*'
                AND (NEW.correction_of IS NULL OR (length(NEW.correction_of) = 32
                     AND NEW.correction_of NOT GLOB '*[^0-9a-f]*'))
                AND NEW.id NOT GLOB '*[^0-9a-f]*'
             )
             BEGIN SELECT RAISE(ABORT, 'only codes may be stored'); END;"
    };
}

/// The columns `count_by` groups by, each coded as a small integer in `code`, in the order
/// of `counted_interaction`. `problems` is coded as the whole list (as stored, space
/// between codes); the counting splits it.
pub const CODED: [&str; 12] = [
    "kiosk",
    "daypart",
    "mode",
    "language",
    "task",
    "category",
    "outcome",
    "referral",
    "problems",
    "age_band",
    "first_visit",
    "channel",
];

/// The rows of `interaction AS i` that are counted: not an undo, and not undone.
macro_rules! counted {
    () => {
        "i.correction_of IS NULL
         AND NOT EXISTS (SELECT 1 FROM interaction AS undo WHERE undo.correction_of = i.id)"
    };
}

/// Adds to `code` the values of the rows of `interaction AS i` that `$rows` selects (a
/// condition; `?1` may be used). A missing referral is coded as `''`, as the monthly
/// counts have it.
macro_rules! code_rows {
    ($rows:expr) => {
        concat!(
            "INSERT INTO code (kind, value)
             SELECT 'kiosk', i.kiosk FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'daypart', i.daypart FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'mode', i.mode FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'language', i.language FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'task', i.task FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'category', i.category FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'outcome', i.outcome FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'referral', coalesce(i.referral, '') FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'problems', i.problems FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'age_band', i.age_band FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'first_visit', i.first_visit FROM interaction AS i WHERE ",
            $rows,
            "
             UNION SELECT 'channel', i.channel FROM interaction AS i WHERE ",
            $rows,
            "
             ON CONFLICT (kind, value) DO NOTHING"
        )
    };
}

/// Writes the rows of `interaction AS i` that `$rows` selects into `counted_interaction`,
/// under the same rowid; their values must be in `code` (`code_rows!` first).
macro_rules! count_rows {
    ($rows:expr) => {
        concat!(
            "INSERT INTO counted_interaction (rowid, day, kiosk, daypart, mode, language, task,
                category, outcome, referral, problems, age_band, first_visit, channel)
             SELECT i.rowid, CAST(replace(i.day, '-', '') AS INTEGER),
                (SELECT n FROM code WHERE kind = 'kiosk' AND value = i.kiosk),
                (SELECT n FROM code WHERE kind = 'daypart' AND value = i.daypart),
                (SELECT n FROM code WHERE kind = 'mode' AND value = i.mode),
                (SELECT n FROM code WHERE kind = 'language' AND value = i.language),
                (SELECT n FROM code WHERE kind = 'task' AND value = i.task),
                (SELECT n FROM code WHERE kind = 'category' AND value = i.category),
                (SELECT n FROM code WHERE kind = 'outcome' AND value = i.outcome),
                (SELECT n FROM code WHERE kind = 'referral' AND value = coalesce(i.referral, '')),
                (SELECT n FROM code WHERE kind = 'problems' AND value = i.problems),
                (SELECT n FROM code WHERE kind = 'age_band' AND value = i.age_band),
                (SELECT n FROM code WHERE kind = 'first_visit' AND value = i.first_visit),
                (SELECT n FROM code WHERE kind = 'channel' AND value = i.channel)
             FROM interaction AS i WHERE ", $rows
        )
    };
}

/// Retention deletes the undos dated before `?1` (a day), also those of rows from `?1` on,
/// which stay: such a row counts again once no undo names it. These are those rows, found
/// before the delete.
macro_rules! undone_by_folded_undos {
    () => {
        "i.id IN (SELECT correction_of FROM interaction
            WHERE correction_of IS NOT NULL AND +day < ?1)
         AND i.day >= ?1 AND i.correction_of IS NULL
         AND NOT EXISTS (SELECT 1 FROM interaction AS undo
            WHERE undo.correction_of = i.id AND undo.day >= ?1)"
    };
}

/// For retention (`?1`: the first day kept): the codes, then the rows, of the rows that
/// count again (`undone_by_folded_undos!`). The undos are found by their own index (`+day`:
/// not by the day index, which would fetch every folded row, twelve times).
pub const CODE_UNDONE_BY_FOLDED_UNDOS: &str = code_rows!(undone_by_folded_undos!());
pub const COUNT_UNDONE_BY_FOLDED_UNDOS: &str = count_rows!(undone_by_folded_undos!());

const MIGRATIONS: &[&str] = &[
    // 1: the anonymous interaction log (see DESIGN.md, "What is stored").
    "CREATE TABLE interaction (
        id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
        kiosk           TEXT NOT NULL,
        day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        daypart         TEXT NOT NULL CHECK (daypart IN ('morning', 'afternoon', 'evening')),
        minutes         INTEGER NOT NULL CHECK (minutes >= 0 AND minutes % 5 = 0),
        mode            TEXT NOT NULL CHECK (mode IN ('assisted', 'self')),
        language        TEXT NOT NULL,
        task            TEXT NOT NULL,
        content_version INTEGER NOT NULL,
        steps_done      INTEGER NOT NULL CHECK (steps_done >= 0),
        steps_total     INTEGER NOT NULL CHECK (steps_total >= 0),
        outcome         TEXT NOT NULL CHECK (outcome IN ('done', 'partly', 'referred', 'later', 'abandoned')),
        referral        TEXT,
        problems        TEXT NOT NULL DEFAULT '',
        age_band        TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (age_band IN ('18-24', '25-54', '55-64', '65+', 'unknown')),
        first_visit     TEXT NOT NULL DEFAULT 'unknown' CHECK (first_visit IN ('yes', 'no', 'unknown')),
        channel         TEXT NOT NULL DEFAULT 'desk' CHECK (channel IN ('desk', 'phone', 'home-visit', 'group')),
        correction_of   TEXT REFERENCES interaction (id)
    ) STRICT;
    CREATE INDEX interaction_day ON interaction (day);",
    // 2: topic groups on each row, group sessions (workshops), and undo lookups by index.
    "ALTER TABLE interaction ADD COLUMN category TEXT NOT NULL DEFAULT '';
    CREATE INDEX interaction_correction ON interaction (correction_of)
        WHERE correction_of IS NOT NULL;
    CREATE TABLE group_session (
        id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
        kiosk           TEXT NOT NULL,
        day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        daypart         TEXT NOT NULL CHECK (daypart IN ('morning', 'afternoon', 'evening')),
        topic           TEXT NOT NULL,
        language        TEXT NOT NULL,
        attendees       INTEGER NOT NULL CHECK (attendees BETWEEN 1 AND 999),
        minutes         INTEGER NOT NULL CHECK (minutes >= 0 AND minutes % 5 = 0),
        correction_of   TEXT REFERENCES group_session (id)
    ) STRICT;
    CREATE INDEX group_session_day ON group_session (day);",
    // 3: retention. Rows past the retention period are folded into monthly counts
    // (`day` is the first of the month; no id, no duration, no steps) and then deleted.
    // `meta.folded_before` is the first day not folded.
    "CREATE TABLE monthly_interaction (
        kiosk           TEXT NOT NULL,
        day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
        daypart         TEXT NOT NULL,
        mode            TEXT NOT NULL,
        language        TEXT NOT NULL,
        task            TEXT NOT NULL,
        category        TEXT NOT NULL,
        outcome         TEXT NOT NULL,
        referral        TEXT NOT NULL,
        problems        TEXT NOT NULL,
        age_band        TEXT NOT NULL,
        first_visit     TEXT NOT NULL,
        channel         TEXT NOT NULL,
        count           INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, kiosk, daypart, mode, language, task, category, outcome, referral,
            problems, age_band, first_visit, channel)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE monthly_group_session (
        kiosk           TEXT NOT NULL,
        day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
        topic           TEXT NOT NULL,
        language        TEXT NOT NULL,
        sessions        INTEGER NOT NULL CHECK (sessions > 0),
        attendees       INTEGER NOT NULL,
        minutes         INTEGER NOT NULL,
        PRIMARY KEY (day, kiosk, topic, language)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE meta (
        key             TEXT PRIMARY KEY NOT NULL,
        value           TEXT NOT NULL
    ) STRICT;",
    // 4: codes only. The columns that hold content codes cannot have CHECKs added in
    // place, so triggers refuse anything that is not a short lowercase code: free text
    // (spaces, capitals, punctuation, numbers on their own) can never reach the log,
    // whatever writes to it. Every code starts with a letter.
    codes_only!(),
    concat!(
        // 5: `correction_of` no longer REFERENCES its row. With `foreign_keys = ON` that clause
        // refused an undo whose row was not (yet) in the same database: merged files come in
        // any order, and retention may prune the row an undo cancels. SQLite cannot drop a
        // constraint, so both tables are rebuilt (same columns, order and rowids). The closed
        // lists are checked with `=` and `OR`: SQLite builds a temporary table for every
        // `IN (...)` list on every insert, which made merging millions of rows twice as slow.
        "CREATE TABLE interaction_5 (
            id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
            kiosk           TEXT NOT NULL,
            day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            daypart         TEXT NOT NULL
                            CHECK (daypart = 'morning' OR daypart = 'afternoon' OR daypart = 'evening'),
            minutes         INTEGER NOT NULL CHECK (minutes >= 0 AND minutes % 5 = 0),
            mode            TEXT NOT NULL CHECK (mode = 'assisted' OR mode = 'self'),
            language        TEXT NOT NULL,
            task            TEXT NOT NULL,
            content_version INTEGER NOT NULL,
            steps_done      INTEGER NOT NULL CHECK (steps_done >= 0),
            steps_total     INTEGER NOT NULL CHECK (steps_total >= 0),
            outcome         TEXT NOT NULL CHECK (outcome = 'done' OR outcome = 'partly'
                            OR outcome = 'referred' OR outcome = 'later' OR outcome = 'abandoned'),
            referral        TEXT,
            problems        TEXT NOT NULL DEFAULT '',
            age_band        TEXT NOT NULL DEFAULT 'unknown'
                            CHECK (age_band = '18-24' OR age_band = '25-54' OR age_band = '55-64'
                            OR age_band = '65+' OR age_band = 'unknown'),
            first_visit     TEXT NOT NULL DEFAULT 'unknown'
                            CHECK (first_visit = 'yes' OR first_visit = 'no' OR first_visit = 'unknown'),
            channel         TEXT NOT NULL DEFAULT 'desk' CHECK (channel = 'desk' OR channel = 'phone'
                            OR channel = 'home-visit' OR channel = 'group'),
            correction_of   TEXT CHECK (length(correction_of) = 32),
            category        TEXT NOT NULL DEFAULT ''
        ) STRICT;
        INSERT INTO interaction_5 (rowid, id, kiosk, day, daypart, minutes, mode, language, task,
            content_version, steps_done, steps_total, outcome, referral, problems, age_band,
            first_visit, channel, correction_of, category)
        SELECT rowid, id, kiosk, day, daypart, minutes, mode, language, task,
            content_version, steps_done, steps_total, outcome, referral, problems, age_band,
            first_visit, channel, correction_of, category
        FROM interaction;
        DROP TABLE interaction;
        ALTER TABLE interaction_5 RENAME TO interaction;
        CREATE INDEX interaction_day ON interaction (day);
        CREATE INDEX interaction_correction ON interaction (correction_of)
            WHERE correction_of IS NOT NULL;
        CREATE TABLE group_session_5 (
            id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
            kiosk           TEXT NOT NULL,
            day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            daypart         TEXT NOT NULL
                            CHECK (daypart = 'morning' OR daypart = 'afternoon' OR daypart = 'evening'),
            topic           TEXT NOT NULL,
            language        TEXT NOT NULL,
            attendees       INTEGER NOT NULL CHECK (attendees BETWEEN 1 AND 999),
            minutes         INTEGER NOT NULL CHECK (minutes >= 0 AND minutes % 5 = 0),
            correction_of   TEXT CHECK (length(correction_of) = 32)
        ) STRICT;
        INSERT INTO group_session_5 (rowid, id, kiosk, day, daypart, topic, language, attendees,
            minutes, correction_of)
        SELECT rowid, id, kiosk, day, daypart, topic, language, attendees, minutes, correction_of
        FROM group_session;
        DROP TABLE group_session;
        ALTER TABLE group_session_5 RENAME TO group_session;
        CREATE INDEX group_session_day ON group_session (day);
        CREATE INDEX group_session_correction ON group_session (correction_of)
            WHERE correction_of IS NOT NULL;",
        "\n",
        codes_only!()
    ),
    // 6: the ids of rows folded by retention, so that merging a file again after a fold
    // adds nothing (the rows themselves, with their day, are gone). Random ids only.
    "CREATE TABLE folded_id (
        id              TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32)
    ) STRICT, WITHOUT ROWID;",
    // 7: narrow rows to count from (BENCHMARKS.md, "Export of counts"). A row of
    // `interaction` is about 220 bytes of text, and `GROUP BY` sorts every row: 2.9 s for a
    // million rows. `counted_interaction` holds exactly the rows that are counted (no undo,
    // not undone), under the same rowid, with each counted column as a small integer from
    // `code` and the day as one integer (20261123): about 45 bytes a row. `count_by` reads
    // it straight through and adds up in a hash map, sorting only the groups. Kept
    // in step in the writers' own transactions (`store::counted`): a new row is added, an
    // undo takes out the row it cancels, retention takes out what it folds. A covering index
    // would not do: it holds the text. A summary of exact counts would not either: a
    // million rows have nearly a million distinct combinations of day and dimensions.
    // Both hold codes only, like the log: `code` takes only what the log's triggers let in
    // (a trigger of its own), `counted_interaction` only numbers of codes and a day, whole
    // numbers that cannot hold text. Its guards are CHECKs, not a trigger: a trigger runs a
    // program per row, which made merging a million rows a quarter slower (`store::counted`
    // writes only numbers it has from `code`).
    concat!(
        "CREATE TABLE code (
            n               INTEGER PRIMARY KEY,
            kind            TEXT NOT NULL,
            value           TEXT NOT NULL,
            UNIQUE (kind, value)
        ) STRICT;
        CREATE TRIGGER code_codes_only BEFORE INSERT ON code
         WHEN NOT (CASE NEW.kind
            WHEN 'kiosk' THEN length(NEW.value) BETWEEN 1 AND 40
                AND NEW.value NOT GLOB '*[^a-z0-9-]*'
            WHEN 'language' THEN length(NEW.value) BETWEEN 2 AND 12
                AND NEW.value NOT GLOB '*[^a-zA-Z0-9-]*'
            WHEN 'task' THEN length(NEW.value) BETWEEN 1 AND 40
                AND NEW.value NOT GLOB '*[^a-z0-9-]*' AND NEW.value GLOB '[a-z]*'
            WHEN 'category' THEN length(NEW.value) <= 40 AND NEW.value NOT GLOB '*[^a-z0-9-]*'
            WHEN 'referral' THEN NEW.value = '' OR (length(NEW.value) <= 40
                AND NEW.value NOT GLOB '*[^a-z0-9-]*' AND NEW.value GLOB '[a-z]*')
            WHEN 'problems' THEN length(NEW.value) <= 400 AND NEW.value NOT GLOB '*[^a-z0-9 -]*'
                AND NEW.value NOT GLOB '*  *' AND NEW.value NOT GLOB ' *'
                AND NEW.value NOT GLOB '* ' AND NEW.value NOT GLOB '[^a-z]*'
                AND NEW.value NOT GLOB '* [^a-z]*'
            WHEN 'daypart' THEN NEW.value = 'morning' OR NEW.value = 'afternoon'
                OR NEW.value = 'evening'
            WHEN 'mode' THEN NEW.value = 'assisted' OR NEW.value = 'self'
            WHEN 'outcome' THEN NEW.value = 'done' OR NEW.value = 'partly'
                OR NEW.value = 'referred' OR NEW.value = 'later' OR NEW.value = 'abandoned'
            WHEN 'age_band' THEN NEW.value = '18-24' OR NEW.value = '25-54'
                OR NEW.value = '55-64' OR NEW.value = '65+' OR NEW.value = 'unknown'
            WHEN 'first_visit' THEN NEW.value = 'yes' OR NEW.value = 'no'
                OR NEW.value = 'unknown'
            WHEN 'channel' THEN NEW.value = 'desk' OR NEW.value = 'phone'
                OR NEW.value = 'home-visit' OR NEW.value = 'group'
            ELSE 0 END)
         BEGIN SELECT RAISE(ABORT, 'only codes may be stored'); END;
        CREATE TABLE counted_interaction (
            day             INTEGER NOT NULL CHECK (day BETWEEN 101 AND 99991231
                            AND day % 100 BETWEEN 1 AND 31 AND day / 100 % 100 BETWEEN 1 AND 12),
            kiosk           INTEGER NOT NULL CHECK (kiosk > 0),
            daypart         INTEGER NOT NULL CHECK (daypart > 0),
            mode            INTEGER NOT NULL CHECK (mode > 0),
            language        INTEGER NOT NULL CHECK (language > 0),
            task            INTEGER NOT NULL CHECK (task > 0),
            category        INTEGER NOT NULL CHECK (category > 0),
            outcome         INTEGER NOT NULL CHECK (outcome > 0),
            referral        INTEGER NOT NULL CHECK (referral > 0),
            problems        INTEGER NOT NULL CHECK (problems > 0),
            age_band        INTEGER NOT NULL CHECK (age_band > 0),
            first_visit     INTEGER NOT NULL CHECK (first_visit > 0),
            channel         INTEGER NOT NULL CHECK (channel > 0)
        ) STRICT;
        ",
        code_rows!(counted!()),
        ";\n",
        count_rows!(counted!()),
        ";"
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database to `SCHEMA_VERSION`, all in one exclusive transaction so two
/// processes can never migrate at once. A database from a newer build is refused.
pub fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    let version: i64 = transaction.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(format!(
                "the database has schema version {version}; this digipunt knows up to {SCHEMA_VERSION}"
            )),
        ));
    }
    for (index, migration) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        transaction.execute_batch(migration)?;
        transaction.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    transaction.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(connection: &Connection) -> i64 {
        connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap()
    }

    #[test]
    fn migrates_an_empty_database_and_is_idempotent() {
        let mut connection = Connection::open_in_memory().unwrap();
        assert_eq!(version(&connection), 0);
        migrate(&mut connection).unwrap();
        assert_eq!(version(&connection), SCHEMA_VERSION);
        migrate(&mut connection).unwrap();
        assert_eq!(version(&connection), SCHEMA_VERSION);
    }

    const ROW: &str = "INSERT INTO interaction (id, kiosk, day, daypart, minutes, mode,
        language, task, content_version, steps_done, steps_total, outcome, correction_of)
        VALUES (?1, 'k', '2026-11-23', 'morning', 5, 'assisted', 'nl', 't', 1, 0, 1, 'done', ?2)";

    #[test]
    fn an_undo_may_come_before_the_row_it_cancels() {
        let mut connection = Connection::open_in_memory().unwrap();
        connection
            .pragma_update(None, "foreign_keys", true)
            .unwrap();
        // A database as version 2 left it, with a row and its undo.
        for migration in &MIGRATIONS[..2] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 2).unwrap();
        let (a, b, c) = ("a".repeat(32), "b".repeat(32), "c".repeat(32));
        connection.execute(ROW, (&a, None::<&str>)).unwrap();
        connection.execute(ROW, (&b, Some(&a))).unwrap();
        // Version 2 refused an undo of a row it did not hold.
        assert!(connection.execute(ROW, (&c, Some("d".repeat(32)))).is_err());

        migrate(&mut connection).unwrap();
        let rows: Vec<(i64, String, Option<String>)> = connection
            .prepare("SELECT rowid, id, correction_of FROM interaction ORDER BY rowid")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows, [(1, a.clone(), None), (2, b, Some(a))]);
        connection.execute(ROW, (&c, Some("d".repeat(32)))).unwrap();
        // The closed lists still hold, written without `IN`.
        let free_text = ROW.replace("'done'", "'gelukt'");
        assert!(
            connection
                .execute(&free_text, ("e".repeat(32), None::<&str>))
                .is_err()
        );
        let indexes: Vec<String> = connection
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            indexes,
            [
                "group_session_correction",
                "group_session_day",
                "interaction_correction",
                "interaction_day"
            ]
        );
    }

    #[test]
    fn a_log_at_schema_6_gets_its_counted_rows_from_the_migration() {
        use crate::stats::query::{Dimension, count_by, count_by_sql};
        let mut connection = Connection::open_in_memory().unwrap();
        for migration in &MIGRATIONS[..6] {
            connection.execute_batch(migration).unwrap();
        }
        connection.pragma_update(None, "user_version", 6).unwrap();
        let row = |id: char,
                   day: &str,
                   task: &str,
                   referral: Option<&str>,
                   problems: &str,
                   category: &str,
                   correction_of: Option<char>| {
            connection
                .execute(
                    "INSERT INTO interaction (id, kiosk, day, daypart, minutes, mode, language,
                        task, content_version, steps_done, steps_total, outcome, referral,
                        problems, category, correction_of)
                     VALUES (?1, 'gent-bib-2', ?2, 'morning', 5, 'assisted', 'fa-AF', ?3, 1, 0, 1,
                        'referred', ?4, ?5, ?6, ?7)",
                    rusqlite::params![
                        id.to_string().repeat(32),
                        day,
                        task,
                        referral,
                        problems,
                        category,
                        correction_of.map(|c| c.to_string().repeat(32)),
                    ],
                )
                .unwrap();
        };
        row('a', "2026-01-05", "itsme", None, "", "", None);
        row('b', "2026-01-05", "itsme", None, "", "", Some('a'));
        // An undo written before its row (merged files come in any order).
        row(
            'c',
            "2026-02-10",
            "tax-on-web",
            Some("ocmw"),
            "forgot-pin",
            "money",
            Some('d'),
        );
        row(
            'd',
            "2026-02-09",
            "tax-on-web",
            Some("ocmw"),
            "forgot-pin",
            "money",
            None,
        );
        for (id, day) in [
            ('e', "2026-02-11"),
            ('f', "2026-03-31"),
            ('1', "2025-12-29"),
        ] {
            row(
                id,
                day,
                "tax-on-web",
                Some("ocmw"),
                "forgot-pin no-card-reader",
                "money",
                None,
            );
        }
        row(
            '2',
            "2026-03-02",
            "vdab-jobs",
            Some("none"),
            "none",
            "unknown",
            None,
        );
        migrate(&mut connection).unwrap();
        assert_eq!(version(&connection), SCHEMA_VERSION);
        let counted: Vec<i64> = connection
            .prepare("SELECT day FROM counted_interaction ORDER BY rowid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(counted, [20260211, 20260331, 20251229, 20260302]);
        assert_eq!(super::super::counted::out_of_step(&connection).unwrap(), 0);
        let (from, to) = ("2025-12-01".parse().unwrap(), "2026-03-31".parse().unwrap());
        for by in [
            &[][..],
            &[Dimension::Task, Dimension::Referral, Dimension::Month],
            &[Dimension::Problem, Dimension::Category],
            &[Dimension::Week, Dimension::Language],
        ] {
            let fast = count_by(&connection, from, to, by).unwrap();
            assert_eq!(
                fast,
                count_by_sql(&connection, from, to, by).unwrap(),
                "{by:?}"
            );
            assert_eq!(
                crate::stats::tally::count(&connection, from, to, by).unwrap(),
                Some(fast)
            );
        }
    }

    #[test]
    fn refuses_a_database_from_a_newer_build() {
        let mut connection = Connection::open_in_memory().unwrap();
        connection
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let error = migrate(&mut connection).unwrap_err().to_string();
        assert!(error.contains("schema version"), "{error}");
    }
}

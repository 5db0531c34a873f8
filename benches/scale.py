#!/usr/bin/env python3
"""A region's logs at scale: merge and export over 1,000,000 and 3,300,000 anonymous rows.

Usage: python3 benches/scale.py [path/to/digipunt] [runs] [--data DIR] [--only 1M]

A region is 100 kiosks x 30 interactions a day x 3 years, about 3.3 million rows. This
script writes two anonymous-rows files (docs/DATA.md) with realistic, skewed rows: the
checklists of assets/checklists with their real problems and referrals, fifteen
languages, three years of days (few on weekends, more in tax season), a few undos and
group sessions. Then it times, min/median/max over `runs`:

- `digipunt merge` of the 3.3M file into a fresh log (and of the 1M file, once, to have
  a 1M log, then once more: every row already present);
- side by side, run after run in turn: `digipunt export --by task,language,month` over
  the whole period, the sqlite3 CLI asking the same question of a plain copy of the table
  without any index (undone rows left out), and a plain GROUP BY there; then the budget:
  under 0.25 s for 1M rows, and at most half the CLI's time for the same question;
- `digipunt report` over the whole period (one pass for most tables, one for problems,
  one for weeks);
- once each: `digipunt export --anonymous-rows` of 3.3M rows, and merging that file
  (written in order of id, as digipunt writes them) into a fresh log.

Everything is written to a temporary folder (about 4 GB) removed at the end; with
`--data DIR` the generated files are kept there and reused by the next run (the same
seeds give the same rows), and the logs are left there too. `--only 1M` skips the 3.3M
rows. Not run by CI: it takes about six minutes on a 2-core machine with the default 3
runs.
"""

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def options(argv):
    """Positional binary and runs; `--data DIR`, `--only LABEL`."""
    positional, named, rest = [], {}, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--data", "--only"):
            if not rest:
                sys.exit(f"{arg} needs a value")
            named[arg] = rest.pop(0)
        else:
            positional.append(arg)
    return positional, named


ARGS, NAMED = options(sys.argv[1:])
BINARY = os.path.abspath(ARGS[0]) if ARGS else os.path.join(ROOT, "target/release/digipunt")
RUNS = int(ARGS[1]) if len(ARGS) > 1 else 3
DATA = NAMED.get("--data")
ONLY = NAMED.get("--only")
BUDGET_SECONDS, BUDGET_SHARE = 0.25, 0.5
SQLITE = "/usr/bin/sqlite3"
FIRST_DAY, LAST_DAY = date(2024, 1, 1), date(2026, 12, 31)

LANGUAGES = {
    "nl": 42, "fr": 8, "en": 6, "ar": 10, "uk": 6, "tr": 5, "ru": 3, "pl": 3,
    "ro": 3, "es": 2, "fa-AF": 4, "ps": 2, "ti": 3, "so": 2, "de": 1,
}
TOWNS = ["gent", "brugge", "antwerpen", "leuven", "mechelen", "hasselt", "kortrijk",
         "oostende", "aalst", "genk", "sint-niklaas", "roeselare", "turnhout", "lier",
         "ieper", "tienen", "geel", "lokeren", "vilvoorde", "dendermonde"]
PLACES = ["bib", "ocmw", "dienstencentrum", "buurthuis", "stadhuis"]


def checklists():
    found = []
    folder = os.path.join(ROOT, "assets", "checklists")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            checklist = tomllib.load(f)
        problems = {}
        for step in checklist.get("step", []):
            for problem in step.get("problems", []):
                # The same problem may be offered at several steps; it is recorded once.
                problems.setdefault(problem["id"], problem.get("refer"))
        problems = list(problems.items())
        found.append((checklist["id"], checklist["category"], checklist["version"],
                      len(checklist.get("step", [])), problems))
    return found


def weighted(rng, pairs, k):
    """`k` values drawn from (value, weight) pairs."""
    return rng.choices([v for v, _ in pairs], weights=[w for _, w in pairs], k=k)


def day_weights():
    """Each day weighted: weekends rare; tax season (May-July) busier."""
    pairs, day = [], FIRST_DAY
    while day <= LAST_DAY:
        weight = 10 if day.weekday() < 5 else 1
        if day.month in (5, 6, 7):
            weight = weight * 3 // 2
        pairs.append((day.isoformat(), weight))
        day += timedelta(days=1)
    return pairs


def generate(path, rows, kiosks, seed):
    rng = random.Random(seed)
    lists = checklists()
    codes = [f"{TOWNS[i % len(TOWNS)]}-{PLACES[(i // len(TOWNS)) % len(PLACES)]}-{i // 100 + 1}"
             for i in range(kiosks)]
    sessions = rows // 200
    undos = rows // 300
    n = rows - sessions
    # Each column drawn at once (far faster than row by row), skewed as a region is:
    # Zipf-like over checklists, Dutch first, some kiosks busier than others.
    task = weighted(rng, [(c, 1.0 / (i + 1)) for i, c in enumerate(lists)], n)
    language = weighted(rng, list(LANGUAGES.items()), n + sessions)
    day = weighted(rng, day_weights(), n + sessions)
    kiosk = weighted(rng, [(k, 1 + (i % 7)) for i, k in enumerate(codes)], n + sessions)
    daypart = weighted(rng, [("morning", 45), ("afternoon", 45), ("evening", 10)], n + sessions)
    minutes = weighted(rng, list(zip(range(5, 125, 5), [3, 8, 12, 14, 12, 10, 8, 7, 5, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])), n)
    outcome = weighted(rng, [("done", 55), ("partly", 15), ("referred", 10), ("later", 10), ("abandoned", 10)], n)
    mode = weighted(rng, [("assisted", 80), ("self", 20)], n)
    age = weighted(rng, [("unknown", 50), ("18-24", 5), ("25-54", 20), ("55-64", 10), ("65+", 15)], n)
    first = weighted(rng, [("unknown", 40), ("yes", 25), ("no", 35)], n)
    channel = weighted(rng, [("desk", 85), ("phone", 8), ("home-visit", 4), ("group", 3)], n)
    topics = sorted({c[1] for c in lists})
    previous = None
    with open(path, "w", buffering=1 << 20) as out:
        out.write('{"format":"digipunt-anonymous-rows","version":1,"written":"2026-12-31",'
                  f'"from":null,"to":null,"interaction_rows":{n},"group_session_rows":{sessions}}}\n')
        for i in range(n):
            row_id = "%032x" % rng.getrandbits(128)
            (task_id, category, version, steps, problems) = task[i]
            result = outcome[i]
            met = []
            referral = "null"
            if problems and (result in ("referred", "partly", "abandoned") or rng.random() < 0.1):
                met = rng.sample(problems, min(len(problems), 1 + (rng.random() < 0.3)))
            if result == "referred":
                refer = next((r for _, r in met if r), None) or rng.choice(["municipality", "ocmw", "digibank"])
                referral = f'"{refer}"'
            done = steps if result == "done" else rng.randrange(0, steps + 1)
            correction = "null"
            if i < undos * 2 and i % 2 == 1:
                # An undo, cancelling the row written just before it.
                correction = f'"{previous}"'
            previous = row_id
            problem_list = ",".join(f'"{p}"' for p, _ in met)
            out.write(
                f'{{"table":"interaction","id":"{row_id}","kiosk":"{kiosk[i]}","day":"{day[i]}",'
                f'"daypart":"{daypart[i]}","minutes":{minutes[i]},"mode":"{mode[i]}",'
                f'"language":"{language[i]}","task":"{task_id}","category":"{category}",'
                f'"content_version":{version},"steps_done":{done},"steps_total":{steps},'
                f'"outcome":"{result}","referral":{referral},"problems":[{problem_list}],'
                f'"age_band":"{age[i]}","first_visit":"{first[i]}","channel":"{channel[i]}",'
                f'"correction_of":{correction}}}\n')
        for i in range(n, n + sessions):
            out.write(
                f'{{"table":"group_session","id":"{"%032x" % rng.getrandbits(128)}","kiosk":"{kiosk[i]}",'
                f'"day":"{day[i]}","daypart":"{daypart[i]}","topic":"{rng.choice(topics)}",'
                f'"language":"{language[i]}","attendees":{rng.randint(3, 20)},"minutes":{rng.choice([60, 90, 120])},'
                f'"correction_of":null}}\n')


def timed(args, runs, before=None):
    """Wall-clock seconds of each run; `before` prepares each run (e.g. a fresh log)."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"{' '.join(args)} failed: {result.stderr.decode()}")
    return times


def side_by_side(commands, runs):
    """Each command once per run, in turn, so a busy machine weighs on all alike."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for command, seconds in zip(commands, times):
            seconds.extend(timed(command, 1))
    return times


def row(what, times):
    line = f"| {what} | {min(times):.3f} s | {statistics.median(times):.3f} s | {max(times):.3f} s | {len(times)} |"
    print(line, flush=True)
    return line


def remove_log(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def plain_copy(log, plain):
    remove_log(plain)
    subprocess.run([SQLITE, plain, f"ATTACH '{log}' AS log; CREATE TABLE interaction AS SELECT * FROM log.interaction;"], check=True)


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"build first: cargo build --release ({BINARY} is missing)")
    work = os.path.abspath(DATA) if DATA else tempfile.mkdtemp(prefix="digipunt-scale-")
    os.makedirs(work, exist_ok=True)
    try:
        print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
        files = {}
        for label, rows, kiosks, seed in (("1M", 1_000_000, 30, 1), ("3.3M", 3_300_000, 100, 3)):
            if ONLY and label != ONLY:
                continue
            path = os.path.join(work, f"rows-{label}.jsonl")
            if os.path.exists(path):
                print(f"reusing {path}", flush=True)
            else:
                start = time.perf_counter()
                generate(path + ".partial", rows, kiosks, seed)
                os.rename(path + ".partial", path)
                print(f"generated {path}: {os.path.getsize(path) / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s", flush=True)
            files[label] = path

        lines = ["| what | min | median | max | runs |", "| --- | --- | --- | --- | --- |"]
        verdicts = []
        logs = {label: os.path.join(work, f"log-{label}.sqlite") for label in files}
        if "1M" in files:
            merge_1m = timed([BINARY, "merge", "--db", logs["1M"], files["1M"]], 1, lambda: remove_log(logs["1M"]))
            lines.append(row("merge 1M rows (generated order) into a fresh log", merge_1m))
        if "3.3M" in files:
            merge_3m = timed([BINARY, "merge", "--db", logs["3.3M"], files["3.3M"]], RUNS, lambda: remove_log(logs["3.3M"]))
            lines.append(row("merge 3.3M rows (generated order) into a fresh log", merge_3m))
            print(f"log with 3.3M rows: {os.path.getsize(logs['3.3M']) / 1e6:.0f} MB", flush=True)
        if "1M" in files:
            again = timed([BINARY, "merge", "--db", logs["1M"], files["1M"]], 1)
            lines.append(row("merge the same 1M file again (all already present)", again))

        period = ["--from", FIRST_DAY.isoformat(), "--to", LAST_DAY.isoformat()]
        # The same question as digipunt's query (undone rows and undos left out). Its
        # correlated NOT EXISTS needs the index on correction_of: on a table without
        # indexes it is quadratic (it ran for minutes on 1M rows), so here the cancelled
        # ids are collected once with NOT IN, which SQLite evaluates a single time.
        query = (
            "SELECT task, language, substr(day, 1, 7), COUNT(*) FROM interaction "
            f"WHERE day BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}' AND correction_of IS NULL "
            "AND id NOT IN (SELECT correction_of FROM interaction WHERE correction_of IS NOT NULL) "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;"
        )
        plain_query = (
            "SELECT task, language, substr(day, 1, 7), COUNT(*) FROM interaction "
            f"WHERE day BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;"
        )
        for label in files:
            export = [BINARY, "export", "--db", logs[label], *period, "--by", "task,language,month"]
            plain = os.path.join(work, f"plain-{label}.sqlite")
            plain_copy(logs[label], plain)
            ours, same, grouped = side_by_side(
                [export, [SQLITE, plain, query], [SQLITE, plain, plain_query]], RUNS)
            lines.append(row(f"digipunt export --by task,language,month, {label} rows", ours))
            lines.append(row(f"sqlite3 CLI, same question (undos left out), unindexed copy, {label} rows", same))
            lines.append(row(f"sqlite3 CLI, plain GROUP BY, unindexed copy, {label} rows", grouped))
            share = statistics.median(ours) / statistics.median(same)
            verdict = (f"{label}: export median {statistics.median(ours):.3f} s, "
                       f"{share:.2f} of the CLI's same question")
            if label == "1M":
                within = statistics.median(ours) < BUDGET_SECONDS and share <= BUDGET_SHARE
                verdict += (f" (budget: < {BUDGET_SECONDS} s and <= {BUDGET_SHARE}: "
                            f"{'within' if within else 'MISSED'})")
            verdicts.append(verdict)
            remove_log(plain)
            report = [BINARY, "report", "--db", logs[label], *period]
            lines.append(row(f"digipunt report, whole period, {label} rows", timed(report, RUNS)))

        if "3.3M" in files:
            # Once each: what a coordinator's round trip costs at region scale.
            exported = os.path.join(work, "exported-3.3M.jsonl")
            lines.append(row("digipunt export --anonymous-rows, 3.3M rows",
                             timed([BINARY, "export", "--db", logs["3.3M"], "--anonymous-rows", "--out", exported], 1)))
            sorted_log = os.path.join(work, "log-sorted.sqlite")
            lines.append(row("merge that exported 3.3M file (in order of id) into a fresh log",
                             timed([BINARY, "merge", "--db", sorted_log, exported], 1, lambda: remove_log(sorted_log))))
            remove_log(sorted_log)
            os.remove(exported)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print()
        print("\n".join(lines))
        print()
        print("\n".join(verdicts))
    finally:
        if not DATA:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

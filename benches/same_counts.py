#!/usr/bin/env python3
"""The same counts, byte for byte, from two builds of digipunt over the same million rows.

Usage: python3 benches/same_counts.py OLD_BINARY NEW_BINARY [--data DIR]

For a change to how digipunt counts (schema 7 counts from narrow rows; before, SQL over
the log's text), this runs exports and reports with both builds over the same data and
compares what each prints (standard output, error and exit code) byte for byte. The rows
are those of benches/scale.py (1M rows, its seed), made once and kept in DIR (default: a
temporary folder). Each build gets its own log of them, as a coordinator would:

- merged: the file merged into a fresh log by each build;
- migrated: the old build's log opened by the new build (its migrations run);
- folded: both logs after `prune` has folded the months before 2024-12 (retention);
- merged into folded: the file merged into an empty log that had been pruned, so the
  rows of folded months join the monthly counts during the merge.

Periods: the whole three years, a week, a month, 45 and 46 days (the two ways of reading
by day), one day, more than the data, across the folded boundary, only folded months, and
one that cuts a folded month (refused by both). Dimensions: problem, referral, week,
daypart, kiosk and others, alone and combined. Formats: CSV, plain CSV, JSON, other
thresholds; and the report as text and HTML. Not all fourteen dimensions at once: nearly
every row is then a group of its own, and protecting a million small counts takes both
builds longer than ten minutes and gigabytes (tests/counted.rs compares that case).

Exit code 1 if anything differs. Takes about a quarter of an hour on a 2-core machine.
"""

import datetime
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scale():
    """benches/scale.py's generator, without running it."""
    spec = importlib.util.spec_from_file_location("scale", os.path.join(HERE, "scale.py"))
    scale = importlib.util.module_from_spec(spec)
    saved = sys.argv
    sys.argv = [sys.argv[0]]
    try:
        spec.loader.exec_module(scale)
    finally:
        sys.argv = saved
    return scale


BYS = ["task,language,month", "problem", "referral", "week", "daypart", "kiosk",
       "problem,referral,outcome", "kiosk,week,daypart", "category,task", "first_visit",
       "age_band,mode,channel", "language,problem,week", "month,kiosk",
       "referral,category,problem", "outcome,referral", None]
PERIODS = [("2024-01-01", "2026-12-31"), ("2025-06-02", "2025-06-08"), ("2025-02-01", "2025-02-28"),
           ("2025-03-01", "2025-04-15"), ("2025-03-01", "2025-04-16"), ("2023-01-01", "2027-12-31"),
           ("2026-03-17", "2026-03-17"), ("2024-11-01", "2025-01-31"), ("2024-03-01", "2024-05-31"),
           ("2024-03-15", "2024-05-31")]
REPORT_PERIODS = [("2024-01-01", "2026-12-31"), ("2025-04-01", "2025-06-30"),
                  ("2025-06-02", "2025-06-08"), ("2024-12-01", "2025-11-30")]
FOLDED_BEFORE = datetime.date(2024, 12, 1)


def commands():
    found = []
    for by in BYS:
        for first, last in PERIODS:
            found.append(["export", "--from", first, "--to", last] + (["--by", by] if by else []))
    for first, last in PERIODS[:3]:
        found.append(["export", "--from", first, "--to", last, "--by", "task,language", "--format", "json"])
        found.append(["export", "--from", first, "--to", last, "--by", "problem,kiosk", "--csv-standard",
                      "--suppress-below", "10"])
        found.append(["export", "--from", first, "--to", last, "--by", "week,referral", "--suppress-below", "3"])
    for first, last in REPORT_PERIODS:
        found.append(["report", "--from", first, "--to", last])
        found.append(["report", "--from", first, "--to", last, "--format", "html", "--lang", "fr"])
        found.append(["report", "--from", first, "--to", last, "--by", "week"])
        found.append(["report", "--from", first, "--to", last, "--by", "problem"])
    return found


def run(binary, args, home):
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    done = subprocess.run([binary] + args, capture_output=True, env=env)
    return done.returncode, done.stdout, done.stderr.replace(binary.encode(), b"digipunt")


def must(binary, args, home):
    code, out, err = run(binary, args, home)
    if code != 0:
        sys.exit(f"{binary} {' '.join(args)} failed: {err.decode()}")
    return out


def months_back_to(before):
    """`prune --older-than` that keeps rows from `before` on, counted from today."""
    today = datetime.date.today()
    return (today.year * 12 + today.month) - (before.year * 12 + before.month)


def main():
    args = sys.argv[1:]
    data = None
    if "--data" in args:
        data = args[args.index("--data") + 1]
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--data")]
    if len(positional) != 2:
        sys.exit(__doc__)
    old, new = (os.path.abspath(p) for p in positional)
    work = os.path.abspath(data) if data else tempfile.mkdtemp(prefix="digipunt-same-")
    os.makedirs(work, exist_ok=True)
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    try:
        rows = os.path.join(work, "rows-1M.jsonl")
        if not os.path.exists(rows):
            load_scale().generate(rows + ".partial", 1_000_000, 30, 1)
            os.rename(rows + ".partial", rows)
        empty = os.path.join(work, "empty.jsonl")
        with open(empty, "w") as f:
            f.write('{"format":"digipunt-anonymous-rows","version":1,"written":"2026-12-31",'
                    '"from":null,"to":null,"interaction_rows":0,"group_session_rows":0}\n')
        logs = {}

        def fresh(name):
            path = os.path.join(work, f"same-{name}.sqlite")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            logs[name] = path
            return path

        older = str(months_back_to(FOLDED_BEFORE))
        for name, binary in (("old", old), ("new", new)):
            must(binary, ["merge", "--db", fresh(name), rows], home)
            shutil.copy(logs[name], fresh(f"{name}-folded"))
            must(binary, ["prune", "--older-than", older, "--db", logs[f"{name}-folded"]], home)
            must(binary, ["merge", "--db", fresh(f"{name}-into-folded"), empty], home)
            must(binary, ["prune", "--older-than", older, "--db", logs[f"{name}-into-folded"]], home)
            must(binary, ["merge", "--db", logs[f"{name}-into-folded"], rows], home)
        shutil.copy(logs["old"], fresh("migrated"))
        must(new, ["merge", "--db", logs["migrated"], empty], home)

        differ = 0
        for old_log, new_log in (("old", "new"), ("old", "migrated"), ("old-folded", "new-folded"),
                                 ("old-into-folded", "new-into-folded")):
            same, seconds = 0, {old: 0.0, new: 0.0}
            for command in commands():
                results = []
                for binary, log in ((old, logs[old_log]), (new, logs[new_log])):
                    start = time.perf_counter()
                    results.append(run(binary, command + ["--db", log], home))
                    seconds[binary] += time.perf_counter() - start
                digest = hashlib.sha256(results[0][1]).hexdigest()[:12]
                if results[0] == results[1]:
                    same += 1
                else:
                    differ += 1
                    print(f"DIFFERENT ({old_log} / {new_log}): {' '.join(command)}")
                print(f"  {'same' if results[0] == results[1] else 'DIFF'} exit {results[0][0]} "
                      f"{len(results[0][1]):>9} bytes {digest} {' '.join(command)}", flush=True)
            print(f"{old_log} / {new_log}: {same} of {len(commands())} identical; "
                  f"old build {seconds[old]:.1f} s, new build {seconds[new]:.1f} s", flush=True)
        print("everything identical" if differ == 0 else f"{differ} different")
        sys.exit(1 if differ else 0)
    finally:
        if not data:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

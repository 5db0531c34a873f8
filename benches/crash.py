#!/usr/bin/env python3
"""kill -9, a thousand times and more: is anything reported as written ever lost, written
twice, or the log corrupt?

Usage: cargo build && python3 benches/crash.py [path/to/debug/digipunt] [kills] [max-delay-ms]

The writer is `digipunt record-loop` (hidden, debug builds only): it writes numbered test
rows through the kiosk's own recorder and store, and prints `recorded <n> <id>` once each
row's commit has returned. Each round starts it on the same log, waits a random time (from
0, in the middle of opening the log and replaying the last killed writer's WAL, up to
max-delay-ms, dozens of commits later), and kills it with SIGKILL. Every 50 kills and at
the end the log is checked with Python's own SQLite (a second, independent reader):

- corrupt: `PRAGMA integrity_check` is not "ok", or the log does not open;
- lost: a row reported as written is missing, or has another id;
- duplicated: a row number that is in the log more than once;
- gaps: a number missing below the highest one (a committed row that went away).

The number is in the `steps_done` column; nothing personal is needed to tell rows apart.
Same checks as tests/crash.rs, which kills 200 times in the test suite.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

BINARY = sys.argv[1] if len(sys.argv) > 1 else "target/debug/digipunt"
KILLS = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
MAX_DELAY_MS = float(sys.argv[3]) if len(sys.argv) > 3 else 40.0
SEED = int(os.environ.get("CRASH_SEED", time.time_ns()))


def check(database, reported):
    """(corrupt, lost, duplicated, gaps, rows in the log)"""
    try:
        connection = sqlite3.connect(database)
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        found = {}
        for n, row_id in connection.execute("SELECT steps_done, id FROM interaction"):
            found.setdefault(n, []).append(row_id)
        connection.close()
    except sqlite3.DatabaseError as error:
        print(f"  the log does not open: {error}")
        return 1, len(reported), 0, 0, 0
    corrupt = 0 if integrity == "ok" else 1
    lost = sum(1 for n, row_id in reported.items() if found.get(n) != [row_id])
    duplicated = sum(1 for ids in found.values() if len(ids) > 1)
    top = max(found, default=-1)
    gaps = sum(1 for n in range(top) if n not in found)
    return corrupt, lost, duplicated, gaps, sum(len(ids) for ids in found.values())


def main():
    print(f"CRASH_SEED={SEED}  {KILLS} kills, 0-{MAX_DELAY_MS:g} ms after start")
    rng = random.Random(SEED)
    work = tempfile.mkdtemp(prefix="digipunt-crash-")
    database = os.path.join(work, "digipunt.sqlite")
    reported = {}
    corrupt_checks = 0
    checks = 0
    ended_alone = 0
    started = time.monotonic()
    for kill in range(1, KILLS + 1):
        child = subprocess.Popen(
            [BINARY, "record-loop", "--db", database],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0, MAX_DELAY_MS) / 1000)
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        if child.returncode != -signal.SIGKILL:
            ended_alone += 1
            print(f"  kill {kill}: the writer ended by itself ({child.returncode}): {err.decode()}")
        # Only whole lines count: the kill may cut the last one short.
        for line in out.decode().splitlines(keepends=True):
            if not line.endswith("\n"):
                continue
            word, n, row_id = line.split()
            assert word == "recorded", line
            assert int(n) not in reported, f"{n} reported twice"
            reported[int(n)] = row_id
        if kill % 50 == 0 or kill == KILLS:
            checks += 1
            corrupt, lost, duplicated, gaps, rows = check(database, reported)
            corrupt_checks += corrupt
            if corrupt or lost or duplicated or gaps:
                print(f"  after kill {kill}: corrupt {corrupt}, lost {lost}, "
                      f"duplicated {duplicated}, gaps {gaps}")
    elapsed = time.monotonic() - started
    corrupt, lost, duplicated, gaps, rows = check(database, reported)
    print(f"kills: {KILLS} in {elapsed:.1f} s (writer ended by itself: {ended_alone})")
    print(f"rows reported as written: {len(reported)}; rows in the log: {rows} "
          f"({rows - len(reported)} committed but killed before their line was printed)")
    print(f"lost: {lost}")
    print(f"duplicated: {duplicated}")
    print(f"gaps: {gaps}")
    print(f"corrupt: {corrupt_checks} of {checks} checks")
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    os.rmdir(work)
    sys.exit(1 if lost or duplicated or gaps or corrupt_checks or ended_alone else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Start-up to first frame, and peak memory, of the real binary in a pseudo-terminal.

Usage: python3 benches/startup.py [path/to/digipunt] [runs] [--tour] [--content DIR]

Each run starts digipunt on a fresh database in an 80x24 pty, times until the language
screen is fully drawn ("العربية" is its last option, shaped), walks one checklist to the
end (so the database is written too), quits with Ctrl-C and reads the peak resident set
size that GNU time reports. With `--tour`, before that walk it first visits every one of
the fifteen languages (arrows and Enter on the language screen), goes four steps into a
checklist in each and comes back with F2: the peak of a session that used every locale.
With `--content DIR` the kiosk reads that content folder (parsed and validated at start)
instead of its built-in tables; `--content .` is the repository's own content. (The rusage of the forked child itself would include the
Python interpreter it was forked from, before exec.)
"""

import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time

TOUR = "--tour" in sys.argv[1:]
ARGS = [a for a in sys.argv[1:] if a != "--tour"]
CONTENT = []
if "--content" in ARGS:
    at = ARGS.index("--content")
    CONTENT = ARGS[at:at + 2]
    del ARGS[at:at + 2]
BINARY = ARGS[0] if len(ARGS) > 0 else "target/release/digipunt"
RUNS = int(ARGS[1]) if len(ARGS) > 1 else 10
LANGUAGES = 15
DOWN, ENTER, F2 = "\x1b[B", "\r", "\x1bOQ"
# The last option of the language screen, shaped into presentation forms and reversed.
FIRST_FRAME_DONE = "ﺔﻴﺑﺮﻌﻟﺍ".encode()


def read_until(fd, needle, seen, timeout=10.0):
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(needle)
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def drain(fd, seen, seconds):
    """Reads what comes for `seconds`, so that the kiosk never waits on a full pty."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            seen += os.read(fd, 65536)
    return seen


def one_run(home):
    database = os.path.join(home, "bench.sqlite")
    report = os.path.join(home, "time.txt")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "XDG_CONFIG_HOME": home, "HOME": home})
        os.execv("/usr/bin/time", ["time", "-f", "%M", "-o", report, BINARY, "--db", database, "--kiosk", "bench", *CONTENT])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = read_until(fd, FIRST_FRAME_DONE, b"")
    first_frame = time.perf_counter() - start
    if TOUR:
        # With a helper, identity, the eID checklist, begin, three steps; back to languages.
        for language in range(LANGUAGES):
            for key in [DOWN] * language + [ENTER, "1", "3", "1", "4", "1", "1", "1", F2]:
                os.write(fd, key.encode())
                seen = drain(fd, seen, 0.02)
    # Dutch, with a helper, identity (3), the eID checklist (1), begin (4), eight steps,
    # done, first time this year: don't know (3), then past the take-home summary (2).
    for key in "1", "1", "3", "1", "4", "1", "1", "1", "1", "1", "1", "1", "1", "1", "3", "2":
        os.write(fd, key.encode())
        time.sleep(0.02)
    seen = read_until(fd, b"Bedankt", seen)
    os.write(fd, b"\x03")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise RuntimeError(f"digipunt exited with status {status}")
    with open(report) as f:
        peak_kb = int(f.read().split()[-1])
    return first_frame, peak_kb


def main():
    frames, peaks = [], []
    with tempfile.TemporaryDirectory() as home:
        for _ in range(RUNS):
            first_frame, peak = one_run(home)
            frames.append(first_frame * 1000)
            peaks.append(peak / 1024)
    print(f"runs: {RUNS}{', every language visited first' if TOUR else ''}{', content folder ' + CONTENT[1] if CONTENT else ''}")
    print(f"start to first frame (ms): min {min(frames):.1f}  median {statistics.median(frames):.1f}  max {max(frames):.1f}")
    print(f"peak resident memory (MB): min {min(peaks):.1f}  median {statistics.median(peaks):.1f}  max {max(peaks):.1f}")
    print(f"binary size (MB): {os.path.getsize(BINARY) / 1e6:.2f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The real binary in a pseudo-terminal: bytes sent to the terminal and latency, per key.

Usage: python3 benches/terminal.py [path/to/digipunt] [runs] [sizes]
       (defaults: target/release/digipunt, 5 runs, sizes 80x24,120x40)

Each run starts digipunt on a fresh log in a pty of the given size, waits until the
welcome screen is drawn and nothing more comes, then types the walk of benches/walk.txt
(the same keys benches/keys.rs times in process: a helper and an Arabic-speaking citizen
through tax-on-web, then the helper's menu). After each key it reads until the terminal
has been quiet for QUIET seconds, and notes:

- bytes: everything the kiosk wrote for that key (ratatui sends only the cells that
  changed since the last frame, with cursor moves and colours);
- latency: from writing the key to the last byte of the frame it caused. That includes
  the pty, crossterm reading the key, the core, drawing, and whatever the key's effects
  do before the frame (the record written to the log with its fsync on "done").

Printed per screen the key leads to, split into keys that arrive on a screen from another
one and keys that stay on it (arrows, ticks): a full frame at that size is the reference
for "only changed cells".
"""

import fcntl
import os
import pty
import select
import signal
import sqlite3
import statistics
import struct
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = sys.argv[1] if len(sys.argv) > 1 else "target/release/digipunt"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
SIZES = [tuple(int(n) for n in s.split("x")) for s in (sys.argv[3] if len(sys.argv) > 3 else "80x24,120x40").split(",")]
# The welcome screen's last option, shaped and reversed: the first frame is complete.
FIRST_FRAME_DONE = "ﺔﻴﺑﺮﻌﻟﺍ".encode()
# No byte for this long: the frame is complete. Frames are written in one go, well under it.
QUIET = 0.08
KEYS = {
    "Down": b"\x1b[B",
    "Up": b"\x1b[A",
    "Enter": b"\r",
    "Esc": b"\x1b",
    "F9": b"\x1b[20~",
}


def walk():
    keys = []
    with open(os.path.join(HERE, "walk.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                key, screen = line.split()[:2]
                keys.append((key, KEYS.get(key, key.encode()), screen))
    return keys


def read_until_quiet(fd, quiet=QUIET, timeout=5.0):
    """Reads until nothing has come for `quiet` seconds: (bytes, time of the last byte)."""
    got, last = b"", None
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        last = time.perf_counter()
        got += chunk
    return got, last


def read_until(fd, needle, timeout=10.0):
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(needle)
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            seen += os.read(fd, 65536)
    return seen


def one_run(home, size, keys):
    """The first frame's bytes, then (bytes, latency in seconds or None) per key."""
    database = os.path.join(home, f"bench-{time.monotonic_ns()}.sqlite")
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "XDG_CONFIG_HOME": home, "HOME": home})
        os.execv(BINARY, [BINARY, "--db", database, "--kiosk", "bench"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    first = read_until(fd, FIRST_FRAME_DONE)
    # What follows the first frame (the log opened, the voices asked) settles first.
    rest, _ = read_until_quiet(fd, quiet=0.3)
    first += rest
    results = []
    for _, sequence, _ in keys:
        sent = time.perf_counter()
        os.write(fd, sequence)
        got, last = read_until_quiet(fd)
        results.append((len(got), last - sent if last else None))
    os.write(fd, b"\x03")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    if status != 0:
        raise RuntimeError(f"digipunt exited with status {status}")
    # The walk ends one help: its record must be in the log.
    with sqlite3.connect(database) as log:
        (rows,) = log.execute("SELECT COUNT(*) FROM interaction").fetchone()
    if rows != 1:
        raise RuntimeError(f"expected the walk's one record in the log, found {rows}")
    return len(first), results


def spread(values, unit=""):
    if not values:
        return "-"
    return f"{min(values):g}{unit} / {statistics.median(values):g}{unit} / {max(values):g}{unit}"


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"build first: cargo build --release ({BINARY} is missing)")
    keys = walk()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{len(keys)} keys a walk, {RUNS} runs a size, frames complete after {QUIET * 1000:.0f} ms without output")
    with tempfile.TemporaryDirectory() as home:
        for size in SIZES:
            firsts, per_key = [], [[] for _ in keys]
            for _ in range(RUNS):
                first, results = one_run(home, size, keys)
                firsts.append(first)
                for i, result in enumerate(results):
                    per_key[i].append(result)
            print()
            print(f"{size[0]}x{size[1]}: first frame (the whole welcome screen) {spread(firsts, ' B')} (min / median / max)")
            print(f"  {'screen':<12} {'how':<7} {'keys':>4}  {'bytes a key: min / median / max':<34} latency ms: median / max")
            groups = {}
            previous = "language"
            for i, (_, _, screen) in enumerate(keys):
                how = "stays" if screen == previous else "arrives"
                groups.setdefault((screen, how), []).append(i)
                previous = screen
            all_latency = []
            walk_bytes = [0] * RUNS
            for (screen, how), indices in groups.items():
                sizes_ = [per_key[i][r][0] for i in indices for r in range(RUNS)]
                latency = [per_key[i][r][1] * 1000 for i in indices for r in range(RUNS) if per_key[i][r][1]]
                all_latency += latency
                for i in indices:
                    for r in range(RUNS):
                        walk_bytes[r] += per_key[i][r][0]
                lat = f"{statistics.median(latency):.2f} / {max(latency):.2f}" if latency else "-"
                print(f"  {screen:<12} {how:<7} {len(indices):>4}  {spread(sizes_):<34} {lat}")
            # Each key's typical latency (median over the runs), and the slowest of them.
            typical = [statistics.median(r[1] * 1000 for r in per_key[i] if r[1]) for i in range(len(keys))]
            slowest = max(range(len(keys)), key=lambda i: typical[i])
            all_latency.sort()
            p99 = all_latency[round((len(all_latency) - 1) * 0.99)]
            print(f"  whole walk: {spread(walk_bytes, ' B')}; latency over all {len(all_latency)} key presses: "
                  f"min {all_latency[0]:.2f} ms, median {statistics.median(all_latency):.2f} ms, "
                  f"p99 {p99:.2f} ms, max {all_latency[-1]:.2f} ms; slowest key by its median: "
                  f"{slowest + 1} ({keys[slowest][0]}, to {keys[slowest][2]}) {typical[slowest]:.2f} ms")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    main()

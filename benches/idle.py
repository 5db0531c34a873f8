#!/usr/bin/env python3
"""Idle: CPU time and wake-ups of the real binary left alone on the welcome screen.

Usage: python3 benches/idle.py [path/to/digipunt] [seconds] [kiosks]
       (defaults: target/release/digipunt, 60 s, 3 kiosks side by side)

Starts `kiosks` copies of digipunt, each in its own 80x24 pseudo-terminal on a fresh log,
waits until each has drawn the welcome screen and settled (the log opened, the voices
asked: the work after the first frame), then reads for every thread of each process

- utime + stime from /proc/<pid>/task/<tid>/stat (clock ticks), and
- voluntary_ctxt_switches + nonvoluntary_ctxt_switches from .../status (each time a
  thread went to sleep and was woken again, or was preempted),

leaves them alone for `seconds`, and reads again. The copies run at the same time, so
three samples take one minute; an idle kiosk uses no CPU, so they do not disturb each
other. Budget (DESIGN.md): no busy polling, the kiosk wakes only for input and its timers;
on the welcome screen no timer runs (the idle question only exists once a help has begun),
so the expected figures are 0 and 0.
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

BINARY = sys.argv[1] if len(sys.argv) > 1 else "target/release/digipunt"
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
KIOSKS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
FIRST_FRAME_DONE = "ﺔﻴﺑﺮﻌﻟﺍ".encode()
TICK = os.sysconf("SC_CLK_TCK")


def start(home, n):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "XDG_CONFIG_HOME": home, "HOME": home})
        os.execv(BINARY, [BINARY, "--db", os.path.join(home, f"idle-{n}.sqlite"), "--kiosk", "bench"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def drain(fd, needle=None, timeout=10.0):
    """Reads what the kiosk writes: until `needle` is seen, or until it is quiet."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if needle is not None and needle in seen:
            return seen
        ready, _, _ = select.select([fd], [], [], 0.5 if needle is None else deadline - time.monotonic())
        if not ready:
            if needle is None:
                return seen
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the kiosk has ended
            chunk = b""
        if not chunk:
            break
        seen += chunk
    if needle is not None:
        raise TimeoutError(needle)
    return seen


def sample(pid):
    """(cpu ticks, context switches, threads) summed over the process's threads."""
    ticks = switches = threads = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/stat") as f:
            # The command name may hold spaces: the fields after it start past the ')'.
            fields = f.read().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        with open(f"/proc/{pid}/task/{tid}/status") as f:
            for line in f:
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
        threads += 1
    return ticks, switches, threads


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"build first: cargo build --release ({BINARY} is missing)")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as home:
        kiosks = [start(home, n) for n in range(KIOSKS)]
        for _, fd in kiosks:
            drain(fd, FIRST_FRAME_DONE)
        time.sleep(1.0)
        for _, fd in kiosks:
            drain(fd)
        before = [sample(pid) for pid, _ in kiosks]
        time.sleep(SECONDS)
        after = [sample(pid) for pid, _ in kiosks]
        # Anything drawn meanwhile would be a frame nobody asked for.
        drawn = [len(drain(fd)) for _, fd in kiosks]
        for pid, fd in kiosks:
            os.write(fd, b"\x03")
            drain(fd)
            os.waitpid(pid, 0)
            os.close(fd)
    cpu = [(a[0] - b[0]) * 1000 / TICK for a, b in zip(after, before)]
    wakes = [a[1] - b[1] for a, b in zip(after, before)]
    threads = [a[2] for a in after]

    def spread(values):
        return f"min {min(values):g}  median {statistics.median(values):g}  max {max(values):g}"

    print(f"{KIOSKS} kiosks idle on the welcome screen for {SECONDS:g} s (threads each: {spread(threads)})")
    print(f"CPU time (ms, clock tick {1000 / TICK:g} ms): {spread(cpu)}")
    print(f"wake-ups (context switches, all threads): {spread(wakes)}")
    print(f"bytes written to the terminal meanwhile: {spread(drawn)}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

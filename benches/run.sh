#!/usr/bin/env bash
# Reruns every benchmark of BENCHMARKS.md on this machine and prints a summary.
#
# Usage: bash benches/run.sh [--scale]
#
#   cargo build --release, then
#   cargo bench --bench load --bench keys    the load step; update + draw per key (criterion)
#   benches/startup.py                       start to first frame, peak memory (real binary);
#                                            again with --tour: all fifteen languages used
#   benches/terminal.py                      bytes to the terminal and latency per key (pty)
#   benches/idle.py                          CPU and wake-ups over 60 s on the welcome screen
#   the stripped binary's size
#   --scale: also benches/scale.py (1M and 3.3M rows: about 4 GB on disk and six more
#            minutes; it has no smaller size), left out by default.
#
# About five minutes with target/ built, eight from a cold target/ (two cores). Full
# outputs go to target/bench-run/ (or $CARGO_TARGET_DIR/bench-run/); the figures depend
# on the load, which is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=false
for arg in "$@"; do
  case "$arg" in
    --scale) scale=true ;;
    *) echo "usage: bash benches/run.sh [--scale]" >&2; exit 2 ;;
  esac
done

target=${CARGO_TARGET_DIR:-target}
out=$target/bench-run
mkdir -p "$out"
binary=$target/release/digipunt
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }

step "machine"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "cpu: $cpu, $(nproc) cores; $(uname -sr); $(rustc --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

step "build"
cargo build --release --quiet
cargo bench --no-run --quiet --bench load --bench keys 2>&1 | grep -v '^ *Executable' || true

step "criterion: the load step, and update + draw per key"
cargo bench --quiet --bench load --bench keys 2>&1 | tee "$out/criterion.txt" | grep -E '^(load|walk)/|time:|per key|^  [0-9]+x[0-9]+|all keys|slowest' || true

step "start-up and peak memory (benches/startup.py, 20 runs)"
python3 benches/startup.py "$binary" 20 | tee "$out/startup.txt"

step "peak memory of a session through all fifteen languages (benches/startup.py --tour, 5 runs)"
python3 benches/startup.py "$binary" 5 --tour | tee "$out/tour.txt"

step "bytes and latency per key in a pty (benches/terminal.py, 5 runs a size)"
python3 benches/terminal.py "$binary" 5 | tee "$out/terminal.txt"

step "idle (benches/idle.py, 60 s, 3 kiosks)"
python3 benches/idle.py "$binary" 60 3 | tee "$out/idle.txt"

step "binary"
size=$(stat -c %s "$binary")
echo "stripped release binary: $size bytes ($(awk "BEGIN { printf \"%.2f\", $size / 1e6 }") MB); $(file -b "$binary" | grep -o 'stripped\|not stripped' | head -1)" | tee "$out/size.txt"

if $scale; then
  step "merge and export at scale (benches/scale.py, 1 run)"
  python3 benches/scale.py "$binary" 1 | tee "$out/scale.txt"
fi

step "summary"
echo "cpu: $cpu, $(nproc) cores; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The first time: line of each benchmark (a second one is the change since the last run).
awk '/^(load|walk)\//{name=$0; sub(/ *time:.*/, "", name); shown=0} /time:/ && !shown && !/%/{sub(/.*time: */, ""); print "criterion " name ": " $0; shown=1}' "$out/criterion.txt"
grep -o 'walks of [0-9]* keys' "$out/criterion.txt" | sed 's/^walks of/criterion: a walk is/' || true
awk '/^  [0-9]+x[0-9]+ /{size=$1} /all keys/{print "per key at " size " (update + draw, µs): wall median " $4 ", p99 " $5 ", max " $6 "; CPU median " $7 ", max " $8} /slowest key/{sub(/^ */, ""); print "  " $0 " µs"}' "$out/criterion.txt"
grep -E '^start to first frame|^peak resident|^binary size' "$out/startup.txt"
grep -E '^peak resident' "$out/tour.txt" | sed 's/^/every language visited: /'
grep -E 'whole walk' "$out/terminal.txt" | sed 's/^ */pty walk: /'
grep -E '^(CPU time|wake-ups)' "$out/idle.txt" | sed 's/^/idle: /'
cat "$out/size.txt"
$scale && grep -E '^\|' "$out/scale.txt"
echo "budgets: start < 30 ms, key < 2 ms, memory < 10 MB, idle 0 wake-ups, binary < 8 MB"
echo "done in $(($(date +%s) - started)) s; full outputs in $out/"

#!/usr/bin/env bash
# The consensus benchmark, in one command:   bench/consensus.sh [SIZE] [BODIES]
# (defaults 100000 and 1000). Builds napcheck (release), generates SIZE
# assessments of BODIES bodies with bench/generate.py --bodies (about
# SIZE / BODIES each, assessors agreeing 75% of the time, one site written
# in four forms, 5% invalid files) under bench/.tools/ (never committed),
# then times `napcheck report` (md, to /dev/null: grouping by body,
# consensus, agreement) after one untimed warm-up, RUNS (3) times: the
# median wall time and the largest peak RSS from /usr/bin/time.
# With BEFORE=/path/to/napcheck, times that binary on the same files first
# (the plain per-file report before consensus, for the comparison in
# bench/README.md). Goal on a 2-core machine: under 5 s and under 500 MiB.
# The timed report also reads REPLIES (default 1000, one per body) bodies'
# replies written by bench/replies.py, a quarter of them correcting a
# rating, within a comment period: the whole campaign report. The load
# average is printed before and after each run (the machine is shared;
# wall time under load is not the program's). WAIT_FOR_LOAD=L waits (up to
# WAIT_MAX seconds, default 1800) before each run until the one-minute load
# average is under L, to measure wall time on a machine that is not busy.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/.tools
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target-cli}
SIZE=${1:-100000}
BODIES=${2:-1000}
DATA=$T/consensus-data-$SIZE-$BODIES
mkdir -p "$T"

# NAPCHECK=/path/to/napcheck times that binary instead of building one.
if [ -z "${NAPCHECK:-}" ]; then
  cargo build --quiet --release -p napcheck-cli --manifest-path "$ROOT/Cargo.toml"
  NAPCHECK=$CARGO_TARGET_DIR/release/napcheck
fi

REPLY_DIR=$T/consensus-replies-${REPLIES:-1000}-$BODIES
if [ ! -f "$REPLY_DIR/.complete" ]; then
  rm -rf "$REPLY_DIR"
  python3 "$ROOT/bench/replies.py" "$ROOT/crates/core/criteria/az-nap-2020-2022.json" \
    "$BODIES" "${REPLIES:-1000}" "$REPLY_DIR"
  touch "$REPLY_DIR/.complete"
fi

if [ ! -f "$DATA/.complete" ]; then
  rm -rf "$DATA"
  python3 "$ROOT/bench/generate.py" "$ROOT/crates/core/criteria/az-nap-2020-2022.json" \
    "$SIZE" "$DATA" --bodies "$BODIES"
  touch "$DATA/.complete"
fi

measure() { # NAME BINARY ARGS...
  local name=$1 bin=$2 runs=$T/consensus-runs.txt
  shift 2
  "$bin" report --today 2030-01-01 "$@" > /dev/null 2>&1 || true
  : > "$runs"
  for _ in $(seq "${RUNS:-3}"); do
    # Exit 1: the 5% invalid files are left out, as intended.
    if [ -n "${WAIT_FOR_LOAD:-}" ]; then
      local waited=0
      while python3 -c "import sys; sys.exit(float(open('/proc/loadavg').read().split()[0]) < float(sys.argv[1]))" "$WAIT_FOR_LOAD" \
        && [ "$waited" -lt "${WAIT_MAX:-1800}" ]; do
        sleep 5; waited=$((waited + 5))
      done
    fi
    local before; before=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %M %U %S' -o "$T/consensus-time.txt" "$bin" report --today 2030-01-01 "$@" > /dev/null 2>&1 || true
    echo "$(tail -n 1 "$T/consensus-time.txt") $before $(cut -d' ' -f1 /proc/loadavg)" >> "$runs"
  done
  python3 - "$name" "$runs" <<'PY'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
runs = [line.split() for line in open(path) if line.strip()]
walls = [float(r[0]) for r in runs]
cpu = [float(r[2]) + float(r[3]) for r in runs]
rss = max(int(r[1]) for r in runs) / 1024
each = ", ".join(f"{float(r[0]):.2f} s at load {r[4]}..{r[5]}" for r in runs)
print(f"{name}: wall median {statistics.median(walls):.2f} s, min {min(walls):.2f} s over {len(walls)} runs "
      f"({each}); CPU (user+sys) median {statistics.median(cpu):.2f} s, peak RSS {rss:.1f} MiB")
PY
}

echo "napcheck report over $SIZE assessments of $BODIES bodies ($(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)):"
if [ -n "${BEFORE:-}" ]; then
  measure "before (one row per file)" "$BEFORE" "$DATA"
fi
measure "consensus (one row per body), replies, comment period" "$NAPCHECK" \
  --comment-period 2029-12-01..2030-01-31 "$DATA" "$REPLY_DIR"
"$NAPCHECK" report --format json --today 2030-01-01 --comment-period 2029-12-01..2030-01-31 \
  "$DATA" "$REPLY_DIR" 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin)["sets"][0]
a = s["agreement"]
disputed = sum(1 for b in s["bodies"] if b["disputed"])
print("replies shown", len(s["replies"]), "corrected", sum(r["corrected"] for r in s["replies"]))
print("bodies", s["body_count"], "assessments", s["assessments"],
      "percent agreement %.1f alpha %.3f" % (a["percent"], a["alpha_ordinal"]),
      "bodies with a disputed criterion", disputed)'

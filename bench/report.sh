#!/usr/bin/env bash
# The report benchmark, in one command:   bench/report.sh [SIZE]
# (default 100000). Builds napcheck (release), generates SIZE assessments
# under bench/.tools/report-data-SIZE/ (never committed) by cycling through
# the 103 assessments of examples/monitoring-2018 with a numbered body name
# and a shifted check date, runs `napcheck report` over them
# (md, to /dev/null) after one untimed warm-up, RUNS (3) times, and prints
# the median wall time and the peak RSS from /usr/bin/time.
# Goal on a 2-core machine: under 5 s and under 500 MiB.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/.tools
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target-cli}
SIZE=${1:-100000}
DATA=$T/report-data-$SIZE
mkdir -p "$T"

cargo build --quiet --release -p napcheck-cli --manifest-path "$ROOT/Cargo.toml"
NAPCHECK=$CARGO_TARGET_DIR/release/napcheck

if [ ! -f "$DATA/.complete" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  python3 - "$ROOT/examples/monitoring-2018" "$DATA" "$SIZE" <<'PY'
import json, sys, datetime
from pathlib import Path
src, out, size = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
seeds = [json.loads(p.read_text()) for p in sorted(src.glob("*/*.json"))]
for i in range(size):
    doc = json.loads(json.dumps(seeds[i % len(seeds)]))
    doc.pop("$schema", None)
    doc["site"]["name"] = f'{doc["site"]["name"]} #{i}'
    day = datetime.date.fromisoformat(doc["checked_on"]) + datetime.timedelta(days=i % 300)
    doc["checked_on"] = day.isoformat()
    sub = out / f"{i // 1000:03d}"
    sub.mkdir(exist_ok=True)
    (sub / f"assessment-{i:06d}.json").write_text(json.dumps(doc, ensure_ascii=False))
PY
  touch "$DATA/.complete"
fi

echo "napcheck report over $SIZE assessments ($(nproc) cores):"
# One untimed run first, so every timed run reads the files from the page
# cache (right after generating or building, the first run measured disk
# reads: 12 s against 5 s warm). Then RUNS timed runs: the median wall time
# and the largest peak RSS.
"$NAPCHECK" report --today 2030-01-01 "$DATA" > /dev/null 2>&1 || true
: > "$T/report-runs.txt"
for _ in $(seq "${RUNS:-3}"); do
  /usr/bin/time -f '%e %M' -o "$T/report-time.txt" "$NAPCHECK" report --today 2030-01-01 "$DATA" > /dev/null ||
    { echo "napcheck report failed" >&2; exit 1; }
  cat "$T/report-time.txt" >> "$T/report-runs.txt"
done
python3 - "$T/report-runs.txt" <<'PY'
import statistics, sys
runs = [line.split() for line in open(sys.argv[1]) if line.strip()]
walls = [float(w) for w, _ in runs]
rss = max(int(k) for _, k in runs) / 1024
print(f"wall: median {statistics.median(walls):.2f} s over {len(walls)} runs ({', '.join(f'{w:.2f}' for w in walls)})")
print(f"peak RSS: {rss:.1f} MiB")
PY

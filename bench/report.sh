#!/usr/bin/env bash
# The report benchmark, in one command:   bench/report.sh [SIZE]
# (default 100000). Builds napcheck (release), generates SIZE assessments
# under bench/.tools/report-data-SIZE/ (never committed) by cycling through
# the 103 assessments of examples/monitoring-2018 with a numbered body name
# and a shifted check date, runs `napcheck report` over them once
# (md, to /dev/null) and prints wall time and peak RSS from /usr/bin/time -v.
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
/usr/bin/time -v "$NAPCHECK" report --today 2030-01-01 "$DATA" > /dev/null 2> "$T/report-time.txt" ||
  { cat "$T/report-time.txt" >&2; exit 1; }
grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$T/report-time.txt" |
  sed -e 's/^[[:space:]]*//'
awk -F': ' '/Maximum resident/ { printf "peak RSS: %.1f MiB\n", $2 / 1024 }' "$T/report-time.txt"

#!/usr/bin/env bash
# The trend benchmark, in one command:   bench/trend.sh [SIZE] [BODIES]
# (defaults 100000 and 1000). Builds napcheck (release) and generates two
# rounds of SIZE assessments of the same BODIES bodies with
# bench/generate.py --bodies (under bench/.tools/, never committed): the
# first on az-nap-2016-2018, the second on az-nap-2020-2022, so every
# body's consensus of the first round is carried through the crosswalk
# (the demanding case). Then, each after one untimed warm-up and RUNS (3)
# times, median wall time, CPU and peak RSS from /usr/bin/time:
#   1. `report --rounds --format md` over both rounds (goal: under 10 s and
#      1 GiB on a 2-core machine, issue 16);
#   2. `report` (md) over the second round alone, the reference;
#   3. `report --format parquet` of the second round (100,000 assessments);
#   4. DuckDB's aggregation over that Parquet file (the README's query) and
#      the same query over the CSV report, beside `report` on the same files.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$ROOT/bench/.tools
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target-cli}
SIZE=${1:-100000}
BODIES=${2:-1000}
OLD=$T/trend-2016-2018-$SIZE-$BODIES
NEW=$T/consensus-data-$SIZE-$BODIES
mkdir -p "$T"

if [ -z "${NAPCHECK:-}" ]; then
  cargo build --quiet --release -p napcheck-cli --manifest-path "$ROOT/Cargo.toml"
  NAPCHECK=$CARGO_TARGET_DIR/release/napcheck
fi

for pair in "$OLD az-nap-2016-2018" "$NEW az-nap-2020-2022"; do
  set -- $pair
  if [ ! -f "$1/.complete" ]; then
    rm -rf "$1"
    python3 "$ROOT/bench/generate.py" "$ROOT/crates/core/criteria/$2.json" "$SIZE" "$1" --bodies "$BODIES"
    touch "$1/.complete"
  fi
done

measure() { # NAME COMMAND...
  local name=$1 runs=$T/trend-runs.txt
  shift
  "$@" > "$T/trend-out" 2>/dev/null || true
  : > "$runs"
  for _ in $(seq "${RUNS:-3}"); do
    # Exit 1 from napcheck: the 5% invalid files are left out, as intended.
    /usr/bin/time -f '%e %M %U %S' -o "$T/trend-time.txt" "$@" > "$T/trend-out" 2>/dev/null || true
    tail -n 1 "$T/trend-time.txt" >> "$runs"
  done
  python3 - "$name" "$runs" <<'PY'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
runs = [line.split() for line in open(path) if line.strip()]
walls = [float(r[0]) for r in runs]
cpu = [float(r[2]) + float(r[3]) for r in runs]
rss = max(int(r[1]) for r in runs) / 1024
print(f"| {name} | {statistics.median(walls):.2f} s ({', '.join(f'{w:.2f}' for w in walls)}) "
      f"| {statistics.median(cpu):.2f} s | {rss:.1f} MiB |")
PY
}

echo "two rounds of $SIZE assessments of $BODIES bodies ($(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "| run | wall, median (runs) | CPU user+sys, median | peak RSS |"
echo "| --- | ---: | ---: | ---: |"
measure "report --rounds (2 x $SIZE, through the crosswalk)" \
  "$NAPCHECK" report --rounds --today 2030-01-01 "$OLD" "$NEW"
cp "$T/trend-out" "$T/trend-report.md"
measure "report, second round alone ($SIZE)" "$NAPCHECK" report --today 2030-01-01 "$NEW"
measure "report --format parquet ($SIZE)" "$NAPCHECK" report --format parquet --today 2030-01-01 "$NEW"
cp "$T/trend-out" "$T/trend.parquet"
"$NAPCHECK" report --format csv --today 2030-01-01 "$NEW" > "$T/trend.csv" 2>/dev/null || true
QUERY="SELECT kind, round(avg(value), 1) AS mean_overall, count(*) AS bodies FROM SOURCE
  WHERE \"table\" = 'score' AND measure = 'overall' GROUP BY kind ORDER BY kind"
measure "DuckDB: mean overall per kind, Parquet" \
  python3 -c "import duckdb, sys; print(duckdb.sql(sys.argv[1].replace('SOURCE', \"read_parquet('$T/trend.parquet')\")).fetchall())" "$QUERY"
measure "DuckDB: the same query over the CSV" \
  python3 -c "import duckdb, sys; print(duckdb.sql(sys.argv[1].replace('SOURCE', \"read_csv('$T/trend.csv')\")).fetchall())" "$QUERY"
echo
echo "rows: $(($(wc -l < "$T/trend.csv") - 1)); Parquet $(du -h "$T/trend.parquet" | cut -f1), CSV $(du -h "$T/trend.csv" | cut -f1)"
head -n 8 "$T/trend-report.md"

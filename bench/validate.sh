#!/usr/bin/env bash
# The validate benchmark, in one command:   bench/validate.sh [SIZE ...]
# (default sizes: 1000 10000). Installs the peers under bench/.tools/
# (never committed), builds napcheck (release) and the parse floor,
# generates SIZE assessments (5% invalid) per size and dataset, checks that
# every tool flags exactly the injected invalid files, times all tools in the
# same run with hyperfine (medians), measures peak RSS with /usr/bin/time -v,
# and prints a table with the ratio of each tool to napcheck and its CPU time
# (user + system, means; steadier than wall time on a shared machine). Two datasets
# (DATASETS="complete partial" by default): `complete` answers every
# applicable criterion of az-nap-2020-2022; `partial` answers 11 of the 40
# or so applicable criteria of az-nap-2016-2018, leaving about 30
# unanswered, as the 2018 monitoring dataset does.
# napcheck checks files on all cores (rayon); `napcheck_1thread` is the same
# binary on one thread (RAYON_NUM_THREADS=1), to compare with the peers,
# which check one file after another (jsonschema-cli, ajv, check-jsonschema).
# BEFORE=path/to/napcheck also times an older binary (`napcheck_before`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/bench
T=$B/.tools
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target-cli}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
read -r -a DATASETS <<<"${DATASETS:-complete partial}"
RUNS=${RUNS:-5}
mkdir -p "$T"

# --- tools (idempotent) ---------------------------------------------------
command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null
[ -x "$T/node/node_modules/.bin/ajv" ] && [ -x "$T/node/node_modules/.bin/jsonschema" ] ||
  npm install --silent --prefix "$T/node" ajv-cli ajv-formats @sourcemeta/jsonschema >/dev/null
[ -x "$T/venv/bin/check-jsonschema" ] ||
  { python3 -m venv "$T/venv" && "$T/venv/bin/pip" install -q check-jsonschema; }
[ -x "$T/cargo/bin/jsonschema-cli" ] ||
  cargo install --quiet --locked jsonschema-cli --root "$T/cargo"
cargo build --quiet --release -p napcheck-cli --manifest-path "$ROOT/Cargo.toml"
cargo build --quiet --release --manifest-path "$B/floor/Cargo.toml"
NAPCHECK=$CARGO_TARGET_DIR/release/napcheck
FLOOR=$CARGO_TARGET_DIR/release/napcheck-bench-floor
AJV=$T/node/node_modules/.bin/ajv
SOURCEMETA=$T/node/node_modules/.bin/jsonschema
CHECK=$T/venv/bin/check-jsonschema
JSCLI=$T/cargo/bin/jsonschema-cli

DATA=$T/data
mkdir -p "$DATA"
"$NAPCHECK" schema assessment > "$DATA/assessment.schema.json"
"$NAPCHECK" criteria export az-nap-2020-2022 > "$DATA/set.json"
"$NAPCHECK" criteria export az-nap-2016-2018 > "$DATA/set-2016.json"
SCHEMA=$DATA/assessment.schema.json

# One command line per tool, for a directory "$D" (formats asserted by all).
commands() {
  local D=$1
  CMD_napcheck="$NAPCHECK validate --today 2030-01-01 $D"
  CMD_napcheck_1thread="RAYON_NUM_THREADS=1 $NAPCHECK validate --today 2030-01-01 $D"
  CMD_napcheck_before="${BEFORE:-} validate --today 2030-01-01 $D"
  CMD_floor="$FLOOR $D"
  CMD_jsonschema_cli="$JSCLI validate --assert-format --errors-only $SCHEMA -i $D/*.json"
  CMD_ajv="$AJV validate --spec=draft2020 --strict=false -c $T/node/node_modules/ajv-formats -s $SCHEMA -d '$D/*.json'"
  CMD_sourcemeta="$SOURCEMETA validate --fast --continue --format-assertion $SCHEMA $D"
  CMD_check_jsonschema="$CHECK --schemafile $SCHEMA $D/*.json"
}
TOOLS=(napcheck napcheck_1thread floor jsonschema_cli ajv sourcemeta check_jsonschema)
[ -n "${BEFORE:-}" ] && TOOLS+=(napcheck_before)

# The files a tool flags, from its output (names of the generated files).
flagged() {
  local tool=$1 cmd=$2
  case $tool in
    napcheck) eval "$NAPCHECK validate --today 2030-01-01 --format json $D" |
      python3 -c 'import json,sys; [print(r["file"].rsplit("/",1)[-1]) for r in map(json.loads,sys.stdin) if r["type"]=="file" and not r["valid"]]' ;;
    ajv) eval "$cmd" 2>&1 | grep -E ' invalid$' | grep -oE 'assessment-[0-9]+\.json' ;;
    *) eval "$cmd" 2>&1 | grep -oE 'assessment-[0-9]+\.json' ;;
  esac | sort -u
}

REPORT=$T/results.md
: > "$REPORT"
for DS in "${DATASETS[@]}"; do
for N in "${SIZES[@]}"; do
  D=$DATA/$DS-n$N
  case $DS in
    complete) GEN=("$DATA/set.json" "$N" "$D") ;;
    partial) GEN=("$DATA/set-2016.json" "$N" "$D" 11) ;;
    *) echo "unknown dataset $DS (complete or partial)" >&2; exit 2 ;;
  esac
  [ -f "$D/invalid.txt" ] && [ "$(ls "$D" | wc -l)" -eq $((N + 1)) ] ||
    { rm -rf "$D"; python3 "$B/generate.py" "${GEN[@]}"; }
  commands "$D"
  echo "== $DS, $N files: correctness (each tool must flag exactly $(wc -l < "$D/invalid.txt") files)"
  for tool in "${TOOLS[@]}"; do
    case $tool in floor | napcheck_1thread | napcheck_before) continue ;; esac
    [ "$tool" = check_jsonschema ] && [ "$N" -gt 1000 ] && [ -z "${SLOW:-}" ] && { echo "  $tool: checked on the 1000-file set only (set SLOW=1)"; continue; }
    var=CMD_$tool
    if diff -q <(flagged "$tool" "${!var}") <(sort "$D/invalid.txt") >/dev/null; then
      echo "  $tool: exactly the injected files"
    else
      echo "  $tool: MISMATCH"; diff <(flagged "$tool" "${!var}") <(sort "$D/invalid.txt") | head -5 || true
    fi
  done
  echo "== $DS, $N files: timing ($RUNS runs each, medians) and peak memory"
  args=()
  for tool in "${TOOLS[@]}"; do
    var=CMD_$tool
    [ "$tool" = check_jsonschema ] && [ "$N" -gt 1000 ] && [ -z "${SLOW:-}" ] && continue
    args+=(-n "$tool" "${!var}")
  done
  hyperfine --style basic --warmup 1 --runs "$RUNS" -i --export-json "$T/hyperfine-$DS-$N.json" "${args[@]}" >/dev/null
  for tool in "${TOOLS[@]}"; do
    var=CMD_$tool
    [ "$tool" = check_jsonschema ] && [ "$N" -gt 1000 ] && [ -z "${SLOW:-}" ] && continue
    /usr/bin/time -v -o "$T/time.txt" bash -c "${!var}" >/dev/null 2>&1 || true
    kb=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$T/time.txt")
    echo "$tool $kb" >> "$T/rss-$DS-$N.txt.tmp"
  done
  mv "$T/rss-$DS-$N.txt.tmp" "$T/rss-$DS-$N.txt"
  python3 - "$DS, $N" "$T/hyperfine-$DS-$N.json" "$T/rss-$DS-$N.txt" <<'PY' | tee -a "$REPORT"
import json, sys
n, runs, rss = sys.argv[1], json.load(open(sys.argv[2]))["results"], {}
for line in open(sys.argv[3]):
    tool, kb = line.split()
    rss[tool] = int(kb) / 1024
med = {r["command"]: r["median"] for r in runs}
cpu = {r["command"]: r["user"] + r["system"] for r in runs}
base = med["napcheck"]
print(f"\n### {n} files\n")
print("| tool | median (s) | tool / napcheck | CPU, user+sys (s) | peak RSS (MiB) |")
print("| --- | ---: | ---: | ---: | ---: |")
for tool, m in sorted(med.items(), key=lambda kv: kv[1]):
    print(f"| {tool} | {m:.3f} | {m / base:.2f}x | {cpu[tool]:.3f} | {rss.get(tool, 0):.1f} |")
PY
done
done
echo "results: $REPORT"

#!/usr/bin/env bash
# How long reading the widget's JSON takes each way (src/lib.rs), in V8
# under node:   bench/json-read/run.sh [ROUNDS]
# Reads the largest catalogue slice of dist/ (scripts/build-web) and the
# largest assessment of examples/monitoring-2018, ROUNDS times each way
# (default 200) after a warm-up, and prints the median and the 90th
# percentile per read, in milliseconds. Builds with the widget's profile
# into the main target directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target="${CARGO_TARGET_DIR:-$root/target}"
CARGO_TARGET_DIR="$target" cargo build -q --release --target wasm32-unknown-unknown --manifest-path "$here/Cargo.toml"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target nodejs --no-typescript --out-dir "$out" "$target/wasm32-unknown-unknown/release/json_read_bench.wasm"
largest() { find "$1" -name "$2" -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-; }
slice=$(largest "$root/dist/catalogue" 'az-nap-*.json')
assessment=$(largest "$root/examples/monitoring-2018" '*.json')
node "$here/run.mjs" "$out/json_read_bench.js" "$slice" "$assessment" "${1:-200}"

#!/usr/bin/env bash
# The widget's size against its floors, in one command:   bench/web-size.sh
# Builds the widget (scripts/build-web) and the two floors in
# bench/web-floor/ (a Yew 0.23 counter, and the least a Yew app on
# napcheck-core needs for the first checklist), all with the same profile,
# wasm-bindgen and wasm-opt (scripts/wasm-finish), and prints the bytes each
# transfers up to its first screen, gzip -9, with the ratio to the widget.
# Needs what scripts/setup installs. The widget's timings are in
# tests/e2e/bench.mjs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FLOOR_TARGET=${FLOOR_TARGET:-$ROOT/target-web-floor}
gz() { gzip -9 -c "$1" | wc -c; }
raw() { wc -c <"$1"; }

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$ROOT/scripts/build-web" >"$OUT/build-web.log" 2>&1 || { cat "$OUT/build-web.log" >&2; exit 1; }
DIST=${NAPCHECK_DIST:-$ROOT/dist}
CARGO_TARGET_DIR=$FLOOR_TARGET cargo build --quiet --release --target wasm32-unknown-unknown \
  --manifest-path "$ROOT/bench/web-floor/Cargo.toml"
for floor in napcheck_floor_yew_minimal napcheck_floor_checklist; do
  "$ROOT/scripts/wasm-finish" "$FLOOR_TARGET/wasm32-unknown-unknown/release/$floor.wasm" "$OUT"
done

# The largest set's Azerbaijani slice: what the first checklist fetches.
slice=$(cd "$DIST/catalogue" && ls -S -- *.az.json | grep -v '^index' | head -n 1)
# wasm-bindgen's snippets (the JS boundary to the checker) load with the code.
snippets=$(cd "$DIST" && find snippets -name '*.js' 2>/dev/null | sort)
widget_other=0
# The body register: a new draft opens on its details, which fetch it.
for f in index.html boot.js style.css catalogue/index.az.json "catalogue/$slice" catalogue/bodies.json; do
  widget_other=$((widget_other + $(gz "$DIST/$f")))
done
widget_js=$(gz "$DIST/napcheck_web.js")
for f in $snippets; do widget_js=$((widget_js + $(gz "$DIST/$f"))); done
widget_total=$(($(gz "$DIST/napcheck_web_bg.wasm") + widget_js + widget_other))

row() { # name wasm js other
  local total=$(($2 + $3 + $4))
  awk -v n="$1" -v w="$2" -v j="$3" -v o="$4" -v t="$total" -v ref="$widget_total" 'BEGIN {
    printf "| %-34s | %9.1f | %7.1f | %9.1f | %9.1f | %5.2fx | %-7s |\n",
      n, w/1000, j/1000, o/1000, t/1000, t/ref, (t < 150000 ? "met" : "missed") }'
}
echo "bytes up to the first checklist, KB gzip -9 (1 KB = 1000 B); budget: < 150 KB in total, never above 200 KB;"
echo "peer: the W3C WCAG-EM Report Tool's start page, 200 KB gzip"
echo "| build                              | wasm      | JS      | other     | total     | ratio  | budget  |"
echo "|------------------------------------|----------:|--------:|----------:|----------:|-------:|---------|"
row "napcheck widget (dist/)" "$(gz "$DIST/napcheck_web_bg.wasm")" "$widget_js" "$widget_other"
row "floor: first checklist on the core" "$(gz "$OUT/napcheck_floor_checklist_bg.wasm")" \
  "$(gz "$OUT/napcheck_floor_checklist.js")" "$(gz "$DIST/catalogue/$slice")"
row "floor: Yew 0.23 counter" "$(gz "$OUT/napcheck_floor_yew_minimal_bg.wasm")" \
  "$(gz "$OUT/napcheck_floor_yew_minimal.js")" 0
if [ -f "$DIST/napcheck_web_checks_bg.wasm" ]; then
  row "checker, on demand (not in the above)" "$(gz "$DIST/napcheck_web_checks_bg.wasm")" \
    "$(gz "$DIST/napcheck_web_checks.js")" 0
fi
echo "(other: the widget's page, boot.js, style.css, index, slice and body register; the checklist floor's slice $slice)"
echo "brotli as napcheck serve sends it, first checklist: $(for f in napcheck_web_bg.wasm napcheck_web.js $snippets index.html boot.js style.css catalogue/index.az.json "catalogue/$slice" catalogue/bodies.json; do wc -c <"$DIST/$f.br"; done | awk '{ s += $1 } END { printf "%.1f KB", s / 1000 }')"
echo "wasm raw: widget $(raw "$DIST/napcheck_web_bg.wasm") B, checklist floor $(raw "$OUT/napcheck_floor_checklist_bg.wasm") B, counter $(raw "$OUT/napcheck_floor_yew_minimal_bg.wasm") B"

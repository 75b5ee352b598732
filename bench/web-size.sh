#!/usr/bin/env bash
# The widget's size against its floors, in one command:   bench/web-size.sh
# Builds the widget (scripts/build-web) and the floors in bench/web-floor/
# (a Yew 0.23 counter; the least a Yew app on napcheck-core needs for the
# first checklist; the same first checklist on web-sys with no Yew; each
# checklist built three ways: the slice checked by the core, read unchecked
# as the widget reads it now, and with no serde_json), all with the same
# profile, wasm-bindgen and wasm-opt (scripts/wasm-finish), checks in
# headless chromium that each floor works (bench/floor-check.mjs: a click
# changes the score, the draft is saved), and prints the bytes each
# transfers up to its first screen, gzip -9 and brotli 11, with the ratio
# to the widget. Needs what scripts/setup installs and Debian's chromium
# (FLOOR_CHECK=0 skips the check). The widget's timings are in
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
floor_cargo() { # extra cargo arguments
  CARGO_TARGET_DIR=$FLOOR_TARGET cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path "$ROOT/bench/web-floor/Cargo.toml" --workspace "$@"
}
FLOOR_WASM=$FLOOR_TARGET/wasm32-unknown-unknown/release
mkdir -p "$OUT/cargo"
# Both checklist floors once per way of reading the slice (the features of
# bench/web-floor/slice-read), each kept under its own name.
for variant in "" quiet-read js-parse; do
  floor_cargo ${variant:+--features napcheck-floor-read/$variant}
  suffix=${variant:+_${variant//-/_}}
  for floor in napcheck_floor_checklist napcheck_floor_checklist_web_sys; do
    cp "$FLOOR_WASM/$floor.wasm" "$OUT/cargo/$floor$suffix.wasm"
  done
  # The counter from the build with no feature (a feature may add to a
  # dependency's features).
  [ -n "$variant" ] || cp "$FLOOR_WASM/napcheck_floor_yew_minimal.wasm" "$OUT/cargo/"
done
FLOORS="napcheck_floor_checklist napcheck_floor_checklist_quiet_read napcheck_floor_checklist_js_parse
  napcheck_floor_checklist_web_sys napcheck_floor_checklist_web_sys_quiet_read
  napcheck_floor_checklist_web_sys_js_parse napcheck_floor_yew_minimal"
for floor in $FLOORS; do
  "$ROOT/scripts/wasm-finish" "$OUT/cargo/$floor.wasm" "$OUT"
done
# Without serde_json means none of it linked: its names are in cargo's wasm.
for floor in napcheck_floor_checklist_js_parse napcheck_floor_checklist_web_sys_js_parse; do
  if grep -q serde_json "$OUT/cargo/$floor.wasm"; then
    echo "serde_json is linked into $floor" >&2
    exit 1
  fi
done

# The largest set's Azerbaijani slice: what the first checklist fetches.
slice=$(cd "$DIST/catalogue" && ls -S -- *.az.json | grep -v '^index' | head -n 1)
# Each floor as a site: a page that starts it, its code and (for a
# checklist) the slice; .br beside each file, as napcheck serve would send.
for floor in $FLOORS; do
  mkdir -p "$OUT/site/$floor/catalogue"
  cp "$OUT/$floor.js" "$OUT/${floor}_bg.wasm" "$OUT/site/$floor/"
  cp "$DIST/catalogue/$slice" "$OUT/site/$floor/catalogue/az-nap-2016-2018.az.json"
  printf '<!doctype html>\n<html lang="az"><meta charset="utf-8"><link rel="icon" href="data:,">%s\n%s\n</html>\n' \
    "<title>$floor</title>" "<script type=\"module\">import init from \"./$floor.js\"; init();</script>" \
    >"$OUT/site/$floor/index.html"
done
node "$ROOT/scripts/compress.mjs" "$OUT/site"
if [ "${FLOOR_CHECK:-1}" != 0 ]; then
  checks=()
  for floor in $FLOORS; do
    case $floor in *yew_minimal) checks+=("counter:$OUT/site/$floor") ;; *) checks+=("checklist:$OUT/site/$floor") ;; esac
  done
  node "$ROOT/bench/floor-check.mjs" "${checks[@]}"
  echo
fi
# A floor's bytes: wasm, JS and (a checklist's) slice.
floor_br() { # floor, with_slice
  local site=$OUT/site/$1
  { wc -c <"$site/${1}_bg.wasm.br"; wc -c <"$site/$1.js.br"; [ "$2" = 0 ] || wc -c <"$site/catalogue/az-nap-2016-2018.az.json.br"; } |
    awk '{ s += $1 } END { print s }'
}

# wasm-bindgen's snippets (the JS boundary to the checker) load with the code.
snippets=$(cd "$DIST" && find snippets -name '*.js' 2>/dev/null | sort)
widget_other=0
# The body register: a new draft opens on its details, which fetch it.
for f in index.html boot.js style.css catalogue/index.az.json "catalogue/$slice" catalogue/bodies.json; do
  widget_other=$((widget_other + $(gz "$DIST/$f")))
done
# __wasm_split.js: the loader of the chunks, imported by the bindings.
widget_js=$(($(gz "$DIST/napcheck_web.js") + $(gz "$DIST/__wasm_split.js")))
for f in $snippets; do widget_js=$((widget_js + $(gz "$DIST/$f"))); done
widget_total=$(($(gz "$DIST/napcheck_web_bg.wasm") + widget_js + widget_other))

widget_br=$(for f in napcheck_web_bg.wasm napcheck_web.js __wasm_split.js $snippets index.html boot.js style.css catalogue/index.az.json "catalogue/$slice" catalogue/bodies.json; do wc -c <"$DIST/$f.br"; done | awk '{ s += $1 } END { print s }')

row() { # name wasm js other brotli-total [budget's word, else from the total]
  local total=$(($2 + $3 + $4))
  awk -v n="$1" -v w="$2" -v j="$3" -v o="$4" -v t="$total" -v b="$5" -v ref="$widget_total" -v said="${6:-}" 'BEGIN {
    if (said == "") said = (t < 150000 ? "met" : (t <= 200000 ? "under 200" : "missed"))
    printf "| %-44s | %7.1f | %6.1f | %7.1f | %7.1f | %7.1f | %5.2fx | %-11s |\n",
      n, w/1000, j/1000, o/1000, t/1000, b/1000, t/ref, said }'
}
floor_row() { # name floor with_slice
  local other=0
  [ "$3" = 0 ] || other=$(gz "$DIST/catalogue/$slice")
  row "$1" "$(gz "$OUT/${2}_bg.wasm")" "$(gz "$OUT/$2.js")" "$other" "$(floor_br "$2" "$3")"
}
echo "bytes up to the first checklist, KB (1 KB = 1000 B); budget: < 150 KB gzip -9 in total, never above 200 KB;"
echo "peer: the W3C WCAG-EM Report Tool's start page, 200 KB gzip"
echo "| build                                        | wasm    | JS     | other   | total   | brotli  | ratio  | budget      |"
echo "|----------------------------------------------|--------:|-------:|--------:|--------:|--------:|-------:|-------------|"
row "napcheck widget (dist/)" "$(gz "$DIST/napcheck_web_bg.wasm")" "$widget_js" "$widget_other" "$widget_br"
floor_row "floor: first checklist, Yew on the core" napcheck_floor_checklist 1
floor_row "  slice unchecked (read_set_slice)" napcheck_floor_checklist_quiet_read 1
floor_row "  unchecked, no serde_json (JSON.parse)" napcheck_floor_checklist_js_parse 1
floor_row "floor: first checklist, web-sys, no Yew" napcheck_floor_checklist_web_sys 1
floor_row "  slice unchecked (read_set_slice)" napcheck_floor_checklist_web_sys_quiet_read 1
floor_row "  unchecked, no serde_json (JSON.parse)" napcheck_floor_checklist_web_sys_js_parse 1
floor_row "floor: Yew 0.23 counter" napcheck_floor_yew_minimal 0
if [ -f "$DIST/napcheck_web_checks_bg.wasm" ]; then
  row "checker, on demand (not in the above)" "$(gz "$DIST/napcheck_web_checks_bg.wasm")" \
    "$(gz "$DIST/napcheck_web_checks.js")" 0 "$(($(wc -c <"$DIST/napcheck_web_checks_bg.wasm.br") + $(wc -c <"$DIST/napcheck_web_checks.js.br")))" "-"
fi
# The chunks cut from the widget (crates/web/src/components/lazy.rs).
chunks=$(cd "$DIST" && ls split_*.wasm chunk_*.wasm 2>/dev/null || true)
if [ -n "$chunks" ]; then
  chunks_gz=0 chunks_br=0
  for f in $chunks; do chunks_gz=$((chunks_gz + $(gz "$DIST/$f"))); chunks_br=$((chunks_br + $(wc -c <"$DIST/$f.br"))); done
  row "widget's chunks, on first use (not in the above)" "$chunks_gz" 0 0 "$chunks_br" "-"
fi
echo "(wasm, JS, other and total gzip -9; brotli: the total as brotli 11, for the widget the .br files napcheck serve sends;"
echo " other: the widget's page, boot.js, style.css, index, slice and body register; the checklist floors' slice $slice;"
echo " a floor's 0.2 KB page is not counted)"
echo -n "wasm raw:"
echo -n " widget $(raw "$DIST/napcheck_web_bg.wasm") B"
for floor in $FLOORS; do echo -n ", ${floor#napcheck_floor_} $(raw "$OUT/${floor}_bg.wasm") B"; done
echo

#!/usr/bin/env bash
# What each part of the widget's first wasm costs, by twiggy on the
# un-optimised wasm (after wasm-bindgen, before wasm-opt, so function names
# are still there), in one command:   bench/twiggy.sh [WASM]
# WASM defaults to the widget's cargo output of scripts/build-web
# (target/wasm32-unknown-unknown/wasm-release/napcheck_web.wasm); pass the
# checker's (napcheck_web_checks.wasm) to see the on-demand module.
# Prints markdown: the top 30 items, then the totals per crate (an item
# counts for the crate its demangled name starts with: for `<A as B>::f`,
# A's crate; LTO inlines across crates, so these are approximate).
# Needs twiggy (`cargo install twiggy`), wasm-bindgen and wasm-split-cli (scripts/setup).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
wasm=${1:-$target_dir/wasm32-unknown-unknown/wasm-release/napcheck_web.wasm}
command -v twiggy >/dev/null || { echo "missing twiggy: cargo install twiggy" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# As scripts/build-web makes them: the widget is cut at its split points
# first (its first wasm is measured), and both modules are compiled without
# reference types, so the features section is dropped before wasm-bindgen
# (names kept: -g).
# shellcheck source=scripts/wasm-features
. "$ROOT/scripts/wasm-features"
name=$(basename "$wasm" .wasm)
bindgen=(wasm-bindgen --target web --no-typescript --out-dir "$OUT")
if [ "$name" = napcheck_web ]; then
  wasm-split-cli --out-name napcheck_web "$wasm" "$OUT/split" >/dev/null
  wasm="$OUT/split/napcheck_web.wasm"
  bindgen+=(--keep-lld-exports)
fi
"$ROOT/tools/node/node_modules/.bin/wasm-opt" -g --strip-target-features "${wasm_features[@]}" "$wasm" -o "$OUT/$name.wasm"
"${bindgen[@]}" "$OUT/$name.wasm"
bg="$OUT/${name}_bg.wasm"
twiggy top -n 1000000 --format csv "$bg" >"$OUT/top.csv"
python3 - "$OUT/top.csv" "$(wc -c <"$bg")" <<'PY'
import collections, csv, re, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if not r['Name'].startswith(('Σ', '...'))]
total = int(sys.argv[2])
def crate(name):
    if name.startswith('custom section') or 'subsection' in name:
        return '(names and custom sections: stripped by wasm-opt)'
    if name.startswith('data segment'):
        return '(data: string constants, embedded JSON)'
    s = re.sub(r'^(<|&mut |&|\*const |\*mut |\[|\(|dyn )+', '', name)
    m = re.match(r'([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::', s)
    if m:
        return {'core': 'core (Rust std)', 'alloc': 'alloc (Rust std)', 'std': 'std'}.get(m.group(1), m.group(1))
    return '(wasm structure, exports, unnamed)'
print(f'wasm after wasm-bindgen, before wasm-opt: {total:,} B\n')
print('| # | item | bytes | share |')
print('|---:|---|---:|---:|')
for i, r in enumerate(sorted(rows, key=lambda r: -int(r['ShallowSize']))[:30], 1):
    name = re.sub(r'::h[0-9a-f]{16}$', '', r['Name']).replace('|', '\\|')
    if len(name) > 110:
        name = name[:107] + '...'
    print(f"| {i} | `{name}` | {int(r['ShallowSize']):,} | {100 * int(r['ShallowSize']) / total:.1f}% |")
by = collections.Counter(); n = collections.Counter()
for r in rows:
    c = crate(r['Name']); by[c] += int(r['ShallowSize']); n[c] += 1
print('\n| crate | items | bytes | share |')
print('|---|---:|---:|---:|')
for c, b in by.most_common():
    if b >= 1000:
        print(f'| {c} | {n[c]} | {b:,} | {100 * b / total:.1f}% |')
PY

#!/usr/bin/env bash
# napcheck probe over 1,000 fixture sites on loopback: sites per second and
# peak memory (GNU time). Every site is the "local-executive" fixture
# (robots.txt 404, home page, news and contact pages) served by the tests'
# server (crates/cli/examples/probe_sites.rs); they differ by query string,
# so all share one host: --per-host is raised to the overall concurrency.
# Run by hand: [LIGHTHOUSE=…] bench/probe.sh [SITES]
set -euo pipefail
cd "$(dirname "$0")/.."
sites="${1:-1000}"
cargo build --release --locked -p napcheck-cli --bin napcheck --example probe_sites
work="$(mktemp -d)"
target/release/examples/probe_sites local-executive > "$work/addr" &
server=$!
trap 'kill "$server"; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/addr" ] && break; sleep 0.1; done
addr="$(cat "$work/addr")"
for i in $(seq "$sites"); do echo "http://$addr/?site=$i"; done > "$work/urls"
for concurrency in 16 64; do
  /usr/bin/time -f "%e %M" -o "$work/time" target/release/napcheck probe --allow-private \
    --today 2018-08-17 --criteria az-nap-2016-2018 --concurrency "$concurrency" \
    --per-host "$concurrency" --urls-from "$work/urls" -o "$work/hints.json"
  read -r seconds kb < "$work/time"
  pages=$(grep -c '"purpose"' "$work/hints.json")
  python3 - "$sites" "$seconds" "$kb" "$pages" "$concurrency" <<'PY'
import sys
sites, seconds, kb, pages, c = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
print(f"concurrency {c}: {sites} sites ({pages} requests) in {seconds:.2f} s = {sites/seconds:.0f} sites/s; peak RSS {kb/1024:.1f} MiB")
PY
done
# Lighthouse from npm (LIGHTHOUSE=path/to/node_modules/.bin/lighthouse, or on
# PATH) with Debian's chromium: one run on the same fixture site.
lighthouse="${LIGHTHOUSE:-$(command -v lighthouse || true)}"
if [ -n "$lighthouse" ] && [ -x /usr/bin/chromium ]; then
  start=$(date +%s.%N)
  "$lighthouse" "http://$addr/" --quiet --output json --output-path "$work/lh.json" \
    --chrome-path /usr/bin/chromium \
    --chrome-flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update" || true
  end=$(date +%s.%N)
  python3 -c "print(f'lighthouse: one site in {$end-$start:.2f} s')"
else
  echo "lighthouse: not installed (npm i -g lighthouse; Debian chromium) — not measured"
fi

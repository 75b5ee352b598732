// Two or more builds of the widget compared on the main thread, alternating
// cold loads: `node bench/ab-tasks.mjs RUNS DIST_A DIST_B [...]` (each DIST
// a `scripts/build-web` output; NAPCHECK_BIN a `napcheck`, default
// target/release/napcheck). Each DIST is served by `napcheck serve` on
// loopback; a draft made through the first DIST's UI (tests/e2e/
// bench-tasks.mjs, `storedChecklist`) is put in local storage, and each
// load is traced in Debian's headless chromium until the first checklist
// (`.criterion`) and 1 s more (`checklistTasks`, not waiting for the
// migration offer, so that a build without it is measured alike). Per build: the main thread's work up to
// the first checklist at 1x thread time, and Lighthouse's blocking time
// and longest task at 4x (bench-tasks.mjs, `blocking`), the blocking
// time after the first checklist and in all, with their medians; with two builds, a permutation test of each median's
// difference. Used for bench/README.md's sections of 2026-12-01 and -02.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NAPCHECK_BIN ??= path.join(root, 'target/release/napcheck');
const { chromium } = await import(path.join(root, 'tools/node/node_modules/playwright-core/index.mjs'));
const { storedChecklist, checklistTasks } = await import(path.join(root, 'tests/e2e/bench-tasks.mjs'));
const { startServe } = await import(path.join(root, 'tests/e2e/serve.mjs'));
const { chromiumArgs } = await import(path.join(root, 'tests/e2e/lib.mjs'));

const [runs, ...dists] = process.argv.slice(2);
if (!Number(runs) || dists.length === 0) {
  console.error('usage: node bench/ab-tasks.mjs RUNS DIST [DIST...]');
  process.exit(2);
}
const servers = [];
for (const dist of dists) servers.push(await startServe([], { dist }));
// CHROMIUM_EXTRA_ARGS: more flags for the browser, split on spaces (for
// example `--js-flags=--no-wasm-lazy-compilation`, what compiling the wasm
// lazily, on first call, costs; bench/README.md, 2026-12-02).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [...chromiumArgs, ...(process.env.CHROMIUM_EXTRA_ARGS?.split(' ').filter(Boolean) ?? [])],
});
const stored = await storedChecklist(browser, servers[0].url);

const results = dists.map(() => []);
for (let run = 0; run < Number(runs); run++) {
  for (let d = 0; d < dists.length; d++) {
    const { before, after } = await checklistTasks(browser, servers[d].url, stored, { offer: false });
    results[d].push({ ...before, after: after.blocking, total: before.blocking + after.blocking });
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const permutation = (a, b) => {
  const observed = Math.abs(median(a) - median(b));
  const all = [...a, ...b];
  let as = 0;
  for (let k = 0; k < 5000; k++) {
    for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
    if (Math.abs(median(all.slice(0, a.length)) - median(all.slice(a.length))) >= observed) as++;
  }
  return as / 5000;
};
for (const [key, what] of [
  ['work', 'main-thread work up to the first checklist, ms at 1x'],
  ['blocking', 'blocking time up to the first checklist, ms at 4x'],
  ['longest', 'longest task up to the first checklist, ms at 4x'],
  ['after', 'blocking time from the first checklist to 1 s after it, ms at 4x'],
  ['total', 'blocking time in all, ms at 4x'],
]) {
  console.log(what);
  dists.forEach((dist, d) => console.log(`  ${dist}: ${results[d].map((r) => r[key]).join(', ')}; median ${median(results[d].map((r) => r[key]))}`));
  if (dists.length === 2) console.log(`  permutation test of the medians: p = ${permutation(results[0].map((r) => r[key]), results[1].map((r) => r[key])).toFixed(3)}`);
}
await browser.close();
for (const server of servers) await server.stop();

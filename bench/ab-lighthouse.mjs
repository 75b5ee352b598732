// Lighthouse mobile on two or more builds of the widget, alternating:
// `node bench/ab-lighthouse.mjs ROUNDS DIST_A DIST_B [...]`. In each round
// and for each DIST: a profile with a draft reopened on its checklist is
// made through the FIRST DIST's UI (tests/e2e/bench-citizen.mjs,
// `profileOnChecklist`) on a fixed loopback origin, then that origin is
// served by DIST (`napcheck serve`) and Lighthouse runs on it with the
// profile (the checklist step) and without (the start page). The same
// origin for every build, so that the profile's local storage is found; a
// build without the first one's start page is still measured on the
// checklist. Prints Performance, Total Blocking Time, FCP, LCP, Speed Index
// and CLS per page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NAPCHECK_BIN ??= path.join(root, 'target/release/napcheck');
const { startServe } = await import(path.join(root, 'tests/e2e/serve.mjs'));
const { profileOnChecklist } = await import(path.join(root, 'tests/e2e/bench-citizen.mjs'));

const [rounds, ...dists] = process.argv.slice(2);
if (!Number(rounds) || dists.length === 0) {
  console.error('usage: node bench/ab-lighthouse.mjs ROUNDS DIST [DIST...]');
  process.exit(2);
}
const addr = '127.0.0.1:47311';

/** One Lighthouse run of `url` (with `profile`, or a fresh one); its figures. */
function lighthouse(url, profile) {
  const out = path.join(os.tmpdir(), `napcheck-ab-lh-${process.pid}.json`);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'];
  if (profile) flags.push(`--user-data-dir=${profile}`);
  const run = spawnSync(path.join(root, 'tools/node/node_modules/.bin/lighthouse'), [
    url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance',
    `--chrome-flags=${flags.join(' ')}`, ...(profile ? ['--disable-storage-reset'] : []),
  ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
  if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  const a = report.audits;
  const ms = (id) => Math.round(a[id].numericValue);
  return `Performance ${Math.round(report.categories.performance.score * 100)}, TBT ${ms('total-blocking-time')} ms, ` +
    `FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, SI ${ms('speed-index')}, CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`;
}

for (let round = 1; round <= Number(rounds); round++) {
  for (const dist of dists) {
    let server = await startServe([], { dist: dists[0], addr });
    const profile = await profileOnChecklist(server.url);
    await server.stop();
    server = await startServe([], { dist, addr });
    try {
      console.log(`round ${round}, ${dist}: checklist step: ${lighthouse(server.url, profile)}`);
      console.log(`round ${round}, ${dist}: start page: ${lighthouse(server.url, null)}`);
    } finally {
      await server.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
}

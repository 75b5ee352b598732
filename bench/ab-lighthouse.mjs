// Lighthouse mobile on two or more builds of the widget, alternating: `node
// bench/ab-lighthouse.mjs ROUNDS DIST_A DIST_B [...]`. In each round and for
// each DIST: a profile with a draft reopened on its checklist is made
// through the FIRST DIST's UI (tests/e2e/bench-citizen.mjs,
// `profileOnChecklist`) on a fixed loopback origin, then that origin is
// served by DIST (`napcheck serve`) and Lighthouse runs on it with the
// profile (the checklist step) and without (the start page). The same origin
// for every build, so that the profile's local storage is found; a build
// without the first one's start page is still measured on the checklist
// (bench-citizen.mjs's `lighthouse`). Prints Performance, Total Blocking
// Time, FCP, LCP, Speed Index and CLS per page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NAPCHECK_BIN ??= path.join(root, 'target/release/napcheck');
const { startServe } = await import(path.join(root, 'tests/e2e/serve.mjs'));
const { profileOnChecklist, lighthouse } = await import(path.join(root, 'tests/e2e/bench-citizen.mjs'));

const [rounds, ...dists] = process.argv.slice(2);
if (!Number(rounds) || dists.length === 0) {
  console.error('usage: node bench/ab-lighthouse.mjs ROUNDS DIST [DIST...]');
  process.exit(2);
}
const addr = '127.0.0.1:47311';

/** A Lighthouse run's figures on one line. */
function line(r) {
  return `Performance ${r.performance}, TBT ${r.tbt} ms, FCP ${r.fcp}, LCP ${r.lcp}, SI ${r.si}, CLS ${r.cls.toFixed(3)}`;
}

for (let round = 1; round <= Number(rounds); round++) {
  for (const dist of dists) {
    let server = await startServe([], { dist: dists[0], addr });
    const profile = await profileOnChecklist(server.url);
    await server.stop();
    server = await startServe([], { dist, addr });
    try {
      console.log(`round ${round}, ${dist}: checklist step: ${line(lighthouse(server.url, profile))}`);
      console.log(`round ${round}, ${dist}: start page: ${line(lighthouse(server.url))}`);
    } finally {
      await server.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
}

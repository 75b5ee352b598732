// Speed benchmark of the built widget (not part of the test suite):
//   [NAPCHECK_BIN=target/release/napcheck] node tests/e2e/bench.mjs [runs]
// (after scripts/build-web). Serves dist/ on a free loopback port, with
// `napcheck serve` when NAPCHECK_BIN is set (precompressed brotli, as a
// citizen gets it) or else python's http.server (uncompressed), and reports,
// in Debian's headless chromium: bytes per file (raw, gzip -9, and as sent
// over the wire) on a cold load up to the first checklist, fetched catalogue
// slices included, the bytes of a second visit (service worker),
// navigation -> first
// control, navigation -> first rendered checklist, and click -> updated score
// on the largest catalogue, as medians. Budget (issue 4): < 150 KB gzip in
// total, first control < 300 ms, first checklist < 500 ms, click < 16 ms.
// Then the citizen's cost of a complete assessment (taps, screens) and
// Lighthouse mobile scores (bench-citizen.mjs). BENCH_ONLY=citizen runs
// only that part; BENCH_ONLY=widget leaves it out; BENCH_ONLY=lighthouse
// runs only Lighthouse (start page and checklist step), [runs] times, each
// with the machine's load average (the scores move with it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, root } from './lib.mjs';
import { bin, startServe } from './serve.mjs';
import os from 'node:os';
import { lighthouseScores, reportCitizen } from './bench-citizen.mjs';

const runs = Number(process.argv[2] ?? 7);
const dist = process.env.NAPCHECK_DIST ?? path.join(root, 'dist');
const port = await new Promise((ok) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const served = bin ? await startServe([]) : null;
const server = served ? null : spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
const base = served ? served.url : `http://127.0.0.1:${port}/`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

try {
  for (let i = 0; i < 100; i++) { try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
  const browser = await launch();

  // Bytes: every file one cold load fetches up to the first checklist (see
  // the `firstChecklist` run: a stored draft, nothing cached), from dist/.
  const bytes = new Map();
  const sizes = [];
  const count = (page) => page.on('response', (r) => {
    const p = new URL(r.url()).pathname;
    const file = path.join(dist, p === '/' ? 'index.html' : p);
    if (bytes.has(p) || !fs.existsSync(file)) return;
    const data = fs.readFileSync(file);
    const entry = { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length, sent: 0, encoding: r.headers()['content-encoding'] ?? 'none' };
    bytes.set(p, entry);
    sizes.push(r.request().sizes().then((z) => { entry.sent = z.responseBodySize; }));
  });

  if (process.env.BENCH_ONLY === 'lighthouse') {
    for (let run = 0; run < Number(process.argv[2] ?? 3); run++) {
      const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
      const lh = await lighthouseScores(base);
      for (const [name, s] of Object.entries(lh)) {
        console.log(`run ${run + 1}, load ${load}: lighthouse mobile, ${name.padEnd(9)}: Performance ${s.performance}, ` +
          `Accessibility ${s.accessibility}, Best Practices ${s.bestPractices}, Total Blocking Time ${s.tbt} ms` +
          `${s.failing.length ? ` (failing: ${s.failing.join(', ')})` : ''}`);
      }
    }
    await browser.close();
    server?.kill();
    await served?.stop();
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === 'citizen') {
    await reportCitizen(browser, base);
    await browser.close();
    server?.kill();
    await served?.stop();
    process.exit(0);
  }
  const firstControl = [], firstChecklist = [], click = [];
  for (let run = 0; run < runs; run++) {
    // Navigation -> first control (home), cold cache.
    const observe = () => {
      const mark = { control: null, checklist: null };
      window.__bench = mark;
      new MutationObserver(() => {
        if (mark.control === null && document.querySelector('main button, main input, main select')) mark.control = performance.now();
        const resume = document.querySelector('.card .actions button.primary');
        if (resume && sessionStorage.getItem('bench-resume')) { sessionStorage.removeItem('bench-resume'); resume.click(); }
        if (mark.checklist === null && document.querySelector('.criterion')) mark.checklist = performance.now();
      }).observe(document, { childList: true, subtree: true });
    };
    const first = await browser.newContext();
    let page = await first.newPage();
    await page.addInitScript(observe);
    await page.goto(base);
    await page.waitForFunction(() => window.__bench.control !== null);
    firstControl.push(await page.evaluate(() => window.__bench.control));
    // A draft against the largest catalogue (the default set), made through the UI.
    await page.locator('main button.primary').click();
    await page.locator('#url').fill('https://example.gov.az');
    await page.locator('#name').fill('Bench');
    // The draft only: no cached catalogue (cold) and no stored place, so the
    // load starts on the home page and Resume is clicked.
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)
      .filter(([k]) => !k.startsWith('napcheck:v1:cache:') && k !== 'napcheck:v1:place')));
    await first.close();
    // Navigation -> first rendered checklist, cold cache, the draft stored; Resume is
    // clicked as soon as it appears.
    const ctx = await browser.newContext();
    page = await ctx.newPage();
    await page.addInitScript((entries) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        sessionStorage.setItem('bench-seeded', '1');
        sessionStorage.setItem('bench-resume', '1');
      }
    }, stored);
    await page.addInitScript(observe);
    if (run === 0) count(page);
    await page.goto(base);
    await page.waitForFunction(() => window.__bench.checklist !== null);
    firstChecklist.push(await page.evaluate(() => window.__bench.checklist));
    // Click -> updated overall score, alternating the two answers of a yes/no criterion.
    const times = await page.evaluate(async () => {
      const out = [];
      for (let i = 0; i < 20; i++) {
        // Looked up each time: the card on screen may change after an answer.
        const card = document.querySelector('.criterion:has(input[type=radio])');
        const radios = card ? [...card.querySelectorAll('input[type=radio]')] : [];
        const score = document.querySelector('#overall-score');
        if (radios.length < 2 || !score) break;
        const changed = new Promise((ok) => {
          const o = new MutationObserver(() => { o.disconnect(); ok(performance.now()); });
          o.observe(score, { childList: true, characterData: true, subtree: true });
          setTimeout(() => { o.disconnect(); ok(null); }, 2000);
        });
        const t0 = performance.now();
        radios[i % 2].click();
        const t1 = await changed;
        if (t1 === null) break;
        out.push(t1 - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return out;
    });
    click.push(median(times));
    await ctx.close();
  }
  // A second visit (issue 20): the first one's service worker answers; the
  // bytes the page still fetched over the network (responses not from the
  // worker), the page's own navigation included.
  const second = await browser.newContext({ serviceWorkers: 'allow' });
  let visit = await second.newPage();
  await visit.goto(base);
  await visit.locator('main h1').waitFor();
  await visit.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await visit.close();
  visit = await second.newPage();
  const network = [];
  visit.on('response', (r) => { if (!r.fromServiceWorker()) network.push(r.request().sizes().then((z) => [new URL(r.url()).pathname, z.responseBodySize])); });
  await visit.goto(base);
  await visit.locator('main h1').waitFor();
  await visit.waitForLoadState('networkidle');
  const secondBytes = await Promise.all(network);
  await second.close();
  if (process.env.BENCH_ONLY !== 'widget') await reportCitizen(browser, base);
  await browser.close();

  await Promise.all(sizes);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const col = (n) => String(n).padStart(8);
  let raw = 0, gz = 0, sent = 0;
  console.log(`napcheck widget, ${runs} cold runs, headless chromium, ${served ? 'napcheck serve' : 'python http.server'} ${base}`);
  console.log('bytes up to the first checklist, per file (B): raw, gzip -9, sent (encoding):');
  for (const [p, b] of [...bytes].sort()) {
    raw += b.raw; gz += b.gzip; sent += b.sent;
    console.log(`  ${p.padEnd(40)} ${col(b.raw)} raw ${col(b.gzip)} gzip ${col(b.sent)} sent (${b.encoding})`);
  }
  console.log(`  ${'total'.padEnd(40)} ${col(raw)} raw ${col(gz)} gzip ${col(sent)} sent`);
  // 1 KB = 1000 B, as bench/web-size.sh and bench/README.md count.
  const k = (n) => (n / 1000).toFixed(1);
  console.log(`  gzip -9: ${k(gz)} KB (budget < 150 KB: ${gz < 150000 ? 'met' : 'NOT met'}; never above 200 KB: ${gz <= 200000 ? 'met' : 'NOT met'}); sent: ${k(sent)} KB`);
  console.log(`  against: the W3C WCAG-EM Report Tool's start page 200 KB gzip (${(gz / 200000).toFixed(2)}x); floors (bench/web-size.sh): a Yew counter 57 KB, a minimal first checklist on the core 158 KB`);
  const lazy = [...bytes.keys()].filter((p) => /napcheck_web_checks/.test(p));
  console.log(`  the checker (loaded on demand) ${lazy.length ? `WAS fetched: ${lazy.join(', ')}` : 'was not fetched'}`);
  console.log(`second visit (service worker): ${secondBytes.reduce((a, [, n]) => a + n, 0)} B over the network${secondBytes.length ? ` (${secondBytes.map(([p, n]) => `${p} ${n} B`).join(', ')})` : ''}`);
  const ms = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`navigation -> first control:   ${ms(firstControl)}   budget < 300 ms: ${median(firstControl) < 300 ? 'met' : 'NOT met'}`);
  console.log(`navigation -> first checklist: ${ms(firstChecklist)}   budget < 500 ms: ${median(firstChecklist) < 500 ? 'met' : 'NOT met'}`);
  console.log(`click -> updated score:        ${ms(click)}   budget < 16 ms: ${median(click) < 16 ? 'met' : 'NOT met'}`);
} finally {
  server?.kill();
  await served?.stop();
}

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
// with the machine's load average (the scores move with it); BENCH_ONLY=tasks
// only the main thread's blocking time on that checklist step by thread time
// (bench-tasks.mjs: less moved by a busy machine than Lighthouse's).
// The files fetched up to the first checklist are listed, and those fetched
// after it in the same run (the offer to carry the draft to a newer set,
// asked for once the page is idle): the checker (loaded on demand) among the
// first fails the bench. Every step has a time limit (BENCH_STEP_MS, default
// 60 s): a stuck run fails naming its step, the server stopped, instead of
// hanging.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, root } from './lib.mjs';
import { bin, startServe } from './serve.mjs';
import os from 'node:os';
import { lighthouseScores, reportCitizen } from './bench-citizen.mjs';
import { checklistTasks, storedChecklist } from './bench-tasks.mjs';

const runs = Number(process.argv[2] ?? 7);
const dist = process.env.NAPCHECK_DIST ?? path.join(root, 'dist');
const port = await new Promise((ok) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const served = bin ? await startServe([]) : null;
const server = served ? null : spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
const base = served ? served.url : `http://127.0.0.1:${port}/`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const stepLimit = Number(process.env.BENCH_STEP_MS ?? 60000);
/** `promise`, or a failure naming the step once `ms` (`stepLimit`) have passed. */
const within = (what, promise, ms = stepLimit) => {
  let timer;
  const limit = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`bench stuck for ${ms} ms in: ${what}`)), ms); });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
};
const checkerFile = (p) => /napcheck_web_checks|checker-worker\.js/.test(p);

try {
  for (let i = 0; i < 100; i++) { try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
  const browser = await within('launching chromium', launch());

  // Bytes: every file one cold load fetches up to the first checklist (see
  // the `firstChecklist` run: a stored draft, nothing cached), from dist/,
  // listened to on the browser context: the page's, its workers' and the
  // service worker's requests, each with the time it started; once the first
  // checklist is on screen they are split at that time (`split`): `bytes`
  // per file of those started before, `later` the paths started after.
  const fetched = [];
  const count = (ctx) => ctx.on('response', (r) => {
    const p = new URL(r.url()).pathname;
    const file = path.join(dist, p === '/' ? 'index.html' : p);
    if (!fs.existsSync(file)) return;
    const by = r.request().serviceWorker() ? ' (service worker)' : '';
    const entry = { p, by, start: r.request().timing().startTime, file, encoding: r.headers()['content-encoding'] ?? 'none', sent: 0 };
    // Rejected for a body cut off by its page closing (counted as 0 sent).
    entry.sizes = within(`the size of ${p}`, r.request().sizes()).then((z) => { entry.sent = z.responseBodySize; }, () => {});
    fetched.push(entry);
  });
  const bytes = new Map();
  const later = new Set();
  const split = async (checklistAt) => {
    for (const f of fetched) {
      if (f.start > checklistAt) { later.add(f.p + f.by); continue; }
      if (bytes.has(f.p)) continue;
      await f.sizes;
      const data = fs.readFileSync(f.file);
      bytes.set(f.p, { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length, sent: f.sent, encoding: f.encoding + f.by });
    }
  };

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
  if (process.env.BENCH_ONLY === 'tasks') {
    const stored = await within('a draft on its checklist', storedChecklist(browser, base));
    const all = [];
    for (let run = 0; run < runs; run++) {
      const load = os.loadavg()[0].toFixed(2);
      const t = await within(`tasks run ${run + 1}`, checklistTasks(browser, base, stored));
      all.push(t);
      console.log(`run ${run + 1}, load ${load}: main thread, 4x thread time: up to the first checklist ${t.before.blocking} ms blocking ` +
        `(${t.before.long} tasks > 50 ms, longest ${t.before.longest} ms); after it${t.offer ? ', the offer shown' : ' (NO offer shown)'} ` +
        `${t.after.blocking} ms blocking (${t.after.long} tasks > 50 ms, longest ${t.after.longest} ms)`);
    }
    console.log(`medians: up to the first checklist ${median(all.map((t) => t.before.blocking))} ms, after it ${median(all.map((t) => t.after.blocking))} ms, ` +
      `in all ${median(all.map((t) => t.before.blocking + t.after.blocking))} ms blocking`);
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
  const firstControl = [], firstChecklist = [], click = [], clickCounts = [];
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
    const of = `run ${run + 1} of ${runs}`;
    console.error(`${of}, load ${os.loadavg()[0].toFixed(2)}`);
    // No service worker in the timed runs: it registers once the page is
    // idle and its install downloads the whole app again (the checker too),
    // which a context closed mid-install can leave hanging in the browser.
    // The second visit below has its own.
    const first = await within(`${of}: a new context`, browser.newContext({ serviceWorkers: 'block' }));
    first.setDefaultTimeout(stepLimit);
    let page = await within(`${of}: a new page`, first.newPage());
    await page.addInitScript(observe);
    await within(`${of}: loading the start page`, page.goto(base));
    await within(`${of}: waiting for the first control`, page.waitForFunction(() => window.__bench.control !== null));
    firstControl.push(await within(`${of}: reading the first control's time`, page.evaluate(() => window.__bench.control)));
    // A draft against the largest catalogue (the default set), made through the UI.
    await within(`${of}: starting a draft`, (async () => {
      await page.locator('main button.primary').click();
      await page.locator('#url').fill('https://example.gov.az');
      await page.locator('#name').fill('Bench');
    })());
    // The draft only: no cached catalogue (cold) and no stored place, so the
    // load starts on the home page and Resume is clicked.
    const stored = await within(`${of}: reading the stored draft`, page.evaluate(() => Object.fromEntries(Object.entries(localStorage)
      .filter(([k]) => !k.startsWith('napcheck:v1:cache:') && k !== 'napcheck:v1:place'))));
    await within(`${of}: closing the first context`, first.close());
    // Navigation -> first rendered checklist, cold cache, the draft stored; Resume is
    // clicked as soon as it appears.
    const ctx = await within(`${of}: a new context`, browser.newContext({ serviceWorkers: 'block' }));
    ctx.setDefaultTimeout(stepLimit);
    if (run === 0) count(ctx);
    page = await within(`${of}: a new page`, ctx.newPage());
    await page.addInitScript((entries) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        sessionStorage.setItem('bench-seeded', '1');
        sessionStorage.setItem('bench-resume', '1');
      }
    }, stored);
    await page.addInitScript(observe);
    await within(`${of}: loading the page with the stored draft`, page.goto(base));
    await within(`${of}: waiting for the first checklist (.criterion)`, page.waitForFunction(() => window.__bench.checklist !== null));
    const [checklist, checklistAt] = await within(`${of}: reading the first checklist's time`,
      page.evaluate(() => [window.__bench.checklist, performance.timeOrigin + window.__bench.checklist]));
    firstChecklist.push(checklist);
    // The draft is on the older set: the offer to carry it to the newer one
    // comes once the page is idle. Waited for, so that the clicks below do
    // not race it (moving between questions puts it away).
    await within(`${of}: the offer to carry the draft to the newer set`, page.locator('section.migration').waitFor());
    // Click -> updated overall score, alternating the two answers of a yes/no criterion.
    const { times, stop } = await within(`${of}: timing clicks on the checklist`, page.evaluate(async () => {
      const out = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // Next, then Previous: the question is then held while it is answered
      // (on a cold open the first unanswered one is shown, and it moves on
      // once answered).
      document.querySelectorAll('.step-nav button')[1]?.click();
      await frame();
      document.querySelectorAll('.step-nav button')[0]?.click();
      await frame();
      for (let i = 0; i < 20; i++) {
        // Looked up each time: the card on screen may change after an answer.
        const card = document.querySelector('.criterion:has(input[type=radio])');
        const radios = card ? [...card.querySelectorAll('input[type=radio]')] : [];
        const score = document.querySelector('#overall-score');
        if (radios.length < 2 || !score) { out.stop = `no yes/no card or score (${radios.length} radios, ${document.querySelector('.criterion')?.getAttribute('aria-labelledby')})`; break; }
        const changed = new Promise((ok) => {
          const o = new MutationObserver(() => { o.disconnect(); ok(performance.now()); });
          o.observe(score, { childList: true, characterData: true, subtree: true });
          setTimeout(() => { o.disconnect(); ok(null); }, 2000);
        });
        const t0 = performance.now();
        radios[i % 2].click();
        const t1 = await changed;
        if (t1 === null) { out.stop = `the score did not change in 2 s (${score.isConnected ? 'same' : 'replaced'} score, ${radios[i % 2].checked ? 'checked' : 'not checked'})`; break; }
        out.push(t1 - t0);
        await frame();
      }
      return { times: out, stop: out.stop };
    }));
    if (!times.length) throw new Error(`${of}: no click changed the overall score`);
    clickCounts.push(`${times.length}${stop ? ` (${stop})` : ''}`);
    click.push(median(times));
    if (run === 0) {
      // What the page asks for once idle after the first checklist: the
      // offer's parts and the checker (the draft is on the older set).
      await within(`${of}: the network after the first checklist`, page.waitForLoadState('networkidle'));
      await within(`${of}: the sizes of the responses`, split(checklistAt));
    }
    await within(`${of}: closing the context`, ctx.close());
  }
  // A second visit (issue 20): the first one's service worker answers; the
  // bytes the page still fetched over the network (responses not from the
  // worker), the page's own navigation included.
  const second = await within('second visit: a new context', browser.newContext({ serviceWorkers: 'allow' }));
  second.setDefaultTimeout(stepLimit);
  let visit = await within('second visit: a new page', second.newPage());
  await within('second visit: the first load', (async () => {
    await visit.goto(base);
    await visit.locator('main h1').waitFor();
    await visit.waitForFunction(() => navigator.serviceWorker.controller !== null);
  })());
  await within('second visit: closing the first page', visit.close());
  visit = await within('second visit: a new page', second.newPage());
  const network = [];
  visit.on('response', (r) => { if (!r.fromServiceWorker()) network.push(r.request().sizes().then((z) => [new URL(r.url()).pathname, z.responseBodySize])); });
  await within('second visit: the load from the service worker', (async () => {
    await visit.goto(base);
    await visit.locator('main h1').waitFor();
    await visit.waitForLoadState('networkidle');
  })());
  const secondBytes = await within('second visit: the sizes of its responses', Promise.all(network));
  await within('second visit: closing the context', second.close());
  if (process.env.BENCH_ONLY !== 'widget') await within('the citizen\'s cost and Lighthouse', reportCitizen(browser, base), 20 * stepLimit);
  await within('closing chromium', browser.close());

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
  console.log(`  against: the W3C WCAG-EM Report Tool's start page 200 KB gzip (${(gz / 200000).toFixed(2)}x); floors (bench/web-size.sh): a Yew counter 57 KB, a minimal first checklist on the core with Yew 143 KB, on web-sys without Yew 101 KB (2026-12-01, fourth pass)`);
  console.log(`fetched after the first checklist, in the same run (not counted above): ${[...later].sort().join(', ') || 'nothing'}`);
  const lazy = [...bytes.keys()].filter(checkerFile);
  console.log(`  the checker (loaded on demand) ${lazy.length ? `WAS fetched before the first checklist: ${lazy.join(', ')}` : 'was not fetched before the first checklist'}`);
  console.log(`second visit (service worker): ${secondBytes.reduce((a, [, n]) => a + n, 0)} B over the network${secondBytes.length ? ` (${secondBytes.map(([p, n]) => `${p} ${n} B`).join(', ')})` : ''}`);
  const ms = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`navigation -> first control:   ${ms(firstControl)}   budget < 300 ms: ${median(firstControl) < 300 ? 'met' : 'NOT met'}`);
  console.log(`navigation -> first checklist: ${ms(firstChecklist)}   budget < 500 ms: ${median(firstChecklist) < 500 ? 'met' : 'NOT met'}`);
  console.log(`click -> updated score:        ${ms(click)}   budget < 16 ms: ${median(click) < 16 ? 'met' : 'NOT met'}`);
  console.log(`  (clicks timed per run: ${clickCounts.join(", ")})`);
  if (lazy.length) { console.error('FAILED: the first checklist fetched the checker'); process.exitCode = 1; }
} catch (error) {
  console.error(`FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  server?.kill();
  // `napcheck serve` stops on SIGTERM; a server that does not is killed.
  await Promise.race([served?.stop(), new Promise((ok) => setTimeout(ok, 5000).unref())]);
  if (process.exitCode) process.exit();
}

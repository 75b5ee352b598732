// Offline after the first visit (sw.js, offline.js, outbox.rs), against
// `napcheck serve` (NAPCHECK_BIN) on a copy of dist/. "No network" is the
// browser context's offline mode (the page) and the server stopped (the
// service worker's own fetches, which the offline mode does not reach). A
// citizen loads the demo page once, goes offline, reloads, edits the draft,
// downloads the HTML report (written by the kept checker), submits (queued
// and shown), and the submission arrives when the server
// and the network are back; then a new deployment (a changed style.css,
// the worker restamped and the variants recompressed, as build-web does)
// is announced while the draft is open, and the reload keeps the draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, open, root, words } from './lib.mjs';
import { bin, dist, startServe } from './serve.mjs';

const skip = bin ? false : 'NAPCHECK_BIN is not set';
const az = words('az');
let browser;
let copy;

before(async () => {
  if (skip) return;
  browser = await launch();
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'napcheck-dist-'));
  fs.cpSync(dist, copy, { recursive: true });
});
after(async () => {
  await browser?.close();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

/** Serves the copy at `addr` (same origin again after a stop). */
const serve = (options = {}) => startServe([], { dist: copy, ...options });

/** A new deployment: one file changed, the worker restamped, recompressed. */
function deploy() {
  fs.appendFileSync(path.join(copy, 'style.css'), `\n/* deployed ${Date.now()} */\n`);
  execFileSync('node', [path.join(root, 'scripts/stamp-sw.mjs'), copy]);
  execFileSync('node', [path.join(root, 'scripts/compress.mjs'), copy]);
}

test('a second visit works with no network; a submit waits for the network, then arrives once', { skip }, async () => {
  let server = await serve();
  const addr = new URL(server.url).host;
  const page = await open(browser, { width: 360, height: 740, serviceWorkers: 'allow' });
  const context = page.context();
  const widget = page.locator('napcheck-widget');
  await page.goto(`${server.origin}/demo.html`);
  await widget.locator('#url').waitFor();
  await widget.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The worker keeps what this first visit used (the index, the set's
  // slice) and the host page, which it is sent last: waiting for the slice
  // alone let the server stop before the page was kept (CI, once).
  await page.waitForFunction(async () => {
    const keys = (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))).flat();
    return keys.some((r) => /\/catalogue\/az-nap-2016-2018\.az\.json$/.test(r.url))
      && keys.some((r) => /\/demo\.html$/.test(r.url));
  });
  // And, once the page is idle, the checker (which writes the HTML report).
  await page.waitForFunction(async () => {
    const keys = await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()));
    return keys.flat().some((r) => /\/napcheck_web_checks_bg\.wasm$/.test(r.url));
  });

  await server.stop();
  await context.setOffline(true);
  page.errors.length = 0;
  await page.reload();
  // The draft opens and edits with no network at all.
  await widget.locator('#name').waitFor();
  assert.equal(await widget.locator('#name').inputValue(), 'Binəqədi rayon İcra Hakimiyyəti');
  await widget.getByRole('button', { name: az['details.go'] }).click();
  const card = widget.locator('.criterion:has(input[type=radio])').first();
  await card.locator('label.choice').first().click();
  await card.locator('.badge.rated').waitFor();
  await widget.getByRole('button', { name: az['nav.report'], exact: true }).click();
  // The HTML report is written by the kept checker, with no network.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: az['report.download_html'] }).click(),
  ]);
  const saved = path.join(copy, 'offline-report.html');
  await download.saveAs(saved);
  const report = fs.readFileSync(saved, 'utf8');
  assert.match(report, /^<!doctype html><html lang="az">/);
  assert.ok(report.includes('Binəqədi rayon İcra Hakimiyyəti'), 'the site is named');
  assert.match(report, /<svg class="chart"[^]*<rect class="bar"/);
  assert.match(report, /<\/footer><\/main><\/body><\/html>$/);
  await widget.locator('#submit-assessment').click();
  const waiting = widget.locator('#submit-waiting');
  await waiting.waitFor();
  assert.equal((await waiting.textContent()).trim(), az['submit.waiting']);
  // Still waiting after a reload offline: the queue is in storage.
  await page.reload();
  await widget.locator('#submit-waiting').waitFor();
  assert.deepEqual(fs.readdirSync(server.collect), []);

  server = await serve({ addr, collect: server.collect });
  await context.setOffline(false);
  const stored = widget.locator('#submit-stored');
  await stored.waitFor();
  const id = await stored.locator('.reference').getAttribute('data-id');
  assert.deepEqual(fs.readdirSync(server.collect), [`${id}.json`]);
  const file = JSON.parse(fs.readFileSync(path.join(server.collect, `${id}.json`), 'utf8'));
  assert.equal(file.site.name, 'Binəqədi rayon İcra Hakimiyyəti');
  // Sending again answers "already stored": exactly one file.
  await widget.locator('#submit-assessment').click();
  await widget.locator('#submit-stored', { hasText: az['submit.duplicate'].split('{')[0].trim() }).waitFor();
  assert.deepEqual(fs.readdirSync(server.collect), [`${id}.json`]);
  const unexpected = page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|request failed|Failed to fetch|net::|fetching the script|sw\.js/.test(e));
  assert.deepEqual(unexpected, []);

  // A new deployment while the draft is open: announced, reloaded, kept.
  await widget.getByRole('button', { name: az['nav.details'], exact: true }).click();
  await widget.locator('#name').fill('Binəqədi İH');
  deploy();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const ready = widget.locator('#update-ready');
  await ready.waitFor();
  assert.match(await ready.textContent(), new RegExp(az['update.ready'].split('.')[0]));
  const before = await page.evaluate(() => caches.keys());
  await Promise.all([page.waitForEvent('load'), ready.getByRole('button', { name: az['update.reload'] }).click()]);
  await widget.locator('#name').waitFor();
  assert.equal(await widget.locator('#name').inputValue(), 'Binəqədi İH');
  const now = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 2, `the new build installed beside the old: ${before}`);
  assert.equal(now.length, 1, `one build's cache: ${now}`);
  assert.ok(before.includes(now[0]) && now[0] !== before[0], `${before} -> ${now}`);
  assert.equal(await widget.locator('#update-ready').count(), 0);
  await context.close();
  await server.stop();
});

test('the standalone page reloads and opens a draft with no network', { skip }, async () => {
  const server = await serve();
  const page = await open(browser, { serviceWorkers: 'allow' });
  const context = page.context();
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.selectOption('#lang-select', 'en');
  await page.locator('.skip', { hasText: words('en')['nav.skip'] }).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.locator('#url').fill('https://binagadi-ih.gov.az');
  await page.locator('#name').fill('Offline test');
  await page.getByRole('button', { name: 'Go to the checklist' }).click();
  await page.locator('.criterion').first().waitFor();

  await server.stop();
  await context.setOffline(true);
  await page.reload();
  // English words and the set's English slice came from the worker's cache.
  await page.locator('.criterion').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const card = page.locator('.criterion:has(input[type=radio])').first();
  await card.locator('label.choice').first().click();
  await card.locator('.badge.rated').waitFor();
  await page.reload();
  await page.locator('.criterion .badge.rated').first().waitFor();
  await context.close();
});

// The checker (a second wasm module, loaded on demand) is kept by the
// worker: an import with no network is still checked, in the citizen's
// words; a page that never had it says the file could not be checked.
const invalid = '{\n  "criteria_set": { "id": "az-nap-2016-2018", "version": "1.0.0" },\n  "site": 5\n}\n';
// A message's words after its file name, up to the next placeholder.
const afterFile = (key) => az[key].split('{file}')[1].split('{')[0].slice(1).trim();
const importBad = (page) => page.setInputFiles('#import-file',
  { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(invalid) });

test('an import with no network is checked by the kept checker; without it, the page says so', { skip }, async () => {
  const server = await serve();
  const page = await open(browser, { width: 360, height: 740, serviceWorkers: 'allow' });
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const keys = await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()));
    return keys.flat().some((r) => /\/napcheck_web_checks_bg\.wasm$/.test(r.url));
  });
  // Nothing of the checker was fetched by the page before an import.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!fetched.some((u) => /napcheck_web_checks/.test(u)), fetched.join('\n'));
  await server.stop();
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('main h1').waitFor();
  await importBad(page);
  const findings = page.locator('#import-findings');
  await findings.waitFor();
  const text = await findings.textContent();
  assert.ok(text.includes(afterFile('import.refused')), text);
  assert.ok(await findings.locator('li').count() > 0, text);
  assert.doesNotMatch(text, /\/site|Line \d|`/);
  await page.context().close();

  // Service workers blocked: the checker was never kept.
  const again = await serve();
  const bare = await open(browser, { width: 1280, height: 800, serviceWorkers: 'block' });
  await bare.goto(again.url);
  await bare.locator('main h1').waitFor();
  await again.stop();
  await bare.context().setOffline(true);
  await importBad(bare);
  const unchecked = bare.locator('#import-findings');
  await unchecked.waitFor();
  assert.ok((await unchecked.textContent()).includes(afterFile('import.unchecked')));
  assert.match(await unchecked.textContent(), /bad\.json/);
  assert.equal(await bare.locator('.drafts li').count(), 0, 'no draft made');
  await bare.context().close();
});

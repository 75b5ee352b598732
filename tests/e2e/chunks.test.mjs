// The views a first checklist does not need live in chunks cut from the
// widget's wasm (#[wasm_split] in crates/web/src, scripts/build-web):
// none is fetched before the first checklist is on screen; the summary's
// comes once the checklist is idle (or when it is first shown); a chunk
// that cannot be fetched is said in the citizen's language with "Try
// again", the answers kept, and a retry shows the view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, load, url, words, startAssessment } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const chunk = /\/(split|chunk)_[a-z0-9_]+\.wasm$/;

test('no chunk is fetched before the first checklist; the summary comes from one, fetched after it', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page);
  const context = page.context();
  // A reload of the stored draft with nothing in the HTTP cache.
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  await context.close();
  const second = await open(browser);
  await second.addInitScript((entries) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  // When the first question is on screen, by the page's own clock.
  await second.addInitScript(() => {
    new MutationObserver(() => {
      if (window.firstCriterion === undefined && document.querySelector('.criterion')) window.firstCriterion = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await second.goto(url);
  await second.locator('.criterion').first().waitFor();
  const started = () => second.evaluate((pattern) => performance.getEntriesByType('resource')
    .filter((e) => new RegExp(pattern).test(new URL(e.name).pathname))
    .map((e) => ({ url: e.name, at: e.startTime })), chunk.source);
  const first = await second.evaluate(() => window.firstCriterion);
  const early = (await started()).filter((e) => e.at <= first);
  assert.deepEqual(early, [], `chunks fetched before the first checklist (at ${first} ms)`);
  await second.getByRole('button', { name: 'Summary', exact: true }).click();
  await second.locator('svg.chart').waitFor();
  const fetched = await started();
  assert.ok(fetched.some((e) => /split_/.test(e.url)), `the summary's chunk was fetched (${JSON.stringify(fetched)})`);
  // Its heading has the focus, as any view's has when shown.
  assert.equal(await second.evaluate(() => document.activeElement?.tagName), 'H1');
  // A reload on the summary leaves the focus where the page starts, as the
  // app does for any view on a reload (its chunk loaded anew).
  await second.reload();
  await second.locator('svg.chart').waitFor();
  await second.waitForTimeout(100);
  assert.equal(await second.evaluate(() => document.activeElement?.tagName), 'BODY');
  assert.deepEqual(second.errors, []);
  await second.context().close();
});

for (const lang of ['az', 'ru']) {
  test(`a chunk that cannot be fetched is said (${lang}), the answers kept, and "Try again" shows the view`, async () => {
    const page = await open(browser);
    const refused = [];
    await page.route(chunk, (route) => { refused.push(route.request().url()); return route.abort(); });
    await load(page, 'en');
    await startAssessment(page);
    await page.locator('.criterion label.choice').first().click();
    const w = words(lang);
    await page.selectOption('#lang-select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole('button', { name: w['nav.report'], exact: true }).click();
    const alert = page.locator('.lazy-failed[role=alert]');
    await alert.waitFor();
    assert.equal((await alert.locator('p').textContent()).trim(), w['loading.part_failed']);
    assert.ok(refused.length > 0, 'a chunk was asked for');
    await page.unroute(chunk);
    await alert.locator('button').click();
    await page.locator('svg.chart').waitFor();
    assert.equal(await page.locator('.lazy-failed').count(), 0);
    // The answer given before is still there.
    await page.getByRole('button', { name: w['nav.checklist'], exact: true }).click();
    const progress = (await page.locator('#progress-text').textContent()).trim();
    const template = w['progress.answered'].split(/(\{answered\}|\{applicable\})/)
      .map((p) => (p === '{answered}' ? '1' : p === '{applicable}' ? '\\d+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    assert.match(progress, new RegExp(`^${template}$`), 'one answer kept');
    // The refused fetches are recorded (a failure the page did not cause by
    // navigating is never ignored by lib.mjs), and they are the only errors.
    assert.ok(page.errors.some((e) => chunk.test(e.replace(/^request failed: /, ''))), 'the refused chunk is an error');
    assert.deepEqual(page.errors.filter((e) => !chunk.test(e.replace(/^request failed: /, '')) && !/Failed to load wasm-split|TypeError: Failed to fetch|net::ERR_FAILED/.test(e)), []);
    await page.context().close();
  });
}

test('a reload while the summary\'s chunk is on its way costs nothing: no error, and the summary shows after it', async () => {
  const page = await open(browser);
  // The chunk's response is held back until the page has reloaded.
  let asked;
  const inFlight = new Promise((resolve) => { asked = resolve; });
  await page.route(chunk, async (route) => {
    asked();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => { /* cancelled by the reload */ });
  });
  await load(page, 'en');
  await startAssessment(page);
  await inFlight;
  await page.reload();
  await page.locator('.criterion').first().waitFor();
  await page.unroute(chunk);
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await page.locator('svg.chart').waitFor();
  // The prefetch the reload cancelled is not a failure of the widget
  // (CI once counted it as one: tests/e2e/lib.mjs).
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

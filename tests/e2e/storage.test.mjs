// Never lose work: corrupted storage is reported and set aside, a full
// storage keeps the work in memory and offers export, two tabs on one draft
// do not silently overwrite each other, and a draft saved by an earlier
// version of the widget opens with everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, load, startAssessment, overall, extra, root, url, words } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('corrupted storage: said in words, raw text backed up, the rest kept, no blank page', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Kept draft' });
  await page.evaluate(() => localStorage.setItem('napcheck:v1:draft:dbroken', '{"id": "dbroken", tru'));
  await page.reload();
  const alert = page.locator('.notice[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be read.*napcheck:v1:backup:dbroken/);
  assert.equal(await page.evaluate(() => localStorage.getItem('napcheck:v1:backup:dbroken')), '{"id": "dbroken", tru');
  assert.equal(await page.evaluate(() => localStorage.getItem('napcheck:v1:draft:dbroken')), null);
  // The reload lands back on the kept draft's checklist; the list has it too.
  await page.locator('article.criterion').waitFor();
  await page.getByRole('button', { name: 'My assessments' }).click();
  assert.match(await page.locator('.drafts').textContent(), /Kept draft/);
  assert.ok((await page.locator('main h1').textContent()).length > 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('full storage: said in words, work kept in memory, export offered', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('napcheck:v1:draft:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const page = await open(browser, { context });
  await load(page, 'en');
  await startAssessment(page);
  const alert = page.locator('.notice.error[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /storage is full or turned off/);
  await page.locator('.criterion:has(input[type=radio])').first().locator('label.choice').first().click();
  await page.waitForFunction(() => /%$/.test(document.querySelector('#overall-score').textContent));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^napcheck-.*\.json$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('two tabs on one draft: each follows the other\'s saved answers, nothing is overwritten silently', async () => {
  // Edits that overlap before either tab sees the other's are in
  // citizen.test.mjs (merged answer by answer, or asked per answer).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const a = await open(browser, { context });
  await load(a, 'en');
  await startAssessment(a, { name: 'Shared' });
  const b = await open(browser, { context });
  await load(b);
  // The shared storage says where the citizen was: b opens on that question.
  await b.locator('.criterion').first().waitFor();

  await (await extra(a.locator('.criterion'))).getByLabel('Note').fill('written in tab A');
  await b.waitForFunction(() => document.querySelector('.criterion textarea[id^=note-]')?.value === 'written in tab A');
  await (await extra(b.locator('.criterion'))).getByLabel('Note').fill('written in tab B');
  await a.waitForFunction(() => document.querySelector('.criterion textarea[id^=note-]')?.value === 'written in tab B');
  const stored = await b.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('napcheck:v1:draft:'));
    return JSON.parse(localStorage.getItem(key));
  });
  assert.match(JSON.stringify(stored), /written in tab B/);
  assert.equal(await a.locator('#clashes').count(), 0);
  assert.equal(await b.locator('#clashes').count(), 0);
  assert.equal(await overall(b), await overall(a));
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await context.close();
});

test('a draft saved by the widget before issue 12 opens with everything, on its first unanswered question', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/web/draft-before-issue-12.json'), 'utf8');
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('napcheck:v1:draft:d1700000000000-abc', text);
      localStorage.setItem('napcheck:v1:place', 'checklist d1700000000000-abc'); // the old two-part form
      localStorage.setItem('napcheck:v1:lang', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  }, fixture);
  const page = await open(browser, { context });
  await page.goto(url);
  await page.locator('article.criterion').waitFor();
  assert.equal(await page.locator('article.criterion').getAttribute('aria-labelledby'), 't-1.1.eservices.working');
  // The saved language too (its words arrive after the first render).
  await page.waitForFunction(() => /answered$/.test(document.querySelector('#progress-text')?.textContent ?? ''));
  assert.match(await page.locator('#progress-text').textContent(), /^2 of \d+ answered$/);
  await page.locator('.step-nav button').first().click(); // previous: the count
  assert.equal(await page.locator('article.criterion input[inputmode=numeric]').inputValue(), '12');
  await page.locator('.step-nav button').first().click(); // previous: the section, with its evidence and note
  const card = page.locator('article.criterion');
  assert.equal(await card.locator('input[type=radio]').first().isChecked(), true);
  assert.equal(await card.locator('textarea[id^=note-]').inputValue(), 'Seen on the home page');
  assert.equal(await card.locator('textarea[id^=ev-]').inputValue(), 'https://binagadi-ih.gov.az/eservices\nnot yet a link');
  assert.equal(await card.locator('input[id^=seen-]').inputValue(), '2018-08-10');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a tap survives a redraw between pressing and releasing (another tab\'s change arrives meanwhile)', async () => {
  // The whole page is drawn again after every change (crates/web/src/ui):
  // a button replaced while the pointer is down would never get its click.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const a = await open(browser, { context });
  await load(a, 'en');
  await startAssessment(a, { name: 'Pressed' });
  const b = await open(browser, { context });
  await load(b);
  await b.locator('.criterion').first().waitFor();
  await a.evaluate(() => { window.storageEvents = 0; addEventListener('storage', () => { window.storageEvents += 1; }); });
  const summary = a.getByRole('button', { name: 'Summary', exact: true });
  await summary.scrollIntoViewIfNeeded();
  const box = await summary.boundingBox();
  await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await a.mouse.down();
  await (await extra(b.locator('.criterion'))).getByLabel('Note').fill('written while A pressed');
  // The widget's own listener ran first: its change is applied by now.
  await a.waitForFunction(() => window.storageEvents > 0);
  await a.mouse.up();
  await a.locator('main h1', { hasText: 'Summary' }).waitFor({ timeout: 5000 });
  // And what the other tab wrote is shown once the pointer is up.
  await a.getByRole('button', { name: 'Checklist', exact: true }).click();
  await a.waitForFunction(() => document.querySelector('.criterion textarea[id^=note-]')?.value === 'written while A pressed');
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await context.close();
});

test('a choice in the language list shows at once, though the page saw the press and not its release', async () => {
  // A mouse on a <select>: the browser opens its list on the press, and the
  // release lands in the list, not on the page. The draws held while a
  // pointer is down (ui/press.rs) must not wait for a release that never comes.
  const page = await open(browser);
  await load(page, 'en');
  const select = page.locator('#lang-select');
  const box = await select.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.evaluate(() => {
    const list = document.querySelector('#lang-select');
    list.value = 'ru';
    list.dispatchEvent(new Event('input', { bubbles: true }));
    list.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() => document.documentElement.lang === 'ru', null, { timeout: 5000 });
  await page.locator('.skip', { hasText: words('ru')['nav.skip'] }).waitFor({ state: 'attached', timeout: 5000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
